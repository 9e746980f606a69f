"""The towns of Russia from GeoNames (tools/gazetteer_rutowns.py): which Russian name a place
takes, which towns are left out, and how the matcher reads them (sentences written for these
tests, not gold posts)."""

from __future__ import annotations

from typing import Any

import pytest

from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher
from tools.gazetteer_rutowns import (
    BORDER_OBLASTS,
    _one_per_name,
    adjective_named,
    ordinary_word,
    russian_name,
    ukrainian_name,
)


def _city(name: str, *alternates: str, population: int = 20000) -> dict[str, Any]:
    return {"name": name, "alternatenames": list(alternates), "population": population}


@pytest.mark.parametrize(
    ("city", "expected"),
    [
        # the Russian name, not the Tatar nor the Ukrainian one
        (
            _city("Nizhnekamsk", "Түбән Кама", "Нижньокамськ", "Нижнекамск", "Nizhnekamsk"),
            "Нижнекамск",
        ),
        (_city("Perm", "Перм", "Пермь"), "Пермь"),  # the dictionary's, the longer
        (_city("Udachny", "Удачний", "Удачны", "Удачный"), "Удачный"),
        (_city("Tomsk", "Томск", "Томськ", "Томьскъ"), "Томск"),
        (_city("Kiselëvsk", "Киселевск", "Киселёвск"), "Киселёвск"),
        (_city("Pushkin", "Пушкин", "Царское Село", "Detskoye Selo"), "Пушкин"),
        (_city("Obruchevo"), None),  # no Cyrillic name: none is guessed
        (_city("Chertanovo Yuzhnoye", "Чертаново Второе"), None),
    ],
)
def test_the_russian_name_of_a_place(city: dict[str, Any], expected: str | None) -> None:
    assert russian_name(city) == expected


def test_the_ukrainian_name_is_geonames_where_it_has_one() -> None:
    city = _city("Nizhnekamsk", "Түбән Кама", "Нижньокамськ", "Нижнекамск")
    assert ukrainian_name(city, "Нижнекамск") == "Нижньокамськ"
    assert ukrainian_name(_city("Kstovo", "Кстово"), "Кстово") == "Кстове"  # the rules' form


def test_names_of_adjectives() -> None:
    assert adjective_named("Советский")  # «в Советском районе» of any city
    assert adjective_named("Заречный")
    assert adjective_named("Курская")  # a stanitsa: «в Курской и Брянской областях»
    assert adjective_named("Казанское")  # «Казанского направления» of the railway
    assert not adjective_named("Нижнекамск")
    assert not adjective_named("Красный Сулин")


def test_names_of_words_and_people() -> None:
    assert ordinary_word("Артём", 100_000)  # a first name
    assert ordinary_word("Чехов", 30_000)  # a surname
    assert ordinary_word("Игра", 20_000)  # «на Игры»
    assert ordinary_word("Родино", 9_000)  # «за Родину»
    assert ordinary_word("Мга", 10_000)  # «МГУ»
    assert not ordinary_word("Шахты", 230_000)  # a city: counts where a settlement stands
    assert not ordinary_word("Жуковский", 97_000)  # a city named by a surname
    assert not ordinary_word("Нижнекамск", 230_000)
    assert not ordinary_word("Новошахтинск", 99_000)  # «Новошахтинском» is no word
    assert not ordinary_word("Кстово", 67_000)


def test_namesakes_keep_the_clearly_largest() -> None:
    big = (_city("A", population=300000), "Волжск", "Mari El")
    small = (_city("B", population=7000), "Волжск", "Samara Oblast")
    twin = (_city("C", population=60000), "Советск", "Kaliningrad Oblast")
    other = (_city("D", population=30000), "Советск", "Kirov Oblast")
    twice = (_city("E", population=64000), "Россошь", "Voronezh Oblast")
    again = (_city("F", population=62000), "Россошь", "Voronezh Oblast")  # GeoNames twice
    kept = _one_per_name([big, small, twin, other, twice, again])
    assert kept == [big, twice]


def _places(matcher: PlaceMatcher, text: str, side: str = "ru") -> list[str]:
    return [m.place_key for m in matcher.find(text, side) if m.place_key]


def _russian_towns(gazetteer: Gazetteer, keys: list[str]) -> list[str]:
    """The keys of towns of Russia from GeoNames outside the border oblasts."""
    return [
        key
        for key in keys
        if (place := gazetteer.places[key]).country == "RU"
        and place.source.startswith("geonames ")
        and place.oblast not in BORDER_OBLASTS
    ]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ночью дрон атаковал НПЗ в Нижнекамске, начался пожар.", "nizhnekamsk"),
        ("Сообщают об атаке на предприятие в Елабуге.", "yelabuga"),
        ("Над Энгельсом работала ПВО.", "engels"),
        ("Горит нефтебаза в Новошахтинске Ростовской области.", "novoshakhtinsk"),
        ("Беспилотники снова прилетели в Кстово.", "kstovo"),
        ("После удара по Сызрани остановлен завод.", "syzran"),
        ("У Нижньокамську горить нафтопереробний завод.", "nizhnekamsk"),
        # a word that is also a village's name: where a town stands, in its oblast
        ("Взрывы прогремели в Шахтах Ростовской области.", "shakhty"),
        ("Дроны атаковали аэропорты Домодедово и Жуковский.", "zhukovsky"),
        ("Беспилотники атаковали завод в ОЭЗ «Алабуга».", "alabuga"),  # the zone, a facility
        # after a town or its urban okrug, a town stands there
        ("Сбит беспилотник в городском округе Домодедово.", "domodedovo"),
        ("Сбиты беспилотники в городских округах Раменское и Домодедово.", "domodedovo"),
        ("Пострадали дома в городе Мытищи.", "mytishchi"),
        ("Глава горокруга Кашира сообщил о сбитом дроне.", "kashira"),
        ("Дрон атакував підприємство в місті Кстово.", "kstovo"),
    ],
)
def test_towns_of_russia_are_found(seed_matcher: PlaceMatcher, text: str, key: str) -> None:
    assert key in _places(seed_matcher, text)


@pytest.mark.parametrize(
    "text",
    [
        "Стороны обсуждают мирный договор.",
        "Жители пишут, что Мирный договор так и не подписан.",
        "Вчера Чехов сказал журналистам, что всё спокойно.",
        "Как писал Пушкин, всё проходит.",
        "Королёв сказал, что работы идут по плану.",
        "Шахты Донбасса закрывают одну за другой.",
        "Путин выступил на заседании клуба «Валдай».",
        "Щенки Кунгур и Тайга весь день играли во дворе.",  # no settlement stands there
        "Дрон сбит в Советском районе Воронежа.",
        "В Южном военном округе сменили командующего.",
        "Аварийные отключения в Курской и Брянской областях.",
    ],
)
def test_words_and_names_stay_words(
    seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer, text: str
) -> None:
    assert _russian_towns(seed_gazetteer, _places(seed_matcher, text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Противник штурмует Горняк, бои продолжаются.",  # Гірник of Donetsk Oblast
        "Ворог атакував Михайлівку на Покровському напрямку.",
        "ВСУ отступили из Дзержинска.",  # Toretsk's former name, not the Nizhny Novgorod city
    ],
)
def test_a_town_of_russia_takes_no_front_village(
    seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer, text: str
) -> None:
    assert _russian_towns(seed_gazetteer, _places(seed_matcher, text)) == []
