"""Spellings of a place's names that posts use beside the gazetteer's: a Russian name without
the soft sign a Ukrainian apostrophe gave it (Пятихатки), a Ukrainian name typed without its
apostrophe (Купянськ), a Ukrainian hard «е» written «э» in Russian (Новоэкономичное), a
Russian town spelt with Ukrainian letters (Шебекіно)."""

from __future__ import annotations

import re

from monitor.places.gazetteer import Gazetteer

# A Ukrainian apostrophe after a labial, carried into a Russian name as «ь» (П'ятихатки →
# Пьятихатки), is written without it in Russian texts: Пятихатки, Вязовое.
_LABIAL_SOFT_SIGN = re.compile(r"(?<=[бвмпф])ь(?=[яюеё])", re.IGNORECASE)


def apostrophe_spellings(names_ru: list[str], name_uk: str | None) -> list[str]:
    if not name_uk or not re.search("[бвмпф]['’ʼ][яюєї]", name_uk, re.IGNORECASE):
        return []
    return [_LABIAL_SOFT_SIGN.sub("", n) for n in names_ru if _LABIAL_SOFT_SIGN.search(n)]


# A Ukrainian «е» after a vowel and before a consonant is said hard, which Russian writes «э»
# (Новоекономічне: Новоэкономичное); «є» is Russian «е» (Новоєгорівка: Новоегоровка).
_UK_HARD_E = re.compile(r"[аеиіоуяюї]е[бвгґджзклмнпрстфхцчшщ]", re.IGNORECASE)
_RU_E_AFTER_VOWEL = re.compile(r"(?<=[аоуыи])е(?=[бвгджзклмнпрстфхцчшщ])")


def hard_e_spellings(names_ru: list[str], name_uk: str | None) -> list[str]:
    if not name_uk or not _UK_HARD_E.search(name_uk):
        return []
    return [_RU_E_AFTER_VOWEL.sub("э", n) for n in names_ru if _RU_E_AFTER_VOWEL.search(n)]


# Ukrainian posts write a Russian «и» after a consonant as «і» and may keep the Russian ending
# «-о»: Шебекино is «Шебекіно», «біля Шебекіного» as well as the gazetteer's «Шебекине».
_RU_TO_UK_LETTERS = str.maketrans({"и": "і", "ы": "и", "э": "е", "ъ": "'"})
_RU_I_AFTER_CONSONANT = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])и", re.IGNORECASE)


def russian_spelt_ukrainian(
    name_ru: str | None, names_uk: list[str], taken: frozenset[str]
) -> list[str]:
    if not name_ru or "ё" in name_ru.lower() or not _RU_I_AFTER_CONSONANT.search(name_ru):
        return []
    spelt = _RU_I_AFTER_CONSONANT.sub(lambda m: "І" if m.group().isupper() else "і", name_ru)
    spelt = spelt.translate(_RU_TO_UK_LETTERS)
    out = [spelt]
    if spelt.endswith("о") and any(n.endswith(("не", "ве")) for n in names_uk):
        out.append(spelt[:-1] + "е")  # declined as the adjective: «біля Шебекіного»
    return [n for n in out if n not in names_uk and n.casefold() not in taken]


def unapostrophed(names: list[str]) -> list[str]:
    """A Ukrainian name written without its apostrophe (Купянськ for Куп'янськ), as posts
    typed on a keyboard without one often have it."""
    return [re.sub("['’ʼ]", "", n) for n in names if re.search(r"\w['’ʼ]\w", n)]


def taken_names(gaz: Gazetteer) -> frozenset[str]:
    """Every place's main Russian and Ukrainian names, casefolded: a spelling made up for one
    place must not be another's (Бородіно, Чаплі, Лівадія are Ukrainian places)."""
    return frozenset(n.casefold() for p in gaz.places.values() for n in (p.name_ru, p.name_uk) if n)
