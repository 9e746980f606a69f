"""Telethon messages → `monitor.domain.FetchedPost`. Part of the telegram source: with
`telegram.py` and `telegram_login.py`, the only modules that import telethon.

Media are described, never downloaded: a kind ("photo", "video", "webpage", "poll", ...) and a
small JSON-safe dict of metadata (mime type, size, duration, link title, ...).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from telethon.tl import types

from monitor.domain import FetchedPost, Forward

Meta = dict[str, object]


def is_post(message: object) -> bool:
    """A real channel post: not a service message (pins, title changes) nor an empty slot
    (Telethon's patched `MessageService`/`MessageEmpty` are not `Message` subclasses)."""
    return isinstance(message, types.Message)


def to_post(channel: str, message: types.Message) -> FetchedPost:
    """Map one Telethon `Message` of `channel` (its public username) to a `FetchedPost`."""
    kind, media = describe_media(message.media)
    replies = message.replies.replies if message.replies is not None else None
    reply_to = None
    if isinstance(message.reply_to, types.MessageReplyHeader):
        reply_to = message.reply_to.reply_to_msg_id
    return FetchedPost(
        channel=channel,
        message_id=message.id,
        posted_at=_utc(message.date),
        text=message.message or "",
        edited_at=_utc(message.edit_date) if message.edit_date else None,
        views=message.views,
        forwards=message.forwards,
        replies=replies,
        reactions=reactions_of(message.reactions),
        author=message.post_author,
        forward=forward_of(message),
        reply_to=reply_to,
        album_id=message.grouped_id,
        media_kind=kind,
        media=media,
        link=f"https://t.me/{channel}/{message.id}",
    )


def _utc(value: datetime | None) -> datetime:
    if value is None:  # Telegram always dates messages; keep the type honest anyway
        raise ValueError("message without a date")
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def reactions_of(reactions: types.MessageReactions | None) -> dict[str, int] | None:
    """`{emoji: count}`; custom emoji as `custom:<document id>`, paid stars as `paid`."""
    if reactions is None or not reactions.results:
        return None
    counts: dict[str, int] = {}
    for result in reactions.results:
        reaction = result.reaction
        if isinstance(reaction, types.ReactionEmoji):
            key = reaction.emoticon
        elif isinstance(reaction, types.ReactionCustomEmoji):
            key = f"custom:{reaction.document_id}"
        elif isinstance(reaction, types.ReactionPaid):
            key = "paid"
        else:
            continue
        counts[key] = counts.get(key, 0) + result.count
    return counts or None


def forward_of(message: types.Message) -> Forward | None:
    """Where a forwarded post came from. The channel's title and username are known only when
    Telethon attached the entities of the response (`message.forward.chat`)."""
    header = message.fwd_from
    if header is None:
        return None
    peer = header.from_id
    channel_id = peer.channel_id if isinstance(peer, types.PeerChannel) else None
    chat = getattr(getattr(message, "forward", None), "chat", None)
    name = header.from_name or getattr(chat, "title", None) or header.post_author
    username = getattr(chat, "username", None)
    link = None
    if header.channel_post is not None:
        if username:
            link = f"https://t.me/{username}/{header.channel_post}"
        elif channel_id is not None:
            link = f"https://t.me/c/{channel_id}/{header.channel_post}"
    return Forward(name=name, channel_id=channel_id, message_id=header.channel_post, link=link)


# --- media --------------------------------------------------------------------------------


def describe_media(media: object) -> tuple[str | None, Meta | None]:
    """`(kind, metadata)` of a message's media, `(None, None)` when it has none."""
    if media is None or isinstance(media, types.MessageMediaEmpty):
        return None, None
    for media_type, describe in _DESCRIBERS:
        if isinstance(media, media_type):
            kind, meta = describe(media)
            return kind, _compact(meta)
    name = type(media).__name__.removeprefix("MessageMedia")
    return _snake(name) or "unknown", None


def _compact(meta: Meta) -> Meta | None:
    kept = {k: v for k, v in meta.items() if v is not None and v != ""}
    return kept or None


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name).lstrip("_")


def _photo(media: types.MessageMediaPhoto) -> tuple[str, Meta]:
    meta: Meta = {"spoiler": True if media.spoiler else None}
    photo = media.photo
    if isinstance(photo, types.Photo):
        meta.update(_largest_size(photo.sizes))
    return "photo", meta


def _largest_size(sizes: list[Any]) -> Meta:
    best: tuple[int, int, int] | None = None  # width, height, bytes
    for size in sizes:
        if isinstance(size, types.PhotoSize):
            byte_count = size.size
        elif isinstance(size, types.PhotoSizeProgressive):
            byte_count = max(size.sizes, default=0)
        else:  # thumbnails that are stripped or cached inline say nothing useful
            continue
        if best is None or size.w * size.h > best[0] * best[1]:
            best = (size.w, size.h, byte_count)
    return {} if best is None else {"width": best[0], "height": best[1], "size": best[2]}


def _document(media: types.MessageMediaDocument) -> tuple[str, Meta]:
    document = media.document
    if not isinstance(document, types.Document):
        return "document", {}
    kind = "document"
    meta: Meta = {"mime_type": document.mime_type, "size": document.size}
    for attribute in document.attributes:
        if isinstance(attribute, types.DocumentAttributeVideo):
            kind = "round" if attribute.round_message or media.round else "video"
            meta.update(duration=attribute.duration, width=attribute.w, height=attribute.h)
        elif isinstance(attribute, types.DocumentAttributeAudio):
            kind = "voice" if attribute.voice or media.voice else "audio"
            meta.update(
                duration=attribute.duration, title=attribute.title, performer=attribute.performer
            )
        elif isinstance(attribute, types.DocumentAttributeFilename):
            meta["file_name"] = attribute.file_name
        elif isinstance(attribute, types.DocumentAttributeSticker):
            kind = "sticker"
            meta["emoji"] = attribute.alt
    if any(isinstance(a, types.DocumentAttributeAnimated) for a in document.attributes):
        kind = "gif"
    return kind, meta


def _webpage(media: types.MessageMediaWebPage) -> tuple[str, Meta]:
    page = media.webpage
    if isinstance(page, types.WebPage):
        return "webpage", {
            "url": page.url,
            "title": page.title,
            "site_name": page.site_name,
            "type": page.type,
        }
    return "webpage", {"url": getattr(page, "url", None)}


def _poll(media: types.MessageMediaPoll) -> tuple[str, Meta]:
    poll = media.poll
    question = poll.question
    return "poll", {
        "question": getattr(question, "text", question),
        "answers": [getattr(a.text, "text", a.text) for a in poll.answers],
        "closed": bool(poll.closed),
        "quiz": bool(poll.quiz),
        "total_voters": getattr(media.results, "total_voters", None),
    }


def _geo_point(point: object) -> Meta:
    if isinstance(point, types.GeoPoint):
        return {"lat": point.lat, "long": point.long}
    return {}


def _geo(media: types.MessageMediaGeo) -> tuple[str, Meta]:
    return "geo", _geo_point(media.geo)


def _geo_live(media: types.MessageMediaGeoLive) -> tuple[str, Meta]:
    return "geo_live", {**_geo_point(media.geo), "period": media.period}


def _venue(media: types.MessageMediaVenue) -> tuple[str, Meta]:
    return "venue", {**_geo_point(media.geo), "title": media.title, "address": media.address}


def _contact(media: types.MessageMediaContact) -> tuple[str, Meta]:
    # The phone number is left out on purpose: nothing downstream needs it.
    return "contact", {"first_name": media.first_name, "last_name": media.last_name}


def _dice(media: types.MessageMediaDice) -> tuple[str, Meta]:
    return "dice", {"emoticon": media.emoticon, "value": media.value}


def _story(media: types.MessageMediaStory) -> tuple[str, Meta]:
    peer = media.peer
    return "story", {
        "story_id": media.id,
        "channel_id": peer.channel_id if isinstance(peer, types.PeerChannel) else None,
    }


def _invoice(media: types.MessageMediaInvoice) -> tuple[str, Meta]:
    return "invoice", {"title": media.title, "currency": media.currency}


def _game(media: types.MessageMediaGame) -> tuple[str, Meta]:
    return "game", {"title": getattr(media.game, "title", None)}


def _giveaway(media: types.MessageMediaGiveaway) -> tuple[str, Meta]:
    return "giveaway", {"quantity": media.quantity}


def _paid_media(media: types.MessageMediaPaidMedia) -> tuple[str, Meta]:
    return "paid_media", {"stars": media.stars_amount, "items": len(media.extended_media)}


_DESCRIBERS: list[tuple[type, Callable[[Any], tuple[str, Meta]]]] = [
    (types.MessageMediaPhoto, _photo),
    (types.MessageMediaDocument, _document),
    (types.MessageMediaWebPage, _webpage),
    (types.MessageMediaPoll, _poll),
    (types.MessageMediaGeoLive, _geo_live),
    (types.MessageMediaGeo, _geo),
    (types.MessageMediaVenue, _venue),
    (types.MessageMediaContact, _contact),
    (types.MessageMediaDice, _dice),
    (types.MessageMediaStory, _story),
    (types.MessageMediaInvoice, _invoice),
    (types.MessageMediaGame, _game),
    (types.MessageMediaGiveaway, _giveaway),
    (types.MessageMediaPaidMedia, _paid_media),
]
