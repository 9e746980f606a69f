"""A side named between a count and its noun («Три украинских дрона», «Несколько украинских
БПЛА») qualifies a counted subject: the drones act, they are no fronted object. A count in
the accusative or genitive («Трёх украинских военных»), or of soldiers, still fronts an
object. A capital named besides the places («Помимо Киева, удары пришлись на Харьков») names
no side. Through the real analyzer and the bundled config; every sentence is written for the
test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Несколько украинских БПЛА атаковали Брянск ночью.", "ru", ("strike", "Bryansk", "ua")),
        ("Три украинских дрона-камикадзе атаковали Курск.", "ru", ("strike", "Kursk", "ua")),
        ("10 украинских беспилотников атаковали Брянскую область.", "ru",
         ("strike", "Bryansk Oblast", "ua")),
        ("Десятки украинских БПЛА атаковали Белгород.", "ru", ("strike", "Belgorod", "ua")),
        ("Кілька російських дронів атакували Суми вночі.", "ua", ("strike", "Sumy", "ru")),
        ("П'ять російських ракет атакували Харків.", "ua", ("strike", "Kharkiv", "ru")),
    ],
)  # fmt: skip
def test_a_counted_side_acts(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Трёх украинских военных взяли в плен под Курском.", ("casualties", "Kursk", "ru")),
        # a count of soldiers reads as subject or object alike: they stay the captives
        ("Пять украинских военных взяли в плен под Курском.", ("casualties", "Kursk", "ru")),
        ("Несколько украинских военных взяли в плен под Курском.", ("casualties", "Kursk", "ru")),
        ("Украинских военных выбили из Погребков.", ("capture", "Pogrebki", "ru")),
    ],
)  # fmt: skip
def test_a_side_in_the_accusative_is_still_a_fronted_object(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Помимо Киева, удары пришлись на Харьков и Полтавскую область.",
         ("strike", "Kharkiv", "ru")),
        ("Кроме Киева, ракеты попали в Житомир.", ("strike", "Zhytomyr", "ru")),
        ("Кроме Москвы, беспилотники атаковали Тверскую область.", ("strike", "Tver Oblast", "ua")),
    ],
)  # fmt: skip
def test_a_capital_named_besides_is_no_side(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)
