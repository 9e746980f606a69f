"""The channel's own troops beside the enemy's word are the enemy's («Ворожі штурмовики»,
«Штурмовики противника»); «травмовано» among the hurt; a heading over items that name their
places («**Постраждалі:**») and another story of a digest lend no region to a claim that names
none, while the lead above the items still does; Kozachi Laheri on the left bank is held. Through
the real analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of, claims_of_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Штурмовики противника підійшли до позицій 47-ї бригади біля Покровська.",
         ("advance", "Pokrovsk", "ru")),
        ("Ворожі штурмовики наблизилися до Торецька впритул.", ("advance", "Toretsk", "ru")),
    ],
)  # fmt: skip
def test_own_troops_beside_the_enemys_word_are_the_enemys(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ua", expected)


def test_people_injured_in_the_impersonal_passive(bundled_analyzer: Analyzer) -> None:
    text = "Внаслідок обстрілу у Петропавлівці Куп'янського району травмовано двох людей."
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, "ua", "casualties")}
    assert "Petropavlivka" in found


def test_people_hurt_on_the_ice_are_no_casualties(bundled_analyzer: Analyzer) -> None:
    text = "Під час ожеледиці у Харкові травмовано понад 40 людей."
    assert not claims_of_type(bundled_analyzer, text, "ua", "casualties")


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
        "🔻В Тбилиси полиция вытеснила протестующих из окрестностей парламента.\n\n"
        "🔻Зеленский заявил, что на войне погибло меньше 80 тысяч украинских военных."
    )
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, "ru", "casualties")}
    assert "Rivne Oblast" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ВС РФ освободили ещё два села в Курской области. Также:\n\n— Наши почти замкнули "
         "кольцо, ВСУ уже не могут вырваться из котла.",
         ("encirclement", "Kursk Oblast", "ru")),
        # two items that tell one story
        ("⚡️ВСУ атаковали Курскую область.\n⚡️Ранены три человека.",
         ("casualties", "Kursk Oblast", "ua")),
        # a heading over items that name no place
        ("Итоги обстрелов Курской области за сутки.\n\nПострадавшие:\n— 2 человека.",
         ("casualties", "Kursk Oblast", "ua")),
    ],
)  # fmt: skip
def test_the_lead_above_the_items_lends_its_region(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


def test_shelling_of_a_left_bank_village_is_ukraines(bundled_analyzer: Analyzer) -> None:
    text = "Под обстрелом Голая Пристань и Казачьи Лагеря."
    assert ("strike", "Kozachi Laheri", "ua") in claims_of(bundled_analyzer, text, "ru")
