"""Is the daemon healthy? For `monitor status` and container health checks.

Unhealthy when a daemon has run on this database and either no worker has sent a heartbeat
within three poll intervals (it died, hangs, or was stopped), or every enabled channel is
failing; and whenever an alert rule's digest job is failing (`rule_failures`). A database no
daemon has ever run on is otherwise not unhealthy: there is nothing to check yet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from monitor.domain import utcnow
from monitor.store.rule_failures import failing_rules
from monitor.store.tables import channels
from monitor.store.workers import WorkerRow, recent_workers, stale_after

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

EXIT_UNHEALTHY = 5


@dataclass
class Health:
    healthy: bool
    problems: list[str] = field(default_factory=list)
    heartbeat_at: datetime | None = None
    workers: list[WorkerRow] = field(default_factory=list)
    checked_at: datetime | None = None
    stale_window: timedelta | None = None

    def heartbeat_fresh(self, worker: WorkerRow) -> bool:
        """Has `worker` sent a heartbeat recently enough to be called live?"""
        if self.checked_at is None or self.stale_window is None:
            return True
        return self.checked_at - worker.heartbeat_at <= self.stale_window

    def as_dict(self) -> dict[str, object]:
        return {
            "healthy": self.healthy,
            "problems": self.problems,
            "heartbeat_at": self.heartbeat_at.isoformat() if self.heartbeat_at else None,
            "workers": [
                {
                    "id": w.id,
                    "host": w.host,
                    "pid": w.pid,
                    "started_at": w.started_at.isoformat(),
                    "heartbeat_at": w.heartbeat_at.isoformat(),
                    "stopped_at": w.stopped_at.isoformat() if w.stopped_at else None,
                    "channels_leased": w.channels_leased,
                }
                for w in self.workers
            ],
        }


def daemon_health(
    session: Session | Connection,
    poll_interval: int,
    now: datetime | None = None,
    rules: Iterable[str] | None = None,
) -> Health:
    """`rules`: the alert rules in alerts.toml (a failure of a rule since removed is ignored;
    None counts every recorded one). A failing rule is a problem even where no daemon ran
    (`run --once`, `digest`)."""
    now = now or utcnow()
    problems = [
        f"digest rule {row['rule']!r} is failing ({row['failures']}x): {row['last_error']}"
        for row in failing_rules(session, rules)
    ]
    workers = recent_workers(session)
    if not workers:
        return Health(not problems, problems, None, [])
    live = [w for w in workers if w.stopped_at is None]
    heartbeat = max((w.heartbeat_at for w in live), default=None)
    window = stale_after(poll_interval)
    if heartbeat is None:
        problems.append("no daemon is running (the last one stopped)")
    elif now - heartbeat > window:
        age = round((now - heartbeat).total_seconds())
        problems.append(f"no daemon heartbeat for {age}s (more than 3 poll intervals)")
    enabled, failing = session.execute(
        select(
            func.count(),
            func.count().filter(channels.c.failures > 0),
        ).where(channels.c.enabled)
    ).one()
    if enabled and failing == enabled:
        problems.append(f"every enabled channel ({enabled}) is failing")
    return Health(not problems, problems, heartbeat, workers, now, window)
