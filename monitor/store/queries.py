"""Read-side queries for the CLI: channel status and totals (search: monitor.search; failing
deliveries: monitor.alerts.delivery_status)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select

from monitor.domain import utcnow
from monitor.store.gaps import find_gaps, gap_summary
from monitor.store.tables import channels, deliveries, digests, mentions, places, posts

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def channel_status(session: Session | Connection) -> list[dict[str, object]]:
    """Per channel: source, side, posts, high-water mark, last poll, lag, failures, errors."""
    per_channel = select(posts.c.channel_id, func.count()).group_by(posts.c.channel_id)
    counts: dict[int, int] = dict(session.execute(per_channel).all())
    gaps = gap_summary(session)
    now = utcnow()
    rows = []
    c = channels.c
    for channel in session.execute(
        select(
            c.id,
            c.username,
            c.title,
            c.source,
            c.side,
            c.enabled,
            c.high_water,
            c.last_polled_at,
            c.next_poll_at,
            c.failures,
            c.last_error,
        ).order_by(func.lower(c.username), c.username)
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


def known_gaps(session: Session | Connection, limit: int = 1000) -> list[dict[str, object]]:
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


def totals(session: Session | Connection) -> dict[str, int]:
    flagged_mentions = (
        select(mentions.c.post_id)
        .join(places, places.c.id == mentions.c.place_id)
        .where(places.c.tracked)
        .subquery()  # SQLAlchemy 2.1 has no Select.c
    )
    return {
        "posts": session.scalar(select(func.count()).select_from(posts)) or 0,
        "analyzed": session.scalar(
            select(func.count()).select_from(posts).where(posts.c.analyzed_version.is_not(None))
        )
        or 0,
        "posts_with_tracked_places": session.scalar(
            select(func.count(func.distinct(flagged_mentions.c.post_id)))
        )
        or 0,
        "pending_deliveries": session.scalar(
            select(func.count()).select_from(deliveries).where(deliveries.c.status == "pending")
        )
        or 0,
    }


def last_digest_at(session: Session | Connection) -> datetime | None:
    """When the newest digest (of any rule) was made; None before the first."""
    return session.scalar(select(func.max(digests.c.created_at)))
