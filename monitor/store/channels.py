"""Channel management: the core of `monitor channels ...`. Functions take the caller's session.

`remove` deletes a channel row only when no post refers to it. A channel with posts is kept (its
posts are evidence an analyst may cite) unless the caller asks to keep the posts and hide the
channel: it is then disabled and marked removed, hidden from `list` unless asked for, and comes
back with `enable` or `add`. `channels.removed_at` records when it was removed.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from monitor.config import USERNAME_RE
from monitor.domain import utcnow
from monitor.errors import UsageError
from monitor.store.models import Channel, Post

SOURCES = ("web", "telegram", "seed")
SIDES = ("ru", "ua", "other")
LANGUAGES = ("ru", "uk", "en")

_LINK = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)/"
    r"(?:s/)?([^/?#]+)/?(?:[?#].*)?$",
    re.IGNORECASE,
)


def normalize_username(raw: str) -> str:
    """`@name`, `name`, `t.me/name`, `https://t.me/s/name` → `name`; a clear UsageError
    otherwise (private invite links, post links, bad characters)."""
    value = raw.strip()
    if "joinchat/" in value.casefold() or "/+" in value or value.startswith("+"):
        raise UsageError(
            f"{raw!r} is a private invite link: only public channels (with a @username) can be "
            "watched"
        )
    match = _LINK.match(value)
    if match:
        value = match.group(1)
    elif "/" in value:
        raise UsageError(
            f"{raw!r} is not a channel name or link: use @name, name, t.me/name or t.me/s/name"
        )
    value = value.removeprefix("@")
    if not USERNAME_RE.match(value):
        raise UsageError(
            f"{raw!r} is not a valid channel username: 4-32 letters, digits or underscores, "
            "starting with a letter"
        )
    return value


@dataclass(frozen=True, slots=True)
class ChannelInfo:
    """One row of `monitor channels list`."""

    username: str
    title: str
    source: str
    side: str
    language: str
    enabled: bool
    removed: bool
    posts: int
    high_water: int
    last_polled_at: datetime | None
    last_error: str | None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["last_polled_at"] = self.last_polled_at.isoformat() if self.last_polled_at else None
        return data


def is_removed(channel: Channel) -> bool:
    return channel.removed_at is not None


def _check(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise UsageError(f"{name} must be one of {', '.join(allowed)}, not {value!r}")


def find_channel(session: Session, name: str) -> Channel | None:
    username = normalize_username(name)
    return session.scalars(
        select(Channel).where(func.lower(Channel.username) == username.casefold())
    ).one_or_none()


def get_channel(session: Session, name: str) -> Channel:
    row = find_channel(session, name)
    if row is None:
        raise UsageError(f"no channel named {name!r}: see `monitor channels list --all`")
    return row


def add_channel(
    session: Session,
    name: str,
    *,
    source: str,
    side: str,
    language: str = "ru",
    title: str = "",
) -> Channel:
    """Add a channel (enabled). A channel removed with `--keep-posts` is restored with the new
    settings; any other existing channel is a UsageError."""
    _check("source", source, SOURCES)
    _check("side", side, SIDES)
    _check("language", language, LANGUAGES)
    username = normalize_username(name)
    row = find_channel(session, username)
    if row is not None and not is_removed(row):
        raise UsageError(
            f"channel {row.username} is already watched (source {row.source}); use "
            "`monitor channels enable/disable` or edit channels.toml"
        )
    if row is None:
        row = Channel(username=username, high_water=0, failures=0)
        session.add(row)
    row.source, row.side, row.language = source, side, language
    row.title = title or row.title or username
    row.enabled = True
    row.removed_at = None
    row.last_error = row.last_error_at = None
    if source != "telegram":
        row.telegram_id = row.access_hash = None
    session.flush()
    return row


def _post_counts(session: Session) -> dict[int, int]:
    rows = session.execute(select(Post.channel_id, func.count()).group_by(Post.channel_id))
    return {channel_id: count for channel_id, count in rows}


def list_channels(session: Session, include_removed: bool = False) -> list[ChannelInfo]:
    counts = _post_counts(session)
    rows = session.scalars(select(Channel).order_by(func.lower(Channel.username)))
    return [
        ChannelInfo(
            username=row.username,
            title=row.title,
            source=row.source,
            side=row.side,
            language=row.language,
            enabled=row.enabled,
            removed=is_removed(row),
            posts=counts.get(row.id, 0),
            high_water=row.high_water,
            last_polled_at=row.last_polled_at,
            last_error=row.last_error,
        )
        for row in rows
        if include_removed or not is_removed(row)
    ]


def set_enabled(session: Session, name: str, enabled: bool) -> Channel:
    """Enable or disable a channel; enabling a removed channel restores it. Enabling clears
    the failure count so a channel that kept failing gets a fresh start."""
    row = get_channel(session, name)
    if enabled and (is_removed(row) or not row.enabled):
        row.failures = 0
        row.last_error = row.last_error_at = None
        row.next_poll_at = None
        row.removed_at = None
    row.enabled = enabled
    session.flush()
    return row


def remove_channel(
    session: Session, name: str, keep_posts: bool = False
) -> Literal["deleted", "hidden"]:
    """Delete a channel that has no posts; with `keep_posts`, disable and hide one that has."""
    row = get_channel(session, name)
    count = session.scalar(select(func.count()).select_from(Post).where(Post.channel_id == row.id))
    if not count:
        session.delete(row)
        session.flush()
        return "deleted"
    if not keep_posts:
        raise UsageError(
            f"channel {row.username} has {count} stored posts; `remove --keep-posts` stops "
            "watching it and hides it while keeping the posts, `disable` only pauses it"
        )
    row.enabled = False
    row.removed_at = utcnow()
    session.flush()
    return "hidden"
