"""The one interface every source implements."""

from __future__ import annotations

from typing import Protocol

from monitor.domain import ChannelState, FetchResult


class Source(Protocol):
    """Fetch what is new in a channel after its high-water mark, and (where the source can)
    re-read a window of recent posts to see edits, deletions and new counters.

    Raises `monitor.errors.SourceError` (or a subclass) for a problem with one channel; the
    caller records it on that channel and carries on with the others."""

    kind: str

    async def fetch(self, channel: ChannelState) -> FetchResult: ...

    async def aclose(self) -> None: ...
