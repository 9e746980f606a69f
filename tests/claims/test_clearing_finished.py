"""Clearing finished is a capture, as «завершили зачистку» is: «В X закончили зачистку»,
«Зачистка X закончена», «У X закінчили зачистку»; clearing under way is an advance. Through
the real analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("В Цукурино и Украинске закончили зачистку.", "ru", ("capture", "Ukrainsk", "ru")),
        ("Зачистка Горняка закончена, идём дальше.", "ru", ("capture", "Hirnyk", "ru")),
        ("Окупанти закінчили зачистку Курахового.", "ua", ("capture", "Kurakhove", "ru")),
    ],
)
def test_clearing_finished_is_a_capture(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_clearing_under_way_is_an_advance(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "В Горняке идёт зачистка.", "ru")
    assert ("advance", "Hirnyk", "ru") in found
    assert not [c for c in found if c[0] == "capture"]
