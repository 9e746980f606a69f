"""kill -9 the real daemon at random moments, restart it, and lose nothing, double nothing.

Each round serves new posts, starts `monitor run`, and kills it after a random delay (while it
polls, analyzes or writes digests). A last run catches up and stops with SIGTERM. Then every
served post is stored once, every post naming Sudzha is flagged, and every flagged post is in
exactly one digest, delivered (its file written) once.
"""

from __future__ import annotations

import random
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from monitor.store.db import make_engine, session_scope
from monitor.store.models import Delivery, Digest, DigestItem, Mention, Place, Post
from tests.runtime.harness import (
    DaemonProcess,
    Site,
    all_stored,
    channel_names,
    make_due,
    pg_database,
    sqlite_database,
    wait_for,
    write_config,
)

ROUNDS = 8


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_database(tmp_path)
        return
    with pg_database(f"monitor-crash-{random.randrange(10**6)}") as url:
        yield url


def caught_up(engine: Engine, site: Site) -> bool:
    if not all_stored(engine, site):
        return False
    with session_scope(engine) as session:
        unanalyzed = session.scalar(
            select(func.count()).select_from(Post).where(Post.analyzed_version.is_(None))
        )
        pending = session.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.status != "sent")
        )
        flagged = flagged_ids(session)
        in_digests = set(session.scalars(select(DigestItem.post_id)))
    return unanalyzed == 0 and pending == 0 and flagged <= in_digests


def flagged_ids(session) -> set[int]:  # type: ignore[no-untyped-def]
    return set(
        session.scalars(
            select(Mention.post_id).join(Place, Place.id == Mention.place_id).where(Place.tracked)
        )
    )


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_and_doubles_nothing(
    tmp_path: Path, site: Site, db_url: str, spawn: Callable[..., DaemonProcess]
) -> None:
    rng = random.Random(20250309)
    names = channel_names(6)
    site.delay = 0.05  # each page takes a moment: kills land inside polls
    config = write_config(tmp_path / "config", names)
    engine = make_engine(db_url)
    try:
        for round_no in range(ROUNDS):
            for name in names:
                site.add_posts(name, rng.randint(3, 25))
            if round_no:
                make_due(engine)
            process = spawn(config, db_url)
            wait_for(lambda p=process: "started" in p.output(), 60, "the daemon to start")
            time.sleep(rng.uniform(0.05, 2.0))
            process.kill9()
        make_due(engine)
        final = spawn(config, db_url)
        wait_for(lambda: caught_up(engine, site), 40, "the last run to catch up")
        final.signal(signal.SIGTERM)
        assert final.wait(10) == 0, final.output()[-3000:]
        check_everything_once(engine, site, tmp_path / "data" / "digests")
    finally:
        engine.dispose()


def check_everything_once(engine: Engine, site: Site, digest_dir: Path) -> None:
    with session_scope(engine) as session:
        rows = session.execute(select(Post.id, Post.text)).all()
        flagged = flagged_ids(session)
        items = session.execute(select(DigestItem.post_id, DigestItem.digest_id)).all()
        digests = set(session.scalars(select(Digest.id).where(Digest.item_count > 0)))
        deliveries = session.execute(select(Delivery.digest_id, Delivery.status)).all()
    assert len(rows) == sum(site.served.values())
    sudzha = {pid for pid, text in rows if "Суджи" in text}
    assert sudzha and sudzha <= flagged, "a post naming Sudzha was not flagged"
    post_ids = [pid for pid, _ in items]
    assert len(post_ids) == len(set(post_ids)), "a post went into two digests"
    assert flagged <= set(post_ids), "a flagged post is in no digest"
    assert all(status == "sent" for _, status in deliveries)
    assert sorted(d for d, _ in deliveries) == sorted({d for _, d in items} | digests)
    files = sorted(digest_dir.glob("default-*.txt"))
    numbers = [int(f.name.split("-")[1]) for f in files]
    assert numbers == sorted({d for d, _ in deliveries}), "a digest file is missing or doubled"
