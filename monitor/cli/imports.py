"""`monitor import`: load a Telegram Desktop export (result.json) into the database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from monitor.cli.app import app, console, err_console, handles_errors, open_store
from monitor.domain import SideChoice

if TYPE_CHECKING:
    from rich.progress import Progress

    from monitor.sources.desktop_import import ImportStats


def summary(path: Path, stats: ImportStats) -> str:
    into = ", ".join(stats.channels) or "no channel"
    line = (
        f"{path.name} → {into}: {stats.new:,} new, {stats.edited:,} edited, "
        f"{stats.unchanged:,} unchanged, {stats.service:,} service messages skipped"
    )
    if stats.skipped_chats:
        line += (
            f"; {len(stats.skipped_chats)} channel(s) matched no known channel and were "
            f"skipped (--all-channels imports them): {', '.join(stats.skipped_chats)}"
        )
    return line


@app.command("import")
@handles_errors
def import_command(
    path: Annotated[Path, typer.Argument(help="The export's result.json.")],
    channel: Annotated[
        str | None,
        typer.Option(
            help="Channel username to import a single-chat export into (created if missing). "
            "Without it the chat goes to the channel with the same title or telegram id."
        ),
    ] = None,
    all_channels: Annotated[
        bool,
        typer.Option(
            "--all-channels",
            help="Whole-account export: also import channels that match no "
            "known channel, as export_<chat id>.",
        ),
    ] = False,
    side: Annotated[
        SideChoice, typer.Option(help="Side of channels this import creates.")
    ] = SideChoice.other,
) -> None:
    """Import a Telegram Desktop export (one chat, or a whole account), streamed.

    Re-importing adds nothing; a newer export adds what is new and records edits.
    A malformed file is refused with its byte position and nothing of it is kept."""
    from monitor.sources.desktop_import import import_export
    from monitor.store.db import session_scope

    _, engine = open_store()
    try:
        total = path.stat().st_size
    except OSError:
        total = None  # the import itself reports the unreadable file
    with _byte_progress() as progress:
        task = progress.add_task(f"importing {path.name}", total=total)
        with session_scope(engine) as session:
            stats = import_export(
                session,
                path,
                channel=channel,
                all_channels=all_channels,
                side=side.value,
                progress=lambda done: progress.update(task, completed=done),
            )
        progress.update(task, description="committed")
    console.print(summary(path, stats), highlight=False)


def _byte_progress() -> Progress:
    """A transient progress bar on stderr over the export's bytes."""
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
    )
    return Progress(*columns, console=err_console, transient=True)
