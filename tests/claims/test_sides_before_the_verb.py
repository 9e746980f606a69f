"""A side named before the verb of a fronted target is that verb's subject: inside a trigger that
opens with its target («По Шебекино ВСУ выпустили 20 снарядов»), and between a strike noun that
opens its clause and the verb that governs it («Удар по Белгороду ВСУ нанесли ночью»). A side
after a verb inside a trigger stays its object («выбили ВСУ из X»), and one after a strike noun
that a preposition governs belongs to another act («Після удару дрона … окупанти здалися»).
Hits told target first («По Шебекино опять прилетает») are strikes. Through the real analyzer
and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("По Шебекино ВСУ выпустили 20 снарядов.", "ru", ("strike", "Shebekino", "ua")),
        ("По Рыльску укры выпустили три ракеты.", "ru", ("strike", "Rylsk", "ua")),
        ("По Сумах росіяни випустили п'ять ракет.", "ua", ("strike", "Sumy", "ru")),
        ("По Білопіллю окупанти випустили 40 снарядів.", "ua", ("strike", "Bilopillia", "ru")),
        # the verb first: the side after it is its object, the victim
        ("Наши выбили ВСУ из Малой Локни.", "ru", ("capture", "Malaya Loknya", "ru")),
    ],
)
def test_a_side_before_the_verb_of_a_gapped_trigger_fires(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Удар по Белгороду ВСУ нанесли ночью.", "ru", ("strike", "Belgorod", "ua")),
        ("Массированный удар по Курску ВСУ нанесли из HIMARS.", "ru", ("strike", "Kursk", "ua")),
        ("Обстрел Шебекино ВСУ продолжили и ночью.", "ru", ("strike", "Shebekino", "ua")),
        ("Удар по Харкову росіяни завдали вночі.", "ua", ("strike", "Kharkiv", "ru")),
        ("Обстріл Херсона окупанти продовжили.", "ua", ("strike", "Kherson", "ru")),
        # a side the noun's «по» reaches is still the victim
        (
            "Удар по позициям ВСУ у Волчанска нанесли наши артиллеристы.",
            "ru",
            ("strike", "Vovchansk", "ru"),
        ),
        # the noun under a preposition: the side after it is another act's subject
        (
            "Після удару дрона по бліндажу біля Торецька двоє окупантів здалися в полон.",
            "ua",
            ("strike", "Toretsk", "ua"),
        ),
    ],
)
def test_a_side_between_a_strike_noun_and_its_verb_struck(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("По Шебекино опять прилетает.", "ru", ("strike", "Shebekino", "ua")),
        ("По Шостке прилетело «Искандером».", "ru", ("strike", "Shostka", "ru")),
        ("По Сумах знову прилетіло двічі.", "ua", ("strike", "Sumy", "ru")),
    ],
)
def test_a_hit_told_target_first_is_a_strike(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    "text",
    [
        "По прогнозу, в Белгород прилетят аисты.",
        "По данным губернатора, в Белгород прилетел самолёт с гуманитарной помощью.",
    ],
)
def test_things_that_fly_in_are_no_hit(bundled_analyzer: Analyzer, text: str) -> None:
    assert not bundled_analyzer.analyze(text, "ru")[1]
