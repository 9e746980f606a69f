"""The noun «эвакуация»/«евакуація» names an evacuation someone runs: the authorities of the
place evacuated (not «unknown», which is for people who fled or were displaced with nobody
named as organising it). Through the real analyzer and the bundled config; every sentence is
written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Евакуація з Добропілля та Білицького триває щодня.", "ua",
         ("evacuation", "Dobropillia", "ua")),
        ("З прифронтових сіл триває евакуація: з Борової за тиждень виїхали 57 людей.", "ua",
         ("evacuation", "Borova", "ua")),
        ("Эвакуация из Шебекино продолжается, людей вывозят в Белгород.", "ru",
         ("evacuation", "Shebekino", "ru")),
    ],
)  # fmt: skip
def test_an_evacuation_is_run_by_the_place_s_side(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("В школе Белгорода прошла учебная эвакуация.", "ru"),
        ("Губернатор: эвакуация жителей Курчатова не требуется.", "ru"),
        ("У Сумах евакуація відвідувачів ТРЦ через мінування.", "ua"),
    ],
)
def test_a_drill_a_bomb_threat_or_no_need_is_no_evacuation(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not [c for c in bundled_analyzer.analyze(text, side)[1] if c.claim_type == "evacuation"]


def test_people_who_fled_stay_displaced_by_nobody_named(bundled_analyzer: Analyzer) -> None:
    found = bundled_analyzer.analyze("Жители бежали из Суджи под обстрелами.", "ru")[1]
    assert {(c.claim_type, c.actor) for c in found if c.claim_type == "evacuation"} == {
        ("evacuation", "unknown")
    }
