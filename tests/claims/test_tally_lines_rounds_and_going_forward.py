"""A shoot-down tally's lines may open after a blank line under its header, and an item may
name a republic («2 – над территорией Республики Крым»); rounds fired «по городу / місту X»;
«пошли вперёд» is an advance. Through the real analyzer and the bundled config; every text is
written for the test."""

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


def test_tally_lines_after_a_blank_line_are_its_items(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, TALLY, "ru")
    for place in ("Sea of Azov", "Crimea", "Bryansk Oblast"):
        assert ("strike", place, "ua") in found


def test_a_blank_line_after_the_items_still_ends_them(bundled_analyzer: Analyzer) -> None:
    text = (
        "Сбиты 4 беспилотника:\n\n— 4 – над территорией Брянской области.\n\n"
        "Отдельно: в Курской области прошли учения."
    )
    assert ("strike", "Kursk Oblast", "ua") not in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Уничтожены 9 БПЛА: 4 – над акваторией Чёрного моря, 2 – над территорией Республики Крым.",
        "Перехвачены 7 дронов: 5 – над акваторией Азовского моря и 2 – над Республикой Крым.",
    ],
)
def test_a_republic_after_a_sea_is_an_item_of_its_own(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert ("strike", "Crimea", "ua") in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("По місту Херсон окупанти випустили 46 снарядів.", "ua", ("strike", "Kherson", "ru")),
        ("По посёлку Тёткино противник выпустил 15 мин.", "ru", ("strike", "Tyotkino", "ua")),
        ("По селу Сопич росіяни випустили 12 мін.", "ua", ("strike", "Sopych", "ru")),
    ],
)
def test_rounds_fired_at_a_settlement_named_with_its_noun(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("По Комаровке и Гордеевке тоже пошли вперёд.", "ru", ("advance", "Komarovka", "ru")),
        ("Наши штурмовики пошли вперёд у Кременной.", "ru", ("advance", "Kreminna", "ru")),
        ("Наші штурмовики пішли вперед біля Кліщіївки.", "ua", ("advance", "Klishchiivka", "ua")),
    ],
)
def test_going_forward_is_an_advance(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_a_city_going_forward_in_a_ranking_is_no_advance(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Москва пошла вперёд в рейтинге городов.", "ru")
    assert not [c for c in found if c[0] == "advance"]
