"""Importing an export keeps SQLite's search index whole: new rows are indexed in bulk with the
per-row trigger suspended, and a failed import leaves trigger and index as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine

from monitor.errors import ImportFileError
from monitor.sources.desktop_import import BATCH
from tests.sources.test_desktop_import import big_chat, chat, counts, message, run_import, write

FTS_TRIGGERS = {"posts_fts_ai", "posts_fts_ad", "posts_fts_au"}


def fts_state(engine: Engine) -> tuple[set[str], int]:
    """SQLite: the search triggers present, and how many posts the index finds for a word of
    every test message (after FTS5's own integrity check against the posts)."""
    if engine.dialect.name != "sqlite":
        pytest.skip("the FTS5 index is SQLite's; PostgreSQL indexes with GIN")
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO posts_fts(posts_fts, rank) VALUES ('integrity-check', 1)"
        )
        triggers = {
            name
            for (name,) in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'posts_fts_%'"
            )
        }
        found = connection.exec_driver_sql(
            "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'обстановка'"
        ).scalar()
    return triggers, int(found or 0)


def test_bulk_import_keeps_the_sqlite_search_index_whole(engine: Engine, tmp_path: Path) -> None:
    fts_state(engine)  # skips on PostgreSQL
    path = write(tmp_path / "result.json", big_chat(BATCH * 2 + 10))
    assert run_import(engine, path, channel="butusov_plus").new == BATCH * 2 + 10
    assert fts_state(engine) == (FTS_TRIGGERS, BATCH * 2 + 10)
    newer = [
        message(i, "Новая обстановка", edited=5) if i == 3 else message(i)
        for i in range(1, BATCH * 2 + 40)
    ]
    again = run_import(engine, write(tmp_path / "newer.json", chat(newer)), channel="butusov_plus")
    assert (again.new, again.edited) == (29, 1)
    assert fts_state(engine) == (FTS_TRIGGERS, BATCH * 2 + 39)


def test_failed_bulk_import_leaves_the_search_index_as_it_was(
    engine: Engine, tmp_path: Path
) -> None:
    fts_state(engine)  # skips on PostgreSQL
    run_import(engine, write(tmp_path / "first.json", big_chat(5)), channel="butusov_plus")
    whole = json.dumps(big_chat(BATCH * 3), ensure_ascii=False).encode()
    path = tmp_path / "cut.json"
    path.write_bytes(whole[: len(whole) - 200])
    with pytest.raises(ImportFileError):
        run_import(engine, path, channel="butusov_plus")
    assert counts(engine) == (1, 5, 0)
    assert fts_state(engine) == (FTS_TRIGGERS, 5)
