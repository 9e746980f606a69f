"""Run the Alembic history against a database: `monitor db upgrade` and the tests use this."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from monitor.bundled import bundled_dir
from monitor.errors import StoreError
from monitor.store.db import describe
from monitor.store.reader_role import READER_ROLE, ensure_reader_role


def migrations_dir() -> Path:
    """The Alembic scripts: the repository's `migrations/`, or the wheel's bundled copy."""
    path = bundled_dir("migrations")
    if not (path / "env.py").exists():
        raise StoreError("the migrations folder is missing from this installation")
    return path


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    # ConfigParser interpolates '%': escape it (URL-encoded passwords and options carry it).
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade(engine: Engine, revision: str = "head", reader_role: str = READER_ROLE) -> None:
    """Migrate to `revision`; on PostgreSQL also create or refresh the reader role's grants."""
    config = alembic_config(engine)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            ensure_reader_role(connection, reader_role)
    except OperationalError as exc:
        raise StoreError(f"cannot migrate {describe(engine)}: {exc.orig}") from exc


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
