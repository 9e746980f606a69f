"""A side named in a clause before is not the agent of a strike whose own clause opens with its
target: «противник проводил ротацию — по колонне отработала артиллерия» (the column is the
enemy's, the guns are the author's side). Through the real analyzer and the bundled config;
every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "У Вербового противник проводил ротацию — по колонне отработала артиллерия.",
            "ru",
            ("strike", "Verbove", "ru"),
        ),
        (
            "Противник пытался переправиться через реку Мокрые Ялы — по ним отработали "
            "FPV-дроны и артиллерия.",
            "ru",
            ("strike", "Mokri Yaly River", "ru"),
        ),
    ],
)
def test_the_side_of_the_clause_before_is_hit(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)
