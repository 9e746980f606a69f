"""Plural village names in «-ці» are Russian «-цы», genitive «-цев» («у Лукьянцев»); a plural
name of three letters declines too («в Удах», «з Уд»); the Russian names a codifier's
Ukrainian name does not give («Огурцово», «Плетеневка»); a capital listed with
other towns is the city, not its government. Through the real analyzer and the bundled
gazetteer (the forms through `name_forms` and `uk_to_ru`); every sentence is written for the
test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from monitor.places.crossforms import uk_to_ru
from monitor.places.forms import name_forms
from tests.places.resolved import keys_of


@pytest.mark.parametrize(
    ("uk", "ru"), [("Лук'янці", "Лукьянцы"), ("Липці", "Липцы"), ("Реутинці", "Реутинцы")]
)
def test_ukrainian_plural_in_tsi_is_russian_tsy(uk: str, ru: str) -> None:
    assert uk_to_ru(uk) == ru


@pytest.mark.parametrize(
    ("name", "lang", "forms"),
    [
        ("Лукьянцы", "ru", {"лукьянцев", "лукьянцах"}),
        ("Уды", "ru", {"удах", "удам"}),
        ("Уди", "uk", {"удах", "удів"}),
    ],
)
def test_plural_names_decline(name: str, lang: str, forms: set[str]) -> None:
    assert forms <= name_forms(name, lang)


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Противник атакует наши позиции у Лукьянцев под Харьковом.", "Лукьянцев", "luk-iantsi"),
        ("Освобождены Огурцово и Плетеневка Харьковской области.", "Огурцово", "ohirtseve"),
        ("Освобождены Огурцово и Плетеневка Харьковской области.", "Плетеневка", "pletenivka"),
    ],
)  # fmt: skip
def test_russian_names_of_front_villages(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key


@pytest.mark.parametrize(
    ("text", "side", "surface"),
    [
        ("📍 Рекрутингові центри: Київ, Львів, Харків, Одеса.", "ua", "Київ"),
        ("Дякуємо всім, хто збирав для нас з Харкова, Полтави, Києва та з-за кордону.", "ua",
         "Києва"),
    ],
)  # fmt: skip
def test_a_capital_listed_with_towns_is_the_city(
    bundled_analyzer: Analyzer, text: str, side: str, surface: str
) -> None:
    assert keys_of(bundled_analyzer, text, side).get(surface) == "kyiv"


@pytest.mark.parametrize(
    "text", ["Киев и Москва обменялись пленными.", "Киев заявил о контрнаступлении."]
)
def test_a_capital_beside_one_other_is_its_government(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not keys_of(bundled_analyzer, text)
