"""A side that builds up its grouping at a place deploys there («наращивает группировку у
Каменского», «нарощує угруповання біля Куп'янська»), a team does not; interceptions «carried
out over» a region are shoot-downs there, the weapons named a sentence before. Through the real
analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Противник наращивает группировку у Каменского и Степногорска.",
            "ru",
            ("deployment", "Stepnohirsk", "ua"),
        ),
        (
            "По данным ISW, российское командование усиливает группировку в районе Васильевки.",
            "other",
            ("deployment", "Vasylivka", "ru"),
        ),
        ("Ворог нарощує угруповання біля Куп'янська.", "ua", ("deployment", "Kupiansk", "ru")),
        (
            "Средствами ПВО сбиты 45 беспилотников. Перехваты произведены над территорией "
            "Белгородской области и Республики Крым.",
            "ru",
            ("strike", "Crimea", "ua"),
        ),
    ],
)
def test_groupings_built_up_and_interceptions_carried_out(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_a_team_strengthened_deploys_nothing(bundled_analyzer: Analyzer) -> None:
    text = "Сборная усилила группировку нападающих перед матчем в Курске."
    assert claims_of(bundled_analyzer, text, "ru") == set()
