"""Failing digest deliveries, for `monitor status`: apart from the outbox, whose imports (the
digest, rendering, the config models) `status` does not need and must not wait for."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.alerts.targets import target_label
from monitor.store.models import Delivery, Digest


def failing_deliveries(session: Session, limit: int = 20) -> list[dict[str, object]]:
    """Digest deliveries not sent yet that failed at least once: target (secrets masked),
    attempts, parts sent, last error, next retry."""
    rows = session.execute(
        select(Delivery, Digest.rule)
        .join(Digest, Digest.id == Delivery.digest_id)
        .where(Delivery.status != "sent", Delivery.last_error.is_not(None))
        .order_by(Delivery.id.desc())
        .limit(limit)
    ).all()
    return [
        {
            "digest": delivery.digest_id,
            "rule": rule,
            "target": target_label(delivery.target),
            "attempts": delivery.attempts,
            "parts_sent": delivery.parts_sent,
            "last_error": delivery.last_error,
            "next_attempt": delivery.next_attempt_at.isoformat()
            if delivery.next_attempt_at
            else None,
        }
        for delivery, rule in rows
    ]
