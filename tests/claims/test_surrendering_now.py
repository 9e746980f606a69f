"""Soldiers who are surrendering («сдаются», «здаються в полон») are the captor's casualties,
as those who surrendered are; «не сдаются» and positions given up are not. Through the real
analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Украинские военные сдаются в районе Курахово.", "ru", ("casualties", "Kurakhove", "ru")),
        ("Под Курахово ВСУшники массово сдаются.", "ru", ("casualties", "Kurakhove", "ru")),
        ("ВСУшники в окружённом городе Курахово массово сдаются.", "ru",
         ("casualties", "Kurakhove", "ru")),
        ("Під Покровськом окупанти масово здаються в полон.", "ua",
         ("casualties", "Pokrovsk", "ua")),
    ],
)  # fmt: skip
def test_soldiers_surrendering_are_the_captor_s_casualties(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Защитники Курахово не сдаются.",
        "Мы не сдаёмся, Белгород держится.",
        "Позиции под Купянском сдаются без боя.",
        "В Курске сдаётся квартира у вокзала.",
        "Подросток из Курска нашёл ближайший отдел полиции и пошёл сдаваться.",
        "Подозреваемый из Курска решил сдаться полицейским.",
        "Студенты Белгорода начинают сдаваться на сессии.",
        "Продавцы в Курске сдаются под натиском маркетплейсов.",
    ],
)
def test_holding_out_or_letting_is_no_surrender(bundled_analyzer: Analyzer, text: str) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "casualties"]
