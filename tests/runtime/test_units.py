"""Leases, health, triggers and metrics, in-process against real SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, select, update

from monitor.config import AlertRule
from monitor.errors import DatabaseLocked
from monitor.runtime.health import daemon_health
from monitor.runtime.leases import leader_lock, lease_channel, next_chance, renew
from monitor.runtime.metrics import Metrics
from monitor.runtime.process import SingleWriterLock
from monitor.runtime.scheduling import is_due, next_run, retry_delay
from monitor.store.db import session_scope
from monitor.store.models import Channel, PollRun
from monitor.store.workers import beat, register, stop

T0 = datetime(2025, 3, 9, 12, tzinfo=UTC)


def _channel(engine: Engine, name: str = "chan000") -> int:
    with session_scope(engine) as session:
        row = Channel(username=name, source="web", side="ru", high_water=0, failures=0)
        session.add(row)
        session.flush()
        return row.id


def _lease(engine: Engine, cid: int, owner: str, now: datetime, seconds: int = 60) -> bool:
    with session_scope(engine) as session:
        return lease_channel(session, cid, owner, now, seconds)


def test_a_lease_keeps_other_workers_out_until_it_expires(engine: Engine) -> None:
    cid = _channel(engine)
    assert _lease(engine, cid, "a", T0)
    assert not _lease(engine, cid, "b", T0 + timedelta(seconds=59))
    assert _lease(engine, cid, "a", T0 + timedelta(seconds=30))  # its own: renewable
    with session_scope(engine) as session:
        assert next_chance(session, cid, "b") == T0 + timedelta(seconds=90)
        assert renew(session, "a", [cid], T0 + timedelta(seconds=80), 60) == 1
    assert not _lease(engine, cid, "b", T0 + timedelta(seconds=100))
    assert _lease(engine, cid, "b", T0 + timedelta(seconds=141))  # "a" died: taken over


def test_taking_over_marks_the_dead_workers_run_abandoned(engine: Engine) -> None:
    cid = _channel(engine)
    assert _lease(engine, cid, "a", T0)
    with session_scope(engine) as session:
        session.add(PollRun(channel_id=cid, status="running", started_at=T0))
    assert _lease(engine, cid, "b", T0 + timedelta(minutes=5))
    with session_scope(engine) as session:
        run = session.scalars(select(PollRun)).one()
    assert run.status == "abandoned" and run.finished_at == T0 + timedelta(minutes=5)
    assert "a stopped mid-poll" in (run.error or "")


def test_only_due_enabled_channels_are_leased(engine: Engine) -> None:
    cid = _channel(engine)
    with session_scope(engine) as session:
        session.execute(update(Channel).values(next_poll_at=T0 + timedelta(minutes=10)))
    assert not _lease(engine, cid, "a", T0)
    assert _lease(engine, cid, "a", T0 + timedelta(minutes=10))
    with session_scope(engine) as session:
        session.execute(update(Channel).values(enabled=False, lease_owner=None))
        assert next_chance(session, cid, "a") is None
    assert not _lease(engine, cid, "a", T0 + timedelta(hours=1))


def test_the_leader_lock_admits_one_holder(engine: Engine) -> None:
    with leader_lock(engine, "outbox") as first:
        assert first
        with leader_lock(engine, "outbox") as second:
            assert second == (engine.dialect.name == "sqlite")  # SQLite: the file lock rules


def test_health_follows_the_heartbeat_and_the_channels(engine: Engine) -> None:
    with session_scope(engine) as session:
        assert daemon_health(session, 60, T0).healthy  # no daemon ever ran: nothing to check
        cid = _channel(engine)
        register(session, "w1", T0)
    with session_scope(engine) as session:
        assert daemon_health(session, 60, T0 + timedelta(seconds=100)).healthy
        late = daemon_health(session, 60, T0 + timedelta(seconds=181))
        assert not late.healthy and "no daemon heartbeat for 181s" in late.problems[0]
        # `monitor status` does not call a worker without a recent heartbeat live
        assert not late.heartbeat_fresh(late.workers[0])
        on_time = daemon_health(session, 60, T0 + timedelta(seconds=100))
        assert on_time.heartbeat_fresh(on_time.workers[0])
        beat(session, "w1", T0 + timedelta(seconds=170))
        assert daemon_health(session, 60, T0 + timedelta(seconds=181)).healthy
        session.execute(update(Channel).where(Channel.id == cid).values(failures=3))
        failing = daemon_health(session, 60, T0 + timedelta(seconds=181))
        assert failing.problems == ["every enabled channel (1) is failing"]
        stop(session, "w1", T0 + timedelta(seconds=200))
        stopped = daemon_health(session, 60, T0 + timedelta(seconds=201))
        assert "no daemon is running (the last one stopped)" in stopped.problems


def test_next_run_is_never_in_the_past_and_spreads_by_jitter() -> None:
    assert next_run(T0 - timedelta(hours=1), T0, 0, 60) == T0
    runs = {next_run(T0, T0, 30, 900) for _ in range(20)}
    assert all(T0 <= r <= T0 + timedelta(seconds=30) for r in runs) and len(runs) > 1
    assert next_run(None, T0, 0, 60) == T0


def test_retry_delay_grows_and_is_capped() -> None:
    assert 1.6 <= retry_delay(1, 300) <= 2
    assert 12.8 <= retry_delay(4, 300) <= 16
    assert retry_delay(30, 300) <= 300


def test_a_rule_is_due_when_its_schedule_fired_since_its_last_digest() -> None:
    every = AlertRule(name="r", schedule="every 30m")
    assert is_due(every, None, T0)  # never made a digest
    assert not is_due(every, T0 - timedelta(minutes=29), T0)
    assert is_due(every, T0 - timedelta(minutes=30), T0)
    cron = AlertRule(name="c", schedule="0 8 * * *")  # 08:00 UTC daily; T0 is 12:00
    assert is_due(cron, T0 - timedelta(hours=5), T0)
    assert not is_due(cron, T0 - timedelta(hours=3), T0)
    assert is_due(AlertRule(name="i"), T0, T0)


def test_a_second_lock_holder_is_refused_with_exit_code_4(tmp_path: Path) -> None:
    first, second = SingleWriterLock(tmp_path / "m.lock"), SingleWriterLock(tmp_path / "m.lock")
    first.acquire()
    with pytest.raises(DatabaseLocked, match="pid ") as refused:
        second.acquire()
    assert refused.value.exit_code == 4
    first.release()
    second.acquire()
    second.release()


def test_metrics_are_served_in_the_prometheus_format() -> None:
    metrics = Metrics()
    metrics.inc("monitor_polls_total", outcome="ok")
    metrics.inc("monitor_polls_total", 2, outcome="failed")
    metrics.inc("monitor_flood_waits_total")
    metrics.observe("poll", 0.5)

    async def scrape() -> str:
        server = await metrics.serve("127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        try:
            async with httpx.AsyncClient() as client:
                return (await client.get(f"http://127.0.0.1:{port}/metrics")).text
        finally:
            server.close()
            await server.wait_closed()

    body = asyncio.run(scrape())
    assert 'monitor_polls_total{outcome="failed"} 2' in body
    assert 'monitor_polls_total{outcome="ok"} 1' in body
    assert "monitor_flood_waits_total 1" in body
    assert 'monitor_job_seconds_count{job="poll"} 1' in body
    assert "# TYPE monitor_polls_total counter" in body
    # unlabelled counters are there before their first event (issue 14, first-hour README 11)
    assert "monitor_digests_total 0" in body and "monitor_posts_analyzed_total 0" in body


def test_the_daemon_section_is_read_and_checked(tmp_path: Path) -> None:
    from monitor.config import load_settings
    from monitor.errors import ConfigError

    (tmp_path / "monitor.toml").write_text("[daemon]\nconcurrency = 16\nlease_seconds = 60\n")
    settings = load_settings(tmp_path, env={})
    assert settings.daemon.concurrency == 16 and settings.daemon.lease_seconds == 60
    (tmp_path / "monitor.toml").write_text("[daemon]\nconcurrency = 0\n")
    with pytest.raises(ConfigError, match=r"monitor\.toml: daemon\.concurrency"):
        load_settings(tmp_path, env={})


def test_with_the_defaults_a_dead_workers_channels_return_within_a_minute(engine: Engine) -> None:
    from monitor.config import DaemonSettings

    daemon = DaemonSettings()
    assert daemon.heartbeat_seconds * 3 <= daemon.lease_seconds  # renewed well before expiry
    cid = _channel(engine)
    assert _lease(engine, cid, "a", T0, daemon.lease_seconds)
    # "a" keeps polling: its heartbeats renew the lease, so "b" never gets the channel.
    beat = T0
    for _ in range(10):
        beat += timedelta(seconds=daemon.heartbeat_seconds)
        with session_scope(engine) as session:
            assert renew(session, "a", [cid], beat, daemon.lease_seconds) == 1
        assert not _lease(engine, cid, "b", beat + timedelta(seconds=1), daemon.lease_seconds)
    # "a" is killed right after its last heartbeat: "b" may take the channel within a minute.
    with session_scope(engine) as session:
        chance = next_chance(session, cid, "b")
    assert chance is not None and chance - beat <= timedelta(seconds=60)
    assert _lease(engine, cid, "b", chance, daemon.lease_seconds)
