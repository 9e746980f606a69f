"""A strike on a city district named with its city is the district's («по Петровскому району
Донецка»), a drone downed over an okrug of Moscow Oblast is Ukraine's strike there, and each line
of a tally «N – над территорией X области» counts, right after its colon. Through the real analyzer
and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ВСУ ударили по Кировскому району Донецка, ранены двое.",
         ("strike", "Kirovskyi District (Donetsk)", "ua")),
        ("Снаряд ВСУ попал в школу в Калининском районе Горловки.",
         ("strike", "Kalininskyi District (Horlivka)", "ua")),
        ("Над Одинцовским городским округом сбиты два беспилотника, сообщил Собянин.",
         ("strike", "Odintsovsky District", "ua")),
    ],
)  # fmt: skip
def test_the_district_takes_the_claim(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


def test_each_tally_line_over_a_territory_counts(bundled_analyzer: Analyzer) -> None:
    text = (
        "Ночью ПВО уничтожены 40 украинских БПЛА:\n"
        "12 – над территорией Курской области,\n"
        "9 – над территорией Калужской области,\n"
        "5 – над территорией Тульской области."
    )
    found = {place for kind, place, _ in claims_of(bundled_analyzer, text, "ru")}
    assert {"Kursk Oblast", "Kaluga Oblast", "Tula Oblast"} <= found
