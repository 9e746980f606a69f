"""Tallies of combat footage: soldiers counted among destroyed equipment are casualties of the
side that destroyed them, even where the tally names the vehicles first; a place told just
before reaches the tally; «двохсоті» are the dead. Every text is a paraphrase written for the
test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

Case = tuple[str, str, dict[str, str], set[Claim]]

PLACES = {
    "toretsk": ("town", "UA"),
    "robotyne": ("village", "UA"),
    "huliaipole": ("town", "UA"),
    "mala-tokmachka": ("village", "UA"),
}

CASES: list[Case] = [
    (
        "Бригада відбила штурм ворога біля Торецька. Знищено 2 танки, 4 БМП і до 30 окупантів.",
        "ua",
        {"toretsk": "Торецька"},
        {
            ("advance", "toretsk", "ru", "asserted"),
            ("casualties", "toretsk", "ua", "asserted"),
            # the armour hit in the tally after the fight (gold conventions: a strike there)
            ("strike", "toretsk", "ua", "asserted"),
        },
    ),
    (
        "Наши уничтожили под Работино три БМП и до взвода пехоты ВСУ.",
        "ru",
        {"robotyne": "Работино"},
        {("casualties", "robotyne", "ru", "asserted"), ("strike", "robotyne", "ru", "asserted")},
    ),
    (
        "Біля Торецька за тиждень 40 окупантів стали двохсотими.",
        "ua",
        {"toretsk": "Торецька"},
        {("casualties", "toretsk", "ua", "asserted")},
    ),
    # fired from a weapon named right after, the targets before with «по»
    (
        "Окупанти атакували область. По Гуляйполю та Малій Токмачці били з артилерії.",
        "ua",
        {"huliaipole": "Гуляйполю", "mala-tokmachka": "Малій Токмачці"},
        {
            ("strike", "huliaipole", "ru", "asserted"),
            ("strike", "mala-tokmachka", "ru", "asserted"),
        },
    ),
    ("Малий бив з рогатки у Гуляйполі.", "ua", {"huliaipole": "Гуляйполі"}, set()),
    # equipment alone is a strike, no casualties
    (
        "Под Работино уничтожены три БМП ВСУ.",
        "ru",
        {"robotyne": "Работино"},
        {("strike", "robotyne", "ru", "asserted")},
    ),
]


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(("text", "side", "places", "expected"), CASES)
def test_tallies(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected
