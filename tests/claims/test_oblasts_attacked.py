"""A Ukrainian report's attack with no weapon named on a whole oblast is a strike on it (no
ground attack takes an oblast: «ворог атакував Херсонську та Миколаївську області»), while an
attack told on an oblast's axis or at a village stays the ground attack it is. Through the real
analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Протягом доби ворог атакував Херсонську, Запорізьку та Миколаївську області.",
            {("strike", "Mykolaiv Oblast", "ru"), ("strike", "Kherson Oblast", "ru")},
        ),
        (
            "Окупанти знову атакували Дніпропетровську область.",
            {("strike", "Dnipropetrovsk Oblast", "ru")},
        ),
        # an axis named by its oblast, and a village: ground attacks
        ("На Курському напрямку ворог атакував 17 разів.", {("advance", "Kursk Oblast", "ru")}),
        ("Ворог атакував позиції наших військ біля Покровська.", {("advance", "Pokrovsk", "ru")}),
    ],
)
def test_an_attack_on_a_whole_oblast_is_a_strike(
    bundled_analyzer: Analyzer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= claims_of(bundled_analyzer, text, "ua")
