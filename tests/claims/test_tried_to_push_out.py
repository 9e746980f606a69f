"""An attempt to push the defenders out of their positions is an assault on the place, the
attacker's advance («ворог намагався витіснити наших захисників з позицій у районі X»), as an
attempt to take it is; a loan is not. Through the real analyzer and the bundled config;
every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Ворог 15 разів намагався витіснити наших захисників з позицій у районі Торецька.",
         "ua", ("advance", "Toretsk", "ru")),
        ("Окупанти намагалися вибити підрозділи ЗСУ з позицій поблизу Часового Яру.", "ua",
         ("advance", "Chasiv Yar", "ru")),
        ("Противник пытался выбить наших бойцов с позиций под Курахово.", "ru",
         ("advance", "Kurakhove", "ua")),
        ("ВСУ несколько раз пытались вытеснить наши подразделения из Работино.", "ru",
         ("advance", "Robotyne", "ua")),
        ("Дважды за сутки ВСУ пытались выбить наши подразделения с занимаемых рубежей в "
         "районе Кременной.", "ru", ("advance", "Kreminna", "ua")),
        ("Ворог тричі пробував витіснити підрозділи Сил оборони з позицій поблизу Вовчанська.",
         "ua", ("advance", "Vovchansk", "ru")),
        ("Росіяни намагалися вибити наших захисників із займаних позицій біля Кринок.", "ua",
         ("advance", "Krynky", "ru")),
    ],
)  # fmt: skip
def test_trying_to_push_the_defenders_out_is_an_assault(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)
    assert not [c for c in claims_of(bundled_analyzer, text, side) if c[0] == "capture"]


@pytest.mark.parametrize(
    "text",
    [
        "Мы пытались выбить кредит в банке Курска.",
        "В Харькове пытались выбить дверь квартиры.",
        "Фермеры Курска пытаются выбить субсидии у области.",
    ],
)
def test_a_loan_or_a_door_is_no_assault(bundled_analyzer: Analyzer, text: str) -> None:
    assert not claims_of(bundled_analyzer, text, "ru")
