"""A place «очищено от противника» / «очищене від ворога» was taken by the side that cleared
it: the side after «от» is the one driven out. Snow, rubble and mines cleared are no war's
claim. Through the real analyzer and the bundled config; every sentence is written for the
test."""

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
    "text", ["Улицы Курска очищены от снега.", "Поля под Суджей очищают от мин."]
)
def test_snow_or_mines_cleared_is_no_capture(bundled_analyzer: Analyzer, text: str) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "capture"]
