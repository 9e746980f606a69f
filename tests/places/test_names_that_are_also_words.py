"""A village whose name is also a word stays a village before a noun where a preposition of
nearness names it and the post is about the war («Под Липцами бои»); a pronoun's adjective
after the name opens its own phrase («По Межевой весь день»). A person's name, a peaceful
post and an adjective agreeing with its noun stay no place. A city of 150,000 people named
like a person is in the gazetteer (Салават), found where a settlement stands; «в городе
Шебекино» is the town (GeoNames' second row «Город Шебекино» is left out). Through the real
analyzer and the bundled gazetteer; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.places.resolved import keys_of


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Под Липцами бои не стихают.", "Липцами", "lyptsi"),
        ("С утра тихо. Под Липцами идут бои с переменным успехом.", "Липцами", "lyptsi"),
        ("По Межевой весь день прилёты.", "Межевой", "mezhova"),
        ("Противник обстреливает район у Межевой всю ночь.", "Межевой", "mezhova"),
    ],
)
def test_a_village_before_a_noun_is_placed(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key


@pytest.mark.parametrize(
    "text",
    [
        "У Надежды муж военный.",
        "У Надежды муж воюет на фронте.",
        "На Межевой улице ремонт дороги.",
        "Корабли Черноморского флота вышли в море.",
        # an adjective before its noun opening a sentence (the village Новий of Luhansk Oblast)
        "Новий збір вже скоро, не розходимось.",
        "Новий танк передали бригаді.",
    ],
)
def test_a_name_or_an_agreeing_adjective_is_no_village(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not keys_of(bundled_analyzer, text)


@pytest.mark.parametrize(
    "text",
    ["ПВО отражает воздушную атаку в Салавате.", "Беспилотник атаковал НПЗ в Салавате."],
)
def test_a_city_named_like_a_person_is_found(bundled_analyzer: Analyzer, text: str) -> None:
    assert keys_of(bundled_analyzer, text).get("Салавате") == "salavat"


@pytest.mark.parametrize(
    "text", ["Салават рассказал о матче.", "«Салават Юлаев» обыграл «Ак Барс»."]
)
def test_the_person_or_the_club_is_no_city(bundled_analyzer: Analyzer, text: str) -> None:
    assert not keys_of(bundled_analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "В городе Шебекино дрон-камикадзе атаковал легковой автомобиль.",
        "Шебекинский городской округ. В городе Шебекино повреждены два дома.",
    ],
)
def test_a_town_after_its_noun_is_the_town(bundled_analyzer: Analyzer, text: str) -> None:
    assert keys_of(bundled_analyzer, text).get("Шебекино") == "shebekino"
