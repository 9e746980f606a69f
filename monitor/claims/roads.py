"""The towns that name a road: «трасса Суджа — Белая», «трассу Н15 Запорожье-Донецк», «на
дороге между Суджей и Кореневом». They are the road's ends, not the place a claim on the road
is about (gold conventions: a road is a place of its own, annotated when the gazetteer knows it)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from monitor.claims.landmarks import Span
from monitor.claims.rules import Hit
from monitor.text.lemmas import Doc

# A road's code or name stands at most this many tokens after the road word («трасса Н15»,
# «дорога между Х»).
ROAD_REACH = 3
DASHES = ("-", "—", "–")
BETWEEN = frozenset({"между", "між"})
AND = frozenset({"и", "і", "й", "та"})
# A place right after these is the town the road supplies, not one of its ends: «дорогу
# снабжения Курахово» (the town is what cutting the road encircles). Not «дорога на X»: that is
# the way to the rear, from a town named elsewhere («Единственная дорога на Селидово под
# огневым контролем» encircles Novohrodivka).
SERVED = frozenset({"снабжения", "постачання", "логистики", "логістики"})


def road_ends(doc: Doc, cues: Mapping[str, Sequence[Hit]], places: Sequence[Span]) -> set[int]:
    """The ids of the places that name a road: up to `ROAD_REACH` words after a road word, and
    the place joined to such a one by a dash («Суджа — Белая») or, after «между», by «и»."""
    roads = cues.get("road", ())
    if not roads:
        return set()
    ends: set[int] = set()
    previous: Span | None = None
    for index, span in enumerate(places):
        after_road = any(
            0 < span.first - r.last <= ROAD_REACH and doc.tokens[r.last].sentence == span.sentence
            for r in roads
        ) and not _served(doc, span, places[index + 1 : index + 2])
        joined = (
            previous is not None
            and id(previous) in ends
            and _joined(doc, previous.first, previous.last, span.first)
        )
        if after_road or joined:
            ends.add(id(span))
        previous = span
    return ends


def _served(doc: Doc, span: Span, following: Sequence[Span]) -> bool:
    """Whether the place is the town a road supplies, with no other end dashed to it:
    «дорогу снабжения Курахово», not «трассу снабжения Курахово — Покровск»."""
    return (
        span.first > 0
        and doc.tokens[span.first - 1].form in SERVED
        and not (following and _joined(doc, span.first, span.last, following[0].first))
    )


def _joined(doc: Doc, first: int, last: int, right: int) -> bool:
    """Whether the place after token `last` is the road's other end: a dash between, or «и»
    after a first end that «между» opens."""
    between = doc.text[doc.tokens[last].end : doc.tokens[right].start].strip()
    if right - last == 1:
        return between in DASHES
    return (
        right - last == 2
        and doc.tokens[last + 1].form in AND
        and first > 0
        and doc.tokens[first - 1].form in BETWEEN
    )
