"""Facilities listed under one head («по Бурштынской, Ладыжинской и Добротворской ТЭС») are one
place each; the districts of Voronezh, Rostov and Krasnodar are places; an attack on a
facility off the front is a strike. Through the real analyzer and the bundled config; every
sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from monitor.config import load_settings


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(load_settings())


def _places(analyzer: Analyzer, text: str, side: str = "ru") -> dict[str, str]:
    mentions, _ = analyzer.analyze(text, side)
    return {analyzer.gazetteer.places[m.place_key].name_en: m.surface for m in mentions}


def _claims(analyzer: Analyzer, text: str, side: str) -> set[tuple[str, str]]:
    _, claims = analyzer.analyze(text, side)
    names = analyzer.gazetteer.places
    return {(c.claim_type, names[c.place_key].name_en) for c in claims if c.place_key}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ночью ракеты прилетели по Бурштынской, Ладыжинской и Добротворской ТЭС.",
            {
                "Burshtyn TPP": "Бурштынской",
                "Ladyzhyn TPP": "Ладыжинской",
                "Dobrotvir TPP": "Добротворской ТЭС",
            },
        ),
        (
            "Ворог знову бив по Ладижинській та Добротвірській ТЕС.",
            {"Ladyzhyn TPP": "Ладижинській", "Dobrotvir TPP": "Добротвірській ТЕС"},
        ),
        # an adjective that alone names a settlement is the refinery in the list
        (
            "Дроны атаковали Афипский и Ильский НПЗ.",
            {"Afipsky refinery": "Афипский", "Ilsky refinery": "Ильский НПЗ"},
        ),
    ],
)
def test_facilities_listed_under_one_head_are_each_a_place(
    analyzer: Analyzer, text: str, expected: dict[str, str]
) -> None:
    assert _places(analyzer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name before the facility that is no item of a list of facilities
        "Петров и Добротворской ТЭС директор встретились вчера.",
        "Сергей, Добротворская ТЭС снова работает.",
    ],
)
def test_words_before_a_facility_that_name_none_stay_words(analyzer: Analyzer, text: str) -> None:
    assert list(_places(analyzer, text)) == ["Dobrotvir TPP"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Прилёт по Лискинскому району, горит нефтебаза.", "Liskinsky District"),
        ("В Тарасовском районе Ростовской области сбит беспилотник.", "Tarasovsky District"),
        ("Обломки дрона упали в Тихорецком районе.", "Tikhoretsky District"),
        ("Над Россошанським районом Воронезької області збито дрон.", "Rossoshansky District"),
        # a namesake of a Ukrainian raion: the oblast the post names tells them apart
        ("В Каменском районе Ростовской области горит нефтебаза.", "Kamensky District"),
        ("Обстрел Каменского района Днепропетровской области.", "Kamianske Raion"),
        (
            "БПЛА перехватили в Крымском и Красноармейском районах Краснодарского края.",
            "Krasnoarmeysky District",
        ),
        ("В Крымском районе Краснодарского края упали обломки.", "Krymsky District"),
        # Pokrovsk Raion's Soviet name
        ("В Красноармейском районе Донецкой области идут бои.", "Pokrovsk Raion"),
        # the oblast's own adjective
        ("Лабораторию прикрыли в подмосковном Егорьевске.", "Moscow Oblast"),
    ],
)
def test_districts_of_the_struck_russian_regions_are_places(
    analyzer: Analyzer, text: str, expected: str
) -> None:
    assert expected in _places(analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ворог атакував Ладижинську ТЕС.", ("strike", "Ladyzhyn TPP")),
        ("Вночі окупанти атакували Бурштинську ТЕС.", ("strike", "Burshtyn TPP")),
    ],
)
def test_an_attack_on_a_facility_in_a_ukrainian_report_is_a_strike(
    analyzer: Analyzer, text: str, expected: tuple[str, str]
) -> None:
    assert _claims(analyzer, text, "ua") == {expected}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Курахово — всё. Последние очаги у ТЭС дочищают.", "Kurakhove TPP"),
        ("Курахово. Бойцы группировки «Юг» зачистили промзону ТЭС.", "Kurakhove TPP"),
        ("В Энергодаре снова обстрел. Снаряд упал у АЭС.", "Zaporizhzhia NPP"),
        ("Туапсе. Беспилотники снова атаковали НПЗ.", "Tuapse refinery"),
    ],
)
def test_a_bare_head_is_the_one_facility_of_it_near_a_named_place(
    analyzer: Analyzer, text: str, name: str
) -> None:
    assert name in _places(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # no facility of that head near the place named
        "В Харькове прилёт по ТЭЦ.",
        "В Сумах на ТЭС отключили свет.",
        # and none without a place
        "Ночью атаковали ТЭС, пишут местные.",
        # in the town's own sentence the town is the place
        "Ночью в Туапсе атакован морской терминал и НПЗ, горит причал.",
    ],
)
def test_a_bare_head_far_from_its_facilities_names_none(analyzer: Analyzer, text: str) -> None:
    assert not any(k.endswith(("TPP", "CHP", "NPP", "refinery")) for k in _places(analyzer, text))
