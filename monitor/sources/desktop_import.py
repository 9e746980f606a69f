"""Importing a Telegram Desktop export (`result.json`, read by `export_format`) into the
store.

Which channel a chat goes to (see `import_export`):

* `channel=NAME` (`--channel`) names it, for a single-chat export; the row is created if missing.
* Otherwise a chat goes to the channel row whose cached `telegram_id` equals the chat's id, or
  whose title equals the chat's name (ignoring case). Desktop writes no username, so nothing
  better can be derived: a single chat that matches no row is refused, asking for `--channel`.
* In a whole-account export only `public_channel`/`private_channel` chats are considered;
  unmatched ones are skipped and listed, or with `all_channels` imported as `export_<chat id>`
  (stable: the same chat lands in the same row on every import).

Rows created here get source "export" and `enabled=False`: there is nothing to poll.

Everything happens in the caller's transaction. Malformed input raises `ImportFileError` naming
the byte position, so the caller's rollback leaves nothing half-imported. One pass, no
validation pre-pass: a multi-GB file is read once, and SQLite and PostgreSQL both handle one
large transaction well.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.config import USERNAME_RE
from monitor.domain import FetchedPost, FetchResult
from monitor.errors import ImportFileError, UsageError
from monitor.sources.desktop_format import (
    SINGLE_CHAT_TYPES,
    ChatHeader,
    Progress,
    message_to_post,
    read_export,
)
from monitor.sources.desktop_known import StoredEdits
from monitor.store.ingest import ingest
from monitor.store.models import Channel

__all__ = ["BATCH", "ChatHeader", "ImportStats", "import_export", "message_to_post"]

BATCH = 2000


@dataclass
class ImportStats:
    chats: int = 0
    new: int = 0
    edited: int = 0
    unchanged: int = 0
    service: int = 0
    channels: list[str] = field(default_factory=list)
    skipped_chats: list[str] = field(default_factory=list)


@dataclass
class _Target:
    """One chat being imported into one channel row."""

    row: Channel
    chat: ChatHeader
    link_base: str | None
    stored: StoredEdits
    min_id: int | None = None
    max_id: int = 0
    posts: list[FetchedPost] = field(default_factory=list)
    service_ids: list[int] = field(default_factory=list)

    def seen(self, message_id: int) -> None:
        self.min_id = message_id if self.min_id is None else min(self.min_id, message_id)
        self.max_id = max(self.max_id, message_id)


class _Channels:
    """Decides which channel row each chat goes to (see the module docstring)."""

    def __init__(
        self,
        session: Session,
        path: Path,
        name: str | None,
        all_channels: bool,
        side: str,
        stats: ImportStats,
    ) -> None:
        self.session, self.path, self.name = session, path, name
        self.all_channels, self.side, self.stats = all_channels, side, stats
        self.rows = list(session.scalars(select(Channel)))
        self.chosen: dict[ChatHeader, Channel] = {}

    def _by_username(self, username: str) -> Channel | None:
        return next((r for r in self.rows if r.username.casefold() == username.casefold()), None)

    def _match(self, chat: ChatHeader) -> Channel | None:
        if chat.id is not None:
            rows = [r for r in self.rows if r.telegram_id == chat.id]
            if len(rows) == 1:
                return rows[0]
        rows = [r for r in self.rows if chat.name and r.title.casefold() == chat.name.casefold()]
        return rows[0] if len(rows) == 1 else None

    def _create(self, username: str, chat: ChatHeader) -> Channel:
        row = Channel(
            username=username,
            title=chat.name or username,
            source="export",
            side=self.side,
            language="ru",
            enabled=False,
            telegram_id=chat.id,
            high_water=0,
            failures=0,
        )
        self.session.add(row)
        self.session.flush()
        self.rows.append(row)
        return row

    def single(self, chat: ChatHeader) -> Channel:
        if self.name is not None:
            return self._by_username(self.name) or self._create(self.name, chat)
        if chat.type and chat.type not in SINGLE_CHAT_TYPES:
            raise UsageError(f"{self.path}: {chat.name!r} is a {chat.type}, not a channel")
        row = self._match(chat)
        if row is None:
            raise UsageError(
                f"{self.path}: no channel has the title {chat.name!r} or telegram id {chat.id} "
                "(Desktop exports carry no username): name it with --channel NAME"
            )
        return row

    def want(self, chat: ChatHeader) -> bool:
        """For a whole-account export: import this channel chat, and into which row."""
        if self.name is not None:
            raise UsageError(
                f"{self.path} is a whole-account export: --channel applies to a "
                "single-chat export (channels are matched by title or id)"
            )
        row = self._match(chat)
        if row is None and self.all_channels and chat.id is not None:
            row = self._by_username(f"export_{chat.id}") or self._create(f"export_{chat.id}", chat)
        if row is None:
            self.stats.skipped_chats.append(chat.name or str(chat.id))
            return False
        self.chosen[chat] = row
        return True


def _link_base(row: Channel, chat: ChatHeader) -> str | None:
    if chat.type.startswith("private") or row.username.startswith("export_"):
        return f"https://t.me/c/{chat.id}" if chat.id is not None else None
    return f"https://t.me/{row.username}"


def _flush(session: Session, target: _Target, stats: ImportStats) -> None:
    """Ingest the batch; its service message ids are recorded as known-absent (not gaps)."""
    if not target.posts and not target.service_ids:
        return
    batch = FetchResult(posts=target.posts, service_ids=target.service_ids, snapshot=True)
    done = ingest(session, target.row, batch)
    stats.new, stats.edited = stats.new + done.new, stats.edited + done.edited
    stats.unchanged += done.refreshed
    target.posts, target.service_ids = [], []


def _finish(session: Session, target: _Target, stats: ImportStats) -> None:
    """Flush, then move the high-water mark when the export joins the range already covered:
    a full export starts at id 1 (the channel's creation), a date-limited one may not."""
    _flush(session, target, stats)
    row = target.row
    if target.min_id is not None and target.min_id <= (row.high_water or 0) + 1:
        row.high_water = max(row.high_water or 0, target.max_id)
    stats.chats += 1
    stats.channels.append(row.username)


def _add(
    path: Path, target: _Target, message: Any, stats: ImportStats, position: Callable[[], int]
) -> bool:
    """Convert one message into the target's batch; False for a service message or one the
    channel holds unchanged. `position` tells where the reader is, asked only for an error (a
    call per message costs)."""
    if isinstance(message, dict) and target.stored.unchanged(message):
        stats.unchanged += 1
        target.seen(message["id"])
        return False
    try:
        if not isinstance(message, dict):
            raise TypeError(f"a message is a {type(message).__name__}, not an object")
        post = message_to_post(message, target.row.username, target.chat, target.link_base)
    except (KeyError, TypeError, ValueError, OverflowError) as exc:
        what = f"message {message.get('id')!r}" if isinstance(message, dict) else "a message"
        problem = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        raise ImportFileError(str(path), f"near byte {position()}", f"{what}: {problem}") from None
    message_id = message.get("id")
    if isinstance(message_id, int):
        target.seen(message_id)
    if post is None:
        stats.service += 1
        if isinstance(message_id, int):
            target.service_ids.append(message_id)
        return False
    target.posts.append(post)
    return True


def import_export(
    session: Session,
    path: Path,
    *,
    channel: str | None = None,
    all_channels: bool = False,
    side: str = "other",
    progress: Progress | None = None,
) -> ImportStats:
    """Import a Desktop export into the caller's transaction (see the module docstring).
    Importing the same file twice adds nothing; a newer export adds only what is new and
    records edits as versions. Raises ImportFileError (the caller rolls back) or UsageError."""
    if channel is not None and not USERNAME_RE.match(channel):
        raise UsageError(
            f"--channel {channel!r}: 4-32 letters, digits or underscores, starting with a letter"
        )
    stats = ImportStats()
    channels = _Channels(session, path, channel, all_channels, side, stats)
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise ImportFileError(str(path), "byte 0", f"cannot be read: {exc.strerror}") from exc
    with raw:
        target: _Target | None = None
        for item in read_export(path, raw, channels.want, progress):
            if isinstance(item, ChatHeader):
                if target is not None:
                    _finish(session, target, stats)
                row = channels.chosen.get(item) or channels.single(item)
                target = _Target(row, item, _link_base(row, item), StoredEdits(session, row.id))
            elif (
                target is not None
                and _add(path, target, item, stats, raw.tell)
                and len(target.posts) >= BATCH
            ):
                _flush(session, target, stats)
        if target is not None:
            _finish(session, target, stats)
    return stats
