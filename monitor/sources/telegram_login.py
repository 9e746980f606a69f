"""`monitor login`: sign a Telegram user account in and keep its session, privately.

The session is as good as the account's password, so: the session file is created with mode
0600 before Telethon writes to it (and set to 0600 again after), in a data folder nobody else
may write to; a string session is written to a 0600 file, never printed; the phone number, the
code, the password, the api hash and the session appear in no log line and no error message.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from telethon import errors
from telethon.sessions import StringSession
from telethon.tl import types

from monitor.config import Settings
from monitor.errors import ConfigError, UsageError
from monitor.sources.telegram import build_client, check_private_dir, require_api, session_path

log = logging.getLogger(__name__)
ATTEMPTS = 3


class LoginClient(Protocol):
    """The part of `telethon.TelegramClient` a login uses (tests pass a fake)."""

    session: Any

    async def connect(self) -> None: ...
    async def disconnect(self) -> None: ...
    async def is_user_authorized(self) -> bool: ...
    async def send_code_request(self, phone: str) -> Any: ...
    async def sign_in(
        self, phone: str | None = None, code: str | None = None, *, password: str | None = None
    ) -> Any: ...
    async def get_me(self) -> Any: ...


# Gets the session (a file path, or a StringSession) and returns a client on it.
LoginClientFactory = Callable[[StringSession | str], LoginClient]


@dataclass(frozen=True)
class LoginPrompts:
    """How to ask the user; `notice` shows a line that holds nothing secret."""

    phone: Callable[[], str]
    code: Callable[[], str]
    password: Callable[[], str]
    notice: Callable[[str], None]


@dataclass(frozen=True)
class LoginResult:
    account: str  # "First Last (@username)": never the phone number
    saved_to: Path
    already: bool  # the session was logged in already


def _open_private(path: Path, flags: int) -> int:
    """Open `path` for writing as a 0600 file, whatever the umask or an older file's mode;
    a symlink in its place is refused rather than followed."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_NOFOLLOW | flags, 0o600)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    os.fchmod(fd, 0o600)
    return fd


def write_private(path: Path, text: str) -> None:
    """Write `text` to `path`, readable by its owner only."""
    fd = _open_private(path, os.O_TRUNC)
    try:
        os.write(fd, text.encode("utf-8"))
    finally:
        os.close(fd)


def _prepare_session_file(settings: Settings) -> Path:
    path = session_path(settings)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    check_private_dir(path.parent)
    os.close(_open_private(path, 0))  # SQLite takes an empty file as a new database
    return path


async def login(
    settings: Settings,
    prompts: LoginPrompts,
    *,
    string_out: Path | None = None,
    client_factory: LoginClientFactory | None = None,
) -> LoginResult:
    """Log in interactively. With `string_out`, keep the session as a string in that file (for
    MONITOR_TELEGRAM_SESSION_FILE); otherwise in the session file in the data folder."""
    if client_factory is None:
        require_api(settings)  # before any file is made
    factory = client_factory or (lambda session: build_client(settings, session))
    if string_out is not None:
        string_out = string_out.expanduser().absolute()  # not resolve(): no symlinks
        if not string_out.parent.is_dir():
            raise UsageError(f"--string-out: the folder {string_out.parent} does not exist")
        check_private_dir(string_out.parent)
        session: StringSession | str = StringSession()
        saved_to = string_out
    else:
        saved_to = _prepare_session_file(settings)
        session = str(saved_to)
    client = factory(session)
    try:
        await client.connect()
        try:
            already = await client.is_user_authorized()
            if not already:
                await _sign_in(client, prompts)
            me = await client.get_me()
            if string_out is not None:
                write_private(string_out, StringSession.save(client.session))
        finally:
            await client.disconnect()
            if string_out is None:
                os.chmod(saved_to, 0o600)
    except errors.ApiIdInvalidError:
        raise ConfigError(
            "environment", "MONITOR_TELEGRAM_API_ID", "Telegram rejects this api id and hash pair"
        ) from None
    except errors.RPCError as exc:
        raise UsageError(f"Telegram refused the login: {exc.code} {exc.message}") from None
    except (ConnectionError, OSError) as exc:
        raise UsageError(
            f"cannot reach Telegram ({type(exc).__name__}): check the network and try again"
        ) from None
    log.info("logged in to Telegram; session saved to %s", saved_to)
    return LoginResult(account=_describe(me), saved_to=saved_to, already=already)


async def _sign_in(client: LoginClient, prompts: LoginPrompts) -> None:
    phone = prompts.phone().strip()
    try:
        await client.send_code_request(phone)
    except errors.PhoneNumberInvalidError:
        raise UsageError(
            "Telegram did not accept that phone number: use the international format, +<country>"
        ) from None
    except errors.FloodError as exc:
        raise _wait_error(exc) from None
    for attempt in range(1, ATTEMPTS + 1):
        code = prompts.code().strip()
        try:
            await client.sign_in(phone=phone, code=code)
            return
        except errors.SessionPasswordNeededError:
            await _check_password(client, prompts)
            return
        except errors.PhoneCodeInvalidError:
            if attempt < ATTEMPTS:
                prompts.notice("That code is not right; try again.")
        except errors.PhoneCodeExpiredError:
            raise UsageError("the login code expired: run `monitor login` again") from None
        except errors.PhoneNumberUnoccupiedError:
            raise UsageError("no Telegram account uses that phone number") from None
        except errors.FloodError as exc:
            raise _wait_error(exc) from None
    raise UsageError(f"{ATTEMPTS} wrong codes: run `monitor login` again")


async def _check_password(client: LoginClient, prompts: LoginPrompts) -> None:
    for attempt in range(1, ATTEMPTS + 1):
        password = prompts.password()
        try:
            await client.sign_in(password=password)
            return
        except errors.PasswordHashInvalidError:
            if attempt < ATTEMPTS:
                prompts.notice("That password is not right; try again.")
        except errors.FloodError as exc:
            raise _wait_error(exc) from None
    raise UsageError(f"{ATTEMPTS} wrong two-step verification passwords: try again later")


def _wait_error(exc: errors.FloodError) -> UsageError:
    seconds = getattr(exc, "seconds", None)
    wait = f"{seconds} s" if seconds else "a while"
    return UsageError(f"Telegram asks to wait {wait} before the next login attempt")


def _describe(me: object) -> str:
    if not isinstance(me, types.User):
        return "the account"
    name = " ".join(part for part in (me.first_name, me.last_name) if part) or f"id {me.id}"
    return f"{name} (@{me.username})" if me.username else name
