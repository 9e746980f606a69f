"""Triggers and delays for the daemon's jobs (pure: no database, no event loop).

- a channel's poll: every `poll_interval_seconds` (or `[poll].interval_seconds`) with jitter;
  after each poll the job is moved to the channel's `next_poll_at` (which carries the source's
  backoff and flood waits), so the database, not the scheduler, is the truth;
- an alert rule's digest: `immediate` (after each analysis); `every 30m` and cron lines are
  checked against the rule's last digest by `monitor.runtime.alert_schedule.is_due`;
- a retry after a database error: exponential, capped, with jitter.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from apscheduler.triggers.interval import IntervalTrigger

from monitor.config import AlertRule, Settings


def poll_interval(settings: Settings, configured: int | None) -> int:
    return configured or settings.poll.interval_seconds


def poll_trigger(interval: int, jitter: int) -> IntervalTrigger:
    """The fallback cadence of a channel's job (the job reschedules itself after each run)."""
    return IntervalTrigger(seconds=interval, jitter=min(jitter, interval // 2) or None)


def next_run(when: datetime | None, now: datetime, jitter: int, interval: int) -> datetime:
    """When a channel's job should run next: at `when` (never in the past) plus jitter, so
    channels that fell due together spread out instead of stampeding one host."""
    base = max(when or now, now)
    spread = min(jitter, interval // 2)
    return base + timedelta(seconds=random.uniform(0, spread)) if spread else base


def retry_delay(attempt: int, cap: float, base: float = 2.0) -> float:
    """Seconds before retrying a job that hit a database error: 2, 4, 8 ... up to `cap`."""
    delay = min(base * 2 ** max(attempt - 1, 0), cap)
    return delay * random.uniform(0.8, 1.0)


def immediate_rules(settings: Settings) -> list[AlertRule]:
    return [r for r in settings.alerts.rules if r.schedule == "immediate"]


def scheduled_rules(settings: Settings) -> list[AlertRule]:
    return [r for r in settings.alerts.rules if r.schedule != "immediate"]


def restart_needed(old: Settings, new: Settings) -> list[str]:
    """Sections whose change a reload cannot apply (the sources and the database stay open)."""
    sections = ("monitor", "web", "telegram", "daemon")
    return [name for name in sections if getattr(old, name) != getattr(new, name)]
