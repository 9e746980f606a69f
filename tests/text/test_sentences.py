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
    ],
)
def test_sentence_ends(text: str, first: str, second: str, same: bool) -> None:
    assert (_sentence_of(text, first) == _sentence_of(text, second)) is same
