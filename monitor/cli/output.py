"""Printing rows as a Rich table for people, or JSON/JSON Lines/CSV for scripts, and the one
`--format` option of each choice of layouts, shared by the commands (like sqlite-utils'
`output_options`): `FormatOption` (table, json, jsonl, csv), `TableOrJsonOption`,
`StreamFormatOption` (csv, jsonl: written row by row)."""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from monitor.cli.app import console


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class TableOrJson(StrEnum):
    table = "table"
    json = "json"


class StreamFormat(StrEnum):
    """The formats written row by row as they are read, never held in memory."""

    csv = "csv"
    jsonl = "jsonl"


FormatOption = Annotated[Format, typer.Option("--format")]
TableOrJsonOption = Annotated[
    TableOrJson, typer.Option("--format", help="table for people, or json for scripts.")
]
StreamFormatOption = Annotated[StreamFormat, typer.Option("--format")]


_ISO_MOMENT = re.compile(r"^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)[\d:.]*(?:\+00:00|Z)?$")


def _human(value: Any) -> str:
    """A value as a person reads it in a table (timestamps to the minute, UTC)."""
    if isinstance(value, datetime):
        value = value.isoformat()
    if isinstance(value, str) and (moment := _ISO_MOMENT.match(value)):
        return f"{moment.group(1)} {moment.group(2)}"
    return _cell(value)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell(v) for v in value)
    return str(value)


# Terminal sequences whole (CSI, OSC up to BEL or ST, DCS/SOS/PM/APC, two-byte ESC x), so no
# parameter bytes are left behind, then any other control or bidi character alone.
_TERMINAL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|[\x90\x98\x9d\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
)


def safe_text(value: Any, *, one_line: bool = False) -> Text:
    """A table cell or line of hostile text (posts, titles, errors quoting them): terminal
    escape sequences, control and bidi characters removed as in digests, and a Rich `Text`,
    so that `[bold]` or `[link=...]` in it is never read as markup. `one_line` also folds
    line breaks (titles, names)."""
    from monitor.alerts.markup import clean
    from monitor.alerts.markup import one_line as fold

    text = _TERMINAL.sub("", value if isinstance(value, str) else _cell(value))
    return Text(fold(text) if one_line else clean(text))


def csv_cell(value: Any, raw: bool = False) -> str:
    """A CSV cell: formulas neutralised (see monitor.store.export.csv_safe) unless `raw`."""
    from monitor.store.export import csv_safe

    text = _cell(value)
    return text if raw else csv_safe(text)


def emit(
    rows: Sequence[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    raw: bool = False,
) -> None:
    """Print `rows`; `raw` keeps CSV cells as stored (no formula neutralising)."""
    columns = list(columns or (rows[0].keys() if rows else []))
    if fmt == "json":
        sys.stdout.write(json.dumps(list(rows), ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: csv_cell(row.get(k), raw) for k in columns})
    else:
        print_table([[_human(row.get(c)) for c in columns] for row in rows], columns, title)


def emit_object(data: dict[str, Any]) -> None:
    """One JSON object (not a list of one), for commands that describe one thing."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


# A column is a token column (ids, timestamps, keys, numbers, short labels) when every value has
# at most this many words and characters; those never wrap. Other columns are text: they wrap
# at spaces, and only they give up width when the terminal is narrow.
_TOKEN_WORDS, _TOKEN_CHARS = 2, 40
_TEXT_MIN = 16  # the narrowest a text column is squeezed to


def _is_token_column(values: Sequence[str]) -> bool:
    return all(len(v) <= _TOKEN_CHARS and len(v.split()) <= _TOKEN_WORDS for v in values)


def print_table(cells: Sequence[Sequence[str]], columns: Sequence[str], title: str | None) -> None:
    """A table that fits the terminal: token columns keep their full width (an id or a
    timestamp is never split), text columns wrap at spaces. When even that cannot fit, or the
    output is not a terminal (piped), the table takes the width it needs and is never folded."""
    table = Table(title=title, show_lines=False, title_justify="left")
    widths = []
    for i, column in enumerate(columns):
        values = [row[i] for row in cells]
        longest = max([len(column), *(len(v) for v in values)])
        if _is_token_column(values):
            table.add_column(column, no_wrap=True, min_width=longest)
            widths.append(longest)
        else:
            table.add_column(column, overflow="fold", min_width=min(longest, _TEXT_MIN))
            widths.append(min(longest, _TEXT_MIN) if console.is_terminal else longest)
    for row in cells:
        # Post text is hostile: never let it carry Rich markup.
        table.add_row(*(safe_text(v) for v in row))
    needed = sum(widths) + 3 * len(columns) + 1
    if not console.is_terminal or needed > console.width:
        # Rich caps `print(width=...)` at the console's width, so a console of the needed width.
        wide = Console(
            file=console.file,
            width=max(needed, len(title or "")),
            force_terminal=console.is_terminal,
            color_system="auto" if console.color_system else None,
        )
        wide.print(table, crop=False)
    else:
        console.print(table)
