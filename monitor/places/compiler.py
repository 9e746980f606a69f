"""Compile a gazetteer into the place matcher's artefact, and the key of its cache.

`compile_matcher(gaz)` makes what `PlaceMatcher` holds and caches: the sorted place keys, what
the resolver knows of each place (`place_info`), the surface-form entries (`surfaces`) with
whether each counts only capitalised, and one Aho-Corasick automaton over the forms' gapped keys
(" form ": `gapped`, which the matcher's scan applies to each text too; a form whose words after
the first are a tail many forms share, by its first word: see `tails`).

The cache's key covers the code that shapes that artefact and nothing else (`compiler_digest`):
`COMPILE_MODULES`, the modules that compile, normalise and store it and those that define its
pickled classes. An edit to the resolver (disambiguate, context, cues, ...) leaves compiled
matchers valid: a recompile takes 35-100 s, and every user's cache would be thrown away on the
upgrade. The list is closed under imports (tests/places/test_matcher.py checks it): a module a
compile module imports is a compile module too, but for `monitor.config` and `monitor.errors`,
which only read and check the settings, whose effect the gazetteer's own fingerprint covers
(with the data files; the common-words file has a digest of its own, see `matcher.cache_path`).
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import logging
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import ahocorasick

from monitor.places.entry_table import EntryTable, FormGroups
from monitor.places.gazetteer import Gazetteer
from monitor.places.place_info import PlaceInfo, needs_capital, place_info, with_hromada_points
from monitor.places.surfaces import compile_entries
from monitor.places.tails import HeadTails
from monitor.text import onebyte

# The compile is logged as the matcher's (its progress lines are what a first start shows).
log = logging.getLogger("monitor.places.matcher")
# The modules (under monitor/) whose code shapes a compiled matcher: this one, what it runs to
# compile and normalise, the classes it pickles (`PlaceInfo`, `EntryTable`, `FormGroups`) and
# the file format. The automaton's pickle is pyahocorasick's own.
COMPILE_MODULES = (
    "places/__init__.py",
    "places/axes.py",
    "places/cache_file.py",
    "places/compiler.py",
    "places/declension.py",
    "places/entry_table.py",
    "places/forms.py",
    "places/gazetteer.py",
    "places/place_info.py",
    "places/quoted_names.py",
    "places/spellings.py",
    "places/surfaces.py",
    "places/tails.py",
    "places/translit.py",
    "text/*.py",
)

# An automaton value is `(slot << 2 | headed << 1 | checked) << LENGTH_BITS | form length`:
# `slot` is the entry index, or when `checked` the index of a group of (form, entry index) to
# compare, or when `headed` the head's index in `HeadTails` (see `tails`).
LENGTH_BITS = 8
LENGTH_MASK = (1 << LENGTH_BITS) - 1
CHECKED = 1 << LENGTH_BITS
HEADED = 2 << LENGTH_BITS
SLOT_SHIFT = LENGTH_BITS + 2
# How many forms must share the words after their first before those are split off as a tail
# (the hromadas' «… сільської громади», the axes' «… напрямку», the districts' «… району»):
# any, as it stands (the automaton of the bundled gazetteer: 4.46M nodes unsplit, 1.74M when
# 200 must, 1.32M when 1 must).
TAIL_MIN = 1


def _gap_class() -> re.Pattern[str]:
    """Every character `_hits` takes for a word boundary (not `str.isalnum`, not `_`) but the
    space, which stays a space, written as BMP ranges (`re` checks those through a bitmap, where
    `\\W` asks the Unicode tables for each character), and every astral character: emoji are,
    and the rare astral letter is caught by the boundary check of `_hits`."""
    codes = [
        code
        for code in range(0x10000)
        if not (0xD800 <= code < 0xE000 or chr(code).isalnum() or chr(code) in "_ ")
    ]
    ranges: list[str] = []
    start = previous = codes[0]
    for code in [*codes[1:], -2]:
        if code != previous + 1:
            last = "-" + re.escape(chr(previous)) if start < previous else ""
            ranges.append(re.escape(chr(start)) + last)
            start = code
        previous = code
    return re.compile("[" + "".join(ranges) + "\U00010000-\U0010ffff]")


_GAP = _gap_class()
# The commonest boundary characters of posts (links, lines, sentences, lists, markdown): one
# `str.replace` each costs less than a regex match at each of their occurrences.
_FREQUENT_GAPS = "/\n.,-*"


def gapped(text: str) -> str:
    """`text` between two spaces with every boundary character a space: offsets + 1."""
    gapped = f" {text} "
    for char in _FREQUENT_GAPS:
        if char in gapped:
            gapped = gapped.replace(char, " ")
    return _GAP.sub(" ", gapped)


def _gap_decoding() -> str:
    """The table that decodes a `Normalized.view` into the gapped text: each byte's character,
    or a space for a boundary character; `onebyte.OTHER_WORD` (a word character no key holds,
    as no key holds a character outside the view's code page: see `PlaceMatcher.one_byte`)
    decodes to U+FFFD, which no key holds either."""
    chars = []
    for byte in range(256):
        char = onebyte.character(byte)
        chars.append("\ufffd" if char is None else " " if _GAP.match(char) else char)
    return "".join(chars)


_GAP_DECODING = _gap_decoding()


def gapped_view(view: bytes) -> str:
    """`_gapped` of the text `view` stands for, in one C call (several times faster): the same
    text where it could hold a key, a character no key holds for each `OTHER_WORD`."""
    # a str of 256 characters is the table the codec's fast path takes (typeshed knows only
    # dicts and encoding maps)
    return codecs.charmap_decode(b" " + view + b" ", "strict", _GAP_DECODING)[0]  # type: ignore[arg-type]


def _one_byte(keys: Iterable[str]) -> bool:
    """Whether every character of the keys has a byte of its own in `onebyte` views."""
    try:
        for key in keys:
            key.encode(onebyte.ENCODING)
    except UnicodeEncodeError:
        return False
    return True


def _compile(forms: list[str]) -> tuple[ahocorasick.Automaton, FormGroups, HeadTails]:
    """The automaton over the forms' gapped keys, the groups of forms to check and the heads.

    A key " f " matches only between word boundaries, so forms inside longer words (most hits
    of bare forms) are never reported. A form of word characters alone matches its key exactly
    where it matches itself; any other form (spaces, hyphens, apostrophes) shares its key with
    every spelling that differs in its gaps, so a hit is checked against the text. A form of
    a shared tail (`tails`) has the key of its first word, the head, instead.
    """
    tails = _shared_tails(forms)
    groups: dict[str, list[int]] = {}
    headed: dict[str, list[tuple[int, int]]] = {}
    for index, form in enumerate(forms):
        head, _, tail = form.partition(" ")
        if tail in tails and gapped(head) == f" {head} ":  # a head of word characters alone
            headed.setdefault(head, []).append((tails[tail], index))
        else:
            groups.setdefault(gapped(form), []).append(index)
    values: dict[str, int] = {}
    checked: list[tuple[tuple[str, int], ...]] = []
    for key, indices in groups.items():
        length = len(key) - 2
        if " " not in key[1:-1]:  # then the key is the one form it came from
            values[key] = indices[0] << SLOT_SHIFT | length
        else:
            values[key] = len(checked) << SLOT_SHIFT | CHECKED | length
            checked.append(tuple((forms[i], i) for i in indices))
    heads: list[tuple[int, list[tuple[int, int]]]] = []
    for head, headed_forms in headed.items():
        key = f" {head} "
        heads.append((values.get(key, -1), headed_forms))
        values[key] = (len(heads) - 1) << SLOT_SHIFT | HEADED | len(head)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for key, value in values.items():
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton, FormGroups(checked), HeadTails(list(tails), heads)


def _shared_tails(forms: list[str]) -> dict[str, int]:
    """The words after the first that at least `TAIL_MIN` forms share, each with its index."""
    counts = Counter(form.partition(" ")[2] for form in forms)
    shared = sorted(tail for tail, count in counts.items() if count >= TAIL_MIN and tail)
    return {tail: index for index, tail in enumerate(shared)}


Compiled = tuple[
    list[str], list[PlaceInfo], EntryTable, ahocorasick.Automaton, FormGroups, HeadTails, bool
]


def compile_matcher(gaz: Gazetteer) -> Compiled:
    """(keys, infos, entries, automaton, groups of forms to check, heads and their tails,
    whether the keys are one byte a character): what `PlaceMatcher` holds."""
    keys = sorted(gaz.places)
    started = time.monotonic()
    log.info("compiling the place matcher for %d places (once: it is cached)", len(keys))

    def progress(done: int) -> None:
        log.info("compiling the place matcher: %d of %d places", done, len(keys))

    infos = with_hromada_points([place_info(gaz.places[k], gaz.tracked) for k in keys])
    table = {
        form: entry
        for form, entry in compile_entries(gaz, keys, progress).items()
        if len(form) <= LENGTH_MASK
    }  # no name is 255 characters long
    forms = list(table)
    automaton, checked, heads = _compile(forms)
    one_byte = _one_byte(gapped(form) for form in forms)
    entries = EntryTable.build(
        replace(entry, capital_only=needs_capital(entry, infos)) for entry in table.values()
    )
    log.info(
        "compiled the place matcher: %d forms in %.1f s", len(table), time.monotonic() - started
    )
    return keys, infos, entries, automaton, checked, heads, one_byte


@functools.cache
def compiler_digest() -> str:
    """A digest of the code that decides what a compiled matcher holds (`COMPILE_MODULES`)."""
    return source_digest(Path(__file__).resolve().parent.parent)


def source_digest(package: Path) -> str:
    """A digest of the `COMPILE_MODULES` of `package` (the monitor/ folder)."""
    digest = hashlib.sha256()
    paths = {path for pattern in COMPILE_MODULES for path in package.glob(pattern)}
    for path in sorted(paths):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]
