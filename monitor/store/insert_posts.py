"""Inserting new posts fast: the hot path of `monitor.store.ingest` (an export import writes a
million rows through it).

* SQLite: the upsert is compiled once and rows are handed to the driver as tuples, each value
  converted by its column type's own bind processor (values exactly as SQLAlchemy stores them),
  without SQLAlchemy's per-row parameter handling (a third of an import's time).
* SQLite's search index (migration 0005, `monitor.search`): FTS5 fed row by row by a trigger
  flushes its buffer at every row's statement savepoint, leaving a tiny index segment per row.
  A large insert suspends that trigger and indexes its rows with one statement (3x faster).
* PostgreSQL: a large insert is copied (binary COPY) into a temporary table and moved into
  `posts` by one `INSERT ... SELECT ... ON CONFLICT` (`monitor.store.copy_posts`); a small one
  takes the same compiled upsert and tuples through psycopg's executemany (pipelined), which
  SQLAlchemy's own executemany spent as much client time on as on its per-row parameters.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import Connection, Table, func
from sqlalchemy.engine import Dialect

from monitor.store.copy_posts import copy_posts
from monitor.store.db import upsert_insert
from monitor.store.models import Post

# Columns a later fetch may change without the text changing.
COUNTERS = ("views", "forwards", "replies", "reactions")
_POSTS = cast(Table, Post.__table__)
# The search index's row trigger and the view its FTS5 table indexes (migration 0005).
_FTS_TRIGGER, _FTS_SOURCE = "posts_fts_ai", "posts_fts_source"
# Fewer new rows than this: SQLite's row trigger (PostgreSQL: row-by-row upserts) costs less
# than the bulk path's DDL.
BULK_INDEX_MIN = 200
INSERT_KEYS = (
    "channel_id",
    "message_id",
    "posted_at",
    "edited_at",
    "text",
    "text_hash",
    "views",
    "forwards",
    "replies",
    "reactions",
    "author",
    "fwd_from_name",
    "fwd_from_channel_id",
    "fwd_from_message_id",
    "fwd_from_link",
    "reply_to",
    "album_id",
    "media_kind",
    "media",
    "link",
    "missing_polls",
    "first_seen_at",
    "last_seen_at",
)  # the keys of `_row`, in its order


@functools.lru_cache(maxsize=8)
def _upsert(dialect: Dialect) -> Any:
    """The insert of new posts; a row that raced in keeps its text and gets fresher counters."""
    stmt = upsert_insert(dialect, Post)
    return stmt.on_conflict_do_update(
        index_elements=["channel_id", "message_id"],
        set_={
            "last_seen_at": stmt.excluded.last_seen_at,
            **{name: func.coalesce(stmt.excluded[name], _POSTS.c[name]) for name in COUNTERS},
        },
    )


_Step = tuple[str, Callable[[Any], Any] | None, Any]


_NAMED_PARAMETER = re.compile(r"%\((\w+)\)s")


@functools.lru_cache(maxsize=8)
def _compiled_upsert(dialect: Dialect) -> tuple[str, list[_Step]]:
    """`_upsert` as SQL with positional parameters, and for each parameter its key, its bind
    processor (the column type's own, so values are stored exactly as SQLAlchemy stores them)
    and what that makes of None (computed once: most optional fields are None)."""
    compiled = _upsert(dialect).compile(
        dialect=dialect, column_keys=list(INSERT_KEYS), for_executemany=True
    )  # for_executemany: no RETURNING of each new id
    sql, keys = compiled.string, list(compiled.positiontup or ())
    if dialect.paramstyle == "pyformat":  # psycopg: `%(key)s` made `%s` (it takes either)
        keys = _NAMED_PARAMETER.findall(sql)
        sql = _NAMED_PARAMETER.sub("%s", sql)
    if keys != list(INSERT_KEYS):
        raise AssertionError("the compiled insert does not take the row keys in order")
    steps: list[_Step] = []
    for key in INSERT_KEYS:
        processor = _POSTS.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        steps.append((key, processor, processor(None) if processor else None))
    return sql, steps


def _positional(rows: list[dict[str, Any]], steps: list[_Step]) -> list[tuple[Any, ...]]:
    """Rows as parameter tuples. The values are taken in one C call (`itemgetter`); only the
    columns whose type converts values (dates, JSON) are converted in Python, and those the
    same in every row of a call (channel, first seen, ...) once."""
    first = rows[0]
    fixed = [
        (index, first[key] if proc is None else proc(first[key]))
        for index, (key, proc, _) in enumerate(steps)
        if key in _SAME_IN_A_CHUNK
    ]
    converted = [
        (index, proc, none)
        for index, (key, proc, none) in enumerate(steps)
        if proc is not None and key not in _SAME_IN_A_CHUNK
    ]
    take = operator.itemgetter(*(key for key, _, _ in steps))
    out: list[tuple[Any, ...]] = []
    for row in rows:
        values = list(take(row))
        for index, proc, none in converted:
            value = values[index]
            values[index] = none if value is None else proc(value)
        for index, value in fixed:
            values[index] = value
        out.append(tuple(values))
    return out


_SAME_IN_A_CHUNK = frozenset({"channel_id", "missing_polls", "first_seen_at", "last_seen_at"})


def insert_posts(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert new post rows (dicts keyed like `INSERT_KEYS`, one channel, one `now` and
    distinct message ids per call) in the caller's transaction."""
    bulk = len(rows) >= BULK_INDEX_MIN
    sql, steps = _compiled_upsert(connection.dialect)
    params = _positional(rows, steps)
    if bulk and connection.dialect.name == "postgresql":
        copy_posts(connection, params, INSERT_KEYS, _SAME_IN_A_CHUNK, COUNTERS)
        return
    trigger = _bulk_index_trigger(connection) if bulk else None
    if trigger is None:
        connection.exec_driver_sql(sql, params)
    else:
        _index_in_bulk(connection, trigger, lambda: connection.exec_driver_sql(sql, params))


def _bulk_index_trigger(connection: Connection) -> str | None:
    """The SQL of SQLite's search-index insert trigger when a bulk insert may suspend it: only
    inside a transaction already begun (pysqlite runs DDL outside one in autocommit, and the
    trigger must come back if the import is rolled back)."""
    if connection.dialect.name != "sqlite":
        return None
    raw = connection.connection.dbapi_connection
    if raw is None or not raw.in_transaction:
        return None
    found = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ? AND EXISTS "
        "(SELECT 1 FROM sqlite_master WHERE type = 'view' AND name = ?)",
        (_FTS_TRIGGER, _FTS_SOURCE),
    ).scalar()
    return str(found) if found else None


def _index_in_bulk(connection: Connection, trigger: str, insert: Callable[[], object]) -> None:
    """Insert with the per-row search trigger suspended, then index the new rows in one
    statement: FTS5 flushes its buffer at each row's statement savepoint, so the trigger makes
    a tiny index segment per row (measured: 3x slower for the whole insert). New rows are the
    ones above the highest id before the insert (SQLite picks max(id) + 1). All of it runs in
    the caller's transaction: a rollback restores the trigger with everything else."""
    floor = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM posts").scalar()
    connection.exec_driver_sql(f"DROP TRIGGER {_FTS_TRIGGER}")
    insert()
    connection.exec_driver_sql(
        f"INSERT INTO posts_fts(rowid, text) SELECT id, text FROM {_FTS_SOURCE} WHERE id > ?",
        (floor,),
    )
    connection.exec_driver_sql(trigger)
