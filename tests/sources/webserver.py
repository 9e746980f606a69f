"""A local stand-in for t.me: renders `t.me/s/<name>` pages in the real markup and serves them
from a real HTTP server on 127.0.0.1, with scripted faults (429, 5xx, slow answers).

The markup follows what t.me/s serves (classes, nesting, `data-post`, `time[datetime]`,
`?single` album links, the "edited" meta text); tests build channels out of `Msg` objects.
"""

from __future__ import annotations

import html
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

BASE_DATE = datetime(2025, 3, 9, 10, 15, 2, tzinfo=UTC)


@dataclass
class Msg:
    """One channel message. `text` is HTML as t.me renders it (use `<br/>`, `<a href>`)."""

    id: int
    text: str = ""
    date: datetime | None = None
    views: str | None = "1.2K"
    edited: bool = False
    author: str | None = None
    forwarded_from: tuple[str, str | None] | None = None  # (name, href)
    reply_to: int | None = None
    album: list[int] | None = None  # member ids after this one, rendered in one widget
    media: str | None = None  # photo|video|round_video|voice|document|poll|sticker
    link_preview: dict[str, str] | None = None
    service: bool = False

    @property
    def when(self) -> datetime:
        return self.date or BASE_DATE + timedelta(minutes=self.id)


def _media_html(channel: str, msg: Msg) -> str:
    kind = msg.media
    if msg.album:
        items = "".join(
            f'<a class="tgme_widget_message_photo_wrap grouped_media_wrap blured js-message_photo"'
            f' style="width:226px;height:226px;margin-right:2px;" data-ratio="1"'
            f' href="https://t.me/{channel}/{mid}?single"></a>'
            for mid in [msg.id, *msg.album]
        )
        return (
            '<div class="tgme_widget_message_grouped_wrap js-message_grouped_wrap"'
            ' data-margin-w="2" data-margin-h="2" style="width:453px;">'
            '<div class="tgme_widget_message_grouped js-message_grouped" style="padding-top:50%">'
            f'<div class="tgme_widget_message_grouped_layer js-message_grouped_layer">{items}'
            "</div></div></div>"
        )
    if kind is None:
        return ""
    return {
        "photo": f'<a class="tgme_widget_message_photo_wrap 5{msg.id} blured js-message_photo" '
        f"style=\"width:800px;background-image:url('https://cdn4.telesco.pe/file/x.jpg')\" "
        f'href="https://t.me/{channel}/{msg.id}"><div class="tgme_widget_message_photo" '
        'style="padding-top:56.25%"></div></a>',
        "video": '<a class="tgme_widget_message_video_player blured js-message_video_player" '
        f'href="https://t.me/{channel}/{msg.id}"><i class="tgme_widget_message_video_thumb"></i>'
        '<div class="tgme_widget_message_video_wrap"><video class="tgme_widget_message_video '
        'js-message_video" src="https://cdn4.telesco.pe/file/v.mp4"></video></div>'
        '<div class="message_video_play"></div></a>',
        "round_video": '<div class="tgme_widget_message_roundvideo_player '
        'js-message_roundvideo_player"><video class="tgme_widget_message_roundvideo"></video>'
        "</div>",
        "voice": '<div class="tgme_widget_message_voice_player js-message_voice_player">'
        '<audio class="tgme_widget_message_voice js-message_voice" src="v.ogg"></audio>'
        '<time class="tgme_widget_message_voice_duration">0:42</time></div>',
        "document": '<div class="tgme_widget_message_document_wrap">'
        '<div class="tgme_widget_message_document"><div class="tgme_widget_message_document_title'
        ' accent_color" dir="auto">report.pdf</div><div class="tgme_widget_message_document_extra"'
        ' dir="auto">1.2 MB</div></div></div>',
        "poll": '<div class="tgme_widget_message_poll js-poll"><div class="tgme_widget_message_'
        'poll_question">Who holds Sudzha?</div><div class="tgme_widget_message_poll_type">'
        'anonymous poll</div><div class="tgme_widget_message_poll_option"><div class="tgme_widget'
        '_message_poll_option_text">RU</div></div><div class="tgme_widget_message_poll_option">'
        '<div class="tgme_widget_message_poll_option_text">UA</div></div></div>',
        "sticker": '<div class="tgme_widget_message_sticker_wrap media_supported_cont">'
        '<i class="tgme_widget_message_sticker js-sticker_image" data-webp="s.webp"></i></div>',
    }[kind]


def _preview_html(preview: dict[str, str]) -> str:
    parts = "".join(
        f'<div class="link_preview_{key}" dir="auto">{html.escape(value)}</div>'
        for key, value in preview.items()
        if key != "url"
    )
    return (
        f'<a class="tgme_widget_message_link_preview" href="{html.escape(preview["url"])}">'
        f"{parts}</a>"
    )


def _service_html(channel: str, msg: Msg) -> str:
    return (
        '<div class="tgme_widget_message_wrap js-widget_message_wrap">'
        f'<div class="tgme_widget_message service_message js-widget_message" '
        f'data-post="{channel}/{msg.id}" data-view="eyJjIjoxfQ">'
        '<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_text '
        'js-message_text" dir="auto">Channel photo updated</div>'
        '<div class="tgme_widget_message_footer"><div class="tgme_widget_message_info">'
        f'<span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" '
        f'href="https://t.me/{channel}/{msg.id}"><time datetime="{msg.when.isoformat()}" '
        'class="time">10:15</time></a></span></div></div></div></div></div>'
    )


def _header_html(channel: str, msg: Msg) -> str:
    out = (
        '<div class="tgme_widget_message_author accent_color">'
        f'<a class="tgme_widget_message_owner_name" href="https://t.me/{channel}">'
        f'<span dir="auto">{channel.title()}</span></a></div>'
    )
    if msg.forwarded_from:
        name, href = msg.forwarded_from
        inner = f'<span dir="auto">{html.escape(name)}</span>'
        link = (
            f'<a class="tgme_widget_message_forwarded_from_name" href="{href}">{inner}</a>'
            if href
            else f'<span class="tgme_widget_message_forwarded_from_name">{inner}</span>'
        )
        out += (
            '<div class="tgme_widget_message_forwarded_from accent_color">'
            f"Forwarded from {link}</div>"
        )
    if msg.reply_to:
        out += (
            f'<a class="tgme_widget_message_reply" href="https://t.me/{channel}/{msg.reply_to}">'
            '<div class="tgme_widget_message_author accent_color"><span class="tgme_widget_message'
            f'_author_name" dir="auto">{channel}</span></div><div class="tgme_widget_message_'
            'metatext js-message_reply_text" dir="auto">an earlier post</div></a>'
        )
    return out


def _footer_html(channel: str, msg: Msg) -> str:
    views = (
        f'<span class="tgme_widget_message_views">{msg.views}</span><span class="copyonly">'
        " views</span>"
        if msg.views is not None
        else ""
    )
    author = (
        f'<span class="tgme_widget_message_from_author" dir="auto">{html.escape(msg.author)}'
        "</span>,&nbsp;"
        if msg.author
        else ""
    )
    edited = "edited " if msg.edited else ""
    return (
        '<div class="tgme_widget_message_footer compact js-message_footer">'
        '<div class="tgme_widget_message_info short js-message_info">'
        f'{views}<span class="tgme_widget_message_meta">{author}{edited}'
        f'<a class="tgme_widget_message_date" href="https://t.me/{channel}/{msg.id}">'
        f'<time datetime="{msg.when.isoformat()}" class="time">{msg.when:%H:%M}</time></a>'
        "</span></div></div>"
    )


def render_message(channel: str, msg: Msg) -> str:
    if msg.service:
        return _service_html(channel, msg)
    text = (
        f'<div class="tgme_widget_message_text js-message_text" dir="auto">{msg.text}</div>'
        if msg.text
        else ""
    )
    preview = _preview_html(msg.link_preview) if msg.link_preview else ""
    return (
        '<div class="tgme_widget_message_wrap js-widget_message_wrap">'
        '<div class="tgme_widget_message text_not_supported_wrap js-widget_message" '
        f'data-post="{channel}/{msg.id}" data-view="eyJjIjotMTAwMTIzLCJwIjoxfQ">'
        '<div class="tgme_widget_message_user"><a href="https://t.me/'
        f'{channel}"><i class="tgme_widget_message_user_photo bgcolor3"></i></a></div>'
        '<div class="tgme_widget_message_bubble"><i class="tgme_widget_message_bubble_tail">'
        "</i>"
        f"{_header_html(channel, msg)}{_media_html(channel, msg)}{text}{preview}"
        f"{_footer_html(channel, msg)}</div></div></div>"
    )


def render_page(channel: str, messages: list[Msg], body: str | None = None) -> str:
    """A whole t.me/s page for `messages` (ascending ids), or around a custom `body`."""
    before = messages[0].id if messages else 0
    more = (
        '<div class="tgme_widget_message_centered js-messages_more_wrap">'
        f'<a href="/s/{channel}?before={before}" class="tme_messages_more js-messages_more" '
        f'data-before="{before}"></a></div>'
        if before > 1
        else ""
    )
    if body is None:
        body = more + "".join(render_message(channel, m) for m in messages)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{channel} – Telegram</title></head>"
        '<body class="widget_frame_base tgme_webpreview_body">'
        '<header class="tgme_header"><div class="tgme_header_search"></div></header>'
        f'<main class="tgme_main" data-url="/s/{channel}"><div class="tgme_container">'
        '<div class="tgme_channel_info"><div class="tgme_channel_info_header">'
        f'<div class="tgme_channel_info_header_title"><span dir="auto">{channel}</span></div>'
        "</div></div>"
        f'<section class="tgme_channel_history js-message_history">{body}</section>'
        "</div></main></body></html>"
    )


def render_channel_page(channel: str) -> str:
    """What t.me/<name> shows for a channel whose preview is not public."""
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body class="tgme_body">'
        '<div class="tgme_page_wrap"><div class="tgme_page"><div class="tgme_page_title">'
        f'<span dir="auto">{channel}</span></div><div class="tgme_page_extra">12 345 '
        'subscribers</div><div class="tgme_page_action"><a class="tgme_action_button_new" '
        f'href="tg://resolve?domain={channel}">View in Telegram</a></div></div></div>'
        "</body></html>"
    )


@dataclass
class Fault:
    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # sleep this long, then answer normally when status == 0
    body: str = "busy"


class FakeTelegram:
    """Channels, page size, scripted faults and a request log, shared with the handler."""

    def __init__(self, page_size: int = 20) -> None:
        self.page_size = page_size
        self.channels: dict[str, dict[int, Msg]] = {}
        self.hidden: set[str] = set()  # channels whose preview redirects to t.me/<name>
        self.raw_pages: dict[str, str] = {}  # channel -> a fixed HTML body served as is
        self.faults: deque[Fault] = deque()
        self.requests: list[tuple[float, str]] = []
        self.lock = threading.Lock()

    def add(self, channel: str, messages: list[Msg]) -> None:
        with self.lock:
            self.channels.setdefault(channel, {}).update({m.id: m for m in messages})

    def delete(self, channel: str, message_id: int) -> None:
        with self.lock:
            del self.channels[channel][message_id]

    def page(self, channel: str, before: int | None, after: int | None) -> list[Msg]:
        with self.lock:
            units = sorted(self.channels[channel].values(), key=lambda m: m.id)
        if after is not None:
            return [m for m in units if m.id > after][: self.page_size]
        if before is not None:
            units = [m for m in units if m.id < before]
        return units[-self.page_size :]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        return None

    def _send(self, status: int, body: str, headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        fake = self.server.fake
        with fake.lock:
            fake.requests.append((time.monotonic(), self.path))
            fault = fake.faults.popleft() if fake.faults else None
        if fault is not None:
            time.sleep(fault.delay)
            if fault.status:
                return self._send(fault.status, fault.body, fault.headers)
        parts = urlsplit(self.path)
        segments = [s for s in parts.path.split("/") if s]
        if len(segments) == 1:
            return self._send(200, render_channel_page(segments[0]))
        if len(segments) != 2 or segments[0] != "s":
            return self._send(404, "not found")
        channel = segments[1]
        if channel in fake.raw_pages:
            return self._send(200, fake.raw_pages[channel])
        if channel in fake.hidden or channel not in fake.channels:
            return self._send(302, "", {"Location": f"https://t.me/{channel}"})
        query = parse_qs(parts.query)
        before = int(query["before"][0]) if "before" in query else None
        after = int(query["after"][0]) if "after" in query else None
        self._send(200, render_page(channel, fake.page(channel, before, after)))


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fake: FakeTelegram

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (a timeout test) closes the socket: not worth a traceback."""
        return None


class WebServer:
    """`with WebServer() as server:` serves `server.fake` at `server.base_url`."""

    def __init__(self, page_size: int = 20) -> None:
        self.fake = FakeTelegram(page_size)
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self.fake
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def paths(self) -> list[str]:
        with self.fake.lock:
            return [path for _, path in self.fake.requests]

    def __enter__(self) -> WebServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
