"""Read-side queries for the CLI: channel status and totals (search: monitor.search; failing
deliveries: monitor.alerts.delivery_status)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.domain import utcnow
from monitor.store.gaps import find_gaps, gap_summary
from monitor.store.models import Channel, Delivery, Digest, Mention, Place, Post


def channel_status(session: Session) -> list[dict[str, object]]:
    """Per channel: source, side, posts, high-water mark, last poll, lag, failures, errors."""
    counts = dict(
        session.execute(select(Post.channel_id, func.count()).group_by(Post.channel_id)).all()
    )
    gaps = gap_summary(session)
    now = utcnow()
    rows = []
    for channel in session.scalars(
        select(Channel).order_by(func.lower(Channel.username), Channel.username)
    ):
        lag = (now - channel.last_polled_at).total_seconds() if channel.last_polled_at else None
        rows.append(
            {
                "channel": channel.username,
                "title": channel.title,
                "source": channel.source,
                "side": channel.side,
                "enabled": channel.enabled,
                "posts": counts.get(channel.id, 0),
                "missing_ids": gaps.get(channel.id, (0, 0))[1],
                "high_water": channel.high_water,
                "last_poll": channel.last_polled_at.isoformat() if channel.last_polled_at else None,
                "lag_seconds": round(lag) if lag is not None else None,
                "next_poll": channel.next_poll_at.isoformat() if channel.next_poll_at else None,
                "failures": channel.failures,
                "last_error": channel.last_error,
            }
        )
    return rows


def known_gaps(session: Session, limit: int = 1000) -> list[dict[str, object]]:
    """The gaps in stored message ids (see monitor.store.gaps), at most `limit`."""
    return [gap._asdict() for gap in find_gaps(session, limit=limit)]


def gaps_line(channels: list[dict[str, object]]) -> str:
    """One line for people: how many ids are missing, in how many channels."""
    counts = [int(str(row.get("missing_ids") or 0)) for row in channels]
    missing, affected = sum(counts), sum(1 for count in counts if count)
    if not missing:
        return "gaps: none"
    return (
        f"gaps: {missing} message id(s) missing in {affected} channel(s); polls re-request "
        "them where the source can (`monitor status --format json` lists them)"
    )


def totals(session: Session) -> dict[str, int]:
    flagged_mentions = (
        select(Mention.post_id)
        .join(Place, Place.id == Mention.place_id)
        .where(Place.tracked)
        .subquery()  # SQLAlchemy 2.1 has no Select.c
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


def last_digest_at(session: Session) -> datetime | None:
    """When the newest digest (of any rule) was made; None before the first."""
    return session.scalar(select(func.max(Digest.created_at)))
