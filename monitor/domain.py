"""Plain domain objects passed between stages: no SQLAlchemy, no Telethon.

Sources yield `FetchedPost`; the analyzers yield `PlaceMention` and `ClaimFinding`. The store turns
them into rows; everything else reads rows back as these objects or as query results.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Literal


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC: the one clock of the monitor."""
    return datetime.now(UTC)


Side = Literal["ru", "ua", "other"]


class SideChoice(StrEnum):
    """`Side` as a command-line choice (Typer before 0.19 reads enums, not Literals); the
    dashboard's API takes `Side` itself. tests/cli/test_choices.py keeps the two equal."""

    ru = "ru"
    ua = "ua"
    other = "other"


Actor = Literal["ru", "ua", "other", "unknown"]
Stance = Literal["asserted", "reported", "denied"]
CLAIM_TYPES = (
    "capture",
    "advance",
    "withdrawal",
    "infiltration",
    "strike",
    "encirclement",
    "deployment",
    "casualties",
    "evacuation",
)


@dataclass(frozen=True, slots=True)
class Forward:
    """Where a forwarded post came from (any field may be unknown)."""

    name: str | None = None
    channel_id: int | None = None
    message_id: int | None = None
    link: str | None = None


@dataclass(frozen=True, slots=True)
class FetchedPost:
    """One channel message as a source saw it. `posted_at`/`edited_at` are timezone-aware UTC."""

    channel: str
    message_id: int
    posted_at: datetime
    text: str
    edited_at: datetime | None = None
    views: int | None = None
    forwards: int | None = None
    replies: int | None = None
    reactions: dict[str, int] | None = None
    author: str | None = None
    forward: Forward | None = None
    reply_to: int | None = None
    album_id: int | None = None
    media_kind: str | None = None
    media: dict[str, object] | None = None
    link: str | None = None


@dataclass(frozen=True, slots=True)
class ChannelState:
    """What a source needs to know of a channel to fetch what is new."""

    username: str
    side: Side
    language: str = "ru"
    high_water: int = 0
    telegram_id: int | None = None
    access_hash: int | None = None
    # Ids missing inside the stored range (monitor.store.gaps), newest first: a source that can
    # fetch by id re-reads them and reports each as a post, a deleted id or a service id.
    gap_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FetchResult:
    """What one poll of one channel produced.

    `posts` are new or refreshed posts; `deleted_ids` are message ids the source knows are gone
    (Telegram answered None for them; ids never stored are recorded as known-absent);
    `missing_ids` are ids absent from a range the source re-read, deleted only once missing on
    two polls (a page can lag); `high_water` is the highest message id the source has now
    covered without gaps; `telegram_id`/`access_hash` are set when the source resolved the
    channel, to be cached on the channel row.
    """

    posts: list[FetchedPost] = field(default_factory=list)
    deleted_ids: list[int] = field(default_factory=list)
    missing_ids: list[int] = field(default_factory=list)
    high_water: int | None = None
    telegram_id: int | None = None
    access_hash: int | None = None
    snapshot: bool = False  # posts from an archive (an export): they say nothing of deletions
    # Ids of service messages (pins, title changes): never posts, recorded as known-absent so
    # they do not count as gaps.
    service_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place found in a text: `start:end` index the original (not normalised) text."""

    place_key: str
    start: int
    end: int
    surface: str
    confidence: float
    reason: str

    @property
    def axis(self) -> bool:
        """Read as an axis («… напрямок») or a town's hromada, even where the surface is an
        adjective listed before the noun («на Покровському, Торецькому та Лиманському
        напрямках»)."""
        return AXIS_READING in self.reason


# The words of a mention's reason when the place matcher read it as an axis
AXIS_READING = "name of a direction or hromada"


@dataclass(frozen=True, slots=True)
class ClaimFinding:
    """A claim found in a text about one place (or none), with the span that carries it."""

    claim_type: str
    place_key: str | None
    actor: Actor
    stance: Stance
    evidence_start: int
    evidence_end: int
    evidence: str
    confidence: float
