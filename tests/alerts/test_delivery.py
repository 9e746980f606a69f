"""Digests delivered for real: SMTP on loopback, a JSON webhook through Apprise, the file target;
read back, and sent exactly once. Update items, filters, retries and masked secrets."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from monitor.alerts.delivery_status import failing_deliveries
from monitor.alerts.outbox import deliver_pending
from monitor.config import Settings, load_settings
from monitor.domain import utcnow
from monitor.runtime.jobs import make_digests
from monitor.store.db import session_scope
from monitor.store.models import Delivery, Post
from tests.alerts.data import edit_post, seed_cluster
from tests.alerts.servers import SmtpServer, WebhookReceiver

# Apprise imports the deprecated stdlib `imghdr` (its PGP helper) on first use.
pytestmark = pytest.mark.filterwarnings("ignore:'imghdr' is deprecated:DeprecationWarning")
CORROBORATION = "asserted by 3 channel(s): 2 ru, 1 ua; denied by 1: 1 ua"


def configure(
    config_dir: Path, engine: Engine, tmp_path: Path, alerts: str, env: dict[str, str] | None = None
) -> Settings:
    (config_dir / "alerts.toml").write_text(alerts, encoding="utf-8")
    return load_settings(
        config_dir,
        env={
            "MONITOR_DATABASE_URL": engine.url.render_as_string(hide_password=False),
            "MONITOR_DATA_DIR": str(tmp_path / "data"),
            **(env or {}),
        },
    )


def test_email_webhook_and_file_read_back_once(
    engine: Engine, config_dir: Path, tmp_path: Path
) -> None:
    with SmtpServer() as smtp, WebhookReceiver() as hook:
        settings = configure(
            config_dir,
            engine,
            tmp_path,
            f"""
[[rules]]
name = "mail"
targets = ["{smtp.url()}"]
format = "html"
timezone = "Europe/Kyiv"
[[rules]]
name = "hook"
targets = ["{hook.url()}"]
format = "markdown"
[[rules]]
name = "files"
targets = ["file:digests"]
""",
        )
        with session_scope(engine) as session:
            seed_cluster(session)
        assert len(make_digests(engine, settings)) == 3
        report = deliver_pending(engine, settings)
        assert (report.sent, report.failed) == (3, 0)
        assert make_digests(engine, settings) == []
        assert deliver_pending(engine, settings).sent == 0
        [mail] = smtp.messages
        [request] = hook.requests

    assert mail.get_content_type() == "multipart/alternative"
    parts = {
        p.get_content_type(): p.get_payload(decode=True).decode()
        for p in mail.walk()
        if not p.is_multipart()
    }
    html, plain = parts["text/html"], parts["text/plain"]
    assert "<h2>Sudzha (4)</h2>" in html and "<h2>Kositsa (1)</h2>" in html
    assert html.index("Sudzha (4)") < html.index("Kositsa (1)")
    assert f"capture at Sudzha by ru (asserted) — {CORROBORATION}" in html
    assert ("<mark>Суджу</mark>" in html and "(12:00 EET)" in html) or "(14:00 EET)" in html
    assert "Sudzha (4)" in plain and "Суджу" in plain and "<" not in plain.replace("«", "")
    assert mail["X-Monitor-Idempotency-Key"].startswith("monitor-d")
    assert "<img" not in html and "src=" not in html

    message = request.body["message"]
    assert "**Суджу**" in message and "Sudzha \\(4\\)" in message
    assert "(https://t.me/mod_russia/1)" in message
    [file] = (tmp_path / "data" / "digests").glob("files-*.txt")
    text = file.read_text(encoding="utf-8")
    assert (
        "== Sudzha (4) ==" in text
        and f"-- capture at Sudzha by ru (asserted) — {CORROBORATION}" in text
    )
    assert "  «Наши штурмовики взяли [Суджу] полностью.»" in text
    assert text.count("• ") == 5


def test_edit_that_changes_the_claim_and_deletion_make_update_items(
    engine: Engine, config_dir: Path, tmp_path: Path
) -> None:
    settings = configure(
        config_dir, engine, tmp_path, '[[rules]]\nname = "f"\ntargets = ["file:out"]\n'
    )
    with session_scope(engine) as session:
        ids = [p.id for p in seed_cluster(session)]
    make_digests(engine, settings)
    deliver_pending(engine, settings)
    with session_scope(engine) as session:
        kept = session.get_one(Post, ids[1])
        edit_post(
            session,
            kept,
            "Наши штурмовики взяли Суджу полностью!",
            (("capture", "ru", "asserted"),),
            "Суджу",
        )
        changed = session.get_one(Post, ids[0])
        edit_post(session, changed, "Бои продолжаются.", ())
        session.get_one(Post, ids[2]).deleted_at = utcnow()
    assert len(make_digests(engine, settings)) == 1
    deliver_pending(engine, settings)
    assert make_digests(engine, settings) == []  # reported once
    files = sorted((tmp_path / "data" / "out").glob("f-*.txt"))
    second = files[-1].read_text(encoding="utf-8")
    assert "== Changed since sent (2) ==" in second
    assert "EDITED after it was sent: what it was flagged for changed" in second
    assert "Was: «Освобождён населённый пункт Суджа.»" in second
    assert "Now: «Бои продолжаются.»" in second
    assert "Flagged now for: nothing" in second
    assert "DELETED after it was sent" in second and "Росіяни зайшли в Суджу" in second
    assert "штурмовики" not in second  # a punctuation edit keeping the claim is not news


def test_cluster_and_place_filters(engine: Engine, config_dir: Path, tmp_path: Path) -> None:
    settings = configure(
        config_dir,
        engine,
        tmp_path,
        """
[[rules]]
name = "strong"
targets = ["file:strong"]
min_corroboration = 3
[[rules]]
name = "ua-kositsa"
targets = ["file:ua"]
sides = ["ua"]
places = ["kositsa"]
[[rules]]
name = "oblast-denials"
targets = ["file:denials"]
oblasts = ["kursk oblast"]
stances = ["denied"]
""",
    )
    with session_scope(engine) as session:
        seed_cluster(session)
    make_digests(engine, settings)
    deliver_pending(engine, settings)
    data = tmp_path / "data"
    strong = next((data / "strong").glob("*.txt")).read_text(encoding="utf-8")
    assert strong.count("• ") == 4 and "Косиці" not in strong
    ua = next((data / "ua").glob("*.txt")).read_text(encoding="utf-8")
    assert ua.count("• ") == 1 and "Косиці" in ua
    denials = next((data / "denials").glob("*.txt")).read_text(encoding="utf-8")
    assert denials.count("• ") == 1 and "фейк" in denials


def test_failed_delivery_retries_with_backoff_and_never_shows_the_secret(
    engine: Engine, config_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "s3cr3t-hook-password"
    with WebhookReceiver(status=500) as hook:
        settings = configure(
            config_dir,
            engine,
            tmp_path,
            f'[[rules]]\nname = "h"\ntargets = ["json://bot:${{HOOK_PASS}}@127.0.0.1:{hook.port}/x"]\n',
            env={"HOOK_PASS": secret},
        )
        with session_scope(engine) as session:
            seed_cluster(session)
        make_digests(engine, settings)
        with caplog.at_level(logging.DEBUG):
            assert deliver_pending(engine, settings).failed == 1
        with session_scope(engine) as session:
            [delivery] = session.scalars(select(Delivery))
            assert delivery.status == "pending" and delivery.next_attempt_at is not None
            assert secret not in (delivery.last_error or "") and secret not in delivery.target
            [row] = failing_deliveries(session)
        assert secret not in str(row) and row["attempts"] == 1
        assert secret not in caplog.text
        assert deliver_pending(engine, settings).sent == 0  # backing off
        hook.status = 200
        later = utcnow() + timedelta(hours=2)
        assert deliver_pending(engine, settings, now=later).sent == 1
        # the refused attempt and the retry carry one idempotency key: one delivery
        assert len(hook.requests) == 2 and len(hook.accepted()) == 1
    with session_scope(engine) as session:
        assert failing_deliveries(session) == []
