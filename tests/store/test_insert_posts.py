"""A large insert of new posts (PostgreSQL: COPY through a temporary table; SQLite: the search
trigger suspended) stores exactly what the row-by-row insert of a small one stores."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select

from monitor.config import ChannelConfig
from monitor.domain import FetchedPost, FetchResult, Forward
from monitor.store.db import session_scope
from monitor.store.ingest import ingest, sync_channels
from monitor.store.insert_posts import BULK_INDEX_MIN, INSERT_KEYS, insert_posts
from monitor.store.models import Channel, Post

T0 = datetime(2025, 3, 8, 14, 5, tzinfo=UTC)
STORED = [key for key in INSERT_KEYS if key not in ("channel_id", "first_seen_at", "last_seen_at")]


def detailed(mid: int) -> FetchedPost:
    """A post whose optional fields are set or not depending on its id."""
    return FetchedPost(
        channel="any",
        message_id=mid,
        posted_at=T0 + timedelta(minutes=mid),
        text=f"Бои у Суджи, сводка {mid}\nстрока «два»",
        edited_at=T0 + timedelta(hours=mid) if mid % 2 else None,
        views=mid * 10 if mid % 3 else None,
        forwards=mid if mid % 3 else None,
        replies=0 if mid % 3 else None,
        reactions={"👍": mid, "🔥": 1} if mid % 4 == 1 else None,
        author="Ю. Б." if mid % 5 == 0 else None,
        forward=(
            Forward("Рыбарь", 1326223284, 64312, "https://t.me/rybar/64312")
            if mid % 6 == 0
            else None
        ),
        reply_to=mid - 1 if mid % 7 == 0 else None,
        album_id=mid // 3 if mid % 8 == 0 else None,
        media_kind="photo" if mid % 9 == 0 else None,
        media={"file_name": f"photo_{mid}.jpg", "width": 1280} if mid % 9 == 0 else None,
        link=f"https://t.me/any/{mid}",
    )


def channels(engine: Engine, *names: str) -> list[int]:
    with session_scope(engine) as session:
        sync_channels(session, [ChannelConfig(username=name, side="ru") for name in names])
        rows = {c.username: c.id for c in session.scalars(select(Channel))}
    return [rows[name] for name in names]


def stored(engine: Engine, channel_id: int) -> dict[int, tuple[Any, ...]]:
    with session_scope(engine) as session:
        rows = session.scalars(select(Post).where(Post.channel_id == channel_id))
        return {row.message_id: tuple(getattr(row, key) for key in STORED) for row in rows}


def test_a_bulk_insert_stores_every_field_as_row_by_row_does(engine: Engine) -> None:
    bulk, small = channels(engine, "bulk_channel", "small_channel")
    posts = [detailed(mid) for mid in range(1, BULK_INDEX_MIN + 52)]
    with session_scope(engine) as session:
        ingest(session, session.get_one(Channel, bulk), FetchResult(posts))
    with session_scope(engine) as session:
        for post in posts[:40]:  # one post per call: below the bulk size
            ingest(session, session.get_one(Channel, small), FetchResult([post]))
    in_bulk, one_by_one = stored(engine, bulk), stored(engine, small)
    assert len(in_bulk) == len(posts)
    assert {mid: in_bulk[mid] for mid in one_by_one} == one_by_one
    assert in_bulk[1][STORED.index("reactions")] == {"👍": 1, "🔥": 1}
    assert in_bulk[9][STORED.index("media")] == {"file_name": "photo_9.jpg", "width": 1280}
    assert in_bulk[2][STORED.index("media")] is None  # SQL NULL, not JSON null


def test_a_bulk_insert_numbers_new_posts_in_message_order(engine: Engine) -> None:
    (channel_id,) = channels(engine, "ordered_channel")
    posts = [detailed(mid) for mid in range(BULK_INDEX_MIN * 2, 0, -1)]  # newest first
    with session_scope(engine) as session:
        ingest(session, session.get_one(Channel, channel_id), FetchResult(posts))
        ids = session.execute(select(Post.message_id).order_by(Post.id)).scalars().all()
    assert ids == [post.message_id for post in posts]


def test_a_bulk_insert_keeps_a_row_another_writer_stored_first(engine: Engine) -> None:
    """A row that raced in (stored after ingest looked) keeps its text and takes the newer
    counters and last-seen time, as the row-by-row upsert does."""
    (channel_id,) = channels(engine, "raced_channel")
    earlier, now = T0 + timedelta(days=1), T0 + timedelta(days=2)
    with session_scope(engine) as session:
        ingest(session, session.get_one(Channel, channel_id), FetchResult([detailed(3)]), earlier)
    rows = [
        {
            **{key: None for key in INSERT_KEYS},
            "channel_id": channel_id,
            "message_id": mid,
            "posted_at": T0,
            "text": "другой текст",
            "text_hash": "0" * 64,
            "views": 999 if mid == 3 else None,
            "missing_polls": 0,
            "first_seen_at": now,
            "last_seen_at": now,
        }
        for mid in range(1, BULK_INDEX_MIN + 2)
    ]
    with session_scope(engine) as session:
        insert_posts(session.connection(), rows)
    with session_scope(engine) as session:
        raced = session.scalars(select(Post).where(Post.message_id == 3)).one()
        total = len(session.scalars(select(Post.id)).all())
    assert total == BULK_INDEX_MIN + 1
    assert raced.text == detailed(3).text and raced.forwards == detailed(3).forwards
    assert (raced.views, raced.first_seen_at, raced.last_seen_at) == (999, earlier, now)


def test_bulk_inserts_follow_one_another_in_a_transaction_and_roll_back_with_it(
    engine: Engine,
) -> None:
    (channel_id,) = channels(engine, "rolled_channel")
    size = BULK_INDEX_MIN
    with session_scope(engine) as session:
        channel = session.get_one(Channel, channel_id)
        for start in (1, size + 1, 2 * size + 1):  # each a bulk insert of its own
            ingest(session, channel, FetchResult([detailed(m) for m in range(start, start + size)]))
    assert len(stored(engine, channel_id)) == 3 * size
    try:
        with session_scope(engine) as session:
            channel = session.get_one(Channel, channel_id)
            posts = [detailed(mid) for mid in range(3 * size + 1, 4 * size + 1)]
            ingest(session, channel, FetchResult(posts))
            raise RuntimeError("the import fails after its insert")
    except RuntimeError:
        pass
    assert len(stored(engine, channel_id)) == 3 * size
