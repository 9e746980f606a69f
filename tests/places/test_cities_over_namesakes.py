"""A city beats a village, settlement or town of its name that only the post's other places
support by their oblast: «в Харькове и Полтаве» is the city of Poltava, not the village of
Kharkiv Oblast; a post that names the village's oblast keeps the village. Through the real
analyzer and the bundled gazetteer; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.places.resolved import keys_of


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("В Харькове и Полтаве после ударов пропал свет.", "Полтаве", "poltava"),
        ("Взрывы прогремели в Харькове и Никополе.", "Никополе", "nikopol"),
        ("Воздушная тревога в Одессе, Харькове и Львове.", "Львове", "lviv"),
        ("Вибухи пролунали у Харкові та Полтаві.", "Полтаві", "poltava"),
    ],
)
def test_a_city_listed_with_another_is_the_city(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Полтава Харьковской области под обстрелом.", "Полтава", "poltava-kharkiv-oblast"),
        ("Обстріляли село Полтава на Харківщині.", "Полтава", "poltava-kharkiv-oblast"),
    ],
)
def test_a_village_whose_oblast_is_named_stays(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text, "ua").get(surface) == key
