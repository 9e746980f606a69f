"""`monitor sql`: run one read-only SQL query (see README, "SQL for analysts")."""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from itertools import islice
from typing import TYPE_CHECKING, Annotated, Any

import typer

from monitor.cli.app import app, err_console, handles_errors, open_store
from monitor.cli.output import Format, FormatOption, StreamFormat, emit

if TYPE_CHECKING:
    from sqlalchemy import Engine


@app.command("sql")
@handles_errors
def sql_command(
    query: Annotated[str, typer.Argument(help="One SELECT (or WITH, VALUES, EXPLAIN) query.")],
    fmt: FormatOption = Format.table,
    limit: Annotated[
        int, typer.Option(min=0, help="At most this many rows for table/json (0: no limit).")
    ] = 1000,
) -> None:
    """Run a read-only query: the database is opened so that writes are refused."""
    _, engine = open_store()
    try:
        records, more = _query(engine, query, fmt, limit)
    finally:
        engine.dispose()
    if records is None:
        return
    emit(records, fmt.value, list(records[0]) if records else None, title=f"{len(records)} rows")
    if more:
        err_console.print(
            f"stopped at {limit} rows: raise --limit, or use --format csv/jsonl to stream all",
            highlight=False,
        )


# How SQLite's DateTime columns come back from raw SQL: text without a zone (always UTC here).
_SQLITE_MOMENT = re.compile(r"^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(\.\d+)?$")


def _iso(value: Any) -> Any:
    """Moments in one format on both backends: ISO 8601 with the UTC offset, to the second
    (PostgreSQL returns datetimes, SQLite text such as `2025-03-09 17:40:00.000000`)."""
    if isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).replace(microsecond=0).isoformat()
    if isinstance(value, str) and (match := _SQLITE_MOMENT.match(value)):
        return f"{match.group(1)}T{match.group(2)}+00:00"
    return value


def _query(
    engine: Engine, query: str, fmt: Format, limit: int
) -> tuple[list[dict[str, Any]] | None, bool]:
    """Stream csv/jsonl to stdout (None), or the rows for a table/json (and whether more)."""
    from monitor.store.export import write_rows
    from monitor.store.readonly_sql import readonly_connection, run_query

    with readonly_connection(engine) as connection:
        columns, raw = run_query(connection, query)
        rows = (tuple(_iso(v) for v in row) for row in raw)
        if fmt.value in {f.value for f in StreamFormat}:  # written as read, unlimited
            count = write_rows(rows, columns, fmt.value, sys.stdout)
            sys.stdout.flush()
            err_console.print(f"{count} rows", highlight=False)
            return None, False
        taken = list(islice(rows, limit or None))
        more = bool(limit) and next(rows, None) is not None
    return [dict(zip(columns, row, strict=True)) for row in taken], more
