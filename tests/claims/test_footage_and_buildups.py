"""Combat footage where drones are the ones that destroy (not shot down), build-ups no side is
named with (the enemy's, on either side's channel), and areas listed before the one noun they
share («Донецької та Луганської областей») under a rule that takes no lists. Every text is a
paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

PLACES = {
    "horlivka": ("city", "UA"),
    "glushkovo": ("village", "RU"),
    "kursk": ("city", "RU"),
    "torske": ("village", "UA"),
    "kreminna": ("town", "UA"),
    "orikhiv": ("town", "UA"),
    "robotyne": ("village", "UA"),
    "sumy": ("city", "UA"),
    "donetsk-oblast": ("region", "UA"),
    "luhansk-oblast": ("region", "UA"),
    "kherson-oblast": ("region", "UA"),
    "zaporizhzhia-oblast": ("region", "UA"),
    "donetsk": ("city", "UA"),
    "hvardiiske": ("town", "UA"),
    "crimea": ("region", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


Case = tuple[str, str, dict[str, str], set[Claim]]

CASES: list[Case] = [
    # drones before an active verb destroy; they are not shot down
    (
        "Дрони 414-го полку знищили ворожу САУ та склад БК поблизу Горлівки.",
        "ua",
        {"horlivka": "Горлівки"},
        {("strike", "horlivka", "ua", "asserted")},
    ),
    (
        "FPV-дроны ВСУ уничтожили пикап у Глушково.",
        "ru",
        {"glushkovo": "Глушково"},
        {("strike", "glushkovo", "ua", "asserted")},
    ),
    # shot down: after an active verb, or before a passive one
    (
        "ПВО сбила три дрона над Курском.",
        "ru",
        {"kursk": "Курском"},
        {("strike", "kursk", "ua", "asserted")},
    ),
    (
        "Три беспилотника сбиты над Курском.",
        "ru",
        {"kursk": "Курском"},
        {("strike", "kursk", "ua", "asserted")},
    ),
    # a build-up without its side is the enemy's
    (
        "На Лиманському напрямку — накопичення живої сили в Торському.",
        "ua",
        {"torske": "Торському"},
        {("deployment", "torske", "ru", "asserted")},
    ),
    (
        "Фиксируется накопление живой силы в районе Кременной.",
        "ru",
        {"kreminna": "Кременной"},
        {("deployment", "kreminna", "ua", "asserted")},
    ),
    (
        "Ворог скупчує сили біля Оріхова та Роботиного.",
        "ua",
        {"orikhiv": "Оріхова", "robotyne": "Роботиного"},
        {("deployment", "orikhiv", "ru", "asserted"), ("deployment", "robotyne", "ru", "asserted")},
    ),
    # the side named still decides
    (
        "ВСУ накапливают резервы у Сум.",
        "ru",
        {"sumy": "Сум"},
        {("deployment", "sumy", "ua", "asserted")},
    ),
    # areas sharing one noun are one phrase; a list of launch sites is not all occupied
    (
        "ТОТ Донецької та Луганської областей перетворені на полігон.",
        "ua",
        {"donetsk-oblast": "Донецької", "luhansk-oblast": "Луганської областей"},
        {
            ("advance", "donetsk-oblast", "ru", "asserted"),
            ("advance", "luhansk-oblast", "ru", "asserted"),
        },
    ),
    (
        "На оккупированных территориях Херсонской и Запорожской областей прошли учения.",
        "ua",
        {"kherson-oblast": "Херсонской", "zaporizhzhia-oblast": "Запорожской областей"},
        {
            ("advance", "kherson-oblast", "ru", "asserted"),
            ("advance", "zaporizhzhia-oblast", "ru", "asserted"),
        },
    ),
    (
        "Пуски велися з напрямків ТОТ Донецьк, Гвардійське.",
        "ua",
        {"donetsk": "Донецьк", "hvardiiske": "Гвардійське"},
        {("capture", "donetsk", "ru", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "side", "places", "expected"), CASES)
def test_footage_and_buildups(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected
