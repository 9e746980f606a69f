"""Forms of two words or more («Миропільської сільської громади», «… напрямку», «малой
локни»): the automaton holds their first word alone, the head, and `HeadTails` the rest of
each, the tail, to compare the text after a hit of the head with (`compiler.TAIL_MIN` says how
many forms must share a tail).

Every case of every hromada, axis, district and two-word name was a key of its own: 70% of the
automaton's nodes (4.46M), which loading the cache builds one by one. Headed, a form is found
exactly where its own key was: the head's key between word boundaries, then a space, the tail
as spelled and a word boundary.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Sequence
from typing import Any

# A run of word characters (`\w` is `str.isalnum` or `_`): a tail's first, the key its head's
# forms are looked up by
_WORD = re.compile(r"\w*")


def _first_word(text: str, start: int) -> str:
    found = _WORD.match(text, start)
    return found.group() if found else ""


def word_ends(text: str, end: int) -> bool:
    """Whether a form may end before `text[end]`: the text's end, or a character the gapped
    text makes a space (`compiler.gapped`) that `PlaceMatcher._hits` takes for a boundary (no
    word character, no `_`, no lone surrogate)."""
    if end == len(text):
        return True
    char = text[end]
    return not (char.isalnum() or char == "_" or "\ud800" <= char <= "\udfff")


class HeadTails:
    """Head `h` stands for the value its key would have without its tails (`own(h)`, -1: its
    key is no form of its own) and for forms `bounds[h]:bounds[h + 1]`: form `i` is the head,
    then `tails[tail_of[i]]` (with its leading space), of entry index `indices[i]`. Flat arrays,
    like `entry_table.FormGroups`, cheap to store and load."""

    __slots__ = ("_bounds", "_by_word", "_indices", "_own", "_tail_of", "_tails")

    def __init__(
        self, tails: Sequence[str], heads: Iterable[tuple[int, Iterable[tuple[int, int]]]]
    ) -> None:
        own, bounds, tail_of, indices = array("q"), array("I", [0]), array("I"), array("I")
        for value, forms in heads:
            own.append(value)
            for tail, index in forms:
                tail_of.append(tail)
                indices.append(index)
            bounds.append(len(indices))
        self._fill(tuple(f" {tail}" for tail in tails), own, bounds, tail_of, indices)

    def _fill(
        self,
        tails: tuple[str, ...],
        own: array[int],
        bounds: array[int],
        tail_of: array[int],
        indices: array[int],
    ) -> None:
        self._tails = tails
        self._own = own
        self._bounds = bounds
        self._tail_of = tail_of
        self._indices = indices
        self._by_word: dict[int, dict[str, list[tuple[str, int]]]] = {}

    def __len__(self) -> int:
        return len(self._own)

    def own(self, head: int) -> int:
        return self._own[head]

    def match(
        self, text: str, start: int, end: int, head: int, hits: list[tuple[int, int, int]]
    ) -> int:
        """Append to `hits` (start, end, entry index) of each form of `head` whose tail follows
        the head found at `text[start:end]`; return the head's own value."""
        if end < len(text) and text[end] == " ":
            by_word = self._by_word.get(head)
            if by_word is None:
                by_word = self._by_word[head] = self._index(head)
            # a tail that follows starts with the word that follows (the same run of word
            # characters, then a gap or its end)
            for tail, index in by_word.get(_first_word(text, end + 1), ()):
                if text.startswith(tail, end) and word_ends(text, end + len(tail)):
                    hits.append((start, end + len(tail), index))
        return self._own[head]

    def _index(self, head: int) -> dict[str, list[tuple[str, int]]]:
        """The forms of `head` by the first word of their tail (made when a text first holds
        the head: a head of a common word has hundreds of forms, «малой», «нового»)."""
        by_word: dict[str, list[tuple[str, int]]] = {}
        for tail, index in self.forms(head):
            by_word.setdefault(_first_word(tail, 1), []).append((tail, index))
        return by_word

    def forms(self, head: int) -> list[tuple[str, int]]:
        """(tail with its leading space, entry index) of each form of `head`."""
        return [
            (self._tails[self._tail_of[i]], self._indices[i])
            for i in range(self._bounds[head], self._bounds[head + 1])
        ]

    def __getstate__(self) -> tuple[Any, ...]:
        return (
            self._tails,
            self._own.tobytes(),
            self._bounds.tobytes(),
            self._tail_of.tobytes(),
            self._indices.tobytes(),
        )

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        tails, own, bounds, tail_of, indices = state
        self._fill(
            tails, _array("q", own), _array("I", bounds), _array("I", tail_of), _array("I", indices)
        )


def _array(code: str, data: bytes) -> array[int]:
    result = array(code)
    result.frombytes(data)
    return result
