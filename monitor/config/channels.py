"""channels.toml: the channels to watch, each with its source, side and language."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator

from monitor.config.base import _Strict

USERNAME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")


class ChannelConfig(_Strict):
    username: str
    source: Literal["seed", "web", "telegram"] = "web"
    side: Literal["ru", "ua", "other"]
    language: Literal["ru", "uk", "en"] = "ru"
    title: str = ""
    enabled: bool = True
    poll_interval_seconds: int | None = Field(None, ge=10)

    @field_validator("username")
    @classmethod
    def _username(cls, value: str) -> str:
        if not USERNAME_RE.match(value):
            raise ValueError(
                "a Telegram username is 4-32 letters, digits or underscores starting with a letter"
            )
        return value


class ChannelsFile(_Strict):
    channels: list[ChannelConfig] = []

    @field_validator("channels")
    @classmethod
    def _unique(cls, value: list[ChannelConfig]) -> list[ChannelConfig]:
        seen: set[str] = set()
        for channel in value:
            if channel.username.casefold() in seen:
                raise ValueError(f"channel {channel.username!r} is listed twice")
            seen.add(channel.username.casefold())
        return value
