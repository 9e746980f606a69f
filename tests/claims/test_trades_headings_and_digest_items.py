"""The channel's own troops named by their trade («оператори БпЛА бригади», «операторы БПЛА») and
not after the enemy's adjective («ворожі оператори»); «травмовано» among the hurt; a heading over
a list of items («**Постраждалі:**») and a digest's other item lend no region to a claim that
names none, while the lead above the items still does; Kozachi Laheri on the left bank is held.
Through the real analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of, claims_of_type


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Оператори БпЛА бригади уразили 4 танки поблизу Часового Яру.", "ua",
         ("strike", "Chasiv Yar", "ua")),
        ("У Часовому Яру оператори ударних дронів знищили дві гармати.", "ua",
         ("strike", "Chasiv Yar", "ua")),
        ("Артилеристи бригади знищили САУ біля Торецька.", "ua", ("strike", "Toretsk", "ua")),
        ("Операторы БПЛА группировки «Север» уничтожили танк у Тёткино.", "ru",
         ("strike", "Tyotkino", "ru")),
        ("Ворожі оператори FPV атакували автомобіль у Херсоні.", "ua",
         ("strike", "Kherson", "ru")),
    ],
)  # fmt: skip
def test_a_trade_names_the_channels_own_troops_unless_the_enemys(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_people_injured_in_the_impersonal_passive(bundled_analyzer: Analyzer) -> None:
    text = "Внаслідок обстрілу у Петропавлівці Куп'янського району травмовано двох людей."
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, "ua", "casualties")}
    assert "Petropavlivka" in found


def test_a_heading_over_items_lends_no_region(bundled_analyzer: Analyzer) -> None:
    text = (
        "Оголошено повітряну тривогу на Харківщині.\n\n**Постраждалі:**\n"
        "▪️ у с. Липці загинув чоловік внаслідок обстрілу;\n▪️ у м. Куп'янськ поранено жінку."
    )
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, "ua", "casualties")}
    assert {"Lyptsi", "Kupiansk"} <= found
    assert "Kharkiv Oblast" not in found


def test_another_item_of_a_digest_lends_no_region(bundled_analyzer: Analyzer) -> None:
    text = (
        "🔻Ночью «шахеды» повредили объекты энергетики в Ровненской области.\n\n"
        "🔻Зеленский заявил, что на войне погибло меньше 80 тысяч украинских военных."
    )
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, "ru", "casualties")}
    assert "Rivne Oblast" not in found


def test_the_lead_above_the_items_lends_its_region(bundled_analyzer: Analyzer) -> None:
    text = (
        "ВС РФ освободили ещё два села в Курской области. Также:\n\n"
        "— Наши почти замкнули кольцо, ВСУ уже не могут вырваться из котла."
    )
    assert ("encirclement", "Kursk Oblast", "ru") in claims_of(bundled_analyzer, text, "ru")


def test_shelling_of_a_left_bank_village_is_ukraines(bundled_analyzer: Analyzer) -> None:
    text = "Под обстрелом Голая Пристань и Казачьи Лагеря."
    assert ("strike", "Kozachi Laheri", "ua") in claims_of(bundled_analyzer, text, "ru")
