"""Equipment destroyed, told in a sentence of its own after the fight it ended, was hit where
that fight was: «ВСУ пытались контратаковать у X — безуспешно. Уничтожены БМП и пикап.»
Through the real analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "В районе Цукурино ВСУ пытались контратаковать силами до двух взводов — "
            "безуспешно. Уничтожены БМП и пикап.",
            "ru",
            ("strike", "Tsukuryne", "ru"),
        ),
        (
            "Противник снова штурмовал позиции у Работино. Наши расчёты подбили танк и две "
            "бронемашины.",
            "ru",
            ("strike", "Robotyne", "ru"),
        ),
        (
            "Ворог намагався атакувати поблизу Липців. Знищено танк і два БТР.",
            "ua",
            ("strike", "Lyptsi", "ua"),
        ),
    ],
)
def test_equipment_destroyed_after_the_fight_is_hit_there(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_no_place_before_no_strike(bundled_analyzer: Analyzer) -> None:
    assert not claims_of(bundled_analyzer, "Уничтожены БМП и пикап.", "ru")
