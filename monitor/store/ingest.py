"""Idempotent ingest: posts keyed by (channel, message id), edits kept as versions, and the
channel's high-water mark moved in the same transaction as the posts it covers."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Row, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from monitor import domain
from monitor.config import ChannelConfig
from monitor.domain import utcnow
from monitor.store.db import upsert_insert
from monitor.store.gaps import NOT_FOUND, SERVICE, record_absent
from monitor.store.insert_posts import COUNTERS, insert_posts
from monitor.store.models import Channel, Post, PostVersion

CHUNK = 500
DETAILS = (
    "author",
    "reply_to",
    "album_id",
    "media_kind",
    "media",
    "link",
    "fwd_from_name",
    "fwd_from_channel_id",
    "fwd_from_message_id",
    "fwd_from_link",
)


@dataclass
class IngestStats:
    new: int = 0
    edited: int = 0
    refreshed: int = 0
    deleted: int = 0

    def __iadd__(self, other: IngestStats) -> IngestStats:
        self.new += other.new
        self.edited += other.edited
        self.refreshed += other.refreshed
        self.deleted += other.deleted
        return self


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sync_channels(session: Session, configs: Sequence[ChannelConfig]) -> None:
    """Create or update the channels named in channels.toml (channels added by other means are
    left as they are). The file's `enabled` applies when the row is created and whenever the
    file's value changes; in between, `monitor channels enable/disable` decides."""
    known = {name.casefold() for name in session.scalars(select(Channel.username))}
    missing = [c for c in configs if c.username.casefold() not in known]
    if missing:
        # Several workers may start at once on PostgreSQL: whoever inserts first wins and
        # the others go on to update the same rows, instead of failing on the unique key.
        stmt = upsert_insert(session.get_bind().dialect, Channel)
        stmt = stmt.on_conflict_do_nothing(index_elements=["username"])
        session.execute(
            stmt,
            [
                {
                    "username": c.username,
                    "title": c.title or c.username,
                    "source": c.source,
                    "side": c.side,
                    "language": c.language,
                    "enabled": c.enabled,
                    "high_water": 0,
                    "failures": 0,
                    "created_at": utcnow(),
                }
                for c in missing
            ],
        )
    existing = {c.username.casefold(): c for c in session.scalars(select(Channel))}
    for cfg in configs:
        row = existing[cfg.username.casefold()]
        row.title = cfg.title or row.title or cfg.username
        row.source, row.side, row.language = cfg.source, cfg.side, cfg.language
        if row.config_enabled is None or row.config_enabled != cfg.enabled:
            row.enabled = cfg.enabled
        row.config_enabled = cfg.enabled
        row.poll_interval_seconds = cfg.poll_interval_seconds
    session.flush()


def _row(channel_id: int, post: domain.FetchedPost, digest: str, now: datetime) -> dict[str, Any]:
    fwd = post.forward or _NO_FORWARD
    return {
        "channel_id": channel_id,
        "message_id": post.message_id,
        "posted_at": post.posted_at,
        "edited_at": post.edited_at,
        "text": post.text,
        "text_hash": digest,
        "views": post.views,
        "forwards": post.forwards,
        "replies": post.replies,
        "reactions": post.reactions,
        "author": post.author,
        "fwd_from_name": fwd.name,
        "fwd_from_channel_id": fwd.channel_id,
        "fwd_from_message_id": fwd.message_id,
        "fwd_from_link": fwd.link,
        "reply_to": post.reply_to,
        "album_id": post.album_id,
        "media_kind": post.media_kind,
        "media": post.media,
        "link": post.link,
        "missing_polls": 0,
        "first_seen_at": now,
        "last_seen_at": now,
    }


_NO_FORWARD = domain.Forward()
_POSTS = cast(Table, Post.__table__)
# A source that does not know a counter (an export has no views) must not erase it.
_REFRESH = (
    update(_POSTS)
    .where(_POSTS.c.id == bindparam("b_id"))
    .values(
        last_seen_at=bindparam("b_seen"),
        missing_polls=0,
        # Typed: an untyped parameter hands a reactions dict to the driver as it is (refused).
        **{
            name: func.coalesce(bindparam(f"b_{name}", type_=_POSTS.c[name].type), _POSTS.c[name])
            for name in COUNTERS
        },
    )
)
_REVIVE = update(_POSTS).where(_POSTS.c.id == bindparam("b_id")).values(deleted_at=None)
_EDITED_COLUMNS = ("text", "text_hash", "edited_at", *DETAILS)
_EDIT = (
    update(_POSTS)
    .where(_POSTS.c.id == bindparam("b_id"))
    .values(analyzed_version=None, **{name: bindparam(f"b_{name}") for name in _EDITED_COLUMNS})
)


def _is_older(incoming: domain.FetchedPost, edited_at: datetime | None) -> bool:
    """A stale copy (an older export imported after a newer one) must not roll text back."""
    if edited_at is None:
        return False
    return incoming.edited_at is None or incoming.edited_at < edited_at


def _existing(session: Session, channel_id: int, ids: Iterable[int]) -> list[Row[Any]]:
    """The stored rows among these message ids of the channel. PostgreSQL plans this query
    with the statistics of an import's table, taken while it was empty: given only the ids, it
    read every post of the channel for each chunk (48 of an import's 71 s at 100,000
    messages). Their range lets it read just that part of the index; and the ids go into the
    SQL as literals (integers), so no two texts repeat and psycopg never prepares one whose
    generic plan PostgreSQL would keep."""
    wanted = list(ids)
    if not wanted:
        return []
    query = select(Post.id, Post.message_id, Post.text_hash, Post.edited_at, Post.deleted_at)
    return list(
        session.execute(
            query.where(
                Post.channel_id == channel_id,
                Post.message_id.between(min(wanted), max(wanted)),
                Post.message_id.in_(bindparam("ids", wanted, expanding=True, literal_execute=True)),
            )
        )
    )


def _ingest_chunk(
    session: Session,
    channel: Channel,
    posts: Sequence[domain.FetchedPost],
    now: datetime,
    snapshot: bool,
    new_sink: list[dict[str, Any]] | None,
) -> IngestStats:
    """One chunk. New rows go to `new_sink` when given (the caller inserts them later, in one
    statement with other chunks' new rows), else they are inserted now."""
    stats = IngestStats()
    by_id = {p.message_id: p for p in posts}  # the last copy of a message in a batch wins
    existing = _existing(session, channel.id, by_id)
    seen = {row.message_id for row in existing}
    new_rows = [
        _row(channel.id, p, text_hash(p.text), now) for mid, p in by_id.items() if mid not in seen
    ]
    if new_rows and new_sink is not None:
        new_sink.extend(new_rows)
    elif new_rows:
        insert_posts(session.connection(), new_rows)
    stats.new += len(new_rows)
    if not existing:
        return stats
    connection = session.connection()
    connection.execute(
        _REFRESH,
        [
            {
                "b_id": row.id,
                "b_seen": now,
                **{f"b_{name}": getattr(by_id[row.message_id], name) for name in COUNTERS},
            }
            for row in existing
        ],
    )
    revived = [{"b_id": row.id} for row in existing if row.deleted_at is not None]
    if revived and not snapshot:
        connection.execute(_REVIVE, revived)
    edited = []
    for row in existing:
        incoming = by_id[row.message_id]
        digest = text_hash(incoming.text)
        if row.text_hash != digest and not _is_older(incoming, row.edited_at):
            edited.append((row, _row(channel.id, incoming, digest, now)))
    if edited:
        _record_edits(session, edited, now)
    stats.edited += len(edited)
    stats.refreshed += len(existing) - len(edited)
    return stats


def _record_edits(
    session: Session, edited: list[tuple[Row[Any], dict[str, Any]]], now: datetime
) -> None:
    """Keep each earlier text as a version, then store the new text and details."""
    ids = [row.id for row, _ in edited]
    old_text = dict(session.execute(select(Post.id, Post.text).where(Post.id.in_(ids))).all())
    next_version = _next_versions(session, ids)
    connection = session.connection()
    connection.execute(
        insert(PostVersion),
        [
            {
                "post_id": row.id,
                "version": next_version[row.id],
                "text": old_text[row.id],
                "edited_at": row.edited_at,
                "recorded_at": now,
            }
            for row, _ in edited
        ],
    )
    connection.execute(
        _EDIT,
        [
            {"b_id": row.id, **{f"b_{k}": fresh[k] for k in _EDITED_COLUMNS}}
            for row, fresh in edited
        ],
    )


def _next_versions(session: Session, post_ids: Iterable[int]) -> dict[int, int]:
    ids = list(post_ids)
    if not ids:
        return {}
    current = dict(
        session.execute(
            select(PostVersion.post_id, func.max(PostVersion.version))
            .where(PostVersion.post_id.in_(ids))
            .group_by(PostVersion.post_id)
        ).all()
    )
    return {pid: int(current.get(pid) or 0) + 1 for pid in ids}


def mark_missing(
    session: Session,
    channel: Channel,
    message_ids: Sequence[int],
    now: datetime,
    polls_needed: int = 2,
) -> int:
    """Count a poll on which these posts were missing; mark deleted once missing on
    `polls_needed` polls. Returns how many became deleted."""
    if not message_ids:
        return 0
    scope = (
        Post.channel_id == channel.id,
        Post.message_id.in_(message_ids),
        Post.deleted_at.is_(None),
    )
    session.execute(update(Post).where(*scope).values(missing_polls=Post.missing_polls + 1))
    result = session.execute(
        update(Post).where(*scope, Post.missing_polls >= polls_needed).values(deleted_at=now)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def _record_never_stored(
    session: Session, channel: Channel, message_ids: Sequence[int], now: datetime
) -> None:
    """Ids the source answered None for that were never stored: known-absent, not gaps."""
    stored = set(
        session.scalars(
            select(Post.message_id).where(
                Post.channel_id == channel.id, Post.message_id.in_(message_ids)
            )
        )
    )
    record_absent(session, channel.id, [i for i in message_ids if i not in stored], NOT_FOUND, now)


def ingest(
    session: Session, channel: Channel, result: domain.FetchResult, now: datetime | None = None
) -> IngestStats:
    """Store what one fetch produced. Run inside the caller's transaction: the high-water mark
    moves only if the posts it covers are committed with it."""
    now = now or utcnow()
    stats = IngestStats()
    posts = list(result.posts)
    # New rows of all chunks are inserted together (fewer, larger statements: SQLite's search
    # index costs less per row), which is the same as chunk by chunk when no message id is in
    # two chunks: no chunk can then see another's new rows.
    new_rows: list[dict[str, Any]] | None = (
        [] if len({p.message_id for p in posts}) == len(posts) else None
    )
    for start in range(0, len(posts), CHUNK):
        chunk = posts[start : start + CHUNK]
        stats += _ingest_chunk(session, channel, chunk, now, result.snapshot, new_rows)
    if new_rows:
        insert_posts(session.connection(), new_rows)
    if result.deleted_ids:
        stats.deleted += mark_missing(session, channel, result.deleted_ids, now, polls_needed=1)
        _record_never_stored(session, channel, result.deleted_ids, now)
    if result.service_ids:
        record_absent(session, channel.id, result.service_ids, SERVICE, now)
    if result.missing_ids:
        stats.deleted += mark_missing(session, channel, result.missing_ids, now)
    if result.high_water is not None and result.high_water > (channel.high_water or 0):
        channel.high_water = result.high_water
    return stats
