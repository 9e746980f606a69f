"""A river crossed by boat or held across is the river, not the city of its name: the words
of crossing before it («переправляют … через», «на лодках через», «пересекли»), or boats after
it («через Днепр на лодках»). Paraphrases written for these tests, not gold posts."""

from __future__ import annotations

import pytest

from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    "text",
    [
        "Противник перебрасывает людей через Днепр на резиновых лодках.",
        "Ночью группа ушла через Днепр на катерах.",
        "По Днепру на лодках снуют ДРГ противника.",
        "Окупанти переправляють піхоту через Дніпро біля Херсона.",
        "Враг закидывает штурмовиков через Днепр под Херсоном.",
        "На лодках через Днепр пытались высадиться у Крынок.",
        "ЗСУ перепливли Дніпро на човнах.",
        "Разведчики пересекли Днепр ночью.",
        "Морпехи держат плацдарм за Днепром.",
        "Ворог намагається висадитися через Дніпро вплав.",
        "Снабжение группы только лодками по Днепру.",
        "Човнами по Дніпру ворог перекидає піхоту.",
        # a bank of it, in the Ukrainian locative too
        "Триває операція на лівому березі Дніпра.",
        "На правом берегу Днепра работает ПВО.",
    ],
)
def test_crossing_words_make_the_dnipro_the_river(keys: Keys, text: str) -> None:
    assert "dnipro-river" in keys(text)
    assert "dnipro" not in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        # the boats carry people from a town, not across the river
        "Из Днепра на лодках никого не вывозили.",
        # the way passes through the city
        "Поезд идёт через Днепр в Запорожье.",
        "Колонна прошла через Дніпро вночі.",
        "Удар по Днепру на рассвете.",
        "В Днепре на катере катались туристы.",
    ],
)
def test_without_a_crossing_the_dnipro_stays_the_city(keys: Keys, text: str) -> None:
    found = keys(text)
    assert "dnipro" in found
    assert "dnipro-river" not in found


@pytest.mark.parametrize(
    ("text", "river"),
    [
        # a bank right after the name, or the river's bottom before it
        ("Наши держатся по Осколу, на левом берегу.", "oskil-river"),
        ("Оборона тепер по Осколу, на лівому березі.", "oskil-river"),
        ("Заходили через трубу водовода по дну Оскола.", "oskil-river"),
        ("Укры закрепились по Десне, на правом берегу.", "desna-river"),
    ],
)
def test_a_bank_or_the_bottom_makes_the_river(keys: Keys, text: str, river: str) -> None:
    assert keys(text) == [river]
