"""Hostile t.me/s answers (security review, findings 3, 7-10): a trickle and a giant page end
in a `SourceError`, `Retry-After` is capped and non-numbers ignored, redirects off the host or
channel are not followed, posts of another channel are dropped, huge ids and view counts are a
channel failure, and a post dated 9999-12-31 is left out."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from monitor.config import PollSettings, WebSettings
from monitor.domain import ChannelState, FetchResult
from monitor.errors import MarkupChanged, RateLimited, SourceError
from monitor.sources.web import MAX_RETRY_AFTER, WebSource, _retry_after
from tests.sources.webserver import Fault, Msg, WebServer, render_page

NAME = "hostile_chan"


@pytest.fixture
def server() -> Iterator[WebServer]:
    with WebServer(page_size=20) as running:
        yield running


def fetch(base_url: str, name: str = NAME, **web: Any) -> FetchResult:
    settings = WebSettings(
        base_url=base_url,
        **{"timeout_seconds": 2.0, "retries": 1, "min_interval_seconds": 0.0, **web},
    )

    async def run() -> FetchResult:
        source = WebSource(settings, PollSettings(backfill_pages=0), backoff_base=0.01)
        try:
            return await source.fetch(ChannelState(name, "ru"))
        finally:
            await source.aclose()

    return asyncio.run(run())


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("nan", None),
        ("inf", None),
        ("-5", None),
        ("1e308", None),
        ("abc", None),
        ("30", 30.0),
        ("999999", MAX_RETRY_AFTER),
        ("9" * 400, MAX_RETRY_AFTER),
        ("Fri, 31 Dec 9999 23:59:59 GMT", MAX_RETRY_AFTER),
    ],
)
def test_retry_after_is_capped_and_non_numbers_are_absent(
    header: str, expected: float | None
) -> None:
    response = httpx.Response(429, headers={"Retry-After": header})
    assert _retry_after(response) == expected


def test_a_huge_retry_after_is_capped_in_the_error(server: WebServer) -> None:
    server.fake.add(NAME, [Msg(1, "x")])
    server.fake.faults.extend([Fault(429, {"Retry-After": "999999"})] * 2)
    with pytest.raises(RateLimited) as caught:
        fetch(server.base_url)
    assert caught.value.retry_after == MAX_RETRY_AFTER


def test_nan_retry_after_uses_backoff_not_zero(server: WebServer) -> None:
    server.fake.add(NAME, [Msg(1, "x")])
    server.fake.faults.extend([Fault(503, {"Retry-After": "nan"})])
    assert [p.message_id for p in fetch(server.base_url).posts] == [1]


class Trickle:
    """A server that answers one byte a `pause` seconds, or `size` bytes at once."""

    def __init__(self, pause: float = 0.2, size: int = 0) -> None:
        self.pause, self.size = pause, size
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.stop = threading.Event()
        self.serving = threading.Thread(target=self._serve, daemon=True)
        self.serving.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}"

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        page = render_page(NAME, [Msg(1, "Суджа")]).encode()
        body = page + b"<div></div>" * (self.size // 11) if self.size else page
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n\r\n"
        try:
            conn.recv(65536)
            conn.sendall(head % len(body))
            if self.size:
                conn.sendall(body)
            else:
                for byte in body:
                    if self.stop.is_set():
                        break
                    conn.sendall(bytes([byte]))
                    time.sleep(self.pause)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        # the socket is closed only once the accepting thread has stopped: closing it under a
        # pending accept() raised EBADF in that thread (a flaky error in a later test)
        self.stop.set()
        self.serving.join()
        self.sock.close()


def test_a_trickling_page_hits_the_overall_deadline() -> None:
    slow = Trickle(pause=0.2)
    try:
        started = time.monotonic()
        with pytest.raises(SourceError, match=r"no complete answer within 1\.5s"):
            fetch(slow.base_url, page_deadline_seconds=1.5)
        assert time.monotonic() - started < 6  # each byte arrives well within the read timeout
    finally:
        slow.close()


def test_a_giant_page_is_refused_by_size() -> None:
    giant = Trickle(size=3_000_000)
    try:
        with pytest.raises(SourceError, match="larger than 1,000,000 bytes"):
            fetch(giant.base_url, max_page_bytes=1_000_000)
    finally:
        giant.close()


def test_redirects_off_the_host_or_channel_are_not_followed(server: WebServer) -> None:
    server.fake.add("goodchan", [Msg(1, "a"), Msg(2, "b")])
    port = server.base_url.rsplit(":", 1)[1]
    for location in (f"http://127.0.0.2:{port}/s/goodchan", f"{server.base_url}/s/goodchan"):
        server.fake.faults.append(Fault(302, {"Location": location}))
        with pytest.raises(SourceError, match="not followed"):
            fetch(server.base_url, name="redirext")
    # The name's case fixed on the same host is still followed.
    server.fake.faults.append(Fault(302, {"Location": f"{server.base_url}/s/goodchan"}))
    assert len(fetch(server.base_url, name="GoodChan").posts) == 2


def test_posts_of_another_channel_on_the_page_are_dropped(server: WebServer) -> None:
    server.fake.raw_pages[NAME] = render_page("goodchan", [Msg(1, "a"), Msg(2, "b")])
    result = fetch(server.base_url)
    assert result.posts == [] and result.high_water is None


@pytest.mark.parametrize(
    "page",
    [
        render_page(NAME, [Msg(1, "x")]).replace(f"{NAME}/1", f"{NAME}/99999999999999999999999"),
        render_page(NAME, [Msg(1, "x")]).replace(f"{NAME}/1", f"{NAME}/4294967296"),
    ],
)
def test_huge_ids_are_a_channel_failure_not_a_crash(server: WebServer, page: str) -> None:
    server.fake.raw_pages[NAME] = page
    with pytest.raises(MarkupChanged):
        fetch(server.base_url)


def test_huge_view_counts_are_no_count(server: WebServer) -> None:
    server.fake.add(NAME, [Msg(1, "x", views="99999999999999999999B"), Msg(2, "y", views="5K")])
    posts = fetch(server.base_url).posts
    assert [p.views for p in posts] == [None, 5000]


def test_a_far_future_post_is_left_out_and_the_rest_kept(server: WebServer) -> None:
    far = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    server.fake.add(NAME, [Msg(1, "Суджа"), Msg(2, "Суджа взята", date=far), Msg(3, "ok")])
    result = fetch(server.base_url)
    assert [p.message_id for p in result.posts] == [1, 3]
    assert 2 in result.service_ids  # shown on the page, so never a gap
