"""Regenerate the README's dashboard screenshots (docs/dashboard.png, docs/map.png) from the seed:
a fresh SQLite database in a temporary folder gets one `run --once`-style poll and analysis of the
seed channels, the dashboard is served on loopback and headless Chromium (the same CDP driver
as tests/web) photographs the feed searched for «Суджа» and the map.

    .venv/bin/python tools/screenshots.py        # needs chromium (apt-get install -y chromium)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from monitor.analyzer import Analyzer  # noqa: E402
from monitor.config import load_settings  # noqa: E402
from monitor.store.db import make_engine  # noqa: E402
from monitor.store.migrate import upgrade  # noqa: E402
from monitor.store.readonly_sql import readonly_engine  # noqa: E402
from monitor.web.app import create_app  # noqa: E402
from monitor.web.server import running  # noqa: E402
from tests.search.conftest import seed_database  # noqa: E402
from tests.web.cdp import Browser, find_chromium  # noqa: E402

SHOTS = {
    "dashboard.png": ("/?q=%D0%A1%D1%83%D0%B4%D0%B6%D0%B0&order=newest", "#feed"),
    "map.png": ("/map", "#map[data-ready]"),
}


def main() -> None:
    executable = find_chromium()
    if executable is None:
        sys.exit("chromium is not installed (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory(prefix="monitor-shots-") as folder:
        settings = load_settings(REPO / "config", env={"MONITOR_DATA_DIR": folder})
        analyzer = Analyzer(settings)
        engine = make_engine(f"sqlite:///{folder}/shots.db")
        upgrade(engine)
        seed_database(engine, settings, analyzer)
        app = create_app(readonly_engine(engine), lambda: analyzer.matcher)
        browser = Browser(executable)
        try:
            with running(app) as base:
                for name, (path, ready) in SHOTS.items():
                    browser.open(base + path)
                    browser.wait_for(f"document.querySelector({ready!r}) !== null")
                    browser.screenshot(REPO / "docs" / name)
                    print(f"wrote docs/{name}")
        finally:
            browser.close()
            engine.dispose()


if __name__ == "__main__":
    main()
