"""Troops a side pulls out of a place withdraw from it («вывел остатки гарнизона из X»), and
the place they are pulled back toward is no advance («отводить часть сил из X в сторону Y»);
a side coming up to a place in the imperfective or in Ukrainian advances on it («наши выходят к
X», «ворог вийшов до X»), people and tourists do not. Through the real analyzer and the bundled
config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Противник вывел остатки гарнизона из Работино в сторону Орехова.",
            "ru",
            ("withdrawal", "Robotyne", "ua"),
        ),
        ("ВСУ выводят силы из Малой Локни.", "ru", ("withdrawal", "Malaya Loknya", "ua")),
        (
            "Ворог виводить залишки гарнізону з Роботиного у бік Токмака.",
            "ua",
            ("withdrawal", "Robotyne", "ru"),
        ),
        ("Наши подразделения выходят к Загрызово.", "ru", ("advance", "Zahryzove", "ru")),
        ("Штурмовики выходят на окраину Курахово.", "ru", ("advance", "Kurakhove", "ru")),
        ("Ворог виходить до Загризового.", "ua", ("advance", "Zahryzove", "ru")),
        ("Ворог вийшов на околиці Покровська.", "ua", ("advance", "Pokrovsk", "ru")),
    ],
)
def test_pulled_out_or_coming_up(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        # where the troops are pulled back to
        ("ВФУ начали отводить часть сил из Малой Локни в сторону Суджи.", "ru", "Sudzha"),
        ("Противник вывел остатки гарнизона из Работино в сторону Орехова.", "ru", "Orikhiv"),
        ("Ворог відводить підрозділи з Роботиного у бік Токмака.", "ua", "Tokmak"),
        # no side comes up to these
        ("Туристы выходят к Днепру на закате.", "ru", "Dnipro"),
        ("Люди вийшли до Дніпра на світанку.", "ua", "Dnipro"),
    ],
)
def test_no_advance_on_a_place_pulled_back_to_or_walked_to(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, side) if c[:2] == ("advance", place)]


@pytest.mark.parametrize(
    "text",
    ["Банк выводит силы из Курска.", "Компания вывела остатки товара из Курска."],
)
def test_a_business_pulls_out_no_troops(bundled_analyzer: Analyzer, text: str) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "withdrawal"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Представители ВСУ выходят к журналистам в Киеве.", "ru"),
        ("Российские туристы выходят к морю в Анапе.", "ru"),
        ("Бійці ЗСУ вийшли до своїх родин у Києві.", "ua"),
    ],
)
def test_coming_up_to_people_is_no_advance(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, side) if c[0] == "advance"]


def test_moving_on_after_a_pull_out_is_an_advance(bundled_analyzer: Analyzer) -> None:
    text = "После вывода войск из Херсона ВСУ двинулись в сторону Новой Каховки."
    assert ("advance", "Nova Kakhovka", "ua") in claims_of(bundled_analyzer, text, "ru")
