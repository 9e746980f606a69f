"""Surface forms of place names: Russian and Ukrainian cases, adjectives, Latin spellings.

`name_forms(name, lang)` declines a one- or multi-word name in every case (adjectives agree with
their noun: «Малая Локня» → «Малой Локни», «Мала Локня» → «Малої Локні»), keeping the
undeclined colloquial form («в Коренево»). Known words are inflected by pymorphy3 (ru and uk
dictionaries), unknown ones by the rules in `declension`; comparatives and superlatives are
never produced because only case/number forms are requested. `adjective_forms` gives the bare
adjective of a region or district («курской», «Глушковского»), `latin_forms` the
transliterations. Everything returned is normalised (`normalize_key`).
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from monitor.places.declension import (
    CASES,
    Paradigm,
    decline_word,
    merge,
    ru_adjective,
    uk_adjective,
)
from monitor.places.translit import latin_variants
from monitor.text.lemmas import morph_analyzer
from monitor.text.normalize import normalize_key

_PROPER = {"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"}
_PERSON = {"Name", "Surn", "Patr"}
_UK_LETTERS = re.compile("[іїєґ]")
_MAX_COMBOS = 64


def guess_lang(name: str) -> str:
    return "uk" if _UK_LETTERS.search(name.casefold()) else "ru"


def _pymorphy_paradigm(word: str, lang: str, *, allow_plural: bool) -> Paradigm:
    """Case forms of `word` from the dictionary, when it knows `word` as a lemma, or as the
    plural of one (Кринки, of «кринка»: «біля Кринок», with the dictionary's fleeting vowel)."""
    if "-" in word or not word.isalpha():
        return {}
    morph = morph_analyzer(lang)
    parses = [
        p
        for p in morph.parse(word)
        if p.is_known
        and p.tag.POS in ("NOUN", "ADJF")
        and "nomn" in p.tag.grammemes
        and (_is_lemma(p, word) or (p.tag.POS == "NOUN" and "plur" in p.tag.grammemes))
    ]
    if not parses:
        return {}
    parses.sort(key=lambda p: ("Geox" not in p.tag.grammemes, not _is_lemma(p, word)))
    parse = parses[0]
    out: Paradigm = {}
    numbers = ["plur"] if "plur" in parse.tag.grammemes else ["sing"]
    if allow_plural and "Sgtm" not in parse.tag.grammemes and "plur" not in numbers:
        numbers.append("plur")
    gender = {str(parse.tag.gender)} if parse.tag.gender and parse.tag.POS == "ADJF" else set()
    for number in numbers:
        for case in CASES:
            wanted = {case} | ({number} if lang == "ru" or number == "plur" else set())
            if number == "sing":
                wanted |= gender
            try:
                inflected = parse.inflect(wanted)
            except ValueError:
                inflected = None
            if inflected is not None and not ({"COMP", "Supr", "Cmp2"} & inflected.tag.grammemes):
                out.setdefault((case, number), set()).add(inflected.word)
    return out


# A town named with its river: Ростов-на-Дону, Комсомольск-на-Амуре, Франкфурт-на-Майне
ON_A_RIVER = re.compile(r"^([^\W\d_]+)(-(?:на|над)-[^\W\d_]+)$")


def _is_lemma(parse: Any, word: str) -> bool:
    return bool(parse.normal_form.replace("ё", "е") == word.replace("ё", "е"))


@functools.lru_cache(maxsize=65536)
def word_paradigm(word: str, lang: str, head_follows: bool, allow_plural: bool) -> Paradigm:
    river = ON_A_RIVER.match(word)
    if river is not None:
        # a town on its river declines its first word only: в Ростове-на-Дону
        head = word_paradigm(river[1], lang, head_follows, allow_plural)
        return {key: {f"{form}{river[2]}" for form in forms} for key, forms in head.items()}
    if "-" in word and any(c.isalpha() for c in word.rsplit("-", 1)[1]):
        prefix, last = word.rsplit("-", 1)
        tail = word_paradigm(last, lang, head_follows, allow_plural)
        out = {key: {f"{prefix}-{form}" for form in forms} for key, forms in tail.items()}
        if not head_follows:
            out = merge(out, _noun_adjective_pair(prefix, last, lang))
        return out
    rules = decline_word(word, lang, head_follows=head_follows)
    if lang == "uk" and not head_follows and word.endswith(("ово", "ево", "єво")):
        # Ukrainian declines a Russian name in «-ово» as its own «-ове»: у районі Кореневого
        rules = merge(rules, uk_adjective(word[:-1] + "е", head_follows=False) or {})
    known = _pymorphy_paradigm(word, lang, allow_plural=allow_plural)
    if word.endswith("ки") and _indeclinable(known, word) and ("nomn", "plur") in rules:
        # the dictionary's «Лиски» does not decline, posts do: «в Лисках», «из Лисок»
        known = {}
    return merge(rules, known)


def _indeclinable(paradigm: Paradigm, word: str) -> bool:
    return bool(paradigm) and all(forms == {word} for forms in paradigm.values())


def _noun_adjective_pair(noun: str, adjective: str, lang: str) -> Paradigm:
    """A hyphenated name of a noun and the adjective agreeing with it, both declined: Купянск-
    Узловой → в Купянске-Узловом, Куп'янськ-Вузловий → біля Куп'янська-Вузлового,
    Новостроевка-Первая → у Новостроевки-Первой; so are two feminine nouns: Середина-Буда →
    біля Середини-Буди. Nothing for a first part in a linking vowel (Ивано-Франковск,
    Орехово-Зуево) or a second part that is neither (Гай-Мошенка)."""
    if "-" in noun or noun.endswith(("о", "е")) or not noun.replace("'", "").isalpha():
        return {}
    agreeing = postposed_adjective(adjective, lang)
    if agreeing is None and noun.endswith(("а", "я")) and adjective.endswith(("а", "я")):
        # two feminine nouns decline together: Середина-Буда → біля Середини-Буди
        agreeing = word_paradigm(adjective, lang, False, False)
    if agreeing is None:
        return {}
    heads = word_paradigm(noun, lang, False, False)
    return {
        key: {f"{head}-{form}" for head in heads[key] for form in forms}
        for key, forms in agreeing.items()
        if key in heads
    }


def postposed_adjective(word: str, lang: str) -> Paradigm | None:
    """The forms of `word` as an adjective that follows its noun in a name (Новоселівка Перша,
    Купянск-Узловой), or None if it is none: Russian by its ending, Ukrainian by the
    dictionary's likeliest reading (the feminine «-а» is also the ending of nouns: Мошенка)."""
    if lang == "ru":
        return ru_adjective(word)
    parses = morph_analyzer("uk").parse(word)
    if not parses or parses[0].tag.POS != "ADJF" or "nomn" not in parses[0].tag.grammemes:
        return None
    return uk_adjective(word, head_follows=True)


def name_forms(name: str, lang: str, *, plural_head: bool = False) -> set[str]:
    """Every case form of a Cyrillic `name`; `plural_head` also declines the last word in the
    plural with the others singular («Брянской и Курской областях»)."""
    return set(_name_forms(name, lang, plural_head))


@functools.lru_cache(maxsize=65536)
def _name_forms(name: str, lang: str, plural_head: bool) -> frozenset[str]:
    """`name_forms`, kept: hundreds of settlements share a name (Іванівка, Новоселівка)."""
    words = normalize_key(name).split(" ")
    if not words or not words[0]:
        return frozenset()
    if len(words) > 2 and words[-2] == "район":
        # a city's district named with its city, which stays in the genitive: «Петровский
        # район Донецка», «в Петровском районе Донецка»
        head = _name_forms(" ".join(words[:-1]), lang, plural_head)
        return frozenset(f"{form} {words[-1]}" for form in head)
    last = len(words) - 1
    # an abbreviation does not decline: на Кременчугском НПЗ, по Бурштынской ТЭС
    abbreviations = {normalize_key(w) for w in name.split() if len(w) > 1 and w.isupper()}
    paradigms = [
        {(case, "sing"): {word} for case in CASES}
        if word in abbreviations
        else word_paradigm(word, lang, index < last, plural_head and index == last and last > 0)
        for index, word in enumerate(words)
    ]
    if lang == "uk" and last and not plural_head and words[-1][-1] in "аяі":
        # an ordinal or adjective after its noun agrees with it: біля Новоселівки Першої
        agreeing = postposed_adjective(words[-1], lang) if words[-1].isalpha() else None
        if agreeing is not None:
            paradigms[-1] = agreeing
            paradigms[-2] = word_paradigm(words[-2], lang, False, False)
    head_numbers = {number for (_, number) in paradigms[-1]}
    number = "sing" if "sing" in head_numbers else "plur"
    if last and {n for paradigm in paradigms[:-1] for (_, n) in paradigm} == {"plur"}:
        # plural adjectives make their noun plural: Волчанские Хутора → в Волчанских Хуторах,
        # Великие Кутища → у Великих Кутищ
        number = "plur"
        if "plur" not in head_numbers:
            paradigms[-1] = merge(paradigms[-1], _plural_in_a(words[-1]))
    forms: set[str] = {" ".join(words)}
    for case in CASES:
        for head_number in {number} | ({"plur"} if plural_head else set()):
            columns = []
            for index, paradigm in enumerate(paradigms):
                wanted = head_number if index == last else number
                column = paradigm.get((case, wanted)) or paradigm.get((case, number))
                columns.append(sorted(column) if column else [words[index]])
            for combo in itertools.islice(itertools.product(*columns), _MAX_COMBOS):
                forms.add(" ".join(combo))
    return frozenset(forms)


def _plural_in_a(word: str) -> Paradigm:
    """The plural cases of a noun whose plural ends in «-а/-я» (Хутора, Кутища; Поля, Полей),
    which the singular rules read as a feminine singular."""
    if not word.endswith(("а", "я")):
        return {}
    stem, soft = word[:-1], word.endswith("я")
    a = "я" if soft else "а"
    rows = [
        (word,),
        (stem + "ей",) if soft else (stem + "ов", stem),
        (stem + a + "м",),
        (word,),
        (stem + a + "ми",),
        (stem + a + "х",),
    ]
    return {(case, "plur"): set(forms) for case, forms in zip(CASES, rows, strict=True)}


def all_genders(adjective: str, lang: str) -> list[str]:
    """Nominatives of an adjective in every gender and the plural: курская → курский, ..."""
    word = normalize_key(adjective)
    if lang == "uk":
        for end in ("ий", "а", "е", "і", "ій", "я", "є"):
            if word.endswith(end):
                stem = word[: -len(end)]
                soft = end in ("ій", "я", "є")
                endings = ("ій", "я", "є", "і") if soft else ("ий", "а", "е", "і")
                return [stem + e for e in endings]
        return [word]
    for end in ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"):
        if word.endswith(end):
            stem = word[:-2]
            soft = end in ("яя", "ее") or (end == "ий" and stem[-1] not in "гкхжшчщц")
            velar = stem[-1] in "гкхжшчщ"
            if soft:
                return [stem + e for e in ("ий", "яя", "ее", "ие")]
            masc = "ий" if velar else ("ой" if end == "ой" else "ый")
            return [stem + masc, stem + "ая", stem + "ое", stem + ("ие" if velar else "ые")]
    return [word]


def adjective_forms(adjective: str, lang: str, *, genders: bool) -> set[str]:
    """Case forms of a bare adjective; with `genders`, in every gender and the plural."""
    bases = all_genders(adjective, lang) if genders else [normalize_key(adjective)]
    out: set[str] = set()
    for base in bases:
        paradigm = uk_adjective(base, head_follows=True) if lang == "uk" else ru_adjective(base)
        if paradigm is None:
            continue
        for forms in paradigm.values():
            out |= forms
    return out


def latin_forms(name: str, lang: str) -> set[str]:
    return {normalize_key(v) for v in latin_variants(name, lang)}


def is_common_word(form: str, lang: str, lemma: str) -> bool:
    """Whether a one-word surface form is also an ordinary word (сумы, мирный, орел).

    Russian: the known parses that are not proper names carry at least a third of the
    dictionary's probability. Ukrainian (no probabilities, no Geox tag): a known parse that is
    not a proper name belongs to another lemma than the place name `lemma`, or is not a noun.
    """
    if " " in form or not form.isalpha():
        return False
    morph = morph_analyzer(lang)
    if not morph.word_is_known(form):
        return False  # no dictionary parse: the guesses by analogy would all be dropped below
    parses = [p for p in morph.parse(form) if p.is_known]
    if any(_PERSON & p.tag.grammemes for p in parses[:3]):
        return True
    common = [p for p in parses if not (_PROPER & p.tag.grammemes)]
    if not common:
        return False
    if lang == "ru":
        return sum(p.score for p in common) >= 0.3
    return any(p.tag.POS != "NOUN" or p.normal_form != lemma for p in common) and not all(
        p.normal_form == lemma for p in parses[:1]
    )


def is_dictionary_word(form: str, lang: str, lemmas: frozenset[str]) -> bool:
    """Whether a one-word form is an ordinary word of the dictionary in any reading (not only
    the likeliest): the test for names known only from a settlement list (Південне, Вербове),
    which need more than a capital letter to count. The Ukrainian dictionary lists toponyms as
    plain nouns (no Geox tag), so there a reading counts only if its lemma is none of the
    names of the places the form may mean (`lemmas`: Косиця, a village, for «Косиці»)."""
    if " " in form or not form.isalpha():
        return False
    morph = morph_analyzer(lang)
    if not morph.word_is_known(form):
        return False
    parses = [p for p in morph.parse(form) if p.is_known]
    if any(_PERSON & p.tag.grammemes for p in parses[:3]):
        return True  # a name or surname: «Погребняк»
    return any(
        not (_PROPER & p.tag.grammemes)
        and (lang == "ru" or p.normal_form.replace("ё", "е") not in lemmas)
        for p in parses
    )
