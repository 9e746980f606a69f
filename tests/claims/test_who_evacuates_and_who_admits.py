"""The side named as the cause of an evacuation does not carry it out («в связи с попытками
ВСУ продвинуться»); the enemy opening the next clause before an adverb and its verb is that
clause's subject («освобождены X и Y — ВСУ официально признали отход»). Through the real
analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Власти приняли решение об эвакуации жителей сёл Беловского района в связи с "
            "попытками ВСУ продвинуться вглубь области.",
            "ru",
            ("evacuation", "Belovsky District", "ru"),
        ),
        (
            "Из-за наступления противника власти эвакуируют жителей Суджи.",
            "ru",
            ("evacuation", "Sudzha", "ru"),
        ),
        # the side that does evacuate stays its actor
        ("ВСУ эвакуируют мирных жителей из Покровска.", "ru", ("evacuation", "Pokrovsk", "ua")),
    ],
)
def test_the_cause_of_an_evacuation_does_not_carry_it_out(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ранее освобождены Успеновка и Новоуспеновское — ВСУ официально признали отход.",
            ("capture", "Novouspenivske", "ru"),
        ),
        ("Наши взяли Работино, укры спешно бегут.", ("capture", "Robotyne", "ru")),
        ("Наши зашли в Андреевку, хохлы уже отходят.", ("withdrawal", "Andriivka", "ua")),
    ],
)
def test_the_enemy_opening_the_next_clause_is_its_subject(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)
