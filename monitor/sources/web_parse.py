"""Pure parsing of `t.me/s/<channel>` preview pages into domain `FetchedPost`s (no I/O).

The page is a `section.tgme_channel_history` holding one `.tgme_widget_message_wrap` per
message (an album is one wrap whose grouped media link to each member with `?single`). Every
wrap must yield a message id: a wrap we cannot read is `MarkupChanged`, never a silent skip,
because a skipped wrap is a lost post.

The preview shows only an "edited" marker, not when the edit happened, so an edited post gets
`edited_at = seen_at` (the fetch time): an upper bound that keeps later edits ordered.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from selectolax.lexbor import LexborHTMLParser, LexborNode

from monitor.domain import FetchedPost, Forward
from monitor.errors import ChannelUnavailable, MarkupChanged
from monitor.sources.sanity import checked_time

log = logging.getLogger(__name__)

_DATA_POST = re.compile(r"^([A-Za-z0-9_]+)/([1-9]\d{0,9})$")
_POST_HREF = re.compile(r"t\.me/(?:s/)?([A-Za-z0-9_]+)/(\d{1,10})\b")
_SINGLE_HREF = re.compile(r"/(\d{1,10})\?single")
_COUNT = re.compile(r"^(\d+(?:[.,]\d+)?)\s*([KMB]?)$", re.IGNORECASE)
MAX_ID = 2**31 - 1
MAX_COUNT = 10**15  # views beyond are no count (they would not fit a BIGINT column)
_MULTIPLIERS = {"": 1, "K": 1_000, "M": 1_000_000, "B": 1_000_000_000}
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)

# Checked in order: the first kind found wins (a round video is also a video player).
MEDIA_KINDS: tuple[tuple[str, str], ...] = (
    (".tgme_widget_message_roundvideo_player", "round_video"),
    (".tgme_widget_message_video_player", "video"),
    (".tgme_widget_message_voice_player, audio.tgme_widget_message_voice", "voice"),
    (
        ".tgme_widget_message_sticker_wrap, .tgme_widget_message_sticker, "
        ".tgme_widget_message_tgsticker, .tgme_widget_message_videosticker",
        "sticker",
    ),
    (".tgme_widget_message_poll", "poll"),
    (".tgme_widget_message_photo_wrap", "photo"),
    (".tgme_widget_message_document_wrap", "document"),
    (".tgme_widget_message_location_wrap", "location"),
    (".tgme_widget_message_contact", "contact"),
    (".message_media_not_supported", "unsupported"),
)


@dataclass(frozen=True, slots=True)
class Page:
    """One preview page: its posts (ascending ids) and every message id it shows, including
    service messages and album members, so a gap between ids really means a deleted post."""

    posts: list[FetchedPost]
    present_ids: frozenset[int]

    @property
    def smallest(self) -> int | None:
        return min(self.present_ids, default=None)

    @property
    def largest(self) -> int | None:
        return max(self.present_ids, default=None)


def parse_count(raw: str) -> int | None:
    """«987» → 987, «12.3K» → 12300, «1.2M» → 1200000; None when it is not a count."""
    match = _COUNT.match(raw.strip().replace("\xa0", ""))
    if not match:
        return None
    try:
        number = Decimal(match.group(1).replace(",", "."))
    except InvalidOperation:
        return None
    count = int(number * _MULTIPLIERS[match.group(2).upper()])
    return count if count <= MAX_COUNT else None


def _same_link(visible: str, href: str) -> bool:
    def bare(value: str) -> str:
        return _URL_PREFIX.sub("", value.strip()).rstrip("/").casefold()

    return bare(visible) == bare(href)


def _link_text(anchor: LexborNode) -> str:
    visible = node_text(anchor)
    href = anchor.attributes.get("href") or ""
    if anchor.attributes.get("onclick") is not None:
        href = href.replace("&amp;", "&")  # t.me/s double-escapes '&' in outbound links
    if not href.lower().startswith(("http://", "https://")) or _same_link(visible, href):
        return visible
    return f"{visible} ({href})" if visible else href


def node_text(node: LexborNode) -> str:
    """The visible text of `node`: <br> (and only <br>) becomes a newline, links keep their URL
    when it differs from the text (`text (https://...)`), emoji images give their character."""
    parts: list[str] = []
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            # t.me writes line breaks as <br/>; a raw newline is markup layout, a space to a reader
            parts.append((child.text(deep=False) or "").replace("\r", "").replace("\n", " "))
        elif tag == "br":
            parts.append("\n")
        elif tag == "a":
            parts.append(_link_text(child))
        elif tag not in ("script", "style", "template"):
            parts.append(node_text(child))
    return "".join(parts)


def _first_text(node: LexborNode, selector: str) -> str | None:
    found = node.css_first(selector)
    if found is None:
        return None
    text = node_text(found).strip()
    return text or None


def _has_class(node: LexborNode, name: str) -> bool:
    return name in (node.attributes.get("class") or "").split()


def _inside(node: LexborNode, stop: LexborNode, class_name: str) -> bool:
    parent = node.parent
    while parent is not None and parent.mem_id != stop.mem_id:
        if _has_class(parent, class_name):
            return True
        parent = parent.parent
    return False


def _message_text(message: LexborNode) -> str:
    """Every text block of the message except the quoted one of a reply (a document album
    carries one caption per document)."""
    blocks = [
        node_text(node).strip()
        for node in message.css(".tgme_widget_message_text")
        if not _inside(node, message, "tgme_widget_message_reply")
    ]
    return "\n\n".join(block for block in blocks if block)


def _posted_at(message: LexborNode, data_post: str) -> datetime:
    time = message.css_first(".tgme_widget_message_date time[datetime]")
    if time is None:
        raise MarkupChanged(data_post.split("/")[0], f"post {data_post} has no date element")
    raw = time.attributes.get("datetime") or ""
    try:
        value = datetime.fromisoformat(raw)
    except ValueError as exc:
        raise MarkupChanged(data_post.split("/")[0], f"post {data_post}: bad date {raw!r}") from exc
    moment = value.replace(tzinfo=UTC) if value.tzinfo is None else value
    try:
        return checked_time(moment.astimezone(UTC), f"post {data_post} date")  # type: ignore[return-value]
    except OverflowError:
        raise ValueError(f"post {data_post} date {raw!r} is out of range") from None


def _is_edited(message: LexborNode) -> bool:
    """The meta line reads `[author, ]edited 10:15`; only its own text counts, so an author
    signature that contains the word does not."""
    meta = message.css_first(".tgme_widget_message_meta")
    if meta is None:
        return False
    children = meta.iter(include_text=True)
    own = "".join(child.text(deep=False) or "" for child in children if child.tag == "-text")
    return "edited" in own.casefold()


def _forward(message: LexborNode) -> Forward | None:
    node = message.css_first(".tgme_widget_message_forwarded_from_name")
    if node is None:
        return None
    link = node.attributes.get("href")
    match = _POST_HREF.search(link or "")
    return Forward(
        name=node_text(node).strip() or None,
        message_id=_id(match.group(2)) if match else None,
        link=link,
    )


def _reply_to(message: LexborNode, channel: str) -> int | None:
    node = message.css_first("a.tgme_widget_message_reply")
    match = _POST_HREF.search((node.attributes.get("href") or "") if node else "")
    if match is None or match.group(1).casefold() != channel.casefold():
        return None  # a reply to another chat has no id in this channel
    return _id(match.group(2))


def _id(digits: str) -> int | None:
    """A message id (Telegram's are 32-bit), None beyond."""
    value = int(digits)
    return value if 0 < value <= MAX_ID else None


def _album_ids(message: LexborNode) -> list[int]:
    group = message.css_first(".tgme_widget_message_grouped_wrap")
    if group is None:
        return []
    ids = {
        _id(match.group(1))
        for anchor in group.css("a[href]")
        if (match := _SINGLE_HREF.search(anchor.attributes.get("href") or ""))
    }
    return sorted(i for i in ids if i is not None)


def _link_preview(message: LexborNode) -> dict[str, object] | None:
    node = message.css_first(".tgme_widget_message_link_preview")
    if node is None:
        return None
    preview: dict[str, object] = {"url": node.attributes.get("href")}
    for key in ("site_name", "title", "description"):
        value = _first_text(node, f".link_preview_{key}")
        if value:
            preview[key] = value
    return preview


def _media(message: LexborNode, album: list[int]) -> tuple[str | None, dict[str, object] | None]:
    kind = next((name for selector, name in MEDIA_KINDS if message.css_first(selector)), None)
    media: dict[str, object] = {}
    if album:
        media["album_size"] = len(album)
    if kind == "poll":
        media["question"] = _first_text(message, ".tgme_widget_message_poll_question")
        media["options"] = [
            node_text(n).strip() for n in message.css(".tgme_widget_message_poll_option_text")
        ]
    elif kind == "document":
        media["title"] = _first_text(message, ".tgme_widget_message_document_title")
        media["extra"] = _first_text(message, ".tgme_widget_message_document_extra")
    preview = _link_preview(message)
    if preview:
        media["webpage"] = preview
        kind = kind or "webpage"
    return kind, (media or None)


def _post(message: LexborNode, channel: str, data_post: str, seen_at: datetime) -> FetchedPost:
    message_id = int(data_post.split("/")[1])
    album = _album_ids(message)
    kind, media = _media(message, album)
    views = _first_text(message, ".tgme_widget_message_views")
    return FetchedPost(
        channel=channel,
        message_id=message_id,
        posted_at=_posted_at(message, data_post),
        text=_message_text(message),
        edited_at=seen_at if _is_edited(message) else None,
        views=parse_count(views) if views else None,
        author=_first_text(message, ".tgme_widget_message_from_author"),
        forward=_forward(message),
        reply_to=_reply_to(message, channel),
        album_id=min([*album, message_id]) if album else None,
        media_kind=kind,
        media=media,
        link=f"https://t.me/{channel}/{message_id}",
    )


def _wraps(tree: LexborHTMLParser) -> list[LexborNode]:
    return [
        wrap
        for wrap in tree.css(".tgme_widget_message_wrap")
        if wrap.css_first(".tme_no_messages_found") is None
    ]


def parse_page(html: str, channel: str, seen_at: datetime) -> Page:
    """Posts of one preview page of `channel`, service messages skipped.

    Raises `ChannelUnavailable` when the page is not a channel preview, `MarkupChanged` when it
    holds message wraps that cannot be read."""
    tree = LexborHTMLParser(html)
    wraps = _wraps(tree)
    if not wraps and tree.css_first(".tgme_channel_history") is None:
        raise ChannelUnavailable(
            channel,
            "the page is not a public channel preview (no message history on it); the channel "
            "may be private or hide its preview: watch it with `--source telegram`",
        )
    posts: list[FetchedPost] = []
    present: set[int] = set()
    for index, wrap in enumerate(wraps):
        message = wrap.css_first(".tgme_widget_message[data-post]")
        match = _DATA_POST.match((message.attributes.get("data-post") or "") if message else "")
        if message is None or match is None:
            raise MarkupChanged(
                channel,
                f"message {index + 1} on the page has no readable data-post id: "
                "the t.me/s layout may have changed",
            )
        data_post, message_id = match.group(0), _id(match.group(2))
        if message_id is None:
            raise MarkupChanged(channel, f"message {index + 1}: id {data_post!r} out of range")
        if match.group(1).casefold() != channel.casefold():
            log.warning("dropped %s: a post of another channel on this page", data_post,
                        extra={"channel": channel})  # fmt: skip
            continue
        present.add(message_id)
        present.update(_album_ids(message))
        if _has_class(message, "service_message") or message.css_first(".service_message"):
            continue
        try:
            posts.append(_post(message, channel, data_post, seen_at))
        except ValueError as exc:  # an implausible date: the post is left out, not the page
            log.warning("left out %s: %s", data_post, exc, extra={"channel": channel})
    posts.sort(key=lambda post: post.message_id)
    return Page(posts=posts, present_ids=frozenset(present))
