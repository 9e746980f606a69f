"""Text normalisation for matching, with a map from normalised offsets back to the original.

`normalize(text)` returns a `Normalized` whose `text` is NFKC, casefolded, with ё→е (and
Ukrainian ї/й kept), every apostrophe variant as ``'``, every dash variant as ``-``, zero-width
characters, soft hyphens and combining accents (stress marks) dropped, Latin diacritics folded
(Sudža → sudza), Latin look-alike letters inside Cyrillic words mapped to Cyrillic
(«Cуджа» typed with a Latin C) and a hashtag's underscores as spaces («#Курская_область»).
`offsets[i]` is the index in the original text of normalised character `i` (`offsets[len]` is
`len(original)`), so a span `a:b` of the normalised text is `offsets[a]:offsets[b - 1] + 1` of
the original.

Most posts need no length-changing step: they take a fast path of C-level string methods and an
identity offset map.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from monitor.text import onebyte, unicode_tables
from monitor.text.markdown_marks import DropOffsets, unmark

# The tables are computed from the Unicode database once (see `unicode_tables`).
_TABLE, _VARIABLE_CHARS, _ATTENTION_CODES = unicode_tables.tables()
_DROP = unicode_tables.DROP

# Latin letters that look like Cyrillic ones (after casefolding), for mixed-script words.
_LOOKALIKE = str.maketrans(
    {
        "a": "а",
        "c": "с",
        "e": "е",
        "o": "о",
        "p": "р",
        "x": "х",
        "y": "у",
        "k": "к",
        "m": "м",
        "t": "т",
        "h": "н",
        "b": "в",
        "i": "і",
        "ı": "і",
    }
)
_CYR = "а-яёіїєґў"
# A Latin letter next to a Cyrillic one (written Latin-first: tried only at Latin letters).
_MIXED_HINT = re.compile(rf"[a-zı](?:(?<=[{_CYR}][a-zı])|(?=[{_CYR}]))")
_MIXED = re.compile(rf"[a-zı]*(?:[{_CYR}][a-zı]|[a-zı][{_CYR}])[{_CYR}a-zı]*")


def _char_class(codes: list[int]) -> re.Pattern[str]:
    """A character class of `codes` written as ranges (a list of single chars is slow)."""
    parts: list[str] = []
    codes = sorted(set(codes))
    start = previous = codes[0]
    for code in [*codes[1:], -2]:
        if code != previous + 1:
            parts.append(
                re.escape(chr(start))
                if start == previous
                else f"{re.escape(chr(start))}-{re.escape(chr(previous))}"
            )
            start = code
        previous = code
    return re.compile("[" + "".join(parts) + "]")


class _CharSet:
    """A set of characters to find in a text, fast on ordinary text.

    `re` checks a class of BMP characters through a bitmap, but a class with many astral ranges
    (𝐀, 🄰, ...) one range after another for every character of the text: ten times slower. So
    the set is searched as its BMP part plus the one span its astral characters lie in (emoji
    lie above it), and exactly only in a text that holds a character of that span.
    """

    def __init__(self, codes: list[int]) -> None:
        astral = [c for c in codes if c > 0xFFFF]
        bmp = [c for c in codes if c <= 0xFFFF]
        self.bmp = _char_class(bmp)
        self.full = _char_class(codes)
        self.astral: re.Pattern[str] | None = None
        self.coarse = self.bmp
        if astral:
            span = list(range(min(astral), max(astral) + 1))
            self.astral = _char_class(span)
            self.coarse = _char_class(bmp + span)

    def search(self, text: str) -> bool:
        """Whether `text` holds a character of the set."""
        found = self.coarse.search(text)
        if found is None:
            return False
        if found.group() <= "\uffff":
            return True
        return self.full.search(text, found.start()) is not None

    def pattern(self, text: str) -> re.Pattern[str]:
        """The exact class for `text`: the BMP one unless `text` holds a possible astral one."""
        if self.astral is not None and self.astral.search(text) is not None:
            return self.full
        return self.bmp


# The mapped characters most posts hold, replaced by `str.replace` (C speed) before the rest go
# through a regex: their images are not mapped again, so this is the same single pass.
_BULK = tuple((char, _TABLE[ord(char)]) for char in unicode_tables.BULK)
if any(ord(image) in _TABLE for _, image in _BULK):
    raise RuntimeError("normalize: a bulk-replaced character maps to a mapped character")


_VARIABLE = _CharSet([ord(c) for c in _VARIABLE_CHARS])
_MAPPED = _CharSet(list(_TABLE))
# A text with none of these normalises to its casefold with `_BULK` replaced: most posts do.
_ATTENTION = _CharSet(_ATTENTION_CODES)


class Normalized:
    """A normalised text and the map of its offsets into the original.

    `offsets` is None for the identity map (same length as the original). When the text only
    lost zero-width characters the map is built on first use: most posts never need it.
    `view` is `text` one byte per character (`onebyte.encode`), for scans faster on bytes.
    """

    __slots__ = ("_offsets", "_source", "text", "view")

    def __init__(
        self,
        text: str,
        offsets: Sequence[int] | None = None,
        source: str | None = None,
        view: bytes | None = None,
    ) -> None:
        self.text = text
        self._offsets = offsets
        self._source = source  # the original text, while `_offsets` is still to be built
        self.view = onebyte.encode(text) if view is None else view

    @property
    def offsets(self) -> Sequence[int] | None:
        if self._source is not None:
            length = len(_strip_drops(self._source)) + 1
            self._offsets = DropOffsets(self._source, _DROP_RUNS, length)
            self._source = None
        return self._offsets

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span `start:end` to a span of the original text."""
        offsets = self.offsets
        if offsets is None:
            return start, end
        return offsets[start], offsets[end - 1] + 1

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Normalized):
            return NotImplemented
        return (self.text, self.offsets) == (other.text, other.offsets)

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"Normalized(text={self.text!r}, offsets={self.offsets!r})"


def _compose(previous: str, mark: str) -> str | None:
    """Marks that are part of a letter: и+breve→й, і+diaeresis→ї, е+diaeresis→е."""
    if mark == "\u0306" and previous in "иу":
        return {"и": "й", "у": "ў"}[previous]
    if mark == "\u0308" and previous in "іие":
        return {"і": "ї", "и": "ї", "е": "е"}[previous]
    return None


def _map_one(found: re.Match[str]) -> str:
    return _TABLE[ord(found.group())]


def _map(folded: str) -> str:
    """Map every casefolded character of `_TABLE` (one pass: a mapped character stays)."""
    for char, image in _BULK:
        if char in folded:
            folded = folded.replace(char, image)
    if not _MAPPED.search(folded):
        return folded
    return _MAPPED.pattern(folded).sub(_map_one, folded)


def _fold(segment: str) -> str:
    """Casefold and map a segment free of length-changing characters (1:1 if possible)."""
    folded = segment.casefold()
    if len(folded) != len(segment):
        folded = "".join(c.casefold()[:1] for c in segment)
    return _map(folded)


def _slow(text: str) -> tuple[str, list[int]]:
    """Text with characters that change length: fold the runs between them in bulk."""
    out: list[str] = []
    offsets: list[int] = []
    position = 0
    for found in _VARIABLE.pattern(text).finditer(text):
        index = found.start()
        if index > position:
            out.append(_fold(text[position:index]))
            offsets.extend(range(position, index))
        char = text[index]
        position = index + 1
        if char in _DROP:
            continue
        if unicodedata.combining(char) or "\u0483" <= char <= "\u0489":
            if out and out[-1]:
                composed = _compose(out[-1][-1], char)
                if composed is not None:
                    out[-1] = out[-1][:-1] + composed
            continue
        piece = unicodedata.normalize("NFKC", char).casefold().translate(_TABLE)
        out.append(piece)
        offsets.extend([index] * len(piece))
    if position < len(text):
        out.append(_fold(text[position:]))
        offsets.extend(range(position, len(text)))
    offsets.append(len(text))
    return "".join(out), offsets


def _fix_lookalikes(text: str) -> str:
    return _MIXED.sub(lambda m: m.group(0).translate(_LOOKALIKE), text)


_DROP_RUNS = re.compile(f"[{re.escape(_DROP)}]+")


def _strip_drops(text: str) -> str:
    for char in _DROP:
        if char in text:
            text = text.replace(char, "")
    return text


_last_fold: tuple[str, str] = ("", "")


def casefold(text: str) -> str:
    """`text.casefold()`, remembered for the last text folded: the place matcher and the claim
    extractor's prefilter both fold each post, one right after the other."""
    global _last_fold
    last = _last_fold
    if last[0] is text:
        return last[1]
    folded = text.casefold()
    _last_fold = (text, folded)
    return folded


# `unmark`'s rule for glued marks, for a text that takes the general way (marks and other
# characters to drop or map): composing `unmark`'s offsets with `_slow`'s there costs more
_GLUED_MARKS = re.compile(r"(?<=[^\W_])\*+(?=[^\W_])")


def _spaces(found: re.Match[str]) -> str:
    return " " * len(found.group())


def _spaced_italics(text: str) -> str:
    """Telethon's italics, `__Белгород__`: a run of underscores not glued between two letters
    or digits (`snake__case` and `@rybar_kursk` keep theirs) becomes spaces, so offsets stay
    put. Found with `str.find`, several times faster than a regex (tests/text/test_fast_paths.py
    holds it to the rule's regex)."""
    pieces: list[str] = []
    last = 0
    end = len(text)
    start = text.find("__")
    while start >= 0:
        stop = start + 2
        while stop < end and text[stop] == "_":
            stop += 1
        glued = start and stop < end and text[start - 1].isalnum() and text[stop].isalnum()
        if not glued:
            pieces.append(text[last:start])
            pieces.append(" " * (stop - start))
            last = stop
        start = text.find("__", stop)
    pieces.append(text[last:])
    return "".join(pieces)


def normalize(text: str) -> Normalized:
    """Normalise `text` for matching; see the module docstring.

    Every step maps characters one by one, so a text whose only length-changing characters are
    zero-width ones (emoji joiners, mostly) is normalised as the same text without them.
    """
    marks: DropOffsets | None = None
    if "__" in text:
        text = _spaced_italics(text)
    original = text
    if "*" in text or "~" in text:  # Markdown's marks, in half the posts: dropped in one pass
        text, marks = unmark(text)
    if not _ATTENTION.search(text):
        folded = casefold(text)
        for char, image in _BULK:
            if char in folded:
                folded = folded.replace(char, image)
        return _finish(folded, marks)
    if text is not original:  # other characters to drop or map too: the general way
        text = _GLUED_MARKS.sub(_spaces, original) if "*" in original else original
    source: str | None = None
    if _VARIABLE.search(text):
        stripped = _strip_drops(text)
        if _VARIABLE.search(stripped):
            return _finish(*_slow(text))
        source, text = text, stripped
    folded = text.casefold()
    if len(folded) != len(text):
        return _finish(*_slow(source or text))
    return _finish(_map(folded), None, source)


# A hashtag's words joined by underscores are words: «#Покровское_направление»,
# «#Белгородская_область», «#м_Харків_та_Харківська_громада» (same length: offsets stand)
JOINED_HASHTAG = re.compile(r"#[^\W_]+(?:_[^\W_]+)+")


def _hashtag_words(match: re.Match[str]) -> str:
    return match.group().replace("_", " ")


def _finish(folded: str, offsets: Sequence[int] | None, source: str | None = None) -> Normalized:
    if "_" in folded and "#" in folded:
        folded = JOINED_HASHTAG.sub(_hashtag_words, folded)
    view = onebyte.encode(folded)
    if _mixed_scripts(folded, view):
        folded = _fix_lookalikes(folded)
        view = onebyte.encode(folded)
    return Normalized(folded, offsets, source, view)


def _mixed_scripts(folded: str, view: bytes) -> bool:
    """Whether a Latin letter stands next to a Cyrillic one: on the bytes of `view` (several
    times faster than the regex on a post full of links) unless the text holds the one letter
    they lack."""
    if onebyte.UNCOVERED in folded:
        return _MIXED_HINT.search(folded) is not None
    return onebyte.mixed_scripts(view)


def normalize_key(text: str) -> str:
    """Normalise a gazetteer name or surface form: as `normalize`, whitespace collapsed."""
    return " ".join(normalize(text).text.split())
