"""Items of a line each headed by a place and a dash («Звановка — бои, Федоровка — под огневым
контролем»): a trigger's place is its own item's, not the next one's. Through the real analyzer
and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Звановка — бои, Федоровка — под огневым контролем.",
            ("advance", "Zvanivka", "ru"),
            ("advance", "Fedorivka", "ru"),
        ),
        (
            "Работино — идут бои; Вербовое — наше.",
            ("advance", "Robotyne", "ru"),
            ("advance", "Verbove", "ru"),
        ),
    ],
)
def test_a_place_a_dash_and_its_own_trigger_follow_heads_its_own_item(
    bundled_analyzer: Analyzer,
    text: str,
    wanted: tuple[str, str, str],
    unwanted: tuple[str, str, str],
) -> None:
    found = claims_of(bundled_analyzer, text, "ru")
    assert wanted in found
    assert unwanted not in found


def test_a_listed_place_before_a_comment_keeps_its_claim(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Освобождены Мартыновка, Мирный — это успех.", "ru")
    assert {("capture", "Martynovka", "ru"), ("capture", "Mirny", "ru")} <= found
