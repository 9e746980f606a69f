"""Shared fixtures: migrated SQLite and PostgreSQL databases, settings, the shared data folder.

PostgreSQL tests run whenever a server answers at MONITOR_TEST_PG_URL (default: the local one);
in CI (CI=true) an unreachable server fails them instead of skipping.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from monitor.config import Settings, load_settings
from monitor.store.db import make_engine
from monitor.store.migrate import upgrade
from monitor.store.models import Base

pytest_plugins = ["tests.seed_matcher"]
REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"
PG_URL = os.environ.get("MONITOR_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The real posts and gazetteer extracts, which stay outside the repository."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real data folder {SHARED_DATA} is absent (it lives beside the repo)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return path


def require_postgres() -> None:
    """Skip (fail in CI) when no PostgreSQL answers at PG_URL."""
    probe = make_engine(PG_URL)
    try:
        with probe.connect():
            pass
    except Exception as exc:  # any driver or network failure means "no server here"
        if IN_CI:
            pytest.fail(f"PostgreSQL at {PG_URL} is required in CI but unreachable: {exc}")
        pytest.skip(f"PostgreSQL at {PG_URL} is unreachable: {type(exc).__name__}")
    finally:
        probe.dispose()


@contextmanager
def pg_schema(
    prefix: str, app: str | None = None, prepare: Callable[[Engine], None] | None = None
) -> Iterator[str]:
    """A private, migrated schema in the test database, dropped afterwards. With `app`, the
    connections carry that application_name (a test can then terminate exactly its own
    backends) and are terminated before the drop."""
    require_postgres()
    probe = make_engine(PG_URL)
    schema = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with probe.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    if app:
        url += f"&application_name={app}"
    engine = make_engine(url)
    upgrade(engine)
    if prepare:
        prepare(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with probe.begin() as connection:
            if app:
                connection.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name = :app AND pid <> pg_backend_pid()"
                    ),
                    {"app": app},
                )
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        probe.dispose()


@pytest.fixture(scope="session")
def pg_schema_url() -> Iterator[str]:
    """A private schema in the test database, migrated once for the session."""
    with pg_schema("t") as url:
        yield url


def _truncate(engine: Engine) -> None:
    names = ", ".join(t.name for t in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "monitor.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    url = request.getfixturevalue("pg_schema_url")
    engine = make_engine(url)
    _truncate(engine)
    engine.dispose()
    yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    """A copy of the shipped config/ that a test may edit."""
    target = tmp_path / "config"
    shutil.copytree(REPO / "config", target)
    return target


@pytest.fixture
def settings(config_dir: Path, db_url: str, tmp_path: Path) -> Settings:
    return load_settings(
        config_dir,
        env={"MONITOR_DATABASE_URL": db_url, "MONITOR_DATA_DIR": str(tmp_path / "data")},
    )
