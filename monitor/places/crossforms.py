"""Best-guess Russian forms of Ukrainian place names and Ukrainian forms of Russian ones.

Russian posts write Юнаківка as «Юнаковка», Миропілля as «Мирополье»; Ukrainian posts write
Плёхово as «Плехове». These rules cover the regular correspondences of toponyms (suffixes
-івка/-овка, -пілля/-полье, -шшя/-шье, -ське/-ское, -не/-ное, -ове/-ово, -иця/-ица, first names in
Микола-/Никола-, compounds in Верхньо-/Нижньо-/Середньо- (Верхне-, Нижне-, Средне-), і/и/ы/е,
є/е, ї/и, «ьо» (Russian «ё», written «е»: Плетньове Плетнёво), the apostrophe and the soft sign).
A wrong guess costs little: it simply never matches.
"""

from __future__ import annotations

import re

_UK_PREFIX = [
    # a compound's first stem with its linking vowel: a second stem may follow it directly
    # (Верхньокам'янське: Верхнекаменское)
    ("Верхньо", "Верхне"),
    ("Нижньо", "Нижне"),
    ("Середньо", "Средне"),
    ("Микола", "Никола"),
    ("Микіль", "Николь"),  # Микільське: Никольское
    ("Олександр", "Александр"),
    ("Олекс", "Алекс"),
    ("Костянтин", "Константин"),
    ("Володимир", "Владимир"),
    ("Кіндрат", "Кондрат"),
    ("Кіндраш", "Кондраш"),
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
    ("івське", "овское"),  # Іванівське: Ивановское
    ("ївське", "евское"),  # Миколаївське: Николаевское
    ("івський", "овский"),
    ("ївський", "евский"),
    ("івська", "овская"),
    ("ївська", "евская"),
    ("осілка", "оселка"),  # Новосілка: Новоселка
    ("іївка", "еевка"),
    ("аївка", "аевка"),
    ("ївка", "евка"),
    ("инівка", "ыновка"),
    ("івка", "овка"),
    ("пілля", "полье"),
    ("піль", "поль"),  # Ямпіль: Ямполь, Бориспіль: Борисполь
    ("ілля", "елье"),
    ("іччя", "ечье"),
    # a doubled consonant before «я» is Russian «ье»: Затишшя Затишье, Загаття Загатье
    *((c + c + "я", c + "ье") for c in "шчлсзнтдж"),
    ("ця", "ца"),  # Стариця: Старица, Гнилиця: Гнилица
    ("ці", "цы"),  # Лук'янці: Лукьянцы, Липці: Липцы
    ("ець", "ец"),  # Нижній Яловець: Нижний Яловец
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
    *((c + "ий", c + "ий") for c in "кгх"),  # Великий: Великий
    ("ий", "ый"),
    ("ка", "ка"),
    # possessives in -ів/-їв: Салтів, Чернігів, Київ: Салтов, Чернигов, Киев (Золочів: Золочев)
    *((c + "ів", c + "ев") for c in "жчшщ"),
    ("їв", "ев"),
    ("ів", "ов"),
]
# A short adjective whose stem is a prefix of the list (Біла, Нове, Чорний): its Russian ending
_UK_SHORT_ADJ = {"а": "ая", "ий": "ый", "е": "ое", "і": "ые"}
_UK_ADJ_FEM = [
    # the plural before its noun: Вовчанські Хутори Волчанские Хутора, Великі Кутища Великие
    # Кутища, Дубові Махаринці Дубовые Махаринцы, Низькі Цевеличі Низкие Цевеличи
    ("ські", "ские"),
    ("цькі", "цкие"),
    ("зькі", "зкие"),
    *((c + "і", c + "ие") for c in "кгхжчшщ"),
    *((c + "і", c + "ые") for c in "бвдзлмнпрстф"),
    ("ська", "ская"),
    ("цька", "цкая"),
    ("ова", "овая"),
    ("ева", "евая"),
    ("ика", "икая"),
    ("ова", "овая"),
    ("а", "ая"),
]
# Ordinals, usually after the noun (Новоселівка Перша: Новоселовка Первая), and the month of
# Перше Травня (Первое Мая), translated whole
_UK_ORDINALS = {
    "травня": "мая",
    "перша": "первая",
    "друга": "вторая",
    "третя": "третья",
    "перше": "первое",
    "друге": "второе",
    "третє": "третье",
    "перший": "первый",
    "другий": "второй",
    "третій": "третий",
}
_RU_ORDINALS = {ru: uk for uk, ru in _UK_ORDINALS.items()}
# Soft short adjectives (Верхня Кринка: Верхняя Кринка, Середнє Водяне: Среднее Водяное)
_UK_SOFT_ADJ = re.compile("(верхн|нижн|середн|крайн|задн|передн)(я|є|і|ій)")
_SOFT_ENDINGS = {"я": "яя", "є": "ее", "і": "ие", "ій": "ий"}
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
    soft = _UK_SOFT_ADJ.fullmatch(low) if fem is not None else None
    if soft is not None:
        stem = soft.group(1).replace("середн", "средн")
        return _case_like(word, stem + _SOFT_ENDINGS[soft.group(2)])
    prefix = ""
    for src, dst in prefixes:
        if not low.startswith(src.lower()):
            continue
        rest = low[len(src) :]
        if fem is not None and rest in _UK_SHORT_ADJ:
            stem = dst.lower() + ("н" if src.endswith("ян") else "")  # Кам'яне: Каменное
            return _case_like(word, stem + _UK_SHORT_ADJ[rest])
        if len(rest) > 2:
            prefix, low = dst.lower(), rest
            # a compound's second stem: Новоолександрівка → Новоалександровка (after a linked
            # first stem, Верхньо-, with no «о» of its own: Верхньокам'янське → Верхнекаменское)
            linked = src.endswith("о")
            second = _linked_prefix("о" + low if linked else low, prefixes)
            if second is not None:
                prefix, low = prefix + ("" if linked else "о") + second[0], second[1]
            break
    head, tail = low, ""
    for src, dst in endings if not before_noun or fem is None else fem + endings:
        if low.endswith(src) and len(prefix) + len(low) > len(src) + 1:
            head, tail = low[: -len(src)], dst
            break
    out = prefix + "".join(letters.get(ch, ch) for ch in head) + tail
    if letters is _UK_LETTERS:
        out = out.replace("ьо", "е")  # Плетньове: Плетнёво, written Плетнево
    return _case_like(word, out)


def _linked_prefix(low: str, prefixes: list[tuple[str, str]]) -> tuple[str, str] | None:
    """(converted stem, rest) of a second prefix after the linking «о» of a compound."""
    if not low.startswith("о"):
        return None
    for src, dst in prefixes:
        rest = low[1 + len(src) :]
        if low[1:].startswith(src.lower()) and len(rest) > 2 and src.lower() != dst.lower():
            return dst.lower(), rest
    return None


# Nouns in -а that begin a name of two words: no adjective of the next (Балка Журавка, Гута
# Станіславчицька, Тараса Шевченка)
_UK_NOUNS_FIRST = frozenset(
    {"балка", "гута", "буда", "слобода", "долина", "поляна", "гора", "лука", "галина", "тараса"}
)


def uk_to_ru(name: str) -> str:
    """Best-guess Russian form of a Ukrainian place name: Юнаківка → Юнаковка."""
    words = name.replace("’", "'").split(" ")
    # before an ordinal that follows it, a word is the noun, not an adjective
    nouns = len(words) - 1 if words[-1].lower() in _UK_ORDINALS and len(words) > 1 else 0
    out = []
    for index, word in enumerate(words):
        before_noun = (
            index < len(words) - 1 and index >= nouns and word.lower() not in _UK_NOUNS_FIRST
        )
        parts = word.split("-")
        converted = [
            _case_like(p, _UK_ORDINALS[p.lower()])
            if p.lower() in _UK_ORDINALS
            else _convert_word(p, _UK_PREFIX, _UK_WORD_END, _UK_LETTERS, _UK_ADJ_FEM, before_noun)
            for p in parts
        ]
        out.append("-".join(converted))
    text = " ".join(out)
    # Russian says «хутора»: Вовчанські Хутори is Волчанские Хутора
    text = _HUTORY.sub(r"\1утора", text)
    # Ukrainian и after a hard consonant is Russian ы only in a few regular places.
    return re.sub(r"(?<=[бвмпрт])ы(?=н)", "ы", text).replace("ьи", "ьи")


_HUTORY = re.compile(r"(?<![А-Яа-яЁё])([Хх])уторы(?![а-яё])")


def ru_to_uk(name: str) -> str:
    """Best-guess Ukrainian form of a Russian place name: Плёхово → Плехове."""
    words = name.split(" ")
    out = []
    for word in words:
        parts = word.split("-")
        converted = [
            _case_like(p, _RU_ORDINALS[p.lower()])
            if p.lower() in _RU_ORDINALS
            else _convert_word(
                p.replace("ё", "ьо").replace("Ё", "Йо"), [], _RU_WORD_END, _RU_LETTERS, None, False
            )
            for p in parts
        ]
        out.append("-".join(converted))
    return " ".join(out).replace("ььо", "ьо")
