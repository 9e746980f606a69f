"""Where sentences end: a unit's full stop before a capital ends one («1200 км. Также …»), a
title's does not («г. Курск», «с. Веселое»), nor a unit's before a lowercase word."""

from __future__ import annotations

import pytest

from monitor.text.lemmas import tokenize


def _sentence_of(text: str, word: str) -> int:
    doc = tokenize(text, "ru")
    return next(t.sentence for t in doc.tokens if t.form == word)


@pytest.mark.parametrize(
    ("text", "first", "second", "same"),
    [
        ("Расстояние более 1200 км. Также дрон атаковал НПЗ.", "км", "также", False),
        ("Освобождено 3 кв. км территории.", "кв", "территории", True),
        ("Прилёт в г. Курск ночью.", "г", "курск", True),
        ("Обстрел с. Веселое ночью.", "с", "веселое", True),
        ("Прошли 5 км. по полю.", "км", "по", True),
        ("Эвакуированы более 12 тыс. человек, сообщил губернатор.", "тыс", "сообщил", True),
        ("Ущерб оценили в 3 млн. рублей.", "млн", "рублей", True),
        ("Зібрали 200 тис. грн. на дрони.", "тис", "дрони", True),
        ("Потери превысили 2 тыс. Также сбиты дроны.", "тыс", "также", False),
    ],
)
def test_sentence_ends(text: str, first: str, second: str, same: bool) -> None:
    assert (_sentence_of(text, first) == _sentence_of(text, second)) is same
