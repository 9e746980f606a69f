"""The `workers` table: one row per `monitor run` process, with its heartbeat.

A worker's id is also what it writes into `channels.lease_owner`, so `monitor status` can say
which process polls which channel and whether that process is still alive."""

from __future__ import annotations

import os
import socket
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Connection, CursorResult, delete, insert, select, update

from monitor.domain import utcnow
from monitor.store.tables import channels, poll_runs, workers

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def new_worker_id() -> str:
    """`host:pid:random`: readable in `lease_owner`, unique across restarts and hosts."""
    return f"{socket.gethostname()[:80]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def register(session: Session, worker_id: str, now: datetime | None = None) -> None:
    now = now or utcnow()
    host, pid = worker_id.split(":")[0], os.getpid()
    session.execute(
        insert(workers).values(id=worker_id, host=host, pid=pid, started_at=now, heartbeat_at=now)
    )


def beat(session: Session, worker_id: str, now: datetime | None = None) -> None:
    session.execute(
        update(workers).where(workers.c.id == worker_id).values(heartbeat_at=now or utcnow())
    )


def stop(session: Session, worker_id: str, now: datetime | None = None) -> None:
    """Mark the worker stopped and hand back every lease it still holds."""
    now = now or utcnow()
    session.execute(
        update(workers).where(workers.c.id == worker_id).values(stopped_at=now, heartbeat_at=now)
    )
    session.execute(
        update(channels)
        .where(channels.c.lease_owner == worker_id)
        .values(lease_owner=None, lease_expires_at=None)
    )


def reap_dead(session: Session, now: datetime | None = None) -> None:
    """Every worker is dead (SQLite: this process holds the single-writer lock): mark them
    stopped and free their leases, instead of waiting for the leases to expire."""
    now = now or utcnow()
    session.execute(update(workers).where(workers.c.stopped_at.is_(None)).values(stopped_at=now))
    session.execute(
        update(channels)
        .where(channels.c.lease_owner.is_not(None))
        .values(lease_owner=None, lease_expires_at=None)
    )


@dataclass(frozen=True, slots=True)
class WorkerRow:
    id: str
    host: str
    pid: int
    started_at: datetime
    heartbeat_at: datetime
    stopped_at: datetime | None
    channels_leased: int


def recent_workers(session: Session | Connection, limit: int = 20) -> list[WorkerRow]:
    """The newest workers first, each with how many channel leases it holds now."""
    owners = select(channels.c.lease_owner).where(channels.c.lease_owner.is_not(None))
    owner_ids: list[str] = list(session.scalars(owners))
    leased = Counter(owner_ids)
    worker = workers.c
    rows = session.execute(
        select(
            worker.id,
            worker.host,
            worker.pid,
            worker.started_at,
            worker.heartbeat_at,
            worker.stopped_at,
        )
        .order_by(worker.heartbeat_at.desc(), worker.id)
        .limit(limit)
    )
    return [
        WorkerRow(
            w.id, w.host, w.pid, w.started_at, w.heartbeat_at, w.stopped_at, leased.get(w.id, 0)
        )
        for w in rows
    ]


def prune(session: Session, older_than: datetime, poll_runs_before: datetime | None) -> int:
    """Forget stopped workers (and, with retention, poll runs) older than the given times."""
    statements = [
        delete(workers).where(workers.c.stopped_at.is_not(None), workers.c.stopped_at < older_than)
    ]
    if poll_runs_before is not None:
        statements.append(
            delete(poll_runs).where(
                poll_runs.c.status != "running", poll_runs.c.started_at < poll_runs_before
            )
        )
    removed = 0
    for statement in statements:
        result = session.execute(statement)
        assert isinstance(result, CursorResult)
        removed += result.rowcount or 0
    return removed


def stale_after(poll_interval: int) -> timedelta:
    """A worker with no heartbeat for three poll intervals is taken for dead."""
    return timedelta(seconds=3 * poll_interval)
