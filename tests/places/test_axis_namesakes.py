"""An axis adjective names the town of the theatre: the front's Borova, not Borovsk of Kaluga
Oblast; and towns whose names the adjective rules cannot turn (Борова, Попасна, Пологи) take
their axis from the adjective of the hromada they are the seat of (sentences written for these
tests, not gold posts)."""

from __future__ import annotations

import pytest

from monitor.places.matcher import PlaceMatcher


def _keys(matcher: PlaceMatcher, text: str, side: str) -> dict[str, str]:
    return {m.surface: m.place_key for m in matcher.find(text, side=side)}


@pytest.mark.parametrize(
    ("text", "surface", "key", "side"),
    [
        ("Противник атакует на боровском направлении.", "боровском направлении", "borova", "ru"),
        ("На Борівському напрямку ворог штурмував.", "Борівському напрямку", "borova", "ua"),
        ("Бої тривають на Попаснянському напрямку.", "Попаснянському напрямку", "popasna", "ua"),
        (
            "Ворог тисне на Пологівському напрямку.",
            "Пологівському напрямку",
            "polohy-zaporizhzhia-oblast",
            "ua",
        ),
        ("Бои на балаклейском направлении.", "балаклейском направлении", "balakliia", "ru"),
        ("Штурмы на ясиноватском направлении.", "ясиноватском направлении", "yasynuvata", "ru"),
        ("Наступление на кременском направлении.", "кременском направлении", "kreminna", "ru"),
        ("Ситуация на лозовском направлении.", "лозовском направлении", "lozova", "ru"),
    ],
)
def test_an_axis_names_the_town_of_the_theatre(
    seed_matcher: PlaceMatcher, text: str, surface: str, key: str, side: str
) -> None:
    assert _keys(seed_matcher, text, side).get(surface) == key


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Бои на восточном и южном направлениях, тихо на западном направлении.", "ru"),
        ("Основной удар пришелся на центральном направлении.", "ru"),
        ("Основний напрямок удару. Північний напрямок спокійний.", "ua"),
        # a compass half of an operational direction's name: no town's axis
        ("На Південно-Слобожанському напрямку без змін.", "ua"),
    ],
)
def test_a_compass_axis_is_no_town(seed_matcher: PlaceMatcher, text: str, side: str) -> None:
    assert _keys(seed_matcher, text, side) == {}
