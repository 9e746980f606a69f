"""Places the bundled gazetteer used to miss: Kursk campaign villages, the Kerch Strait, and the
raions KATOTTG names by their newer names (sentences written for these tests, not gold posts)."""

from __future__ import annotations

import pytest

from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher


def _keys(matcher: PlaceMatcher, text: str, side: str = "ru") -> dict[str, str]:
    """Surface → place key."""
    return {m.surface: m.place_key for m in matcher.find(text, side=side)}


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Противник обстреливает Камышевку Курской области.", "Камышевку", "kamyshevka"),
        (
            "Наши штурмовики вышли к хутору Ивашковский в Курской области.",
            "Ивашковский",
            "ivashkovsky",
        ),
        ("Дроны атаковали паром в Керченском проливе.", "Керченском проливе", "kerch-strait"),
        ("Через Керченский пролив снова ходят паромы.", "Керченский пролив", "kerch-strait"),
        ("Уламки впали в Керченській протоці.", "Керченській протоці", "kerch-strait"),
    ],
)
def test_places_the_gazetteer_used_to_miss(
    seed_matcher: PlaceMatcher, text: str, surface: str, key: str
) -> None:
    assert _keys(seed_matcher, text).get(surface) == key


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        # KATOTTG's newer raion names name the raion too
        ("Ворог обстріляв Самарівський район.", "Самарівський район", "novomoskovsk-raion"),
        (
            "Обстріл у Сіверськодонецькому районі.",
            "Сіверськодонецькому районі",
            "sievierodonetsk-raion",
        ),
        # and the raion named decides between a village's namesakes of the oblast
        (
            "Снаряд упал на Оленовку в Новомосковском районе.",
            "Оленовку",
            "olenivka-dnipropetrovsk-oblast-086786",
        ),
        (
            "Бої біля Михайлівки, Сєвєродонецький район.",
            "Михайлівки",
            "mykhailivka-luhansk-oblast-079938",
        ),
    ],
)
def test_renamed_raions_and_their_villages(
    seed_matcher: PlaceMatcher, text: str, surface: str, key: str
) -> None:
    assert _keys(seed_matcher, text, side="ua").get(surface) == key


def test_every_katottg_settlement_carries_its_raion(seed_gazetteer: Gazetteer) -> None:
    """Sievierodonetsk, Novomoskovsk and the Crimean raions included (the codifier's names for
    them are in tools/gazetteer_src/districts.txt); not the exclusion zone's two towns, which
    the codifier puts in no raion."""
    missing = [
        p.key
        for p in seed_gazetteer.places.values()
        if p.source.startswith("katottg") and not p.district and p.kind != "city"
    ]
    assert sorted(missing) == ["chornobyl", "prypiat-kyiv-oblast"]
