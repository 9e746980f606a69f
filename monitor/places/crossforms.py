"""Best-guess Russian forms of Ukrainian place names and Ukrainian forms of Russian ones.

Russian posts write Юнаківка as «Юнаковка», Миропілля as «Мирополье»; Ukrainian posts write
Плёхово as «Плехове». These rules cover the regular correspondences of toponyms (suffixes
-івка/-овка, -пілля/-полье, -ське/-ское, -не/-ное, -ове/-ово, first names in Микола-/Никола-,
і/и/ы/е, є/е, ї/и, the apostrophe and the soft sign). A wrong guess costs little: it simply
never matches.
"""

from __future__ import annotations

import re

_UK_PREFIX = [
    ("Микола", "Никола"),
    ("Олександр", "Александр"),
    ("Олекс", "Алекс"),
    ("Костянтин", "Константин"),
    ("Володимир", "Владимир"),
    ("Кіндрат", "Кондрат"),
    ("Андрі", "Андре"),
    ("Григорі", "Григорье"),
    ("Сергі", "Серге"),
    ("Васил", "Васил"),
    ("Біл", "Бел"),
    ("Вільх", "Ольх"),
    ("Вовч", "Волч"),
    ("Жовт", "Желт"),
    ("Чорн", "Черн"),
    ("Кам'ян", "Камен"),
    ("Дніпр", "Днепр"),
    ("Сіверськ", "Северск"),
    ("Ліс", "Лес"),
    ("Нов", "Нов"),
    ("Стар", "Стар"),
    ("Вел", "Вел"),
    ("Мал", "Мал"),
]
_UK_WORD_END = [
    ("іївка", "еевка"),
    ("аївка", "аевка"),
    ("ївка", "евка"),
    ("инівка", "ыновка"),
    ("івка", "овка"),
    ("пілля", "полье"),
    ("ілля", "елье"),
    ("іччя", "ечье"),
    ("ське", "ское"),
    ("цьке", "цкое"),
    ("зьке", "зкое"),
    ("ьке", "ькое"),
    ("ове", "ово"),
    ("еве", "ево"),
    ("єве", "ево"),
    ("ине", "ино"),
    ("їне", "ино"),
    ("не", "ное"),
    ("ке", "кое"),
    *((c + "и", c + "ы") for c in "бвдзлмнпрстф"),
    ("ськ", "ск"),
    ("цьк", "цк"),
    ("ський", "ский"),
    ("цький", "цкий"),
    ("ий", "ый"),
    ("ка", "ка"),
]
_UK_ADJ_FEM = [
    ("ська", "ская"),
    ("цька", "цкая"),
    ("ова", "овая"),
    ("ева", "евая"),
    ("ика", "икая"),
    ("ова", "овая"),
    ("а", "ая"),
]
_UK_LETTERS = {"і": "и", "ї": "и", "є": "е", "ґ": "г", "'": "ь", "’": "ь"}

_RU_WORD_END = [
    ("еевка", "іївка"),
    ("аевка", "аївка"),
    ("евка", "ївка"),
    ("овка", "івка"),
    ("полье", "пілля"),
    ("ское", "ське"),
    ("цкое", "цьке"),
    ("ное", "не"),
    ("ово", "ове"),
    ("ево", "еве"),
    ("ино", "ине"),
    ("ск", "ськ"),
    ("цк", "цьк"),
    ("ский", "ський"),
    ("цкий", "цький"),
    ("ый", "ий"),
    ("ая", "а"),
    ("ое", "е"),
]
_RU_LETTERS = {"ы": "и", "э": "е", "ё": "ьо", "ъ": "'"}


def _case_like(template: str, word: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


def _convert_word(
    word: str,
    prefixes: list[tuple[str, str]],
    endings: list[tuple[str, str]],
    letters: dict[str, str],
    fem: list[tuple[str, str]] | None,
    before_noun: bool,
) -> str:
    low = word.lower()
    prefix = ""
    for src, dst in prefixes:
        if low.startswith(src.lower()) and len(low) > len(src) + 2:
            prefix, low = dst.lower(), low[len(src) :]
            break
    head, tail = low, ""
    for src, dst in endings if not before_noun or fem is None else fem + endings:
        if low.endswith(src) and len(prefix) + len(low) > len(src) + 1:
            head, tail = low[: -len(src)], dst
            break
    out = "".join(letters.get(ch, ch) for ch in head)
    return _case_like(word, prefix + out + tail)


def uk_to_ru(name: str) -> str:
    """Best-guess Russian form of a Ukrainian place name: Юнаківка → Юнаковка."""
    words = name.replace("’", "'").split(" ")
    out = []
    for index, word in enumerate(words):
        parts = word.split("-")
        converted = [
            _convert_word(
                p, _UK_PREFIX, _UK_WORD_END, _UK_LETTERS, _UK_ADJ_FEM, index < len(words) - 1
            )
            for p in parts
        ]
        out.append("-".join(converted))
    text = " ".join(out)
    # Ukrainian и after a hard consonant is Russian ы only in a few regular places.
    return re.sub(r"(?<=[бвмпрт])ы(?=н)", "ы", text).replace("ьи", "ьи")


def ru_to_uk(name: str) -> str:
    """Best-guess Ukrainian form of a Russian place name: Плёхово → Плехове."""
    words = name.split(" ")
    out = []
    for word in words:
        parts = word.split("-")
        converted = [
            _convert_word(
                p.replace("ё", "ьо").replace("Ё", "Йо"), [], _RU_WORD_END, _RU_LETTERS, None, False
            )
            for p in parts
        ]
        out.append("-".join(converted))
    return " ".join(out).replace("ььо", "ьо")
