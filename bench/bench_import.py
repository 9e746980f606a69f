"""Benchmark: importing a Telegram Desktop export into SQLite, and importing it again.

Generates a single-channel export of N messages (default 100,000) in a temporary folder, in
Desktop's layout: string and entity-list texts of 300-900 bytes of Russian, edits, forwards,
replies, photos and videos, service messages. Each round runs in its own subprocess (so each
peak RSS is its own) on a database migrated as `monitor db upgrade` does (not timed):

* import: `monitor.sources.desktop_import.import_export` into the empty database, one
  transaction;
* re-import: the same export again into the now-populated database (it adds nothing);
* the named alternative, baseline: `json.load` of the whole file, then one `executemany` of a
  plain `INSERT` per message row into the same schema, its search-index (FTS5) triggers active,
  with the same connection settings (WAL, synchronous=NORMAL), one transaction.

Prints, for each, messages/s by the wall clock and per CPU-second (user + system of the
process: other processes sharing the cores slow the wall clock, not the CPU time), peak RSS and
the load average around each run; then the ratios import / baseline (target: at most 1.2, peak
RSS under 300 MB) and re-import / import (target: a fraction).

    .venv/bin/python bench/bench_import.py                    # 100,000 messages
    .venv/bin/python bench/bench_import.py --messages 1000000
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


# --- the rounds, each run in its own process ----------------------------------------------

ROUNDS = ("baseline", "import", "reimport")


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


_BASELINE_INSERT = (
    "INSERT INTO posts (channel_id, message_id, posted_at, edited_at, text, text_hash, author, "
    "fwd_from_name, reply_to, media_kind, media, link, missing_polls, first_seen_at, "
    "last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"
)


def _plain_text(text: Any) -> str:
    if isinstance(text, str):
        return text
    return "".join(part if isinstance(part, str) else part.get("text", "") for part in text)


def _stamp(unix: str | None) -> str | None:
    if unix is None:
        return None
    return datetime.fromtimestamp(int(unix), UTC).replace(tzinfo=None).isoformat(" ")


def baseline(file: Path, engine: Any) -> int:
    """json.load + executemany of plain INSERTs (the FTS5 insert trigger fires per row)."""
    import hashlib
    import sqlite3

    database = engine.url.database
    engine.dispose()
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    with file.open(encoding="utf-8") as handle:
        data = json.load(handle)
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
    connection.execute("BEGIN")
    channel = connection.execute(
        "INSERT INTO channels (username, title, source, side, language, enabled, high_water, "
        "failures, created_at) VALUES ('bench_channel', ?, 'export', 'other', 'ru', 0, 0, 0, ?)",
        (data["name"], now),
    ).lastrowid
    rows = []
    for message in data["messages"]:
        if message.get("type") != "message":
            continue
        text = _plain_text(message["text"])
        media = message.get("photo") or message.get("file")
        rows.append(
            (
                channel,
                message["id"],
                _stamp(message["date_unixtime"]),
                _stamp(message.get("edited_unixtime")),
                text,
                hashlib.sha256(text.encode()).hexdigest(),
                message.get("author"),
                message.get("forwarded_from"),
                message.get("reply_to_message_id"),
                "photo" if "photo" in message else ("video" if media else None),
                json.dumps({"file_name": media.rsplit("/", 1)[-1]}) if media else None,
                f"https://t.me/bench_channel/{message['id']}",
                now,
                now,
            )
        )
    connection.executemany(_BASELINE_INSERT, rows)
    connection.execute("COMMIT")
    connection.close()
    return len(rows)


def run_round(name: str, file: Path, db: Path) -> None:
    engine = _engine(db)  # migrating the database is not timed
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    posts = baseline(file, engine) if name == "baseline" else streaming(file, engine)
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


def measure(name: str, file: Path, db: Path) -> dict[str, float]:
    load_before = os.getloadavg()[0]
    done = subprocess.run(
        [sys.executable, __file__, "--round", name, "--file", str(file), "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{name} failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["load"] = (load_before + os.getloadavg()[0]) / 2
    return result


def report(messages: int, results: dict[str, dict[str, float]]) -> None:
    for name, result in results.items():
        rate = messages / result["seconds"]
        per_cpu = messages / result["cpu_seconds"]
        print(
            f"{name:>9}: {result['posts']:,.0f} posts new, {result['seconds']:.2f}s, "
            f"{rate:,.0f} messages/s ({result['cpu_seconds']:.2f} CPU-s: {per_cpu:,.0f} "
            f"messages per CPU-second), peak RSS {result['peak_mb']:,.0f} MB, "
            f"load average {result['load']:.1f} on {os.cpu_count()} cores"
        )
    base, first, again = results["baseline"], results["import"], results["reimport"]
    ratio = first["cpu_seconds"] / base["cpu_seconds"]
    print(
        f"import / baseline: {first['seconds'] / base['seconds']:.2f} wall, {ratio:.2f} CPU; "
        f"re-import / import: {again['seconds'] / first['seconds']:.2f} wall, "
        f"{again['cpu_seconds'] / first['cpu_seconds']:.2f} CPU"
    )
    met = ratio <= 1.2 and first["peak_mb"] < 300
    print(f"target (import <= 1.2x baseline CPU, < 300 MB): {'met' if met else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--round", choices=ROUNDS, help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--keep", type=Path, help="write the export here and keep it")
    args = parser.parse_args()
    if args.round:
        run_round(args.round, args.file, args.db)
        return
    with tempfile.TemporaryDirectory(prefix="bench_import_") as tmp:
        folder = Path(tmp)
        file = args.keep or folder / "result.json"
        if not (args.keep and file.exists()):
            started = time.perf_counter()
            generate(file, args.messages)
            print(f"generated in {time.perf_counter() - started:.0f}s")
        print(f"{args.messages:,} messages, {file.stat().st_size / 2**20:,.0f} MiB")
        results = {
            "baseline": measure("baseline", file, folder / "baseline.db"),
            "import": measure("import", file, folder / "import.db"),
            "reimport": measure("reimport", file, folder / "import.db"),
        }
    report(args.messages, results)


if __name__ == "__main__":
    main()
