"""The outbox: a digest, its items and each target's rendered parts are committed first; then
each target is sent its parts in order, and every accepted part is committed (`parts_sent`)
before the next is tried. A delivery is `sent` only when its target accepted every part.

A crash before a part was accepted re-sends that part only (the same bytes, with the same
idempotency key where the service takes headers); parts already accepted are never sent again,
and other targets are not touched. A delivery being sent is leased (`status='sending'`,
`next_attempt_at` = the end of the lease) by one conditional UPDATE, so two processes never
send it at once; a lease left by a killed process expires and the delivery is retried.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.orm import Session

from monitor.alerts.digest import DigestView, build_digest, flag_signature
from monitor.alerts.render import render, split
from monitor.alerts.select import Selection, corroboration, post_state
from monitor.alerts.targets import (
    install_secret_filter,
    is_local,
    rule_secrets,
    send_apprise,
    send_local,
    size_limit,
    target_label,
)
from monitor.backoff import backoff
from monitor.config import AlertRule, Settings
from monitor.domain import utcnow
from monitor.errors import DeliveryError
from monitor.store.db import session_scope
from monitor.store.entries import load_entries
from monitor.store.models import Delivery, Digest, DigestItem

log = logging.getLogger(__name__)
EXTENSIONS = {"text": "txt", "markdown": "md", "html": "html"}
MAX_RETRY_DELAY = timedelta(hours=1)


def zone_of(rule: AlertRule, settings: Settings) -> str:
    return rule.timezone or settings.monitor.timezone


def payload_for(
    view: DigestView, rule: AlertRule, target: str, settings: Settings
) -> dict[str, Any]:
    """The digest rendered and split for one target, as it is stored and sent."""
    rendered = render(view, rule.format, zone_of(rule, settings), rule.language)
    title = rendered.title
    limit = None if is_local(target) else size_limit(target, title)
    return {"format": rule.format, "title": title, "parts": split(rendered, limit)}


def create_digest(
    session: Session, rule: AlertRule, selection: Selection, settings: Settings, now: datetime
) -> int:
    """Record a digest of `selection` for `rule`: its items, and one pending delivery per
    target holding the parts to send. Nothing is sent here."""
    install_secret_filter(rule_secrets(settings.alerts.rules))  # Apprise logs URLs at DEBUG
    view = build_digest(rule.name, selection.entries, now, selection.clusters, selection.updates)
    digest = Digest(rule=rule.name, created_at=now, item_count=view.count)
    session.add(digest)
    session.flush()
    rows = [
        {
            "digest_id": digest.id,
            "rule": rule.name,
            "post_id": entry.post_id,
            "kind": "new",
            "post_state": post_state(entry),
            "flag_signature": flag_signature(entry),
            "sent_text": entry.text,
        }
        for entry in selection.entries
    ]
    for item in selection.updates:
        deleted = item.change is not None and item.change.kind == "deleted"
        rows.append(
            {
                "digest_id": digest.id,
                "rule": rule.name,
                "post_id": item.entry.post_id,
                "kind": "update",
                "post_state": post_state(item.entry),
                "flag_signature": "|".join(item.change.old_flags)
                if deleted and item.change
                else flag_signature(item.entry),
                "sent_text": item.entry.text,
            }
        )
    if rows:
        session.execute(insert(DigestItem), rows)
    for raw, real in zip(rule.raw_targets, rule.targets, strict=True):
        session.add(
            Delivery(
                digest_id=digest.id,
                target=target_label(raw),  # never a URL with its password or token
                status="pending",
                attempts=0,
                parts_sent=0,
                payload=payload_for(view, rule, real, settings),
            )
        )
    session.flush()
    return digest.id


def _resolve(rule: AlertRule, stored: str) -> str | None:
    """The real URL of a delivery's target, stored as its label (or, in older rows, as written
    or expanded)."""
    found = rule.resolve_target(stored)
    if found is not None:
        return found
    for raw, real in zip(rule.raw_targets, rule.targets, strict=True):
        if target_label(raw) == stored:
            return real
    return None


def legacy_view(session: Session, digest_id: int) -> DigestView:
    """A digest committed before payloads were stored: rebuilt from its items."""
    digest = session.get_one(Digest, digest_id)
    post_ids = list(
        session.scalars(
            select(DigestItem.post_id)
            .where(DigestItem.digest_id == digest_id, DigestItem.kind == "new")
            .order_by(DigestItem.id)
        )
    )
    entries = load_entries(session, post_ids)
    return build_digest(digest.rule, entries, digest.created_at, corroboration(session, entries))


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0


@dataclass(frozen=True, slots=True)
class _Due:
    delivery_id: int
    digest_id: int
    target: str
    rule: str
    created_at: datetime


def _due(engine: Engine, now: datetime) -> list[_Due]:
    with session_scope(engine) as session:
        rows = session.execute(
            select(Delivery.id, Delivery.digest_id, Delivery.target, Digest.rule, Digest.created_at)
            .join(Digest, Digest.id == Delivery.digest_id)
            .where(
                Delivery.status.in_(("pending", "sending")),
                (Delivery.next_attempt_at.is_(None)) | (Delivery.next_attempt_at <= now),
            )
            .order_by(Delivery.id)
        ).all()
    return [_Due(*row) for row in rows]


def _claim(engine: Engine, delivery_id: int, now: datetime, lease: timedelta) -> bool:
    """Take the delivery for `lease`; False when another process holds it or it is done."""
    with session_scope(engine) as session:
        result = session.execute(
            update(Delivery)
            .where(
                Delivery.id == delivery_id,
                Delivery.status.in_(("pending", "sending")),
                (Delivery.next_attempt_at.is_(None)) | (Delivery.next_attempt_at <= now),
            )
            .values(
                status="sending",
                attempts=Delivery.attempts + 1,
                last_attempt_at=now,
                next_attempt_at=now + lease,
            )
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]


def deliver_pending(
    engine: Engine, settings: Settings, now: datetime | None = None
) -> DeliveryReport:
    """Try every pending delivery that is due; each outcome is committed on its own."""
    now = now or utcnow()
    rules = {r.name: r for r in settings.alerts.rules}
    install_secret_filter(rule_secrets(rules.values()))
    lease = timedelta(seconds=settings.alerts.delivery_lease_seconds)
    report = DeliveryReport()
    for due in _due(engine, now):
        rule = rules.get(due.rule)
        real = _resolve(rule, due.target) if rule else None
        if rule is None or real is None:
            continue  # the rule or target left alerts.toml; the delivery waits for it
        if not _claim(engine, due.delivery_id, now, lease):
            continue
        try:
            _send_parts(engine, settings, rule, due, real)
        except DeliveryError as exc:
            _record_failure(engine, due.delivery_id, str(exc))
            log.warning("delivery failed: %s", exc, extra={"job": "digest", "rule": due.rule})
            report.failed += 1
            continue
        report.sent += 1
    return report


def _payload(
    engine: Engine, settings: Settings, rule: AlertRule, due: _Due, real: str
) -> tuple[dict[str, Any], int]:
    with session_scope(engine) as session:
        delivery = session.get_one(Delivery, due.delivery_id)
        if delivery.payload is None:
            delivery.payload = payload_for(
                legacy_view(session, due.digest_id), rule, real, settings
            )
        return dict(delivery.payload), delivery.parts_sent


def _send_parts(engine: Engine, settings: Settings, rule: AlertRule, due: _Due, real: str) -> None:
    payload, done = _payload(engine, settings, rule, due, real)
    parts: list[str] = payload["parts"]
    stamp = due.created_at.strftime("%Y%m%dT%H%M%SZ")
    for index in range(done, len(parts)):
        if is_local(real):
            name = f"{rule.name}-{due.digest_id:06d}-{stamp}.{EXTENSIONS[payload['format']]}"
            send_local(real, parts[index], settings.data_dir, name)
        else:
            title = payload["title"]
            if len(parts) > 1:
                title = f"{title} ({index + 1}/{len(parts)})"
            key = f"monitor-d{due.digest_id}-t{due.delivery_id}-p{index + 1}"
            send_apprise(real, title, parts[index], payload["format"], key)
        _record_part(engine, due.delivery_id, index + 1, done_all=index + 1 == len(parts))
    if not parts:
        _record_part(engine, due.delivery_id, 0, done_all=True)


def _record_part(engine: Engine, delivery_id: int, parts_sent: int, done_all: bool) -> None:
    now = utcnow()
    with session_scope(engine) as session:
        delivery = session.get_one(Delivery, delivery_id)
        delivery.parts_sent = parts_sent
        if done_all:
            delivery.status, delivery.sent_at = "sent", now
            delivery.last_error, delivery.next_attempt_at = None, None


def _record_failure(engine: Engine, delivery_id: int, error: str) -> None:
    now = utcnow()
    with session_scope(engine) as session:
        delivery = session.get_one(Delivery, delivery_id)
        delivery.status, delivery.last_error = "pending", error
        delivery.next_attempt_at = now + delivery_backoff(delivery.attempts)


def delivery_backoff(attempts: int) -> timedelta:
    """How long a failed delivery waits after its `attempts`-th try: 5 s after the first (a
    timed-out send is retried within seconds), doubled per further attempt (ten times at most),
    capped at MAX_RETRY_DELAY."""
    cap = MAX_RETRY_DELAY.total_seconds()
    return timedelta(seconds=backoff(max(attempts - 1, 0), base=5, cap=cap, max_doublings=10))


__all__ = ["DeliveryReport", "create_digest", "deliver_pending", "payload_for", "target_label"]
