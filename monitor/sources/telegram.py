"""The telegram source: a Telethon user account reads channels through the Telegram API.

With `telegram_map.py` (messages → posts) and `telegram_login.py` (`monitor login`), the only
modules that import telethon. What it does per poll of one channel:

1. Resolve the channel once. A cached id and access hash (`ChannelState.telegram_id`,
   `access_hash`, kept on the channel row) are used as they are: resolving usernames is what gets
   accounts flood-banned. A resolution is returned in the `FetchResult` for the caller to cache.
2. New posts: on the first poll the newest `backfill_limit` posts; afterwards everything above
   the high-water mark, oldest first (`iter_messages(min_id=..., reverse=True)`), at most
   `max_per_poll` at a time, so the mark moves without gaps.
3. Refresh: the last `poll.refresh_window` message ids at or below the old mark are re-read;
   edits come back as new text (ingest keeps versions), ids Telegram answers `None` for are
   reported deleted.
4. Gaps: the ids the store has never seen inside the channel's range (`ChannelState.gap_ids`,
   at most 100 a poll) are requested by id: each comes back as a post, as None (reported
   deleted: ingest records it as known-absent) or as a service message (reported in
   `service_ids`, known-absent too), so every gap is either filled or closed.

Errors stay per channel: a short `FloodWaitError` is slept off and the call retried once, a
longer one raises `RateLimited` with the wait; unknown or private channels raise
`ChannelUnavailable`; network trouble raises `SourceError`. Nothing secret (api hash, session)
goes into a log line or an error message.
"""

from __future__ import annotations

import asyncio
import logging
import stat
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

from telethon import TelegramClient, errors
from telethon.sessions import StringSession
from telethon.tl import types

from monitor.config import Settings
from monitor.domain import ChannelState, FetchedPost, FetchResult
from monitor.errors import ChannelUnavailable, ConfigError, MonitorError, RateLimited, SourceError
from monitor.sources.telegram_map import is_post, to_post

log = logging.getLogger(__name__)
T = TypeVar("T")
POSTS_PER_PAGE = 20  # what one t.me/s page shows: `poll.backfill_pages` is counted in these
FLOOD_SLEEP_THRESHOLD = 30.0
MAX_PER_POLL = 1000
MAX_GAP_IDS = 100  # gap ids re-requested per poll: one GetMessages request
# new messages, new high-water mark, re-read posts, deleted ids, service message ids
_Read = tuple[list[Any], int | None, list[FetchedPost], list[int], list[int]]
# posts, ids answered None for, service message ids
_ById = tuple[list[FetchedPost], list[int], list[int]]
NOT_AUTHORISED = "the Telegram session is not logged in (or was revoked): run `monitor login`"


class ClientLike(Protocol):
    """The part of `telethon.TelegramClient` the source uses (tests pass a fake)."""

    def is_connected(self) -> bool: ...
    async def connect(self) -> None: ...
    async def disconnect(self) -> None: ...
    async def is_user_authorized(self) -> bool: ...
    async def get_input_entity(self, peer: Any) -> Any: ...
    def iter_messages(self, entity: Any, **kwargs: Any) -> AsyncIterator[Any]: ...
    async def get_messages(self, entity: Any, **kwargs: Any) -> Any: ...


# --- configuration ------------------------------------------------------------------------


def require_api(settings: Settings) -> tuple[int, str]:
    """The api id and hash, or a ConfigError telling where to set them."""
    api_id, api_hash = settings.telegram.api_id, settings.telegram.api_hash
    if not api_id or not api_hash:
        missing = "MONITOR_TELEGRAM_API_ID" if not api_id else "MONITOR_TELEGRAM_API_HASH"
        raise ConfigError(
            "environment",
            missing,
            "the telegram source needs an api id and hash from https://my.telegram.org: set "
            "MONITOR_TELEGRAM_API_ID and MONITOR_TELEGRAM_API_HASH (or "
            "MONITOR_TELEGRAM_API_HASH_FILE), then run `monitor login`",
        )
    return api_id, api_hash


def session_path(settings: Settings) -> Path:
    """`<data_dir>/<telegram.session_file>`, with the `.session` suffix Telethon would add."""
    path = Path(settings.telegram.session_file)
    if not path.is_absolute():
        path = settings.data_dir / path
    return path if path.name.endswith(".session") else path.with_name(path.name + ".session")


def check_private_dir(directory: Path) -> None:
    """Refuse to keep a session in a folder anyone may write to (they could swap the file)."""
    mode = directory.stat().st_mode
    if mode & stat.S_IWOTH and not mode & stat.S_ISVTX:
        raise ConfigError(
            str(directory),
            None,
            "the data folder is world-writable; it holds the Telegram session: chmod o-w it",
        )


def open_session(settings: Settings) -> StringSession | str:
    """The configured session: a string session when one is set, else the session file, which
    must exist already (`monitor login` creates it: Telethon would make an empty one)."""
    if settings.telegram.session:
        try:
            return StringSession(settings.telegram.session)
        except ValueError:  # the message would not carry the value, but say nothing of it
            raise ConfigError(
                "MONITOR_TELEGRAM_SESSION",
                None,
                "is not a Telethon string session: create one with "
                "`monitor login --string --string-out PATH`",
            ) from None
    path = session_path(settings)
    if not path.is_file():
        raise ConfigError(
            str(path),
            None,
            "no Telegram session here: run `monitor login` (or set MONITOR_TELEGRAM_SESSION_FILE "
            "to a file holding a string session)",
        )
    check_private_dir(path.parent)
    if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        log.warning("the Telegram session file %s is readable by others: chmod 600 it", path)
    return str(path)


def build_client(settings: Settings, session: StringSession | str) -> TelegramClient:
    """A real client. Telethon's own flood sleeping is off: the source decides (see module doc)."""
    api_id, api_hash = require_api(settings)
    return TelegramClient(
        session,
        api_id,
        api_hash,
        flood_sleep_threshold=0,
        request_retries=2,
        connection_retries=2,
        receive_updates=False,
    )


# --- the source ---------------------------------------------------------------------------


class TelegramSource:
    """`Source` over a Telethon client. One client per source, connected on first use."""

    kind = "telegram"

    def __init__(
        self,
        settings: Settings,
        client_factory: Callable[[], ClientLike] | None = None,
        *,
        backfill_limit: int | None = None,
        max_per_poll: int = MAX_PER_POLL,
        flood_sleep_threshold: float = FLOOD_SLEEP_THRESHOLD,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if client_factory is None:
            require_api(settings)
            session = open_session(settings)
            client_factory = lambda: build_client(settings, session)  # noqa: E731
        self._factory = client_factory
        self._client: ClientLike | None = None
        self._lock = asyncio.Lock()
        self._backfill = (
            backfill_limit
            if backfill_limit is not None
            else settings.poll.backfill_pages * POSTS_PER_PAGE
        )
        self._max_per_poll = max_per_poll
        self._window = settings.poll.refresh_window
        self._flood_threshold = flood_sleep_threshold
        self._sleep = sleep

    async def fetch(self, channel: ChannelState) -> FetchResult:
        name = channel.username
        try:
            client = await self._connected(name)
            (new, high_water, refreshed, deleted, service), resolved = await self._read_channel(
                client, channel
            )
            posts = [to_post(name, m) for m in new if is_post(m)] + refreshed
            service += [m.id for m in new if isinstance(m, types.MessageService)]
        except MonitorError:
            raise
        except Exception as exc:
            raise _translate(name, exc) from exc
        log.debug(
            "fetched %d new, %d refreshed, %d deleted",
            len(posts) - len(refreshed),
            len(refreshed),
            len(deleted),
            extra={"channel": name},
        )
        return FetchResult(
            posts=posts,
            deleted_ids=deleted,
            high_water=high_water,
            service_ids=sorted(service),
            telegram_id=resolved.channel_id if resolved else None,
            access_hash=resolved.access_hash if resolved else None,
        )

    async def aclose(self) -> None:
        async with self._lock:
            client, self._client = self._client, None
        if client is not None and client.is_connected():
            await client.disconnect()

    # --- steps ----------------------------------------------------------------------------

    async def _connected(self, channel: str) -> ClientLike:
        async with self._lock:
            if self._client is None:
                self._client = self._factory()
            client = self._client
            if not client.is_connected():
                await client.connect()
                if not await client.is_user_authorized():
                    raise SourceError(channel, NOT_AUTHORISED)
            return client

    async def _read_channel(
        self, client: ClientLike, channel: ChannelState
    ) -> tuple[_Read, types.InputPeerChannel | None]:
        """Read with the cached id and hash when known; look the username up only when they are
        unknown or Telegram rejects them. The second item is set when a lookup happened."""
        if channel.telegram_id is not None and channel.access_hash is not None:
            cached = types.InputPeerChannel(channel.telegram_id, channel.access_hash)
            try:
                return await self._read(client, cached, channel), None
            except errors.ChannelInvalidError:
                log.warning(
                    "cached access hash rejected; looking the username up again",
                    extra={"channel": channel.username},
                )
        resolved = await self._resolve(client, channel)
        return await self._read(client, resolved, channel), resolved

    async def _read(
        self, client: ClientLike, entity: types.InputPeerChannel, channel: ChannelState
    ) -> _Read:
        new, high_water = await self._new_messages(client, entity, channel)
        refreshed, deleted, service = await self._refresh(client, entity, channel)
        window = {p.message_id for p in refreshed} | set(deleted) | set(service)
        wanted = [i for i in channel.gap_ids[:MAX_GAP_IDS] if i not in window]
        filled, gone, absent = await self._by_ids(client, entity, channel.username, wanted)
        return new, high_water, refreshed + filled, deleted + gone, service + absent

    async def _resolve(self, client: ClientLike, channel: ChannelState) -> types.InputPeerChannel:
        name = channel.username
        try:
            entity = await self._retrying(name, lambda: client.get_input_entity(name))
        except ValueError:  # Telethon: "No user has ... as username", "Cannot find any entity"
            raise ChannelUnavailable(name, "Telegram knows no channel by this username") from None
        if not isinstance(entity, types.InputPeerChannel):
            raise ChannelUnavailable(name, "this username is a user or a bot, not a channel")
        if channel.telegram_id is not None and entity.channel_id != channel.telegram_id:
            raise ChannelUnavailable(
                name,
                f"the username now belongs to another channel (id {entity.channel_id}, was "
                f"{channel.telegram_id}); check it and re-add the channel",
            )
        log.info("resolved the channel's username", extra={"channel": name})
        return entity

    async def _new_messages(
        self, client: ClientLike, entity: types.InputPeerChannel, channel: ChannelState
    ) -> tuple[list[Any], int | None]:
        """Messages above the high-water mark, oldest first, and the new mark (service messages
        move the mark too)."""
        got: list[Any] = []
        if channel.high_water <= 0:
            # First poll: the newest posts, not the channel's first ones from years ago. With no
            # backfill, one message is still read to learn where the channel stands.
            async def newest() -> None:
                got.clear()
                async for message in client.iter_messages(entity, limit=max(self._backfill, 1)):
                    got.append(message)

            await self._retrying(channel.username, newest)
            high_water = max((m.id for m in got), default=None)
            return (sorted(got, key=lambda m: m.id) if self._backfill > 0 else []), high_water

        async def after() -> None:  # a retry resumes after what the first try got
            start = got[-1].id if got else channel.high_water
            async for message in client.iter_messages(
                entity, min_id=start, reverse=True, limit=self._max_per_poll - len(got)
            ):
                got.append(message)

        await self._retrying(channel.username, after)
        return got, max((m.id for m in got), default=None)

    async def _refresh(
        self, client: ClientLike, entity: types.InputPeerChannel, channel: ChannelState
    ) -> _ById:
        """Re-read the last `refresh_window` ids at or below the old high-water mark: edited
        posts come back with their new text, deleted ones as None."""
        top = channel.high_water
        if top <= 0 or self._window <= 0:
            return [], [], []
        ids = list(range(max(1, top - self._window + 1), top + 1))
        return await self._by_ids(client, entity, channel.username, ids)

    async def _by_ids(
        self, client: ClientLike, entity: types.InputPeerChannel, name: str, ids: list[int]
    ) -> _ById:
        """Read messages by id: the posts, the ids answered None for, the service messages."""
        if not ids:
            return [], [], []
        messages = await self._retrying(name, lambda: client.get_messages(entity, ids=ids))
        posts: list[FetchedPost] = []
        gone: list[int] = []
        service: list[int] = []
        for message_id, message in zip(ids, messages, strict=True):
            if message is None:
                gone.append(message_id)
            elif is_post(message):
                posts.append(to_post(name, message))
            elif isinstance(message, types.MessageService):
                service.append(message_id)
        return posts, gone, service

    async def _retrying(self, channel: str, call: Callable[[], Awaitable[T]]) -> T:
        """Run `call`; on a short flood wait sleep it off and try once more, on a long one (or a
        second one) raise `RateLimited` so the scheduler comes back after the wait."""
        try:
            return await call()
        except errors.FloodError as exc:
            seconds = float(getattr(exc, "seconds", 0) or 0)
            if seconds > self._flood_threshold:
                raise RateLimited(channel, seconds) from exc
            log.info("Telegram asks to wait %.0fs; waiting", seconds, extra={"channel": channel})
            await self._sleep(seconds)
        try:
            return await call()
        except errors.FloodError as exc:
            raise RateLimited(channel, float(getattr(exc, "seconds", 0) or 0)) from exc


def _translate(channel: str, exc: Exception) -> SourceError:
    """A Telethon or network error of one channel as our error (never with a secret in it)."""
    if isinstance(exc, errors.ChannelPrivateError):
        return ChannelUnavailable(channel, "the channel is private or you were banned from it")
    if isinstance(exc, errors.UsernameNotOccupiedError):
        return ChannelUnavailable(channel, "no channel has this username (renamed or deleted?)")
    if isinstance(exc, errors.UsernameInvalidError):
        return ChannelUnavailable(channel, "Telegram says this username is not valid")
    if isinstance(exc, errors.ChannelInvalidError):
        return ChannelUnavailable(channel, "Telegram rejects this channel's id and access hash")
    if isinstance(exc, errors.UnauthorizedError):
        return SourceError(channel, NOT_AUTHORISED)
    if isinstance(exc, errors.RPCError):
        return SourceError(channel, f"Telegram refused the request: {exc.code} {exc.message}")
    if isinstance(exc, ConnectionError | OSError | asyncio.TimeoutError):
        return SourceError(channel, f"cannot reach Telegram: {type(exc).__name__}: {exc}")
    # A bug here or in Telethon: keep the traceback for the log, keep the other channels going.
    log.error(
        "unexpected error while reading the channel", exc_info=exc, extra={"channel": channel}
    )
    return SourceError(channel, f"unexpected error: {type(exc).__name__}: {exc}")
