"""`monitor --help` loads no heavy library (the import rule of monitor/cli/__init__.py), and
`monitor status` only what reading the database takes. Timings: bench/bench_startup.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.status_probe import run_status_probe

# Not pydantic: Typer itself loads it to check option values; monitor.config is what we avoid.
HEAVY = (
    "telethon",
    "sqlalchemy",
    "pymorphy3",
    "ahocorasick",
    "apprise",
    "fastapi",
    "uvicorn",
    "httpx",
    "ijson",
    "monitor.config",
    "monitor.store",
    "monitor.alerts",
    "monitor.analyzer",
    "monitor.search.engine",
)
# Runs the real entry point in a fresh interpreter, then lists what it loaded.
PROBE = """
import json, sys
from monitor.cli import main
sys.argv = ["monitor", *sys.argv[1:]]
try:
    main()
except SystemExit as stop:
    code = stop.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


@pytest.mark.parametrize("args", [["--help"], ["search", "--help"], ["channels", "add", "--help"]])
def test_help_loads_no_heavy_module(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["code"] == 0
    assert "Usage" in done.stdout
    assert not loaded(report["modules"], HEAVY)


def loaded(modules: list[str], heavy: tuple[str, ...]) -> list[str]:
    return [m for m in modules if m in heavy or m.startswith(tuple(f"{h}." for h in heavy))]


# `status` reads the database (SQLAlchemy Core, the settings) and nothing else: not the ORM and
# the mapped models (it reads through Core tables), not the digest and rendering machinery
# behind the outbox, not analysis, places or search.
READS_THE_DATABASE = ("sqlalchemy", "monitor.config", "monitor.store", "monitor.alerts")
STATUS_HEAVY = (
    *(h for h in HEAVY if h not in READS_THE_DATABASE),
    "sqlalchemy.orm",
    "monitor.store.models",
    "alembic",
    "monitor.alerts.outbox",
    "monitor.alerts.digest",
    "monitor.alerts.render",
    "monitor.store.entries",
    "monitor.places",
    "monitor.claims",
    "monitor.sources",
)


def test_status_loads_only_what_reading_the_database_takes(
    tmp_path: Path, config_dir: Path
) -> None:
    report, printed, stderr = run_status_probe(PROBE, tmp_path, config_dir)
    assert report["code"] == 0, stderr
    assert json.loads(printed)["posts"] == 0
    assert "sqlalchemy.dialects.sqlite" in report["modules"]  # the probe did reach the database
    assert not loaded(report["modules"], STATUS_HEAVY)
