"""Which language a post shows: letters or words only Ukrainian or only Russian uses.

The evidence is defined by two case-insensitive regexes, `UK_EVIDENCE` and `RU_EVIDENCE`
(a letter, or a whole word). Searched as written they cost ~20 µs a post: `\\b` first and
`re.IGNORECASE` keep `re` from skipping ahead to candidate characters. `CaseInsensitiveWords`
compiles the same sets into patterns `re` scans quickly: each letter becomes the class of every
character `re.IGNORECASE` matches it with, and the leading `\\b` a non-word character (or the
text's start). tests/text/test_fast_paths.py checks the classes against `re` itself.
"""

from __future__ import annotations

import re
from collections import defaultdict

UK_LETTERS = "іїєґІЇЄҐ"
UK_WORDS = (
    "що",
    "та",
    "це",
    "від",
    "або",
    "щодо",
    "загроза",
    "тривога",
    "відбій",
    "ворог",
    "вибух",
)
RU_LETTERS = "ыэъЫЭЪ"
RU_WORDS = ("что", "это", "или", "при", "и")

UK_EVIDENCE = re.compile(rf"[{UK_LETTERS}]|\b(?:{'|'.join(UK_WORDS)})\b", re.I)
RU_EVIDENCE = re.compile(rf"[{RU_LETTERS}]|\b(?:{'|'.join(RU_WORDS)})\b", re.I)

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


def case_class(letter: str) -> str:
    """A character class of `letter` and every character `re.IGNORECASE` matches it with."""
    pattern = re.compile(re.escape(letter), re.I)
    chars = {letter} | {chr(c) for r in _CASE_RANGES for c in r if pattern.fullmatch(chr(c))}
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


class CaseInsensitiveWords:
    """`[letters]|\\b(?:words)\\b` with `re.IGNORECASE`, as quick case-exact patterns."""

    def __init__(self, letters: str, words: tuple[str, ...]) -> None:
        self.letters = re.compile("[" + "".join(case_class(c)[1:-1] for c in letters) + "]")
        by_first: dict[str, list[str]] = defaultdict(list)
        for word in words:
            by_first[word[0]].append(word[1:])
        branches = []
        for first, rests in by_first.items():
            tails = sorted(rests, key=len, reverse=True)
            branches.append(
                case_class(first)
                + "(?:"
                + "|".join("".join(case_class(c) for c in tail) for tail in tails)
                + ")"
            )
        words_pattern = "(?:" + "|".join(branches) + r")\b"
        self.inner = re.compile(r"\W" + words_pattern)  # a word after a non-word character
        self.initial = re.compile(words_pattern)  # a word at the text's start

    def search(self, text: str) -> bool:
        return bool(
            self.letters.search(text) or self.inner.search(text) or self.initial.match(text)
        )


_UK = CaseInsensitiveWords(UK_LETTERS, UK_WORDS)
_RU = CaseInsensitiveWords(RU_LETTERS, RU_WORDS)


def language_evidence(text: str) -> str | None:
    """'uk' or 'ru' when the text shows letters or words of only one of them, else None."""
    if _UK.search(text):
        return "uk"
    if _RU.search(text):
        return "ru"
    return None


def detect_language(text: str, fallback: str = "ru") -> str:
    """'uk' when the text has letters or words only Ukrainian uses, 'ru' when it has ones only
    Russian uses, else `fallback` (a short alert, «Кинджал вектор Житомир», has neither)."""
    return language_evidence(text) or fallback
