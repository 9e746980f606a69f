"""The army's codes for the killed and the wounded, «200» and «300», where a post writes them as
codes and not as numbers: in quotes («есть «300»»), paired («200/300»), or after a count in
words and a dash («четверо — 200»)."""

from __future__ import annotations

# The army's codes for the killed and the wounded, in quotes in bloggers' posts: «есть «300»»
TALLY_CODES = frozenset({"200", "300"})
_OPENING_QUOTES = ("«", '"', "“", "„")
_CLOSING_QUOTES = ("»", '"', "”", "“")


def _paired(parts: list[str], index: int) -> bool:
    """Whether the code `parts[index]` is written with the other one: «200/300», «(200+300)»."""
    other = "300" if parts[index] == "200" else "200"
    return (
        index + 2 < len(parts) and parts[index + 1] in _PAIRING and parts[index + 2] == other
    ) or (index >= 2 and parts[index - 1] in _PAIRING and parts[index - 2] == other)


_PAIRING = frozenset({"/", "+", "/ ", " / ", " + "})


# A count in words, a dash, then the code: «четверо — 200» (not a range of digits: «200 — 300
# метрів»)
_COUNT_DASH = frozenset({" — ", " – ", " - ", "—", " —", "— "})
_COLLECTIVE = frozenset(
    {"двое", "трое", "четверо", "пятеро", "шестеро", "семеро", "восьмеро", "девятеро",
     "десятеро", "двоє", "троє", "п'ятеро", "п’ятеро", "вісьмеро", "дев'ятеро", "дев’ятеро"}
)  # fmt: skip


def _counted(parts: list[str], index: int) -> bool:
    """Whether the code `parts[index]` follows a count and a dash: «четверо — 200» (not odds
    nor a distance: «трое — 300 к одному», «семеро — 200 километров»)."""
    after = parts[index + 2][:1].casefold() if index + 2 < len(parts) else ""
    return (
        index >= 2
        and parts[index - 1] in _COUNT_DASH
        and parts[index - 2].casefold() in _COLLECTIVE
        and after not in ("к", "м")
    )


def _quoted(parts: list[str], index: int) -> bool:
    """Whether the word `parts[index]` stands right between quotes."""
    return (
        parts[index - 1].endswith(_OPENING_QUOTES)
        and index + 1 < len(parts)
        and parts[index + 1].startswith(_CLOSING_QUOTES)
    )


def written_as_code(parts: list[str], index: int) -> bool:
    """Whether the code `parts[index]` (a word of `tokenize`'s split: separators and words in
    turn) is written as a code."""
    return _quoted(parts, index) or _paired(parts, index) or _counted(parts, index)
