"""A shoot-down tally whose items spell out their counts («девять — над Курской, два — над
акваторией Азовского моря») gives each item its claim, and a sea listed after a region with its
own preposition («над Брянской областью и над Азовским морем») is an item of the list, not a
place the region qualifies. Through the real analyzer and the bundled config; every text is
written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "places"),
    [
        (
            "ПВО сбила 20 БПЛА: десять над Брянской областью, шесть — над Курской, "
            "два — над акваторией Азовского моря.",
            "ru",
            ["Bryansk Oblast", "Kursk Oblast", "Sea of Azov"],
        ),
        (
            "Над Белгородской областью уничтожены пять БПЛА, два — над Орловской.",
            "ru",
            ["Belgorod Oblast", "Oryol Oblast"],
        ),
        (
            "Збито 12 дронів над Харківщиною, два — над Сумщиною.",
            "ua",
            ["Kharkiv Oblast", "Sumy Oblast"],
        ),
        # counts in words with no dash, the oblasts' nouns left out
        (
            "Сбиты 12 БПЛА: три над Орловской областью, четыре над Воронежской и пять над "
            "Ростовской.",
            "ru",
            ["Oryol Oblast", "Voronezh Oblast", "Rostov Oblast"],
        ),
        (
            "Перехвачены девять беспилотников: четыре над Брянской, пять над Калужской.",
            "ru",
            ["Bryansk Oblast", "Kaluga Oblast"],
        ),
    ],
)
def test_each_item_of_a_tally_in_words_is_struck(
    bundled_analyzer: Analyzer, text: str, side: str, places: list[str]
) -> None:
    struck = {
        place for kind, place, _ in claims_of(bundled_analyzer, text, side) if kind == "strike"
    }
    assert struck == set(places)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Ночью сбиты 12 БПЛА над Брянской областью и над Азовским морем.", ["Bryansk Oblast"]),
        ("Ночью сбиты 12 БПЛА над Калужской областью и Черным морем.", ["Kaluga Oblast"]),
        ("Ночью сбиты 7 БПЛА над Крымом и над Черным морем.", ["Crimea"]),
        ("Ночью сбиты 7 БПЛА над Черным морем и над Краснодарским краем.", ["Krasnodar Krai"]),
    ],
)
def test_a_region_listed_with_a_sea_keeps_its_strike(
    bundled_analyzer: Analyzer, text: str, places: list[str]
) -> None:
    struck = {
        place for kind, place, _ in claims_of(bundled_analyzer, text, "ru") if kind == "strike"
    }
    assert set(places) <= struck
    assert len(struck) == 2


def test_a_region_after_its_town_still_qualifies_it(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Обстреляли Суджу Курской области и Глушково.", "ru")
    assert {place for kind, place, _ in found if kind == "strike"} == {"Sudzha", "Glushkovo"}
