"""The bundled `[front] held` list: where Russia has held since 2022, a strike or shelling that
names no side is Ukraine's, on a channel of either side; a side named still decides. Through the
real analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from monitor.config import load_settings


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(load_settings())


def _strikes(analyzer: Analyzer, text: str, side: str) -> set[tuple[str, str]]:
    places = analyzer.gazetteer.places
    _, claims = analyzer.analyze(text, side)
    return {
        (places[c.place_key].name_en, c.actor)
        for c in claims
        if c.claim_type == "strike" and c.place_key
    }


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Над Запорожской АЭС сбит беспилотник.", "ru", {("Zaporizhzhia NPP", "ua")}),
        ("Удар по Энергодару, повреждена подстанция.", "ru", {("Enerhodar", "ua")}),
        ("Обстрел Новой Каховки: повреждены дома.", "ru", {("Nova Kakhovka", "ua")}),
        ("В Лисичанске прогремели взрывы, атакован склад.", "ru", {("Lysychansk", "ua")}),
        ("Дрон атаковал автобус в Каменке-Днепровской.", "ru", {("Kamianka-Dniprovska", "ua")}),
        ("Вибухи в Токмаку: уражено склад окупантів.", "ua", {("Tokmak", "ua")}),
        # a city district names its city
        (
            "Обстрел Куйбышевского района Донецка.",
            "ru",
            {("Kuibyshevskyi District (Donetsk)", "ua")},
        ),
        (
            "Прилёт по Никитовскому району Горловки.",
            "ru",
            {("Mykytivskyi District (Horlivka)", "ua")},
        ),
        # a side named still decides
        ("Окупанти обстріляли Енергодар.", "ua", {("Enerhodar", "ru")}),
        # the rest of the oblast is struck by Russia
        ("Удар по Запорожью, повреждена подстанция.", "ru", {("Zaporizhzhia", "ru")}),
    ],
)
def test_strikes_where_russia_has_held_since_2022(
    analyzer: Analyzer, text: str, side: str, expected: set[tuple[str, str]]
) -> None:
    assert _strikes(analyzer, text, side) == expected
