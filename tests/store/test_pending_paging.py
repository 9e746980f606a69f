"""Analysis goes through the pending posts by id: each batch starts past the last id of the one
before, so re-analysing a big archive reads each post once instead of rescanning from the first
post every batch (quadratic in the post count)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, text

from monitor.analyzer import Analyzer
from monitor.config import load_settings
from monitor.runtime.jobs import analyze_pending
from monitor.store.analysis import forget_analysis, pending_posts
from monitor.store.db import session_scope
from tests.rows import insert_channel

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _posts(engine: Engine, count: int) -> None:
    with engine.begin() as connection:
        insert_channel(connection, NOW)
        for post_id in range(1, count + 1):
            connection.execute(
                text(
                    "INSERT INTO posts (id, channel_id, message_id, posted_at, text, text_hash, "
                    "missing_polls, first_seen_at, last_seen_at) "
                    "VALUES (:i, 1, :i, :t, :b, 'h', 0, :t, :t)"
                ),
                {"i": post_id, "t": NOW, "b": f"ВСУ атаковали Суджу, пост {post_id}"},
            )


def test_pending_posts_start_past_the_given_id(engine: Engine) -> None:
    _posts(engine, 5)
    with session_scope(engine) as session:
        assert [p.id for p in pending_posts(session, "v", 2)] == [1, 2]
        assert [p.id for p in pending_posts(session, "v", 10, after_id=2)] == [3, 4, 5]
        assert pending_posts(session, "v", 10, after_id=5) == []


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory: pytest.TempPathFactory) -> Analyzer:
    data = tmp_path_factory.mktemp("paging-data")
    return Analyzer(load_settings(REPO / "config", env={"MONITOR_DATA_DIR": str(data)}))


def test_analysis_batches_go_on_by_id_and_report_progress(
    engine: Engine, analyzer: Analyzer
) -> None:
    _posts(engine, 5)
    starts: list[object] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if "analyzed_version" in statement and statement.lstrip().startswith("SELECT"):
            values = parameters.values() if isinstance(parameters, dict) else parameters
            starts.append(next(iter(values)))

    event.listen(engine, "before_cursor_execute", record)
    done: list[int] = []
    with session_scope(engine) as session:
        assert forget_analysis(session) == 5
    assert analyze_pending(engine, analyzer, batch=2, progress=done.append) == 5
    event.remove(engine, "before_cursor_execute", record)
    assert done == [2, 2, 1]
    assert starts == [0, 2, 4, 5]  # the id each batch starts past
    with session_scope(engine) as session:
        assert pending_posts(session, analyzer.version, 10) == []
        claims = session.execute(text("SELECT count(*) FROM claims")).scalar_one()
    assert claims == 5
