"""City districts named with their city: «по Петровскому району Донецка».

Districts whose names many cities share (Ленинский, Кировский, Петровский …) are in the
gazetteer only with their city after them in the genitive (`tools/gazetteer_src/districts.txt`),
so the matcher reads the district and its city as one mention. The city is a place of the post
as well: `cities_apart` splits such a mention into the district («Петровскому району») and the
city («Донецка»). A district read without its city is another city's when one follows it right
away (`other_cities_districts`: «в Заводском районе Саратова» is no district of Zaporizhzhia).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools

from monitor.domain import PlaceMention
from monitor.places.gazetteer import Gazetteer

_CITY_KINDS = frozenset({"city", "town"})


def cities_apart(mentions: list[PlaceMention], gaz: Gazetteer) -> list[PlaceMention]:
    """`mentions` with each district named with its city split into the two."""
    out = []
    for mention in mentions:
        city = _city_named_after(mention, gaz)
        if city is None:
            out.append(mention)
            continue
        head, _, tail = mention.surface.rpartition(" ")
        out.append(dataclasses.replace(mention, end=mention.start + len(head), surface=head))
        start = mention.end - len(tail)
        out.append(dataclasses.replace(mention, place_key=city, start=start, surface=tail))
    return out


def other_cities_districts(
    text: str, mentions: list[PlaceMention], gaz: Gazetteer
) -> list[PlaceMention]:
    """`mentions` without each city district followed right away (a space between) by a city
    or town other than its own: «в Заводском районе Саратова» names Saratov's district, which
    the gazetteer lacks, not Zaporizhzhia's."""
    dropped: set[int] = set()
    for index, (mention, after) in enumerate(itertools.pairwise(mentions)):
        place, city = gaz.places.get(mention.place_key), gaz.places.get(after.place_key)
        if (
            place is not None
            and city is not None
            and place.kind == "district"
            and place.name_en.endswith(")")
            and city.kind in _CITY_KINDS
            and not text[mention.end : after.start].strip()
            and place.name_en.rpartition(" (")[2][:-1] != city.name_en
        ):
            dropped.add(index)
    return [m for i, m in enumerate(mentions) if i not in dropped] if dropped else mentions


def _city_named_after(mention: PlaceMention, gaz: Gazetteer) -> str | None:
    """The key of the city a district mention names after its noun («… района Донецка»)."""
    words = mention.surface.split()
    if len(words) < 3 or not words[-2].casefold().startswith("район"):
        return None
    place = gaz.places.get(mention.place_key)
    if place is None or place.kind != "district" or not place.name_en.endswith(")"):
        return None
    return _city_keys(gaz).get(place.name_en.rpartition(" (")[2][:-1])


@functools.lru_cache(maxsize=4)
def _city_keys(gaz: Gazetteer) -> dict[str, str]:
    """Cities and towns by English name (the first of namesakes)."""
    keys: dict[str, str] = {}
    for key, place in gaz.places.items():
        if place.kind in _CITY_KINDS:
            keys.setdefault(place.name_en, key)
    return keys
