"""When the daemon's jobs run: triggers, due times and delays (pure: no database, no event loop).

- a channel's poll: every `poll_interval_seconds` (or `[poll].interval_seconds`) with jitter;
  after each poll the job is moved to the channel's `next_poll_at` (which carries the source's
  backoff and flood waits), so the database, not the scheduler, is the truth;
- an alert rule's digest: `immediate` (after each analysis); `every 30m` and cron lines are
  checked against the rule's last digest by `is_due`;
- a retry after a database error: exponential, capped, with jitter (`retry_delay`).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from monitor.backoff import backoff
from monitor.config import EVERY_RE, AlertRule, Settings

UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


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
    """Seconds before retrying a job that hit a database error: 2, 4, 8 ... up to `cap`, less
    up to a fifth at random so that jobs failing together do not retry together."""
    delay = backoff(max(attempt - 1, 0), base=base, cap=cap)
    return delay * random.uniform(0.8, 1.0)


def is_due(rule: AlertRule, last: datetime | None, now: datetime) -> bool:
    """Whether a rule's digest is due: its schedule (`immediate`, `every 30m` or a cron line)
    fired since the rule's last digest. A rule that never made a digest is due at once."""
    if rule.schedule == "immediate" or last is None:
        return True
    every = EVERY_RE.match(rule.schedule)
    if every:
        return now - last >= timedelta(**{UNITS[every.group(2)]: int(every.group(1))})
    trigger = CronTrigger.from_crontab(rule.schedule, timezone=rule.timezone or UTC)
    fire = trigger.get_next_fire_time(None, last.astimezone(UTC) + timedelta(seconds=1))
    return fire is not None and fire <= now


def immediate_rules(settings: Settings) -> list[AlertRule]:
    return [r for r in settings.alerts.rules if r.schedule == "immediate"]


def scheduled_rules(settings: Settings) -> list[AlertRule]:
    return [r for r in settings.alerts.rules if r.schedule != "immediate"]


def restart_needed(old: Settings, new: Settings) -> list[str]:
    """Sections whose change a reload cannot apply (the sources and the database stay open)."""
    sections = ("monitor", "web", "telegram", "daemon")
    return [name for name in sections if getattr(old, name) != getattr(new, name)]
