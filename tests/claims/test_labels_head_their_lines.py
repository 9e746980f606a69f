"""A bulleted report's label heads every claim of its line, whatever claim stands between
(«📍 Костянтинівка — 1 загиблий та 3 поранених, пошкоджено 8 будинків»: casualties and a strike
there). Through the real analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "За добу росіяни поранили 9 жителів Донеччини.\n\n📍 Костянтинівка — 1 загиблий та 3 "
            "поранених, пошкоджено 8 приватних будинків.\n📍 Дружківка — обстріл з РСЗВ.",
            "ua",
            {("strike", "Kostiantynivka", "ru"), ("casualties", "Kostiantynivka", "ru")},
        ),
        (
            "Обстановка за сутки.\n▪️ Шебекино — двое раненых, повреждены пять частных домов.\n"
            "▪️ Грайворон — обстрел из миномётов.",
            "ru",
            {("strike", "Shebekino", "ua"), ("casualties", "Shebekino", "ua")},
        ),
    ],
)
def test_a_label_heads_each_claim_of_its_line(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Липцы: прилёты по нашим позициям в районе Глубокого.",
            "ru",
            ("strike", "Hlyboke", "ua"),
        ),
        (
            "Куп'янщина: удари по позиціях у районі Кругляківки.",
            "ua",
            ("strike", "Kruhliakivka", "ru"),
        ),
    ],
)
def test_where_the_hit_fell_beats_the_label(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)
