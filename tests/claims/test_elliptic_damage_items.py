"""An item of a shelling report that names its place and, after a dash, only what was hit there
(«у Ясногірці – 4 приватні будинки») takes the strike the item before it told; an item of no
damage («в Курске – спокойно») or of another trigger keeps its own reading. Through the real
analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        (
            "Після обстрілу: у Слов'янську пошкоджено багатоповерхівку, у Миколаївці – 4 "
            "приватні будинки.",
            "ua",
            "Mykolaivka",
        ),
        (
            "Внаслідок атаки у Білицькому пошкоджено 3 будинки, у Добропіллі – ліцей та "
            "автомобіль.",
            "ua",
            "Dobropillia",
        ),
        (
            "После атаки дронов в Шебекино повреждены 4 дома, в Грайвороне – ЛЭП и забор.",
            "ru",
            "Grayvoron",
        ),
    ],
)
def test_an_elliptic_item_takes_the_strike_before_it(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    assert any(k == "strike" and p == place for k, p, _ in claims_of(bundled_analyzer, text, side))


@pytest.mark.parametrize(
    "text",
    [
        "После атаки дронов в Белгороде повреждены два дома, в Курске – спокойно.",
        "После атаки дронов в Белгороде повреждены два дома, а в Курске – без изменений.",
    ],
)
def test_an_item_of_no_damage_takes_nothing(bundled_analyzer: Analyzer, text: str) -> None:
    assert not any(p == "Kursk" for _, p, _ in claims_of(bundled_analyzer, text, "ru"))
