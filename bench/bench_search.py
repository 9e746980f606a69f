"""Benchmark: morphology-aware search and export at scale, against LIKE '%...%'.

Generates a database of N posts (default 1,000,000): Russian and Ukrainian military-blog text,
20-60 words a post from a Zipf-weighted vocabulary (real words in their inflected forms plus
rare filler words), the seed places in all their case forms in a few percent of posts, each
such post with its `mentions` row, as the analyzer would leave it. SQLite goes through the FTS
triggers of migration 0005 as ingest does; PostgreSQL (its own schema, dropped at the end) is
loaded with COPY (which fills the stored tsvector of migration 0008) and its GIN index (id
bucket, vector; migration 0010) built after. A mention's surface is the text's own form, as
the analyzer's matcher leaves it.

Then, for ten typical queries, measures `monitor.search` (plan, ranked page of 50 with entries
and snippets, as `monitor search` runs it; the place matcher built once beforehand) and the
named alternative on the same data: `WHERE text LIKE '%<query>%' ORDER BY posted_at DESC LIMIT
50` (which, besides, misses every other form of the word). Prints p50/p95 per query and over
all, wall and CPU (this process and, when the server is local, its backend's /proc schedstat),
and `monitor export posts` (CLI, in a subprocess) rows/s and peak RSS.
Targets: search p50 under 50 ms on SQLite at 1M posts; export at least 50,000 rows/s.

    .venv/bin/python bench/bench_search.py                     # 1,000,000 posts, SQLite + PG
    .venv/bin/python bench/bench_search.py --posts 100000 --no-pg
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from sqlalchemy import Engine, text

from monitor.config import load_settings
from monitor.places.loading import load_matcher
from monitor.search.engine import search
from monitor.search.service import plan_query
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade

REPO = Path(__file__).resolve().parents[1]
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
QUERIES = ["Суджа", "Sudzha", "Малая Локня", "Косица", "газопровод", "наступление", "дрон",
           "штурм Суджа", "окружение", "Курская область"]  # fmt: skip
PLACES = {  # key: (name_en, share of posts, forms)
    "sudzha": ("Sudzha", 0.02, ["Суджа", "Суджи", "Судже", "Суджу", "Суджей", "Суджі"]),
    "malaya-loknya": ("Malaya Loknya", 0.004, ["Малая Локня", "Малой Локни", "Малої Локні"]),
    "kositsa": ("Kositsa", 0.004, ["Косица", "Косицы", "Косице", "Косиці"]),
    "kursk-oblast": ("Kursk Oblast", 0.01,
                     ["Курская область", "Курской области", "Курської області"]),
}  # fmt: skip
WORDS = (  # noqa: SIM905
    "бои идут наступление наступления наступлением противник противника противнику дрон дрона "
    "дроны дронов дронами штурм штурма штурмовые газопровод газопровода газопроводу трубе "
    "окружение окружения окружении позиции позиций техника техники уничтожена уничтожены "
    "подразделения подразделений ВСУ ВС РФ артиллерия удар удары ракетный обстрел обстрела "
    "направлении направление район района село села фронт фронта ситуация ситуації противник "
    "ворог ворога наші бійці позиції наступ штурмові дрони знищено техніки оточення Курщина "
    "по данным сообщают заявили источники сегодня вчера ночью утром продолжаются тяжелые "
    "потери резервы снабжение логистика дороги мост переправа"
).split()


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """20,000 filler words and the real words spread over Zipf ranks 10-3000, so a real word
    is in a few percent of posts (as «дрон» in a war channel), not in most of them."""
    letters = "абвгдежзиклмнопрстуфхцчшыэюя"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(4, 10)))
             for _ in range(20_000)]  # fmt: skip
    for word in WORDS:
        words.insert(rng.randint(10, 3000), word)
    return words, list(accumulate(1 / (rank + 5) for rank in range(len(words))))


def generate(
    n: int, seed: int = 7
) -> Iterator[tuple[int, int, datetime, str, list[tuple[str, int, int]]]]:
    """(post id, channel id, posted_at, text, mentions) for n posts; a mention: (place key,
    start, end) of the place's form in the text, as the analyzer leaves it."""
    rng = random.Random(seed)
    words, weights = vocabulary(rng)
    start = datetime(2024, 8, 6, tzinfo=UTC)
    for post_id in range(1, n + 1):
        body = rng.choices(words, cum_weights=weights, k=rng.randint(20, 60))
        placed: list[tuple[int, str]] = []  # (word index, key)
        for key, (_, share, forms) in PLACES.items():
            if rng.random() < share:
                at = rng.randrange(len(body))
                body.insert(at, rng.choice(forms))
                placed = [(i + (i >= at), k) for i, k in placed] + [(at, key)]
        spans = []
        for index, key in placed:
            begin = sum(len(word) + 1 for word in body[:index])
            spans.append((key, begin, begin + len(body[index])))
        posted = start + timedelta(seconds=post_id * 30)
        yield post_id, 1 + post_id % 20, posted, " ".join(body).capitalize() + ".", spans


def mention_rows(
    post_id: int, body: str, spans: list[tuple[str, int, int]], place_ids: dict[str, int]
) -> list[tuple[Any, ...]]:
    """The post's `mentions` rows: the surface is the text's own form, as the matcher's."""
    return [(post_id, place_ids[k], s, e, body[s:e], 1.0, "") for k, s, e in spans]


def setup_places(connection: Any) -> dict[str, int]:
    for index in range(20):
        connection.execute(text(
            "INSERT INTO channels (id, username, title, source, side, language, enabled, "
            "high_water, failures, created_at) VALUES (:i, :u, '', 'web', :s, 'ru', true, 0, 0, "
            ":t)"), {"i": index + 1, "u": f"bench{index:03d}", "s": "ru" if index % 2 else "ua",
                     "t": datetime.now(UTC).replace(tzinfo=None)})  # fmt: skip
    ids = {}
    for number, (key, (name, _, _)) in enumerate(PLACES.items(), start=1):
        connection.execute(text("INSERT INTO places (id, key, name_en, kind, tracked) "
                                "VALUES (:i, :k, :n, 'town', true)"),
                           {"i": number, "k": key, "n": name})  # fmt: skip
        ids[key] = number
    return ids


def load_sqlite(engine: Engine, n: int) -> float:
    started = time.perf_counter()
    with engine.begin() as connection:
        place_ids = setup_places(connection)
        raw = connection.connection.driver_connection
        posts, mentions = [], []
        for post_id, channel, posted, body, spans in generate(n):
            stamp = posted.replace(tzinfo=None).isoformat(sep=" ")
            posts.append((post_id, channel, post_id, stamp, body, str(post_id), 0, stamp, stamp))
            mentions += mention_rows(post_id, body, spans, place_ids)
            if len(posts) >= 20_000:
                flush_sqlite(raw, posts, mentions)
                posts, mentions = [], []
        flush_sqlite(raw, posts, mentions)
    return time.perf_counter() - started


def flush_sqlite(raw: Any, posts: list[tuple[Any, ...]], mentions: list[tuple[Any, ...]]) -> None:
    raw.executemany(
        "INSERT INTO posts (id, channel_id, message_id, posted_at, text, text_hash, "
        "missing_polls, first_seen_at, last_seen_at, analyzed_version) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench')", posts)  # fmt: skip
    raw.executemany(
        "INSERT INTO mentions (post_id, place_id, span_start, span_end, surface, confidence, "
        "reason) VALUES (?, ?, ?, ?, ?, ?, ?)", mentions)  # fmt: skip


def load_pg(engine: Engine, n: int) -> float:
    started = time.perf_counter()
    with engine.begin() as connection:
        place_ids = setup_places(connection)
        connection.execute(text("DROP INDEX ix_posts_recent_text_search"))
        cursor = connection.connection.driver_connection.cursor()
        mentions = []
        with cursor.copy("COPY posts (id, channel_id, message_id, posted_at, text, text_hash, "
                         "missing_polls, first_seen_at, last_seen_at, analyzed_version) "
                         "FROM STDIN") as copy:  # fmt: skip
            for post_id, channel, posted, body, spans in generate(n):
                copy.write_row((post_id, channel, post_id, posted, body, str(post_id), 0, posted,
                                posted, "bench"))  # fmt: skip
                mentions += mention_rows(post_id, body, spans, place_ids)
        with cursor.copy("COPY mentions (post_id, place_id, span_start, span_end, surface, "
                         "confidence, reason) FROM STDIN") as copy:  # fmt: skip
            for row in mentions:
                copy.write_row(row)
        connection.execute(text(
            "CREATE INDEX ix_posts_recent_text_search ON posts "
            "USING gin ((ARRAY[id / 4096, 524288 + id / 65536]), text_search)"))  # fmt: skip
        connection.execute(text("ANALYZE"))
    return time.perf_counter() - started


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


class CpuClock:
    """CPU time in ms of this process plus, on PostgreSQL, of the session's server backend
    when it runs on this machine (its /proc schedstat, ns): on a shared machine the wall
    clock also counts the time other processes held the cores."""

    def __init__(self, session: Any) -> None:
        self.backend: Path | None = None
        if session.get_bind().dialect.name == "postgresql":
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            stat = Path(f"/proc/{pid}/schedstat")
            self.backend = stat if os.access(stat, os.R_OK) else None

    def __call__(self) -> float:
        backend = int(self.backend.read_text().split()[0]) / 1e6 if self.backend else 0.0
        return time.process_time() * 1000 + backend


def time_queries(
    engine: Engine, matcher: Any, repeat: int, like_repeat: int
) -> dict[str, dict[str, list[float]]]:
    """Per query, `repeat` timed runs of ours (wall and CPU ms), then of LIKE, each after one
    untimed run that warms the caches. Not interleaved: a LIKE is a scan of the whole table,
    which would leave the next search to find its pages evicted (PostgreSQL's shared buffers
    are far smaller than the table), and so time the LIKE's damage rather than the search.
    `like_repeat` 0: no LIKE (while iterating on the search: a LIKE takes seconds)."""
    results: dict[str, dict[str, list[float]]] = {}
    with session_scope(engine) as session:
        cpu_clock = CpuClock(session)
        for query in QUERIES:
            ours, cpu, like = [], [], []
            for attempt in range(repeat + 1):
                started, cpu_started = time.perf_counter(), cpu_clock()
                page = search(session, plan_query(query, matcher), limit=50)
                if attempt:
                    ours.append((time.perf_counter() - started) * 1000)
                    cpu.append(cpu_clock() - cpu_started)
            naive = []
            for attempt in range(like_repeat + 1 if like_repeat else 0):
                started = time.perf_counter()
                naive = session.execute(text(
                    "SELECT id, text FROM posts WHERE text LIKE :q ORDER BY posted_at DESC "
                    "LIMIT 50"), {"q": f"%{query}%"}).all()  # fmt: skip
                if attempt:
                    like.append((time.perf_counter() - started) * 1000)
            hits = [len(page.hits), len(naive)]
            results[query] = {"ours": ours, "cpu": cpu, "like": like, "hits": hits}
    return results


def report(name: str, results: dict[str, dict[str, list[float]]]) -> None:
    print(f"\n{name}: latency in ms (p50 / p95), the search's CPU ms (this process and a "
          "local server backend), LIKE p50 / search p50, hits on the first page "
          "(ours / LIKE)")  # fmt: skip
    print(f"  {'query':<18} {'search p50':>10} {'p95':>8} {'CPU p50':>8} {'p95':>8} "
          f"{'LIKE p50':>10} {'p95':>8} {'ratio':>8}  hits")  # fmt: skip
    for query, r in results.items():
        o50, o95 = percentiles(r["ours"])
        c50, c95 = percentiles(r["cpu"])
        l50, l95 = percentiles(r["like"] or [float("nan")])
        print(f"  {query:<18} {o50:>10.1f} {o95:>8.1f} {c50:>8.1f} {c95:>8.1f} {l50:>10.1f} "
              f"{l95:>8.1f} {l50 / o50:>8.2f}  {r['hits'][0]}/{r['hits'][1]}")  # fmt: skip
    ours, cpu, like = (
        percentiles([s for r in results.values() for s in r[kind]] or [float("nan")])
        for kind in ("ours", "cpu", "like")
    )
    print(f"  {'ALL':<18} {ours[0]:>10.1f} {ours[1]:>8.1f} {cpu[0]:>8.1f} {cpu[1]:>8.1f} "
          f"{like[0]:>10.1f} {like[1]:>8.1f} {like[0] / ours[0]:>8.2f}")  # fmt: skip


def time_export(url: str, n: int, folder: Path) -> None:
    env = {**os.environ, "MONITOR_DATABASE_URL": url, "MONITOR_CONFIG_DIR": str(REPO / "config"),
           "MONITOR_DATA_DIR": str(folder), "MONITOR_LOG_LEVEL": "WARNING",
           "PYTHONPATH": str(REPO)}  # fmt: skip
    started = time.perf_counter()
    with open(os.devnull, "w") as sink:
        subprocess.run([sys.executable, "-m", "monitor", "export", "posts", "--format", "csv"],
                       env=env, stdout=sink, stderr=subprocess.DEVNULL, check=True)  # fmt: skip
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"  export posts (CSV, CLI subprocess): {n} rows in {elapsed:.1f} s = "
        f"{n / elapsed:,.0f} rows/s, peak RSS of the biggest child so far {peak:.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=9, help="timed runs per query")
    parser.add_argument(
        "--like-repeat", type=int, help="timed runs per query of LIKE (default: --repeat; 0: none)"
    )
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    parser.add_argument("--pg-url", default=PG_URL)
    parser.add_argument(
        "--keep-db",
        type=Path,
        metavar="FILE",
        help="SQLite database to reuse (generated there once if absent)",
    )
    parser.add_argument(
        "--keep-pg",
        metavar="SCHEMA",
        help="PostgreSQL schema to reuse (generated there once if absent; kept afterwards)",
    )
    parser.add_argument("--no-sqlite", action="store_true", help="PostgreSQL only")
    parser.add_argument("--no-export", action="store_true", help="skip the export timings")
    args = parser.parse_args()
    if args.like_repeat is None:
        args.like_repeat = args.repeat
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        folder = Path(tmp)
        settings = load_settings(REPO / "config", env={"MONITOR_DATA_DIR": str(folder)})
        matcher = load_matcher(settings)
        if not args.no_sqlite:
            bench_sqlite(args, matcher, folder)
        if not args.no_pg:
            bench_pg(args, matcher, folder)


def bench_sqlite(args: argparse.Namespace, matcher: Any, folder: Path) -> None:
    database = args.keep_db or folder / "bench.db"
    reuse = database.exists()
    url = f"sqlite:///{database}"
    engine = make_engine(url)
    upgrade(engine)
    if reuse:
        with engine.connect() as connection:
            count = connection.execute(text("SELECT count(*) FROM posts")).scalar_one()
        print(f"SQLite: reusing {database} with {count:,} posts")
    else:
        seconds = load_sqlite(engine, args.posts)
        print(f"SQLite: {args.posts:,} posts inserted through the FTS triggers in "
              f"{seconds:.0f} s ({args.posts / seconds:,.0f} posts/s)")  # fmt: skip
    report("SQLite", time_queries(engine, matcher, args.repeat, args.like_repeat))
    if not args.no_export:
        time_export(url, args.posts, folder)
    engine.dispose()


def bench_pg(args: argparse.Namespace, matcher: Any, folder: Path) -> None:
    probe = make_engine(args.pg_url)
    schema = args.keep_pg or f"bench_{uuid.uuid4().hex[:8]}"
    with probe.begin() as connection:
        reuse = bool(
            connection.execute(
                text("SELECT 1 FROM information_schema.schemata WHERE schema_name = :s"),
                {"s": schema},
            ).first()
        )
        if not reuse:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        url = f"{args.pg_url}?options=-csearch_path%3D{schema}"
        engine = make_engine(url)
        upgrade(engine)
        if reuse:
            with engine.connect() as connection:
                count = connection.execute(text("SELECT count(*) FROM posts")).scalar_one()
            print(f"\nPostgreSQL: reusing schema {schema} with {count:,} posts")
        else:
            seconds = load_pg(engine, args.posts)
            print(
                f"\nPostgreSQL: {args.posts:,} posts loaded (COPY + GIN build) in {seconds:.0f} s"
            )
        report("PostgreSQL", time_queries(engine, matcher, args.repeat, args.like_repeat))
        if not args.no_export:
            time_export(url, args.posts, folder)
        engine.dispose()
    finally:
        if not args.keep_pg:
            with probe.begin() as connection:
                connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        probe.dispose()


if __name__ == "__main__":
    main()
