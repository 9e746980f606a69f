"""The places a channel named before a time, from the stored mentions: the seed of the channel's
memory (`monitor.places.recent.ChannelMemory`) for a batch of its posts."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.store.models import Mention, Place, Post


def recent_place_keys(
    session: Session,
    channel_id: int,
    before: datetime,
    window: timedelta,
    min_confidence: float,
    limit: int,
) -> list[tuple[str, datetime]]:
    """(place key, post time) of the channel's mentions at least `min_confidence` sure, in its
    posts of the `window` before `before` (not deleted), the newest `limit`, oldest first.
    One query."""
    rows = session.execute(
        select(Place.key, Post.posted_at)
        .join(Mention, Mention.place_id == Place.id)
        .join(Post, Post.id == Mention.post_id)
        .where(Post.channel_id == channel_id)
        .where(Post.posted_at < before, Post.posted_at >= before - window)
        .where(Post.deleted_at.is_(None))
        .where(Mention.confidence >= min_confidence)
        .order_by(Post.posted_at.desc(), Mention.id.desc())
        .limit(limit)
    )
    return [(key, posted_at) for key, posted_at in reversed(rows.all())]
