"""Russian posts translate the cardinal points of Ukrainian names: Північне is «Северное»,
Південне «Южное» (the Russian MoD's names of the villages by Toretsk). The village is picked
among the namesakes by the post's other places. The villages of Sevastopol, which the codifier
lists as the city alone, are places. Through the real analyzer and the bundled gazetteer; every
sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.places.resolved import keys_of


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Торецкое направление: наши зашли в Северное, бои за Железное.", "Северное",
         "pivnichne-donetsk-oblast"),
        ("Под Торецком освобождено Южное, идут бои у Железного.", "Южное",
         "pivdenne-donetsk-oblast"),
    ],
)  # fmt: skip
def test_a_translated_cardinal_point_names_the_village(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key


def test_the_adjective_in_lower_case_is_no_village(bundled_analyzer: Analyzer) -> None:
    text = "Под Торецком бои на южном и северном флангах, южное направление спокойно."
    assert set(keys_of(bundled_analyzer, text)) == {"Торецком"}


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Севастополь. Обломки ракеты упали на пляж в Учкуевке.", "Учкуевке",
         "uchkuivka-sevastopol"),
        ("Вибухи в Севастополі: уламки впали в Любимівці.", "Любимівці",
         "liubymivka-sevastopol"),
    ],
)  # fmt: skip
def test_the_villages_of_sevastopol_are_places(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key
