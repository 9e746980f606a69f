"""A region only in the title of the official who reports («Глава Харьковской ОВА сообщил о 12
погибших») yields the victims to the place a sentence before names; sea drones repelled are
a strike, not a ground attack. Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import claims, extractor_over

PLACES = {
    "kharkiv": ("city", "UA"),
    "kharkiv-oblast": ("region", "UA"),
    "shebekino": ("town", "RU"),
    "belgorod-oblast": ("region", "RU"),
    "novorossiysk": ("city", "RU"),
    "sevastopol": ("city", "UA"),
    "robotyne": ("village", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Российская авиабомба попала в гипермаркет в Харькове. Глава Харьковской областной "
            "администрации Олег Синегубов сообщил о 12 погибших и 43 раненых.",
            {"kharkiv": "Харькове", "kharkiv-oblast": "Харьковской"},
            "ru",
            ("casualties", "kharkiv"),
        ),
        (
            "В Шебекино снова обстрел. Губернатор Белгородской области сообщил о двух погибших.",
            {"shebekino": "Шебекино", "belgorod-oblast": "Белгородской области"},
            "ru",
            ("casualties", "shebekino"),
        ),
    ],
)
def test_victims_an_official_reports_are_the_places_before(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: tuple
) -> None:
    found = {c[:2] for c in claims(extractor, text, places, side) if c[0] == "casualties"}
    assert found == {expected}


@pytest.mark.parametrize(
    ("text", "places", "place"),
    [
        (
            "Черноморский флот отражает атаку безэкипажных катеров на Новороссийск.",
            {"novorossiysk": "Новороссийск"},
            "novorossiysk",
        ),
        ("Флот отбил атаку БЭК на Севастополь.", {"sevastopol": "Севастополь"}, "sevastopol"),
    ],
)
def test_sea_drones_repelled_are_a_strike(
    extractor: ClaimExtractor, text: str, places: dict[str, str], place: str
) -> None:
    assert {c[:2] for c in claims(extractor, text, places, "ru")} == {("strike", place)}


def test_a_ground_attack_repelled_is_still_an_advance(extractor: ClaimExtractor) -> None:
    found = claims(extractor, "Наши отбили атаку ВСУ на Работино.", {"robotyne": "Работино"}, "ru")
    assert ("advance", "robotyne", "ua", "asserted") in found
