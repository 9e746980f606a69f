"""Run `monitor status` in a fresh interpreter over a migrated SQLite database, through a probe
script that reports what the tests ask (modules loaded, garbage collections) as a last JSON line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_status_probe(
    probe: str, tmp_path: Path, config_dir: Path
) -> tuple[dict[str, Any], str, str]:
    """The probe's report, what status printed before it, and the process's stderr."""
    from monitor.store.db import make_engine
    from monitor.store.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'monitor.db'}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    env = {
        **os.environ,
        "MONITOR_CONFIG_DIR": str(config_dir),
        "MONITOR_DATA_DIR": str(tmp_path),
        "MONITOR_DATABASE_URL": url,
    }
    done = subprocess.run(
        [sys.executable, "-c", probe, "status", "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    *printed, report = done.stdout.splitlines()
    return json.loads(report), "\n".join(printed), done.stderr
