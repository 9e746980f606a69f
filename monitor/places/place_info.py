"""What the compiled matcher keeps of each place and decides of each surface form besides its
automaton: the resolver's `PlaceInfo` of a place (its prior from the gazetteer), and whether a
form counts only capitalised (`needs_capital`).

Compile-time code: it shapes the cached matcher, so it is part of the matcher cache's key (see
`compiler.COMPILE_MODULES`); the resolver only reads what it made.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from monitor.places.surfaces import ADJ, AXIS, NAME, SurfaceEntry

if TYPE_CHECKING:
    from monitor.places.gazetteer import GazetteerPlace

# Kinds of place that count written lowercase and without support from the post.
HIGH_KINDS = frozenset({"city", "region", "macro-region", "district", "water", "facility"})


class PlaceInfo(NamedTuple):
    """What the resolver knows of a place (one per gazetteer key, kept in the matcher cache: a
    named tuple, which unpickles several times faster than a dataclass)."""

    key: str
    kind: str
    district: str | None
    oblast: str | None
    own_region: str | None  # for a region or district: its own English name
    country: str
    lat: float | None
    lon: float | None
    prior: float
    curated: bool
    hromada: str | None = None  # its hromada's KATOTTG code (`GazetteerPlace.hromada`)


PRIOR_KIND = {
    "region": 3.0,
    "macro-region": 2.5,
    "city": 2.0,
    "district": 1.5,
    "water": 1.5,
    "facility": 1.5,
    "town": 1.0,
    "settlement": 0.3,
    "village": 0.0,
}


def _prior(place: GazetteerPlace, tracked: frozenset[str]) -> tuple[float, bool]:
    curated = not place.source.startswith(("katottg", "geonames", "import"))
    score = PRIOR_KIND.get(place.kind, 0.0) + (1.5 if curated else 0.0)
    # GeoNames cities500: 500+ people; its postal-code settlements carry no population
    if place.source.startswith("geonames") and not place.source.startswith("geonames postal"):
        score += 0.5
    if place.key in tracked:
        score += 0.5
    return score, curated


def place_info(place: GazetteerPlace, tracked: frozenset[str]) -> PlaceInfo:
    prior, curated = _prior(place, tracked)
    own = place.name_en if place.kind in ("region", "macro-region", "district") else None
    return PlaceInfo(
        place.key,
        place.kind,
        place.district,
        place.oblast,
        own,
        place.country,
        place.lat,
        place.lon,
        prior,
        curated,
        place.hromada,
    )


# The kinds of place a hromada's centre stands in for when the gazetteer gives no point.
_HROMADA_POINT_KINDS = frozenset({"town", "settlement", "village"})


def with_hromada_points(infos: list[PlaceInfo]) -> list[PlaceInfo]:
    """`infos` with each settlement that has no point of its own standing at its hromada's
    centre (the mean point of the hromada's settlements that have one; a hromada is some 10-20
    km across): most villages of the codifier have no point, and a post's nearby town («у
    Новомихайловки под Курахово») could not tell their namesakes apart."""
    sums: dict[str, list[float]] = {}
    for info in infos:
        if info.hromada and info.lat is not None and info.lon is not None:
            found = sums.setdefault(info.hromada, [0.0, 0.0, 0.0])
            found[0] += info.lat
            found[1] += info.lon
            found[2] += 1
    return [
        info._replace(
            lat=round(sums[info.hromada][0] / sums[info.hromada][2], 4),
            lon=round(sums[info.hromada][1] / sums[info.hromada][2], 4),
        )
        if info.lat is None
        and info.kind in _HROMADA_POINT_KINDS
        and info.hromada
        and info.hromada in sums
        else info
        for info in infos
    ]


def needs_capital(entry: SurfaceEntry, places: Sequence[PlaceInfo]) -> bool:
    """Whether `reading_plausible` rejects every reading of `entry` in a lowercase match (worked out
    once per surface form when the matcher compiles): each is a Latin spelling, or a name that
    is an ordinary word or names a place neither curated nor of a high kind. A facility reading
    counts in any case after an airfield word, so a form with one never needs a capital."""
    for cand in entry.candidates:
        info = places[cand.place]
        if info.kind == "facility" or cand.kind in (ADJ, AXIS):
            return False
        if cand.kind == NAME and not entry.common and (info.kind in HIGH_KINDS or info.curated):
            return False
    return True
