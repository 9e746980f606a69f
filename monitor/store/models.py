"""The schema, as SQLAlchemy 2 typed models. It is a public interface: analysts write SQL
against these table and column names, so they stay plain and stable (see README, "Schema")."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from monitor.domain import utcnow
from monitor.store.types import UTCDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime,
        # A missing value is SQL NULL, not the JSON text 'null' (so `IS NULL` works).
        dict[str, Any]: JSON(none_as_null=True),
    }


class Channel(Base):
    __tablename__ = "channels"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(256), default="")
    source: Mapped[str] = mapped_column(String(16))
    side: Mapped[str] = mapped_column(String(8))
    language: Mapped[str] = mapped_column(String(8), default="ru")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # `enabled` as channels.toml last said it: the file wins only when it changes, so
    # `monitor channels enable/disable` sticks across restarts.
    config_enabled: Mapped[bool | None] = mapped_column(Boolean)
    removed_at: Mapped[datetime | None]
    poll_interval_seconds: Mapped[int | None] = mapped_column(Integer)
    telegram_id: Mapped[int | None] = mapped_column(BigInteger)
    access_hash: Mapped[int | None] = mapped_column(BigInteger)
    high_water: Mapped[int] = mapped_column(BigInteger, default=0)
    last_polled_at: Mapped[datetime | None]
    next_poll_at: Mapped[datetime | None]
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None]
    lease_owner: Mapped[str | None] = mapped_column(String(128))
    lease_expires_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Post(Base):
    __tablename__ = "posts"
    __table_args__ = (
        UniqueConstraint("channel_id", "message_id"),
        Index("ix_posts_posted_at", "posted_at"),
        Index("ix_posts_analyzed_version", "analyzed_version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"))
    message_id: Mapped[int] = mapped_column(BigInteger)
    posted_at: Mapped[datetime]
    edited_at: Mapped[datetime | None]
    deleted_at: Mapped[datetime | None]
    text: Mapped[str] = mapped_column(Text, default="")
    text_hash: Mapped[str] = mapped_column(String(64))
    views: Mapped[int | None] = mapped_column(BigInteger)
    forwards: Mapped[int | None] = mapped_column(BigInteger)
    replies: Mapped[int | None] = mapped_column(BigInteger)
    reactions: Mapped[dict[str, Any] | None]
    author: Mapped[str | None] = mapped_column(String(256))
    fwd_from_name: Mapped[str | None] = mapped_column(String(256))
    fwd_from_channel_id: Mapped[int | None] = mapped_column(BigInteger)
    fwd_from_message_id: Mapped[int | None] = mapped_column(BigInteger)
    fwd_from_link: Mapped[str | None] = mapped_column(String(512))
    reply_to: Mapped[int | None] = mapped_column(BigInteger)
    album_id: Mapped[int | None] = mapped_column(BigInteger)
    media_kind: Mapped[str | None] = mapped_column(String(32))
    media: Mapped[dict[str, Any] | None]
    link: Mapped[str | None] = mapped_column(String(512))
    missing_polls: Mapped[int] = mapped_column(Integer, default=0)
    first_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    analyzed_version: Mapped[str | None] = mapped_column(String(64))
    analyzed_at: Mapped[datetime | None]


class PostVersion(Base):
    """Every earlier text of a post, written before the post row is overwritten."""

    __tablename__ = "post_versions"
    __table_args__ = (UniqueConstraint("post_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    edited_at: Mapped[datetime | None]
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class Place(Base):
    __tablename__ = "places"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(128), unique=True)
    name_en: Mapped[str] = mapped_column(String(256))
    name_ru: Mapped[str | None] = mapped_column(String(256))
    name_uk: Mapped[str | None] = mapped_column(String(256))
    kind: Mapped[str] = mapped_column(String(32))
    district: Mapped[str | None] = mapped_column(String(256))
    oblast: Mapped[str | None] = mapped_column(String(256))
    country: Mapped[str | None] = mapped_column(String(8))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    tracked: Mapped[bool] = mapped_column(Boolean, default=False)


class Mention(Base):
    __tablename__ = "mentions"
    # post_id second: search walks a place's posts newest first (migration 0006); surface
    # second: search lists a place's distinct surfaces by skipping through it (migration 0010).
    __table_args__ = (
        Index("ix_mentions_place_id_post_id", "place_id", "post_id"),
        Index("ix_mentions_place_id_surface", "place_id", "surface"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    place_id: Mapped[int] = mapped_column(ForeignKey("places.id"))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    surface: Mapped[str] = mapped_column(String(256))
    confidence: Mapped[float] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(String(256), default="")


class Claim(Base):
    __tablename__ = "claims"
    __table_args__ = (Index("ix_claims_place_id", "place_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    claim_type: Mapped[str] = mapped_column(String(32), index=True)
    actor: Mapped[str] = mapped_column(String(16))
    stance: Mapped[str] = mapped_column(String(16))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    evidence: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)


class Digest(Base):
    """One digest of one alert rule: written (with its items) before any delivery."""

    __tablename__ = "digests"

    id: Mapped[int] = mapped_column(primary_key=True)
    rule: Mapped[str] = mapped_column(String(128), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    item_count: Mapped[int] = mapped_column(Integer, default=0)


class DigestItem(Base):
    __tablename__ = "digest_items"
    __table_args__ = (UniqueConstraint("rule", "post_id", "kind", "post_state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    digest_id: Mapped[int] = mapped_column(ForeignKey("digests.id", ondelete="CASCADE"), index=True)
    rule: Mapped[str] = mapped_column(String(128))
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16), default="new")
    post_state: Mapped[str] = mapped_column(String(64), default="")
    # What the post was flagged for when sent (claims and tracked places): an edit that keeps
    # it is not news; one that changes it gets an update item.
    flag_signature: Mapped[str | None] = mapped_column(Text)
    # The text as sent, so an update item can show the old and the new text.
    sent_text: Mapped[str | None] = mapped_column(Text)


class Delivery(Base):
    """The outbox: one row per digest and target, marked sent only when the target accepted."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("digest_id", "target"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    digest_id: Mapped[int] = mapped_column(ForeignKey("digests.id", ondelete="CASCADE"))
    target: Mapped[str] = mapped_column(String(512))
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_attempt_at: Mapped[datetime | None]
    next_attempt_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    # The rendered digest, split for this target, fixed when the digest is committed, so a
    # retry after a crash sends the same parts; `parts_sent` of them were accepted.
    payload: Mapped[dict[str, Any] | None]
    parts_sent: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PollRun(Base):
    __tablename__ = "poll_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(
        ForeignKey("channels.id", ondelete="CASCADE"), index=True
    )
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16), default="running")
    new_posts: Mapped[int] = mapped_column(Integer, default=0)
    updated_posts: Mapped[int] = mapped_column(Integer, default=0)
    deleted_posts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)


class Worker(Base):
    """One `monitor run` process: its heartbeat tells `monitor status` whether it is alive;
    its id is what it writes in `channels.lease_owner`."""

    __tablename__ = "workers"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    host: Mapped[str] = mapped_column(String(256))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    stopped_at: Mapped[datetime | None]


class AbsentRange(Base):
    """Message ids `from_id`..`to_id` (inclusive) of a channel known to hold no post: service
    messages (pins, title changes), posts deleted before the monitor saw them, ids a source
    answered None for. Gaps (`monitor.store.gaps`) leave them out, so they are not re-fetched."""

    __tablename__ = "absent_ranges"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel_id: Mapped[int] = mapped_column(
        ForeignKey("channels.id", ondelete="CASCADE"), index=True
    )
    from_id: Mapped[int] = mapped_column(BigInteger)
    to_id: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(16))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class RuleFailure(Base):
    """An alert rule whose last digest attempt failed (a bad post or setting raised): shown by
    `monitor status`, which then reports the daemon unhealthy. Deleted when the rule's next
    digest job succeeds."""

    __tablename__ = "rule_failures"

    rule: Mapped[str] = mapped_column(String(128), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text)
    last_error_at: Mapped[datetime]
