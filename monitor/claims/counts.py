"""A side named between a count and its noun: «Три украинских дрона атаковали X», «Несколько
украинских БПЛА» — the attribute of a counted subject, not a fronted object. Not where the
counted noun is people («Пять украинских военных взяли в плен»: a count of soldiers reads as
subject or object alike, and they are more often the captives)."""

from __future__ import annotations

from functools import lru_cache

from monitor.claims.rules import Hit
from monitor.text.lemmas import Doc, morph_analyzer

# counting words whose nominative reads like an adverb or an accusative («несколько», «кілька»)
COUNTING_WORDS = frozenset(
    {"несколько", "много", "немало", "множество", "десятки", "сотни", "тысячи"}
    | {"кілька", "декілька", "багато", "чимало", "сотні", "тисячі"}
)


def counted_subject(doc: Doc, cue: Hit) -> bool:
    """Whether the side `cue` stands between a count that may be a nominative and a noun of
    things (drones, missiles), in one sentence."""
    tokens = doc.tokens
    if cue.first == 0 or cue.last + 1 >= len(tokens):
        return False
    before, after = tokens[cue.first - 1], tokens[cue.last + 1]
    if before.sentence != after.sentence:
        return False
    # a side named by a noun is the count's own noun where a mark follows it («знищили 38
    # окупантів, ще 21 поранили»); an adjective still waits for its noun past an aside («Три
    # украинских, по данным МО, дрона»)
    if doc.text[tokens[cue.last].end : after.start].strip() and _noun(
        tokens[cue.last].form, doc.lang
    ):
        return False
    return _counts_a_subject(before.form, doc.lang) and not _people(after.form, doc.lang)


@lru_cache(maxsize=10_000)
def _counts_a_subject(form: str, lang: str) -> bool:
    """A number or a counting word that may be a nominative: «Три», «10», «Несколько» (not
    «трёх», «нескольких»)."""
    if form.isdigit() or form.casefold() in COUNTING_WORDS:
        return True
    return any(
        p.tag.POS == "NUMR" and "nomn" in p.tag.grammemes
        for p in morph_analyzer(lang).parse(form)[:4]
    )


@lru_cache(maxsize=10_000)
def _noun(form: str, lang: str) -> bool:
    # (not `morphology.is_noun`: morphology imports this module)
    parses = morph_analyzer(lang).parse(form)
    return bool(parses) and parses[0].tag.POS == "NOUN"


@lru_cache(maxsize=10_000)
def _people(form: str, lang: str) -> bool:
    """Whether the likeliest reading of a word is an animate noun or an adjective used as one
    («военных», «військових», «боевиков»)."""
    parses = morph_analyzer(lang).parse(form)
    if not parses:
        return False
    tag = parses[0].tag
    return tag.POS == "ADJF" or (tag.POS == "NOUN" and "anim" in tag.grammemes)
