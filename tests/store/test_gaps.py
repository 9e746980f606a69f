"""Gaps: message ids missing inside a channel's stored range, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine

from monitor.store.db import session_scope
from monitor.store.gaps import Gap, find_gaps
from monitor.store.models import Channel, Post

WHEN = datetime(2025, 3, 8, 6, 0, tzinfo=UTC)


def store(engine: Engine, username: str, ids: list[int], deleted: tuple[int, ...] = ()) -> int:
    with session_scope(engine) as session:
        channel = Channel(username=username, title=username, source="web", side="ru")
        session.add(channel)
        session.flush()
        session.add_all(
            Post(channel_id=channel.id, message_id=i, posted_at=WHEN, text=f"post {i}",
                 text_hash=str(i), deleted_at=WHEN if i in deleted else None)
            for i in ids
        )
        return channel.id


def test_ranges_inside_the_stored_range(engine: Engine) -> None:
    store(engine, "rybar", [5, 6, 7, 10, 11, 20])
    with session_scope(engine) as session:
        gaps = find_gaps(session)
    assert gaps == [Gap("rybar", 8, 9, 2), Gap("rybar", 12, 19, 8)]
    assert gaps[0].missing == 2  # a named tuple: (channel, from_id, to_id, missing)


def test_known_deleted_posts_are_not_gaps(engine: Engine) -> None:
    store(engine, "rybar", [1, 2, 3, 4, 6], deleted=(2, 3))
    with session_scope(engine) as session:
        assert find_gaps(session) == [Gap("rybar", 5, 5, 1)]


def test_per_channel_filter_and_limit(engine: Engine) -> None:
    first = store(engine, "mod_russia", [100, 103, 110])
    second = store(engine, "butusov_plus", [1, 3])
    store(engine, "no_gaps", [1, 2, 3])
    store(engine, "empty", [])
    with session_scope(engine) as session:
        assert find_gaps(session) == [Gap("butusov_plus", 2, 2, 1),
                                      Gap("mod_russia", 101, 102, 2),
                                      Gap("mod_russia", 104, 109, 6)]
        assert find_gaps(session, channel_id=first, limit=1) == [Gap("mod_russia", 101, 102, 2)]
        assert find_gaps(session, channel_id=second) == [Gap("butusov_plus", 2, 2, 1)]
        assert find_gaps(session, limit=0) == []


def test_no_posts_no_gaps(engine: Engine) -> None:
    with session_scope(engine) as session:
        assert find_gaps(session) == []
