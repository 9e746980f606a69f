"""Fixtures for tests that run the real daemon: a local t.me/s site, a warm matcher cache."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from monitor.analyzer import Analyzer
from monitor.config import load_settings
from tests.runtime.harness import DaemonProcess, Site, write_config


@pytest.fixture(scope="session")
def matcher_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The compiled place matcher, built once: each daemon start then loads it in a second."""
    root = tmp_path_factory.mktemp("warm")
    config = write_config(root / "config", [])
    Analyzer(load_settings(config, env={"MONITOR_DATA_DIR": str(root / "data")}))
    return root / "data" / "cache"


@pytest.fixture
def site() -> Iterator[Site]:
    with Site() as server:
        yield server


@pytest.fixture
def spawn(
    tmp_path: Path, site: Site, matcher_cache: Path
) -> Iterator[Callable[..., DaemonProcess]]:
    """`spawn(config_dir, db_url)` starts `monitor run`; every process is killed at the end."""
    started: list[DaemonProcess] = []
    data = tmp_path / "data"
    if not (data / "cache").exists():
        shutil.copytree(matcher_cache, data / "cache")
    # Built here if the analysis code changed since the session's copy: a daemon killed in
    # its first seconds would never get to write it.
    config = write_config(tmp_path / "warm-config", [])
    Analyzer(load_settings(config, env={"MONITOR_DATA_DIR": str(data)}))

    def start(config: Path, db_url: str, *args: str) -> DaemonProcess:
        process = DaemonProcess(config, data, db_url, site.base_url).start(*args)
        started.append(process)
        return process

    yield start
    for process in started:
        process.stop()
