"""Oblast administrations' reports: «ворог атакував X, Y» in a report that tells of damage is
shelling, not a ground attack; a side's adjective before an attack noun names the attacker
(«внаслідок російської агресії загинула людина», «от российского удара»), not the victims.
Every text is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

PLACES = {
    "kherson": ("city", "UA"),
    "bilozerka": ("town", "UA"),
    "kryvyi-rih": ("city", "UA"),
    "shebekino": ("town", "RU"),
    "huliaipole": ("town", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


Case = tuple[str, str, dict[str, str], set[Claim]]

CASES: list[Case] = [
    (
        "За добу ворог атакував Херсон і Білозерку. Пошкоджено чотири багатоповерхівки.",
        "ua",
        {"kherson": "Херсон", "bilozerka": "Білозерку"},
        {("strike", "kherson", "ru", "asserted"), ("strike", "bilozerka", "ru", "asserted")},
    ),
    # a front update's attacks are still the ground war
    (
        "Ворог атакував позиції біля Гуляйполя, бої тривають.",
        "ua",
        {"huliaipole": "Гуляйполя"},
        {("advance", "huliaipole", "ru", "asserted")},
    ),
    (
        "Внаслідок російської агресії в Херсоні загинула людина.",
        "ua",
        {"kherson": "Херсоні"},
        {("casualties", "kherson", "ru", "asserted")},
    ),
    (
        "Число пострадавших от российского удара по Кривому Рогу выросло до 14.",
        "ru",
        {"kryvyi-rih": "Кривому Рогу"},
        {
            ("strike", "kryvyi-rih", "ru", "asserted"),
            ("casualties", "kryvyi-rih", "ru", "asserted"),
        },
    ),
    (
        "После украинского обстрела в Шебекино ранены двое.",
        "ru",
        {"shebekino": "Шебекино"},
        {("strike", "shebekino", "ua", "asserted"), ("casualties", "shebekino", "ua", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "side", "places", "expected"), CASES)
def test_administration_reports(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected
