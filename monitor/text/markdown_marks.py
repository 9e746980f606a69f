"""Markdown's emphasis marks (`**bold**`, `~~strike~~`, as Telethon writes them) dropped from a
post before matching, and the offsets of a text that lost runs of characters."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import overload

_MARKS = re.compile(r"[*~]+")


def unmark(text: str) -> tuple[str, DropOffsets | None]:
    """`text` without Markdown's marks, and its offsets: a run of marks glued between two
    words parts them, a space each («Бахмут*Соледар»); any other run is dropped."""
    if "~" not in text and (runs := _star_runs(text)) is not None:  # 99% of marked posts
        unmarked = text.replace("*", "")
        return unmarked, DropOffsets.from_runs(*runs, len(unmarked) + 1)
    pieces: list[str] = []
    at: list[int] = []
    shift: list[int] = []
    last = dropped = 0
    end = len(text)
    for found in _MARKS.finditer(text):
        start, stop = found.span()
        pieces.append(text[last:start])
        glued = start and stop < end and text[start - 1].isalnum() and text[stop].isalnum()
        if glued and text[start] == "*":
            pieces.append(" " * (stop - start))
        else:
            at.append(start - dropped)
            dropped += stop - start
            shift.append(dropped)
        last = stop
    pieces.append(text[last:])
    offsets = DropOffsets.from_runs(at, shift, end - dropped + 1) if dropped else None
    return "".join(pieces), offsets


def _star_runs(text: str) -> tuple[list[int], list[int]] | None:
    """The runs of stars in a text free of tildes, as `DropOffsets` keeps them, or None when a
    run is glued between two words. Stars are found by `str.find`: several times faster than a
    regex over the post."""
    at: list[int] = []
    shift: list[int] = []
    end = len(text)
    dropped = 0
    star = text.find("*")
    while star >= 0:
        stop = star + 1
        while stop < end and text[stop] == "*":
            stop += 1
        if star and stop < end and text[star - 1].isalnum() and text[stop].isalnum():
            return None
        at.append(star - dropped)
        dropped += stop - star
        shift.append(dropped)
        star = text.find("*", stop)
    return at, shift


class DropOffsets(Sequence[int]):
    """The offsets of a text that only lost runs of some characters (Markdown's marks in half
    the posts, `_DROP` characters in others), as `_slow` gives them but without a list of the
    text's length: where each run was (in normalised positions) and how many characters were
    dropped by then, found on the first look-up (most posts never need one). An offset is
    looked up by bisection; a post looks up a few."""

    __slots__ = ("_at", "_length", "_runs", "_shift", "_source")

    def __init__(self, source: str | None, runs: re.Pattern[str], length: int) -> None:
        self._source = source
        self._runs = runs
        self._length = length
        self._at: list[int] = []
        self._shift: list[int] = []

    @classmethod
    def from_runs(cls, at: list[int], shift: list[int], length: int) -> DropOffsets:
        """Offsets from runs already found: `at` and `shift` as the class keeps them."""
        offsets = cls(None, _MARKS, length)
        offsets._at, offsets._shift = at, shift
        return offsets

    def _find_runs(self) -> None:
        source, self._source = self._source, None
        assert source is not None
        spans = [found.span() for found in self._runs.finditer(source)]
        self._shift = list(itertools.accumulate(stop - start for start, stop in spans))
        self._at = [stop - shift for (_, stop), shift in zip(spans, self._shift, strict=True)]

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        if self._source is not None:
            self._find_runs()
        run = bisect.bisect_right(self._at, index)
        return index + (self._shift[run - 1] if run else 0)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(list(self))
