"""A side holding a settlement named right by the verb holds it (a control state, `capture`);
a region held in part is an advance, and at home only a village or town held is news. Units
operating near a place abroad, or digging in there in the present, advance. Through the real
analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Работино. Новопокровку держим, штурмы отбиваем.", "ru",
         ("capture", "Novopokrovka", "ru")),
        ("По данным наших источников, ВСУ всё ещё удерживают Суджу.", "ru",
         ("capture", "Sudzha", "ua")),
        ("Ворог досі утримує Кринки.", "ua", ("capture", "Krynky", "ru")),
        ("Тримаємо Курщину!", "ua", ("advance", "Kursk Oblast", "ua")),
    ],
)  # fmt: skip
def test_a_side_holds_a_settlement(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Держим Белгород, не сдаёмся!",
        "Наши держат оборону под Покровском.",
        "Херсон держит удар.",
    ],
)
def test_no_settlement_held_where_none_is_the_object(bundled_analyzer: Analyzer, text: str) -> None:
    assert not any(kind == "capture" for kind, _, _ in claims_of(bundled_analyzer, text, "ru"))


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Российские подразделения продолжают действовать у Малых Щербаков.", "ru",
         ("advance", "Mali Shcherbaky", "ru")),
        ("Наши тем временем закрепляются в районе Михайловки под Покровском.", "ru",
         ("advance", "Mykhailivka", "ru")),
        ("Ворог закріплюється біля Торського.", "ua", ("advance", "Torske", "ru")),
    ],
)  # fmt: skip
def test_units_operating_or_digging_in_advance(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_operating_at_home_is_no_advance(bundled_analyzer: Analyzer) -> None:
    text = "Морпехи ВС РФ, действуя под Куриловкой в Курской области, уничтожили расчёт дронов."
    assert not any(kind == "advance" for kind, _, _ in claims_of(bundled_analyzer, text, "ru"))
