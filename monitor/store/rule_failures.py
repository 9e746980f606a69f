"""The `rule_failures` table: alert rules whose digest job raised, until it next succeeds.

One rule's bad post or setting does not hold the other rules (the digest job goes on), but it
must not pass unseen either: `monitor status` lists these rows and reports unhealthy."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from monitor.store.models import RuleFailure

MAX_ERROR = 2000


def record_rule_failure(session: Session, rule: str, error: str, now: datetime) -> None:
    row = session.get(RuleFailure, rule)
    if row is None:
        row = RuleFailure(rule=rule, failures=0)
        session.add(row)
    row.failures = (row.failures or 0) + 1
    row.last_error, row.last_error_at = error[:MAX_ERROR], now


def clear_rule_failure(session: Session, rule: str) -> None:
    session.execute(delete(RuleFailure).where(RuleFailure.rule == rule))


def failing_rules(session: Session, rules: Iterable[str] | None = None) -> list[dict[str, object]]:
    """Failing rules (only those named in `rules` when given: a rule removed from alerts.toml
    no longer counts), by name: failures in a row, last error and its time."""
    query = select(RuleFailure).order_by(RuleFailure.rule)
    if rules is not None:
        query = query.where(RuleFailure.rule.in_(list(rules)))
    return [
        {
            "rule": row.rule,
            "failures": row.failures,
            "last_error": row.last_error,
            "last_error_at": row.last_error_at.isoformat(),
        }
        for row in session.scalars(query)
    ]
