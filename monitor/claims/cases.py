"""The grammatical cases a side's role turns on: an instrumental names who did it («переправы
простреливаются нашей артиллерией»), and the genitive after an action noun is its agent only
where that noun is no dative or locative object ending a phrase («поражение технике ВСУ»)."""

from __future__ import annotations

from functools import lru_cache

from monitor.claims.morphology import direct_case
from monitor.claims.rules import Hit
from monitor.text.lemmas import Doc, morph_analyzer


def by_instrument(doc: Doc, cue: Hit) -> bool:
    """A side in the instrumental, or before a noun only that («нашей артиллерией»): stricter
    than `roles._instrumental`, whose any-reading test takes «нашей группировки» for an agent."""
    tokens, sentence = doc.tokens, doc.tokens[cue.first].sentence
    return any(
        i < len(tokens)
        and tokens[i].sentence == sentence
        and _only_instrumental(tokens[i].form, doc.lang)
        for i in (cue.last, cue.last + 1)
    )


@lru_cache(maxsize=20_000)
def _only_instrumental(form: str, lang: str) -> bool:
    parses = morph_analyzer(lang).parse(form)[:2]
    return bool(parses) and all("ablt" in str(p.tag) for p in parses)


@lru_cache(maxsize=20_000)
def owning_case(form: str, lang: str) -> bool:
    """Whether a noun's next genitive may be its agent («удар ВСУ», «удара ВСУ»; not after the
    dative object of «поражение технике ВСУ»)."""
    return direct_case(form, lang) or any(
        "gent" in str(p.tag) for p in morph_analyzer(lang).parse(form)[:3]
    )


@lru_cache(maxsize=20_000)
def nominative_only(form: str, lang: str) -> bool:
    """«противник», «ворог»: every reading a nominative (or a vocative), none a genitive."""
    if not form.isalpha():
        return False
    tags = [str(p.tag) for p in morph_analyzer(lang).parse(form)[:4]]
    return bool(tags) and all("nomn" in tag or "voct" in tag for tag in tags)


# «севернее», «південніше»: the comparatives of `partial_near`, which lemmatise as their
# adjectives («западный») and are no list glue: «освобождено село X западнее Y»
COMPARATIVE_ENDINGS = ("нее", "ніше")


@lru_cache(maxsize=20_000)
def no_genitive(form: str, lang: str) -> bool:
    """Whether a word cannot be a genitive: after a comparative («западнее»), a word that is
    no genitive is no ground it governs («освободили расположенное западнее село X»: the village
    itself, not ground west of one)."""
    parses = morph_analyzer(lang).parse(form)
    return bool(parses) and all(p.is_known and "gent" not in str(p.tag) for p in parses)


# The conjunctions that join a noun to the one before: «живой силы и техники противника»
_AND = frozenset({"и", "та", "і", "й"})


def genitive_after(doc: Doc, last: int, first: int) -> bool:
    """Whether token `first` stands right after token `last`, or after a conjunction and a noun
    only: a genitive there belongs to the noun at `last` too («накопичення живої сили та техніки
    противника»)."""
    if first == last + 1:
        return True
    if first - last != 3 or doc.tokens[last + 1].form not in _AND:
        return False
    form = doc.tokens[last + 2].form
    return any(p.tag.POS == "NOUN" for p in morph_analyzer(doc.lang).parse(form)[:3])
