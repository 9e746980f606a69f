"""Several real daemons on one PostgreSQL database: leases, takeover, connection kills.

Only this test's backends are terminated (by `application_name`); the server keeps running.
"""

from __future__ import annotations

import itertools
import signal
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from monitor.store.db import make_engine, session_scope
from monitor.store.models import Channel, PollRun
from tests.conftest import require_postgres
from tests.runtime.harness import (
    DaemonProcess,
    Site,
    all_stored,
    channel_names,
    make_due,
    pg_database,
    terminate_backends,
    wait_for,
    write_config,
)

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg() -> Iterator[tuple[str, str, Engine]]:
    """(daemon URL, its application_name, the test's own engine under another name)."""
    require_postgres()
    app = f"monitor-test-{uuid.uuid4().hex[:8]}"
    with pg_database(app) as url:
        engine = make_engine(url.replace(app, f"{app}-checker"))
        try:
            yield url, app, engine
        finally:
            engine.dispose()


def overlapping_polls(engine: Engine) -> list[tuple[int, datetime, datetime]]:
    """Poll runs of one channel whose windows overlap (none may)."""
    with session_scope(engine) as session:
        runs = session.execute(
            select(PollRun.channel_id, PollRun.started_at, PollRun.finished_at)
            .where(PollRun.finished_at.is_not(None))
            .order_by(PollRun.channel_id, PollRun.started_at)
        ).all()
    clashes = []
    for before, after in itertools.pairwise(runs):
        if before.channel_id == after.channel_id and after.started_at < before.finished_at:
            clashes.append((after.channel_id, after.started_at, before.finished_at))
    return clashes


def leases_held(engine: Engine) -> int:
    with session_scope(engine) as session:
        held = select(Channel.id).where(Channel.lease_owner.is_not(None))
        return len(session.scalars(held).all())


def test_terminated_connections_are_survived_and_caught_up(
    tmp_path: Path, site: Site, spawn: Callable[..., DaemonProcess], pg: tuple[str, str, Engine]
) -> None:
    url, app, engine = pg
    names = channel_names(4)
    site.delay = 0.05
    config = write_config(tmp_path / "config", names)
    process = spawn(config, url)
    wait_for(lambda: "started" in process.output(), 60, "the daemon to start")
    killed = 0
    for _ in range(6):
        for name in names:
            site.add_posts(name, 7)
        make_due(engine)
        time.sleep(0.6)
        killed += terminate_backends(app)
    assert killed > 0
    wait_for(lambda: all_stored(engine, site), 40, "the daemon to catch up")
    assert process.alive()
    process.signal(signal.SIGTERM)
    assert process.wait(15) == 0
    assert overlapping_polls(engine) == []


def test_two_workers_never_poll_one_channel_at_once_and_take_over(
    tmp_path: Path, site: Site, spawn: Callable[..., DaemonProcess], pg: tuple[str, str, Engine]
) -> None:
    url, _, engine = pg
    names = channel_names(8)
    site.delay = 0.1
    config = write_config(tmp_path / "config", names, {"lease_seconds": 5})
    for name in names:
        site.add_posts(name, 5)
    first, second = spawn(config, url), spawn(config, url)
    for process in (first, second):
        wait_for(lambda p=process: "started" in p.output(), 60, "both daemons to start")
    for _ in range(4):
        for name in names:
            site.add_posts(name, 5)
        make_due(engine)
        time.sleep(1.5)
    wait_for(lambda: all_stored(engine, site), 30, "both workers to catch up")
    assert "polled:" in first.output() and "polled:" in second.output()
    assert overlapping_polls(engine) == []

    # One worker dies holding leases; the other polls everything after the leases expire.
    site.delay = 1.0  # polls now take seconds: the kill lands while leases are held
    make_due(engine)
    wait_for(lambda: leases_held(engine) > 0, 10, "leases to be taken")
    first.kill9()
    site.delay = 0.1
    for name in names:
        site.add_posts(name, 5)
    make_due(engine)
    wait_for(lambda: all_stored(engine, site), 40, "the survivor to take over")
    assert second.alive()
    assert overlapping_polls(engine) == []
