"""A shoot-down tally shares its verb among its items: «Над X уничтожены 8 БПЛА и 3 – над Y» is
a strike over X and one over Y, each item counted apart, the sea too. A list that runs past
its trigger without a count and a dash stays one place. Through the real analyzer and the
bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Над Белгородской областью уничтожены 8 БПЛА и 3 – над Курской областью.", "ru",
         {("strike", "Belgorod Oblast", "ua"), ("strike", "Kursk Oblast", "ua")}),
        ("Над Брянской областью ночью перехвачены 5 беспилотников, 2 — над акваторией "
         "Азовского моря.", "ru",
         {("strike", "Bryansk Oblast", "ua"), ("strike", "Sea of Azov", "ua")}),
        ("Средствами ПВО уничтожены 15 украинских дронов: 8 – над территорией Курской "
         "области, 4 – над территорией Брянской области, 3 – над акваторией Черного моря.",
         "ru", {("strike", "Kursk Oblast", "ua"), ("strike", "Bryansk Oblast", "ua"),
                ("strike", "Black Sea", "ua")}),
        ("В Суджанском районе Курской области сбиты 2 дрона, 3 – над Белгородом.", "ru",
         {("strike", "Sudzhansky District", "ua"), ("strike", "Belgorod", "ua")}),
        ("Над Сумщиною збито 5 шахедів, 3 – над територією Полтавщини.", "ua",
         {("strike", "Sumy Oblast", "ru"), ("strike", "Poltava Oblast", "ru")}),
    ],
)  # fmt: skip
def test_each_item_of_a_tally_is_a_strike(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[tuple[str, str, str]]
) -> None:
    assert claims_of(bundled_analyzer, text, side) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Наши заняли Красногоровку, 2 дня - в Курахово шли бои.",
         {("capture", "Krasnohorivka", "ru"), ("advance", "Kurakhove", "ru")}),
        ("Бои идут у Волчанска, 3 дня назад — в сторону Липцев.",
         {("advance", "Vovchansk", "ru")}),
    ],
)  # fmt: skip
def test_no_tally_without_a_shared_verb(
    bundled_analyzer: Analyzer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert claims_of(bundled_analyzer, text, "ru") == expected


def test_a_share_of_the_count_is_no_item_of_its_own(bundled_analyzer: Analyzer) -> None:
    text = "Над Брянской областью уничтожены 12 БПЛА, из них 5 – в Погарском районе."
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("strike", "Pogarsky District", "ua") in found
    assert ("strike", "Bryansk Oblast", "ua") not in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Над Курской областью ночью сбиты 5 дронов и 3 — над Брянской.", "ru",
         {("strike", "Kursk Oblast", "ua"), ("strike", "Bryansk Oblast", "ua")}),
        ("Над Київщиною знешкоджено 12 БПЛА, ще 4 – над Житомирщиною.", "ua",
         {("strike", "Kyiv Oblast", "ru"), ("strike", "Zhytomyr Oblast", "ru")}),
        ("На Харківщині знешкоджено 5 шахедів.", "ua", {("strike", "Kharkiv Oblast", "ru")}),
    ],
)  # fmt: skip
def test_tallies_with_time_words_and_other_verbs(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[tuple[str, str, str]]
) -> None:
    assert claims_of(bundled_analyzer, text, side) == expected


@pytest.mark.parametrize(
    "text", ["Сапери знешкодили 40 мін у Харкові.", "Поліція знешкодила зловмисника в Києві."]
)
def test_mines_and_offenders_made_safe_are_no_shoot_down(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not claims_of(bundled_analyzer, text, "ua")


def test_a_day_word_opens_no_tally_item(bundled_analyzer: Analyzer) -> None:
    text = "Над Брянской областью сбито 3 БПЛА, сегодня в Курской открылась выставка цветов."
    places, _ = bundled_analyzer.analyze(text, "ru")
    assert "kursk-oblast" not in {p.place_key for p in places}
