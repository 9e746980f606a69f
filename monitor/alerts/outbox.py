"""The outbox: a digest and its items are committed first, then delivered to each target, and a
delivery is marked sent only once its target accepted it. A crash before marking re-sends to
that target only; file targets are named by digest id, so a re-send overwrites, never doubles.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from monitor.alerts.digest import DigestView, build_digest
from monitor.alerts.entries import load_entries
from monitor.alerts.render import RENDERERS
from monitor.config import AlertRule, Settings
from monitor.errors import DeliveryError
from monitor.store.db import session_scope
from monitor.store.models import Delivery, Digest, DigestItem, utcnow

log = logging.getLogger(__name__)
EXTENSIONS = {"text": "txt", "markdown": "md", "html": "html"}
MAX_RETRY_DELAY = timedelta(hours=1)


def target_label(target: str) -> str:
    """A target as it may appear in logs and status: never the credentials in its URL."""
    if target == "stdout" or target.startswith("file:"):
        return target
    scheme, _, _ = target.partition("://")
    return f"{scheme}://***"


def create_digest(session: Session, rule: AlertRule, post_ids: list[int], now: datetime) -> int:
    """Record a digest of these posts for `rule`, with one pending delivery per target."""
    digest = Digest(rule=rule.name, created_at=now, item_count=len(post_ids))
    session.add(digest)
    session.flush()
    session.execute(
        DigestItem.__table__.insert(),
        [
            {
                "digest_id": digest.id,
                "rule": rule.name,
                "post_id": pid,
                "kind": "new",
                "post_state": "",
            }
            for pid in post_ids
        ],
    )
    session.add_all(
        Delivery(digest_id=digest.id, target=t, status="pending", attempts=0) for t in rule.targets
    )
    return digest.id


def digest_view(session: Session, digest_id: int) -> DigestView:
    digest = session.get_one(Digest, digest_id)
    post_ids = list(
        session.scalars(
            select(DigestItem.post_id)
            .where(DigestItem.digest_id == digest_id)
            .order_by(DigestItem.id)
        )
    )
    return build_digest(digest.rule, load_entries(session, post_ids), digest.created_at)


def _write_file(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / name
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=folder, delete=False, prefix=".tmp-"
    ) as handle:
        handle.write(body)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(handle.name, final)
    return final


def _send_apprise(target: str, title: str, body: str, fmt: str) -> None:
    import apprise

    notifier = apprise.Apprise()
    if not notifier.add(target):
        raise DeliveryError(f"{target_label(target)}: not a URL Apprise understands")
    body_format = {
        "text": apprise.NotifyFormat.TEXT,
        "markdown": apprise.NotifyFormat.MARKDOWN,
        "html": apprise.NotifyFormat.HTML,
    }[fmt]
    if not notifier.notify(body=body, title=title, body_format=body_format):
        raise DeliveryError(f"{target_label(target)}: the service did not accept the digest")


def send(
    target: str, view: DigestView, rule: AlertRule, digest_id: int, settings: Settings
) -> None:
    """Deliver one rendered digest to one target; raises DeliveryError when it was not taken."""
    body = RENDERERS[rule.format](view, settings.monitor.timezone)
    if target == "stdout":
        sys.stdout.write(body)
        sys.stdout.flush()
    elif target.startswith("file:"):
        folder = Path(target[len("file:") :])
        folder = folder if folder.is_absolute() else settings.data_dir / folder
        stamp = view.created_at.strftime("%Y%m%dT%H%M%SZ")
        try:
            _write_file(
                folder, f"{rule.name}-{digest_id:06d}-{stamp}.{EXTENSIONS[rule.format]}", body
            )
        except OSError as exc:
            raise DeliveryError(f"{target}: cannot write: {exc.strerror}") from exc
    else:
        _send_apprise(target, f"Monitor digest: {rule.name} ({view.count})", body, rule.format)


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0


def deliver_pending(
    engine: Engine, settings: Settings, now: datetime | None = None
) -> DeliveryReport:
    """Try every pending delivery that is due; each outcome is committed on its own."""
    now = now or utcnow()
    rules = {r.name: r for r in settings.alerts.rules}
    report = DeliveryReport()
    with session_scope(engine) as session:
        due = session.execute(
            select(Delivery.id, Delivery.digest_id, Delivery.target, Digest.rule)
            .join(Digest, Digest.id == Delivery.digest_id)
            .where(
                Delivery.status == "pending",
                (Delivery.next_attempt_at.is_(None)) | (Delivery.next_attempt_at <= now),
            )
            .order_by(Delivery.id)
        ).all()
    for delivery_id, digest_id, target, rule_name in due:
        rule = rules.get(rule_name)
        if rule is None:
            continue  # the rule was removed from alerts.toml; its deliveries wait
        try:
            with session_scope(engine) as session:
                view = digest_view(session, digest_id)
            send(target, view, rule, digest_id, settings)
        except DeliveryError as exc:
            _record_delivery(engine, delivery_id, error=str(exc))
            log.warning("delivery failed: %s", exc, extra={"job": "digest", "rule": rule_name})
            report.failed += 1
            continue
        _record_delivery(engine, delivery_id, error=None)
        report.sent += 1
    return report


def _record_delivery(engine: Engine, delivery_id: int, error: str | None) -> None:
    now = utcnow()
    with session_scope(engine) as session:
        delivery = session.get_one(Delivery, delivery_id)
        delivery.attempts += 1
        delivery.last_attempt_at = now
        if error is None:
            delivery.status, delivery.sent_at, delivery.last_error = "sent", now, None
        else:
            delivery.last_error = error
            delay = min(timedelta(seconds=30 * 2 ** min(delivery.attempts, 10)), MAX_RETRY_DELAY)
            delivery.next_attempt_at = now + delay
