"""Text normalisation for matching, with a map from normalised offsets back to the original.

`normalize(text)` returns a `Normalized` whose `text` is NFKC, casefolded, with ё→е (and
Ukrainian ї/й kept), every apostrophe variant as ``'``, every dash variant as ``-``, zero-width
characters, soft hyphens and combining accents (stress marks) dropped, Latin diacritics folded
(Sudža → sudza) and Latin look-alike letters inside Cyrillic words mapped to Cyrillic
(«Cуджа» typed with a Latin C). `offsets[i]` is the index in the original text of normalised
character `i` (`offsets[len]` is `len(original)`), so a span `a:b` of the normalised text is
`offsets[a]:offsets[b - 1] + 1` of the original.

Most posts need no length-changing step: they take a fast path of C-level string methods and an
identity offset map.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

APOSTROPHES = "\u2019\u02bc\u2018\u0060\u00b4\u2032\u02b9\u02bb\u02c8\uff07"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_DROP = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u180e"

# Latin letters that look like Cyrillic ones (after casefolding), for mixed-script words.
_LOOKALIKE = str.maketrans(
    {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к",
     "m": "м", "t": "т", "h": "н", "b": "в", "i": "і", "ı": "і"}
)
_CYR = "а-яёіїєґў"
_MIXED = re.compile(rf"[a-zı]*(?:[{_CYR}][a-zı]|[a-zı][{_CYR}])[{_CYR}a-zı]*")

# One table for the 1:1 steps: ё→е, apostrophes, dashes, Latin diacritics folded.
_TABLE: dict[int, str] = {ord("ё"): "е"}
for _ch in APOSTROPHES:
    _TABLE[ord(_ch)] = "'"
for _ch in DASHES:
    _TABLE[ord(_ch)] = "-"
for _code in range(0x00C0, 0x0250):
    _base = unicodedata.normalize("NFD", chr(_code))[0].casefold()
    if len(_base) == 1 and "a" <= _base <= "z":
        _TABLE[_code] = _base
_TABLE.update({ord("ø"): "o", ord("đ"): "d", ord("ł"): "l", ord("ħ"): "h"})

# Anything that needs the slow path: combining marks, dropped characters, and any character
# whose casefold/NFKC/fold step might not be 1:1.
_SLOW = re.compile(
    "[\u0300-\u036f\u0483-\u0489" + _DROP + "\u00c0-\u024f\u1e00-\u1eff\ufb00-\ufb4f"
    "\uff00-\uffef\u2160-\u217f\u2460-\u24ff\u0130\u0149\u01f0\u0390\u03b0\u0587]"
)
_SPECIAL = re.compile("[ё" + APOSTROPHES + DASHES + "]")
_ASCII_LETTERS = re.compile(r"[a-zı]")


@dataclass(frozen=True, slots=True)
class Normalized:
    text: str
    offsets: list[int] | None  # None: identity map (same length as the original)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span `start:end` to a span of the original text."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end - 1] + 1


def _compose(previous: str, mark: str) -> str | None:
    """Marks that are part of a letter: и+breve→й, і+diaeresis→ї, е+diaeresis→е."""
    if mark == "\u0306" and previous in "иу":
        return {"и": "й", "у": "ў"}[previous]
    if mark == "\u0308" and previous in "іие":
        return {"і": "ї", "и": "ї", "е": "е"}[previous]
    return None


def _slow(text: str) -> tuple[str, list[int]]:
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        if char in _DROP:
            continue
        if unicodedata.combining(char) or "\u0483" <= char <= "\u0489":
            if out:
                composed = _compose(out[-1], char)
                if composed is not None:
                    out[-1] = composed
            continue
        piece = unicodedata.normalize("NFKC", char).casefold()
        if len(piece) > 1 or not piece.isascii():
            piece = unicodedata.normalize("NFD", piece)
            piece = "".join(
                c for c in piece if not unicodedata.combining(c)
            ) if _is_latin(piece) else unicodedata.normalize("NFC", piece)
        piece = piece.translate(_TABLE)
        for sub in piece:
            out.append(sub)
            offsets.append(index)
    offsets.append(len(text))
    return "".join(out), offsets


def _is_latin(piece: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in piece)


def _fix_lookalikes(text: str) -> str:
    return _MIXED.sub(lambda m: m.group(0).translate(_LOOKALIKE), text)


def normalize(text: str) -> Normalized:
    """Normalise `text` for matching; see the module docstring."""
    offsets: list[int] | None = None
    if _SLOW.search(text) is not None or not unicodedata.is_normalized("NFKC", text):
        folded, offsets = _slow(text)
    else:
        folded = text.casefold()
        if len(folded) != len(text):
            folded, offsets = _slow(text)
        elif _SPECIAL.search(folded) is not None:
            folded = folded.translate(_TABLE)
    if _ASCII_LETTERS.search(folded) is not None:
        folded = _fix_lookalikes(folded)
    return Normalized(folded, offsets)


def normalize_key(text: str) -> str:
    """Normalise a gazetteer name or surface form: as `normalize`, whitespace collapsed."""
    return " ".join(normalize(text).text.split())
