"""The `rule_failures` table: alert rules whose digest job raised, until it next succeeds.

One rule's bad post or setting does not hold the other rules (the digest job goes on), but it
must not pass unseen either: `monitor status` lists these rows and reports unhealthy."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, CursorResult, delete, func, insert, select, update

from monitor.store.tables import rule_failures

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_ERROR = 2000


def record_rule_failure(session: Session, rule: str, error: str, now: datetime) -> None:
    """Count one more failure of `rule` (the first makes its row), in the caller's transaction
    (one digest job at a time writes a rule's row)."""
    row = rule_failures.c
    error = error[:MAX_ERROR]
    counted = session.execute(
        update(rule_failures)
        .where(row.rule == rule)
        .values(failures=func.coalesce(row.failures, 0) + 1, last_error=error, last_error_at=now)
    )
    assert isinstance(counted, CursorResult)
    if not counted.rowcount:
        session.execute(
            insert(rule_failures).values(rule=rule, failures=1, last_error=error, last_error_at=now)
        )


def clear_rule_failure(session: Session, rule: str) -> None:
    session.execute(delete(rule_failures).where(rule_failures.c.rule == rule))


def failing_rules(
    session: Session | Connection, rules: Iterable[str] | None = None
) -> list[dict[str, object]]:
    """Failing rules (only those named in `rules` when given: a rule removed from alerts.toml
    no longer counts), by name: failures in a row, last error and its time."""
    column = rule_failures.c
    query = select(column.rule, column.failures, column.last_error, column.last_error_at).order_by(
        column.rule
    )
    if rules is not None:
        query = query.where(column.rule.in_(list(rules)))
    return [
        {
            "rule": row.rule,
            "failures": row.failures,
            "last_error": row.last_error,
            "last_error_at": row.last_error_at.isoformat(),
        }
        for row in session.execute(query)
    ]
