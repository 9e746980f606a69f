"""`monitor channels ...`: add, list, enable, disable and remove watched channels.

Thin: parse, call `monitor.store.channels`, print. Channels added here live in the database;
channels named in channels.toml are created from that file when the monitor starts.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from monitor.cli.app import app, console, err_console, handles_errors, open_store
from monitor.cli.output import TableOrJson, TableOrJsonOption, emit, safe_text
from monitor.domain import SideChoice
from monitor.errors import UsageError

if TYPE_CHECKING:
    from monitor.config import ChannelConfig, Settings
    from monitor.store.channels import ChannelInfo

channels_app = typer.Typer(
    rich_markup_mode=None,
    help="Add, list, enable, disable and remove the channels the monitor watches.\n\n"
    "NAME may be given as @name, name, t.me/name or https://t.me/s/name.",
    no_args_is_help=True,
)
app.add_typer(channels_app, name="channels")

NameArg = Annotated[str, typer.Argument(help="@name, name, t.me/name or https://t.me/s/name.")]


def _in_toml(settings: Settings, name: str) -> ChannelConfig | None:
    from monitor.store.channels import normalize_username

    username = normalize_username(name).casefold()
    return next((c for c in settings.channels if c.username.casefold() == username), None)


def _say(message: str) -> None:
    err_console.print(message, highlight=False, markup=False)


class SourceChoice(StrEnum):
    web = "web"
    telegram = "telegram"


class LanguageChoice(StrEnum):
    ru = "ru"
    uk = "uk"
    en = "en"


@channels_app.command("add")
@handles_errors
def add(
    name: NameArg,
    side: Annotated[SideChoice, typer.Option(help="Whose side the channel speaks for.")],
    source: Annotated[
        SourceChoice,
        typer.Option(help="web: the t.me/s preview, no account; telegram: needs `monitor login`."),
    ] = (SourceChoice.web),
    language: Annotated[
        LanguageChoice | None,
        typer.Option(help="Main language (default: uk for a ua channel, else ru)."),
    ] = None,
    title: Annotated[str, typer.Option(help="A display title (default: the name).")] = "",
) -> None:
    """Start watching a public channel (stored in the database, enabled at once)."""
    from monitor.store.channels import add_channel
    from monitor.store.db import session_scope

    settings, engine = open_store(logs=False)
    if (cfg := _in_toml(settings, name)) is not None:
        raise UsageError(
            f"channel {cfg.username} is defined in {settings.config_dir / 'channels.toml'} "
            f"(source {cfg.source}): change it there, or delete it there and add it again here"
        )
    with session_scope(engine) as session:
        row = add_channel(
            session,
            name,
            source=source.value,
            side=side.value,
            language=language.value if language else ("uk" if side.value == "ua" else "ru"),
            title=title,
        )
        _say(f"watching {row.username} (source {row.source}, side {row.side})")


def _print_table(infos: list[ChannelInfo]) -> None:
    """Short cells, the name never wrapped, so it reads in an 80-column terminal."""
    table = Table(title="channels")
    table.add_column("channel", no_wrap=True)
    for name in ("source", "side", "lang", "state", "posts"):
        table.add_column(name, no_wrap=True, justify="right" if name == "posts" else "left")
    table.add_column("last poll (UTC)")
    table.add_column("last error", overflow="fold")
    for info in infos:
        state = "removed" if info.removed else ("enabled" if info.enabled else "disabled")
        polled = info.last_polled_at.strftime("%Y-%m-%d %H:%M") if info.last_polled_at else ""
        cells = (
            info.username,
            info.source,
            info.side,
            info.language,
            state,
            str(info.posts),
            polled,
            info.last_error or "",
        )
        table.add_row(*(safe_text(cell, one_line=True) for cell in cells))  # hostile text
    console.print(table)


@channels_app.command("list")
@handles_errors
def list_(
    fmt: TableOrJsonOption = TableOrJson.table,
    all_: Annotated[
        bool, typer.Option("--all", help="Include channels removed with --keep-posts.")
    ] = False,
) -> None:
    """Show the watched channels with their state and post counts."""
    from monitor.store.channels import list_channels
    from monitor.store.db import session_scope

    _, engine = open_store(logs=False)
    with session_scope(engine) as session:
        infos = list_channels(session, include_removed=all_)
    if fmt is TableOrJson.json:
        emit([info.as_dict() for info in infos], "json")
    else:
        _print_table(infos)


def _set_enabled(name: str, enabled: bool) -> None:
    from monitor.store.channels import find_channel, set_enabled
    from monitor.store.db import session_scope
    from monitor.store.ingest import sync_channels

    settings, engine = open_store(logs=False)
    cfg = _in_toml(settings, name)
    with session_scope(engine) as session:
        if cfg is not None and find_channel(session, name) is None:
            sync_channels(session, [cfg])  # a channels.toml channel the monitor has not run yet
        row = set_enabled(session, name, enabled)
        _say(f"{row.username} {'enabled' if enabled else 'disabled'}")


@channels_app.command("enable")
@handles_errors
def enable(name: NameArg) -> None:
    """Resume polling a channel (also restores one removed with --keep-posts)."""
    _set_enabled(name, True)


@channels_app.command("disable")
@handles_errors
def disable(name: NameArg) -> None:
    """Pause polling a channel; its posts and high-water mark are kept."""
    _set_enabled(name, False)


REMOVE_HELP = (
    "Stop watching a channel.\n\n"
    "A channel with no stored posts is deleted. A channel with posts is refused (its posts are "
    "evidence) unless --keep-posts: then it is disabled and hidden from `list` (shown with "
    "--all), its posts stay searchable, and `enable` or `add` brings it back.\n\n"
    "A channel defined in channels.toml is removed by deleting it there."
)


@channels_app.command("remove", help=REMOVE_HELP)
@handles_errors
def remove(
    name: NameArg,
    keep_posts: Annotated[
        bool,
        typer.Option(
            "--keep-posts",
            help="For a channel with stored "
            "posts: stop watching it and hide it from `list`, "
            "keeping every post.",
        ),
    ] = False,
) -> None:
    """Stop watching a channel (see REMOVE_HELP)."""
    from monitor.store.channels import normalize_username, remove_channel
    from monitor.store.db import session_scope

    settings, engine = open_store(logs=False)
    if (cfg := _in_toml(settings, name)) is not None:
        raise UsageError(
            f"channel {cfg.username} is defined in {settings.config_dir / 'channels.toml'}: "
            "delete it there (or set enabled = false), then run this again"
        )
    with session_scope(engine) as session:
        outcome = remove_channel(session, name, keep_posts=keep_posts)
    username = normalize_username(name)
    if outcome == "deleted":
        _say(f"{username} removed")
    else:
        _say(f"{username} removed from the watch list; its posts are kept")
