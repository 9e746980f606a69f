"""A fake Telethon client: the outer I/O boundary of the telegram source.

It keeps channels in memory and answers like `telethon.TelegramClient` does, with REAL Telethon
TL objects (`telethon.tl.types.Message`, `InputPeerChannel`, ...) and REAL Telethon errors.
Each call is recorded, and errors can be queued per method.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from telethon import errors, utils
from telethon.sessions import StringSession
from telethon.tl import types

BASE_DATE = datetime(2025, 3, 8, 6, 0, tzinfo=UTC)


def message(message_id: int, text: str = "", *, channel_id: int, **fields: Any) -> types.Message:
    """A channel post as Telegram sends it (dated one minute per id after BASE_DATE)."""
    fields.setdefault("date", BASE_DATE + timedelta(minutes=message_id))
    return types.Message(
        id=message_id, peer_id=types.PeerChannel(channel_id), message=text, post=True, **fields
    )


def service(message_id: int, *, channel_id: int) -> types.MessageService:
    """A service message (a pin): never a post, but it takes a message id."""
    return types.MessageService(
        id=message_id,
        peer_id=types.PeerChannel(channel_id),
        date=BASE_DATE + timedelta(minutes=message_id),
        action=types.MessageActionPinMessage(),
    )


@dataclass
class FakeChannel:
    username: str
    id: int
    access_hash: int
    messages: dict[int, types.Message | types.MessageService] = field(default_factory=dict)
    error: Exception | None = None  # raised by every call about this channel
    is_user: bool = False  # the username belongs to a user, not a channel

    def add(self, *items: types.Message | types.MessageService) -> None:
        for item in items:
            self.messages[item.id] = item


class FakeTelegramClient:
    """Answers `connect`, `get_input_entity`, `iter_messages`, `get_messages`, and the login
    calls, the way Telethon's client does."""

    def __init__(
        self,
        *channels: FakeChannel,
        authorized: bool = True,
        entities: list[types.Channel] | None = None,
    ) -> None:
        self.channels = {c.username.casefold(): c for c in channels}
        self.authorized = authorized
        self.connected = False
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.resolves: Counter[str] = Counter()
        self.failures: dict[str, list[tuple[Exception, int]]] = {}
        # What Telethon's `_finish_init` reads: the entities of a response, our user id, a cache.
        self.entities = {utils.get_peer_id(e): e for e in entities or []}
        self._self_id = None
        self._mb_entity_cache: dict[int, Any] = {}

    def fail(self, method: str, exc: Exception, *, after: int = 0) -> None:
        """Raise `exc` on the next call of `method` (for `iter_messages`: after `after` items)."""
        self.failures.setdefault(method, []).append((exc, after))

    def _next_failure(self, method: str) -> tuple[Exception, int] | None:
        queued = self.failures.get(method)
        return queued.pop(0) if queued else None

    def _raise_queued(self, method: str) -> None:
        failure = self._next_failure(method)
        if failure is not None:
            raise failure[0]

    def _channel(self, entity: Any) -> FakeChannel:
        assert isinstance(entity, types.InputPeerChannel), f"not an input channel: {entity!r}"
        for channel in self.channels.values():
            if channel.id == entity.channel_id:
                if channel.access_hash != entity.access_hash:
                    raise errors.ChannelInvalidError(request=None)
                if channel.error is not None:
                    raise channel.error
                return channel
        raise errors.ChannelInvalidError(request=None)

    # --- connection -----------------------------------------------------------------------

    def is_connected(self) -> bool:
        return self.connected

    async def connect(self) -> None:
        self.calls.append(("connect", {}))
        self._raise_queued("connect")
        self.connected = True

    async def disconnect(self) -> None:
        self.calls.append(("disconnect", {}))
        self.connected = False

    async def is_user_authorized(self) -> bool:
        return self.authorized

    # --- reading --------------------------------------------------------------------------

    async def get_input_entity(self, peer: str) -> Any:
        self.calls.append(("get_input_entity", {"peer": peer}))
        self.resolves[peer] += 1
        self._raise_queued("get_input_entity")
        channel = self.channels.get(peer.casefold())
        if channel is None:
            raise errors.UsernameNotOccupiedError(request=None)
        if channel.error is not None:
            raise channel.error
        if channel.is_user:
            return types.InputPeerUser(channel.id, channel.access_hash)
        return types.InputPeerChannel(channel.id, channel.access_hash)

    def iter_messages(
        self, entity: Any, *, limit: int | None = None, min_id: int = 0, reverse: bool = False
    ) -> AsyncIterator[Any]:
        self.calls.append(("iter_messages", {"limit": limit, "min_id": min_id, "reverse": reverse}))
        return self._iterate(entity, limit, min_id, reverse)

    async def _iterate(
        self, entity: Any, limit: int | None, min_id: int, reverse: bool
    ) -> AsyncIterator[Any]:
        failure = self._next_failure("iter_messages")
        channel = self._channel(entity)
        ids = sorted((i for i in channel.messages if i > min_id), reverse=not reverse)
        for count, message_id in enumerate(ids[:limit] if limit is not None else ids):
            if failure is not None and count == failure[1]:
                raise failure[0]
            yield self._finished(channel.messages[message_id])
        if failure is not None and failure[1] >= len(ids):
            raise failure[0]

    async def get_messages(self, entity: Any, *, ids: list[int]) -> list[Any]:
        self.calls.append(("get_messages", {"ids": list(ids)}))
        self._raise_queued("get_messages")
        channel = self._channel(entity)
        return [self._finished(channel.messages[i]) if i in channel.messages else None for i in ids]

    def _finished(self, item: Any) -> Any:
        item._finish_init(self, self.entities, None)  # Telethon's own step on every response
        return item

    # --- login ----------------------------------------------------------------------------


@dataclass
class Account:
    phone: str
    code: str
    password: str | None
    user: types.User


class FakeLoginClient:
    """A client on a real Telethon session object that signs in like Telegram would."""

    def __init__(
        self, session: StringSession | str, account: Account, authorized: bool = False
    ) -> None:
        from telethon.crypto import AuthKey
        from telethon.sessions import SQLiteSession

        self.session = session if isinstance(session, StringSession) else SQLiteSession(session)
        self.session.set_dc(2, "149.154.167.51", 443)
        self.session.auth_key = AuthKey(bytes(range(256)))
        self.account = account
        self.authorized = authorized
        self.code_sent = False
        self.password_needed = False
        self.calls: list[str] = []
        self.connect_error: Exception | None = None

    async def connect(self) -> None:
        self.calls.append("connect")
        if self.connect_error is not None:
            raise self.connect_error

    async def disconnect(self) -> None:
        self.calls.append("disconnect")
        self.session.save()
        self.session.close()

    async def is_user_authorized(self) -> bool:
        return self.authorized

    async def send_code_request(self, phone: str) -> types.auth.SentCode:
        self.calls.append("send_code_request")
        if phone != self.account.phone:
            raise errors.PhoneNumberInvalidError(request=None)
        self.code_sent = True
        return types.auth.SentCode(types.auth.SentCodeTypeApp(length=5), phone_code_hash="h4sh")

    async def sign_in(
        self, phone: str | None = None, code: str | None = None, *, password: str | None = None
    ) -> types.User:
        self.calls.append("sign_in")
        if password is not None:
            if not self.password_needed or password != self.account.password:
                raise errors.PasswordHashInvalidError(request=None)
        else:
            if not self.code_sent or code != self.account.code:
                raise errors.PhoneCodeInvalidError(request=None)
            if self.account.password is not None:
                self.password_needed = True
                raise errors.SessionPasswordNeededError(request=None)
        self.authorized = True
        return self.account.user

    async def get_me(self) -> types.User:
        return self.account.user
