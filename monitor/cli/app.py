"""The Typer application every command module registers on, the error edge, and what every
command opens first (`open_store`: settings, logging, the database)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import typer
from rich.console import Console

from monitor.errors import MonitorError, UsageError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from monitor.config import Settings

app = typer.Typer(
    name="monitor",
    help="Watch public Telegram channels, store every post with its history, flag tracked "
    "places and claims, and send digests.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)
F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one error line and return the Exit to raise."""
    from rich.text import Text

    from monitor.alerts.markup import one_line

    # The message may quote hostile input ("[/x]", escapes): never read as markup.
    line = Text.assemble(("error:", "bold red"), " ", one_line(message.replace("\x1b", "")))
    err_console.print(line, highlight=False)
    return typer.Exit(code)


def handles_errors(func: F) -> F:
    """Turn MonitorError into one line on stderr and its exit code: never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except MonitorError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None

    return wrapper  # type: ignore[return-value]


def configure_logging(level: str, fmt: str = "text") -> None:
    """Configure stdlib logging once, from an entry point."""
    from monitor.runtime.logs import setup_logging

    setup_logging(level, fmt)
    logging.captureWarnings(True)


def open_store(migrated: bool = True, logs: bool = True) -> tuple[Settings, Engine]:
    """Settings, logging and an engine; with `migrated`, fail clearly if the schema is missing.
    `logs=False` leaves logging alone (the `channels` commands print only their own lines)."""
    from monitor.config import load_settings
    from monitor.store.db import make_engine, private_dir, require_schema

    settings = load_settings()
    private_dir(settings.data_dir)
    if logs:
        configure_logging(settings.monitor.log_level, settings.monitor.log_format)
    engine = make_engine(settings.database_url)
    if migrated:
        require_schema(engine)
    return settings, engine


def parse_since(value: str | None) -> datetime | None:
    """A --since/--until date (a date, or a date and time; UTC unless it names a zone)."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"--since {value!r}: give a date like 2025-03-08 or 2025-03-08T12:00"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
