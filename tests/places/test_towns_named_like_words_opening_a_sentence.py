"""A town whose name is also a word («Изюм», «Счастье», «Лиман») opening a sentence is the
town where what the war did to it follows: a short passive participle of taking or leaving
(«Изюм освобождён», «Лиман взят»), «под обстрелом», or a side's control («Изюм полностью под
контролем наших войск»). An active verb, «под контролем» with no side, a noun, a comma or the
copula leave it a word, even in a post about the war («Изюм заняли на складе под гуманитарку
для бойцов ВСУ», «Счастье под контролем: психолог…»). Through the real analyzer and the
bundled gazetteer; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.places.resolved import keys_of


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Изюм освобождён.", "Изюм", "izium"),
        ("Лиман взят.", "Лиман", "lyman"),
        ("Ізюм знову під обстрілом.", "Ізюм", "izium"),
        ("Изюм полностью под контролем наших войск.", "Изюм", "izium"),
        ("Изюм под контролем ВСУ, бои идут на окраинах.", "Изюм", "izium"),
        ("Изюм снова под обстрелом, по городу бьёт артиллерия.", "Изюм", "izium"),
        ("Счастье освобождено, ВСУ отошли.", "Счастье", "shchastia"),
    ],
)
def test_a_town_told_of_in_a_war_post_is_found(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key


@pytest.mark.parametrize(
    "text",
    [
        "Купили изюм и орехи на рынке.",
        "Изюм подорожал на 20%, пишут о ценах на рынке.",
        "Изюм и курага подорожали. Обстрелы продолжаются.",
        "Счастье было недолгим: ВСУ обстреляли город.",
        "Счастье, что все живы: ВСУ обстреляли город.",
        "Золотое правило штурмовиков: не стоять.",
        "Изюм подорожал из-за войны: обстрелы ударили по поставкам.",
        "Счастье длилось недолго: дроны противника атаковали колонну.",
        "Счастье наступило, когда наши войска вернулись домой.",
        "Изюм купили для бойцов на передовой.",
        "Счастье — это когда давление под контролем.",
        "Лиман замёрз, и войска перешли его по льду.",
        # the war's predicate alone makes no post about the war
        "Счастье захватило всех, когда объявили перемирие.",
        "Лиман атаковали медузы, пляжи закрыты.",
        "Изюм заняли на складе под гуманитарку.",
        "Счастье пало на наши головы: ипотека одобрена.",
        "Изюм заняли на складе под гуманитарку для бойцов ВСУ.",
        "Счастье взяли в ипотеку, а укры всё воюют.",
        "Счастье под контролем: психолог о тревожности во время наступления.",
        "Счастье захватило всех болельщиков, бойцы на фронте смотрели матч.",
        # «под контролем» needs a side: not everyone, not psychologists
        "Лиман под контролем все эти годы.",
        "Изюм под контролем всех стандартов качества.",
        "Счастье под контролем наших психологов.",
        # a word for a settlement
        "Городок взят, ребята молодцы.",
    ],
)
def test_the_word_stays_a_word(bundled_analyzer: Analyzer, text: str) -> None:
    found = set(keys_of(bundled_analyzer, text).values())
    assert not {"izium", "shchastia", "lyman", "horodok-khmelnytskyi-oblast"} & found
    assert "Золотое" not in keys_of(bundled_analyzer, text)
