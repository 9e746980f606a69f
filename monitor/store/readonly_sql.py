"""`monitor sql`: an analyst's query, run so that it cannot change the database.

Three locks, each enough on its own for ordinary SQL: only one statement, starting with a
reading keyword (SELECT, WITH, VALUES, TABLE, EXPLAIN, SHOW; PRAGMA without `=` on SQLite);
SQLite opened read-only (`mode=ro` URI) with `PRAGMA query_only`; PostgreSQL in a READ ONLY
transaction that has already run a query (so `SET TRANSACTION READ WRITE` is refused) and is
rolled back at the end. A refused write is a `UsageError` that says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from monitor.errors import StoreError, UsageError

_OPEN_RESULTS = "monitor_open_results"
READING = ("select", "with", "values", "table", "explain", "show")
REFUSED = "monitor sql is read-only"
_WRITE_HINTS = (
    "readonly",
    "read-only",
    "read only",
    "query_only",
    "attempt to write",
    "data-modifying",
)


def _strip(sql: str) -> str:
    """The SQL with comments and string/identifier literals blanked (same length)."""
    out = []
    i, size = 0, len(sql)
    while i < size:
        two = sql[i : i + 2]
        if two == "--":
            end = sql.find("\n", i)
            end = size if end < 0 else end
        elif two == "/*":
            end = sql.find("*/", i + 2)
            end = size if end < 0 else end + 2
        elif sql[i] in "'\"`":
            end = sql.find(sql[i], i + 1)
            while end >= 0 and sql[end + 1 : end + 2] == sql[i]:  # doubled quote
                end = sql.find(sql[i], end + 2)
            end = size if end < 0 else end + 1
        elif dollar := re.match(r"\$[A-Za-z_]*\$", sql[i:]):
            end = sql.find(dollar.group(), i + len(dollar.group()))
            end = size if end < 0 else end + len(dollar.group())
        else:
            out.append(sql[i])
            i += 1
            continue
        out.append(" " * (end - i))
        i = end
    return "".join(out)


def check_statement(sql: str, dialect: str) -> str:
    """The statement without trailing semicolons, or a UsageError saying why it is refused."""
    bare = _strip(sql).rstrip().rstrip(";").rstrip()
    if not bare.strip():
        raise UsageError('give an SQL query, e.g. monitor sql "SELECT * FROM flagged_posts"')
    if ";" in bare:
        raise UsageError(f"{REFUSED}: give one statement at a time")
    first = bare.split(None, 1)[0].lower().lstrip("(")
    allowed = READING + (("pragma",) if dialect == "sqlite" else ())
    if first not in allowed or (first == "pragma" and "=" in bare):
        raise UsageError(
            f"{REFUSED}: {first.upper()} statements are refused; use SELECT, WITH, VALUES, "
            "EXPLAIN" + (" or PRAGMA (reading)" if dialect == "sqlite" else " or SHOW")
        )
    return sql.rstrip().rstrip(";")


def readonly_engine(engine: Engine) -> Engine:
    """An engine on the same database that cannot write: SQLite opened with `mode=ro`;
    PostgreSQL transactions begun READ ONLY."""
    url = engine.url
    if url.get_backend_name() != "sqlite":
        return engine.execution_options(postgresql_readonly=True)
    if not url.database or url.database == ":memory:":
        raise StoreError("monitor sql needs an SQLite database file")
    ro = make_url(f"sqlite+pysqlite:///file:{url.database}?mode=ro&uri=true")
    return create_engine(ro)


@contextmanager
def readonly_connection(engine: Engine) -> Iterator[Connection]:
    """A connection that cannot write, rolled back when done."""
    ro_engine = readonly_engine(engine)
    try:
        with ro_engine.connect() as connection:
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql("PRAGMA query_only = ON")
            else:
                connection.exec_driver_sql("SET TRANSACTION READ ONLY")
                connection.exec_driver_sql("SELECT 1")  # now READ WRITE can no longer be set
            try:
                yield connection
            finally:
                for result in connection.info.pop(_OPEN_RESULTS, []):
                    result.close()
                connection.rollback()
    finally:
        if ro_engine.dialect.name == "sqlite":
            ro_engine.dispose()


def run_query(connection: Connection, sql: str) -> tuple[list[str], Iterator[Sequence[Any]]]:
    """(column names, streamed rows) of one reading statement on a read-only connection."""
    statement = check_statement(sql, connection.dialect.name)
    # The text goes to the driver as written: no `:name` or `%s` parameter parsing.
    options: dict[str, Any] = {"no_parameters": True}
    # A server-side cursor (DECLARE ... CURSOR) takes only queries, not EXPLAIN or SHOW.
    first = _strip(statement).split(None, 1)[0].lower().lstrip("(")
    cursor_ok = first not in ("explain", "show")
    if connection.dialect.name != "sqlite" and cursor_ok:
        options.update(stream_results=True, max_row_buffer=1000)
    try:
        result = connection.execution_options(**options).exec_driver_sql(statement)
    except DBAPIError as exc:
        raise _explain(exc) from None
    connection.info.setdefault(_OPEN_RESULTS, []).append(result)
    if not result.returns_rows:
        raise UsageError(f"{REFUSED}: that statement returns no rows")
    return list(result.keys()), _rows(result)


def _rows(result: Any) -> Iterator[Sequence[Any]]:
    try:
        yield from result
    except DBAPIError as exc:
        raise _explain(exc) from None


def _explain(exc: DBAPIError) -> UsageError:
    message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    if any(hint in message.lower() for hint in _WRITE_HINTS):
        return UsageError(f"{REFUSED}: the database refused a write ({message})")
    return UsageError(f"the query failed: {message}")
