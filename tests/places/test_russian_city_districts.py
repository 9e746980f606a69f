"""City districts of Russian cities drones strike, named so that no other district shares the
name («в Коминтерновском районе», «в Бежицком районе Брянска», «в Сеймском округе»), and
Zelenograd, a city of Moscow. Through the real analyzer and the bundled gazetteer; every
sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.places.resolved import keys_of


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("В Воронеже в Коминтерновском районе обломки БПЛА повредили остекление.",
         "Коминтерновском районе", "kominternovsky-district-voronezh"),
        ("В Бежицком районе Брянска повреждены два дома.", "Бежицком районе",
         "bezhitsky-district-bryansk"),
        ("В Курске без света остались улицы в Сеймском округе.", "Сеймском округе",
         "seymsky-district-kursk"),
        ("В Заднепровском районе Смоленска упали обломки беспилотника.",
         "Заднепровском районе", "zadneprovsky-district-smolensk"),
        ("Собянин: в Зеленограде обломки повредили фасад жилого дома.", "Зеленограде",
         "zelenograd"),
        ("В Фокинском районе Брянска загорелся склад.", "Фокинском районе",
         "fokinsky-district-bryansk"),
        ("В Прикубанском округе Краснодара сбит беспилотник.", "Прикубанском округе",
         "prikubansky-district-krasnodar"),
        ("Обломки упали в Карасунском округе Краснодара.", "Карасунском округе",
         "karasunsky-district-krasnodar"),
        ("Беспилотник сбит над Петроградским районом.", "Петроградским районом",
         "petrogradsky-district"),
    ],
)  # fmt: skip
def test_a_city_district_is_found(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key


def test_a_district_of_saint_petersburg_is_russian(bundled_analyzer: Analyzer) -> None:
    place = bundled_analyzer.gazetteer.places["petrogradsky-district"]
    assert place.country == "RU"
