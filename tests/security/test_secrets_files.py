"""Secrets at rest and in DEBUG logs, file permissions (security review, findings 15, 16):
deliveries store the target's masked label, DEBUG lines of Apprise and urllib3 are masked, the
SQLite file is created 0600 and the data folder 0700 whatever the umask."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from monitor.alerts.outbox import deliver_pending
from monitor.runtime.jobs import make_digests
from monitor.store.db import make_engine, private_dir, session_scope
from monitor.store.migrate import upgrade
from monitor.store.models import Delivery
from tests.alerts.data import seed_cluster
from tests.alerts.servers import WebhookReceiver
from tests.alerts.test_delivery import configure

pytestmark = pytest.mark.filterwarnings("ignore:'imghdr' is deprecated:DeprecationWarning")


def test_deliveries_store_labels_and_debug_logs_are_masked(
    engine: Engine, config_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with WebhookReceiver() as hook, WebhookReceiver() as other:
        settings = configure(
            config_dir,
            engine,
            tmp_path,
            '[[rules]]\nname = "leaky"\ntargets = ['
            f'"json://user:SECRETPASS@127.0.0.1:{hook.port}/x", '
            f'"json://127.0.0.1:{other.port}/${{HOOKPATH}}"]\n',
            env={"HOOKPATH": "SECRETHOOKPATH"},
        )
        with session_scope(engine) as session:
            seed_cluster(session)
        with caplog.at_level(logging.DEBUG):
            make_digests(engine, settings)
            assert deliver_pending(engine, settings).sent == 2
        assert [r.path for r in other.requests] == ["/SECRETHOOKPATH"]  # still sent right
        assert hook.requests
    with session_scope(engine) as session:
        targets = list(session.scalars(select(Delivery.target)))
    assert len(targets) == 2
    assert not any("SECRET" in t for t in targets), targets
    assert "SECRETPASS" not in caplog.text and "SECRETHOOKPATH" not in caplog.text
    assert "urllib3" in caplog.text or "apprise" in caplog.text  # DEBUG lines were there


def test_sqlite_file_and_data_folder_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        data = tmp_path / "ws" / "data"
        private_dir(data)
        engine = make_engine(f"sqlite:///{data / 'monitor.db'}")
        upgrade(engine)
        engine.dispose()
    finally:
        os.umask(old)
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE((data / "monitor.db").stat().st_mode) == 0o600
    for side in data.glob("monitor.db-*"):
        assert stat.S_IMODE(side.stat().st_mode) == 0o600
