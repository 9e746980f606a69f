"""A hashtag that is a place's name on its own is a mention of it, as a channel tags its post
(«Обстріл Білопілля. #Сумщина», «#Донбасс»), and so are a hashtag's words joined by underscores
(«#Покровское_направление», «#Белгородская_область», «#Херсон_новини», as the gold's alert posts
tag «#Запорізький_район»); a longer word, a link's fragment or a handle is none («#Херсонщина2024»,
«…/#Херсон», «@Kherson_news»). Paraphrases written for these tests, not gold posts."""

from __future__ import annotations

import pytest

from monitor.places.cues import hashtag
from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Обстріл Білопілля. #Сумщина", "sumy-oblast"),
        ("Знову вибухи біля Лебедина\n\n#Сумщина #новини", "sumy-oblast"),
        ("#Донбасс #СВО", "donbas"),
        ("Работаем дальше 💪\n#Покровское_направление", "pokrovsk"),
        ("#граница #Белгородская_область", "belgorod-oblast"),
        ("#Херсон_новини: вибухи", "kherson"),
        ("#м_Харків_та_Харківська_територіальна_громада", "kharkiv"),
    ],
)
def test_a_hashtag_of_a_place_names_it(keys: Keys, text: str, key: str) -> None:
    assert key in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "#Херсонщина2024: вибухи",
        "Подробнее: https://site.ua/#Херсон",
        "Наш канал @Kherson_news",
        "Пишіть у бот t.me/kherson_now_bot",
    ],
)
def test_a_longer_tag_a_link_or_a_handle_names_nothing(keys: Keys, text: str) -> None:
    assert keys(text) == []


def test_a_hashtag_stands_alone() -> None:
    assert hashtag("#") and hashtag("Обстріл. #")
    assert not hashtag("site.ua/#") and not hashtag("#Херсон#")
