"""A shoot-down tally's lines may open after a blank line under its header, and an item may
name a republic («2 – над территорией Республики Крым»); «пошли вперёд» is an advance where a
side is named. Through the real analyzer and the bundled config; every text is written for the
test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of

TALLY = (
    "За ночь над регионами уничтожены 15 беспилотников:\n\n"
    "— 6 – над акваторией Азовского моря,\n"
    "— 5 – над территорией Республики Крым,\n"
    "— 4 – над территорией Брянской области."
)


@pytest.mark.parametrize("bullet", ["—", "▫️", "▪️"])
def test_tally_lines_after_a_blank_line_are_its_items(
    bundled_analyzer: Analyzer, bullet: str
) -> None:
    found = claims_of(bundled_analyzer, TALLY.replace("—", bullet), "ru")
    for place in ("Sea of Azov", "Crimea", "Bryansk Oblast"):
        assert ("strike", place, "ua") in found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a list of other news after the blank line is no tally of the header's
        (
            "ПВО сбила 20 беспилотников. Другие новости дня:\n\n— в Курске открыли новый мост\n"
            "— в Белгороде возобновили занятия в школах",
            "ru",
        ),
        ("Сили ППО збили 25 шахедів. Також повідомляємо:\n\n— у Сумах працюють пункти", "ua"),
        # the tally ends at the blank line after its items
        (
            "Сбиты 4 беспилотника:\n\n— 4 – над территорией Брянской области.\n\n"
            "— в Курске прошли учения.",
            "ru",
        ),
    ],
)
def test_other_lines_after_a_blank_line_are_no_items(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert not {c for c in found if c[1] in ("Kursk", "Belgorod", "Sumy")}


@pytest.mark.parametrize(
    "text",
    [
        "Уничтожены 9 БПЛА: 4 – над акваторией Чёрного моря, 2 – над территорией Республики Крым.",
        "Сбиты 3 дрона над акваторией Чёрного моря, 1 – над Республикой Крым.",
    ],
)
def test_a_republic_after_a_sea_is_an_item_of_its_own(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert ("strike", "Crimea", "ua") in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Наши штурмовики пошли вперёд у Кременной.", "ru", ("advance", "Kreminna", "ru")),
        ("ВСУ пошли вперёд у Работино, но были остановлены.", "ru", ("advance", "Robotyne", "ua")),
        ("Наші штурмовики пішли вперед біля Кліщіївки.", "ua", ("advance", "Klishchiivka", "ua")),
        (
            "Несмотря на переговоры, ВС РФ пошли вперёд у Часова Яра.",
            "ru",
            ("advance", "Chasiv Yar", "ru"),
        ),
    ],
)
def test_going_forward_is_an_advance(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Белгород пошёл вперёд в рейтинге городов.", "ru"),
        ("Восстановление Мариуполя пошло вперёд.", "ru"),
        ("Ремонт мосту в Сумах нарешті пішов вперед.", "ua"),
        ("Россия пошла вперёд в переговорах по Запорожской АЭС.", "ru"),
        # where they went forward from is no place of the advance
        ("Наши пошли вперёд от Покровска.", "ru"),
    ],
)
def test_going_forward_without_a_side_or_from_a_place_is_no_advance(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, side) if c[0] == "advance"]
