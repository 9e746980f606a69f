"""Unit names between a trigger and its place: «живой силе 14-й и 44-й механизированных бригад
ВСУ в районах X», «склад 47-ї окремої механізованої бригади ЗСУ поблизу X». A unit name says
whose the target is, not where it is, so its words do not count in a trigger's reach."""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.text.lemmas import Doc, morph_analyzer

UNIT_NOUNS = frozenset(
    {
        "бригада",
        "батальон",
        "батальйон",
        "полк",
        "дивизия",
        "дивізія",
        "корпус",
        "отряд",
        "загін",
        "группировка",
        "угруповання",
    }
)
# «72-я ОМБр», «3-ї ОШБр», «95-й ОДШБр»
UNIT_ABBREVIATIONS = ("омбр", "ошбр", "одшбр", "оабр", "обр", "ошб", "омпбр", "тро")
ORDINAL = re.compile(r"^\d+(-?[а-яёіїє]{1,3})?$")
JOINERS = frozenset({"и", "і", "й", "та"})
# the side a unit belongs to, right after its noun («бригад ВСУ»)
SIDE_WORDS = frozenset({"всу", "зсу", "вс", "рф", "россии", "украины", "україни", "росії"})
# words of a unit's own name after its noun («бригады морской пехоты», «полку спецназначения»)
NAME_AFTER = 2


def unit_words(doc: Doc, left: int, right: int) -> set[int]:
    """The tokens strictly between `left` and `right` that belong to a unit's name: its noun,
    the ordinals, joiners and adjectives before it, the side and genitive words after it."""
    tokens = doc.tokens
    found: set[int] = set()
    for index in range(left + 1, right):
        if index in found or not _unit_noun(tokens[index].form, tokens[index].lemmas):
            continue
        found.add(index)
        before = index - 1
        while before > left and _before_word(tokens[before].form, doc.lang):
            found.add(before)
            before -= 1
        if tokens[before + 1].form in JOINERS:  # «технике и бригад»: the joiner is the list's
            found.discard(before + 1)
        after = index + 1
        while after < right and after - index <= NAME_AFTER:
            form = tokens[after].form
            if form in SIDE_WORDS or _genitive_word(form, doc.lang):
                found.add(after)
                after += 1
            else:
                break
    return found


def _unit_noun(form: str, lemmas: tuple[str, ...]) -> bool:
    return not UNIT_NOUNS.isdisjoint(lemmas) or form.startswith(UNIT_ABBREVIATIONS)


def _before_word(form: str, lang: str) -> bool:
    return bool(ORDINAL.match(form)) or form in JOINERS or _adjective(form, lang)


@lru_cache(maxsize=20_000)
def _adjective(form: str, lang: str) -> bool:
    if not form.replace("-", "").isalpha():
        return False
    tag = str(morph_analyzer(lang).parse(form)[0].tag)
    return tag.startswith(("ADJ", "PRTF"))


@lru_cache(maxsize=20_000)
def _genitive_word(form: str, lang: str) -> bool:
    if not form.isalpha():
        return False
    tag = str(morph_analyzer(lang).parse(form)[0].tag)
    return "gent" in tag and tag.startswith(("NOUN", "ADJ"))
