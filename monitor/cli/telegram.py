"""`monitor login`: create the Telegram session the telegram source reads channels with."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from monitor.cli.app import app, configure_logging, console, err_console, handles_errors

if TYPE_CHECKING:
    from monitor.sources.telegram_login import LoginClientFactory, LoginPrompts

# Tests hand a fake client factory in through Click's context object:
# `runner.invoke(app, ["login"], obj={CLIENT_FACTORY_KEY: factory})`.
CLIENT_FACTORY_KEY = "telegram_client_factory"


def _prompts() -> LoginPrompts:
    from monitor.sources.telegram_login import LoginPrompts

    return LoginPrompts(
        phone=lambda: typer.prompt("Phone number (international format, +...)"),
        code=lambda: typer.prompt("Login code (sent to your Telegram app)", hide_input=True),
        password=lambda: typer.prompt("Two-step verification password", hide_input=True),
        notice=lambda line: err_console.print(line, highlight=False),
    )


def _factory(ctx: typer.Context) -> LoginClientFactory | None:
    obj = ctx.find_root().obj
    return obj.get(CLIENT_FACTORY_KEY) if isinstance(obj, dict) else None


@app.command("login")
@handles_errors
def login_command(
    ctx: typer.Context,
    string: Annotated[
        bool,
        typer.Option(
            "--string",
            help="Keep the session as a string (needs --string-out) instead of the "
            "session file in the data folder; for containers and secret stores.",
        ),
    ] = False,
    string_out: Annotated[
        Path | None,
        typer.Option(
            "--string-out",
            metavar="PATH",
            help="File to write the string session to (mode 0600); "
            "point MONITOR_TELEGRAM_SESSION_FILE at it. Implies --string.",
        ),
    ] = None,
) -> None:
    """Log a Telegram user account in for the telegram source (phone, code, 2FA password).

    Needs MONITOR_TELEGRAM_API_ID and MONITOR_TELEGRAM_API_HASH (or _HASH_FILE) from
    https://my.telegram.org. The session is written with mode 0600 and never printed.
    """
    if string and string_out is None:
        raise typer.BadParameter(
            "--string needs --string-out PATH: a session is a secret and is never printed",
            param_hint="--string",
        )
    import asyncio

    from monitor.config import load_settings
    from monitor.sources.telegram_login import login

    settings = load_settings()
    configure_logging(settings.monitor.log_level, settings.monitor.log_format)
    result = asyncio.run(
        login(settings, _prompts(), string_out=string_out, client_factory=_factory(ctx))
    )
    state = "Already logged in" if result.already else "Logged in"
    console.print(f"{state} as {result.account}.", highlight=False)
    if string_out is not None:
        console.print(
            f"String session written to {result.saved_to} (mode 0600); set "
            f"MONITOR_TELEGRAM_SESSION_FILE={result.saved_to}",
            highlight=False,
        )
    else:
        console.print(f"Session file: {result.saved_to} (mode 0600)", highlight=False)
