"""`monitor sql`: run one read-only SQL query (see README, "SQL for analysts")."""

from __future__ import annotations

import re
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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
    timeout: Annotated[
        float | None,
        typer.Option(
            min=0.001,
            help="Cancel the query after this many seconds (default: [sql] "
            "statement_timeout_seconds, 30).",
        ),
    ] = None,
    raw: Annotated[
        bool, typer.Option("--raw", help="CSV: keep cells as stored (no formula neutralising).")
    ] = False,
) -> None:
    """Run a read-only query: the database is opened so that writes are refused and, on
    PostgreSQL, as a role that may only read the monitor's tables. Ctrl-C cancels it."""
    settings, engine = open_store()
    seconds = timeout or settings.sql.statement_timeout_seconds
    try:
        with _cancellable():
            records, more = _query(
                engine, query, fmt, limit, seconds, settings.sql.reader_role, raw
            )
    finally:
        engine.dispose()
    if records is None:
        return
    columns = list(records[0]) if records else None
    emit(records, fmt.value, columns, title=f"{len(records)} rows", raw=raw)
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


@contextmanager
def _cancellable() -> Iterator[None]:
    """Ctrl-C and SIGTERM cancel the running query (on the server too) and exit 130."""
    from monitor.store.readonly_sql import CANCEL, QueryCancelled

    def interrupt(_signum: int, _frame: Any) -> None:
        CANCEL.set()
        raise KeyboardInterrupt

    CANCEL.clear()
    previous = {s: signal.signal(s, interrupt) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    except KeyboardInterrupt:
        raise QueryCancelled("query cancelled") from None
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        CANCEL.clear()


def _query(
    engine: Engine, query: str, fmt: Format, limit: int, seconds: float, role: str, raw: bool
) -> tuple[list[dict[str, Any]] | None, bool]:
    """Stream csv/jsonl to stdout (None), or the rows for a table/json (and whether more)."""
    from monitor.store.export import write_rows
    from monitor.store.readonly_sql import readonly_connection, run_query

    with readonly_connection(engine, role=role, timeout_seconds=seconds) as connection:
        columns, fetched = run_query(connection, query)
        rows = (tuple(_iso(v) for v in row) for row in fetched)
        if fmt.value in {f.value for f in StreamFormat}:  # written as read, unlimited
            count = write_rows(rows, columns, fmt.value, sys.stdout, raw)
            sys.stdout.flush()
            err_console.print(f"{count} rows", highlight=False)
            return None, False
        taken = list(islice(rows, limit or None))
        more = bool(limit) and next(rows, None) is not None
    return [dict(zip(columns, row, strict=True)) for row in taken], more
