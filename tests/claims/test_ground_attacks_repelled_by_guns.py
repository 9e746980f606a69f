"""A ground attack the defenders' guns or drones repelled is the attackers' advance, not a
strike: «хохлы пытались атаковать тремя группами на бронетехнике, атаки отбиты артиллерией»;
an attack with drones or missiles stays a strike even when repelled. Through the real analyzer
and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "У Погребков хохлы пытались атаковать тремя группами на бронетехнике, атаки "
            "отбиты артиллерией.",
            "ru",
            ("advance", "Pogrebki", "ua"),
        ),
        (
            "У Погребков противник атаковал пехотой, атака отбита огнём артиллерии.",
            "ru",
            ("advance", "Pogrebki", "ua"),
        ),
        (
            "Противник атаковал позиции у Погребков, атаки отражены нашей артиллерией и "
            "FPV-дронами.",
            "ru",
            ("advance", "Pogrebki", "ua"),
        ),
        (
            "Біля Липців ворог атакував піхотою, атаку відбито артилерією.",
            "ua",
            ("advance", "Lyptsi", "ru"),
        ),
    ],
)
def test_a_ground_attack_repelled_by_guns_is_an_advance(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert ("strike", *expected[1:]) not in found


def test_an_attack_with_drones_stays_a_strike(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Противник атаковал дронами Погребки, атака отбита.", "ru")
    assert ("strike", "Pogrebki", "ua") in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Атаку ворожої авіації на позиції біля Покровська відбито.", "ua",
         ("strike", "Pokrovsk", "ru")),
        ("Ворог атакував позиції біля Часового Яру коптерами, атаку відбито.", "ua",
         ("strike", "Chasiv Yar", "ru")),
    ],
)  # fmt: skip
def test_an_attack_from_the_air_or_by_copters_stays_a_strike(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_a_rotation_names_no_attacking_troops(bundled_analyzer: Analyzer) -> None:
    text = "У Вербового противник проводил ротацию, атаки отбиты артиллерией."
    assert ("advance", "Verbove", "ua") not in claims_of(bundled_analyzer, text, "ru")
