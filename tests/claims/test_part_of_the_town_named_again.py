"""Partial control said of the town by its noun («В Купянске … контролируют северную и
центральную часть города») is partial control of the town: an advance, not a capture; a part of
another place named after the first still leaves the first taken. Through the real analyzer and
the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        (
            "В Купянске наши контролируют северную и центральную часть города.",
            "ru",
            "Kupiansk",
        ),
        ("У Покровську окупанти контролюють південну частину міста.", "ua", "Pokrovsk"),
    ],
)
def test_part_of_the_town_named_by_its_noun_is_an_advance(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    found = {(kind, name) for kind, name, _ in claims_of(bundled_analyzer, text, side)}
    assert ("advance", place) in found
    assert ("capture", place) not in found


def test_a_part_of_another_place_leaves_the_first_taken(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Наши заняли Гродовку и часть Мемрика.", "ru")
    assert ("capture", "Hrodivka", "ru") in found
    assert ("advance", "Memryk", "ru") in found
