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

import math
from collections import deque
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import NamedTuple, Protocol

from monitor.places import reasons
from monitor.places.confidence import TIE, Scored
from monitor.places.context import Match
from monitor.places.surfaces import NAME

# How far back a channel's places count, and how many of them are kept.
WINDOW = timedelta(days=30)
CAPACITY = 300
# A mention this sure feeds the memory; a reading the memory chose (RECENT_CONFIDENCE) does not,
# so a guess never confirms itself.
REMEMBER_CONFIDENCE = 0.6
RECENT_CONFIDENCE = 0.5
# What one recent place lends a candidate (the best that applies): the same place named before,
# the same raion, within NEAR_KM, the same oblast.
SAME_PLACE = 3.0
SAME_DISTRICT = 2.0
NEAR = 1.5
SAME_OBLAST = 0.5
NEAR_KM = 40.0
KM_PER_DEGREE = 111.0
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


def _distance_km(a: RecentPlace, b: PlaceLike) -> float:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return math.inf
    dy = (a.lat - b.lat) * KM_PER_DEGREE
    dx = (a.lon - b.lon) * KM_PER_DEGREE * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, dy)


def _lent(recent: RecentPlace, candidate: PlaceLike) -> float:
    if recent.key == candidate.key:
        return SAME_PLACE
    if candidate.district and recent.district == candidate.district:
        return SAME_DISTRICT
    if _distance_km(recent, candidate) < NEAR_KM:
        return NEAR
    if candidate.oblast and recent.oblast == candidate.oblast:
        return SAME_OBLAST
    return 0.0


class ChannelMemory:
    """One channel's recently and confidently named places, oldest first."""

    def __init__(self, window: timedelta = WINDOW, capacity: int = CAPACITY) -> None:
        self.window = window
        self.places: deque[RecentPlace] = deque(maxlen=capacity)

    def __len__(self) -> int:
        return len(self.places)

    def remember(self, places: Iterable[PlaceLike], seen_at: datetime | None) -> None:
        for place in places:
            record = _recent(place, seen_at)
            if record is not None:
                self.places.append(record)

    def advance(self, now: datetime | None) -> None:
        """Forget what is older than the window before `now` (the post about to be analysed)."""
        if now is None:
            return
        oldest = now - self.window
        while self.places and (seen := self.places[0].seen_at) is not None and seen < oldest:
            self.places.popleft()

    def choose(self, candidates: Sequence[PlaceLike]) -> int | None:
        """The index of the candidate the channel's recent places clearly favour, or None."""
        if not self.places or len(candidates) < 2:
            return None
        distinct = {r.key: r for r in self.places}.values()
        support = [sum(_lent(r, c) for r in distinct) for c in candidates]
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
    top = scored[0][0]
    tied = [s[1] for s in scored if s[1].kind == NAME and top - s[0] < TIE]
    tied = list({c.place: c for c in reversed(tied)}.values())[::-1]  # one per place
    chosen = recent.choose([places[c.place] for c in tied])
    if chosen is None:
        return False
    match.chosen = tied[chosen]
    match.confidence = RECENT_CONFIDENCE
    match.reason += f"; {reasons.RECENT}"
    return True
