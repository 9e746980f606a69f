"""Build and render a digest of 10,000 flagged posts: time and peak memory, against naive
string concatenation with per-item queries (the obvious first version).

    .venv/bin/python bench/bench_digest.py [--posts 10000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from monitor.alerts.digest import build_digest
from monitor.alerts.render import render, split
from monitor.alerts.select import select_digest
from monitor.config import AlertRule
from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from monitor.store.models import Channel, Claim, Mention, Place, Post
from tests.alerts.data import add_post

NOW = datetime(2025, 3, 12, tzinfo=UTC)
CHANNELS = [
    ("mod_russia", "ru"),
    ("voenkorKotenok", "ru"),
    ("butusov_plus", "ua"),
    ("ssternenko", "ua"),
]


def seed(url: str, posts: int) -> None:
    engine = make_engine(url)
    upgrade(engine)
    with session_scope(engine) as session:
        for i in range(1, posts + 1):
            username, side = CHANNELS[i % len(CHANNELS)]
            place = "sudzha" if i % 3 else "kositsa"
            surface = "Суджи" if place == "sudzha" else "Косицы"
            text = f"Пост {i}. Бои в районе {surface} продолжаются, " + "подробности " * 20
            add_post(
                session,
                username,
                side,
                i,
                text,
                surface,
                place_key=place,
                claims=(("advance", side, "asserted"),),
                minutes=i % 2000,
            )
    engine.dispose()


def ours(url: str) -> str:
    engine = make_engine(url)
    with session_scope(engine) as session:
        selection = select_digest(session, AlertRule(name="bench"), NOW)
    view = build_digest("bench", selection.entries, NOW, selection.clusters)
    parts = split(render(view, "markdown"), 4000)
    engine.dispose()
    return "".join(parts)


def naive(url: str) -> str:
    """One query per post for its channel, mentions, claims and place; `+=` on one string."""
    engine = make_engine(url)
    out = "Digest\n"
    with session_scope(engine) as session:
        for post in session.scalars(select(Post).order_by(Post.posted_at)):
            channel = session.get_one(Channel, post.channel_id)
            out += f"• {post.posted_at:%Y-%m-%d %H:%M} {channel.title} ({channel.side})\n"
            for mention in session.scalars(select(Mention).where(Mention.post_id == post.id)):
                place = session.get_one(Place, mention.place_id)
                out += f"  {place.name_en}: {mention.surface}\n"
            for claim in session.scalars(select(Claim).where(Claim.post_id == post.id)):
                out += f"  {claim.claim_type} {claim.actor} {claim.stance}\n"
            out += f"  «{post.text[:300]}»\n  {post.link}\n"
    engine.dispose()
    return out


def measure(name: str, run: Callable[[], str]) -> tuple[float, float]:
    tracemalloc.start()
    start = time.perf_counter()
    body = run()
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    print(f"{name:<34} {elapsed:7.2f} s  peak {peak:7.1f} MiB  ({len(body) / 2**20:.1f} MiB out)")
    return elapsed, peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.db"
        seed(url, args.posts)
        print(f"{args.posts} flagged posts, SQLite")
        t_ours, m_ours = measure("monitor (select+build+render+split)", lambda: ours(url))
        t_naive, m_naive = measure("naive (per-item queries, +=)", lambda: naive(url))
        print(
            f"time ratio naive/ours: {t_naive / t_ours:.1f}x; memory ratio: {m_naive / m_ours:.2f}x"
        )


if __name__ == "__main__":
    main()
