"""More of the same weapons at another place, in a post that names the weapon, are a strike
there: «Фіксуємо 3 скиди по місту, ще 2 по Миколаївці», «ще пара на X», «ещё один — на Y»;
not where they came from («ще 2 з Бєлгорода») nor in a post that names no weapon. Through the
real analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Краснопілля: КАБи. Фіксуємо 2 скиди по селищу, ще 3 по Миропіллю.",
            "ua",
            ("strike", "Myropillia", "ru"),
        ),
        ("Шахеди на Суми, ще 3 на Лебедин.", "ua", ("strike", "Lebedyn", "ru")),
        (
            "Оріхів: 4 КАБи з півдня, ще пара на Степногірськ.",
            "ua",
            ("strike", "Stepnohirsk", "ru"),
        ),
        ("Дроны атаковали Белгород, ещё один — на Шебекино.", "ru", ("strike", "Shebekino", "ua")),
    ],
)
def test_more_of_them_at_another_place_strike_it(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ракетна небезпека. Ще 2 з Бєлгорода.", "ua"),
        ("Ще 2 роки тому ми жили в Бахмуті.", "ua"),
        ("Ещё один день в Белгороде прошёл спокойно.", "ru"),
    ],
)
def test_no_strike_from_where_they_came_nor_without_a_weapon(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not any(kind == "strike" for kind, _, _ in claims_of(bundled_analyzer, text, side))
