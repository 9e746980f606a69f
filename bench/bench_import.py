"""Benchmark: importing a Telegram Desktop export into SQLite.

Generates a single-channel export of N messages (default 1,000,000) in a temporary folder, in
Desktop's layout: string and entity-list texts of 300-900 bytes of Russian, edits, forwards,
replies, photos and videos, service messages. Then imports it into a fresh SQLite database two
ways, each in its own subprocess so each peak RSS is its own:

* streaming: `monitor.sources.desktop_import.import_export` (ijson, batches through `ingest` in a
  writer thread, new rows inserted and search-indexed in bulk, one transaction);
* the named alternative, naive: `json.load` the whole file, then `session.add` one ORM row per
  post and commit at the end.

Prints, for both, messages/s by the wall clock and per CPU-second (user + system of the
process: other processes sharing the cores slow the wall clock, not the CPU time), peak RSS,
the load average around each run, and the ratios. Target for streaming: at least 20,000
messages/s with a peak RSS under 300 MB.

    .venv/bin/python bench/bench_import.py                 # 1,000,000 messages
    .venv/bin/python bench/bench_import.py --messages 50000
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

CHANNEL_ID = 1101806611
NAME = "Военный обозреватель"
START = int(datetime(2024, 8, 6, tzinfo=UTC).timestamp())
SENTENCES = [
    "Противник предпринял попытку контратаки в районе Суджи, атака отбита.",
    "По данным источников, подразделения продвинулись на два километра у Малой Локни.",
    "Бои продолжаются в районе Косицы и на подступах к Гуево.",
    "Артиллерия наносит удары по скоплениям техники и живой силы противника.",
    "Штурмовые группы зашли в населённый пункт через газопровод.",
    "Обстановка на Курском направлении остаётся напряжённой, подробности позже.",
    "В Минобороны заявили об освобождении ещё одного населённого пункта.",
    "Противник отходит, бросая технику; ситуация меняется каждый час.",
    "Информация о прорыве обороны не соответствует действительности.",
    "ДРГ противника уничтожена в приграничной полосе Беловского района.",
    "Продолжается эвакуация мирных жителей из прифронтовых сёл.",
    "Фиксируем активность вражеских беспилотников вдоль всей линии соприкосновения.",
]
ACTIONS = ["pin_message", "edit_channel_title", "edit_channel_photo", "create_channel"]


def _text(rng: random.Random) -> str:
    target = rng.randint(300, 900)
    parts: list[str] = []
    size = 0
    while size < target:
        sentence = rng.choice(SENTENCES)
        parts.append(sentence)
        size += len(sentence.encode()) + 1
    return " ".join(parts)


def _entities(text: str, rng: random.Random) -> list[Any]:
    cut = text.index(" ", 40)
    return [
        {"type": "bold", "text": text[:cut]},
        text[cut:-20],
        {
            "type": "text_link",
            "text": "источник",
            "href": f"https://t.me/source/{rng.randint(1, 9999)}",
        },
        " ",
        {"type": "hashtag", "text": "#Курск"},
        text[-20:],
    ]


def _message(mid: int, rng: random.Random) -> dict[str, Any]:
    stamp = START + mid * 37
    local = datetime.fromtimestamp(stamp + 3 * 3600, UTC).replace(tzinfo=None).isoformat()
    if mid == 1 or rng.random() < 0.03:
        return {
            "id": mid,
            "type": "service",
            "date": local,
            "date_unixtime": str(stamp),
            "actor": NAME,
            "actor_id": f"channel{CHANNEL_ID}",
            "action": ACTIONS[3] if mid == 1 else rng.choice(ACTIONS[:3]),
            "text": "",
            "text_entities": [],
        }
    text = _text(rng)
    rich = rng.random() < 0.4
    out: dict[str, Any] = {
        "id": mid,
        "type": "message",
        "date": local,
        "date_unixtime": str(stamp),
        "from": NAME,
        "from_id": f"channel{CHANNEL_ID}",
    }
    if rng.random() < 0.1:
        out["edited"] = local
        out["edited_unixtime"] = str(stamp + 600)
    if rng.random() < 0.08:
        out["forwarded_from"] = "Рыбарь"
    if rng.random() < 0.05 and mid > 2:
        out["reply_to_message_id"] = mid - rng.randint(1, min(mid - 1, 50))
    roll = rng.random()
    if roll < 0.3:
        out.update(photo=f"photos/photo_{mid}@06-08-2024_10-00-00.jpg", width=1280, height=720)
    elif roll < 0.4:
        out.update(
            file=f"video_files/video_{mid}.mp4",
            thumbnail=f"video_files/video_{mid}.jpg",
            media_type="video_file",
            mime_type="video/mp4",
            duration_seconds=rng.randint(5, 300),
            width=1280,
            height=720,
        )
    out["text"] = _entities(text, rng) if rich else text
    out["text_entities"] = (
        [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in out["text"]]
        if rich
        else [{"type": "plain", "text": text}]
    )
    return out


def generate(path: Path, count: int, seed: int = 7) -> None:
    """Write the export as Desktop does: an indented object, one message after another."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write(
            f'{{\n "name": {json.dumps(NAME, ensure_ascii=False)},\n'
            f' "type": "public_channel",\n "id": {CHANNEL_ID},\n "messages": [\n'
        )
        for mid in range(1, count + 1):
            body = json.dumps(_message(mid, rng), ensure_ascii=False, separators=(",", ": "))
            out.write("  " + body + (",\n" if mid < count else "\n"))
        out.write(" ]\n}\n")


# --- the variants, each run in its own process --------------------------------------------


def _engine(db: Path) -> Any:
    from monitor.store.db import make_engine
    from monitor.store.migrate import upgrade

    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    return engine


def streaming(file: Path, engine: Any) -> int:
    from monitor.sources.desktop_import import import_export
    from monitor.store.db import session_scope

    with session_scope(engine) as session:
        stats = import_export(session, file, channel="bench_channel")
    return stats.new


def naive(file: Path, engine: Any) -> int:
    from sqlalchemy.orm import Session

    from monitor.sources.desktop_import import ChatHeader, message_to_post
    from monitor.store.ingest import text_hash
    from monitor.store.models import Channel, Post

    with file.open(encoding="utf-8") as handle:
        data = json.load(handle)
    chat = ChatHeader(data["name"], data["type"], data["id"])
    added = 0
    with Session(engine) as session:
        channel = Channel(
            username="bench_channel",
            title=chat.name,
            source="export",
            side="other",
            high_water=0,
            failures=0,
        )
        session.add(channel)
        session.flush()
        for message in data["messages"]:
            post = message_to_post(message, channel.username, chat, "https://t.me/bench")
            if post is None:
                continue
            fwd = post.forward
            session.add(
                Post(
                    channel_id=channel.id,
                    message_id=post.message_id,
                    posted_at=post.posted_at,
                    edited_at=post.edited_at,
                    text=post.text,
                    text_hash=text_hash(post.text),
                    author=post.author,
                    fwd_from_name=fwd.name if fwd else None,
                    reply_to=post.reply_to,
                    media_kind=post.media_kind,
                    media=post.media,
                    link=post.link,
                    missing_polls=0,
                )
            )
            added += 1
        session.commit()
    return added


def run_variant(name: str, file: Path, db: Path) -> None:
    engine = _engine(db)  # migrating the empty database is not timed
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    posts = {"streaming": streaming, "naive": naive}[name](file, engine)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(
        json.dumps(
            {
                "posts": posts,
                "seconds": seconds,
                "cpu_seconds": cpu,
                "peak_mb": after.ru_maxrss / 1024,
            }
        )
    )  # ru_maxrss: KiB on Linux


def measure(name: str, file: Path, folder: Path) -> dict[str, float]:
    db = folder / f"{name}.db"
    load_before = os.getloadavg()[0]
    done = subprocess.run(
        [sys.executable, __file__, "--variant", name, "--file", str(file), "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{name} failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["load"] = (load_before + os.getloadavg()[0]) / 2
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--variant", choices=["streaming", "naive"], help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        run_variant(args.variant, args.file, args.db)
        return
    with tempfile.TemporaryDirectory(prefix="bench_import_") as tmp:
        folder = Path(tmp)
        file = folder / "result.json"
        started = time.perf_counter()
        generate(file, args.messages)
        print(
            f"generated {args.messages:,} messages, {file.stat().st_size / 2**20:,.0f} MiB "
            f"in {time.perf_counter() - started:.0f}s"
        )
        results = {name: measure(name, file, folder) for name in ("streaming", "naive")}
    for name, result in results.items():
        rate = args.messages / result["seconds"]
        per_cpu = args.messages / result["cpu_seconds"]
        print(
            f"{name:>9}: {result['posts']:,.0f} posts, {result['seconds']:.1f}s, "
            f"{rate:,.0f} messages/s ({result['cpu_seconds']:.1f} CPU-s: {per_cpu:,.0f} "
            f"messages per CPU-second), peak RSS {result['peak_mb']:,.0f} MB, "
            f"load average {result['load']:.1f} on {os.cpu_count()} cores"
        )
    fast, slow = results["streaming"], results["naive"]
    print(
        f"streaming is {slow['seconds'] / fast['seconds']:.2f}x as fast "
        f"({slow['cpu_seconds'] / fast['cpu_seconds']:.2f}x in CPU time) and peaks at "
        f"{fast['peak_mb'] / slow['peak_mb']:.2f}x the memory of json.load + session.add"
    )
    target = args.messages / fast["seconds"] >= 20_000 and fast["peak_mb"] < 300
    print(f"target (>= 20,000 messages/s, < 300 MB): {'met' if target else 'NOT met'}")


if __name__ == "__main__":
    main()
