"""Channel leases: which worker polls which channel, so two never poll one at once.

A worker leases a channel that is enabled, due (`next_poll_at` passed or never set) and not
leased by a live worker (no owner, its own, or an expired lease). On PostgreSQL the row is read
with `SELECT ... FOR UPDATE SKIP LOCKED`: two workers racing for one channel never block each
other, the loser simply skips it. On SQLite one writer process (the lock file) holds every lease.

The lease is released in the transaction that records the poll (`monitor.runtime.jobs`); a
worker that dies keeps it until `lease_expires_at`, then any worker takes the channel over. A
long poll is kept leased by the heartbeat (`renew`). Poll runs left `running` by a dead worker
are marked `abandoned` when the channel is taken over, so `poll_runs` never shows two runs at
once.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, CursorResult, Engine, or_, select, text, update
from sqlalchemy.orm import Session

from monitor.store.models import Channel, PollRun


def _free_for(owner: str, now: datetime) -> ColumnElement[bool]:
    return or_(
        Channel.lease_owner.is_(None),
        Channel.lease_owner == owner,
        Channel.lease_expires_at.is_(None),
        Channel.lease_expires_at <= now,
    )


def _due(now: datetime) -> ColumnElement[bool]:
    return or_(Channel.next_poll_at.is_(None), Channel.next_poll_at <= now)


def lease_channel(
    session: Session, channel_id: int, owner: str, now: datetime, lease_seconds: int
) -> bool:
    """Lease one channel if it is due and free; True when this worker now holds it."""
    row = session.execute(
        select(Channel.id, Channel.lease_owner)
        .where(Channel.id == channel_id, Channel.enabled, _due(now), _free_for(owner, now))
        .with_for_update(skip_locked=True)
    ).first()
    if row is None:
        return False
    session.execute(
        update(Channel)
        .where(Channel.id == channel_id)
        .values(lease_owner=owner, lease_expires_at=now + timedelta(seconds=lease_seconds))
    )
    previous = row.lease_owner or "an earlier run"
    session.execute(
        update(PollRun)
        .where(PollRun.channel_id == channel_id, PollRun.status == "running")
        .values(status="abandoned", finished_at=now, error=f"{previous} stopped mid-poll")
    )
    return True


def next_chance(session: Session, channel_id: int, owner: str) -> datetime | None:
    """When the channel may next be leased by `owner`: its next poll, or later when another
    worker's lease runs longer; None when it is disabled or gone (its job should go)."""
    row = session.execute(
        select(
            Channel.enabled, Channel.next_poll_at, Channel.lease_owner, Channel.lease_expires_at
        ).where(Channel.id == channel_id)
    ).first()
    if row is None or not row.enabled:
        return None
    moments = [m for m in (row.next_poll_at,) if m is not None]
    if row.lease_owner not in (None, owner) and row.lease_expires_at is not None:
        moments.append(row.lease_expires_at)
    return max(moments) if moments else None


def renew(
    session: Session, owner: str, channel_ids: list[int], now: datetime, lease_seconds: int
) -> int:
    """Extend this worker's leases on the channels it is polling right now."""
    if not channel_ids:
        return 0
    result = session.execute(
        update(Channel)
        .where(Channel.id.in_(channel_ids), Channel.lease_owner == owner)
        .values(lease_expires_at=now + timedelta(seconds=lease_seconds))
    )
    assert isinstance(result, CursorResult)
    return int(result.rowcount or 0)


@contextmanager
def leader_lock(engine: Engine, name: str) -> Iterator[bool]:
    """Run a job on one worker at a time: on PostgreSQL a session advisory lock keyed by the
    job and the schema (so databases sharing a server do not block each other); on SQLite the
    single-writer lock file already makes this process the only one. Yields False when another
    worker holds it (the caller skips this round)."""
    if engine.dialect.name != "postgresql":
        yield True
        return
    with engine.connect() as connection:
        schema = connection.execute(text("SELECT current_schema()")).scalar() or ""
        key = zlib.crc32(f"monitor:{schema}:{name}".encode()) - 2**31
        got = bool(connection.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())
        connection.commit()
        try:
            yield got
        finally:
            if got:
                connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                connection.commit()
