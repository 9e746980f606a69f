"""Latin transliterations of Russian and Ukrainian names in the schemes posts actually use.

`latin_variants(name, lang)` gives the spellings a reader meets in English, German and French
text (BGN/PCGN, Ukrainian national 2010, a plain "English" scheme, ISO 9 with diacritics folded,
German and French), all lowercase with diacritics folded. `english_name` gives the one spelling
the gazetteer uses as a place's English name when no curated one exists: BGN/PCGN-style for
Russian (Mikhaylovka, Bondaryovka), the Ukrainian national system for Ukrainian (Yunakivka).
"""

from __future__ import annotations

from collections.abc import Mapping

_VOWELS = set("аеёиоуыэюяіїє")
_COMMON = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "з": "z",
    "и": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "ґ": "g",
    "ь": "",
    "ъ": "",
    "'": "",
    "-": "-",
    " ": " ",
}
# Scheme tables: letter -> Latin (iotated vowels: (initial/after vowel, after consonant)).
_BGN = {
    "е": ("ye", "e"),
    "ё": ("yo", "yo"),
    "ж": "zh",
    "й": "y",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ы": "y",
    "э": "e",
    "ю": ("yu", "yu"),
    "я": ("ya", "ya"),
    "ь": "",
    "ъ": "",
}
_PLAIN = {
    "е": ("e", "e"),
    "ё": ("e", "e"),
    "ж": "zh",
    "й": "i",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "sch",
    "ы": "y",
    "э": "e",
    "ю": ("yu", "iu"),
    "я": ("ya", "ia"),
    "ь": "",
    "ъ": "",
}
_ISO = {
    "е": ("e", "e"),
    "ё": ("e", "e"),
    "ж": "z",
    "й": "j",
    "х": "h",
    "ц": "c",
    "ч": "c",
    "ш": "s",
    "щ": "sc",
    "ы": "y",
    "э": "e",
    "ю": ("ju", "ju"),
    "я": ("ja", "ja"),
    "ь": "",
    "ъ": "",
    "ї": "i",
    "є": ("je", "je"),
    "і": "i",
    "г": "h",
}
_GERMAN = {
    "е": ("je", "e"),
    "ё": ("jo", "jo"),
    "ж": "sch",
    "й": "j",
    "х": "ch",
    "ц": "z",
    "ч": "tsch",
    "ш": "sch",
    "щ": "schtsch",
    "ы": "y",
    "э": "e",
    "ю": ("ju", "ju"),
    "я": ("ja", "ja"),
    "в": "w",
    "з": "s",
    "с": "s",
    "ь": "",
    "ъ": "",
}
_FRENCH = {
    "е": ("ie", "e"),
    "ё": ("io", "io"),
    "ж": "j",
    "й": "i",
    "х": "kh",
    "ц": "ts",
    "ч": "tch",
    "ш": "ch",
    "щ": "chtch",
    "ы": "y",
    "э": "e",
    "ю": ("iou", "iou"),
    "я": ("ia", "ia"),
    "у": "ou",
    "ь": "",
    "ъ": "",
}
_UK = {
    "г": "h",
    "ґ": "g",
    "е": "e",
    "є": ("ye", "ie"),
    "ж": "zh",
    "и": "y",
    "і": "i",
    "ї": ("yi", "i"),
    "й": ("y", "i"),
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ю": ("yu", "iu"),
    "я": ("ya", "ia"),
    "ь": "",
    "'": "",
}


def _apply(name: str, table: Mapping[str, object], *, initial_only: bool = False) -> str:
    """Transliterate lowercase `name`; iotated pairs pick by position.

    With `initial_only` (the Ukrainian system) the first spelling is used only at a word start;
    otherwise also after a vowel, a soft or a hard sign.
    """
    out: list[str] = []
    previous = " "
    for char in name:
        value = table.get(char, _COMMON.get(char, char))
        if char == "и" and previous == "ь" and table is _BGN:
            value = "yi"
        if isinstance(value, tuple):
            at_start = previous in " -"
            soft = previous in _VOWELS or previous in "ьъ'"
            value = value[0] if at_start or (soft and not initial_only) else value[1]
        out.append(str(value))
        previous = char
    return "".join(out)


def _dzh(text: str) -> set[str]:
    """дж spelt dj (Sudja) alongside dzh, and the Russian 'ye' endings spelt 'e'."""
    variants = {text}
    if "dzh" in text:
        variants.add(text.replace("dzh", "dj"))
    return variants


def latin_variants(name: str, lang: str) -> set[str]:
    """Lowercase Latin spellings of a Cyrillic `name` (`lang` "ru" or "uk")."""
    low = name.casefold().replace("ё", "ё")
    found: set[str] = set()
    if lang == "uk":
        found.add(_apply(low, _UK, initial_only=True))
        found.add(_apply(low, _ISO))
        found.add(_apply(low, {**_UK, "і": "i", "и": "y", "ї": ("yi", "yi")}))
    else:
        for table in (_BGN, _PLAIN, _ISO, _GERMAN, _FRENCH):
            found.add(_apply(low, table))
        found.add(_apply(low, _BGN).replace("iy", "y").replace("yy", "y"))
    result: set[str] = set()
    for text in found:
        result |= _dzh(text)
    return {" ".join(text.split()) for text in result if text and text.isascii()}


def english_name(name: str, lang: str) -> str:
    """The gazetteer's English name for a Cyrillic `name` without a curated one."""
    low = name.casefold()
    table = _UK if lang == "uk" else _BGN
    latin = _apply(low, table, initial_only=lang == "uk")
    if lang != "uk":
        latin = latin.replace("yy", "y").replace("iy ", "y ")
        if latin.endswith("iy"):
            latin = latin[:-2] + "y"
    return "-".join(
        " ".join(word[:1].upper() + word[1:] for word in part.split(" "))
        for part in latin.split("-")
    )
