"""Weapons at work told with the noun are a strike where they work («Краснопілля — робота FPV по
околицях», «Фиксируем работу арты по Волчанску»), and so is the artillery in its dictionary's
forms («арты», «арти»); not a workshop, an artist or air defence at work. Through the real
analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Миропілля — робота FPV по околицях, не їздіть без потреби.", "ua", "Myropillia"),
        ("Фиксируем работу арты по Гуляйполю.", "ru", "Huliaipole"),
        ("Весь день работают арты по Часову Яру.", "ru", "Chasiv Yar"),
        ("Робота арти по Вовчанську не припиняється.", "ua", "Vovchansk"),
    ],
)
def test_weapons_at_work_by_the_noun_strike(
    bundled_analyzer: Analyzer, text: str, side: str, expected: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert any(kind == "strike" and place == expected for kind, place, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Работа артиста в Курске высоко оценена.",
        "В Белгороде возобновлена работа мастерской дронов.",
        "Робота волонтерів у Сумах з дронами триває.",
        "Волонтеры передали дроны бригаде под Покровском.",
    ],
)
def test_work_that_is_no_strike(bundled_analyzer: Analyzer, text: str) -> None:
    assert not any(kind == "strike" for kind, _, _ in claims_of(bundled_analyzer, text, "ru"))


def test_a_drone_hitting_volunteers_strikes(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Дрон атаковал машину волонтёров в Шебекино.", "ru")
    assert ("strike", "Shebekino", "ua") in found
