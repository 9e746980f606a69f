"""A control state told as ended: «Суджа больше не находится под контролем ВСУ», «на карте
Суджа больше не обозначена как находящаяся под контролем украинских войск», «Куп'янськ вже не
під контролем росіян». Its negation denies no capture: the side that held the place is gone, a
withdrawal, in the stance the text tells it with."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from monitor.claims.morphology import PREPOSITIONS
from monitor.claims.rules import Hit
from monitor.claims.spans import PlaceSpan, sentence_bounds
from monitor.claims.voice import FORCE_CUES
from monitor.text.lemmas import Doc, lemmas_of

# «больше не», «уже не», «більше не», «вже не» before the control state
NO_LONGER = frozenset({"больше", "уже", "більше", "вже"})
# The words that may stand between «не» and the control state: being, or being marked on a map
# («не находится под контролем», «не обозначена как находящаяся под контролем»); any other
# word is what «не» negates («уже не только контролирует», «уже не секрет, что…»)
STATE_WORDS = frozenset(
    {"находиться", "быть", "числиться", "значиться", "обозначить", "отметить", "как",
     "перебувати", "бути", "значитися", "позначити", "позначений", "відмітити", "як"}
)  # fmt: skip


# A state of affairs, not of ground, is what some control states are of: «Ситуация на
# Покровском направлении больше не под контролем командования ВСУ»
AFFAIRS = frozenset({"ситуация", "обстановка", "положение", "ситуація", "становище"})
# «уже не под полным контролем»: part of the place is lost, not the place
WHOLE = frozenset({"полный", "повний"})
# How far after the control state the side whose it was may stand («под контролем
# украинских войск»)
HOLDER_REACH = 4


def held_no_longer(
    doc: Doc, cues: Mapping[str, Sequence[Hit]], places: Sequence[PlaceSpan], hit: Hit
) -> bool:
    """Whether a control state's trigger (its words «контроль», «контролировать») stands right
    after «больше не» / «уже не», or after them and words of being only (`STATE_WORDS`), with
    a side named as its holder (before, or after it: not «Цены больше не под контролем
    правительства»), of a place that is its subject, not of affairs (not «Пожар в Курске
    больше не под контролем»), and whole."""
    tokens = doc.tokens
    words = range(hit.first, hit.last + 1)
    if not any(tokens[i].form.startswith("контрол") for i in words) or any(
        not WHOLE.isdisjoint(lemmas_of(tokens[i].form, doc.lang)) for i in words
    ):
        return False
    sentence = tokens[hit.first].sentence
    negations = [
        cue
        for cue in cues.get("negation", ())
        if cue.first > 0
        and tokens[cue.first - 1].form in NO_LONGER
        and tokens[cue.first].sentence == sentence
        and cue.last < hit.first
        and all(
            not STATE_WORDS.isdisjoint(lemmas_of(tokens[i].form, doc.lang))
            for i in range(cue.last + 1, hit.first)
        )
    ]
    if not negations or not _place_is_subject(doc, places, negations[0], hit):
        return False
    opening, _ = sentence_bounds(doc, hit.first)
    if any(
        not AFFAIRS.isdisjoint(lemmas_of(tokens[i].form, doc.lang))
        for i in range(opening, hit.first)
    ):
        return False
    return any(
        tokens[side.first].sentence == sentence
        and (side.last < negations[0].first or 0 < side.first - hit.last <= HOLDER_REACH)
        and _armed(doc, side)
        for name in FORCE_CUES
        for side in cues.get(name, ())
    )


# A side's adjective names an armed holder only before a noun of troops: «под контролем
# украинских войск», not «… украинского персонала», «… украинских олигархов»
SIDE_ADJECTIVES = frozenset({"украинский", "российский", "русский", "український", "російський"})
TROOPS = frozenset(
    {"войско", "подразделение", "сила", "военный", "армия", "военнослужащий", "боец", "группировка",
     "формирование", "військо", "підрозділ", "військовий", "армія", "військовослужбовець",
     "боєць", "угруповання", "формування", "захисник"}
)  # fmt: skip


def _armed(doc: Doc, side: Hit) -> bool:
    tokens = doc.tokens
    if SIDE_ADJECTIVES.isdisjoint(lemmas_of(tokens[side.last].form, doc.lang)):
        return True
    after = side.last + 1
    return after < len(tokens) and not TROOPS.isdisjoint(lemmas_of(tokens[after].form, doc.lang))


def _place_is_subject(doc: Doc, places: Sequence[PlaceSpan], negation: Hit, hit: Hit) -> bool:
    """Whether a place the control state is of stands right before «больше не» with no
    preposition before it («Суджа больше не …», not «пожар в Курске больше не …»), or is the
    verb's object right after it («больше не контролируем Угледар»)."""
    tokens = doc.tokens
    for span in places:
        if span.last == negation.first - 2:
            return span.first == 0 or tokens[span.first - 1].form not in PREPOSITIONS
        if span.first == hit.last + 1 and tokens[hit.last].form.startswith("контрол"):
            return True
    return False


def without_negation(cues: Mapping[str, Sequence[Hit]]) -> dict[str, Sequence[Hit]]:
    """The cues but the negations: the stance of a state told as ended."""
    return {kind: found for kind, found in cues.items() if kind != "negation"}
