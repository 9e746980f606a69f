"""What a search asks for besides its words: the filters and the order of the results.

Standard library only, so the command line can name them in its options without loading the
search engine (see monitor/cli/__init__.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Order(StrEnum):
    rank = "rank"
    newest = "newest"
    oldest = "oldest"


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Each sequence: any of its values. `edited`/`deleted`: None = either way."""

    channels: Sequence[str] = ()
    sides: Sequence[str] = ()
    places: Sequence[str] = ()
    claim_types: Sequence[str] = ()
    since: datetime | None = None
    until: datetime | None = None
    edited: bool | None = None
    deleted: bool | None = None
    flagged_only: bool = False
