"""Benchmark: `monitor reanalyze` of N stored posts (SQLite), against analysis alone.

usage: python bench/bench_reanalyze.py [--posts N] [--batch B]

Stores N posts (default 110,000: the distinct texts of ../shared/data/corpus/posts_ru.jsonl,
repeated with new ids as an archive repeats itself) in a fresh SQLite database, then in one
fresh process each:

* reanalyze: what `monitor reanalyze` runs (every post marked stale, then `analyze_pending`,
  whose batches go on by id), database reads and writes included;
* the named alternative, "analysis only": `Analyzer.analyze` over the same texts in memory, no
  database: the floor reanalyze stands on;
* the pending-post queries alone, as they page now (by id) and as they did before (from the
  first post each batch, so every batch rescans the posts done before it), each batch marked
  done as analysis would: the part that grew with the square of the post count.

Prints seconds, posts/s and the ratios. Skips with a message when the shared data is absent.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO.parent / "shared" / "data" / "corpus" / "posts_ru.jsonl"


def texts(count: int) -> list[str]:
    distinct = list(
        dict.fromkeys(json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8"))
    )
    return [distinct[i % len(distinct)] for i in range(count)]


def store(url: str, count: int) -> None:
    from sqlalchemy import text

    from monitor.store.db import make_engine
    from monitor.store.migrate import upgrade

    engine = make_engine(url)
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO channels (id, username, title, source, side, language, enabled, "
                "high_water, failures, created_at) "
                "VALUES (1, 'bench', '', 'web', 'ru', 'ru', true, 0, 0, '2026-01-01')"
            )
        )
        raw = connection.connection.driver_connection
        raw.executemany(  # type: ignore[union-attr]
            "INSERT INTO posts (id, channel_id, message_id, posted_at, text, text_hash, "
            "missing_polls, first_seen_at, last_seen_at) VALUES (?, 1, ?, '2026-01-01', ?, ?, "
            "0, '2026-01-01', '2026-01-01')",
            [(i + 1, i + 1, body, str(i)) for i, body in enumerate(texts(count))],
        )
    engine.dispose()


def child(kind: str, url: str, count: int, batch: int) -> dict[str, float]:
    from monitor.analyzer import Analyzer
    from monitor.config import load_settings
    from monitor.runtime.jobs import analyze_pending
    from monitor.store.analysis import forget_analysis
    from monitor.store.db import make_engine, session_scope

    engine = make_engine(url)
    result: dict[str, float] = {}
    if kind in ("reanalyze", "analysis"):
        analyzer = Analyzer(load_settings())
        started, cpu = time.perf_counter(), time.process_time()
        if kind == "reanalyze":
            with session_scope(engine) as session:
                forget_analysis(session)
            analyze_pending(engine, analyzer, batch=batch)
        else:
            for body in texts(count):
                analyzer.analyze(body, "ru")
        return {"wall": time.perf_counter() - started, "cpu": time.process_time() - cpu}
    for paged in (True, False):
        result[f"paged={paged}"] = pending_only(engine, batch, paged)
    return result


def pending_only(engine: Any, batch: int, paged: bool) -> float:
    """Seconds of the pending-post queries of a full pass, each batch marked done."""
    from sqlalchemy import update

    from monitor.store.analysis import forget_analysis, pending_posts
    from monitor.store.db import session_scope
    from monitor.store.models import Post

    with session_scope(engine) as session:
        forget_analysis(session)
    spent, last = 0.0, 0
    while True:
        with session_scope(engine) as session:
            started = time.perf_counter()
            posts = pending_posts(session, "v", batch, after_id=last if paged else 0)
            spent += time.perf_counter() - started
            if not posts:
                return spent
            ids = [p.id for p in posts]
            session.execute(update(Post).where(Post.id.in_(ids)).values(analyzed_version="v"))
            last = ids[-1]


def run_child(kind: str, url: str, args: argparse.Namespace) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", kind, "--url", url]
    command += ["--posts", str(args.posts), "--batch", str(args.batch)]
    out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--posts", type=int, default=110_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--child", choices=["reanalyze", "analysis", "queries"])
    parser.add_argument("--url")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"SKIP: {CORPUS} not found (the shared data sits next to the repository)")
        return 0
    sys.path.insert(0, str(REPO))
    if args.child:
        print(json.dumps(child(args.child, args.url, args.posts, args.batch)))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-reanalyze-") as folder:
        url = f"sqlite:///{folder}/monitor.db"
        store(url, args.posts)
        ours = run_child("reanalyze", url, args)
        floor = run_child("analysis", url, args)
        queries = run_child("queries", url, args)
    n = args.posts
    print(f"{n:,} stored posts, batches of {args.batch}, fresh processes")
    for label, r in (("reanalyze (store included)", ours), ("analysis only (alternative)", floor)):
        print(
            f"{label:<28} {r['wall']:7.1f} s ({n / r['wall']:,.0f} posts/s; "
            f"{r['cpu']:.1f} CPU-s, {n / r['cpu']:,.0f} per CPU-s)"
        )
    print(
        f"ratio reanalyze / analysis only: {ours['wall'] / floor['wall']:.2f} by the wall "
        f"clock, {ours['cpu'] / floor['cpu']:.2f} in CPU time"
    )
    paged, rescan = queries["paged=True"], queries["paged=False"]
    print(
        f"pending-post queries of a full pass: paged by id {paged:.2f} s, rescanning from the "
        f"first post {rescan:.2f} s (ratio {rescan / paged:.1f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
