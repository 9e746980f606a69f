"""Sides that are the subject of a clause other than the trigger's, and so not its actor:
«Накатили на X, укры бегут», «Ударили по X, наши под Y продвинулись», «Россия атаковала центр
Харькова, есть раненые»."""

from __future__ import annotations

from monitor.claims.morphology import (
    clause_between,
    is_gerund,
    is_instrumental,
    is_verb,
    passive_trigger,
    subject_form,
    temporal_nominal,
    verb_follows,
)
from monitor.claims.rules import Hit
from monitor.config import ClaimRule
from monitor.text.lemmas import Doc

GROUND_TYPES = frozenset({"capture", "advance", "withdrawal", "encirclement"})


def _enemy_of_next_clause(doc: Doc, hit: Hit, cue: Hit) -> bool:
    """«Накатили на X, укры бегут», «X взят в кольцо, укры в мешке»: the enemy named after a
    clause break, right before a verb of its own or opening a verbless clause in the
    nominative, is that clause's subject; the trigger's is the channel's own side, unsaid."""
    if cue.first <= hit.last or not clause_between(doc, hit.last, cue.first):
        return False
    after = cue.last + 1
    if (
        clause_between(doc, cue.first - 1, cue.first)
        and subject_form(doc, cue)
        and not _verb_in_clause(doc, after)
    ):
        return True  # a state of its own: «X взят в кольцо, укры в мешке»
    # (past an adverb for a trigger that has no subject of its own: a passive, a noun after a
    # comma: «Бои в районе X, противник медленно откатывается»; not «Захватили X — ВСУ активно
    # продвигаются», nor a dash that tells the noun's act: «Прорыв у X — противник быстро занял»)
    between = doc.text[doc.tokens[hit.last].end : doc.tokens[cue.first].start]
    noun = not is_verb(doc.tokens[hit.first].form, doc.lang) and not _DASHES.intersection(between)
    # (but the enemy's own attack tells the noun's: «Попытка прорыва, противник атаковал»)
    noun = noun and not _attacks(doc, after)
    return verb_follows(doc, after, passive_trigger(doc, hit) or noun)


_DASHES = frozenset("—–-")
# The verbs of attacking (their stems), which tell the noun trigger's own act after a comma
_ATTACKS = ("атак", "наступ", "штурм", "брос", "прорв", "прорыв", "контратак", "лез", "пыта",
    "намага", "кину", "кида", "перешл", "перейш", "зашл", "зайш")  # fmt: skip


def _attacks(doc: Doc, start: int) -> bool:
    """Whether a verb of attacking stands at token `start` or right after it (an adverb)."""
    tokens = doc.tokens
    return any(t.form.startswith(_ATTACKS) for t in tokens[start : start + 2])


def _subject_of_next_clause(doc: Doc, hit: Hit, cue: Hit, place_starts: frozenset[int]) -> bool:
    """Either side opening a clause after the trigger's, with a verb and a place of its own
    further on: «Ударили по X, наши войска под Y продвинулись» tells another event (not «Идут
    бои в X, наши штурмуют город», which goes on telling the same)."""
    if cue.first <= hit.last or not clause_between(doc, cue.first - 1, cue.first):
        return False
    clause = range(cue.last + 1, _clause_end(doc, cue.last + 1))
    return _verb_in_clause(doc, cue.last + 1) and any(i in place_starts for i in clause)


def _clause_end(doc: Doc, start: int) -> int:
    """The index past the last token of the clause token `start` stands in."""
    index = start
    while (
        index < len(doc.tokens)
        and doc.tokens[index].sentence == doc.tokens[start - 1].sentence
        and not (index > start and clause_between(doc, index - 1, index))
    ):
        index += 1
    return index


def _verb_in_clause(doc: Doc, start: int) -> bool:
    """Whether a verb stands from token `start` to the end of its clause: «…, укры опять
    стреляют по городу» goes on telling the act (not «…, укры в мешке»)."""
    for index in range(start, len(doc.tokens)):
        if doc.tokens[index].sentence != doc.tokens[start - 1].sentence or (
            index > start and clause_between(doc, index - 1, index)
        ):
            return False
        if is_verb(doc.tokens[index].form, doc.lang):
            return True
    return False


def another_clauses_subject(
    doc: Doc, hit: Hit, cue: Hit, rule: ClaimRule, enemy: bool, place_starts: frozenset[int]
) -> bool:
    """A side that is the subject of a clause of its own: the enemy after the trigger («Накатили
    на X, укры бегут»), the attacker before victims told of the strike just told, or any side
    beside a state said of a place («Укры бегут, Мирноград пал»), either side opening a later
    clause with a place of its own («Ударили по X, наши под Y продвинулись»)."""
    if cue.first > hit.last and is_gerund(doc.tokens[hit.first].form, doc.lang):
        return False  # «Захопивши Очеретине, ворог …»: the next clause's subject is the gerund's
    if (
        rule.type in GROUND_TYPES
        and cue.first > hit.last + 1
        and temporal_nominal(doc, hit)
        and not is_instrumental(doc.tokens[cue.first].form, doc.lang)
    ):
        # «После освобождения Угледара ВСУ отошли»: the main clause's subject may be the loser;
        # an agent in the instrumental («… российскими войсками») still names the actor. (A
        # strike's victims may tell its side: «Після удару дрона по бліндажу окупанти здалися».)
        return True
    if (enemy and _enemy_of_next_clause(doc, hit, cue)) or _subject_of_next_clause(
        doc, hit, cue, place_starts
    ):
        return True
    if rule.cue_role == "patient" and rule.points_back:
        return _subject_of_clause_before(doc, hit, cue)
    if rule.place_side != "before":
        return False
    left, right = (cue.last, hit.first) if cue.last < hit.first else (hit.last, cue.first)
    return clause_between(doc, left, right)


def _subject_of_clause_before(doc: Doc, hit: Hit, cue: Hit) -> bool:
    """A side named before a clause break, right before a verb of its own (an adverb may stand
    between): that clause's subject, not the side of the victims told after it («Россия
    атаковала центр Харькова, есть раненые»)."""
    if cue.last >= hit.first or not clause_between(doc, cue.last, hit.first):
        return False
    return any(
        is_verb(doc.tokens[i].form, doc.lang)
        for i in range(cue.last + 1, min(cue.last + 3, hit.first))
        if doc.tokens[i].sentence == doc.tokens[cue.last].sentence
        and not clause_between(doc, cue.last, i)
    )
