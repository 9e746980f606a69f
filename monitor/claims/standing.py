"""Trigger words that, where they stand, say something else: an objectless «отбили» after an
attack is the attack repelled («пытались контратаковать у Ступочек — отбили»), not a place won
back; a sentence-final «всё» after a verb is its object («бегут, бросая всё»), not «it's over»."""

from __future__ import annotations

from monitor.claims.morphology import clause_between, is_gerund, is_verb
from monitor.claims.rules import Hit
from monitor.claims.sentence_end import ends_sentence
from monitor.text.lemmas import Doc

REPEL = frozenset({"отбить", "отбивать", "відбити", "відбивати"})
# what a side repels: an attack told by a verb or a noun
ATTACKS = frozenset(
    {
        "атаковать", "контратаковать", "атака", "контратака", "штурмовать", "штурм",
        "наступать", "полезть", "лезть", "накатывать", "атакувати", "контратакувати",
        "штурмувати", "наступати", "полізти", "лізти",
    }
)  # fmt: skip


def repelled(doc: Doc, hit: Hit) -> bool:
    """«отбили» that ends its clause after an attack told in a clause or sentence of its own
    just before: the attack was repelled («Хохлы полезли на Крынки. Отбили.»), not a place
    won back by those who attacked («штурмовали Работино и отбили»)."""
    tokens = doc.tokens
    if REPEL.isdisjoint(tokens[hit.first].lemmas) or not ends_sentence(doc, hit, clause=True):
        return False
    sentence = tokens[hit.first].sentence
    for index in range(hit.first - 1, -1, -1):  # back to the start of the sentence before
        if tokens[index].sentence < sentence - 1:
            return False
        if not ATTACKS.isdisjoint(tokens[index].lemmas) and (
            tokens[index].sentence < sentence or clause_between(doc, index, hit.first)
        ):
            return True
    return False


def object_of_verb(doc: Doc, hit: Hit) -> bool:
    """The trigger right after a verb or a gerund, as its object: «бросая всё», «отдали всё»."""
    if hit.first == 0:
        return False
    before = doc.tokens[hit.first - 1]
    if before.sentence != doc.tokens[hit.first].sentence:
        return False
    return is_verb(before.form, doc.lang) or is_gerund(before.form, doc.lang)
