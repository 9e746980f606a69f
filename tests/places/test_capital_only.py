"""Forms that count only capitalised: worked out when the matcher compiles; a lowercase match of
one is dropped before its namesakes are scored, and is no place of the post either: it neither
names the post's oblast nor anchors its neighbours («уточнено лінію зіткнення»: Liniia is a
village of Lviv Oblast)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from monitor.places.entry_table import EntryTable
from monitor.places.matcher import PlaceMatcher
from monitor.places.place_info import PlaceInfo, needs_capital
from monitor.places.surfaces import ADJ, AXIS, LATIN, NAME, Candidate, SurfaceEntry


def _place(kind: str, curated: bool = False) -> PlaceInfo:
    return PlaceInfo(f"a-{kind}", kind, None, None, None, "UA", None, None, 0.0, curated)


PLACES = [
    _place("village"),
    _place("settlement"),
    _place("city"),
    _place("village", curated=True),
    _place("facility"),
    _place("region"),
]
VILLAGE, SETTLEMENT, CITY, CURATED_VILLAGE, FACILITY, REGION = range(len(PLACES))


def _entry(*readings: tuple[int, int], common: bool = False) -> SurfaceEntry:
    return SurfaceEntry(tuple(Candidate(place, kind, "ru") for place, kind in readings), common)


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (_entry((VILLAGE, NAME), (SETTLEMENT, NAME)), True),  # list-only villages
        (_entry((VILLAGE, LATIN)), True),
        (_entry((CITY, NAME), (VILLAGE, NAME), common=True), True),  # an ordinary word
        (_entry((CITY, NAME), (VILLAGE, NAME)), False),  # a city counts lowercase
        (_entry((CURATED_VILLAGE, NAME)), False),  # so does a village of the theatre list
        (_entry((VILLAGE, NAME), (REGION, ADJ)), False),  # «курской области»
        (_entry((VILLAGE, AXIS)), False),
        (_entry((FACILITY, NAME), common=True), False),  # after «аэродром», any case
    ],
)
def test_which_forms_need_a_capital(entry: SurfaceEntry, expected: bool) -> None:
    assert needs_capital(entry, PLACES) is expected


class _NoShortcut(EntryTable):
    """The matcher's own entries with the flag cleared: every match goes through every rule."""

    def entry(self, index: int) -> SurfaceEntry:
        return replace(super().entry(index), capital_only=False)

    def capital_only(self, index: int) -> bool:  # the matcher's test before making matches
        return False


@pytest.fixture(scope="module")
def unflagged(seed_matcher: PlaceMatcher) -> PlaceMatcher:
    entries = _NoShortcut.__new__(_NoShortcut)
    entries.__setstate__(seed_matcher.entries.__getstate__())
    m = seed_matcher
    return PlaceMatcher(m.keys, m.infos, entries, m.automaton, m.checked, m.heads, m.one_byte)


@pytest.mark.parametrize(
    "text",
    [
        "бои у ивановки и Суджи продолжаются",  # lowercase namesakes next to a place
        "мирный житель ранен в Судже",
        "мирный, Плёхово и Суджа под обстрелом",  # a lowercase word in a list
        "ударили по ивановке, потом по Николаевке Суджанского района",
        "степное. Курск сообщил о дронах",
        "в ивановке, новоселовке и поповке тихо",  # nothing but lowercase namesakes
        "Ивановка и Новоселовка под огнём",
        "белая машина у Суджи",
    ],
)
def test_the_shortcut_changes_no_reading(
    text: str, seed_matcher: PlaceMatcher, unflagged: PlaceMatcher
) -> None:
    assert seed_matcher.find(text, "ru") == unflagged.find(text, "ru")
    assert seed_matcher.find(text) == unflagged.find(text)


def test_a_form_that_needs_a_capital_is_flagged_in_the_compiled_matcher(
    seed_matcher: PlaceMatcher,
) -> None:
    lowercase, capitalised = seed_matcher.candidates("ивановке Ивановке")
    assert lowercase.entry.capital_only and capitalised.entry.capital_only
    (city,) = seed_matcher.candidates("курске")
    assert not city.entry.capital_only


def test_the_flag_read_before_any_match_is_made_is_the_entrys(seed_matcher: PlaceMatcher) -> None:
    entries = seed_matcher.entries
    flagged = [i for i in range(0, len(entries), 53) if entries.capital_only(i)]
    assert flagged
    for index in range(0, len(entries), 53):
        assert entries.capital_only(index) is entries.entry(index).capital_only


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Уточнено лінію зіткнення поблизу Одрадного. Ворог штурмує позиції.", "Одрадного"),
        ("Уточнено лінію зіткнення біля Богатиря, ворог тисне.", "Богатиря"),
    ],
)
def test_a_lowercase_word_that_is_a_far_village_anchors_nothing(
    text: str, surface: str, seed_matcher: PlaceMatcher
) -> None:
    """«лінію» is Liniia's form: read as the post's place it named Lviv Oblast, and a village
    whose name is also a word, with namesakes, found no support there and was dropped."""
    found = {m.surface: m.place_key for m in seed_matcher.find(text, "ua")}
    assert surface in found
    assert "лінію" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Лінія електропередачі пошкоджена внаслідок обстрілу Херсона.",
        "Лінію оборони біля Часового Яру утримують.",
    ],
)
def test_a_line_opening_a_sentence_is_the_word(text: str, seed_matcher: PlaceMatcher) -> None:
    """«Лінія» is a word before it is the village Liniia: capitalised first in a sentence, it
    needs the support any ordinary word does (monitor/data/gazetteer/common_words.txt)."""
    assert not [m for m in seed_matcher.find(text, "ua") if m.surface.startswith("Лін")]
