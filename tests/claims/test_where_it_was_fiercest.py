"""Where the fighting a clause told was fiercest, after a comma, takes its claims: «Противник
штурмував позиції на Гуляйпільському напрямку, найактивніше – поблизу X та Y», «…, наиболее
активно — у X». Not a sentence that opens with the words and tells of something else.
Through the real analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "kind", "places"),
    [
        (
            "Ворог 12 разів атакував на Покровському напрямку, найактивніше – поблизу "
            "Родинського та Мирнограда.",
            "ua",
            "advance",
            {"Rodynske", "Myrnohrad"},
        ),
        (
            "Противник атаковал на Купянском направлении, наиболее активно — у Петропавловки.",
            "ru",
            "advance",
            {"Petropavlivka"},
        ),
        (
            "Ворог обстрілював Сумщину, особливо активно — Білопілля та Краснопілля.",
            "ua",
            "strike",
            {"Bilopillia", "Krasnopillia"},
        ),
    ],
)
def test_the_fiercest_places_take_the_clauses_claim(
    bundled_analyzer: Analyzer, text: str, side: str, kind: str, places: set[str]
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert places <= {p for k, p, _ in found if k == kind}


def test_no_clause_before_carries_nothing(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Наиболее активно работают волонтёры в Курске.", "ru")
    assert not found
