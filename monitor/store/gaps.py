"""Holes in a channel's stored message ids: ids missing between the lowest and highest stored
post, which a source that can fetch by id may re-read.

A post known to be deleted keeps its row (with `deleted_at`), so it never counts as missing;
only ids the monitor has never stored do. Ids below the first stored post are not gaps (the
history before it was never asked for). A hole may also be an id Telegram spent on something
that is not a post (a pin or a title change), or a post deleted before it was ever seen.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.store.models import Channel, Post


class Gap(NamedTuple):
    """Message ids `from_id`..`to_id` (inclusive, `missing` of them) missing in `channel`."""

    channel: str
    from_id: int
    to_id: int
    missing: int


def find_gaps(session: Session, channel_id: int | None = None, limit: int = 1000) -> list[Gap]:
    """The holes in every channel (or one), ordered by channel and id, at most `limit`.

    One pass over the (channel_id, message_id) unique index with the window function LAG
    (SQLite 3.25+, PostgreSQL): each stored id is compared with the one stored before it."""
    previous = func.lag(Post.message_id).over(
        partition_by=Post.channel_id, order_by=Post.message_id
    )
    ids = select(Post.channel_id, Post.message_id, previous.label("previous"))
    if channel_id is not None:
        ids = ids.where(Post.channel_id == channel_id)
    pairs = ids.subquery()
    query = (
        select(Channel.username, pairs.c.previous + 1, pairs.c.message_id - 1)
        .join(Channel, Channel.id == pairs.c.channel_id)
        .where(pairs.c.message_id - pairs.c.previous > 1)
        .order_by(Channel.username, pairs.c.message_id)
        .limit(limit)
    )
    return [
        Gap(username, int(first), int(last), int(last) - int(first) + 1)
        for username, first, last in session.execute(query)
    ]
