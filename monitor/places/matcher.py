"""The place matcher: one Aho-Corasick automaton over every surface form of every place.

`PlaceMatcher.load(gaz, cache_dir)` compiles the gazetteer (or loads the compiled automaton and
tables from `cache_dir`, keyed by the gazetteer's fingerprint); `find(text, side)` normalises
the text, runs the automaton once, keeps matches on word boundaries, lets the longest of
overlapping matches win, resolves namesakes and common words (`disambiguate`), and returns one
`PlaceMention` per occurrence with spans into the original text.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import os
import pickle
import tempfile
from collections.abc import Iterable
from pathlib import Path

import ahocorasick

from monitor.domain import PlaceMention
from monitor.gc_pause import gc_paused
from monitor.places.context import Match
from monitor.places.disambiguate import PlaceInfo, Resolver
from monitor.places.entry_table import EntryTable
from monitor.places.gazetteer import Gazetteer, GazetteerPlace
from monitor.places.recent import ChannelMemory
from monitor.places.surfaces import common_words_digest, compile_entries
from monitor.text.normalize import normalize

log = logging.getLogger(__name__)
# Bump when the pickled classes change (matcher-12: PlaceInfo became a named tuple).
CACHE_VERSION = "matcher-15"
_PRIOR_KIND = {
    "region": 3.0,
    "macro-region": 2.5,
    "city": 2.0,
    "district": 1.5,
    "water": 1.5,
    "facility": 1.5,
    "town": 1.0,
    "settlement": 0.3,
    "village": 0.0,
}


def _prior(place: GazetteerPlace, tracked: frozenset[str]) -> tuple[float, bool]:
    curated = not place.source.startswith(("katottg", "geonames", "import"))
    score = _PRIOR_KIND.get(place.kind, 0.0) + (1.5 if curated else 0.0)
    # GeoNames cities500: 500+ people; its postal-code settlements carry no population
    if place.source.startswith("geonames") and not place.source.startswith("geonames postal"):
        score += 0.5
    if place.key in tracked:
        score += 0.5
    return score, curated


def _info(place: GazetteerPlace, tracked: frozenset[str]) -> PlaceInfo:
    prior, curated = _prior(place, tracked)
    own = place.name_en if place.kind in ("region", "macro-region", "district") else None
    return PlaceInfo(
        place.key,
        place.kind,
        place.district,
        place.oblast,
        own,
        place.country,
        place.lat,
        place.lon,
        prior,
        curated,
    )


_LENGTH_BITS = 8  # an automaton value is `entry index << _LENGTH_BITS | form length`
_LENGTH_MASK = (1 << _LENGTH_BITS) - 1


def cache_path(gaz: Gazetteer, cache_dir: Path) -> Path:
    """The compiled matcher's file: keyed by the gazetteer and the common-words file, the two
    inputs of compilation that a user may edit."""
    key = hashlib.sha256((gaz.fingerprint + common_words_digest()).encode()).hexdigest()
    return cache_dir / f"places-{CACHE_VERSION}-{key[:24]}.pickle"


class PlaceMatcher:
    def __init__(
        self,
        keys: list[str],
        infos: list[PlaceInfo],
        entries: EntryTable,
        automaton: ahocorasick.Automaton,
    ) -> None:
        self.keys = keys
        self.infos = infos
        self.entries = entries
        self.automaton = automaton
        self.resolver = Resolver(infos)

    @classmethod
    def build(cls, gaz: Gazetteer) -> PlaceMatcher:
        keys = sorted(gaz.places)
        infos = [_info(gaz.places[k], gaz.tracked) for k in keys]
        table = {
            form: entry
            for form, entry in compile_entries(gaz, keys).items()
            if len(form) <= _LENGTH_MASK
        }  # no name is 255 characters long
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for index, form in enumerate(table):
            automaton.add_word(form, index << _LENGTH_BITS | len(form))
        automaton.make_automaton()
        return cls(keys, infos, EntryTable.build(table.values()), automaton)

    @classmethod
    def load(cls, gaz: Gazetteer, cache_dir: Path | None) -> PlaceMatcher:
        """Load the compiled matcher for `gaz` from `cache_dir`, or build and store it."""
        if cache_dir is None:
            return cls.build(gaz)
        path = cache_path(gaz, cache_dir)
        if path.exists():
            try:
                with path.open("rb") as handle, gc_paused():
                    keys, infos, entries, automaton = pickle.load(handle)
                return cls(keys, infos, entries, automaton)
            except (
                OSError,
                pickle.UnpicklingError,
                EOFError,
                ValueError,
                TypeError,
                ImportError,  # a class the cache names has moved or is gone
                AttributeError,
            ) as exc:
                log.warning("ignoring unreadable matcher cache %s: %s", path, exc)
        matcher = cls.build(gaz)
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(
                    (matcher.keys, matcher.infos, matcher.entries, matcher.automaton),
                    handle,
                    protocol=pickle.HIGHEST_PROTOCOL,
                )
            os.replace(tmp, path)
            for old in cache_dir.glob("places-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("cannot write matcher cache in %s: %s", cache_dir, exc)
        return matcher

    def candidates(self, text: str) -> list[Match]:
        """Boundary-checked, longest, non-overlapping matches before disambiguation."""
        return self._spans(normalize(text).text)

    def _hits(self, t: str) -> list[tuple[int, int, int]]:
        """(start, end, entry index) of every automaton hit on word boundaries.

        Most hits are forms inside longer words; they are dropped here, before any object but
        the automaton's own tuple is made. A word character is what `str.isalnum` says, or `_`.
        """
        last = len(t) - 1
        raw: list[tuple[int, int, int]] = []
        for end, value in self.automaton.iter(t):
            start = end - (value & _LENGTH_MASK) + 1
            if start:
                char = t[start - 1]
                if char.isalnum() or char == "_":
                    continue
            if end < last:
                char = t[end + 1]
                if char.isalnum() or char == "_":
                    continue
            raw.append((start, end + 1, value >> _LENGTH_BITS))
        return raw

    def _spans(self, t: str) -> list[Match]:
        raw = self._hits(t)
        if not raw:
            return []
        if len(raw) > 1:
            raw.sort(key=lambda r: (r[0] - r[1], r[0]))
            chosen: list[tuple[int, int, int]] = []
            for item in raw:
                if all(item[1] <= c[0] or item[0] >= c[1] for c in chosen):
                    chosen.append(item)
            raw = sorted(chosen)
        entry = self.entries.entry
        return [Match(s, e, entry(i)) for s, e, i in raw]

    def find(
        self, text: str, side: str | None = None, recent: ChannelMemory | None = None
    ) -> list[PlaceMention]:
        """The places `text` names; `recent`, the channel's recently named places, settles
        namesakes nothing in the text tells apart (without it they stay abstentions)."""
        norm = normalize(text)
        matches = self._spans(norm.text)
        if not matches:
            return []
        kept = self.resolver.resolve(text, norm, matches, side, recent)
        mentions = []
        for match in kept:
            assert match.chosen is not None
            mentions.append(
                PlaceMention(
                    place_key=self.keys[match.chosen.place],
                    start=match.o_start,
                    end=match.o_end,
                    surface=text[match.o_start : match.o_end],
                    confidence=match.confidence,
                    reason=match.reason,
                )
            )
        return mentions

    def places_of(self, keys: Iterable[str]) -> list[PlaceInfo]:
        """What the resolver knows of these gazetteer keys (unknown keys are skipped)."""
        found = []
        for key in keys:
            index = bisect.bisect_left(self.keys, key)
            if index < len(self.keys) and self.keys[index] == key:
                found.append(self.infos[index])
        return found
