"""Sides named in passing: a country after «в»/«на» is where a thing happens, the victim of a
strike and no side of any other claim («На Украине взрывы — в Киеве»); a side's adjective before
a weapon names the weapon's side wherever the weapon stands («российские «шахеды» упали»); an
attacker relayed from a Ukrainian source is its enemy («Генштаб ВСУ сообщил о боях у Торецка»),
and so is the maker of a pocket told there; «констатирует», «отмечают», «зазначили» relay.
Through the real analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("На Украине взрывы — в Киеве, Днепре, Одессе.", "ru", ("strike", "Dnipro", "ru")),
        ("В Україні вибухи в Києві та Харкові.", "ua", ("strike", "Kharkiv", "ru")),
        (
            "На Украине прогремели взрывы: прилёты в Запорожье.",
            "other",
            ("strike", "Zaporizhzhia", "ru"),
        ),
        # a side named besides the country still acts
        ("Украина атаковала Курск дронами.", "ru", ("strike", "Kursk", "ua")),
        (
            "На Украине российские войска продвинулись у Торецка.",
            "ru",
            ("advance", "Toretsk", "ru"),
        ),
    ],
)
def test_a_country_where_it_happens_names_no_side_in_action(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_a_strike_in_a_country_with_no_place_is_on_that_country(
    bundled_analyzer: Analyzer,
) -> None:
    found = claims_of(
        bundled_analyzer, "Сообщается о массированном ударе по объектам на Украине.", "ru"
    )
    assert ("strike", "-", "ru") in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "В ходе налета на Одессу в ночь на пятницу российские «шахеды» упали в нескольких "
            "местах в городе.",
            "other",
            ("strike", "Odesa", "ru"),
        ),
        (
            "Под время атаки на Харьков российские ракеты попали в жилой дом.",
            "other",
            ("strike", "Kharkiv", "ru"),
        ),
        (
            "Під час нальоту на Суми російські «шахеди» влучили в будинок.",
            "ua",
            ("strike", "Sumy", "ru"),
        ),
        (
            "Во время атаки на Купянск российские дроны повредили дома.",
            "other",
            ("strike", "Kupiansk", "ru"),
        ),
        # the weapon as the object: its side suffers
        (
            "Дрони бригади знищують російську артилерію біля Часового Яру.",
            "ua",
            ("strike", "Chasiv Yar", "ua"),
        ),
    ],
)
def test_a_sides_adjective_before_a_weapon_names_the_attacker(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Генштаб ВСУ сообщил о боях у Торецка.", "other", ("advance", "Toretsk", "ru")),
        ("Генштаб ВСУ сообщил о боях у Торецка.", "ru", ("advance", "Toretsk", "ru")),
        (
            "Украинские военные блогеры пишут о продвижении в районе Трудового.",
            "other",
            ("advance", "Trudove", "ru"),
        ),
        (
            "Многие украинские источники отмечают продвижение у Часова Яра.",
            "other",
            ("advance", "Chasiv Yar", "ru"),
        ),
        (
            "Украинский проект DeepState констатирует продвижение у Торецка.",
            "other",
            ("advance", "Toretsk", "ru"),
        ),
        # a Ukrainian source's push on Russian ground is its own
        (
            "По данным Генштаба ВСУ, в Тёткино зашли штурмовые подразделения.",
            "ru",
            ("advance", "Tyotkino", "ua"),
        ),
        # a Russian source's own side pushes
        ("Минобороны РФ сообщило о продвижении у Торецка.", "other", ("advance", "Toretsk", "ru")),
        (
            "Часів Яр у напівоточенні, логістика під вогневим контролем.",
            "ua",
            ("encirclement", "Chasiv Yar", "ru"),
        ),
        (
            "Украинские источники пишут, что Курахово почти в окружении.",
            "other",
            ("encirclement", "Kurakhove", "ru"),
        ),
        (
            "Ворог зайшов у Вугледар. Місто опинилося в оперативному оточенні: всі шляхи "
            "постачання прострілювались.",
            "ua",
            ("encirclement", "Vuhledar", "ru"),
        ),
    ],
)
def test_an_attacker_relayed_from_a_ukrainian_source_is_its_enemy(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("Ворог просунувся біля Торецька, зазначили в Генштабі.", "ua", "Toretsk"),
        ("Ворог просунувся біля Покровська, зазначають у DeepState.", "ua", "Pokrovsk"),
        ("Украинский проект DeepState констатирует продвижение у Торецка.", "other", "Toretsk"),
        ("Многие украинские источники отмечают продвижение у Часова Яра.", "other", "Chasiv Yar"),
    ],
)
def test_verbs_of_noting_relay(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    stances = {f.stance for f in bundled_analyzer.analyze(text, side)[1]}
    assert stances == {"reported"}, (text, stances)
