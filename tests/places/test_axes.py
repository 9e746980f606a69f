"""Axes (направления) map to their town, also when named by the town's district adjective."""

from __future__ import annotations

import pytest

from monitor.places.matcher import PlaceMatcher


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Бои на суджанском направлении", "суджанском направлении", "sudzha"),
        ("Бої на Суджанському напрямку", "Суджанському напрямку", "sudzha"),
        ("обстановка на суджанском направлении", "суджанском направлении", "sudzha"),
        ("Противник на кореневском направлении", "кореневском направлении", "korenevo"),
        ("Ситуація на покровському напрямку", "покровському напрямку", "pokrovsk"),
        ("Суджанский район", "Суджанский район", "sudzhansky-district"),
        # a Ukrainian axis after a town of any regular ending, not only «-ськ»
        ("Ворог атакував на Лиманському напрямку", "Лиманському напрямку", "lyman"),
        ("Бої на Оріхівському напрямку тривають", "Оріхівському напрямку", "orikhiv"),
        ("Найгарячіше на Курахівському напрямку", "Курахівському напрямку", "kurakhove"),
        ("На Гуляйпільському напрямку без змін", "Гуляйпільському напрямку", "hulyaipole"),
        (
            "Тиск на Костянтинівському напрямку",
            "Костянтинівському напрямку",
            "kostiantynivka-donetsk-oblast-city",
        ),
        ("На Лиманском направлении бои", "Лиманском направлении", "lyman"),
    ],
)
def test_axis_and_district_forms(
    text: str, surface: str, key: str, seed_matcher: PlaceMatcher
) -> None:
    found = {(text[m.start : m.end], m.place_key) for m in seed_matcher.find(text)}
    assert (surface, key) in found
