"""Telegram Desktop export (`result.json`): reading and message conversion, streamed with ijson
so a multi-GB file never sits in memory. `monitor.sources.desktop_import` imports what this reads.

Two shapes are read: a single chat, `{"name", "type", "id", "messages": [...]}`, and a
whole-account export, `{"about", ..., "chats": {"list": [chat, ...]}, "left_chats": {...}}`.
Malformed input raises `ImportFileError` naming the byte position.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import ijson

from monitor.domain import FetchedPost, Forward
from monitor.sources.json_limits import CountingReader, LimitExceeded, Progress, json_error
from monitor.sources.sanity import checked_text, checked_time, unix_time

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
MEDIA_FIELDS = {
    "mime_type": "mime_type",
    "duration_seconds": "duration",
    "width": "width",
    "height": "height",
    "sticker_emoji": "emoji",
    "file_size": "size",
}
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


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
        text, href = part.get("text", ""), part.get("href")
        if not isinstance(text, str) or not isinstance(href, str | None):
            raise ValueError(f"a {part.get('type')!r} entity's text or href is not a string")
        if part.get("type") == "text_link" and isinstance(href, str) and not _same(text, href):
            text = f"{text} ({href})"
        out.append(text)
    return "".join(out)


def _text(message: dict[str, Any]) -> str:
    raw = message.get("text")
    if raw is None or (raw == "" and message.get("text_entities")):
        raw = message.get("text_entities", "")
    if isinstance(raw, str | list):
        return checked_text(raw if isinstance(raw, str) else _flatten(raw))
    raise ValueError(f"text is a {type(raw).__name__}, not a string or a list")


def _time(message: dict[str, Any], key: str) -> datetime | None:
    """`<key>_unixtime` (UTC seconds) when present. The fallback `<key>` is the exporting
    computer's local time without a zone; it is read as UTC, which may be off by that zone's
    offset (Desktop versions before 2021 write only this form)."""
    unix = message.get(f"{key}_unixtime")
    if unix is not None:
        return unix_time(unix, key)
    local = message.get(key)
    if local is None:
        return None
    return checked_time(datetime.fromisoformat(str(local)).replace(tzinfo=UTC), key)


def _media(message: dict[str, Any]) -> tuple[str | None, dict[str, object] | None]:
    if isinstance(message.get("poll"), dict):
        poll = message["poll"]
        answers = [a.get("text") for a in poll.get("answers", []) if isinstance(a, dict)]
        return "poll", {
            "question": poll.get("question"),
            "answers": answers,
            "total_voters": poll.get("total_voters"),
            "closed": poll.get("closed"),
        }
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


def message_to_post(
    message: dict[str, Any], channel: str, chat: ChatHeader, link_base: str | None
) -> FetchedPost | None:
    """A Desktop message as a `FetchedPost`; None for a service message (a pin, a title change).
    Raises ValueError, KeyError or TypeError on a message of the wrong shape."""
    if message.get("type", "message") != "message":
        return None
    message_id = message["id"]
    if (
        not isinstance(message_id, int)
        or isinstance(message_id, bool)
        or not 0 < message_id < 2**31
    ):
        raise ValueError(f"message id {message_id!r} is not a positive integer")
    posted_at = _time(message, "date")
    if posted_at is None:
        raise ValueError(f"message {message_id} has no date")
    author = message.get("author") or message.get("signature")
    sender = message.get("from")
    if author is None and sender is not None and sender != chat.name:
        author = sender
    reply_to = message.get("reply_to_message_id")
    media_kind, media = _media(message)
    return FetchedPost(
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


def _top_level(
    reader: CountingReader, events: Iterator[tuple[str, str, Any]]
) -> tuple[str, dict[str, Any]]:
    """Read the top-level keys up to `messages` (single chat) or `chats` (whole account)."""
    first = next(events, None)
    if first is None or first[1] != "start_map":
        raise reader.error("not a Telegram Desktop export: the top level is not a JSON object", 0)
    scalars: dict[str, Any] = {}
    for prefix, event, value in events:
        if prefix == "" and event == "end_map":
            break
        if event != "map_key":
            raise reader.error("unexpected JSON")
        _, kind, item = next(events)
        if value == "messages":
            if kind != "start_array":
                raise reader.error('"messages" is not a list')
            return "chat", scalars
        if value == "chats":
            if kind != "start_map":
                raise reader.error('"chats" is not an object')
            return "account", scalars
        if kind in ("start_map", "start_array"):
            _skip_value(events, kind)
        else:
            scalars[value] = item
    raise reader.error(
        'not a Telegram Desktop export: no "messages" (one chat) or "chats" (whole account)'
    )


def _header(reader: CountingReader, scalars: dict[str, Any]) -> ChatHeader:
    chat_id = scalars.get("id")
    if chat_id is not None and not isinstance(chat_id, int):
        raise reader.error(f"chat id {chat_id!r} is not a number")
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


def _account_chat(
    reader: CountingReader,
    events: Iterator[tuple[str, str, Any]],
    prefix: str,
    want: Callable[[ChatHeader], bool],
) -> Iterator[Item]:
    scalars: dict[str, Any] = {}
    for _, event, key in events:  # the chat object's own events: map keys and its end
        if event == "end_map":
            return
        _, kind, value = next(events)
        if key == "messages":
            if kind != "start_array":
                raise reader.error(f'a chat\'s "messages" is a {kind}, not a list')
            header = _header(reader, scalars)
            if header.type in CHANNEL_TYPES and want(header):
                yield header
                yield from _messages(events, prefix + ".messages")
            else:
                _skip_value(events, kind)
        elif kind in ("start_map", "start_array"):
            _skip_value(events, kind)
        else:
            scalars[key] = value


def _account(
    reader: CountingReader,
    events: Iterator[tuple[str, str, Any]],
    want: Callable[[ChatHeader], bool],
) -> Iterator[Item]:
    lists, chats = ("chats.list", "left_chats.list"), ("chats.list.item", "left_chats.list.item")
    for prefix, event, _ in events:
        if prefix in chats:
            if event != "start_map":
                raise reader.error(f"an item of {prefix[:-5]!r} is not a chat object")
            yield from _account_chat(reader, events, prefix, want)
        elif prefix in lists and event not in ("start_array", "end_array"):
            raise reader.error(f"{prefix!r} is not a list")


def read_export(
    path: Path, raw: BinaryIO, want: Callable[[ChatHeader], bool], progress: Progress | None = None
) -> Iterator[Item]:
    """The chats (`ChatHeader`) and their messages (dicts) in file order. A single-chat file
    yields its one header; a whole-account file yields the channels `want` accepts. Raises
    `ImportFileError` on malformed input, possibly after yielding part of the file."""
    reader = CountingReader(path, raw, progress)
    if not raw.seekable():
        raise reader.error("not a regular file (a pipe or a device?): save the export to a file")
    try:
        events = iter(BACKEND.parse(reader, buf_size=BUF_SIZE, use_float=True))
        shape, scalars = _top_level(reader, events)
        if shape == "account":
            yield from _account(reader, events, want)
            return
        yield _header(reader, scalars)
        raw.seek(0)  # again from the start with the C object builder: faster than events
        reader = CountingReader(path, raw, progress)
        yield from BACKEND.items(reader, "messages.item", buf_size=BUF_SIZE, use_float=True)
    except ijson.JSONError as exc:
        raise json_error(reader, exc) from None
    except UnicodeDecodeError as exc:
        raise reader.error(f"not UTF-8: {exc.reason}") from None
    except LimitExceeded as exc:
        raise reader.error(f"refused: {exc.problem}", exc.position) from None
