"""What stands fronted before a verb: a place that is its object («Бахмут взяли наши бойцы»), a
noun trigger opening its clause («Удар по Белгороду ВСУ нанесли ночью»), and the verbs that
carry out what such a noun names."""

from __future__ import annotations

from monitor.claims.morphology import clause_between, is_adjective, verb_follows
from monitor.claims.rules import Hit
from monitor.text.lemmas import Doc, lemmas_of


def place_before(doc: Doc, hit: Hit, place_starts: frozenset[int]) -> bool:
    """Whether a place's name (capitalised words) stands right before the trigger and opens
    its clause: «Бахмут взяли …», «Малую Локню зачистили …»."""
    start = hit.first - 1
    while start >= 0 and start not in place_starts and start > hit.first - 3:
        start -= 1
    return (
        start in place_starts
        and all(doc.text[doc.tokens[i].start].isupper() for i in range(start, hit.first))
        and opens_clause(doc, start)
    )


# Verbs that carry out what a noun names («удар нанесли», «обстрел продолжили»), not those
# that judge it («удар расценили как теракт»)
CARRY_OUT = frozenset(
    [
        "нанести", "наносить", "продолжить", "продолжать", "провести", "проводить", "совершить",
        "совершать", "вести", "возобновить", "возобновлять", "устроить", "начать", "начинать",
        "осуществить", "осуществлять", "завдати", "завдавати", "продовжити", "продовжувати",
        "здійснити", "здійснювати", "відновити", "відновлювати", "розпочати", "почати",
        "починати",
    ]
)  # fmt: skip


def carries_out(doc: Doc, index: int) -> bool:
    """Whether a verb that carries out an act stands at token `index`, or one word later
    («ВСУ вчера нанесли»)."""
    if index < len(doc.tokens) and not verb_follows(doc, index, past_adverb=False):
        index += 1
    return verb_follows(doc, index, past_adverb=False) and not CARRY_OUT.isdisjoint(
        lemmas_of(doc.tokens[index].form, doc.lang)
    )


def opens_clause(doc: Doc, index: int) -> bool:
    """Whether the word at `index` opens its clause, its adjectives before it: «Массированный
    удар по X …» (not «Після удару дрона …», «Ночью после удара …»)."""
    before = index - 1
    while before >= 0 and is_adjective(doc.tokens[before].form, doc.lang):
        before -= 1
    return (
        before < 0
        or doc.tokens[before].sentence != doc.tokens[index].sentence
        or clause_between(doc, before, before + 1)
    )
