"""Telegram Desktop export (`result.json`), streamed with ijson so a multi-GB file never sits in
memory.

Two shapes are read: a single chat, `{"name", "type", "id", "messages": [...]}`, and a
whole-account export, `{"about", ..., "chats": {"list": [chat, ...]}, "left_chats": {...}}`.

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

import ast
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import ijson
from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.config import USERNAME_RE
from monitor.domain import FetchResult, Forward, Post
from monitor.errors import ImportFileError, UsageError
from monitor.store.ingest import ingest
from monitor.store.models import Channel

BATCH = 2000
BUF_SIZE = 64 * 1024
CHANNEL_TYPES = ("public_channel", "private_channel")
SINGLE_CHAT_TYPES = (*CHANNEL_TYPES, "public_supergroup", "private_supergroup")
# Desktop's media_type values as the media kinds the telegram source uses, and the metadata
# fields under the names it uses.
MEDIA_TYPES = {
    "video_file": "video",
    "animation": "gif",
    "voice_message": "voice",
    "video_message": "round",
    "audio_file": "audio",
    "sticker": "sticker",
}
MEDIA_FIELDS = {"mime_type": "mime_type", "duration_seconds": "duration", "width": "width",
                "height": "height", "sticker_emoji": "emoji", "file_size": "size"}
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)
Progress = Callable[[int], None]


def _backend() -> Any:
    """The fastest ijson backend installed (the C one parses about ten times faster)."""
    for name in ("yajl2_c", "yajl2_cffi"):
        try:
            return ijson.get_backend(name)
        except ImportError:
            continue
    return ijson.get_backend("python")


BACKEND = _backend()


@dataclass(frozen=True, slots=True)
class ChatHeader:
    name: str
    type: str
    id: int | None


@dataclass
class ImportStats:
    chats: int = 0
    new: int = 0
    edited: int = 0
    unchanged: int = 0
    service: int = 0
    channels: list[str] = field(default_factory=list)
    skipped_chats: list[str] = field(default_factory=list)


class _Reader:
    """A binary file that counts what the parser read, for progress and error positions."""

    def __init__(self, raw: BinaryIO, progress: Progress | None) -> None:
        self._raw, self._progress = raw, progress
        self.position = 0
        self.chunk_start = 0
        self.chunk = b""

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        if size:
            self.chunk_start, self.chunk = self.position, data
            self.position += len(data)
            if self._progress is not None:
                self._progress(self.position)
        return data


def _yajl_window(chunk: bytes, offset: int) -> bytes:
    """The context line yajl prints for an error `offset` bytes into `chunk`."""
    pad = 40 - offset if offset < 30 else 10
    window = b" " * pad + chunk[max(0, offset - 30) : offset + 30]
    return window.replace(b"\n", b" ").replace(b"\r", b" ")


def _error_position(reader: _Reader, message: str) -> int:
    """The byte where yajl stopped. Its message shows the bytes around the error, laid out by
    the error's offset in the chunk being parsed (ijson shows them as a bytes literal when
    they are not valid UTF-8): the first offset that lays them out the same is taken. Falls
    back to the end of that chunk, an upper bound."""
    try:
        shown = ast.literal_eval(message) if message[:2] in ("b'", 'b"') else message.encode()
    except (ValueError, SyntaxError):
        return reader.position
    lines = shown.split(b"\n")
    if len(lines) < 3:
        return reader.position
    for offset in range(len(reader.chunk) + 1):
        if _yajl_window(reader.chunk, offset) == lines[1]:
            return reader.chunk_start + max(offset - 1, 0)  # yajl counts the bad byte as read
    return reader.position


def _json_error(path: Path, reader: _Reader, exc: Exception) -> ImportFileError:
    text = str(exc)
    reason = text.removeprefix("b'").removeprefix('b"').split("\n", 1)[0].split("\\n", 1)[0]
    if "premature EOF" in text or "Incomplete JSON" in text:
        return ImportFileError(
            str(path), f"byte {reader.position}", "the file ends before the JSON does (truncated?)"
        )
    position = _error_position(reader, text)
    return ImportFileError(str(path), f"byte {position}", f"not JSON: {reason}")


# --- one message -------------------------------------------------------------------------


def _same(visible: str, href: str) -> bool:
    """Whether a link's text already shows its target (as the web source decides it)."""
    def bare(value: str) -> str:
        return _URL_PREFIX.sub("", value.strip()).rstrip("/").casefold()

    return bare(visible) == bare(href)


def _flatten(parts: list[Any]) -> str:
    """A Desktop entity list as plain text; a `text_link` keeps its target: `text (href)`."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        if not isinstance(part, dict):
            raise ValueError(f"a text entity is a {type(part).__name__}, not a string or object")
        text = str(part.get("text", ""))
        href = part.get("href")
        if part.get("type") == "text_link" and isinstance(href, str) and not _same(text, href):
            text = f"{text} ({href})"
        out.append(text)
    return "".join(out)


def _text(message: dict[str, Any]) -> str:
    raw = message.get("text")
    if raw is None or (raw == "" and message.get("text_entities")):
        raw = message.get("text_entities", "")
    if isinstance(raw, str):
        return raw
    if isinstance(raw, list):
        return _flatten(raw)
    raise ValueError(f"text is a {type(raw).__name__}, not a string or a list")


def _time(message: dict[str, Any], key: str) -> datetime | None:
    """`<key>_unixtime` (UTC seconds) when present. The fallback `<key>` is the exporting
    computer's local time without a zone; it is read as UTC, which may be off by that zone's
    offset (Desktop versions before 2021 write only this form)."""
    unix = message.get(f"{key}_unixtime")
    if unix is not None:
        return datetime.fromtimestamp(int(unix), UTC)
    local = message.get(key)
    if local is None:
        return None
    return datetime.fromisoformat(str(local)).replace(tzinfo=UTC)


def _media(message: dict[str, Any]) -> tuple[str | None, dict[str, object] | None]:
    if isinstance(message.get("poll"), dict):
        poll = message["poll"]
        answers = [a.get("text") for a in poll.get("answers", []) if isinstance(a, dict)]
        return "poll", {"question": poll.get("question"), "answers": answers,
                        "total_voters": poll.get("total_voters"), "closed": poll.get("closed")}
    if "photo" in message:
        kind, file = "photo", message["photo"]
    elif "file" in message or "media_type" in message:
        kind = MEDIA_TYPES.get(str(message.get("media_type")), "document")
        file = message.get("file")
    elif isinstance(message.get("location_information"), dict):
        place = message["location_information"]
        return "geo", {"lat": place.get("latitude"), "long": place.get("longitude")}
    elif "contact_information" in message:
        return "contact", None
    else:
        return None, None
    media: dict[str, object] = {
        ours: message[theirs] for theirs, ours in MEDIA_FIELDS.items() if message.get(theirs)
    }
    if isinstance(file, str) and not file.startswith("("):  # "(File not included. ...)"
        media["file_name"] = file.rsplit("/", 1)[-1]
    return kind, media or None


def _reactions(message: dict[str, Any]) -> dict[str, int] | None:
    raw = message.get("reactions")
    if not isinstance(raw, list):
        return None
    counts: dict[str, int] = {}
    for item in raw:
        if isinstance(item, dict) and isinstance(item.get("count"), int):
            key = str(item.get("emoji") or item.get("document_id") or item.get("type"))
            counts[key] = counts.get(key, 0) + item["count"]
    return counts or None


def _forward(message: dict[str, Any]) -> Forward | None:
    name = message.get("forwarded_from")
    source_id = message.get("forwarded_from_id")
    if name is None and source_id is None:
        return None
    channel_id = None
    if isinstance(source_id, str) and source_id.startswith("channel"):
        channel_id = int(source_id[len("channel") :])
    return Forward(name=str(name) if name is not None else None, channel_id=channel_id)


def message_to_post(message: dict[str, Any], channel: str, chat: ChatHeader,
                    link_base: str | None) -> Post | None:
    """A Desktop message as a `Post`; None for a service message (a pin, a title change, ...).
    Raises ValueError, KeyError or TypeError on a message of the wrong shape."""
    if message.get("type", "message") != "message":
        return None
    message_id = message["id"]
    if not isinstance(message_id, int) or isinstance(message_id, bool):
        raise ValueError(f"message id {message_id!r} is not an integer")
    posted_at = _time(message, "date")
    if posted_at is None:
        raise ValueError(f"message {message_id} has no date")
    author = message.get("author") or message.get("signature")
    sender = message.get("from")
    if author is None and sender is not None and sender != chat.name:
        author = sender
    reply_to = message.get("reply_to_message_id")
    media_kind, media = _media(message)
    return Post(
        channel=channel,
        message_id=message_id,
        posted_at=posted_at,
        text=_text(message),
        edited_at=_time(message, "edited"),
        reactions=_reactions(message),
        author=str(author) if author is not None else None,
        forward=_forward(message),
        reply_to=int(reply_to) if reply_to is not None else None,
        media_kind=media_kind,
        media=media,
        link=f"{link_base}/{message_id}" if link_base else None,
    )


# --- reading the file --------------------------------------------------------------------

Item = ChatHeader | dict[str, Any]


def _skip_value(events: Iterator[tuple[str, str, Any]], event: str) -> None:
    depth = 1 if event in ("start_map", "start_array") else 0
    while depth:
        _, kind, _ = next(events)
        depth += kind in ("start_map", "start_array")
        depth -= kind in ("end_map", "end_array")


def _top_level(path: Path, reader: _Reader,
               events: Iterator[tuple[str, str, Any]]) -> tuple[str, dict[str, Any]]:
    """Read the top-level keys up to `messages` (single chat) or `chats` (whole account)."""
    first = next(events, None)
    if first is None or first[1] != "start_map":
        raise ImportFileError(str(path), "byte 0", "not a Telegram Desktop export: the top "
                              "level is not a JSON object")
    scalars: dict[str, Any] = {}
    for prefix, event, value in events:
        if prefix == "" and event == "end_map":
            break
        if event != "map_key":
            raise ImportFileError(str(path), f"byte {reader.position}", "unexpected JSON")
        _, kind, item = next(events)
        if value == "messages":
            if kind != "start_array":
                raise ImportFileError(str(path), f"byte {reader.position}",
                                      '"messages" is not a list')
            return "chat", scalars
        if value == "chats":
            if kind != "start_map":
                raise ImportFileError(str(path), f"byte {reader.position}",
                                      '"chats" is not an object')
            return "account", scalars
        if kind in ("start_map", "start_array"):
            _skip_value(events, kind)
        else:
            scalars[value] = item
    raise ImportFileError(str(path), f"byte {reader.position}", "not a Telegram Desktop export: "
                          'no "messages" (one chat) or "chats" (whole account)')


def _header(path: Path, scalars: dict[str, Any], position: int) -> ChatHeader:
    chat_id = scalars.get("id")
    if chat_id is not None and not isinstance(chat_id, int):
        raise ImportFileError(str(path), f"byte {position}", f"chat id {chat_id!r} is not a number")
    return ChatHeader(str(scalars.get("name") or ""), str(scalars.get("type") or ""), chat_id)


def _messages(events: Iterator[tuple[str, str, Any]], prefix: str) -> Iterator[Item]:
    """Build each message of the array at `prefix` with the backend's (C) object builder."""
    sink = ijson.utils.sendable_list()
    builder = BACKEND.items_basecoro(sink, prefix + ".item")
    for event in events:
        if event[0] == prefix and event[1] == "end_array":
            return
        builder.send(event)
        if sink:
            yield from sink
            del sink[:]


def _account_chat(path: Path, reader: _Reader, events: Iterator[tuple[str, str, Any]],
                  prefix: str, want: Callable[[ChatHeader], bool]) -> Iterator[Item]:
    scalars: dict[str, Any] = {}
    for _, event, key in events:  # the chat object's own events: map keys and its end
        if event == "end_map":
            return
        _, kind, value = next(events)
        if key == "messages":
            if kind != "start_array":
                raise ImportFileError(str(path), f"byte {reader.position}",
                                      f'a chat\'s "messages" is a {kind}, not a list')
            header = _header(path, scalars, reader.position)
            if header.type in CHANNEL_TYPES and want(header):
                yield header
                yield from _messages(events, prefix + ".messages")
            else:
                _skip_value(events, kind)
        elif kind in ("start_map", "start_array"):
            _skip_value(events, kind)
        else:
            scalars[key] = value


def _account(path: Path, reader: _Reader, events: Iterator[tuple[str, str, Any]],
             want: Callable[[ChatHeader], bool]) -> Iterator[Item]:
    lists, chats = ("chats.list", "left_chats.list"), ("chats.list.item", "left_chats.list.item")
    for prefix, event, _ in events:
        if prefix in chats:
            if event != "start_map":
                raise ImportFileError(str(path), f"byte {reader.position}",
                                      f"an item of {prefix[:-5]!r} is not a chat object")
            yield from _account_chat(path, reader, events, prefix, want)
        elif prefix in lists and event not in ("start_array", "end_array"):
            raise ImportFileError(str(path), f"byte {reader.position}", f"{prefix!r} is not a list")


def read_export(path: Path, raw: BinaryIO, want: Callable[[ChatHeader], bool],
                progress: Progress | None = None) -> Iterator[Item]:
    """The chats (`ChatHeader`) and their messages (dicts) in file order. A single-chat file
    yields its one header; a whole-account file yields the channels `want` accepts. Raises
    `ImportFileError` on malformed input, possibly after yielding part of the file."""
    reader = _Reader(raw, progress)
    try:
        events = iter(BACKEND.parse(reader, buf_size=BUF_SIZE, use_float=True))
        shape, scalars = _top_level(path, reader, events)
        if shape == "account":
            yield from _account(path, reader, events, want)
            return
        yield _header(path, scalars, reader.position)
        raw.seek(0)  # again from the start with the C object builder: faster than events
        reader = _Reader(raw, progress)
        yield from BACKEND.items(reader, "messages.item", buf_size=BUF_SIZE, use_float=True)
    except ijson.JSONError as exc:
        raise _json_error(path, reader, exc) from None
    except UnicodeDecodeError as exc:
        raise ImportFileError(str(path), f"byte {reader.position}", f"not UTF-8: {exc.reason}") \
            from None


# --- importing ---------------------------------------------------------------------------


@dataclass
class _Target:
    """One chat being imported into one channel row."""

    row: Channel
    chat: ChatHeader
    link_base: str | None
    min_id: int | None = None
    max_id: int = 0
    posts: list[Post] = field(default_factory=list)

    def seen(self, message_id: int) -> None:
        self.min_id = message_id if self.min_id is None else min(self.min_id, message_id)
        self.max_id = max(self.max_id, message_id)


class _Channels:
    """Decides which channel row each chat goes to (see the module docstring)."""

    def __init__(self, session: Session, path: Path, name: str | None, all_channels: bool,
                 side: str, stats: ImportStats) -> None:
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
        row = Channel(username=username, title=chat.name or username, source="export",
                      side=self.side, language="ru", enabled=False, telegram_id=chat.id,
                      high_water=0, failures=0)
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
            raise UsageError(f"{self.path} is a whole-account export: --channel applies to a "
                             "single-chat export (channels are matched by title or id)")
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
    if not target.posts:
        return
    done = ingest(session, target.row, FetchResult(posts=target.posts, snapshot=True))
    stats.new, stats.edited = stats.new + done.new, stats.edited + done.edited
    stats.unchanged += done.refreshed
    target.posts = []


def _finish(session: Session, target: _Target, stats: ImportStats) -> None:
    """Flush, then move the high-water mark when the export joins the range already covered:
    a full export starts at id 1 (the channel's creation), a date-limited one may not."""
    _flush(session, target, stats)
    row = target.row
    if target.min_id is not None and target.min_id <= (row.high_water or 0) + 1:
        row.high_water = max(row.high_water or 0, target.max_id)
    stats.chats += 1
    stats.channels.append(row.username)


def _add(path: Path, target: _Target, message: Any, stats: ImportStats, position: int) -> bool:
    """Convert one message into the target's batch; False for a service message."""
    try:
        if not isinstance(message, dict):
            raise TypeError(f"a message is a {type(message).__name__}, not an object")
        post = message_to_post(message, target.row.username, target.chat, target.link_base)
    except (KeyError, TypeError, ValueError) as exc:
        what = f"message {message.get('id')!r}" if isinstance(message, dict) else "a message"
        problem = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
        raise ImportFileError(str(path), f"near byte {position}", f"{what}: {problem}") from None
    if isinstance(message.get("id"), int):
        target.seen(message["id"])
    if post is None:
        stats.service += 1
        return False
    target.posts.append(post)
    return True


def import_export(session: Session, path: Path, *, channel: str | None = None,
                  all_channels: bool = False, side: str = "other",
                  progress: Progress | None = None) -> ImportStats:
    """Import a Desktop export into the caller's transaction (see the module docstring).
    Importing the same file twice adds nothing; a newer export adds only what is new and
    records edits as versions. Raises ImportFileError (the caller rolls back) or UsageError."""
    if channel is not None and not USERNAME_RE.match(channel):
        raise UsageError(f"--channel {channel!r}: 4-32 letters, digits or underscores, "
                         "starting with a letter")
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
                target = _Target(row, item, _link_base(row, item))
            elif target is not None and _add(path, target, item, stats, raw.tell()) \
                    and len(target.posts) >= BATCH:
                _flush(session, target, stats)
        if target is not None:
            _finish(session, target, stats)
    return stats
