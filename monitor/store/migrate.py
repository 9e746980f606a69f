"""Run the Alembic history against a database: `monitor db upgrade` and the tests use this."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from monitor.errors import StoreError
from monitor.store.db import describe

_PACKAGE = Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    """`migrations/` beside the package in a checkout, or inside it in a wheel."""
    for candidate in (_PACKAGE.parent / "migrations", _PACKAGE / "_migrations"):
        if (candidate / "env.py").exists():
            return candidate
    raise StoreError("the migrations folder is missing from this installation")


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    # ConfigParser interpolates '%': escape it (URL-encoded passwords and options carry it).
    url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
    config.set_main_option("sqlalchemy.url", url)
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    config = alembic_config(engine)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except OperationalError as exc:
        raise StoreError(f"cannot migrate {describe(engine)}: {exc.orig}") from exc


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
