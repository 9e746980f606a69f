"""Elliptic lists of facilities: «по Бурштынской, Ладыжинской и Добротворской ТЭС».

The matcher finds the last item, named in full. The adjectives listed before it share its head
abbreviation, so each is read as the facility named by the adjective and that head, where the
gazetteer has one; the mention's surface is the bare adjective, as a region's in «в Курской и
Брянской областях».
"""

from __future__ import annotations

import re
from collections.abc import Callable

from monitor.domain import PlaceMention
from monitor.places.gazetteer import Gazetteer

# A facility named by an adjective and an all-caps head: «Добротворской ТЭС», «Афипский НПЗ»
_HEADED = re.compile(r"\w+\s+([А-ЯЁІЇЄ]{2,5})$")
# One list item before the next one: «Бурштынской, », «Ладыжинской и », «Ладижинської та »
_ITEM = re.compile(r"(?<!\w)([А-ЯЁІЇЄ][\w'’-]+)(?:\s*,\s*|\s+(?:и|та|і|й)\s+)$")
_REACH = 200  # characters a list may reach back from its last item


def elliptic_facilities(
    text: str,
    mentions: list[PlaceMention],
    find: Callable[[str], list[PlaceMention]],
    gaz: Gazetteer,
) -> list[PlaceMention]:
    """`mentions` with the list items before a facility named in full, each read with its head
    (`find` gives the places of a short text: the place matcher's)."""
    out = {(m.start, m.end): m for m in mentions}
    for mention in mentions:
        headed = _HEADED.search(mention.surface)
        if headed is None or not _is_facility(gaz, mention.place_key):
            continue
        end = mention.start
        while (item := _ITEM.search(text, max(0, end - _REACH), end)) is not None:
            word, end = item.group(1), item.start()
            found = _named_in_full(f"{word} {headed.group(1)}", find, gaz)
            if found is None:
                break  # not an item of the list: «Петров и Добротворской ТЭС директор»
            # an item read as a place of its own gives way: «Афипский и Ильский НПЗ» are two
            # refineries, not the settlement Afipsky and a refinery
            out[end, end + len(word)] = PlaceMention(
                found,
                end,
                end + len(word),
                word,
                mention.confidence,
                f"listed before «{mention.surface}», sharing its head",
            )
    return sorted(out.values(), key=lambda m: m.start)


def _named_in_full(
    name: str, find: Callable[[str], list[PlaceMention]], gaz: Gazetteer
) -> str | None:
    """The key of the facility `name` names in full, if any."""
    for found in find(name):
        if found.start == 0 and found.end == len(name) and _is_facility(gaz, found.place_key):
            return found.place_key
    return None


def _is_facility(gaz: Gazetteer, key: str) -> bool:
    place = gaz.places.get(key)
    return place is not None and place.kind == "facility"
