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


@pytest.mark.parametrize(
    ("text", "city", "key"),
    [
        ("Беспилотник упал в Заводском районе Саратова, повреждены окна.", "Саратова", "saratov"),
        ("Обломки упали на дом в Кировском районе Самары.", "Самары", "samara"),
        ("Дрон влучив у будинок у Заводському районі Саратова.", "Саратова", "saratov"),
    ],
)
def test_a_district_named_before_another_city_is_not_its_namesakes(
    bundled_analyzer: Analyzer, text: str, city: str, key: str
) -> None:
    found = keys_of(bundled_analyzer, text)
    assert found.get(city) == key
    assert not [k for k in found.values() if "district" in k]


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Взрывы в Заводском районе Запорожья.", "Заводском районе",
         "zavodskyi-district-zaporizhzhia"),
        ("Взрывы в Заводском районе Николаева.", "Заводском районе",
         "zavodskyi-district-mykolaiv"),
    ],
)  # fmt: skip
def test_a_district_before_its_own_city_or_none_stays(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key


def test_a_district_two_cities_have_stays_undecided(bundled_analyzer: Analyzer) -> None:
    """Zaporizhzhia and Mykolaiv both have a Zavodskyi District: named alone, it is one of
    theirs, at the floor of confidence."""
    mentions, _ = bundled_analyzer.analyze("Взрывы в Заводском районе, есть пострадавшие.", "ru")
    (mention,) = mentions
    assert mention.place_key in ("zavodskyi-district-zaporizhzhia", "zavodskyi-district-mykolaiv")
    assert mention.confidence < 0.5
