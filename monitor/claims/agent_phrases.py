"""Phrases that name the side acting: the genitive right after an action noun («удар ВСУ»,
«наступление противника»), «со стороны ВСУ», and a side's adjective before an attack noun
(«российский обстрел»)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from monitor.claims.cases import nominative_only
from monitor.claims.morphology import (
    clause_between,
    is_adjective,
    is_noun,
    is_verb,
    may_be_nominative,
)
from monitor.claims.rules import Hit
from monitor.config import ClaimRule
from monitor.text.lemmas import Doc, lemmas_of

AGENT_NOUN_TYPES = frozenset({"strike", "advance", "infiltration"})  # «ДРГ противника»


def agent_slots(
    doc: Doc, triggers: list[Hit], rules: Sequence[ClaimRule], weapons: Iterable[Hit] = ()
) -> frozenset[int]:
    """The positions right after a one-word action noun of a strike or an advance («удар»,
    «обстрел», «наступление»): a side named there is the one acting, also for the other
    claims of the sentence («погибли в результате удара ВСУ»), and so is an adjective right
    before it («внаслідок ворожої атаки»). Not after nouns of other types, whose genitive is
    mostly their object («ликвидация группировки ВСУ»); not past a comma or a sentence's end
    («идут бои, противник несёт потери»: the enemy suffers). The adjectives before a weapon's
    word (`weapons`, the cues of `air_weapons`) name its side wherever the weapon stands:
    «В ходе налёта на Одессу российские «шахеды» упали в городе»."""
    slots = {  # (not an object's: «знищують російську артилерію», «уничтожила украинские РСЗО»)
        index
        for weapon in weapons
        for index in _adjectives_before(doc, weapon.first)
        if may_be_nominative(doc.tokens[index].form, doc.lang) and not _object_of_a_verb(doc, index)
    }
    weapon_ends = {weapon.first: weapon.last for weapon in weapons}
    for hit in triggers:
        rule = rules[hit.payload[1]]
        if not (
            hit.first == hit.last
            and rule.type in AGENT_NOUN_TYPES
            and is_noun(doc.tokens[hit.first].form, doc.lang)
        ):
            continue
        after = hit.last + 1
        if (
            after < len(doc.tokens)
            and doc.tokens[after].sentence == doc.tokens[hit.last].sentence
            and not clause_between(doc, hit.last, after)
            # (a nominative there is the next verb's subject: «После боёв противник выбит»)
            and not nominative_only(doc.tokens[after].form, doc.lang)
        ):
            slots.add(after)
            # and the owner after the weapon it names: «удар FPV-дрона ВСУ»
            owner = weapon_ends.get(after, -1) + 1
            if (
                0 < owner < len(doc.tokens)
                and doc.tokens[owner].sentence == doc.tokens[after].sentence
            ):
                slots.add(owner)
        # «внаслідок ворожої атаки», «российская баллистическая ракета»: the adjectives before
        # an attack noun too (not before a defender's noun: «наша ПВО» acts against the attack)
        if rule.actor != "enemy":
            slots.update(_adjectives_before(doc, hit.first))
    return frozenset(slots)


def _object_of_a_verb(doc: Doc, adjective: int) -> bool:
    """Whether a verb stands right before the adjective (or the one before it)."""
    before = adjective - 1
    while before >= 0 and is_adjective(doc.tokens[before].form, doc.lang):
        before -= 1
    return before >= 0 and is_verb(doc.tokens[before].form, doc.lang)


def _adjectives_before(doc: Doc, first: int) -> list[int]:
    """The positions of up to two adjectives right before token `first`, in its sentence."""
    found = []
    before = first - 1
    while (
        before >= max(0, first - 2)
        and doc.tokens[before].sentence == doc.tokens[first].sentence
        and is_adjective(doc.tokens[before].form, doc.lang)
    ):
        found.append(before)
        before -= 1
    return found


# «обстрел со стороны ВСУ», «обстріл з боку рф», «под огневым контролем наших»: the side named
# after these acts
BY_SIDE_OF = frozenset(
    {
        ("со", "стороны"),
        ("с", "стороны"),
        ("з", "боку"),
        ("зі", "сторони"),
        ("огневым", "контролем"),
        ("вогневим", "контролем"),
    }
)


def by_side_of(doc: Doc, cue: Hit) -> bool:
    """Whether «со стороны» / «з боку» stands right before the side's name."""
    return cue.first >= 2 and (
        (doc.tokens[cue.first - 2].form, doc.tokens[cue.first - 1].form) in BY_SIDE_OF
    )


# Nouns of an attack: a side's adjective before one names the attacker («внаслідок російської
# агресії загинула людина», «после украинского обстрела»)
ATTACK_NOUNS = frozenset(
    {
        "агресія", "агрессия", "атака", "обстріл", "обстрел", "удар", "напад", "нападение",
        "вторжение", "вторгнення", "наступление", "наступ",
    }
)  # fmt: skip


def attack_of(doc: Doc, cue: Hit) -> bool:
    """Whether the side's name is an adjective of an attack noun right after it."""
    after = cue.last + 1
    return (
        after < len(doc.tokens)
        and is_adjective(doc.tokens[cue.last].form, doc.lang)
        and not ATTACK_NOUNS.isdisjoint(lemmas_of(doc.tokens[after].form, doc.lang))
    )


# The nouns of a side's outlets after its adjective: the side named as a source, not in action
_OUTLETS = ("паблик", "сми", "змі", "телеграм-канал", "медиа", "медіа", "мониторинг", "моніторинг")


def names_an_outlet(doc: Doc, cue: Hit) -> bool:
    """Whether a side's adjective qualifies an outlet: «из украинских пабликов», «украинские
    СМИ», «українські телеграм-канали»."""
    after = cue.last + 1
    return after < len(doc.tokens) and doc.tokens[after].form.startswith(_OUTLETS)
