"""Failing digest deliveries, for `monitor status`: apart from the outbox, whose imports (the
digest, rendering, the config models) `status` does not need and must not wait for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, select

from monitor.alerts.targets import target_label
from monitor.store.tables import deliveries, digests

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def failing_deliveries(session: Session | Connection, limit: int = 20) -> list[dict[str, object]]:
    """Digest deliveries not sent yet that failed at least once: target (secrets masked),
    attempts, parts sent, last error, next retry."""
    delivery = deliveries.c
    rows = session.execute(
        select(
            delivery.digest_id,
            digests.c.rule,
            delivery.target,
            delivery.attempts,
            delivery.parts_sent,
            delivery.last_error,
            delivery.next_attempt_at,
        )
        .join(digests, digests.c.id == delivery.digest_id)
        .where(delivery.status != "sent", delivery.last_error.is_not(None))
        .order_by(delivery.id.desc())
        .limit(limit)
    ).all()
    return [
        {
            "digest": row.digest_id,
            "rule": row.rule,
            "target": target_label(row.target),
            "attempts": row.attempts,
            "parts_sent": row.parts_sent,
            "last_error": row.last_error,
            "next_attempt": row.next_attempt_at.isoformat() if row.next_attempt_at else None,
        }
        for row in rows
    ]
