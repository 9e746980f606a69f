"""PostgreSQL's bulk insert of new posts (`monitor.store.insert_posts` hands it the large ones).

The rows are copied (binary COPY) into a temporary table, then moved into `posts` by one
`INSERT ... SELECT ... ON CONFLICT`: the same upsert as row by row, but PostgreSQL runs its
executor once instead of once per row, psycopg formats the rows in C, and the values the same
in every row (channel, first seen, ...) are sent once. Measured on an import of 100,000
messages, against psycopg's pipelined executemany of the row upsert: see bench/bench_import.py.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    JSON,
    Connection,
    DateTime,
    Integer,
    Table,
    bindparam,
    column,
    func,
    select,
    table,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect

from monitor.store.models import Post

if TYPE_CHECKING:
    import psycopg

INCOMING = "posts_incoming"
_POSTS = cast(Table, Post.__table__)


def _copy_type(name: str) -> str:
    """The temporary table's type of a posts column, as COPY sends it (the JSON columns' bind
    processor wraps a value for psycopg's json dumper, which COPY uses as executemany does)."""
    kind = _POSTS.c[name].type
    if isinstance(kind, JSON):
        return "json"
    if isinstance(kind, Integer):
        return "int8"
    if isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime):
        return "timestamptz"
    return "text"


@functools.lru_cache(maxsize=8)
def _statements(
    dialect: Dialect, keys: tuple[str, ...], fixed: frozenset[str], counters: tuple[str, ...]
) -> tuple[str, str, list[str], str]:
    """The temporary table's DDL, the COPY, the COPY's types and the INSERT ... SELECT (its
    parameters: the fixed values, in `keys` order)."""
    copied = [key for key in keys if key not in fixed]
    types = [_copy_type(key) for key in copied]
    ddl = (
        f"CREATE TEMPORARY TABLE {INCOMING} ("
        + ", ".join(f"{key} {kind}" for key, kind in zip(copied, types, strict=True))
        + ") ON COMMIT DROP"
    )
    copy = f"COPY {INCOMING} ({', '.join(copied)}) FROM STDIN (FORMAT BINARY)"
    incoming = table(INCOMING, *(column(key) for key in copied))

    def value(key: str) -> Any:
        if key in fixed:
            return bindparam(key, type_=_POSTS.c[key].type)
        return incoming.c[key]

    # A fresh temporary table is read in the order it was written (no parallel or synchronized
    # scans of temporary tables): new posts get their ids in message order, as row by row.
    stmt = postgresql.insert(Post).from_select(list(keys), select(*(value(k) for k in keys)))
    stmt = stmt.on_conflict_do_update(
        index_elements=["channel_id", "message_id"],
        set_={
            "last_seen_at": stmt.excluded.last_seen_at,
            **{name: func.coalesce(stmt.excluded[name], _POSTS.c[name]) for name in counters},
        },
    )
    return ddl, copy, types, str(stmt.compile(dialect=dialect))


def copy_posts(
    connection: Connection,
    params: Sequence[tuple[Any, ...]],
    keys: tuple[str, ...],
    fixed: frozenset[str],
    counters: tuple[str, ...],
) -> None:
    """Insert `params` (tuples of bind-processed values in `keys` order; the columns in `fixed`
    equal in every row) in the caller's transaction, keeping `counters` of a row already there
    unless the new row has them. The message ids must be distinct."""
    ddl, copy_sql, types, insert_sql = _statements(connection.dialect, keys, fixed, counters)
    fixed_at = [i for i, key in enumerate(keys) if key in fixed]
    take = operator.itemgetter(*(i for i, key in enumerate(keys) if key not in fixed))
    first = params[0]
    raw = cast("psycopg.Connection[Any]", connection.connection.dbapi_connection)
    with raw.cursor() as cursor:
        cursor.execute(ddl)
        with cursor.copy(copy_sql) as copy:
            copy.set_types(types)
            for row in params:
                copy.write_row(take(row))
        cursor.execute(insert_sql, {keys[i]: first[i] for i in fixed_at})
        cursor.execute(f"DROP TABLE {INCOMING}")
