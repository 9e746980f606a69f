"""The Typer application every command module registers on, the error edge, and what every
command opens first (`open_store`: settings, logging, the database)."""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from monitor.errors import MonitorError, UsageError
from monitor.gc_pause import startup_done

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from monitor.config import Settings

app = typer.Typer(
    rich_markup_mode=None,
    name="monitor",
    help="Watch public Telegram channels, store every post with its history, flag tracked "
    "places and claims, and send digests.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _print_version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            number = version("monitor")
        except PackageNotFoundError:  # run from a source tree that was never installed
            number = "unknown"
        typer.echo(f"monitor {number}")
        raise typer.Exit()


@app.callback()
def _root(
    show_version: bool = typer.Option(
        False, "--version", callback=_print_version, is_eager=True, help="Print the version."
    ),
) -> None:
    """Watch public Telegram channels, store every post with its history, flag tracked places
    and claims, and send digests."""


# Markup off: what the monitor prints (inputs, post text, file names) is never read as Rich markup.
console = Console(soft_wrap=True, markup=False)
err_console = Console(stderr=True, soft_wrap=True, markup=False)
F = TypeVar("F", bound=Callable[..., Any])


@contextlib.contextmanager
def working(message: str) -> Iterator[None]:
    """A spinner with `message` on stderr while a long step runs, when stderr is a terminal
    (nothing when it is piped or captured, so scripts and logs stay clean)."""
    if not err_console.is_terminal:
        yield
        return
    with err_console.status(message):
        yield


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line and return the Exit to raise."""

    from monitor.alerts.markup import one_line

    # The message may quote hostile input ("[/x]", escapes): never read as markup.
    line = Text.assemble(("error:", "bold red"), " ", one_line(message.replace("\x1b", "")))
    err_console.print(line, highlight=False)
    return typer.Exit(code)


def handles_errors(func: F) -> F:
    """Turn MonitorError into one line on stderr and its exit code: never a traceback. Where
    the command begins, `main`'s start-up hold on the garbage collector ends."""
    return _guarded(func, short=False)


def short_command(func: F) -> F:
    """`handles_errors` for a command that ends the process as soon as it answers (`status`,
    which a container health check runs every few seconds): `main`'s hold on the garbage
    collector goes on through it, and what it built is frozen at its end, so that no
    collection scans it, not even the interpreter's last one (measured: 40 ms of its 0.45 s).
    It must close what it opened (a pooled connection left to a collection stays open)."""
    return _guarded(func, short=True)


def _guarded(func: F, short: bool) -> F:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not short:
            startup_done()
        try:
            return func(*args, **kwargs)
        except MonitorError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        finally:
            if short:
                startup_done()

    return wrapper  # type: ignore[return-value]


def configure_logging(level: str, fmt: str = "text") -> None:
    """Configure stdlib logging once, from an entry point."""
    from monitor.runtime.logs import setup_logging

    setup_logging(level, fmt)
    logging.captureWarnings(True)


def open_store(
    migrated: bool = True, logs: bool = True, creates: bool = False
) -> tuple[Settings, Engine]:
    """Settings, logging and an engine; with `migrated`, fail clearly if the schema is missing.
    Only with `creates` (`db upgrade`) may a missing SQLite file or folder be created.
    `logs=False` leaves logging alone (the `channels` commands print only their own lines)."""
    from monitor.config import load_settings
    from monitor.store.db import make_engine, private_dir, require_schema

    settings = load_settings()
    private_dir(settings.data_dir)
    if logs:
        configure_logging(settings.monitor.log_level, settings.monitor.log_format)
    check_database_url(settings.database_url, must_exist=not creates)
    engine = make_engine(settings.database_url)
    if migrated:
        try:
            require_schema(engine)
        except BaseException:
            engine.dispose()  # its pooled connection, closed now rather than by a collection
            raise
    return settings, engine


SCHEMES = ("sqlite", "sqlite+pysqlite", "postgresql", "postgres", "postgresql+psycopg")


def check_database_url(url: str, must_exist: bool) -> None:
    """One line (exit 3) for a scheme the monitor does not speak, and, when `must_exist`, for a
    SQLite file that is not there: read-only commands never create a file or a folder."""
    from pathlib import Path

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from monitor.errors import StoreError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # the message may quote the URL and its password
        raise StoreError(
            "database URL is not valid: use sqlite:///PATH or "
            "postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB"
        ) from None
    if parsed.drivername not in SCHEMES:
        raise StoreError(
            f"database URL scheme {parsed.drivername!r} is not supported: use "
            "sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/DB"
        )
    database = parsed.database or ""
    sqlite_file = parsed.drivername.startswith("sqlite") and database not in ("", ":memory:")
    if must_exist and sqlite_file and not Path(database).is_file():
        shown = parsed.render_as_string(hide_password=True)
        raise StoreError(f"the database at {shown} is not set up: run `monitor db upgrade`")


def parse_since(value: str | None, option: str = "--since") -> datetime | None:
    """A --since/--until date (a date, or a date and time; UTC unless it names a zone);
    an error names `option`."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"{option} {value!r}: give a date like 2025-03-08 or 2025-03-08T12:00"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
