"""Read-side queries for the CLI: search and channel status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from monitor.store.models import Channel, Delivery, Mention, Place, Post, utcnow


@dataclass(frozen=True, slots=True)
class SearchHit:
    post_id: int
    channel: str
    message_id: int
    posted_at: datetime
    text: str
    link: str | None


def search_posts(
    session: Session, text: str, place_keys: list[str], limit: int = 50, channel: str | None = None
) -> list[SearchHit]:
    """Posts whose text contains `text` (case-folded, ё = е), or that mention one of
    `place_keys` in any of its forms; newest first."""
    dialect = session.get_bind().dialect.name
    fold = func.casefold if dialect == "sqlite" else func.lower
    needle = text.casefold().replace("ё", "е")
    haystack = fold(Post.text) if dialect == "sqlite" else func.replace(fold(Post.text), "ё", "е")
    condition = haystack.contains(needle, autoescape=True)
    if place_keys:
        mentioned = (
            select(Mention.post_id)
            .join(Place, Place.id == Mention.place_id)
            .where(Place.key.in_(place_keys))
        )
        condition = or_(condition, Post.id.in_(mentioned))
    query = (
        select(Post.id, Channel.username, Post.message_id, Post.posted_at, Post.text, Post.link)
        .join(Channel, Channel.id == Post.channel_id)
        .where(condition)
        .order_by(Post.posted_at.desc(), Post.id.desc())
        .limit(limit)
    )
    if channel:
        query = query.where(func.lower(Channel.username) == channel.lower().lstrip("@"))
    return [SearchHit(*row) for row in session.execute(query)]


def channel_status(session: Session) -> list[dict[str, object]]:
    """Per channel: source, side, posts, high-water mark, last poll, lag, failures, errors."""
    counts = dict(
        session.execute(select(Post.channel_id, func.count()).group_by(Post.channel_id)).all()
    )
    now = utcnow()
    rows = []
    for channel in session.scalars(select(Channel).order_by(Channel.username)):
        lag = (now - channel.last_polled_at).total_seconds() if channel.last_polled_at else None
        rows.append(
            {
                "channel": channel.username,
                "source": channel.source,
                "side": channel.side,
                "enabled": channel.enabled,
                "posts": counts.get(channel.id, 0),
                "high_water": channel.high_water,
                "last_poll": channel.last_polled_at.isoformat() if channel.last_polled_at else None,
                "lag_seconds": round(lag) if lag is not None else None,
                "next_poll": channel.next_poll_at.isoformat() if channel.next_poll_at else None,
                "failures": channel.failures,
                "last_error": channel.last_error,
            }
        )
    return rows


def totals(session: Session) -> dict[str, int]:
    flagged_mentions = (
        select(Mention.post_id).join(Place, Place.id == Mention.place_id).where(Place.tracked)
    )
    return {
        "posts": session.scalar(select(func.count()).select_from(Post)) or 0,
        "analyzed": session.scalar(
            select(func.count()).select_from(Post).where(Post.analyzed_version.is_not(None))
        )
        or 0,
        "posts_with_tracked_places": session.scalar(
            select(func.count(func.distinct(flagged_mentions.c.post_id)))
        )
        or 0,
        "pending_deliveries": session.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.status == "pending")
        )
        or 0,
    }
