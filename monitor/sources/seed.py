"""The seed fixture: posts reconstructed from the seed article, read from `seeds/posts.toml`
(bundled in the wheel), so every command works offline."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from monitor.bundled import bundled_dir
from monitor.domain import ChannelState, FetchedPost, FetchResult
from monitor.errors import ConfigError, SourceError

SEEDS_DIR = bundled_dir("seeds")


def load_seed_posts(path: Path | None = None) -> dict[str, list[FetchedPost]]:
    """Seed posts by channel username (casefolded), in message-id order."""
    path = path or SEEDS_DIR / "posts.toml"
    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(str(path), None, "seed posts file not found") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), None, f"not valid TOML: {exc}") from exc
    posts: dict[str, list[FetchedPost]] = {}
    for index, raw in enumerate(data.get("posts", [])):
        try:
            posted_at = raw["posted_at"]
            if not isinstance(posted_at, datetime):
                raise TypeError("posted_at must be a TOML datetime")
            post = FetchedPost(
                channel=raw["channel"],
                message_id=int(raw["message_id"]),
                posted_at=posted_at.astimezone(UTC),
                text=raw["text"].strip(),
                views=raw.get("views"),
                link=f"https://t.me/{raw['channel']}/{raw['message_id']}",
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(str(path), f"posts[{index}]", f"invalid seed post: {exc}") from exc
        posts.setdefault(post.channel.casefold(), []).append(post)
    for items in posts.values():
        items.sort(key=lambda p: p.message_id)
    return posts


class SeedSource:
    kind = "seed"

    def __init__(self, path: Path | None = None) -> None:
        self._posts = load_seed_posts(path)

    async def fetch(self, channel: ChannelState) -> FetchResult:
        posts = self._posts.get(channel.username.casefold())
        if posts is None:
            raise SourceError(channel.username, "the seed fixture has no posts for this channel")
        new = [p for p in posts if p.message_id > channel.high_water]
        return FetchResult(posts=new, high_water=max((p.message_id for p in posts), default=0))

    async def aclose(self) -> None:
        return None
