"""Bloggers' irony: a weapon «paying a visit» to a place is a strike on it («„Герани" навестили
Кривой Рог», «Шахеди знову завітали до Одеси»); a governor or a president visiting a town is
none. Through the real analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Параллельно «Герани» навестили Кривой Рог и Днепр.", "ru", ("strike", "Dnipro", "ru")),
        ("Ночью «Искандер» навестил аэродром в Миргороде.", "ru", ("strike", "Myrhorod", "ru")),
        ("Шахеды снова наведались в Одессу.", "ru", ("strike", "Odesa", "ru")),
        ("Дроны ВСУ посетили Брянск и Курск этой ночью.", "ru", ("strike", "Bryansk", "ua")),
        ("Шахеди знову завітали до Одеси.", "ua", ("strike", "Odesa", "ru")),
    ],
)
def test_a_weapon_paying_a_visit_strikes(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Губернатор посетил Шебекино и пообщался с жителями.", "ru"),
        ("Президент відвідав Харків і зустрівся з військовими.", "ua"),
        ("Делегация навестила Курск по приглашению мэрии.", "ru"),
    ],
)
def test_a_visit_by_people_is_no_strike(bundled_analyzer: Analyzer, text: str, side: str) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, side) if c[0] == "strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Экипаж «Искандера» навестил ветеранов в Курске.",
        "Расчёт «Калибра» посетил школу в Севастополе.",
    ],
)
def test_a_weapons_crew_visiting_strikes_nothing(bundled_analyzer: Analyzer, text: str) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "strike"]
