"""What an attack destroyed is a hit on it («ФАБами разрушены оба моста в Купянске»), not a
building pulled down; a place named before «під вогнем» is struck, troops or a government under
fire are not. Through the real analyzer and the bundled config; every text is written for the
test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "За двое суток ФАБами разрушены оба оставшихся автомобильных моста в Купянске.",
            ("strike", "Kupiansk", "ru"),
        ),
        ("После удара дрона в Белгороде разрушен частный дом.", ("strike", "Belgorod", "ua")),
    ],
)
def test_destruction_in_an_attack_is_a_hit(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "В Курске разрушено старое здание кинотеатра, его снесут.",
        "Ракетный завод в Воткинске? Нет, в Ижевске разрушили старую котельную по плану реновации.",
    ],
)
def test_demolition_tells_none(bundled_analyzer: Analyzer, text: str) -> None:
    assert claims_of(bundled_analyzer, text, "ru") == set()


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Нікопольщина знову під ворожим вогнем.", "ua", ("strike", "Nikopol Raion", "ru")),
        ("Нікополь знову під ворожим вогнем.", "ua", ("strike", "Nikopol", "ru")),
        ("Шебекино снова под обстрелом.", "ru", ("strike", "Shebekino", "ua")),
    ],
)
def test_a_place_under_fire_named_before_is_struck(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Наші бійці біля Бахмута під вогнем.", "ua"),
        ("Правительство Курской области под огнём критики.", "ru"),
    ],
)
def test_troops_or_a_government_under_fire_are_no_strike_on_a_place(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, side) if c[0] == "strike"}
