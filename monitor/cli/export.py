"""`monitor export`: posts, flags, claims or clusters to CSV or JSON Lines, streamed."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from monitor.cli.app import app, err_console, handles_errors, open_store, parse_since, working
from monitor.cli.output import StreamFormat, StreamFormatOption
from monitor.errors import UsageError


class Kind(StrEnum):
    posts = "posts"
    flags = "flags"
    claims = "claims"
    clusters = "clusters"


@app.command("export")
@handles_errors
def export_command(
    kind: Annotated[Kind, typer.Argument(help="What to export.")],
    fmt: StreamFormatOption = StreamFormat.csv,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Posts from this date (UTC).")] = None,
    raw: Annotated[
        bool,
        typer.Option(
            "--raw",
            help="CSV: keep cells as stored. By default a cell starting with = + - @, tab or CR "
            "gets a leading ' so that spreadsheets do not run it as a formula.",
        ),
    ] = False,
) -> None:
    """Export to CSV or JSON Lines with stable column names (see README, "Exports")."""
    from monitor.store.export import COLUMNS, export

    _, engine = open_store()
    moment = parse_since(since)
    if output is not None and not output.parent.is_dir():
        raise UsageError(f"--output {output}: the folder {output.parent} does not exist")
    try:
        if output is None:  # stdout may be the terminal: no spinner over the rows
            count = export(engine, kind.value, fmt.value, sys.stdout, moment, raw)
        else:
            with working(f"exporting {kind.value} to {output}…"):
                count = export(engine, kind.value, fmt.value, output, moment, raw)
    finally:
        engine.dispose()
    sys.stdout.flush()
    where = str(output) if output else "stdout"
    err_console.print(
        f"exported {count} {kind.value} rows ({', '.join(COLUMNS[kind.value][:3])}, …) to {where}",
        highlight=False,
        markup=False,
    )
