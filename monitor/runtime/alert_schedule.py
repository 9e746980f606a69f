"""When a rule's next digest is due: `immediate` (every cycle), `every 30m`, or a cron line.

The daemon runs the digest job every cycle; a rule is due when its schedule fired since that
rule's last digest. A rule that never made a digest is due at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor.config import EVERY_RE, AlertRule

UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}


def is_due(rule: AlertRule, last: datetime | None, now: datetime) -> bool:
    if rule.schedule == "immediate" or last is None:
        return True
    every = EVERY_RE.match(rule.schedule)
    if every:
        return now - last >= timedelta(**{UNITS[every.group(2)]: int(every.group(1))})
    from apscheduler.triggers.cron import CronTrigger

    trigger = CronTrigger.from_crontab(rule.schedule, timezone=rule.timezone or UTC)
    fire = trigger.get_next_fire_time(None, last.astimezone(UTC) + timedelta(seconds=1))
    return fire is not None and fire <= now
