"""Forecasts: a trigger in the future tense, an infinitive the analytic future or a verb in
the future governs («будут брать X», «будут обходить город и перерезать трассу», «спробує
взяти в кліщі X»), or a noun such a verb places («окажутся в окружении»), is no news."""

from __future__ import annotations

from functools import lru_cache

from monitor.claims.morphology import PREPOSITIONS, clause_between, is_noun, morph_analyzer
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
    noun = is_noun(first, doc.lang) or first in PREPOSITIONS
    # a noun a verb in the future places: «окажутся там в полном окружении»
    if noun and any(
        tokens[i].sentence == tokens[hit.first].sentence
        and _only_future(tokens[i].form, doc.lang)
        and not clause_between(doc, i, hit.first)
        for i in range(max(0, hit.first - NOUN_REACH), hit.first)
    ):
        return True
    reach = 3 if noun else 1
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
    if _future_governs(doc, verb) or _future_governs(doc, _joined_infinitive(doc, verb)):
        return True
    return any(
        tokens[i].form in FUTURE_AUXILIARY
        and tokens[i].sentence == tokens[verb].sentence
        and not clause_between(doc, i, verb)
        for i in range(max(0, verb - FUTURE_REACH), verb)
    )


def _future_governs(doc: Doc, verb: int | None) -> bool:
    tokens = doc.tokens
    return (
        verb is not None
        and verb > 0
        and _same_sentence(doc, verb - 1, verb)
        and _future(tokens[verb - 1].form, doc.lang)
    )


def _joined_infinitive(doc: Doc, verb: int) -> int | None:
    """The infinitive an infinitive is joined to by «и/та/і» («спробує вийти до X та
    перерізати логістику»: «перерізати» shares the governor of «вийти»), or None."""
    tokens = doc.tokens
    if verb < 2 or tokens[verb - 1].form not in JOINING or not _same_sentence(doc, verb - 1, verb):
        return None
    return next(
        (
            i
            for i in range(verb - 2, max(-1, verb - 2 - JOINED_REACH), -1)
            if _same_sentence(doc, i, verb) and _infinitive(tokens[i].form, doc.lang)
        ),
        None,
    )


def _same_sentence(doc: Doc, a: int, b: int) -> bool:
    return doc.tokens[a].sentence == doc.tokens[b].sentence


JOINING = frozenset(["и", "та", "і", "й"])
# How far before the «и/та» of two joined infinitives the first may stand
JOINED_REACH = 5
# How far before an infinitive trigger «будут» may stand in its clause
FUTURE_REACH = 8
# How far before a noun trigger a verb in the future may stand
NOUN_REACH = 4


@lru_cache(maxsize=50_000)
def _infinitive(form: str, lang: str) -> bool:
    if not form.isalpha():
        return False
    parse = morph_analyzer(lang).parse(form)[0]
    tag = str(parse.tag)
    # the Ukrainian tagset: «VERB,perf infn»; a few of its verbs read in both aspects carry no
    # tag beyond the aspect («перерізати», «відрізати»: «VERB,impf») but are their own lemma
    return (
        tag.startswith("INFN")
        or " infn" in tag
        or (tag in _BARE_VERB and parse.normal_form == form and form.endswith(("ти", "тися")))
    )


_BARE_VERB = frozenset(["VERB,impf", "VERB,perf"])


@lru_cache(maxsize=50_000)
def _future(form: str, lang: str) -> bool:
    if not form.isalpha():
        return False
    # every verb reading a future or an exhortation («возьмём!»): «уходят» is also read as a
    # perfective future («уходить» someone)
    # (not a number read as an imperative too: «відбили три штурми», «три» of «терти»)
    tags = [str(p.tag) for p in morph_analyzer(lang).parse(form)[:4]]
    verbs = [tag for tag in tags if tag.startswith("VERB")]
    return (
        tags[0].startswith("VERB")
        and all("futr" in tag or "impr" in tag for tag in verbs)
        and not any(tag.startswith("NUMR") for tag in tags)
    )


@lru_cache(maxsize=50_000)
def _only_future(form: str, lang: str) -> bool:
    """A word that can only be an intransitive verb in the third person future («окажутся»,
    «попадёт»; not «три», «гори», which are imperatives as well as a number and a noun, nor
    the author's «покажу», «расскажу» of what happened)."""
    if not form.isalpha():
        return False
    tags = [str(p.tag) for p in morph_analyzer(lang).parse(form)[:4]]
    return all(
        tag.startswith("VERB") and "futr" in tag and "3per" in tag and "tran" not in tag
        for tag in tags
    )
