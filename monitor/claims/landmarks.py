"""Places that only say where: the sentence before a claim that names one settlement and claims
nothing (its topic), a place among the first words of its sentence (the sentence's topic, and
after a preposition its scene), and a settlement that locates the one before it («Макеевку под
Сватово»)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from monitor.claims.ranks import DISTRICT_RANK, SETTLEMENT_RANK, clause_break
from monitor.claims.rules import Hit
from monitor.claims.spans import Context, PlaceSpan
from monitor.config import ClaimRule
from monitor.domain import PlaceMention
from monitor.text.lemmas import Doc


class Span(Protocol):
    """A place's tokens in the post (targeting.PlaceSpan)."""

    @property
    def mention(self) -> PlaceMention: ...
    @property
    def first(self) -> int: ...
    @property
    def last(self) -> int: ...
    @property
    def sentence(self) -> int: ...
    @property
    def rank(self) -> int: ...


# «Освободили Макеевку под Сватово»: a place right after another, joined by a preposition of
# nearness alone (no comma, no conjunction), locates the one before; it is no list item.
LANDMARK_PREPOSITIONS = frozenset(
    {"под", "у", "возле", "около", "близ", "вблизи", "під", "біля", "поблизу", "неподалік"}
)


def landmark(doc: Doc, left: Span, right: Span) -> bool:
    return (
        left.rank == right.rank == SETTLEMENT_RANK
        and right.first - left.last == 2
        and doc.tokens[left.last + 1].form in LANDMARK_PREPOSITIONS
        and not clause_break(doc, left.last, right.first)
    )


def topic_sentence(
    doc: Doc, triggers: Sequence[Hit], earlier: Sequence[Span], sentence: int
) -> bool:
    """Whether the sentence right before `sentence` says only where: one settlement and no
    claim of its own («Ситуация у Кременной тяжёлая. Укры накатывают третий день.»)."""
    last = earlier[-1]
    if last.rank >= DISTRICT_RANK or last.sentence != sentence - 1:
        return False
    spans = [s for s in earlier if s.sentence == last.sentence]
    return len({s.mention.place_key for s in spans}) == 1 and not any(
        doc.tokens[hit.first].sentence == last.sentence for hit in triggers
    )


# Words of a sentence about the whole front, not the axis before: «… загалом по всій лінії
# фронту», «всего за сутки»
WHOLE_FRONT = ("фронт", "загал", "всьо", "всег", "всей", "всій", "всем", "всьому")


def axis_opens(doc: Doc, earlier: Sequence[Span], sentence: int) -> bool:
    """Whether the only place the paragraph named before is the axis that opens it, as a
    General Staff report's paragraph does («На Курському напрямку Сили оборони відбили 18
    атак. Противник завдав 14 авіаударів»: the air strikes are on that axis too), and the
    sentence `sentence` does not speak of the whole front."""
    first = earlier[0]
    words = doc.tokens[first.first : first.last + 2]
    axis = first.mention.axis or any(t.form.startswith(("напрям", "направлен")) for t in words)
    if not axis or any(s.mention.place_key != first.mention.place_key for s in earlier):
        return False
    # the axis is the paragraph's first or second word: «На Курському напрямку …»
    before = first.first - 2
    if before >= 0 and doc.tokens[before].paragraph == doc.tokens[first.first].paragraph:
        return False
    return not any(t.sentence == sentence and t.form.startswith(WHOLE_FRONT) for t in doc.tokens)


def taken_before(ctx: Context, earlier: Sequence[PlaceSpan], sentence: int) -> PlaceSpan | None:
    """The one settlement a sentence just before `sentence` tells was taken or entered: a
    retreat told next with no place of its own is from there («Авдеевка наша. Укры драпали
    через поля», «Сили оборони відновили положення в X. Ворог відійшов»). A sentence between
    them may name wider places only («Лисичанск взят. Союзные силы вышли к границе ЛНР. Укры
    откатываются на Северск»)."""
    settlements = [s for s in earlier if s.rank < DISTRICT_RANK]
    if not settlements:
        return None
    last = settlements[-1]
    if last is not earlier[-1] and last.sentence != sentence - 2:
        return None  # a wider place after it: only in the one sentence between
    if last.sentence not in (sentence - 1, sentence - 2):
        return None
    spans = [s for s in settlements if s.sentence == last.sentence]

    def pushing(hit: Hit) -> bool:
        return not {"capture", "advance"}.isdisjoint(ctx.trigger_types.get(hit.first, ()))

    def told_in(hit: Hit) -> int:
        return ctx.doc.tokens[hit.first].sentence

    # the sentence between tells of nothing («Взяли X. Полностью. Хохлы бегут»), or of the
    # same push in the region the place lies in: not «X взята. В Белгородской области сбиты 5
    # БПЛА», «В Харьковской области противник контратакует»
    between = [s for s in earlier if last.sentence < s.sentence < sentence]
    told_between = [hit for hit in ctx.triggers if last.sentence < told_in(hit) < sentence]
    taken = (
        len({s.mention.place_key for s in spans}) == 1
        and any(told_in(hit) == last.sentence and pushing(hit) for hit in ctx.triggers)
        and all(pushing(hit) for hit in told_between)
        and all(s.own_region is not None and s.own_region in last.within for s in between)
        and (bool(between) or not told_between)
    )
    return last if taken else None


# A place within this many tokens of a sentence's start is its topic («У Подільському районі, ...»).
FRONT_WORDS = 2


def fronted(doc: Doc, span: Span) -> bool:
    """A place among the first words of its sentence («У Подільському районі, ...») is the
    sentence's topic, even across a comma."""
    return (
        span.first <= FRONT_WORDS
        or doc.tokens[span.first - FRONT_WORDS - 1].sentence != span.sentence
    )


# Prepositions of place that make a fronted place the scene of its sentence
SCENE_PREPOSITIONS = frozenset({"в", "во", "у", "на", "под", "під", "біля", "около", "возле"})


def scene_of_the_sentence(doc: Doc, span: Span) -> bool:
    """A place named by its name (not an adjective: «В киевском отеле») that opens its
    sentence after a preposition of place («В Льгове в результате удара …», «У Херсоні …»):
    where what the sentence goes on to tell happened."""
    return (
        span.first > 0
        and doc.text[doc.tokens[span.first].start].isupper()
        and doc.tokens[span.first - 1].form in SCENE_PREPOSITIONS
        and (span.first == 1 or doc.tokens[span.first - 2].sentence != span.sentence)
    )


def scene_of_the_item(doc: Doc, span: Span) -> bool:
    """A place after a preposition of place that opens its sentence or an item after a colon
    or a semicolon in it («Краматорський район: у Костянтинівці загинула 1 людина, пошкоджено
    5 будинків; …»): where all the item's predicates happened."""
    if span.first == 0 or doc.tokens[span.first - 1].form not in SCENE_PREPOSITIONS:
        return False
    preposition = span.first - 1
    if preposition == 0 or doc.tokens[preposition - 1].sentence != span.sentence:
        return True
    between = doc.text[doc.tokens[preposition - 1].end : doc.tokens[preposition].start]
    return ";" in between or ":" in between


# Claims that happen where a sentence's opening place says
SCENE_TYPES = frozenset({"strike", "casualties"})


def heads_its_item(doc: Doc, span: Span, hit: Hit, claim_type: str) -> bool:
    """Whether a strike's or its victims' place before the trigger is the scene of the item
    (`scene_of_the_item`), which no other trigger between claims for itself: «…: у X
    загинула 1 людина, пошкоджено 5 будинків; …»."""
    return (
        claim_type in SCENE_TYPES
        and span.last < hit.first
        and scene_of_the_item(doc, span)
        and ";" not in doc.text[doc.tokens[span.last].end : doc.tokens[hit.first].start]
    )


def reaches_the_scene(doc: Doc, rule: ClaimRule, span: Span, distance: int) -> bool:
    """A strike or its victims (of a rule that may reach past its sentence) take the place
    that opens it, up to twice the rule's window away: «В Льгове в результате удара FPV-дрона
    по автомобилю погиб мужчина»."""
    return (
        rule.type in SCENE_TYPES
        and bool(rule.carry_over or rule.points_back)
        and distance <= 2 * rule.window
        and scene_of_the_sentence(doc, span)
    )


# The nouns of an axis in a phrase pointing back: «на этом направлении», «на цьому напрямку»
_AXIS_NOUNS = ("направлен", "напрям")


def pointed_to(ctx: Context, earlier: list[PlaceSpan], sentence: int) -> list[PlaceSpan]:
    """Of the places before, those a phrase pointing back in `sentence` names: the axis last
    named for «на этом направлении уничтожено …», else the settlements, not their oblast, for
    «в городе», «населённый пункт»."""
    tokens = ctx.doc.tokens
    if any(
        tokens[c.first].sentence == sentence
        and any(t.form.startswith(_AXIS_NOUNS) for t in tokens[c.first : c.last + 1])
        for c in ctx.cues.get("anaphora", ())
    ):
        return [s for s in earlier if _names_an_axis(ctx.doc, s)][-1:] or earlier
    if any(
        tokens[c.first].sentence == sentence
        and any(t.form.startswith(_TOWN_NOUNS) for t in tokens[c.first : c.last + 1])
        for c in ctx.cues.get("anaphora", ())
    ):  # «Ворог окупував Суджу та просунувся біля Гончарівки. Сили оборони вийшли з міста»
        towns = [s for s in earlier if s.kind in _TOWNS]
        return towns[-1:] or [s for s in earlier if s.rank < DISTRICT_RANK] or earlier
    return [s for s in earlier if s.rank < DISTRICT_RANK] or earlier


# The nouns of a town pointed back to, and the kinds they point to (not a village: «город» is
# never one)
_TOWN_NOUNS = ("город", "міст")
_TOWNS = frozenset({"city", "town"})


def _names_an_axis(doc: Doc, span: PlaceSpan) -> bool:
    """A town's axis, or an oblast's (its adjective before the noun: «на Курском направлении»)."""
    after = span.last + 1
    return span.mention.axis or (
        after < len(doc.tokens) and doc.tokens[after].form.startswith(_AXIS_NOUNS)
    )
