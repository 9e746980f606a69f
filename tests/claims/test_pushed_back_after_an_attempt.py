"""A side that tried something and «был отброшен» withdrew: the attempt near a passive is the
pushed side's own, not an attempt to push («пытаются отбросить» stays no withdrawal). Through
the real analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В районе Григоровки противник пытался восстановить положение, но был отброшен.",
         ("withdrawal", "Hryhorivka", "ua")),
        ("Противник пытался атаковать у Кременной, но был отброшен.",
         ("withdrawal", "Kreminna", "ua")),
        ("У Работино ВСУ попытались прорваться, однако были отброшены.",
         ("withdrawal", "Robotyne", "ua")),
    ],
)  # fmt: skip
def test_a_side_pushed_back_after_its_attempt_withdrew(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


@pytest.mark.parametrize(
    "text",
    [
        "ВСУ пытаются отбросить наших от Работино.",
        "Попытка отбросить ВСУ от Волчанска не удалась.",
        "Противник старается оттеснить наши подразделения от Часова Яра.",
    ],
)
def test_an_attempt_to_push_back_is_no_withdrawal(bundled_analyzer: Analyzer, text: str) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "withdrawal"]


def test_a_pusher_in_the_instrumental_is_not_the_side_that_withdrew(
    bundled_analyzer: Analyzer,
) -> None:
    text = "Противник пытался атаковать у Кременной, но был отброшен нашими подразделениями."
    assert ("withdrawal", "Kreminna", "ru") not in claims_of(bundled_analyzer, text, "ru")
