"""The real analyzer over the bundled config, built once for the places tests that use it."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from monitor.config import load_settings


@pytest.fixture(scope="session")
def bundled_analyzer() -> Analyzer:
    return Analyzer(load_settings())
