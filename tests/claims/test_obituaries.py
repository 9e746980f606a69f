"""A post that mourns its dead («Вечная память», «Помяните», «Вічна пам'ять») mourns the
channel's own side: casualties it names without a side of their own are the enemy's act, even
where the place lies in the other country. Through the real analyzer and the bundled config;
every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Сегодня 40 дней, как нет Димы «Кедра». Погиб под Работино, когда вытаскивал "
            "раненого с нейтралки. Помяните, кто знал.",
            "ru",
            ("casualties", "Robotyne", "ua"),
        ),
        (
            "Вечная память. Погиб в Курахово при зачистке высоток, прикрывал отход группы.",
            "ru",
            ("casualties", "Kurakhove", "ua"),
        ),
        (
            "Загинув у бою біля Глушкового. Вічна пам'ять Герою.",
            "ua",
            ("casualties", "Glushkovo", "ru"),
        ),
    ],
)
def test_the_mourned_are_the_channels_own(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_without_mourning_the_place_decides(bundled_analyzer: Analyzer) -> None:
    actor_of(
        bundled_analyzer,
        "Погиб под Работино мирный житель.",
        "ru",
        ("casualties", "Robotyne", "ru"),
    )
