"""A side led out of a place, told in the passive, withdrew («Противник выведен из Работино»,
«Сили оборони виведено з Курахового»); equipment put out of action («выведен из строя»,
«виведено з ладу») and civilians led out did not. Through the real analyzer and the bundled
config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Противник выведен из Торского.", "ru", ("withdrawal", "Torske", "ua")),
        ("ВСУ выведены из Угледара.", "ru", ("withdrawal", "Vuhledar", "ua")),
        ("Сили оборони виведено з Курахового.", "ua", ("withdrawal", "Kurakhove", "ua")),
    ],
)
def test_a_side_led_out_withdrew(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Танк ВСУ выведен из строя у Работино.", "ru"),
        ("Ворожу техніку виведено з ладу поблизу Курахового.", "ua"),
        ("Мирных жителей ВСУ вывели из Курахово.", "ru"),
    ],
)
def test_no_withdrawal_for_equipment_or_civilians(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not any(k == "withdrawal" for k, _, _ in claims_of(bundled_analyzer, text, side))
