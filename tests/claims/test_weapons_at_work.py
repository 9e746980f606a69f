"""Bloggers' weapons at work on a place are a strike there: «По Гуляйполю весь день долбит
арта», «По Приморскому и Лукьяновскому работают наши арта и Молнии», «Работают ФАБы» after a
sentence naming the place; not drones made or sold, air defence (the shoot-down rules'), nor
guns working from positions near a place. Through the real analyzer and the bundled config;
every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("По Гуляйполю весь день долбит арта.", "ru", ("strike", "Huliaipole", "ru")),
        (
            "По Приморскому и Лукьяновскому работают наши арта и Молнии.",
            "ru",
            ("strike", "Lukianivske", "ru"),
        ),
        (
            "Под Белогоровкой укры зарылись в карьеры. Работают ФАБы.",
            "ru",
            ("strike", "Bilohorivka", "ru"),
        ),
        ("По Вовчанську весь ранок довбає ворожа арта.", "ua", ("strike", "Vovchansk", "ru")),
    ],
)
def test_weapons_at_work_strike_their_place(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "В Курске работает производство дронов.",
        "Арта работает с закрытых позиций под Курском.",
    ],
)
def test_drones_made_and_guns_standing_strike_nothing(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not any(c[0] == "strike" for c in claims_of(bundled_analyzer, text, "ru"))
