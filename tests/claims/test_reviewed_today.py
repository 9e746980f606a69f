"""Texts a reviewer wrote against this stop's new rules, each a regression it found: defending
sides lend no side to the next sentence's attacks, trains and weather do not retreat, politics
and presses do not press a front, buses leave on their routes, open questions stay unanswered,
the attacker opening the next clause with a verb is the attacker, slogans about cities are no
captures, arrests and chess take no town. Every text is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

Case = tuple[str, str, dict[str, str], set[Claim]]

PLACES = {
    "pokrovsk": ("town", "UA"),
    "chasiv-yar": ("town", "UA"),
    "kharkiv": ("city", "UA"),
    "kyiv": ("city", "UA"),
    "donetsk": ("city", "UA"),
    "donbas": ("region", "UA"),
    "belgorod": ("city", "RU"),
    "kursk": ("city", "RU"),
    "odesa": ("city", "UA"),
    "robotyne": ("village", "UA"),
}

CASES: list[Case] = [
    (
        "Сили оборони продовжують стримувати ворога. Найбільше штурмів біля Покровська.",
        "ua",
        {"pokrovsk": "Покровська"},
        {("advance", "pokrovsk", "ru", "asserted")},
    ),
    (
        "ВСУ упорно обороняются. Бои за Часов Яр продолжаются.",
        "ru",
        {"chasiv-yar": "Часов Яр"},
        {("advance", "chasiv-yar", "ru", "asserted")},
    ),
    ("Потяг відходить з Харкова о 7:40.", "ua", {"kharkiv": "Харкова"}, set()),
    ("Спека відступає з Одеси.", "ua", {"odesa": "Одеси"}, set()),
    ("Трамп давит на Киев, а ВСУ молчат.", "ru", {"kyiv": "Киев"}, set()),
    ("Жара давит, в Донецке +40, наши бойцы держатся.", "ru", {"donetsk": "Донецке"}, set()),
    ("В Белгороде снежный накат, наши водители осторожны.", "ru", {"belgorod": "Белгороде"}, set()),
    ("Новые автобусы вышли на линию в Белгороде.", "ru", {"belgorod": "Белгороде"}, set()),
    ("Удары по Белгороду прекратятся? Нет.", "ru", {"belgorod": "Белгороду"}, set()),
    ("Ты слышал про удар по Одессе? Нет.", "ru", {"odesa": "Одессе"}, set()),
    (
        "ВСУ не смогли взять Работино? Да.",
        "ru",
        {"robotyne": "Работино"},
        {("capture", "robotyne", "ua", "denied")},
    ),
    (
        # (the noun names the city again: a town of Russia, where «укры» are not at home)
        "Обстрел Белгорода, укры опять стреляют по городу.",
        "ru",
        {"belgorod": "Белгорода"},
        {("strike", "belgorod", "ua", "asserted")},
    ),
    (
        "Одесса, Харьков — всё это наше, русские города, наши вернут.",
        "ru",
        {"odesa": "Одесса", "kharkiv": "Харьков"},
        set(),
    ),
    # a second review: «ли/чи» questions are put to be answered; a greeting is no label
    (
        "Освобождено ли Работино? Нет.",
        "ru",
        {"robotyne": "Работино"},
        {("capture", "robotyne", "ru", "denied")},
    ),
    ("Привет, Донбасс. Хохлы отступили.", "ru", {"donbas": "Донбасс"}, set()),
    (
        "Экс-мэр Курска взят под домашний арест. ВСУ ночью молчали.",
        "ru",
        {"kursk": "Курска"},
        set(),
    ),
    ("Ферзь взят, партия в Курске завершилась, наши победили.", "ru", {"kursk": "Курске"}, set()),
]


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(("text", "side", "places", "expected"), CASES)
def test_reviewed_today(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected
