"""`monitor --help` loads no heavy library: the import rule of monitor/cli/__init__.py."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

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
    loaded = [
        m for m in report["modules"] if m in HEAVY or m.startswith(tuple(f"{h}." for h in HEAVY))
    ]
    assert not loaded
