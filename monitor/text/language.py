"""Which language a post shows: letters or words only Ukrainian or only Russian uses.

The evidence is defined by two case-insensitive regexes, `UK_EVIDENCE` and `RU_EVIDENCE`
(a letter, or a whole word). Searched as written they cost ~20 µs a post: `\\b` first and
`re.IGNORECASE` keep `re` from skipping ahead to candidate characters. `CaseInsensitiveWords`
compiles the same sets into patterns `re` scans quickly: each letter becomes the class of every
character `re.IGNORECASE` matches it with, and a word pattern starts with the class of the
words' first letters (so `re` skips to those) and only then looks back for the `\\b` before
it. tests/text/test_fast_paths.py checks the classes and the evidence against `re` itself.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

UK_LETTERS = "іїєґІЇЄҐ"
UK_WORDS = (
    "що",
    "це",
    "від",
    "або",
    "щодо",
    "загроза",
    "тривога",
    "відбій",
    "ворог",
    "вибух",
    "його",
    "але",
    "вже",
    "як",
    "коли",
    "був",
    "була",
    "були",
)
# «та» is Ukrainian "and" but also Russian "that one" («та, что», «та самая»): evidence only
# where the text shows nothing Russian
WEAK_UK_WORDS = ("та",)
RU_LETTERS = "ыэъЫЭЪ"
# (not «уже» nor «от», which Ukrainian writes too)
RU_WORDS = (
    "что",
    "это",
    "или",
    "при",
    "и",
    "из",
    "после",
    "как",
    "где",
    "когда",
    "его",
    "только",
    "также",
    "человек",
    "был",
    "была",
    "были",
    "было",
)

UK_EVIDENCE = re.compile(rf"[{UK_LETTERS}]|\b(?:{'|'.join(UK_WORDS)})\b", re.I)
RU_EVIDENCE = re.compile(rf"[{RU_LETTERS}]|\b(?:{'|'.join(RU_WORDS)})\b", re.I)
WEAK_UK_EVIDENCE = re.compile(rf"\b(?:{'|'.join(WEAK_UK_WORDS)})\b", re.I)

# Where `re.IGNORECASE` finds the equivalents of a Cyrillic letter: the Cyrillic blocks (with
# the rounded and tall letter variants of U+1C80) and their Latin-script neighbours.
_CASE_RANGES = (
    range(0x0041, 0x0250),
    range(0x0370, 0x0530),
    range(0x1C80, 0x1C90),
    range(0x1E00, 0x2000),
    range(0x2DE0, 0x2E00),
    range(0xA640, 0xA6A0),
)
_CASE_CHARS = "".join(chr(c) for r in _CASE_RANGES for c in r)


@cache  # the words repeat their letters
def case_class(letter: str) -> str:
    """A character class of `letter` and every character `re.IGNORECASE` matches it with (a
    letter matches one character, so `findall` over `_CASE_CHARS` finds each: one C call)."""
    chars = {letter, *re.findall(re.escape(letter), _CASE_CHARS, re.I)}
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


class CaseInsensitiveWords:
    """`[letters]|\\b(?:words)\\b` with `re.IGNORECASE`, as quick case-exact patterns."""

    def __init__(self, letters: str, words: tuple[str, ...]) -> None:
        # (no letters: a class that matches nothing)
        self.letters = re.compile(
            "[" + "".join(case_class(c)[1:-1] for c in letters) + "]" if letters else "(?!)"
        )
        by_first: dict[str, list[str]] = defaultdict(list)
        for word in words:
            by_first[word[0]].append(word[1:])
        # `(?<!\w.)` right after the first letter: no word character before that letter (at
        # the text's start, where two characters do not fit behind it, none either); each
        # branch then checks which first letter it was (`(?<=[..])`, one character back).
        branches = []
        for first, rests in by_first.items():
            tails = sorted(rests, key=len, reverse=True)
            branches.append(
                f"(?<={case_class(first)})(?:"
                + "|".join("".join(case_class(c) for c in tail) for tail in tails)
                + ")"
            )
        firsts = "".join(case_class(first)[1:-1] for first in by_first)
        self.words = re.compile(f"[{firsts}]" + r"(?<!\w.)(?:" + "|".join(branches) + r")\b")

    def search(self, text: str) -> bool:
        return bool(self.letters.search(text) or self.words.search(text))


# A Ukrainian letter in a word that opens in lower case: a Ukrainian line, not a name
# («Источник: «Суспільне»», «у Куп'янська») a Russian post may show and stay Russian
UK_IN_A_WORD = re.compile(r"(?<![\w'’ʼ])(?:[а-яґєії][\w'’ʼ]*)?[іїєґ]")
_UK = CaseInsensitiveWords(UK_LETTERS, UK_WORDS)
_RU = CaseInsensitiveWords(RU_LETTERS, RU_WORDS)
_WEAK_UK = CaseInsensitiveWords("", WEAK_UK_WORDS)


def language_evidence(text: str) -> str | None:
    """'uk' or 'ru' when the text shows letters or words of only one of them, else None. A
    Ukrainian letter or word outweighs Russian ones (a Ukrainian post quotes Russian), unless
    it stands only in names in a Russian post (an outlet's, a town's: «Источник: «Суспільне»»,
    `UK_IN_A_WORD`); a word both write (`WEAK_UK_WORDS`) counts only where nothing is Russian."""
    if _UK.search(text):
        if _RU.search(text) and not _UK.words.search(text) and not UK_IN_A_WORD.search(text):
            return "ru"
        return "uk"
    if _RU.search(text):
        return "ru"
    return "uk" if _WEAK_UK.search(text) else None


def detect_language(text: str, fallback: str = "ru") -> str:
    """'uk' when the text has letters or words only Ukrainian uses, 'ru' when it has ones only
    Russian uses, else `fallback` (a short alert, «Кинджал вектор Житомир», has neither)."""
    return language_evidence(text) or fallback
