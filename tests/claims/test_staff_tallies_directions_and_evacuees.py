"""The General Staff's tally of the day's air and missile strikes is a strike on no place; the
last item of a list may be a direction («поблизу X, Y та в бік Z»); who is evacuated does not
count in an evacuation's reach («евакуацію дітей разом із батьками з X»); an army's losses are
the short headline's place («Торецкое направление» over «Потери противника — 300»), and so is
a pocket («Курахово.» over «Котёл захлопывается»). Through the real analyzer and the bundled
config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "Протягом доби відбулося 95 бойових зіткнень. Ворог завдав 5 ракетних та 61 авіаційного "
        "удару, застосував 90 КАБів.",
        "Загалом противник завдав по наших позиціях 2 ракетних і 40 авіаційних ударів.",
    ],
)
def test_the_days_tally_of_air_strikes_is_a_strike(bundled_analyzer: Analyzer, text: str) -> None:
    assert ("strike", "-", "ru") in claims_of(bundled_analyzer, text, "ua")


def test_a_strike_on_a_place_keeps_its_place(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Ворог завдав ракетного удару по Миколаєву.", "ua")
    assert ("strike", "Mykolaiv", "ru") in found
    assert ("strike", "-", "ru") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На Покровському напрямку ворог 14 разів намагався просунутися поблизу Лисівки, "
         "Котлиного та в бік Удачного.", ("advance", "Udachne", "ru")),
        ("На Куп'янському напрямку окупанти атакували біля Синьківки, Петропавлівки та у "
         "напрямку Кругляківки.", ("advance", "Kruhliakivka", "ru")),
    ],
)  # fmt: skip
def test_a_direction_ends_a_list(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Оголошено обов'язкову евакуацію дітей разом із батьками або законними представниками "
         "з Куп'янської громади.", "ua", ("evacuation", "Kupiansk", "ua")),
        ("Власти объявили эвакуацию детей вместе с родителями или законными представителями из "
         "Шебекино.", "ru", ("evacuation", "Shebekino", "ru")),
    ],
)  # fmt: skip
def test_who_is_evacuated_is_no_distance(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Купянское направление 🔻\n\nНаши продвинулись у Синьковки. Потери противника за "
         "сутки — до 120 человек.", ("casualties", "Kupiansk", "ru")),
        ("Часов Яр: итоги недели\n\nШтурмовики дочистили квартал. Противник потерял до роты.",
         ("casualties", "Chasiv Yar", "ru")),
    ],
)  # fmt: skip
def test_an_armys_losses_are_the_headlines_places(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Покровск. Итоги дня.\n\nГород почти в полукольце, хохлы выводят тылы.",
         ("encirclement", "Pokrovsk", "ru")),
        ("Курахово.\n\nКотёл захлопывается: у ВСУ осталась одна дорога.",
         ("encirclement", "Kurakhove", "ru")),
    ],
)  # fmt: skip
def test_a_pocket_told_under_a_headline_is_its_places(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")
