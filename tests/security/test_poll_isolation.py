"""An unexpected error in one poll (a parser bug, a value the store refuses) is that channel's
failure: recorded with backoff, its lease handed back, the other channels polled (security
review, finding 7)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select

from monitor.config import Settings
from monitor.domain import FetchedPost, FetchResult, utcnow
from monitor.errors import RateLimited
from monitor.runtime.jobs import Sources, poll_channel, prepare_channels
from monitor.runtime.leases import lease_channel
from monitor.store.db import session_scope
from monitor.store.models import Channel, PollRun
from tests.runtime.test_jobs import ScriptedSource, channel, posts


class Crashing(ScriptedSource):
    """Raises what a source bug would: not a SourceError."""

    async def fetch(self, channel):  # type: ignore[no-untyped-def]
        if channel.username == "mod_russia":
            raise ValueError("Python int too large to convert to C int")
        return await super().fetch(channel)


def test_an_unexpected_error_is_recorded_and_the_lease_released(
    engine: Engine, settings: Settings
) -> None:
    prepare_channels(engine, settings)
    names = [c.username for c in settings.channels if c.enabled]
    script: dict[str, list] = {n: [posts(n, 1, 2)] for n in names}
    source = Crashing(script)
    sources = Sources(settings, {"seed": source})
    now = utcnow()
    with session_scope(engine) as session:
        ids = {c.username: c.id for c in session.scalars(select(Channel))}
        assert lease_channel(session, ids["mod_russia"], "w1", now, 300)

    async def run() -> list:
        return [await poll_channel(engine, settings, sources, ids[n], owner="w1") for n in names]

    outcomes = asyncio.run(run())
    [bad] = [o for o in outcomes if o.error]
    assert bad.channel == "mod_russia" and "ValueError" in bad.error
    failed = channel(engine, "mod_russia")
    assert failed.failures == 1 and "too large" in (failed.last_error or "")
    assert failed.lease_owner is None and failed.next_poll_at is not None
    assert channel(engine, "butusov_plus").high_water == 2
    with session_scope(engine) as session:
        assert "running" not in set(session.scalars(select(PollRun.status)))


def test_a_value_the_store_refuses_is_the_channels_failure(
    engine: Engine, settings: Settings
) -> None:
    prepare_channels(engine, settings)
    t0 = datetime(2025, 3, 9, tzinfo=UTC)
    huge = FetchResult([FetchedPost("mod_russia", 1, t0, "x", views=10**30)], high_water=1)
    source = ScriptedSource({"mod_russia": [huge], "butusov_plus": [posts("butusov_plus", 1)]})
    sources = Sources(settings, {"seed": source})
    with session_scope(engine) as session:
        ids = {c.username: c.id for c in session.scalars(select(Channel))}

    async def run() -> list:
        return [
            await poll_channel(engine, settings, sources, ids[n])
            for n in ("mod_russia", "butusov_plus")
        ]

    bad, good = asyncio.run(run())
    assert bad.error and "could not store" in bad.error and good.error is None
    assert channel(engine, "mod_russia").failures == 1
    assert channel(engine, "mod_russia").high_water == 0


def test_an_absurd_retry_after_waits_at_most_a_week(engine: Engine, settings: Settings) -> None:
    prepare_channels(engine, settings)
    source = ScriptedSource({"mod_russia": [RateLimited("mod_russia", float("inf"))]})
    with session_scope(engine) as session:
        cid = session.scalars(select(Channel.id).where(Channel.username == "mod_russia")).one()
    before = utcnow()
    asyncio.run(poll_channel(engine, settings, Sources(settings, {"seed": source}), cid))
    wait = channel(engine, "mod_russia").next_poll_at
    assert wait is not None
    assert wait.replace(tzinfo=UTC) - before <= timedelta(days=7, minutes=1)
