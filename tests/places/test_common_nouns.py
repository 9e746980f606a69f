"""Ordinary words of war reports that are also names of small villages known only from a
settlement list («Пожежа», «Джерело», «Машина»): at the start of a sentence they are the word,
not the village, unless the post supports the village (paraphrases written for these tests)."""

from __future__ import annotations

import pytest

from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    "text",
    [
        "Пожежі на місці влучання вже ліквідовано.",
        "Пожежу в приватному будинку загасили рятувальники.",
        "Джерело: обласна військова адміністрація.",
        "Машину швидкої допомоги пошкоджено уламками.",
        "Селище залишилося без світла після атаки.",
    ],
)
def test_a_report_word_opening_a_sentence_is_no_village(keys: Keys, text: str) -> None:
    assert keys(text) == []


def test_the_village_counts_where_the_post_supports_it(keys: Keys) -> None:
    assert "pozhezha" in keys("Дрон впав поблизу села Пожежа на Тернопільщині.")


@pytest.mark.parametrize(
    "text",
    [
        "Дела у компании шли плохо весь год.",
        "Строки кода проверяет линтер.",
        "Магазин Google Play обновил правила.",
    ],
)
def test_a_list_only_village_needs_another_place_at_a_sentence_start_or_in_latin(
    keys: Keys, text: str
) -> None:
    assert keys(text) == []


def test_a_front_village_opening_a_sentence_still_counts(keys: Keys) -> None:
    assert keys("Кліщіївка під контролем ворога.") == ["klishchiivka"]


@pytest.mark.parametrize(
    "text",
    [
        "Уточнено ситуацію в Мирнограді. Українські підрозділи виведено на нові рубежі.",
        "Українські військові відійшли з Мирнограда на нові позиції.",
    ],
)
def test_the_countrys_adjective_is_no_town(keys: Keys, text: str) -> None:
    """«Українські» is the country's adjective, not a case of Українськ (whose locative is
    «в Українську»)."""
    assert "ukrainsk" not in keys(text, "ua")
    assert "myrnohrad" in keys(text, "ua")
