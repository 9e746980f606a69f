"""The raions of Crimea before Ukraine's 2020 reform that Russian reports still name («в Сакском
районе», «Раздольненский район»), and the strike a post tells there. Through the real analyzer and
the bundled gazetteer; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of
from tests.places.resolved import keys_of


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("В Сакском районе обломками повреждена линия электропередачи.", "Сакском районе",
         "saky-raion"),
        ("Над Раздольненским районом работала ПВО.", "Раздольненским районом",
         "rozdolne-raion"),
    ],
)  # fmt: skip
def test_an_old_crimean_raion_is_found(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key


def test_a_strike_there(bundled_analyzer: Analyzer) -> None:
    text = "Аксёнов: в Сакском районе сбиты два беспилотника ВСУ."
    assert ("strike", "Saky Raion", "ua") in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Беспилотник упал в Нижнегорском.", "Нижнегорском", "nyzhnohirskyi"),
        ("В Красноперекопском районе Ярославля горит НПЗ.", "Красноперекопском районе", None),
    ],
)
def test_names_a_town_or_another_region_shares_are_left_out(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str | None
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key
