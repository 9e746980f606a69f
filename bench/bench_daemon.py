"""Benchmark: one daemon worker polling 1,000 web channels served by a local t.me/s server.

Serves N channels (default 1,000) of P posts each (default 20) from tests/sources/webserver.py
on 127.0.0.1, with an optional per-request latency standing in for the network. Then polls
every channel once, two ways, each in its own forked process with its own fresh SQLite
database (so each RSS and CPU figure is its own):

* daemon: `monitor.runtime.daemon.Daemon` as `monitor run` runs it (APScheduler, one job per
  channel, leases, `[daemon].concurrency` polls at once, database work in threads, the analysis
  job running alongside as it does in production), timed until every channel has been polled;
* the named alternative, sequential: `monitor.runtime.jobs.poll_all`, one channel after another
  with no scheduler and no concurrency (what `monitor run --once` does).

Both use the same WebSource, which spaces the starts of requests to one host by
`web.min_interval_seconds` but lets their responses overlap, so concurrent polls overlap their
HTTP waits with each other and with database writes and parsing. Prints the wall time of the
full cycle, posts/s, CPU seconds, peak RSS, and the ratio.

    .venv/bin/python bench/bench_daemon.py
    .venv/bin/python bench/bench_daemon.py --channels 200 --latency-ms 20
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from sqlalchemy import func, select

from monitor.config import Settings, load_settings
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from monitor.store.models import Channel, Post
from tests.runtime.harness import Site, channel_names, write_config


def _settings(root: Path, base_url: str, names: list[str], concurrency: int) -> Settings:
    config = write_config(
        root / "config", names, {"concurrency": concurrency, "analyze_seconds": 3600}
    )
    url = f"sqlite:///{root / 'data' / 'monitor.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    return load_settings(
        config,
        env={
            "MONITOR_DATA_DIR": str(root / "data"),
            "MONITOR_DATABASE_URL": url,
            "MONITOR_WEB_BASE_URL": base_url,
        },
    )


def _polled(settings: Settings) -> tuple[int, int]:
    engine = make_engine(settings.database_url)
    try:
        with session_scope(engine) as session:
            done = session.scalar(
                select(func.count()).select_from(Channel).where(Channel.last_polled_at.is_not(None))
            )
            posts = session.scalar(select(func.count()).select_from(Post))
        return int(done or 0), int(posts or 0)
    finally:
        engine.dispose()


async def _run_daemon(settings: Settings, channels: int, analyzer: Any) -> None:
    from monitor.runtime.daemon import Daemon

    engine = make_engine(settings.database_url)
    daemon = Daemon(settings, engine, analyzer)
    started = asyncio.get_running_loop().create_task(daemon.run())
    while (await asyncio.to_thread(_polled, settings))[0] < channels:
        await asyncio.sleep(0.2)
    daemon.request_stop()
    await started


async def _run_sequential(settings: Settings) -> None:
    from monitor.runtime.jobs import Sources, poll_all

    engine = make_engine(settings.database_url)
    sources = Sources(settings)
    try:
        await poll_all(engine, settings, sources)
    finally:
        await sources.aclose()
        engine.dispose()


def _variant(name: str, settings: Settings, channels: int, out: Any) -> None:
    from monitor.runtime.jobs import prepare_channels

    engine = make_engine(settings.database_url)
    prepare_channels(engine, settings)
    engine.dispose()
    analyzer = None
    if name == "daemon":  # the matcher is built before the clock starts, as at `monitor run`
        from monitor.analyzer import Analyzer

        analyzer = Analyzer(settings)
    before = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter()
    if name == "daemon":
        asyncio.run(_run_daemon(settings, channels, analyzer))
    else:
        asyncio.run(_run_sequential(settings))
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    done, posts = _polled(settings)
    rss = after.ru_maxrss / 1024
    out.put({"wall": wall, "cpu": cpu, "rss_mb": rss, "done": done, "posts": posts})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=1000)
    parser.add_argument("--posts", type=int, default=20)
    parser.add_argument("--latency-ms", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    names = channel_names(args.channels, "bench")
    context = multiprocessing.get_context("fork")
    results: dict[str, dict[str, float]] = {}
    with Site(page_size=20) as site, tempfile.TemporaryDirectory() as tmp:
        site.delay = args.latency_ms / 1000
        for name in names:
            site.add_posts(name, args.posts)
        for variant in ("sequential", "daemon"):
            root = Path(tmp) / variant
            settings = _settings(root, site.base_url, names, args.concurrency)
            cache = Path(tmp) / "sequential" / "data" / "cache"
            if variant == "daemon" and cache.exists():
                shutil.copytree(cache, root / "data" / "cache")
            queue = context.Queue()
            job = (variant, settings, args.channels, queue)
            process = context.Process(target=_variant, args=job)
            process.start()
            results[variant] = queue.get()
            process.join()
    print(
        f"{args.channels} channels x {args.posts} posts, {args.latency_ms:g} ms per request, "
        f"concurrency {args.concurrency}"
    )
    for variant, r in results.items():
        print(
            f"{variant:>10}: cycle {r['wall']:7.2f} s  {r['posts'] / r['wall']:8.0f} posts/s  "
            f"cpu {r['cpu']:6.2f} s  peak rss {r['rss_mb']:6.0f} MB  "
            f"({r['done']:.0f} channels, {r['posts']:.0f} posts)"
        )
    ratio = results["sequential"]["wall"] / results["daemon"]["wall"]
    print(f"daemon vs sequential: {ratio:.2f}x faster by the wall clock")


if __name__ == "__main__":
    main()
