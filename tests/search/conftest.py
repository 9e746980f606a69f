"""The seed, polled and analyzed once per session, on SQLite and PostgreSQL (a private schema).

Building the analyzer (the place matcher) is what costs, so it is built once; tests that change
rows put them back, so one seeded database serves the whole session.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from monitor.analyzer import Analyzer
from monitor.config import Settings, load_settings
from monitor.runtime.jobs import Sources, analyze_pending, poll_all, prepare_channels
from monitor.store.db import make_engine
from monitor.store.migrate import upgrade
from tests.conftest import pg_schema

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    data = tmp_path_factory.mktemp("seed-data")
    return load_settings(REPO / "config", env={"MONITOR_DATA_DIR": str(data)})


@pytest.fixture(scope="session")
def analyzer(seed_settings: Settings) -> Analyzer:
    return Analyzer(seed_settings)


def seed_database(engine: Engine, settings: Settings, analyzer: Analyzer) -> None:
    """Poll the seed channels and analyze their posts (no digests)."""
    prepare_channels(engine, settings)

    async def poll() -> None:
        sources = Sources(settings)
        try:
            await poll_all(engine, settings, sources)
        finally:
            await sources.aclose()

    asyncio.run(poll())
    analyze_pending(engine, analyzer)


@pytest.fixture(scope="session")
def seeded_sqlite_file(
    tmp_path_factory: pytest.TempPathFactory, seed_settings: Settings, analyzer: Analyzer
) -> Path:
    path = tmp_path_factory.mktemp("seeded") / "seeded.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    seed_database(engine, seed_settings, analyzer)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def seeded_pg_url(seed_settings: Settings, analyzer: Analyzer) -> Iterator[str]:
    with pg_schema(
        "s", prepare=lambda engine: seed_database(engine, seed_settings, analyzer)
    ) as url:
        yield url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def seeded_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A seeded database: a fresh copy of the SQLite file, or the shared PostgreSQL schema."""
    if request.param == "sqlite":
        path = tmp_path / "seeded.db"
        shutil.copy(request.getfixturevalue("seeded_sqlite_file"), path)
        return f"sqlite:///{path}"
    return str(request.getfixturevalue("seeded_pg_url"))


@pytest.fixture
def seeded(seeded_url: str) -> Iterator[Engine]:
    engine = make_engine(seeded_url)
    yield engine
    engine.dispose()
