"""Forecasts: a trigger in the future tense, or an infinitive the analytic future or a verb in
the future governs («будут брать X», «будут обходить город и перерезать трассу», «спробує
взяти в кліщі X»), is no news."""

from __future__ import annotations

from functools import lru_cache

from monitor.claims.morphology import (
    PREPOSITIONS,
    clause_between,
    is_noun,
    is_verb,
    morph_analyzer,
)
from monitor.claims.rules import Hit
from monitor.text.lemmas import Doc

# The analytic future's auxiliary: «будут брать», «буде наступати»
FUTURE_AUXILIARY = frozenset(
    ["буду", "будет", "будем", "будут", "будеш", "буде", "будемо", "будуть"]
)


def future_tense(doc: Doc, hit: Hit) -> bool:
    """Whether the trigger is a verb in the future tense («выйдем к X», «возьмут X», «будут
    брать X»): a forecast, not news."""
    tokens = doc.tokens
    if any(_future(tokens[i].form, doc.lang) for i in range(hit.first, hit.last + 1)):
        return True
    if any(
        tokens[i].sentence == tokens[hit.first].sentence and tokens[i].form in FUTURE_AUXILIARY
        for i in range(max(0, hit.first - 2), hit.first)
    ):
        return True
    # an infinitive further on in the auxiliary's clause, the trigger or the verb right before
    # a noun trigger: «будут обходить город и перерезать трассу», «… и перерезать дорогу
    # снабжения X» (not a participle's state: «не будет возвращать захваченные территории»)
    # (and the verb before a trigger that opens with a preposition: «взяти | в кліщі»)
    first = tokens[hit.first].form
    if is_noun(first, doc.lang) and _future_predicate(doc, hit):
        return True
    reach = 3 if is_noun(first, doc.lang) or first in PREPOSITIONS else 1
    verb = next(
        (
            i
            for i in range(hit.first, max(-1, hit.first - reach), -1)
            if tokens[i].sentence == tokens[hit.first].sentence
            and _infinitive(tokens[i].form, doc.lang)
        ),
        None,
    )
    if verb is None:
        return False
    # an infinitive a verb in the future governs: «спробує взяти в кліщі», «попытаются
    # окружить»
    if (
        verb > 0
        and tokens[verb - 1].sentence == tokens[verb].sentence
        and _future(tokens[verb - 1].form, doc.lang)
    ):
        return True
    return any(
        tokens[i].form in FUTURE_AUXILIARY
        and tokens[i].sentence == tokens[verb].sentence
        and not clause_between(doc, i, verb)
        for i in range(max(0, verb - FUTURE_REACH), verb)
    )


# How far before an infinitive trigger «будут» may stand in its clause
FUTURE_REACH = 8
# How far a noun trigger's verb may stand after it (its subject: «Удар по X приведёт к …») or
# before it (its object: «… приведёт к гибели»)
PREDICATE_AFTER = 5
PREDICATE_BEFORE = 2


def _future_predicate(doc: Doc, hit: Hit) -> bool:
    """Whether the first verb after a noun trigger in its clause, or a verb right before it, is
    in the future: «Удар по Москве приведёт к гибели …» is a forecast."""
    tokens, sentence = doc.tokens, doc.tokens[hit.first].sentence
    after = range(hit.last + 1, min(len(tokens), hit.last + 1 + PREDICATE_AFTER))
    before = range(max(0, hit.first - PREDICATE_BEFORE), hit.first)
    for index in (*after, *reversed(before)):
        if tokens[index].sentence != sentence or clause_between(
            doc, min(index, hit.last), max(index, hit.first)
        ):
            continue
        form = tokens[index].form
        if is_verb(form, doc.lang) and not _infinitive(form, doc.lang):
            return _plain_future(form, doc.lang)
    return False


@lru_cache(maxsize=50_000)
def _infinitive(form: str, lang: str) -> bool:
    if not form.isalpha():
        return False
    tag = str(morph_analyzer(lang).parse(form)[0].tag)
    return tag.startswith("INFN") or " infn" in tag  # the Ukrainian tagset: «VERB,perf infn»


def _plain_future(form: str, lang: str) -> bool:
    """Whether the verb reads in the future only («приведёт», «обернётся»), and a reflexive
    one's verb too (not the passive «наносятся», which the dictionary reads as the future of a
    perfective «наноситься» only, while «наносят» is also present)."""
    tenses = {g for p in morph_analyzer(lang).parse(form) for g in p.tag.grammemes}
    if "futr" not in tenses or "pres" in tenses:
        return False
    base = form[:-2] if form.endswith(("ся", "сь")) else ""
    return not (base and is_verb(base, lang)) or _plain_future(base, lang)


@lru_cache(maxsize=50_000)
def _future(form: str, lang: str) -> bool:
    if not form.isalpha():
        return False
    # every verb reading a future or an exhortation («возьмём!»): «уходят» is also read as a
    # perfective future («уходить» someone)
    tags = [str(p.tag) for p in morph_analyzer(lang).parse(form)[:4]]
    verbs = [tag for tag in tags if tag.startswith("VERB")]
    return tags[0].startswith("VERB") and all("futr" in tag or "impr" in tag for tag in verbs)
