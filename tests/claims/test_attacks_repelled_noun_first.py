"""Attacks named first and repelled in a passive after them are the attacker's advance
(«Контратаки у X и Y отбиты»: the enemy's, on a Russian channel), a strike in a post of the air
war; a power unit brought up to power is no evacuation. Through the real analyzer and the
bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Контратаки у Золотого Колодезя и Шахово отбиты.", "ru", ("advance", "Shakhove", "ua")),
        (
            "Атаки противника в районе Работино успешно отражены.",
            "ru",
            ("advance", "Robotyne", "ua"),
        ),
        ("Ворожі атаки біля Торського відбито.", "ua", ("advance", "Torske", "ru")),
        # the side named with the noun attacked
        (
            "Ворожий штурм на Покровське (Дніпропетровська область) відбито.",
            "ua",
            ("advance", "Pokrovske", "ru"),
        ),
        ("Атаки ВСУ у Работино отбиты.", "ru", ("advance", "Robotyne", "ua")),
    ],
)
def test_attacks_repelled_are_the_attackers_advance(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_an_air_attack_repelled_is_a_strike(bundled_analyzer: Analyzer) -> None:
    text = "Атака ВСУ на Севастополь успешно отражена, сбиты две ракеты над акваторией моря."
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("strike", "Sevastopol", "ua") in found
    assert not any(c[0] == "advance" for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "В Курчатове энергоблок №1 Курской АЭС-2 выведен на 100% мощности.",
        "Енергоблок Хмельницької АЕС виведено на повну потужність.",
    ],
)
def test_a_power_unit_brought_up_is_no_evacuation(bundled_analyzer: Analyzer, text: str) -> None:
    assert not any(c[0] == "evacuation" for c in claims_of(bundled_analyzer, text, "ru"))
