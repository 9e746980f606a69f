"""Benchmark: importing a Telegram Desktop export (SQLite, PostgreSQL), and importing it again.

Generates a single-channel export of N messages (default 100,000) in a temporary folder, in
Desktop's layout: string and entity-list texts of 300-900 bytes of Russian, edits, forwards,
replies, photos and videos, service messages. Each round runs in its own subprocess (so each
peak RSS is its own) on a database migrated as `monitor db upgrade` does (not timed):

* import: `monitor.sources.desktop_import.import_export` into the empty database, one
  transaction;
* re-import: the same export again into the now-populated database (it adds nothing);
* the named alternative, baseline: `json.load` of the whole file, then one `executemany` of a
  plain `INSERT` per message row into the same schema, its search index kept current (SQLite:
  the FTS5 triggers; PostgreSQL: the generated tsvector column and its GIN index), with the
  same connection settings (SQLite: WAL, synchronous=NORMAL), one transaction.

Both backends where both answer: SQLite in a temporary folder, PostgreSQL (MONITOR_BENCH_PG_URL,
default the local server's `test` database) in two schemas of its own, dropped at the end; when
no PostgreSQL answers, it is skipped with a line saying so.

Prints, for each, messages/s by the wall clock and per CPU-second (user + system of the
process, and on PostgreSQL also of the server process that served it, read from /proc when the
server runs on this machine: other processes sharing the cores slow the wall clock, not the CPU
time), peak RSS of the process and the load average around each run; then the ratios
import / baseline (target: at most 1.2, peak RSS under 300 MB) and re-import / import (target:
a fraction).

    .venv/bin/python bench/bench_import.py                    # 100,000 messages, both backends
    .venv/bin/python bench/bench_import.py --backend postgresql
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
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

PG_URL = os.environ.get("MONITOR_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BACKENDS = ("sqlite", "postgresql")

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


def _engine(url: str) -> Any:
    from monitor.store.db import make_engine
    from monitor.store.migrate import upgrade

    engine = make_engine(url)
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


def _baseline_rows(
    data: dict[str, Any], channel: int, now: Any, stamp: Any
) -> list[tuple[Any, ...]]:
    """The message rows of `data`, as the plain INSERT takes them; `stamp` makes a time."""
    import hashlib

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
                stamp(message["date_unixtime"]),
                stamp(message.get("edited_unixtime")),
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
    return rows


def _data(file: Path) -> dict[str, Any]:
    with file.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def baseline(file: Path, engine: Any) -> int:
    """json.load + executemany of plain INSERTs (SQLite: the FTS5 insert trigger fires per row;
    PostgreSQL: the generated tsvector column and its GIN index are kept current)."""
    if engine.dialect.name == "postgresql":
        return _pg_baseline(file, engine)
    import sqlite3

    database = engine.url.database
    engine.dispose()
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    data = _data(file)
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
    connection.execute("BEGIN")
    channel = connection.execute(
        "INSERT INTO channels (username, title, source, side, language, enabled, high_water, "
        "failures, created_at) VALUES ('bench_channel', ?, 'export', 'other', 'ru', 0, 0, 0, ?)",
        (data["name"], now),
    ).lastrowid
    rows = _baseline_rows(data, int(channel or 0), now, _stamp)
    connection.executemany(_BASELINE_INSERT, rows)
    connection.execute("COMMIT")
    connection.close()
    return len(rows)


def _pg_stamp(unix: str | None) -> datetime | None:
    return None if unix is None else datetime.fromtimestamp(int(unix), UTC)


def _pg_baseline(file: Path, engine: Any) -> int:
    """The same on PostgreSQL: psycopg's executemany (pipelined) on one raw connection."""
    raw = engine.raw_connection()  # its search_path is the benchmark's schema
    try:
        data = _data(file)
        now = datetime.now(UTC)
        with raw.cursor() as cursor:
            cursor.execute(
                "INSERT INTO channels (username, title, source, side, language, enabled, "
                "high_water, failures, created_at) VALUES ('bench_channel', %s, 'export', "
                "'other', 'ru', false, 0, 0, %s) RETURNING id",
                (data["name"], now),
            )
            channel = int(cursor.fetchone()[0])
            rows = _baseline_rows(data, channel, now, _pg_stamp)
            cursor.executemany(_BASELINE_INSERT.replace("?", "%s"), rows)
        raw.commit()
    finally:
        raw.close()
    return len(rows)


class _ServerCpu:
    """CPU seconds of the PostgreSQL server processes serving `engine`'s connections, from
    /proc (when the server runs on this machine; else None): a PostgreSQL import spends much
    of its time there (the generated tsvector, the indexes)."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.pids: set[int] = set()
        self.start: dict[int, float] = {}
        self.local = engine.dialect.name == "postgresql"
        if self.local:
            event.listen(engine, "connect", self._connected)  # any the round opens
            with engine.connect() as connection:  # the pooled one (migrated), which it reuses
                pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            self.pids.add(int(pid))
            self.start = {pid: self._cpu(pid) or 0.0 for pid in self.pids}

    def _connected(self, dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            self.pids.add(int(cursor.fetchone()[0]))

    @staticmethod
    def _cpu(pid: int) -> float | None:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def seconds(self) -> float | None:
        """CPU spent since the start by the server processes (None: not measurable here)."""
        if not self.local:
            return None
        spent = 0.0
        for pid in self.pids:
            now = self._cpu(pid)
            if now is None:
                return None
            spent += now - self.start.get(pid, 0.0)
        return spent


def run_round(name: str, file: Path, url: str) -> None:
    engine = _engine(url)  # migrating the database is not timed
    server = _ServerCpu(engine)
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
                "server_cpu_seconds": server.seconds(),
                "peak_mb": after.ru_maxrss / 1024,
            }
        )
    )  # ru_maxrss: KiB on Linux


def measure(name: str, file: Path, url: str) -> dict[str, float]:
    load_before = os.getloadavg()[0]
    done = subprocess.run(
        [sys.executable, __file__, "--round", name, "--file", str(file), "--url", url],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"{name} failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    result["load"] = (load_before + os.getloadavg()[0]) / 2
    return result


def _total_cpu(result: dict[str, Any]) -> float:
    """The process's CPU time and its server's, where the server's is known."""
    return float(result["cpu_seconds"]) + float(result.get("server_cpu_seconds") or 0.0)


def report(backend: str, messages: int, results: dict[str, dict[str, Any]]) -> None:
    print(f"--- {backend}")
    for name, result in results.items():
        rate = messages / result["seconds"]
        cpu = _total_cpu(result)
        server = result.get("server_cpu_seconds")
        split = f" = {result['cpu_seconds']:.2f} client + {server:.2f} server" if server else ""
        print(
            f"{name:>9}: {result['posts']:,.0f} posts new, {result['seconds']:.2f}s, "
            f"{rate:,.0f} messages/s ({cpu:.2f} CPU-s{split}: {messages / cpu:,.0f} "
            f"messages per CPU-second), peak RSS {result['peak_mb']:,.0f} MB, "
            f"load average {result['load']:.1f} on {os.cpu_count()} cores"
        )
    if backend == "postgresql" and results["import"].get("server_cpu_seconds") is None:
        print("(the server runs elsewhere: CPU times are the client's only)")
    base, first, again = results["baseline"], results["import"], results["reimport"]
    ratio = _total_cpu(first) / _total_cpu(base)
    print(
        f"import / baseline: {first['seconds'] / base['seconds']:.2f} wall, {ratio:.2f} CPU; "
        f"re-import / import: {again['seconds'] / first['seconds']:.2f} wall, "
        f"{_total_cpu(again) / _total_cpu(first):.2f} CPU"
    )
    met = ratio <= 1.2 and first["peak_mb"] < 300
    print(f"target (import <= 1.2x baseline CPU, < 300 MB): {'met' if met else 'NOT met'}")


def postgres_answers() -> str | None:
    """None when PostgreSQL answers at PG_URL, else why not (one line)."""
    from monitor.store.db import make_engine

    probe = make_engine(PG_URL)
    try:
        with probe.connect():
            return None
    except Exception as exc:  # any driver or network failure means "no server here"
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    finally:
        probe.dispose()


@contextmanager
def pg_schemas(names: tuple[str, ...]) -> Iterator[dict[str, str]]:
    """A private schema per name in the PostgreSQL database, dropped afterwards: each name's
    URL, its search_path set to the schema."""
    from sqlalchemy import text

    from monitor.store.db import make_engine

    admin = make_engine(PG_URL)
    tag = uuid.uuid4().hex[:8]
    schemas = {name: f"bench_import_{name}_{tag}" for name in names}
    try:
        with admin.begin() as connection:
            for schema in schemas.values():
                connection.execute(text(f"CREATE SCHEMA {schema}"))
        yield {name: f"{PG_URL}?options=-csearch_path%3D{s}" for name, s in schemas.items()}
    finally:
        with admin.begin() as connection:
            for schema in schemas.values():
                connection.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin.dispose()


def _rounds(file: Path, urls: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Baseline into its database; import, then re-import, into the other."""
    return {
        "baseline": measure("baseline", file, urls["baseline"]),
        "import": measure("import", file, urls["import"]),
        "reimport": measure("reimport", file, urls["import"]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--round", choices=ROUNDS, help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--keep", type=Path, help="write the export here and keep it")
    parser.add_argument("--backend", choices=(*BACKENDS, "both"), default="both")
    args = parser.parse_args()
    if args.round:
        run_round(args.round, args.file, args.url)
        return
    backends = BACKENDS if args.backend == "both" else (args.backend,)
    with tempfile.TemporaryDirectory(prefix="bench_import_") as tmp:
        folder = Path(tmp)
        file = args.keep or folder / "result.json"
        if not (args.keep and file.exists()):
            started = time.perf_counter()
            generate(file, args.messages)
            print(f"generated in {time.perf_counter() - started:.0f}s")
        print(f"{args.messages:,} messages, {file.stat().st_size / 2**20:,.0f} MiB")
        if "sqlite" in backends:
            urls = {name: f"sqlite:///{folder / name}.db" for name in ("baseline", "import")}
            report("sqlite", args.messages, _rounds(file, urls))
        if "postgresql" in backends:
            why_not = postgres_answers()
            if why_not:
                print(f"--- postgresql: skipped, no server answers at {PG_URL} ({why_not})")
            else:
                with pg_schemas(("baseline", "import")) as urls:
                    report("postgresql", args.messages, _rounds(file, urls))


if __name__ == "__main__":
    main()
