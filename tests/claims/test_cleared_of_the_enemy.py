"""A place «очищено от противника» / «очищене від ворога» was taken by the side that cleared
it: the side after «от» is the one driven out. Snow, rubble and mines cleared are no war's
claim. The enemy that «заїхав» into a place advanced there, a bus did not; a side named right
after an axis («на Торецькому напрямку окупанти») acts there, no heading. Through the real
analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Місто Суджа повністю очищене від ворога.", "ua", ("capture", "Sudzha", "ua")),
        ("Село Гуево очищено от противника.", "ru", ("capture", "Guyevo", "ru")),
        ("Наши очистили Плехово от ВСУ.", "ru", ("capture", "Plyokhovo", "ru")),
        ("ЗСУ очистили Глушково від окупантів.", "ua", ("capture", "Glushkovo", "ua")),
    ],
)
def test_a_place_cleared_of_the_enemy_is_taken(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Улицы Курска очищены от снега.",
        "Поля под Суджей очищают от мин.",
        "Наши коммунальщики очистили Белгород от листвы.",
        "Наші комунальники очистили Суми від листя.",
    ],
)
def test_snow_or_mines_cleared_is_no_capture(bundled_analyzer: Analyzer, text: str) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "capture"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("На Торецькому напрямку окупанти на двох БМП намагалися заїхати в Дружбу.",
         ("advance", "Druzhba", "ru")),
        ("Ворог заїхав на околиці Покровська на мотоциклах.", ("advance", "Pokrovsk", "ru")),
        ("На Покровському та Торецькому напрямках окупанти намагалися заїхати в Дружбу.",
         ("advance", "Druzhba", "ru")),
    ],
)  # fmt: skip
def test_the_enemy_driving_in_advances(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ua", expected)


@pytest.mark.parametrize(
    "text",
    [
        "Автобус заїхав у Суми о 10 ранку.",
        "Наші військові заїхали в Суми на відпочинок.",
        "Мій брат, військовий ЗСУ, заїхав до Києва у відпустку.",
    ],
)
def test_a_bus_or_a_soldier_on_leave_driving_in_is_no_advance(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not claims_of(bundled_analyzer, text, "ua")
