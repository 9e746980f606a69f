"""An infinitive a verb in the future governs is a forecast («спробує взяти в кліщі X»,
«придётся отводить войска из X»), in Ukrainian as in Russian; «взяв у кліщі» is the subject's
encirclement, as «взяв в кліщі» is; an evacuation is where people leave, not where they are
taken («вывозят в Белгород», «евакуюють до Дніпра»). Through the real analyzer and the bundled
config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ворог, ймовірно, спробує взяти в кліщі Часів Яр з флангів.", "ua"),
        ("Противник попытается окружить Покровск с двух сторон.", "ru"),
        ("Скоро противнику придётся отводить войска из Торецка.", "ru"),
        ("Окупанти будуть наступати на Покровськ.", "ua"),
    ],
)
def test_a_forecast_is_no_claim(bundled_analyzer: Analyzer, text: str, side: str) -> None:
    assert not claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ворог взяв у кліщі Часів Яр.", ("encirclement", "Chasiv Yar", "ru")),
        ("Ворог продовжує наступати біля Покровська.", ("advance", "Pokrovsk", "ru")),
    ],
)
def test_the_present_and_past_still_count(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ua", expected)


@pytest.mark.parametrize(
    ("text", "side", "origin", "destinations"),
    [
        ("Грайворонский округ обстреливают весь день, людей вывозят в Белгород.", "ru",
         "Grayvoronsky District", {"Belgorod"}),
        ("Из сёл под Купянском эвакуируют семьи. Вывозят их в Харьков и Полтавскую область.",
         "ru", "Kupiansk", {"Kharkiv", "Poltava Oblast"}),
        ("Людей евакуюють з Покровська до Дніпра.", "ua", "Pokrovsk", {"Dnipro"}),
    ],
)  # fmt: skip
def test_an_evacuation_is_where_people_leave_not_where_they_go(
    bundled_analyzer: Analyzer, text: str, side: str, origin: str, destinations: set[str]
) -> None:
    places = {p for kind, p, _ in claims_of(bundled_analyzer, text, side) if kind == "evacuation"}
    assert origin in places
    assert not places & destinations


@pytest.mark.parametrize("text", ["Эвакуация в Глушково продолжается.", "Эвакуация в Белгороде."])
def test_an_evacuation_in_a_place_stays_there(bundled_analyzer: Analyzer, text: str) -> None:
    assert any(kind == "evacuation" for kind, _, _ in claims_of(bundled_analyzer, text, "ru"))
