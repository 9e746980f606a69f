"""The matcher's surface-form entries as flat arrays: cheap to store, load and keep in memory.

A gazetteer compiles to ~100,000 surface forms. Kept as one `SurfaceEntry` object each (a tuple of
candidate tuples inside), they took most of the matcher's cold start to unpickle and a good
part of its memory. Here entry `i` is the candidate slice `bounds[i]:bounds[i + 1]` of three
parallel arrays (place index, form kind, language index) plus a byte of flags (`common`,
`capital_only`, `near_only`); a
`SurfaceEntry` object is made (and kept) only for a form that actually matched a text.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import Any

from monitor.places.surfaces import Candidate, SurfaceEntry

_COMMON = 1
_CAPITAL_ONLY = 2
_NEAR_ONLY = 4


class EntryTable:
    __slots__ = ("_bounds", "_cache", "_flags", "_kinds", "_langs", "_places", "langs")

    def __init__(
        self,
        langs: tuple[str, ...],
        bounds: array[int],
        places: array[int],
        kinds: array[int],
        langs_of: array[int],
        flags: bytes,
    ) -> None:
        self._fill(langs, bounds, places, kinds, langs_of, flags)

    def _fill(
        self,
        langs: tuple[str, ...],
        bounds: array[int],
        places: array[int],
        kinds: array[int],
        langs_of: array[int],
        flags: bytes,
    ) -> None:
        self.langs = langs
        self._bounds = bounds
        self._places = places
        self._kinds = kinds
        self._langs = langs_of
        self._flags = flags
        self._cache: dict[int, SurfaceEntry] = {}

    @classmethod
    def build(cls, entries: Iterable[SurfaceEntry]) -> EntryTable:
        langs: dict[str, int] = {}
        bounds, places, kinds, langs_of = array("I", [0]), array("I"), array("B"), array("B")
        flags = bytearray()
        for entry in entries:
            for place, kind, lang in entry.candidates:
                places.append(place)
                kinds.append(kind)
                langs_of.append(langs.setdefault(lang, len(langs)))
            bounds.append(len(places))
            flags.append(
                entry.common * _COMMON
                | entry.capital_only * _CAPITAL_ONLY
                | entry.near_only * _NEAR_ONLY
            )
        return cls(tuple(langs), bounds, places, kinds, langs_of, bytes(flags))

    def __len__(self) -> int:
        return len(self._flags)

    def capital_only(self, index: int) -> bool:
        """`entry(index).capital_only`, without making the entry."""
        return bool(self._flags[index] & _CAPITAL_ONLY)

    def near_only(self, index: int) -> bool:
        """`entry(index).near_only`, without making the entry."""
        return bool(self._flags[index] & _NEAR_ONLY)

    def entry(self, index: int) -> SurfaceEntry:
        """The `SurfaceEntry` of surface form `index` (made on first use, then kept)."""
        found = self._cache.get(index)
        if found is None:
            places, kinds, langs_of, langs = self._places, self._kinds, self._langs, self.langs
            flags = self._flags[index]
            found = SurfaceEntry(
                tuple(
                    Candidate(places[i], kinds[i], langs[langs_of[i]])
                    for i in range(self._bounds[index], self._bounds[index + 1])
                ),
                bool(flags & _COMMON),
                bool(flags & _CAPITAL_ONLY),
                bool(flags & _NEAR_ONLY),
            )
            self._cache[index] = found
        return found

    def __getstate__(self) -> tuple[Any, ...]:
        return (
            self.langs,
            self._bounds.tobytes(),
            self._places.tobytes(),
            self._kinds.tobytes(),
            self._langs.tobytes(),
            self._flags,
        )

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        langs, bounds, places, kinds, langs_of, flags = state
        self._fill(
            langs,
            _array("I", bounds),
            _array("I", places),
            _array("B", kinds),
            _array("B", langs_of),
            flags,
        )


def _array(code: str, data: bytes) -> array[int]:
    result = array(code)
    result.frombytes(data)
    return result


class FormGroups:
    """The matcher's groups of (form, entry index) to compare a hit with (see
    `compiler._compile`), stored as one string of the forms and flat arrays: ~100,000 groups
    of tuples took a tenth of loading the matcher from its cache to unpickle, and few are
    ever read. Group `g` is forms `bounds[g]:bounds[g + 1]`; form `i` is
    `text[ends[i - 1]:ends[i]]` (from 0 for the first) with entry index `indices[i]`."""

    __slots__ = ("_bounds", "_cache", "_ends", "_indices", "_text")

    def __init__(self, groups: Iterable[Iterable[tuple[str, int]]]) -> None:
        bounds, ends, indices = array("I", [0]), array("I"), array("I")
        forms: list[str] = []
        length = 0
        for group in groups:
            for form, index in group:
                forms.append(form)
                length += len(form)
                ends.append(length)
                indices.append(index)
            bounds.append(len(indices))
        self._fill("".join(forms), bounds, ends, indices)

    def _fill(self, text: str, bounds: array[int], ends: array[int], indices: array[int]) -> None:
        self._text = text
        self._bounds = bounds
        self._ends = ends
        self._indices = indices
        self._cache: dict[int, tuple[tuple[str, int], ...]] = {}

    def __len__(self) -> int:
        return len(self._bounds) - 1

    def __getitem__(self, slot: int) -> tuple[tuple[str, int], ...]:
        found = self._cache.get(slot)
        if found is None:
            text, ends, indices = self._text, self._ends, self._indices
            found = tuple(
                (text[ends[i - 1] if i else 0 : ends[i]], indices[i])
                for i in range(self._bounds[slot], self._bounds[slot + 1])
            )
            self._cache[slot] = found
        return found

    def __getstate__(self) -> tuple[Any, ...]:
        return (self._text, self._bounds.tobytes(), self._ends.tobytes(), self._indices.tobytes())

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        text, bounds, ends, indices = state
        self._fill(text, _array("I", bounds), _array("I", ends), _array("I", indices))
