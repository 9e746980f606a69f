"""Which words of a trigger's sentence name the side on the receiving end: a side right after a
victim marker («от», «потери») or an object marker right after the trigger, and a side's
possessive or adjective before such a noun («наші позиції», «ворожих човнів»)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from monitor.claims.morphology import (
    clause_between,
    is_accusative_only,
    is_modifier,
    is_nominative,
    is_noun,
    is_passive,
    is_verb,
)
from monitor.claims.rules import Hit
from monitor.text.lemmas import Doc

Cues = Mapping[str, Sequence[Hit]]
# An object marker names the victim only right after the trigger («уничтожили подразделение
# ВСУ»); further on it may head the subject («наступления в Курской области подразделения
# группировки «Север»»).
OBJECT_REACH = 2
DISTRIBUTIVE_COUNTS = frozenset(
    {"одному", "одной", "одного", "двум", "трём", "трем", "одній", "двом", "трьом"}
)


def object_slots(
    doc: Doc,
    cues: Cues,
    hit: Hit,
    agent_slots: frozenset[int] = frozenset(),
    place_starts: frozenset[int] = frozenset(),
) -> set[int]:
    """Positions of the trigger's sentence up to three words after a victim marker («от»,
    «потери»), or after an object marker right after the trigger or in the accusative only: a
    side named there is the one that suffers. Not the agent of an action noun the marker
    governs (`agent_slots`: «от удара ВСУ», «от ударов ВСУ»), nor the genitive right after a
    trigger the marker stands before, nor past a place the marker governs (`place_starts`, the
    first tokens of the post's places: «По Шебекино ВСУ выпустили», «К западу от Курахово ВС
    РФ зачистили»: a place owns no army)."""
    sentence = doc.tokens[hit.first].sentence
    return (
        _modifiers_of_victims(doc, cues, hit, sentence)
        | _after_a_target_phrase(doc, cues, hit, sentence)
        | _within_reach(doc, cues, hit, sentence, agent_slots, place_starts)
    )


def _within_reach(
    doc: Doc,
    cues: Cues,
    hit: Hit,
    sentence: int,
    agent_slots: frozenset[int],
    place_starts: frozenset[int],
) -> set[int]:
    return {
        c.last + step
        for name in ("victim_markers", "object_markers")
        for c in cues.get(name, ())
        for step in (1, 2, 3)
        if c.last + step < len(doc.tokens)
        and doc.tokens[c.last].sentence == doc.tokens[c.last + step].sentence == sentence
        and (
            name == "victim_markers"
            or 0 < c.first - hit.last <= OBJECT_REACH
            or is_accusative_only(doc.tokens[c.last].form, doc.lang)
        )
        and not clause_between(doc, c.last, c.last + step)
        and not (step > 1 and c.last + step in agent_slots)
        # nor a noun trigger's own genitive the marker stands before: «по местам
        # сосредоточения ВСУ» (the ВСУ are the ones concentrated)
        and not (c.last < hit.first and c.last + step == hit.last + 1)
        and not _predicate_between(doc, c.last, c.last + step)
        and not (c.first == c.last and c.last + 1 in place_starts)
        and not _distributive(doc, c)
        and not _in_force_name(cues, c)
        and not _since_a_time(doc, c)
    }


# What a marker of time starts, not of a victim: «від початку доби агресор здійснив 38 спроб»
# (the General Staff's formula), «от начала суток противник»
TIME_AFTER_MARKER = frozenset(
    {"начала", "начало", "момента", "початку", "моменту", "світанку", "рассвета", "полуночи"}
)


def _since_a_time(doc: Doc, marker: Hit) -> bool:
    after = marker.last + 1
    return after < len(doc.tokens) and doc.tokens[after].form in TIME_AFTER_MARKER


# a side's own names, and its sources' («министр обороны России»: no defence of Russia)
FORCE_NAMES = (
    "ukrainian_forces",
    "russian_forces",
    "own_forces",
    "enemy_forces",
    "ukrainian_sources",
    "russian_sources",
)


def _in_force_name(cues: Cues, marker: Hit) -> bool:
    """A marker inside a side's own name or a source's marks nothing: «Сили оборони ЗСУ
    звільнили», «Министр обороны РФ доложил об освобождении X»."""
    return any(
        force.first <= marker.first and marker.last <= force.last
        for name in FORCE_NAMES
        for force in cues.get(name, ())
    )


# Markers of a target whose phrase may run longer than their reach: «по скоплению живой силы
# противника»
TARGET_MARKERS = frozenset({"по", "против", "проти"})


def _after_a_target_phrase(doc: Doc, cues: Cues, hit: Hit, sentence: int) -> set[int]:
    """The genitive right after another trigger's phrase that a target marker governs: its owner
    suffers («Авиация отработала по скоплению живой силы противника»), however long the phrase
    («живой силы» the build-up's, whose claim keeps its own owner)."""
    after_markers = {
        m.last + 1
        for m in cues.get("victim_markers", ())
        if doc.tokens[m.last].form in TARGET_MARKERS
    }
    return {
        t.last + 1
        for t in cues.get("trigger", ())
        if t.first in after_markers
        and t.first < t.last  # (a one-word noun's genitive is within reach, or its agent)
        and t.first != hit.first
        and t.last + 1 < len(doc.tokens)
        and doc.tokens[t.first].sentence == doc.tokens[t.last + 1].sentence == sentence
        and not clause_between(doc, t.last, t.last + 1)
    }


def _modifiers_of_victims(doc: Doc, cues: Cues, hit: Hit, sentence: int) -> set[int]:
    """A side's possessive or adjective right before a victim noun, or before an object noun
    right after the trigger, names the side on the receiving end: «атакував наші позиції»,
    «ворожі втрати», «ураження ворожих човнів»."""
    out = set()
    markers = [
        *cues.get("victim_markers", ()),
        *(
            c
            for c in cues.get("object_markers", ())
            if 0 < c.first - hit.last <= OBJECT_REACH
            and not is_nominative(doc.tokens[c.first].form, doc.lang)  # the subject's own
        ),
    ]
    for marker in markers:
        before = marker.first - 1
        if (
            before >= 0
            and doc.tokens[before].sentence == sentence
            and is_noun(doc.tokens[marker.first].form, doc.lang)
            and is_modifier(doc.tokens[before].form, doc.lang)
        ):
            out.add(before)
    return out


def _predicate_between(doc: Doc, marker: int, position: int) -> bool:
    """A verb or participle between a victim noun and a side: the side is that predicate's
    («три опорника взяты подразделениями ВС РФ»), not the noun's owner."""
    return any(
        is_verb(doc.tokens[i].form, doc.lang) or is_passive(doc.tokens[i].form, doc.lang)
        for i in range(marker + 1, position)
    )


def _distributive(doc: Doc, marker: Hit) -> bool:
    """«по одному украинскому беспилотнику», «по 2 дрона»: a count, not a target."""
    following = marker.last + 1
    if following >= len(doc.tokens):
        return False
    form = doc.tokens[following].form
    return form.isdigit() or form in DISTRIBUTIVE_COUNTS
