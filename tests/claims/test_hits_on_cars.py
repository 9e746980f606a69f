"""A hit told as such is a strike whatever it damaged («Прилёт по Белгороду, повреждены
машины», «Обстрел Шебекино: осколками посечены машины»), while a car's crash («удар машины о
столб») and a criminal shooting at a car («Неизвестные обстреляли машину с полицейскими») are
none. Through the real analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Прилёт по Белгороду, повреждены машины.", "Belgorod"),
        ("Прилет по Грайворону, посечены две машины.", "Grayvoron"),
        ("Обстрел Шебекино: осколками посечены машины.", "Shebekino"),
    ],
)
def test_a_hit_on_cars_is_a_strike(bundled_analyzer: Analyzer, text: str, place: str) -> None:
    assert ("strike", place, "ua") in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Удар машины о столб в Курске.",
        "Неизвестные обстреляли машину с полицейскими в центре Назрани.",
    ],
)
def test_a_crash_or_a_crime_is_no_strike(bundled_analyzer: Analyzer, text: str) -> None:
    assert not any(k == "strike" for k, _, _ in claims_of(bundled_analyzer, text, "ru"))
