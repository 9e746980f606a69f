"""The poll job: posts and high-water mark together; source errors become channel state."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select

from monitor.config import Settings
from monitor.domain import ChannelState, FetchedPost, FetchResult, utcnow
from monitor.errors import ChannelUnavailable, RateLimited, SourceError
from monitor.runtime.jobs import Sources, poll_all, poll_backoff, prepare_channels
from monitor.runtime.leases import lease_channel
from monitor.store.db import session_scope
from monitor.store.models import Channel, PollRun, Post


class ScriptedSource:
    """A source at the outer I/O boundary: answers each fetch from a script."""

    kind = "seed"

    def __init__(self, script: dict[str, list[FetchResult | SourceError]]) -> None:
        self.script = script
        self.seen: list[ChannelState] = []

    async def fetch(self, channel: ChannelState) -> FetchResult:
        self.seen.append(channel)
        step = self.script[channel.username].pop(0)
        if isinstance(step, SourceError):
            raise step
        return step

    async def aclose(self) -> None:
        return None


def posts(channel: str, *ids: int) -> FetchResult:
    t0 = datetime(2025, 3, 9, tzinfo=UTC)
    return FetchResult([FetchedPost(channel, i, t0, f"пост {i}") for i in ids], high_water=max(ids))


def poll(engine: Engine, settings: Settings, source: ScriptedSource) -> list:
    return asyncio.run(poll_all(engine, settings, Sources(settings, {"seed": source})))


def channel(engine: Engine, name: str) -> Channel:
    with session_scope(engine) as session:
        return session.scalars(select(Channel).where(Channel.username == name)).one()


def test_one_failing_channel_does_not_stop_the_others(engine: Engine, settings: Settings) -> None:
    prepare_channels(engine, settings)
    names = [c.username for c in settings.channels if c.enabled]
    script: dict[str, list] = {n: [posts(n, 1, 2)] for n in names}
    script["mod_russia"] = [ChannelUnavailable("mod_russia", "no public preview")]
    outcomes = poll(engine, settings, ScriptedSource(script))
    assert [o.error for o in outcomes if o.error] == ["channel mod_russia: no public preview"]
    failed = channel(engine, "mod_russia")
    assert failed.failures == 1 and failed.last_error == "channel mod_russia: no public preview"
    assert failed.next_poll_at is not None and failed.high_water == 0
    ok = channel(engine, "butusov_plus")
    assert (ok.failures, ok.high_water, ok.last_error) == (0, 2, None)
    with session_scope(engine) as session:
        statuses = sorted(session.scalars(select(PollRun.status)))
        assert statuses.count("failed") == 1 and statuses.count("ok") == len(names) - 1


def test_rate_limit_reschedules_after_the_wait(engine: Engine, settings: Settings) -> None:
    prepare_channels(engine, settings)
    source = ScriptedSource({"butusov_plus": [RateLimited("butusov_plus", 3600)]})
    before = datetime.now(UTC)
    asyncio.run(
        poll_all(
            engine,
            settings,
            Sources(settings, {"seed": source}),
            [channel(engine, "butusov_plus").id],
        )
    )
    row = channel(engine, "butusov_plus")
    assert row.next_poll_at is not None
    assert row.next_poll_at >= before + timedelta(seconds=3599)
    with session_scope(engine) as session:  # no worker takes it before the wait is over
        assert not lease_channel(session, row.id, "worker", utcnow(), 60)


def test_failures_back_off_and_recover(engine: Engine, settings: Settings) -> None:
    prepare_channels(engine, settings)
    cid = channel(engine, "ssternenko").id
    errors: list = [SourceError("ssternenko", "timeout")] * 3
    source = ScriptedSource({"ssternenko": [*errors, posts("ssternenko", 5)]})
    sources = Sources(settings, {"seed": source})
    for _ in range(3):
        asyncio.run(poll_all(engine, settings, sources, [cid]))
    assert channel(engine, "ssternenko").failures == 3
    asyncio.run(poll_all(engine, settings, sources, [cid]))
    row = channel(engine, "ssternenko")
    assert (row.failures, row.last_error, row.high_water) == (0, None, 5)
    assert source.seen[-1].high_water == 0


def test_backoff_grows_and_is_capped() -> None:
    assert poll_backoff(1, 60) == timedelta(seconds=120)
    assert poll_backoff(3, 60) == timedelta(seconds=480)
    assert poll_backoff(50, 900) == timedelta(hours=6)


def test_high_water_is_passed_to_the_next_fetch(engine: Engine, settings: Settings) -> None:
    prepare_channels(engine, settings)
    cid = channel(engine, "mod_russia").id
    source = ScriptedSource({"mod_russia": [posts("mod_russia", 10, 11), posts("mod_russia", 12)]})
    sources = Sources(settings, {"seed": source})
    asyncio.run(poll_all(engine, settings, sources, [cid]))
    asyncio.run(poll_all(engine, settings, sources, [cid]))
    assert [s.high_water for s in source.seen] == [0, 11]
    with session_scope(engine) as session:
        assert sorted(session.scalars(select(Post.message_id))) == [10, 11, 12]


def test_unconfigured_source_is_a_channel_error(engine: Engine, config_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from monitor.config import load_settings

    (config_dir / "channels.toml").write_text(
        "[[channels]]\nusername = 'rybar'\nsource = 'telegram'\nside = 'ru'\n", encoding="utf-8"
    )
    settings = load_settings(
        config_dir,
        env={
            "MONITOR_DATABASE_URL": str(engine.url.render_as_string(hide_password=False)),
            "MONITOR_DATA_DIR": str(tmp_path / "data"),
        },
    )
    prepare_channels(engine, settings)
    [outcome] = asyncio.run(poll_all(engine, settings, Sources(settings)))
    assert outcome.error is not None and "MONITOR_TELEGRAM_API_ID" in outcome.error
    assert channel(engine, "rybar").failures == 1
