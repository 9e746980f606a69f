"""`monitor sql`: an analyst's query, run so that it cannot change the database or read
beyond it.

Layers: (1) only one statement, starting with a reading keyword (SELECT, WITH, VALUES, TABLE,
EXPLAIN and SHOW; PRAGMA without `=` or a setter's parentheses on SQLite), checked by a lexer that
knows comments (nested on PostgreSQL), quotes, E-strings and dollar quotes; this check is a
filter for clear messages, not a lock by itself. (2) SQLite opened read-only (`mode=ro` URI,
path percent-encoded) with `PRAGMA query_only`, an authorizer that denies `fts3_tokenizer`, a
length limit and a progress handler for the timeout and Ctrl-C; PostgreSQL in a READ ONLY
transaction that has already run a query (so `SET TRANSACTION READ WRITE` is refused), run in a
server-side cursor (one statement only), rolled back at the end. (3) On PostgreSQL, the
transaction runs as the reader role (`SET LOCAL ROLE`, see reader_role.py), so superuser
functions are refused for permission. Every statement has a timeout (default 30 s).
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any
from urllib.request import pathname2url

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from monitor.errors import MonitorError, StoreError, UsageError
from monitor.store.reader_role import READER_ROLE, quote_ident, usable_reader_role

_OPEN_RESULTS = "monitor_open_results"
READING = {
    "sqlite": ("select", "with", "values", "explain", "pragma"),
    "postgresql": ("select", "with", "values", "table", "explain", "show"),
}
# PRAGMAs that read with an argument in parentheses; any other `PRAGMA x(...)` is a setter.
READING_PRAGMAS = frozenset(
    {
        "table_info",
        "table_xinfo",
        "table_list",
        "index_list",
        "index_info",
        "index_xinfo",
        "foreign_key_list",
        "foreign_key_check",
        "integrity_check",
        "quick_check",
    }
)
REFUSED = "monitor sql is read-only"
DEFAULT_TIMEOUT_SECONDS = 30.0
SQLITE_MAX_LENGTH = 64_000_000  # bytes in one value: randomblob(300000000) is refused
_WRITE_HINTS = (
    "readonly",
    "read-only",
    "read only",
    "query_only",
    "attempt to write",
    "data-modifying",
)
# Set by Ctrl-C/SIGTERM during `monitor sql` (cli/sql.py); the SQLite progress handler polls it.
CANCEL = threading.Event()
_DOLLAR = re.compile(r"\$(?:[A-Za-z_][A-Za-z_0-9]*)?\$")


class QueryCancelled(MonitorError):
    """The analyst interrupted the query (exit 130)."""

    exit_code = 130


def _literal_end(sql: str, i: int, dialect: str) -> int:
    """The end of the comment or literal starting at `i`, or -1 when none starts there."""
    size, two = len(sql), sql[i : i + 2]
    if two == "--":
        end = sql.find("\n", i)
        return size if end < 0 else end
    if two == "/*":
        return _comment_end(sql, i, nested=dialect == "postgresql")
    char = sql[i]
    if char in "'\"`":
        escaped = (
            char == "'"
            and i > 0
            and sql[i - 1] in "eE"
            and (i < 2 or not (sql[i - 2].isalnum() or sql[i - 2] == "_"))
        )
        j = i + 1
        while j < size:
            if escaped and sql[j] == "\\":
                j += 2
                continue
            if sql[j] == char:
                if sql[j + 1 : j + 2] == char:  # doubled quote
                    j += 2
                    continue
                return j + 1
            j += 1
        return size
    if char == "$" and (dollar := _DOLLAR.match(sql, i)):
        end = sql.find(dollar.group(), dollar.end())
        return size if end < 0 else end + len(dollar.group())
    return -1


def _comment_end(sql: str, i: int, *, nested: bool) -> int:
    depth, j, size = 0, i, len(sql)
    while j < size:
        if sql.startswith("/*", j) and (nested or depth == 0):
            depth, j = depth + 1, j + 2
        elif sql.startswith("*/", j):
            depth, j = depth - 1, j + 2
            if depth == 0:
                return j
        else:
            j += 1
    return size


def _strip(sql: str, dialect: str = "postgresql") -> str:
    """The SQL with comments and string/identifier literals blanked (same length)."""
    out = []
    i, size = 0, len(sql)
    while i < size:
        end = _literal_end(sql, i, dialect)
        if end < 0:
            out.append(sql[i])
            i += 1
            continue
        out.append(" " * (end - i))
        i = end
    return "".join(out)


def check_statement(sql: str, dialect: str) -> str:
    """The statement without trailing semicolons, or a UsageError saying why it is refused."""
    bare = _strip(sql, dialect).rstrip().rstrip(";").rstrip()
    if not bare.strip():
        raise UsageError('give an SQL query, e.g. monitor sql "SELECT * FROM flagged_posts"')
    if ";" in bare:
        raise UsageError(f"{REFUSED}: give one statement at a time")
    word = bare.lstrip("( \t\r\n").split(None, 1)[0].split("(")[0]
    first = word.lower()
    sqlite = dialect == "sqlite"
    allowed = READING["sqlite" if sqlite else "postgresql"]
    if first not in allowed or (first == "pragma" and not _reading_pragma(bare)):
        raise UsageError(
            f"{REFUSED}: {word!r} statements are refused; use SELECT, WITH, VALUES"
            + (", EXPLAIN or PRAGMA (reading)" if sqlite else ", TABLE, EXPLAIN or SHOW")
        )
    return sql.rstrip().rstrip(";")


def _reading_pragma(bare: str) -> bool:
    match = re.fullmatch(r"\s*pragma\s+(?:\w+\s*\.\s*)?(\w+)\s*(\(.*\))?\s*", bare, re.I | re.S)
    if match is None:
        return False  # `PRAGMA x = y` and anything else odd
    return match.group(2) is None or match.group(1).lower() in READING_PRAGMAS


def readonly_engine(
    engine: Engine,
    *,
    role: str | None = READER_ROLE,
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS,
) -> Engine:
    """An engine on the same database that cannot write and whose statements time out: SQLite
    opened with `mode=ro`; PostgreSQL transactions begun READ ONLY, as the reader `role`."""
    url = engine.url
    if url.get_backend_name() != "sqlite":
        return _postgres_reader(engine, role, timeout_seconds)
    if not url.database or url.database == ":memory:":
        raise StoreError("monitor sql needs an SQLite database file")
    path = Path(url.database).resolve()
    if not path.is_file():
        raise StoreError(f"the database file {path} does not exist: run `monitor db upgrade`")
    uri = "file:" + pathname2url(str(path)) + "?mode=ro"

    def connect() -> _TimedConnection:
        connection = sqlite3.connect(
            uri, uri=True, check_same_thread=False, factory=_TimedConnection
        )
        _guard_sqlite(connection, timeout_seconds)
        return connection

    # The URL names the file (a file database gets a queue pool); `creator` opens it read-only.
    ro = create_engine(URL.create("sqlite+pysqlite", database=str(path)), creator=connect)
    event.listen(ro, "before_cursor_execute", _start_clock)
    return ro


def _postgres_reader(engine: Engine, role: str | None, timeout_seconds: float) -> Engine:
    ro = create_engine(
        engine.url, execution_options={"postgresql_readonly": True}, pool_pre_ping=True
    )
    usable = None
    if role:
        try:
            with ro.connect() as probe:
                usable = usable_reader_role(probe, role)
        except BaseException:
            ro.dispose()
            raise
    setup = [f"SET LOCAL statement_timeout = {max(1, int(timeout_seconds * 1000))}"]
    if usable:
        setup.append(f"SET LOCAL ROLE {quote_ident(usable)}")

    def begin(connection: Connection) -> None:
        for statement in setup:
            connection.exec_driver_sql(statement)

    event.listen(ro, "begin", begin)
    return ro


class _TimedConnection(sqlite3.Connection):
    """An SQLite connection whose statements stop at `deadline` (reset before each one)."""

    timeout_seconds = DEFAULT_TIMEOUT_SECONDS
    deadline = 0.0


def _guard_sqlite(connection: _TimedConnection, timeout_seconds: float) -> None:
    """Deny fts3_tokenizer (it leaks a pointer), cap value sizes, decode text leniently and
    stop a statement after `timeout_seconds` or on Ctrl-C."""
    connection.execute("PRAGMA query_only = ON")
    connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, SQLITE_MAX_LENGTH)
    connection.text_factory = lambda raw: raw.decode("utf-8", "replace")
    connection.timeout_seconds = timeout_seconds
    connection.deadline = time.monotonic() + timeout_seconds

    def authorize(action: int, _arg1: Any, arg2: Any, *_: Any) -> int:
        if action == sqlite3.SQLITE_FUNCTION and str(arg2).lower() == "fts3_tokenizer":
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    def progress() -> int:
        return int(CANCEL.is_set() or time.monotonic() > connection.deadline)

    connection.set_authorizer(authorize)
    connection.set_progress_handler(progress, 10_000)


def _start_clock(conn: Connection, *_args: Any) -> None:
    raw = conn.connection.driver_connection
    if isinstance(raw, _TimedConnection):
        raw.deadline = time.monotonic() + raw.timeout_seconds


@contextmanager
def readonly_connection(
    engine: Engine,
    *,
    role: str | None = READER_ROLE,
    timeout_seconds: float = DEFAULT_TIMEOUT_SECONDS,
) -> Iterator[Connection]:
    """A connection that cannot write, rolled back when done."""
    ro_engine = readonly_engine(engine, role=role, timeout_seconds=timeout_seconds)
    try:
        with ro_engine.connect() as connection:
            if connection.dialect.name != "sqlite":
                connection.exec_driver_sql("SET TRANSACTION READ ONLY")
                connection.exec_driver_sql("SELECT 1")  # now READ WRITE can no longer be set
            try:
                yield connection
            finally:
                _close(connection)
    finally:
        ro_engine.dispose()


def _close(connection: Connection) -> None:
    """Close open results and roll back; after an interrupt the connection is dropped."""
    try:
        for result in connection.info.pop(_OPEN_RESULTS, []):
            result.close()
        connection.rollback()
    except (DBAPIError, KeyboardInterrupt, Exception):
        with suppress(Exception):
            connection.invalidate()


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


def _explain(exc: DBAPIError) -> MonitorError:
    message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    lowered = message.lower()
    if CANCEL.is_set() or "canceling statement due to user request" in lowered:
        return QueryCancelled("query cancelled")
    if lowered == "interrupted" or "statement timeout" in lowered:
        return UsageError(
            f"the query failed: it ran past the statement timeout ({message}); "
            "raise it with --timeout or [sql] statement_timeout_seconds"
        )
    if any(hint in lowered for hint in _WRITE_HINTS):
        return UsageError(f"{REFUSED}: the database refused a write ({message})")
    return UsageError(f"the query failed: {message}")
