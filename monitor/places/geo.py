"""Distances between places, for the resolver and the channel memory alike."""

from __future__ import annotations

import math
from typing import Protocol

KM_PER_DEGREE = 111.0
# Places closer than this count as near each other (the same stretch of front).
NEAR_KM = 40


class Point(Protocol):
    @property
    def lat(self) -> float | None: ...
    @property
    def lon(self) -> float | None: ...


def distance_km(a: Point, b: Point) -> float:
    """An equirectangular distance (within a few percent over the tens of km it decides);
    infinite when either place has no point."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return math.inf
    dy = (a.lat - b.lat) * KM_PER_DEGREE
    dx = (a.lon - b.lon) * KM_PER_DEGREE * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, dy)
