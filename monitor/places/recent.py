"""The places a channel has recently named: a weak cue for namesakes its post does not decide.

A channel that has named Гродівка, Мирноград and Покровськ this week means the Donetsk
Новоселівка when it writes «біля Новоселівки» alone. `ChannelMemory` holds one channel's recently
and confidently resolved places; the resolver asks it only when nothing in the post itself tells
the namesakes apart (see `disambiguate`), and it answers only when the channel's places clearly
favour one of them, else the mention stays an abstention. It is fed by the analysis itself, post
after post in the channel's order, and seeded from the database's recent mentions of the channel
(`monitor.store.recent`).
"""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import NamedTuple, Protocol

from monitor.places import reasons
from monitor.places.confidence import Scored, tied_readings
from monitor.places.context import Match
from monitor.places.geo import NEAR_KM, distance_km

# How far back a channel's places count, and how many of them are kept.
WINDOW = timedelta(days=30)
CAPACITY = 300
# A mention this sure feeds the memory; a reading the memory chose (RECENT_CONFIDENCE) does not,
# so a guess never confirms itself.
REMEMBER_CONFIDENCE = 0.6
RECENT_CONFIDENCE = 0.5
# What the channel's recent places lend a candidate: SAME_PLACE if it named the candidate
# itself, and per other place in the candidate's raion, in its oblast, within NEAR_KM of it.
SAME_PLACE = 3.0
SAME_DISTRICT = 1.5
SAME_OBLAST = 0.5
NEAR = 1.5
# The grid that finds places near a point: cells of CELL_LAT by CELL_LON degrees, each wider
# than NEAR_KM up to 57°N, so the 3×3 cells around a point hold all within NEAR_KM.
CELL_LAT = 0.5
CELL_LON = 1.2
# The winner needs this much support, and DOMINANCE times the runner-up's.
MIN_SUPPORT = 2.0
DOMINANCE = 2.0


class PlaceLike(Protocol):
    """What the memory reads of a place (the resolver's `PlaceInfo` offers it)."""

    @property
    def key(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def district(self) -> str | None: ...
    @property
    def oblast(self) -> str | None: ...
    @property
    def own_region(self) -> str | None: ...
    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...


class RecentPlace(NamedTuple):
    key: str
    oblast: str | None
    district: str | None
    lat: float | None
    lon: float | None
    seen_at: datetime | None


def _recent(place: PlaceLike, seen_at: datetime | None) -> RecentPlace | None:
    """The memory's record of a place: a region counts as its oblast, a district as its raion;
    a place with no area and no point says nothing."""
    oblast, district = place.oblast, place.district
    if place.kind in ("region", "macro-region"):
        oblast = place.own_region
    elif place.kind == "district":
        district = place.own_region
    if oblast is None and district is None and place.lat is None:
        return None
    return RecentPlace(place.key, oblast, district, place.lat, place.lon, seen_at)


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(lat // CELL_LAT), int(lon // CELL_LON)


class _Index:
    """The distinct places of a memory by key, raion, oblast and grid cell: a candidate's
    support is then a few look-ups, not a pass over the memory per candidate."""

    def __init__(self, places: Iterable[RecentPlace]) -> None:
        distinct = {p.key: p for p in places}
        self.keys = distinct.keys()
        self.districts = Counter(p.district for p in distinct.values() if p.district)
        self.oblasts = Counter(p.oblast for p in distinct.values() if p.oblast)
        self.cells: dict[tuple[int, int], list[RecentPlace]] = defaultdict(list)
        for place in distinct.values():
            if place.lat is not None and place.lon is not None:
                self.cells[_cell(place.lat, place.lon)].append(place)

    def support(self, candidate: PlaceLike) -> float:
        """SAME_PLACE if the channel named the candidate itself, plus for each other place its
        raion's, its oblast's and its nearness's weights."""
        score = SAME_PLACE if candidate.key in self.keys else 0.0
        if candidate.district:
            score += SAME_DISTRICT * self.districts[candidate.district]
        if candidate.oblast:
            score += SAME_OBLAST * self.oblasts[candidate.oblast]
        if candidate.lat is not None and candidate.lon is not None:
            row, column = _cell(candidate.lat, candidate.lon)
            score += NEAR * sum(
                1
                for dy in (-1, 0, 1)
                for dx in (-1, 0, 1)
                for place in self.cells.get((row + dy, column + dx), ())
                if place.key != candidate.key and distance_km(place, candidate) < NEAR_KM
            )
        return score


class ChannelMemory:
    """One channel's recently and confidently named places, oldest first."""

    def __init__(self, window: timedelta = WINDOW, capacity: int = CAPACITY) -> None:
        self.window = window
        self.places: deque[RecentPlace] = deque(maxlen=capacity)
        self._index: _Index | None = None  # built when first asked, dropped on any change

    def __len__(self) -> int:
        return len(self.places)

    def remember(self, places: Iterable[PlaceLike], seen_at: datetime | None) -> None:
        for place in places:
            record = _recent(place, seen_at)
            if record is not None:
                self.places.append(record)
                self._index = None

    def advance(self, now: datetime | None) -> None:
        """Forget what is older than the window before `now` (the post about to be analysed)."""
        if now is None:
            return
        oldest = now - self.window
        while self.places and (seen := self.places[0].seen_at) is not None and seen < oldest:
            self.places.popleft()
            self._index = None

    def choose(self, candidates: Sequence[PlaceLike]) -> int | None:
        """The index of the candidate the channel's recent places clearly favour, or None."""
        if not self.places or len(candidates) < 2:
            return None
        if self._index is None:
            self._index = _Index(self.places)
        support = [self._index.support(c) for c in candidates]
        order = sorted(range(len(candidates)), key=lambda i: -support[i])
        best, runner_up = support[order[0]], support[order[1]]
        if best >= MIN_SUPPORT and best >= DOMINANCE * runner_up:
            return order[0]
        return None


def settle_tie(
    match: Match, scored: list[Scored], places: Sequence[PlaceLike], recent: ChannelMemory | None
) -> bool:
    """Choose among the tied namesakes of `match` (best first in `scored`) the one the channel's
    recent places favour, at RECENT_CONFIDENCE; False when there is no memory or it does not
    tell them apart."""
    if recent is None or not recent.places:
        return False
    tied = tied_readings(scored)
    chosen = recent.choose([places[c.place] for c in tied])
    if chosen is None:
        return False
    match.chosen = tied[chosen]
    match.confidence = RECENT_CONFIDENCE
    match.reason += f"; {reasons.RECENT}"
    return True
