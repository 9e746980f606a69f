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
import pickle
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import ahocorasick

from monitor.domain import PlaceMention
from monitor.gc_pause import gc_paused
from monitor.places import cache_file
from monitor.places.axis_lists import HEADING_NOUN, PLURAL_AXIS_NOUNS, with_listed_axes
from monitor.places.compiler import (
    CHECKED,
    HEADED,
    LENGTH_MASK,
    SLOT_SHIFT,
    compile_matcher,
    compiler_digest,
    gapped,
    gapped_view,
)
from monitor.places.context import Match
from monitor.places.cues import LIST_SEPARATOR, NEAR_BEFORE, SETTLEMENT_NOUN_RIGHT_BEFORE
from monitor.places.disambiguate import Resolver
from monitor.places.entry_table import EntryTable, FormGroups
from monitor.places.front import FrontLine, war_post
from monitor.places.gazetteer import Gazetteer
from monitor.places.place_info import PlaceInfo
from monitor.places.recent import ChannelMemory
from monitor.places.surfaces import ADJ, AXIS, SurfaceEntry, common_words_digest
from monitor.places.tails import HeadTails
from monitor.text.normalize import Normalized, normalize

log = logging.getLogger(__name__)
# Bump when the pickled classes change (matcher-12: PlaceInfo became a named tuple; matcher-16:
# the automaton holds " form " keys over word gaps and a table of forms to check; matcher-17:
# entries carry `capital_only`; matcher-19: Ukrainian axes of any regular ending, plural
# genitives with a fleeting vowel, short common village names; matcher-20: whether every key is
# one byte a character; matcher-21: axes of two-word towns and of the villages in
# `axes.AXIS_VILLAGES`; matcher-22: bare river names «Сейм», «Десна»; matcher-23: the groups of
# forms to check are a `FormGroups`; matcher-24: the file has a header with the payload's
# length and CRC-32, checked before unpickling, see `cache_file`; matcher-25: Russian forms
# Раздольное, Юрьевка, Светлое, Песчаное and the like, nuclear plants named «NPP»; matcher-26:
# the last axis of a list with the plural noun, «Лиманському напрямках»; matcher-27: hromadas;
# matcher-28: `PlaceInfo` moved to `place_info`, the key covers only `compiler.COMPILE_MODULES`;
# matcher-29: forms of a shared tail are keyed by their head, see `tails`).
CACHE_VERSION = "matcher-29"
# How far before a near-only form its preposition or noun is looked for («населённого пункта »)
_NEAR_WINDOW = 24


def _disjoint(hits: list[tuple[int, int, int]]) -> bool:
    """Whether each hit ends before the next starts: then the longest-match rule keeps them all,
    in this order (most posts; the automaton reports hits by their end)."""
    previous_end = -1
    for start, end, _ in hits:
        if start < previous_end:
            return False
        previous_end = end
    return True


def cache_path(gaz: Gazetteer, cache_dir: Path) -> Path:
    """The compiled matcher's file: keyed by the gazetteer and the common-words file, the two
    inputs of compilation that a user may edit, by the code that compiles it (an upgrade
    never meets a matcher the old rules compiled; the resolver's code is no part of the key,
    see `compiler`) and by the Unicode version, which decides how names normalise (another
    Python)."""
    inputs = gaz.fingerprint + common_words_digest() + compiler_digest()
    inputs += unicodedata.unidata_version
    key = hashlib.sha256(inputs.encode()).hexdigest()
    return cache_dir / f"places-{CACHE_VERSION}-{key[:24]}.pickle"


class PlaceMatcher:
    def __init__(
        self,
        keys: list[str],
        infos: list[PlaceInfo],
        entries: EntryTable,
        automaton: ahocorasick.Automaton,
        checked: FormGroups,
        heads: HeadTails,
        one_byte: bool = False,
    ) -> None:
        self.keys = keys
        self.infos = infos
        self.entries = entries
        self.automaton = automaton
        self.checked = checked
        self.heads = heads
        # whether the gapped text can come from the normalised text's one-byte view (every key
        # character has a byte of its own there: so far every gazetteer's do)
        self.one_byte = one_byte
        self.resolver = Resolver(infos)

    @classmethod
    def build(cls, gaz: Gazetteer) -> PlaceMatcher:
        return cls(*compile_matcher(gaz))

    @classmethod
    def load(cls, gaz: Gazetteer, cache_dir: Path | None) -> PlaceMatcher:
        """Load the compiled matcher for `gaz` from `cache_dir`, or build and store it."""
        if cache_dir is None:
            return cls.build(gaz)
        path = cache_path(gaz, cache_dir)
        if path.exists():
            try:
                with gc_paused():
                    compiled = cache_file.read(path)
                return cls(*compiled)
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
            cache_file.write(
                path,
                (
                    matcher.keys,
                    matcher.infos,
                    matcher.entries,
                    matcher.automaton,
                    matcher.checked,
                    matcher.heads,
                    matcher.one_byte,
                ),
            )
            for old in cache_dir.glob("places-*.pickle"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("cannot write matcher cache in %s: %s", cache_dir, exc)
        return matcher

    def follow_front(self, raions: Sequence[str]) -> None:
        """Settle namesakes a war post leaves undecided by the front line, the settlements of
        `raions` (places.toml's `[front] raions`; none: no front prior). See `front`."""
        self.resolver.front = FrontLine(raions, self.infos) if raions else None

    def candidates(self, text: str) -> list[Match]:
        """Boundary-checked, longest, non-overlapping matches before disambiguation."""
        return self._spans(normalize(text))

    def surface_forms(self) -> list[str]:
        """Every surface form the matcher finds (for benchmarks against other matchers)."""
        forms: list[str] = []
        for key, value in self.automaton.items():
            if value & HEADED:
                slot = value >> SLOT_SHIFT
                forms.extend(key[1:-1] + tail for tail, _ in self.heads.forms(slot))
                value = self.heads.own(slot)
                if value < 0:
                    continue
            if value & CHECKED:
                forms.extend(form for form, _ in self.checked[value >> SLOT_SHIFT])
            else:
                forms.append(key[1:-1])
        return forms

    def _hits(self, norm: Normalized) -> list[tuple[int, int, int]]:
        """(start, end, entry index) of every form in the normalised text on word boundaries.

        The automaton scans the text gapped, so it reports only forms between gaps (most hits
        of bare forms were forms inside longer words); a word character is what `str.isalnum`
        says, or `_`. A hit of a head adds its forms whose tail follows (`tails`).
        """
        t = norm.text
        last = len(t)
        raw: list[tuple[int, int, int]] = []
        checked, heads = self.checked, self.heads
        spaced = gapped_view(norm.view) if self.one_byte else gapped(t)
        for end, value in self.automaton.iter(spaced):
            start = end - (value & LENGTH_MASK) - 1  # `end` is the closing space's, in t + 1
            if start:
                char = t[start - 1]
                if char.isalnum() or char == "_":
                    continue
            if end <= last:
                char = t[end - 1]
                if char.isalnum() or char == "_":
                    continue
            if value & HEADED:  # its forms of a tail, then its own as any key's
                value = heads.match(t, start, end - 1, value >> SLOT_SHIFT, raw)
                if value < 0:
                    continue
            if value & CHECKED:
                found = t[start : end - 1]
                for form, index in checked[value >> SLOT_SHIFT]:
                    if form == found:
                        raw.append((start, end - 1, index))
                        break
            else:
                raw.append((start, end - 1, value >> SLOT_SHIFT))
        return raw

    def _spans(self, norm: Normalized) -> list[Match]:
        entry = self.entries.entry
        return [Match(s, e, entry(i)) for s, e, i in self._longest(norm)]

    def _longest(self, norm: Normalized) -> list[tuple[int, int, int]]:
        """`_hits` after the longest-match rule: (start, end, entry index) in text order."""
        raw = self._hits(norm)
        if len(raw) > 1 and not _disjoint(raw):
            raw.sort(key=lambda r: (r[0] - r[1], r[0]))
            # the chosen spans are disjoint, kept in order: only the last one starting before
            # a new span's end can overlap it (a bisection, not a pass over all of them)
            starts: list[int] = []
            chosen: list[tuple[int, int, int]] = []
            for item in raw:
                at = bisect.bisect_left(starts, item[1])
                if at and chosen[at - 1][1] > item[0]:
                    continue
                starts.insert(at, item[0])
                chosen.insert(at, item)
            raw = chosen
        return raw

    def _near_checked(
        self, text: str, norm: Normalized, raw: list[tuple[int, int, int]]
    ) -> list[tuple[int, int, int]]:
        """`raw` without the hits of near-only forms (`SurfaceEntry.near_only`: «Зори») but
        those capitalised in a post about the war after a preposition of nearness, a settlement
        noun or another place of a list («у Зори», «село Зоря», «у Торского и Зори»)."""
        near_only = self.entries.near_only
        if not any(near_only(index) for _, _, index in raw):
            return raw
        t, offsets = norm.text, norm.offsets
        war: bool | None = None  # asked only of a capitalised form where a place may stand
        kept: list[tuple[int, int, int]] = []
        for start, end, index in raw:
            if near_only(index):
                first = offsets[start] if offsets is not None else start
                if not text[first : first + 1].isupper():
                    continue
                before = t[max(0, start - _NEAR_WINDOW) : start]
                near = (
                    NEAR_BEFORE.search(before)
                    or SETTLEMENT_NOUN_RIGHT_BEFORE.search(before)
                    or (kept and LIST_SEPARATOR.fullmatch(t, kept[-1][1], start))
                )
                if not near:
                    continue
                if war is None:
                    war = war_post(t)
                if not war:
                    continue
            kept.append((start, end, index))
        return kept

    def _any_live(self, text: str, norm: Normalized, raw: list[tuple[int, int, int]]) -> bool:
        """Whether a hit is worth deciding (`Resolver.resolve`'s test, before any `Match` is
        made): one not every reading of which needs a capital, or one capitalised. A post of
        lowercase common words alone («мирный», «белая») ends here."""
        capital_only = self.entries.capital_only
        offsets = norm.offsets
        for start, _, index in raw:
            if not capital_only(index):
                return True
            if offsets is not None:
                start = offsets[start]
            if text[start : start + 1].isupper():
                return True
        return False

    def find(
        self, text: str, side: str | None = None, recent: ChannelMemory | None = None
    ) -> list[PlaceMention]:
        """The places `text` names; `recent`, the channel's recently named places, settles
        namesakes nothing in the text tells apart (without it they stay abstentions)."""
        norm = normalize(text)
        raw = self._near_checked(text, norm, self._longest(norm))
        if not raw:
            return []
        t = norm.text
        listed = (
            any(noun in t for noun in PLURAL_AXIS_NOUNS)
            or " громад" in t
            or " общин" in t
            or (("направление" in t or "напрямок" in t) and HEADING_NOUN.search(t) is not None)
        )
        if not (listed or self._any_live(text, norm, raw)):
            return []  # what `resolve` returns when no match is worth deciding
        entry = self.entries.entry
        matches = [Match(s, e, entry(i)) for s, e, i in raw]
        if listed:  # the listed axes it adds may be worth deciding
            matches = with_listed_axes(t, matches, self._axis_entry, self._heading_entry)
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

    def _axis_entry(self, form: str) -> SurfaceEntry | None:
        """The entry of an axis form on its own («торецькому напрямку»), if it is one."""
        norm = normalize(form)
        found = self._spans(norm)
        if len(found) != 1 or (found[0].start, found[0].end) != (0, len(norm.text)):
            return None
        entry = found[0].entry
        return entry if all(c.kind == AXIS for c in entry.candidates) else None

    def _heading_entry(self, form: str) -> SurfaceEntry | None:
        """The entry of an axis form, else the adjective readings of its first word when the
        automaton reads that word alone («херсонское направление»: an oblast's axis)."""
        entry = self._axis_entry(form)
        if entry is not None:
            return entry
        norm = normalize(form)
        found = self._spans(norm)
        if not found or (found[0].start, found[0].end) != (0, norm.text.find(" ")):
            return None
        adjectives = tuple(c for c in found[0].entry.candidates if c.kind == ADJ)
        return replace(found[0].entry, candidates=adjectives) if adjectives else None

    def places_of(self, keys: Iterable[str]) -> list[PlaceInfo]:
        """What the resolver knows of these gazetteer keys (unknown keys are skipped)."""
        found = []
        for key in keys:
            index = bisect.bisect_left(self.keys, key)
            if index < len(self.keys) and self.keys[index] == key:
                found.append(self.infos[index])
        return found
