"""Bombing is a strike («літаки бомблять Харківщину», «авиация бомбит позиции у X»), and so is
the General Staff's formula «завдав N авіаударів із застосуванням M КАБів по X» (the use of a
weapon is no threat of it: «загроза застосування» stays irrealis); Russia's districts in their
Ukrainian forms («по Глушківському району»). Through the real analyzer and the bundled config;
every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Російські літаки бомблять Харківщину та Сумщину.", "ua", ("strike", "Sumy Oblast", "ru")),
        ("Ворог розбомбив школу в Куп'янську.", "ua", ("strike", "Kupiansk", "ru")),
        ("Российская авиация бомбит позиции ВСУ у Волчанска.", "ru", ("strike", "Vovchansk", "ru")),
        (
            "Ворог завдав 4 авіаудари із застосуванням 6 КАБів по Вовчанську.",
            "ua",
            ("strike", "Vovchansk", "ru"),
        ),
        (
            "Крім того, ворог завдав 4 авіаудари із застосуванням 6 КАБів по Глушківському району.",
            "ua",
            ("strike", "Glushkovsky District", "ru"),
        ),
    ],
)
def test_bombing_strikes(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "У Харківській області загроза застосування балістичного озброєння.",
        "Небезпека застосування ударних БпЛА на Сумщині.",
    ],
)
def test_a_threat_of_use_is_no_strike(bundled_analyzer: Analyzer, text: str) -> None:
    assert not claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("У ждунов в Одессе бомбит от новостей.", "ru"),
        ("Надо разбомбить все мосты через Днепр в Киеве, считает депутат.", "ru"),
        ("Пусть бомбят Киев, а не Белгород.", "ru"),
        ("У разі застосування ворогом балістики по Києву — негайно прямуйте в укриття.", "ua"),
        ("Висока ймовірність застосування КАБів по Сумщині.", "ua"),
        ("Навчання із застосування КАБів на полігоні в Брянській області.", "ua"),
    ],
)
def test_fury_wishes_and_risks_are_no_strike(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, side) if c[0] == "strike"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # «КАБы» is the dictionary's conjunction «кабы»: the abbreviation is its lemma
        ("КАБы по Орехову, Гуляйполю, Белицкому.", ("strike", "Bilytske", "ru")),
        ("Ночью опять КАБы по Орехову.", ("strike", "Orikhiv", "ru")),
        ("Прилетело КАБами по Волчанску.", ("strike", "Vovchansk", "ru")),
    ],
)
def test_an_abbreviated_weapon_with_its_ending_is_the_weapon(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


def test_the_conjunction_kaby_is_no_bomb(bundled_analyzer: Analyzer) -> None:
    assert claims_of(bundled_analyzer, "Кабы не дождь, поехали бы в Курск.", "ru") == set()


@pytest.mark.parametrize("bombs_first", [True, False])
def test_the_bomb_and_the_conjunction_do_not_depend_on_which_came_first(
    bundled_analyzer: Analyzer, bombs_first: bool
) -> None:
    bombs = "Снова КАБы по Волновахе и Угледару."
    conjunction = "Кабы знать, что в Курске снова будет тревога, я бы не поехал."
    order = [bombs, conjunction] if bombs_first else [conjunction, bombs]
    found = {text: claims_of(bundled_analyzer, text, "ru") for text in order}
    assert ("strike", "Vuhledar", "ru") in found[bombs]
    assert found[conjunction] == set()


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Противник под Волчанском получил КАБами.", "ru", ("strike", "Vovchansk", "ru")),
        ("Противник под Волчанском получил ФАБами.", "ru", ("strike", "Vovchansk", "ru")),
        ("Наши под Волчанском получили ФАБами.", "ru", ("strike", "Vovchansk", "ua")),
    ],
)
def test_a_side_that_receives_bombs_is_their_target(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)
