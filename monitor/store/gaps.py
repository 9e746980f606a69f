"""Holes in a channel's stored message ids: ids missing between the lowest and highest stored
post, which a source that can fetch by id re-reads (the poll passes them as
`ChannelState.gap_ids`), and which `monitor status` shows.

A post known to be deleted keeps its row (with `deleted_at`), so it never counts as missing;
only ids the monitor has never stored do. Ids below the first stored post are not gaps (the
history before it was never asked for). Ids known to hold no post are recorded as absent ranges
and are not gaps either: service messages (a pin, a title change: the export importer and the
telegram source record them), and ids a source answered None for (a post deleted before it was
seen).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Connection, Select, and_, func, insert, literal, select, union_all

from monitor.domain import utcnow
from monitor.store.tables import absent_ranges, channels, posts

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SERVICE = "service"  # a service message: a pin, a title or photo change, the channel's creation
NOT_FOUND = "not_found"  # the source answered None: deleted before it was seen, or never a post
GAP_IDS_PER_POLL = 100  # one Telegram GetMessages request
REFETCHING_SOURCES = ("telegram", "web")  # the sources that read `ChannelState.gap_ids`


class Gap(NamedTuple):
    """Message ids `from_id`..`to_id` (inclusive, `missing` of them) missing in `channel`."""

    channel: str
    from_id: int
    to_id: int
    missing: int


def _gaps(channel_id: int | None) -> Select[Any]:
    """(channel_id, from_id, to_id) of every gap. Stored posts and absent ranges are intervals;
    a gap is where an interval starts above the highest id the intervals before it reached
    (a running MAX over the preceding rows: SQLite 3.28+, PostgreSQL), kept only between the
    channel's lowest and highest stored post. Seed channels are left out."""
    post, absent_range, channel = posts.c, absent_ranges.c, channels.c
    stored = select(
        post.channel_id.label("channel_id"),
        post.message_id.label("lo"),
        post.message_id.label("hi"),
    )
    absent = select(absent_range.channel_id, absent_range.from_id, absent_range.to_id)
    # The seed fixture's ids are sparse by construction: it has no gaps to report.
    bounds = (
        select(
            post.channel_id,
            func.min(post.message_id).label("first"),
            func.max(post.message_id).label("last"),
        )
        .join(channels, channel.id == post.channel_id)
        .where(channel.source != "seed")
        .group_by(post.channel_id)
    )
    if channel_id is not None:
        stored = stored.where(post.channel_id == channel_id)
        absent = absent.where(absent_range.channel_id == channel_id)
        bounds = bounds.where(post.channel_id == channel_id)
    intervals = union_all(stored, absent).subquery()
    reached = func.max(intervals.c.hi).over(
        partition_by=intervals.c.channel_id,
        order_by=(intervals.c.lo, intervals.c.hi),
        rows=(None, -1),
    )
    starts = select(
        intervals.c.channel_id, intervals.c.lo, (reached + literal(1)).label("after")
    ).subquery()
    span = bounds.subquery()
    return (
        select(
            starts.c.channel_id, starts.c.after.label("from_id"), (starts.c.lo - 1).label("to_id")
        )
        .join(span, span.c.channel_id == starts.c.channel_id)
        .where(
            starts.c.lo > starts.c.after,
            and_(starts.c.after > span.c.first, starts.c.lo - 1 < span.c.last),
        )
    )


def find_gaps(
    session: Session | Connection, channel_id: int | None = None, limit: int = 1000
) -> list[Gap]:
    """The holes in every channel (or one), ordered by channel and id, at most `limit`."""
    gaps = _gaps(channel_id).subquery()
    query = (
        select(channels.c.username, gaps.c.from_id, gaps.c.to_id)
        .join(channels, channels.c.id == gaps.c.channel_id)
        .order_by(channels.c.username, gaps.c.from_id)
        .limit(limit)
    )
    return [
        Gap(username, int(first), int(last), int(last) - int(first) + 1)
        for username, first, last in _rows(session, query)
    ]


def _rows(session: Session | Connection, query: Any) -> list[tuple[Any, ...]]:
    """Result rows as plain tuples (the columns of a window-function subquery are untyped)."""
    return [tuple(row) for row in session.execute(query)]


def gap_summary(session: Session | Connection) -> dict[int, tuple[int, int]]:
    """Per channel id with gaps: (how many gaps, how many ids missing in all)."""
    gaps = _gaps(None).subquery()
    query = select(
        gaps.c.channel_id, func.count(), func.sum(gaps.c.to_id - gaps.c.from_id + 1)
    ).group_by(gaps.c.channel_id)
    return {int(cid): (int(count), int(ids)) for cid, count, ids in _rows(session, query)}


def gap_ids(
    session: Session | Connection, channel_id: int, limit: int = GAP_IDS_PER_POLL
) -> list[int]:
    """Up to `limit` missing ids of one channel, newest first: the ones a poll re-requests
    (the newest are what an outage just cost; each answer shrinks the gaps, so older ones
    come next)."""
    if limit <= 0:
        return []
    gaps = _gaps(channel_id).subquery()
    query = select(gaps.c.from_id, gaps.c.to_id).order_by(gaps.c.to_id.desc())
    ids: list[int] = []
    for first, last in _rows(session, query):
        ids.extend(range(int(last), max(int(first), int(last) - (limit - len(ids))) - 1, -1))
        if len(ids) >= limit:
            break
    return ids[:limit]


def _runs(ids: list[int]) -> list[tuple[int, int]]:
    """Sorted distinct ids as (first, last) runs of consecutive ids."""
    runs: list[tuple[int, int]] = []
    for message_id in ids:
        if runs and runs[-1][1] == message_id - 1:
            runs[-1] = (runs[-1][0], message_id)
        else:
            runs.append((message_id, message_id))
    return runs


def record_absent(
    session: Session,
    channel_id: int,
    message_ids: Iterable[int],
    reason: str,
    now: datetime | None = None,
) -> int:
    """Record these ids as holding no post, in the caller's transaction. Ids already inside a
    recorded range are skipped, so recording again adds nothing. Returns how many were new."""
    ids = sorted(set(message_ids))
    if not ids:
        return 0
    absent_range = absent_ranges.c
    known = session.execute(
        select(absent_range.from_id, absent_range.to_id)
        .where(
            absent_range.channel_id == channel_id,
            absent_range.to_id >= ids[0],
            absent_range.from_id <= ids[-1],
        )
        .order_by(absent_range.from_id)
    ).all()
    starts = [int(r.from_id) for r in known]
    reach: list[int] = []  # the highest id covered by the ranges up to each one
    for row in known:
        reach.append(max(int(row.to_id), reach[-1] if reach else int(row.to_id)))

    def covered(message_id: int) -> bool:
        index = bisect.bisect_right(starts, message_id) - 1
        return index >= 0 and reach[index] >= message_id

    fresh = [i for i in ids if not covered(i)]
    if fresh:
        recorded_at = now or utcnow()
        session.connection().execute(
            insert(absent_ranges),
            [
                {
                    "channel_id": channel_id,
                    "from_id": first,
                    "to_id": last,
                    "reason": reason,
                    "recorded_at": recorded_at,
                }
                for first, last in _runs(fresh)
            ],
        )
    return len(fresh)
