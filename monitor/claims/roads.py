"""The towns that name a road: «трасса Суджа — Белая», «трассу Н15 Запорожье-Донецк», «на
дороге между Суджей и Кореневом». They are the road's ends, not the place a claim on the road
is about (gold conventions: a road is a place of its own, annotated when the gazetteer knows it).
Likewise the river a crossing spans («переправы через Днепр», «міст через Сейм»): the claim is
the place's the crossing serves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from monitor.claims.landmarks import Span
from monitor.claims.rules import Hit
from monitor.claims.spans import PlaceSpan
from monitor.claims.voice import gap
from monitor.config import ClaimRule
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
# A place right after these is where the road runs, not one of its ends: «на трассе у Льгова»
BESIDE = frozenset(
    {"у", "возле", "около", "близ", "под", "біля", "поблизу", "коло", "під", "неподалік"}
)
# A crossing's nouns (lemmas), before «через» and its river: «мосты через Волчью», «переправи
# через Дніпро»
# How far back a claim on a crossing looks for the place the crossing serves.
CROSSING_CARRY = 30


def road_ends(doc: Doc, cues: Mapping[str, Sequence[Hit]], places: Sequence[Span]) -> set[int]:
    """The ids of the places that name a road: up to `ROAD_REACH` words after a road word, and
    the place joined to such a one by a dash («Суджа — Белая») or, after «между», by «и»."""
    roads = cues.get("road", ())
    if not roads:
        return set()
    ends: set[int] = set()
    previous: Span | None = None
    for index, span in enumerate(places):
        after_road = (
            any(
                0 < span.first - r.last <= ROAD_REACH
                and doc.tokens[r.last].sentence == span.sentence
                for r in roads
            )
            and not _served(doc, span, places[index + 1 : index + 2])
            and not (span.first > 0 and doc.tokens[span.first - 1].form in BESIDE)
        )
        joined = (
            previous is not None
            and id(previous) in ends
            and _joined(doc, previous.first, previous.last, span.first)
        )
        if after_road or joined:
            ends.add(id(span))
        previous = span
    return ends


def other_roads_ends(
    cues: Mapping[str, Sequence[Hit]], hit: Hit, ends: set[int] | None
) -> set[int]:
    """The road ends (`road_ends`) but those of a road the trigger names: a road cut is the
    town's it serves, not its far end's («Северск. … трасса на Славянск простреливается»,
    «Ворог прострілює трасу на Харків»)."""
    if any(hit.first <= road.first <= hit.last for road in cues.get("road", ())):
        return set()
    return ends or set()


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


def crossed_waters(doc: Doc, places: Sequence[PlaceSpan], sentence: int | None = None) -> set[int]:
    """The ids of the rivers crossed in `sentence` (None: anywhere): right after «через» (a
    crossing spans it, «мосты через Волчью», «міст через Сейм»; or a side crosses it, «выходят
    через Мокрые Ялы вброд»)."""
    return {
        id(span)
        for span in places
        if span.kind == "water"
        and span.first > 0
        and sentence in (None, span.sentence)
        and doc.tokens[span.first - 1].form == "через"
    }


def is_road(span: PlaceSpan) -> bool:
    """Whether the place is a road (its key says so: the gazetteer has no road kind)."""
    key = span.mention.place_key.lower()
    return any(w in key for w in ("highway", "road"))


def past_crossings(
    doc: Doc, places: Sequence[PlaceSpan], sentence: int, rule: ClaimRule
) -> tuple[ClaimRule, set[int]]:
    """The rivers crossings span in `sentence` (`crossed_waters`: no target), and `rule`,
    reaching back to the place the paragraph is about when there are any («По Крынкам без
    изменений … Переправы через Днепр под огнём»: the crossing supplies that place)."""
    crossed = crossed_waters(doc, places, sentence)
    if not crossed or (rule.carry_over and not rule.carry_over_pointed):
        return rule, crossed
    update = {"carry_over": max(rule.carry_over, CROSSING_CARRY), "carry_over_pointed": False}
    return rule.model_copy(update=update), crossed


def crossed_in_reach(
    doc: Doc, places: Sequence[PlaceSpan], hit: Hit, window: int
) -> list[PlaceSpan]:
    """The river a crossing in the trigger's reach spans, when the crossing serves no place the
    post names: «Наша артиллерия уничтожила переправу через Десну»."""
    crossed = crossed_waters(doc, places, doc.tokens[hit.first].sentence)
    return [s for s in places if id(s) in crossed and gap(hit, s.first, s.last) <= window]
