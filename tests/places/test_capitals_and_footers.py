"""A capital is its government when it speaks or acts («Киев заявил»), the city where it stands
in a part of itself («в центре Москвы») or is what an attack hits («дроны атаковали Москву»);
a channel's name in a call to subscribe and a region's time zone name no place. Paraphrases
written for these tests."""

from __future__ import annotations

import pytest

from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Стрельба в центре Москвы, один человек ранен.", ["moscow"]),
        ("Вибухи пролунали на околиці Києва.", ["kyiv"]),
        ("Обломки упали в пригороде Москвы.", ["moscow"]),
        ("Дроны сбиты над югом Москвы.", ["moscow"]),
        ("Дроны атаковали Москву этой ночью.", ["moscow"]),
        ("Ворог атакував Київ балістикою.", ["kyiv"]),
        ("Россия обстреляла Киев ракетами.", ["kyiv"]),
        # a bulleted report's label
        ("Удар по энергетике.\n📍 Киев — прилёты по ТЭЦ", ["kyiv"]),
        ("Київ: вибухи у трьох районах.", ["kyiv"]),
        # the government still
        ("Киев заявил о готовности к переговорам.", []),
        ("Позиция Москвы не изменилась.", []),
    ],
)
def test_a_capital_as_a_place_or_its_government(keys: Keys, text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "🔴 [Подписаться на Москву - новостную](https://t.me/example)",
        "Подпишись на Сочи с огоньком",
        "Підпишіться на Київ оперативний",
        "Атака началась в 7 утра по московскому времени.",
        "Тривога триватиме до 5:00 за київським часом.",
    ],
)
def test_a_channel_or_a_time_zone_is_no_place(keys: Keys, text: str) -> None:
    assert keys(text) == []


def test_a_footer_leaves_the_news_its_place(keys: Keys) -> None:
    text = "Беспилотник упал в Москве.\n\n[Подписаться на Москву - новостную](https://t.me/x)"
    assert keys(text) == ["moscow"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Письма начали выдавать в московской церковной больнице.", ["moscow"]),
        # (the refinery, a named facility, where the adjective names one)
        ("Дроны атаковали московский НПЗ в Капотне.", ["moscow-refinery"]),
        ("Пассажиры московской подземки застряли в тоннеле.", ["moscow"]),
        # the oblast, where a region's noun or a list of regions says so
        ("Губернатор Московской области сообщил о сбитых дронах.", ["moscow-oblast"]),
        ("ПВО работала над Московской и Тульской областями.", ["moscow-oblast", "tula-oblast"]),
    ],
)
def test_moscows_adjective_is_the_city_outside_a_regions_phrase(
    keys: Keys, text: str, expected: list[str]
) -> None:
    assert keys(text) == expected
