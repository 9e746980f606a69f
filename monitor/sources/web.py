"""The web source: a public channel's `t.me/s/<name>` preview, read with no account at all.

One poll of one channel:
- first poll (high-water 0): the newest page plus `poll.backfill_pages` older pages, following
  `?before=<smallest id seen>`;
- later polls: pages back from the newest until the old high-water mark is reached and at least
  `poll.refresh_window` already-stored messages were re-read (their new views and texts update
  the store; a changed text becomes a version);
- if `max_pages` pages back do not reach the high-water mark (a burst of posts, a long outage),
  the poll reads forward from the mark with `?after=` instead, so the mark only ever moves over
  messages that were actually read: no post is lost, and the next poll carries on.

Message ids absent from inside a run of consecutive pages go to `FetchResult.missing_ids`
(ingest marks a post deleted only when it is missing on two polls). Ids a page shows that are no
post of their own (service messages, an album's later parts) go to `service_ids`, so they never
count as gaps. Gaps the store knows (`ChannelState.gap_ids`) are read with `?before=` just above
the newest of them, at most `GAP_PAGES` pages a poll: a gap id the page shows is filled, one
inside the page's range that it does not show is reported deleted (known-absent).

HTTP: timeouts, retries with exponential backoff on 429/5xx and transport errors, `Retry-After`
honoured up to `max_retry_after` (beyond it `RateLimited` is raised so the scheduler moves that
channel instead of blocking), and at least `web.min_interval_seconds` between requests to a host.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from monitor.backoff import backoff
from monitor.config import PollSettings, WebSettings
from monitor.domain import ChannelState, FetchedPost, FetchResult
from monitor.errors import ChannelUnavailable, RateLimited, SourceError
from monitor.sources.web_parse import Page, parse_page

log = logging.getLogger(__name__)

USER_AGENT = "monitor/0.1 (reads public t.me/s channel previews)"
MAX_REDIRECTS = 2
MAX_RETRY_AFTER = 6 * 3600.0  # a longer Retry-After is read as this: the channel is not lost
GAP_PAGES = 2  # pages read per poll to fill gaps


def _retry_after(response: httpx.Response) -> float | None:
    """Seconds from a `Retry-After` header (delta-seconds or an HTTP date), at most
    MAX_RETRY_AFTER; None if absent or not one of those (`nan`, `inf`, `-5`, `1e308`)."""
    raw = (response.headers.get("Retry-After") or "").strip()
    if not raw:
        return None
    if raw.isascii() and raw.isdigit():
        return float(min(int(raw[:12]), MAX_RETRY_AFTER))
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return min(max(0.0, (when - datetime.now(UTC)).total_seconds()), MAX_RETRY_AFTER)


class PageRefused(Exception):
    """An answer over the size cap or past the deadline."""


def _same_channel(url: str, target: str, channel: str) -> bool:
    """Whether a redirect stays on the host and on the channel (its name's case may differ)."""
    here, there = urlsplit(url), urlsplit(target)
    name = there.path.removeprefix("/s/").split("/", 1)[0]
    return (there.scheme, there.netloc) == (here.scheme, here.netloc) and (
        name.casefold() == channel.casefold()
    )


def _no_preview(channel: str, url: str) -> ChannelUnavailable:
    return ChannelUnavailable(
        channel,
        f"no public web preview at {url} (t.me/s sends it to the channel page): the channel is "
        "private, does not exist, or hides its preview; watch it with `--source telegram` "
        f"(`monitor channels add {channel} --source telegram --side ...`)",
    )


def _missing(pages: list[Page]) -> set[int]:
    """Ids inside a run of consecutive pages (above its smallest id) that no page shows."""
    present = set().union(*(page.present_ids for page in pages))
    if not present:
        return set()
    return set(range(min(present) + 1, max(present))) - present


def _posts(pages: Iterable[Page]) -> list[FetchedPost]:
    by_id = {post.message_id: post for page in pages for post in page.posts}
    return [by_id[key] for key in sorted(by_id)]


def _not_posts(pages: Iterable[Page]) -> list[int]:
    """Ids the pages show that are no post of their own: service messages, album parts."""
    shown: set[int] = set()
    posts: set[int] = set()
    for page in pages:
        shown |= page.present_ids
        posts.update(post.message_id for post in page.posts)
    return sorted(shown - posts)


class WebSource:
    """`Source` for public channel previews (see the module docstring)."""

    kind = "web"

    def __init__(
        self,
        web: WebSettings,
        poll: PollSettings,
        *,
        max_retry_after: float = 120.0,
        backoff_base: float = 1.0,
        max_pages: int = 25,
    ) -> None:
        self._web, self._poll = web, poll
        self._max_retry_after = max_retry_after
        self._backoff_base = backoff_base
        self._max_pages = max(1, max_pages)
        self._client: httpx.AsyncClient | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._last_request: dict[str, float] = {}
        self._host_locks: dict[str, asyncio.Lock] = {}

    # --- HTTP ---------------------------------------------------------------------------

    def _http(self) -> httpx.AsyncClient:
        """The client of the running loop (a client's connections belong to one loop, and a
        command may run several `asyncio.run`s with one source)."""
        loop = asyncio.get_running_loop()
        if self._client is None or self._loop is not loop:
            self._loop = loop
            self._host_locks.clear()
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(self._web.timeout_seconds),
                follow_redirects=False,
                headers={"User-Agent": USER_AGENT, "Accept-Language": "en"},
            )
        return self._client

    async def _paced_get(self, url: str) -> httpx.Response:
        """One GET, started at least `min_interval_seconds` after the previous start to the same
        host. Only the start slot is reserved under the lock, so concurrent polls overlap their
        waits for responses while the host still sees evenly spaced requests."""
        host = urlsplit(url).netloc
        client = self._http()
        lock = self._host_locks.setdefault(host, asyncio.Lock())
        async with lock:
            earliest = self._last_request.get(host, -1e9) + self._web.min_interval_seconds
            start = max(time.monotonic(), earliest)
            self._last_request[host] = start
        delay = start - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        return await self._bounded_get(client, url)

    async def _bounded_get(self, client: httpx.AsyncClient, url: str) -> httpx.Response:
        """GET with an overall deadline and a body size cap (a trickle or a giant page is a
        `PageRefused`, not a stall)."""
        limit, deadline = self._web.max_page_bytes, self._web.page_deadline_seconds
        try:
            async with asyncio.timeout(deadline), client.stream("GET", url) as response:
                body = bytearray()
                async for chunk in response.aiter_raw():
                    body += chunk
                    if len(body) > limit:
                        raise PageRefused(f"{url}: the answer is larger than {limit:,} bytes")
        except TimeoutError:
            raise PageRefused(f"{url}: no complete answer within {deadline:g}s") from None
        return httpx.Response(
            response.status_code,
            headers=[(k, v) for k, v in response.headers.items() if k != "content-encoding"],
            content=bytes(body),
            request=response.request,
        )

    def _backoff(self, attempt: int) -> float:
        return float(backoff(attempt, base=self._backoff_base, cap=self._max_retry_after))

    async def _get(self, channel: str, url: str) -> httpx.Response:
        """GET with retries; returns any non-retryable response (2xx, 3xx, 4xx but 429)."""
        attempts = self._web.retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                response = await self._paced_get(url)
            except PageRefused as exc:
                raise SourceError(channel, str(exc)) from None
            except httpx.TransportError as exc:
                problem = f"{type(exc).__name__} fetching {url}"
                if last:
                    raise SourceError(channel, f"{problem} ({attempts} attempts)") from exc
                delay = self._backoff(attempt)
            else:
                status = response.status_code
                if status != 429 and status < 500:
                    return response
                retry_after = _retry_after(response)
                if retry_after is not None and retry_after > self._max_retry_after:
                    raise RateLimited(channel, retry_after)  # at most MAX_RETRY_AFTER
                if last and status == 429:
                    raise RateLimited(channel, retry_after or self._backoff(attempt))
                if last:
                    raise SourceError(channel, f"HTTP {status} from {url} ({attempts} attempts)")
                problem = f"HTTP {status} from {url}"
                delay = retry_after if retry_after is not None else self._backoff(attempt)
            log.info("%s; retrying in %.1fs", problem, delay, extra={"channel": channel})
            await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises

    async def _page(self, channel: str, query: str = "") -> Page:
        base = self._web.base_url.rstrip("/")
        url = f"{base}/s/{channel}{query}"
        for _ in range(MAX_REDIRECTS + 1):
            response = await self._get(channel, url)
            if response.is_redirect:
                target = urljoin(url, response.headers.get("Location", ""))
                if not urlsplit(target).path.startswith("/s/"):
                    raise _no_preview(channel, url)
                if not _same_channel(url, target, channel):
                    raise SourceError(channel, f"{url} redirects to {target}: not followed")
                url = target  # t.me/s fixing the name's case: follow it
                continue
            if response.status_code == 404:
                raise _no_preview(channel, url)
            if response.status_code != 200:
                raise SourceError(channel, f"HTTP {response.status_code} from {url}")
            try:
                return parse_page(response.text, channel, datetime.now(UTC))
            except (ValueError, OverflowError, RecursionError) as exc:
                raise SourceError(channel, f"unreadable page {url}: {exc}") from None
        raise SourceError(channel, f"too many redirects from {url}")

    # --- polling ------------------------------------------------------------------------

    async def _older(self, channel: str, page: Page) -> Page | None:
        """The page before `page`, or None at the start of the channel."""
        smallest = page.smallest
        if smallest is None or smallest <= 1:
            return None
        older = await self._page(channel, f"?before={smallest}")
        kept = frozenset(i for i in older.present_ids if i < smallest)
        if not kept:
            return None
        posts = [p for p in older.posts if p.message_id < smallest]
        return Page(posts=posts, present_ids=kept)

    def _walk_state(self, pages: list[Page], high_water: int) -> tuple[bool, bool]:
        """(reached the high-water mark, re-read enough stored messages) for pages so far."""
        smallest = min((p.smallest for p in pages if p.smallest is not None), default=None)
        if smallest is None or smallest > high_water + 1:
            return False, False
        refreshed = sum(1 for p in pages for i in p.present_ids if i <= high_water)
        return True, refreshed >= min(self._poll.refresh_window, high_water)

    async def _walk_back(
        self, channel: str, high_water: int, limit: int
    ) -> tuple[list[Page], bool]:
        """Pages from the newest back; True when they reach `high_water` (or the start)."""
        pages = [await self._page(channel)]
        while True:
            reached, refreshed = self._walk_state(pages, high_water)
            if (reached and refreshed) or len(pages) >= limit:
                return pages, reached
            older = await self._older(channel, pages[-1])
            if older is None:
                return pages, True
            pages.append(older)

    async def _walk_forward(self, channel: str, high_water: int, stop_at: int) -> list[Page]:
        """Pages after `high_water` in order, until they reach id `stop_at` or `max_pages`."""
        pages: list[Page] = []
        after = high_water
        while len(pages) < self._max_pages and after < stop_at:
            page = await self._page(channel, f"?after={after}")
            kept = frozenset(i for i in page.present_ids if i > after)
            if not kept:
                break
            pages.append(Page([p for p in page.posts if p.message_id > after], kept))
            after = max(kept)
        return pages

    async def _fill_gaps(self, channel: str, gap_ids: list[int]) -> FetchResult:
        """Read back from just above the newest gap ids (see the module docstring)."""
        posts: list[FetchedPost] = []
        gone: list[int] = []
        service: list[int] = []
        wanted = sorted(set(gap_ids), reverse=True)
        for _ in range(GAP_PAGES):
            if not wanted:
                break
            top = wanted[0]
            page = await self._page(channel, f"?before={top + 1}")
            lowest = page.smallest
            if lowest is None or lowest > top:  # an empty answer proves nothing: stop
                break
            shown = {post.message_id: post for post in page.posts}
            for message_id in (i for i in wanted if i >= lowest):
                if message_id in shown:
                    posts.append(shown[message_id])
                elif message_id in page.present_ids:
                    service.append(message_id)
                else:
                    gone.append(message_id)
            wanted = [i for i in wanted if i < lowest]
        return FetchResult(posts=posts, deleted_ids=gone, service_ids=service)

    async def fetch(self, channel: ChannelState) -> FetchResult:
        result = await self._fetch_new(channel)
        if not channel.gap_ids:
            return result
        filled = await self._fill_gaps(channel.username, channel.gap_ids)
        return replace(
            result,
            posts=result.posts + filled.posts,
            deleted_ids=result.deleted_ids + filled.deleted_ids,
            service_ids=sorted({*result.service_ids, *filled.service_ids}),
        )

    async def _fetch_new(self, channel: ChannelState) -> FetchResult:
        name, high_water = channel.username, channel.high_water
        if high_water <= 0:
            pages, _ = await self._walk_back(name, 0, 1 + self._poll.backfill_pages)
            present = set().union(*(p.present_ids for p in pages))
            return FetchResult(
                posts=_posts(pages),
                missing_ids=sorted(_missing(pages)),
                high_water=max(present) if present else None,
                service_ids=_not_posts(pages),
            )
        back, reached = await self._walk_back(name, high_water, self._max_pages)
        newest = max((p.largest or 0 for p in back), default=0)
        missing = _missing(back)
        if reached:
            covered = max(newest, high_water)
            forward: list[Page] = []
        else:
            oldest_back = min(p.smallest or newest for p in back)
            forward = await self._walk_forward(name, high_water, oldest_back)
            missing |= _missing(forward)
            reach = max((p.largest or 0 for p in forward), default=high_water)
            covered = newest if reach >= oldest_back else reach
            log.warning(
                "more new posts than %d pages back: read forward from %d to %d",
                self._max_pages,
                high_water,
                reach,
                extra={"channel": name},
            )
        return FetchResult(
            posts=_posts([*forward, *back]),
            missing_ids=sorted(missing),
            high_water=covered if covered > high_water else None,
            service_ids=_not_posts([*forward, *back]),
        )

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None
