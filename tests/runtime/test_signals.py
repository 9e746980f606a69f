"""Shutdown of the real daemon: SIGTERM mid-poll, a second signal, a second daemon on SQLite."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from pathlib import Path

from tests.runtime.harness import (
    DaemonProcess,
    Site,
    channel_names,
    sqlite_database,
    wait_for,
    write_config,
)


def _polling(tmp_path: Path, site: Site, spawn: Callable[..., DaemonProcess]) -> DaemonProcess:
    """A daemon stuck in a poll: every page takes 20 s to come."""
    names = channel_names(2)
    for name in names:
        site.add_posts(name, 5)
    site.delay = 20.0
    config = write_config(tmp_path / "config", names, {"shutdown_grace_seconds": 2})
    process = spawn(config, sqlite_database(tmp_path))
    wait_for(lambda: "started" in process.output(), 60, "the daemon to start")
    wait_for(lambda: len(site.arrivals) >= 1, 10, "a poll under way")
    return process


def test_sigterm_mid_poll_stops_within_the_grace(
    tmp_path: Path, site: Site, spawn: Callable[..., DaemonProcess]
) -> None:
    process = _polling(tmp_path, site, spawn)
    started = time.monotonic()
    process.signal(signal.SIGTERM)
    assert process.wait(timeout=15) == 0
    elapsed = time.monotonic() - started
    assert 1.5 <= elapsed < 2 + 3, elapsed  # waited the grace (2 s), then cancelled
    output = process.output()
    assert "2 cancelled" in output and "worker stopped" in output


def test_a_second_signal_exits_at_once(
    tmp_path: Path, site: Site, spawn: Callable[..., DaemonProcess]
) -> None:
    process = _polling(tmp_path, site, spawn)
    process.signal(signal.SIGTERM)
    time.sleep(0.3)
    started = time.monotonic()
    process.signal(signal.SIGINT)
    assert process.wait(timeout=5) == 130
    assert time.monotonic() - started < 1.0
    assert "second signal" in process.output()


def test_a_second_daemon_on_one_sqlite_file_is_refused(
    tmp_path: Path, site: Site, spawn: Callable[..., DaemonProcess]
) -> None:
    names = channel_names(1)
    site.add_posts(names[0], 3)
    config = write_config(tmp_path / "config", names)
    url = sqlite_database(tmp_path)
    first = spawn(config, url)
    wait_for(lambda: "started" in first.output(), 60, "the first daemon to start")
    second = spawn(config, url)
    assert second.wait(timeout=60) == 4
    assert "another monitor daemon (pid" in second.output()
    assert first.alive()
