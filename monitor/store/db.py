"""Engine and session setup. Callers open the transaction: `with session_scope(engine) as s:`."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import Dialect, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from monitor.errors import StoreError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SQLITE_BUSY_TIMEOUT_MS = 30_000


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()
    # SQLite's lower() folds ASCII only; Cyrillic search needs a real casefold.
    dbapi_connection.create_function("casefold", 1, _casefold, deterministic=True)


def _casefold(value: str | None) -> str | None:
    return value.casefold().replace("ё", "е") if value is not None else None


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for `url`; for SQLite the folder is created and WAL, foreign keys and a busy
    timeout are set on every connection."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"database URL is not valid: {exc}") from exc
    except ValueError:  # e.g. a bad port or IPv6 host; the message could quote the password
        raise StoreError(
            "database URL is not valid (MONITOR_DATABASE_URL or [monitor] database_url): "
            "check the host and port"
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.drivername.startswith("sqlite"):
        if parsed.database and parsed.database != ":memory:" and "mode=ro" not in str(parsed):
            private_file(Path(parsed.database))
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(parsed, **kwargs)


def private_dir(path: Path) -> None:
    """Create `path` (and its parents) readable by the owner only (0700) if it is missing: the
    data folder holds the posts, the delivery targets and the Telegram login."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.mkdir(mode=0o700, exist_ok=True)


def private_file(path: Path) -> None:
    """Create the SQLite file 0600 (and its folder 0700) before SQLite does, whatever the
    umask; SQLite gives its -wal and -shm files the database file's permissions."""
    private_dir(path.parent)
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def upsert_insert(dialect: Dialect, model: Any) -> Any:
    """`INSERT` with this dialect's `ON CONFLICT` clauses (SQLite and PostgreSQL share them).
    Imported here: the PostgreSQL dialect's modules cost `monitor status` on SQLite 25 ms."""
    if dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(model)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(model)


def describe(engine: Engine) -> str:
    """The URL with any password hidden, for messages."""
    return engine.url.render_as_string(hide_password=True)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed on success, rolled back on error."""
    from sqlalchemy.orm import sessionmaker  # here: `monitor status` reads without the ORM

    factory = sessionmaker(engine, expire_on_commit=False)
    with factory.begin() as session:
        yield session


def require_schema(engine: Engine) -> None:
    """Fail with a clear message when the database is unreachable or not migrated."""
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
    except OperationalError as exc:
        raise StoreError(f"cannot reach the database at {describe(engine)}: {exc.orig}") from exc
    if "posts" not in tables or "alembic_version" not in tables:
        raise StoreError(
            f"the database at {describe(engine)} is not set up: run `monitor db upgrade`"
        )
