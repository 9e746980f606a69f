"""Sources: each turns a channel into `monitor.domain.FetchedPost` objects (see `base.Source`)."""

from __future__ import annotations

from monitor.config import Settings
from monitor.errors import ConfigError
from monitor.sources.base import Source


def open_source(kind: str, settings: Settings) -> Source:
    """The source of `kind` ("seed", "web", "telegram") configured from `settings`."""
    if kind == "seed":
        from monitor.sources.seed import SeedSource

        return SeedSource()
    if kind == "web":
        from monitor.sources.web import WebSource

        return WebSource(settings.web, settings.poll)
    if kind == "telegram":
        from monitor.sources.telegram import TelegramSource

        return TelegramSource(settings)
    raise ConfigError("channels.toml", "source", f"unknown source {kind!r}")
