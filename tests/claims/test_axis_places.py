"""An axis («на Времевском направлении») is as wide as a raion whatever its namesake's kind: a
village the clause names is the claim's place, and the axis is its place only alone. Every text
is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import claims, extractor_over

PLACES = {
    "vremivka": ("village", "UA"),
    "novopavlivka": ("village", "UA"),
    "chasiv-yar": ("town", "UA"),
    "novoselivka": ("village", "UA"),
    "zelene-pole": ("village", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        (
            "Наши штурмовики закрепились в Новоселовке на времевском направлении.",
            "ru",
            {"novoselivka": "Новоселовке", "vremivka": "времевском направлении"},
            {("advance", "novoselivka", "ru", "asserted")},
        ),
        (
            "На Новопавлівському напрямку ворог просунувся поблизу Зеленого Поля.",
            "ua",
            {"novopavlivka": "Новопавлівському напрямку", "zelene-pole": "Зеленого Поля"},
            {("advance", "zelene-pole", "ru", "asserted")},
        ),
        (
            "Ворог просунувся на Часовоярському напрямку.",
            "ua",
            {"chasiv-yar": "Часовоярському напрямку"},
            {("advance", "chasiv-yar", "ru", "asserted")},
        ),
    ],
)
def test_a_village_in_the_clause_outranks_the_axis(
    extractor: ClaimExtractor,
    text: str,
    side: str,
    places: dict[str, str],
    expected: set[tuple[str, str, str, str]],
) -> None:
    assert claims(extractor, text, places, side) == expected
