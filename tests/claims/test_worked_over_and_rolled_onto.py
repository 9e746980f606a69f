"""Bloggers' strikes: «отработали по X» where the post names the weapons elsewhere, «накатили
по X» (a strike; «накатили на X» stays an assault), guns by their names («Д-30 работает по
X»), sea drones destroyed (the side that sent them struck). Through the real analyzer and the
bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ночью «Герани» накатили по Харькову.\n\nТакже отработали по Изюму — там стоял ПВД.",
            ("strike", "Izium", "ru"),
        ),
        (
            "Утром укры накатили по Белгородской области, над регионом сбито 12 БПЛА.",
            ("strike", "Belgorod Oblast", "ua"),
        ),
        ("Наша Д-30 работает по Торскому с самого утра.", ("strike", "Torske", "ru")),
        # a side after the place is its target's, not the worker's
        (
            "Ночью «Герани» накатили по Харькову. Также отработали по Изюму — там стоял ПВД "
            "одной из бригад ВСУ.",
            ("strike", "Izium", "ru"),
        ),
        ("Мсты отработали по Лиману, цели поражены.", ("strike", "Lyman", "ru")),
        (
            "Два БЭК уничтожены в северо-западной части Чёрного моря.",
            ("strike", "Black Sea", "ua"),
        ),
    ],
)
def test_bloggers_strikes(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


def test_rolled_onto_a_place_is_a_strike_not_an_assault(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Ночью укры накатили по Брянской области дронами.", "ru")
    assert ("strike", "Bryansk Oblast", "ua") in found
    assert not any(kind == "advance" for kind, _, _ in found)


def test_rolled_into_positions_stays_an_assault(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Хохлы накатили на позиции у Тёткино.", "ru")
    assert ("advance", "Tyotkino", "ua") in found


@pytest.mark.parametrize(
    "text",
    [
        "Также отработали по Изюму все заявки жителей.",
        "Полиция отработала по Курску все адреса.",
    ],
)
def test_worked_over_without_a_weapon_is_no_strike(bundled_analyzer: Analyzer, text: str) -> None:
    assert not any(kind == "strike" for kind, _, _ in claims_of(bundled_analyzer, text, "ru"))
