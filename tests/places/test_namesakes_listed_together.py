"""Namesakes settled by the places listed beside them: the raion and the hromada of another name
of the list («в районах Орлівки та Тоненького», «поблизу Загризового та Лозової»), a name that is
also a word counting when it is listed with a capital, not a person's surname nor the adjective
of a noun phrase; a village named by an adjective before a word the dictionary only guesses
(«поблизу Іванівського оператори»); and the gazetteer giving a curated village the raion of its
hromada. Through the real analyzer and the bundled gazetteer; every sentence is written for the
test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.places.resolved import keys_of
from tools.gazetteer_hromadas import with_hromada_raions


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Найактивніше противник діє в районах Ласточкиного, Орлівки та Тоненького.", "Орлівки",
         "orlivka-donetsk-oblast-pokrovsk-raion"),
        ("Ворог атакував позиції наших захисників поблизу Колісниківки, Загризового та Лозової.",
         "Лозової", "lozova-kharkiv-oblast-izium-raion"),
        ("Бои идут в районах Орловки и Тоненького.", "Орловки",
         "orlivka-donetsk-oblast-pokrovsk-raion"),
        # of Pokrovsk Raion's two Ильинки, the one of Kurakhove's hromada
        ("Наш батальон взял Ильинку под Курахово.", "Ильинку",
         "illinka-donetsk-oblast-pokrovsk-raion"),
    ],
)  # fmt: skip
def test_a_namesake_in_the_raion_of_the_names_listed_with_it(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text, "ua").get(surface) == key


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Кристина Пузырева и Николай Гольцев — пособники Петрова, осуждены по тому же делу.",
         "ru"),
        ("Мэра Одессы Труханова лишили украинского гражданства.", "ru"),
        ("ФНС заблокировала счета компании Марии Погребняк.", "ru"),
        ("Триває загроза ударних БпЛА з Південного та Східного напрямків.", "ua"),
    ],
)  # fmt: skip
def test_names_of_people_and_adjectives_of_a_noun_settle_nothing(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    found = keys_of(bundled_analyzer, text, side)
    assert not {"Петрова", "Труханова", "Марии", "Погребняк", "Південного"} & set(found)


def test_a_village_named_by_an_adjective_before_a_guessed_word(bundled_analyzer: Analyzer) -> None:
    text = "У Часовому Яру та поблизу Іванівського оператори БпЛА бригади уразили 4 танки."
    assert keys_of(bundled_analyzer, text, "ua").get("Іванівського") == "ivanivske-donetsk-oblast"


def _row(key: str, district: str, hromada: str) -> dict[str, str]:
    return {"key": key, "country": "UA", "district": district, "hromada": hromada}


def test_a_village_with_a_hromada_gets_its_raion() -> None:
    rows = [
        _row("borova", "Izium Raion", "UA6304005"),
        _row("lozova", "Izium Raion", "UA6304005"),
        _row("zahryzove", "", "UA6304005"),
        _row("elsewhere", "", "UA7406005"),
    ]
    with_hromada_raions(rows)
    assert [row["district"] for row in rows] == ["Izium Raion", "Izium Raion", "Izium Raion", ""]


def test_the_bundled_gazetteer_gives_zahryzove_its_raion(bundled_analyzer: Analyzer) -> None:
    place = bundled_analyzer.gazetteer.places["zahryzove"]
    assert place.district == "Izium Raion"


def test_a_village_of_a_name_namesakes_share_gets_no_raion() -> None:
    # (its hromada came from the first of its namesakes in rank: a guess)
    rows = [
        {**_row("borova", "Izium Raion", "UA6304005"), "name_uk": "Борова"},
        {**_row("zahryzove", "", "UA6304005"), "name_uk": "Загризове"},
        {**_row("petropavlivka", "", "UA6304005"), "name_uk": "Петропавлівка"},
    ]
    for row in rows:
        row["oblast"] = "Kharkiv Oblast"
    with_hromada_raions(rows, {("загризове", "Kharkiv Oblast")})
    assert [row["district"] for row in rows] == ["Izium Raion", "Izium Raion", ""]
