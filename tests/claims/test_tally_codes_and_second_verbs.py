"""Bloggers' «200» and «300» in quotes are the killed and the wounded (a bare number is not);
a second verb of the same claim type ends a list of places («заняли X и выбили противника из
южной части Y»: Y is not taken whole). Through the real analyzer and the bundled config; every
sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from monitor.text.lemmas import tokenize
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Часов Яр — Искандер по пункту временной дислокации ВФУ, есть «200» и «300».",
         ("casualties", "Chasiv Yar", "ru")),
        ("Под Торецком укры снова полезли на наши позиции. Итог: у них «200» и пленные.",
         ("casualties", "Toretsk", "ru")),
        ('Покровск. Прилёт по ротации ВФУ, минимум десяток "300".',
         ("casualties", "Pokrovsk", "ru")),
        # or written together, unquoted
        ("Часов Яр — Искандер по пункту временной дислокации ВФУ, есть 200/300.",
         ("casualties", "Chasiv Yar", "ru")),
        ("Под Торецком укры снова полезли на наши позиции. Итог: около 30 хохлов (200+300).",
         ("casualties", "Toretsk", "ru")),
    ],
)  # fmt: skip
def test_quoted_codes_are_casualties(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "В Курске открыли парковку на 300 мест, билет стоит 200 рублей.",
        "Белгород. Цена «300» за литр — это уже слишком.",
        "В Курске билеты по 200/300 рублей, автобус 200+300 метров от вокзала.",
    ],
)
def test_bare_or_priced_numbers_are_no_casualties(bundled_analyzer: Analyzer, text: str) -> None:
    assert not any(c[0] == "casualties" for c in claims_of(bundled_analyzer, text, "ru"))


def test_a_quoted_code_reads_as_the_ordinal() -> None:
    tokens = tokenize("есть «300» и 200 пленных", "ru").tokens
    assert "300-й" in tokens[1].lemmas
    assert tokens[3].lemmas == ("200",)


@pytest.mark.parametrize(
    ("text", "taken", "not_taken"),
    [
        ("Наши войска полностью заняли Прогресс и выбили противника из южной части "
         "Воздвиженки.", "Prohres", "Vozdvyzhenka"),
        ("Штурмовики заняли Новоселовку Первую и вытеснили ВСУ из восточной части Керамика.",
         "Novoselivka Persha", "Keramik"),
    ],
)  # fmt: skip
def test_a_second_verb_ends_the_list(
    bundled_analyzer: Analyzer, text: str, taken: str, not_taken: str
) -> None:
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("capture", taken, "ru") in found
    assert ("capture", not_taken, "ru") not in found


def test_one_verb_still_takes_its_whole_list(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Наши войска заняли Прогресс и Воздвиженку.", "ru")
    assert {("capture", "Prohres", "ru"), ("capture", "Vozdvyzhenka", "ru")} <= found
