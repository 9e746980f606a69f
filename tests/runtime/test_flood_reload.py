"""A flood wait delays only its channel; config changes apply without a restart."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from monitor.domain import utcnow
from monitor.store.db import make_engine, session_scope
from monitor.store.models import Channel
from tests.runtime.harness import (
    DaemonProcess,
    Site,
    all_stored,
    channel_names,
    make_due,
    sqlite_database,
    wait_for,
    write_channels,
    write_config,
)


def test_a_flood_wait_delays_only_that_channel(
    tmp_path: Path, site: Site, spawn: Callable[..., DaemonProcess]
) -> None:
    names = channel_names(3)
    flooded = names[0]
    for name in names:
        site.add_posts(name, 10)
    site.flooded.add(flooded)
    config = write_config(tmp_path / "config", names)
    url = sqlite_database(tmp_path)
    engine = make_engine(url)
    process = spawn(config, url)

    def row(name: str) -> Channel:
        with session_scope(engine) as session:
            return session.scalars(select(Channel).where(Channel.username == name)).one()

    wait_for(lambda: "started" in process.output(), 60, "the daemon to start")
    wait_for(lambda: row(flooded).failures > 0, 20, "the flood wait to be recorded")
    flood = row(flooded)
    assert "rate limited" in (flood.last_error or "")
    assert flood.next_poll_at is not None
    assert flood.next_poll_at > utcnow() + timedelta(seconds=500)  # Retry-After: 600
    others = {name: site.served[name] for name in names[1:]}
    wait_for(lambda: all(row(n).high_water == others[n] for n in others), 20, "the others polled")
    for _ in range(2):  # the others keep being polled; the flooded channel is left alone
        for name in names[1:]:
            site.add_posts(name, 3)
        with session_scope(engine) as session:
            session.execute(
                Channel.__table__.update()
                .where(Channel.username != flooded)
                .values(next_poll_at=None)
            )
        wait_for(
            lambda: all(row(n).high_water == site.served[n] for n in names[1:]), 20, "a new poll"
        )
    assert site.request_count(flooded) == 1
    process.signal(signal.SIGTERM)
    assert process.wait(15) == 0
    engine.dispose()


def test_config_reload_adds_channels_and_refuses_a_broken_file(
    tmp_path: Path, site: Site, spawn: Callable[..., DaemonProcess]
) -> None:
    first, added = channel_names(2)
    site.add_posts(first, 5)
    site.add_posts(added, 6)
    config = write_config(tmp_path / "config", [first], {"reload_seconds": 1})
    url = sqlite_database(tmp_path)
    engine = make_engine(url)
    process = spawn(config, url)
    wait_for(lambda: "started" in process.output(), 60, "the daemon to start")
    write_channels(config, [first, added])  # picked up by the periodic reload
    wait_for(lambda: all_stored(engine, site), 20, "the added channel to be polled")

    (config / "channels.toml").write_text('[[channels]]\nusername = "x"\n', encoding="utf-8")
    process.signal(signal.SIGHUP)
    wait_for(lambda: "new configuration refused" in process.output(), 10, "the refusal")
    assert "channels.toml" in process.output()
    site.add_posts(first, 4)
    make_due(engine)
    wait_for(lambda: all_stored(engine, site), 20, "polls to go on with the old config")
    assert process.alive()
    time.sleep(0.1)
    process.signal(signal.SIGTERM)
    assert process.wait(15) == 0
    engine.dispose()
