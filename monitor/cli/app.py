"""The Typer application every command module registers on, and the error edge."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import typer
from rich.console import Console

from monitor.errors import MonitorError

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
    err_console.print(f"[bold red]error:[/] {message}", markup=True, highlight=False)
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
