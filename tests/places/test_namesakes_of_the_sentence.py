"""A namesake is the one in the oblast or district of its own sentence's unambiguous places
before one in an area another sentence of the post named: a General Staff report lists its
axes' villages sentence by sentence. Through the real analyzer and the bundled gazetteer; every
sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer

REPORT = (
    "На Покровському напрямку ворог атакував у районах Покровська, Мирнограда, Родинського, "
    "Шахового та Гришиного.\n\n"
    "На Гуляйпільському напрямку ворог здійснив 29 атак у районах Гуляйполя, Рівнопілля, "
    "Яблукового та Успенівки.\n\n"
    "На Оріхівському напрямку Сили оборони відбили 4 атаки поблизу Малої Токмачки та Степового."
)


@pytest.mark.parametrize(
    ("text", "surface", "oblast"),
    [
        (REPORT, "Успенівки", "Zaporizhzhia Oblast"),
        (REPORT, "Степового", "Zaporizhzhia Oblast"),
        ("Наши заходят в Покровск и Мирноград у Шахового. На Ореховском направлении идут бои у "
         "Степового и Малой Токмачки.", "Степового", "Zaporizhzhia Oblast"),
    ],
)  # fmt: skip
def test_a_namesake_is_its_own_sentences(
    bundled_analyzer: Analyzer, text: str, surface: str, oblast: str
) -> None:
    places, _ = bundled_analyzer.analyze(text, "ua")
    found = [m for m in places if m.surface == surface]
    assert found, f"{surface} not found"
    assert bundled_analyzer.gazetteer.places[found[0].place_key].oblast == oblast
