"""Three phrasings of front summaries: a comparative standing alone is no ground near the place
(«Севернее освобождены X и Y» took both), a drone's pet name is the drone («Гераньки
отработали по X»), and civilians evacuated where a side is named («Противник начал эвакуацию
гражданских из X») are evacuated by the side that holds the place. Through the real analyzer
and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Севернее освобождены Новогродовка и Гродовка.", ("capture", "Hrodivka", "ru")),
        ("Южнее Покровска взяты Новогродовка и Гродовка.", ("capture", "Novohrodivka", "ru")),
        ("Западнее наши освободили Работино.", ("capture", "Robotyne", "ru")),
    ],
)
def test_a_comparative_alone_is_further_on(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


@pytest.mark.parametrize(
    "text", ["Три опорника взяты под Работино.", "Взяты позиции севернее Работино."]
)
def test_ground_near_the_place_is_still_no_capture(bundled_analyzer: Analyzer, text: str) -> None:
    assert ("advance", "Robotyne", "ru") in claims_of(bundled_analyzer, text, "ru")
    assert not [c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "capture"]


def test_a_geranka_is_a_drone(bundled_analyzer: Analyzer) -> None:
    text = "Наши «Гераньки» этой ночью отработали по Херсону."
    actor_of(bundled_analyzer, text, "ru", ("strike", "Kherson", "ru"))


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Противник начал эвакуацию гражданских из Покровска.", "ru",
         ("evacuation", "Pokrovsk", "ua")),
        ("ВСУ эвакуируют мирных жителей из Торецка.", "ru", ("evacuation", "Toretsk", "ua")),
        ("ЗСУ евакуюють мешканців з Курахового.", "ua", ("evacuation", "Kurakhove", "ua")),
    ],
)  # fmt: skip
def test_civilians_evacuated_where_a_side_is_named(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    "text",
    [
        "В Курске эвакуировали жителей дома из-за пожара.",
        "Укры вывозят технику из Часова Яра.",
        "В Белгороде прошли учения: эвакуировали жителей многоэтажки.",
    ],
)
def test_no_evacuation_of_the_war(bundled_analyzer: Analyzer, text: str) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "evacuation"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Хохлы вывозят остатки населения из Торецка.", ("evacuation", "Toretsk", "ua")),
        ("Укры вывозят мирных жителей из Покровска.", ("evacuation", "Pokrovsk", "ua")),
    ],
)
def test_civilians_taken_out_by_a_side(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


def test_goods_hauled_away_are_no_evacuation(bundled_analyzer: Analyzer) -> None:
    assert not claims_of(bundled_analyzer, "Из Курска вывозят мусор.", "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Севернее Кременной освобождено около 2 км территории.",
        "Севернее Работино взяты.",
    ],
)
def test_a_comparative_with_its_place_is_ground_near_it(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "capture"]


@pytest.mark.parametrize(
    "text",
    [
        "ВСУ обстреляли автобус с эвакуированными жителями из Шебекино.",
        "Автобусы вывезли жителей Белгорода на концерт в Москву.",
        "Школьников из Белгорода вывезли в летние лагеря.",
    ],
)
def test_evacuees_attacked_or_children_on_a_trip(bundled_analyzer: Analyzer, text: str) -> None:
    assert ("evacuation", "Shebekino", "ua") not in claims_of(bundled_analyzer, text, "ru")
    assert ("evacuation", "Belgorod", "ru") not in claims_of(bundled_analyzer, text, "ru")


def test_children_taken_out_by_a_side(bundled_analyzer: Analyzer) -> None:
    text = "Хохлы насильно вывозят детей из Купянска."
    actor_of(bundled_analyzer, text, "ru", ("evacuation", "Kupiansk", "ua"))
