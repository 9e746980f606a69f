"""The raions of Crimea before Ukraine's 2020 reform that Russian reports still name («в Сакском
районе», «Нижнегорский район»), and the strike a post tells there. Through the real analyzer and
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
        ("Аксёнов: в Нижнегорском районе сбиты два беспилотника.", "Нижнегорском районе",
         "nyzhnohirskyi-raion"),
        ("Над Раздольненским районом работала ПВО.", "Раздольненским районом",
         "rozdolne-raion"),
        ("В Красноперекопском районе введён режим ЧС.", "Красноперекопском районе",
         "krasnoperekopsk-raion"),
    ],
)  # fmt: skip
def test_an_old_crimean_raion_is_found(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key


def test_a_strike_there(bundled_analyzer: Analyzer) -> None:
    text = "Аксёнов: в Нижнегорском районе сбиты два беспилотника ВСУ."
    assert ("strike", "Nyzhnohirskyi Raion", "ua") in claims_of(bundled_analyzer, text, "ru")
