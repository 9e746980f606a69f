"""Drones made, sold or mended in a town are no strike on it («мастерская дронов в Курске»),
while a drone that hits a shop or a workshop there is. Through the real analyzer and the
bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Украинская мастерская дронов в Курске закрылась.", "ru"),
        ("В Белгороде открылся магазин дронов для фронта.", "ru"),
        ("Ремонт дронов в Брянске наладили волонтёры.", "ru"),
        ("У Сумах відкрили майстерню дронів для бригади.", "ua"),
        ("Цех дронів у Харкові працює цілодобово.", "ua"),
    ],
)
def test_drones_made_or_sold_strike_nothing(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not any(kind == "strike" for kind, _, _ in claims_of(bundled_analyzer, text, side))


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Дрон атаковал магазин в Курске.", "ru", ("strike", "Kursk", "ua")),
        ("Дрон влучив у магазин у Сумах.", "ua", ("strike", "Sumy", "ru")),
        ("Дрон ВСУ ударил по цеху в Белгороде.", "ru", ("strike", "Belgorod", "ua")),
    ],
)
def test_a_drone_hitting_a_shop_strikes(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)
