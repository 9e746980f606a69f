"""Crash tests: `monitor digest` is killed with SIGKILL while a webhook holds its request (after
the digest was committed, before the target accepted; and mid-way through a multi-part
delivery), then run again. No item is lost, no accepted part is sent twice."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from monitor.store.db import make_engine, session_scope
from monitor.store.migrate import upgrade
from monitor.store.models import Delivery, Digest
from tests.alerts.data import add_post
from tests.alerts.servers import WebhookReceiver

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.filterwarnings("ignore:'imghdr' is deprecated:DeprecationWarning")
POSTS = 120


def _setup(tmp_path: Path, config_dir: Path, hook: WebhookReceiver) -> dict[str, str]:
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with session_scope(engine) as session:
        for i in range(1, POSTS + 1):
            text = f"Пост {i}: бои в районе Суджи продолжаются. " + "подробности " * 25
            add_post(
                session,
                "mod_russia",
                "ru",
                i,
                text,
                "Суджи",
                claims=(("advance", "ru", "asserted"),),
                minutes=i,
            )
    engine.dispose()
    (config_dir / "alerts.toml").write_text(
        "delivery_lease_seconds = 1\n[[rules]]\nname = 'hook'\nformat = 'markdown'\n"
        f"targets = ['{hook.url()}', 'file:digests']\n",
        encoding="utf-8",
    )
    return {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "MONITOR_CONFIG_DIR": str(config_dir),
        "MONITOR_DATABASE_URL": url,
        "MONITOR_DATA_DIR": str(tmp_path / "data"),
    }


def _run_and_kill(env: dict[str, str], hook: WebhookReceiver) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "monitor", "digest", "--rule", "hook"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert hook.held.wait(60), "the sender never reached the held request"
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)


def _state(env: dict[str, str]) -> tuple[int, str, int, int]:
    engine = make_engine(env["MONITOR_DATABASE_URL"])
    with session_scope(engine) as session:
        digests = len(list(session.scalars(select(Digest))))
        hook_delivery = session.scalars(select(Delivery).order_by(Delivery.id)).first()
        assert hook_delivery is not None and hook_delivery.payload is not None
        state = (
            digests,
            hook_delivery.status,
            hook_delivery.parts_sent,
            len(hook_delivery.payload["parts"]),
        )
    engine.dispose()
    return state


def _restart(env: dict[str, str]) -> None:
    time.sleep(1.2)  # the killed run's lease on the delivery expires
    result = subprocess.run(
        [sys.executable, "-m", "monitor", "digest", "--rule", "hook"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def _check_every_post_once(hook: WebhookReceiver, tmp_path: Path, parts: int) -> None:
    accepted = hook.accepted()
    keys = sorted(r.headers["X-Monitor-Idempotency-Key"] for r in accepted)
    assert len(keys) == parts == len(set(keys))
    links = [
        m for r in accepted for m in re.findall(r"t\.me/mod_russia/(\d+)\)", r.body["message"])
    ]
    assert sorted(map(int, links)) == list(range(1, POSTS + 1))  # each post exactly once
    assert len(list((tmp_path / "data" / "digests").glob("hook-*.md"))) == 1


@pytest.mark.slow
def test_killed_after_commit_before_the_target_accepted(tmp_path: Path, config_dir: Path) -> None:
    with WebhookReceiver(hold_request=1) as hook:
        env = _setup(tmp_path, config_dir, hook)
        _run_and_kill(env, hook)
        digests, status, sent, parts = _state(env)
        assert (digests, status, sent) == (1, "sending", 0) and parts > 2
        _restart(env)
        assert _state(env)[1:3] == ("sent", parts)
        _check_every_post_once(hook, tmp_path, parts)
        first = [r for r in hook.requests if r.headers["X-Monitor-Idempotency-Key"].endswith("-p1")]
        assert len(first) == 2  # the unanswered one and its retry, under one key


@pytest.mark.slow
def test_killed_mid_multipart_delivery_resumes_with_the_next_part(
    tmp_path: Path, config_dir: Path
) -> None:
    with WebhookReceiver(hold_request=2) as hook:
        env = _setup(tmp_path, config_dir, hook)
        _run_and_kill(env, hook)
        digests, status, sent, parts = _state(env)
        assert (digests, status, sent) == (1, "sending", 1)
        _restart(env)
        assert _state(env)[1:3] == ("sent", parts)
        _check_every_post_once(hook, tmp_path, parts)
        part1 = [r for r in hook.requests if r.headers["X-Monitor-Idempotency-Key"].endswith("-p1")]
        assert len(part1) == 1  # the accepted part was never sent again
