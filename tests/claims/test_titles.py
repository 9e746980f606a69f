"""A region named only in an official's or an office's title is no place of the news a later
sentence carries over: the settlement the post is about is. Every text is a paraphrase written
for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

PLACES = {
    "shebekino": ("town", "RU"),
    "belgorod-oblast": ("region", "RU"),
    "kursk-oblast": ("region", "RU"),
    "kryvyi-rih": ("city", "UA"),
    "dnipropetrovsk-oblast": ("region", "UA"),
    "sumy": ("city", "UA"),
    "sumy-oblast": ("region", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        (
            "Дрон атаковал Шебекино, сообщил губернатор Белгородской области. Ранены двое.",
            "ru",
            {"shebekino": "Шебекино", "belgorod-oblast": "Белгородской области"},
            {
                ("strike", "shebekino", "ua", "reported"),
                ("casualties", "shebekino", "ua", "reported"),
            },
        ),
        (
            "Ракета влучила в будинок у Кривому Розі, повідомив голова Дніпропетровської ОВА. "
            "Поранено вісьмох людей.",
            "ua",
            {"kryvyi-rih": "Кривому Розі", "dnipropetrovsk-oblast": "Дніпропетровської"},
            {
                ("strike", "kryvyi-rih", "ru", "reported"),
                ("casualties", "kryvyi-rih", "ru", "reported"),
            },
        ),
        # a paragraph later, the one settlement the news is about
        (
            "**Ракетний удар по Кривому Розі**\n\nУ Кривому Розі зруйновано під'їзд, повідомив "
            "голова Дніпропетровської ОВА.\n\nПрокуратура повідомляє про вісьмох поранених.",
            "ua",
            {"kryvyi-rih": "Кривому Розі", "dnipropetrovsk-oblast": "Дніпропетровської"},
            {
                ("strike", "kryvyi-rih", "ru", "asserted"),  # the headline's
                ("strike", "kryvyi-rih", "ru", "reported"),
                ("casualties", "kryvyi-rih", "ru", "reported"),
            },
        ),
        # a title alone still names the region the news is about
        (
            "Губернатор Курской области сообщил об обстреле. Ранены двое.",
            "ru",
            {"kursk-oblast": "Курской области"},
            {
                ("strike", "kursk-oblast", "ua", "reported"),
                ("casualties", "kursk-oblast", "ua", "reported"),
            },
        ),
    ],
)
def test_a_title_region_takes_no_carried_claim(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected
