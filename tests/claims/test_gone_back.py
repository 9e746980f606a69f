"""A side that went back the way it came withdrew from where it was («сняли видос и побежали
обратно», «остальные ушли обратно через границу», «решта повернула назад»: not taken back);
people going home or to a shelter did not. Through the real analyzer and the bundled config;
every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Хохлы зашли двумя группами на окраину Пятихаток, сняли видос и побежали обратно.",
            "ru",
            ("withdrawal", "Piatykhatky", "ua"),
        ),
        (
            "ДРГ противника пыталась зайти у Курковичей, остальные ушли обратно через границу.",
            "ru",
            ("withdrawal", "Kurkovichi", "ua"),
        ),
        (
            "Біля Садового ворог висадився, решта повернула назад.",
            "ua",
            ("withdrawal", "Sadove", "ru"),
        ),
    ],
)
def test_gone_back_is_a_withdrawal(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert not any(kind == "capture" for kind, _, _ in found)


@pytest.mark.parametrize(
    "text", ["Жители Белгорода ушли обратно в укрытие.", "Мешканці Харкова пішли назад додому."]
)
def test_people_going_home_withdraw_nothing(bundled_analyzer: Analyzer, text: str) -> None:
    assert not any(c[0] == "withdrawal" for c in claims_of(bundled_analyzer, text, "ru"))
