"""A blogger's «отработали по объектам … в X, Y и Z» strikes each town of its list; an attack
on a refinery, a terminal or a substation is a strike even where no weapon is named («в Туапсе
атакован морской терминал и НПЗ»). Through the real analyzer and the bundled config; every
sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Ночью «Герани» отработали по объектам ВПК и энергетики в Харькове, Днепре и Кривом Роге.",
         {"Kharkiv", "Dnipro", "Kryvyi Rih"}),
        ("Наша арта отработала по складам и позициям противника в Купянске и Боровой.",
         {"Kupiansk", "Borova"}),
    ],
)  # fmt: skip
def test_worked_over_objects_in_listed_towns(
    bundled_analyzer: Analyzer, text: str, places: set[str]
) -> None:
    found = {c[1] for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "strike"}
    assert places <= found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ночью в Туапсе атакован морской терминал и НПЗ, горит причал.", "Tuapse"),
        ("В Новошахтинске атакована нефтебаза, начался пожар.", "Novoshakhtinsk"),
    ],
)
def test_an_attacked_refinery_or_depot_is_a_strike(
    bundled_analyzer: Analyzer, text: str, place: str
) -> None:
    assert ("strike", place, "ua") in claims_of(bundled_analyzer, text, "ru")


def test_a_ground_attack_stays_an_advance(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Противник атаковал наши позиции у Работино.", "ru")
    assert ("advance", "Robotyne", "ua") in found


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("Аеророзвідка виявила скупчення ворожої піхоти поблизу Роботиного.", "ua", "Robotyne"),
        ("Наші накрили скупчення ворожої техніки біля Тихого Синельниківського району.", "ua",
         "Tykhe"),
        ("Разведка обнаружила скопление вражеской пехоты у Работино.", "ru", "Robotyne"),
    ],
)  # fmt: skip
def test_a_build_up_of_the_enemys_infantry_is_the_enemys(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    enemy = "ru" if side == "ua" else "ua"
    assert ("deployment", place, enemy) in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "Ответка прилетела по Алешкам — дроны бьют по гражданским машинам.",
        "ВСУ нанесли удар беспилотником по центру Алешек, погиб мужчина.",
    ],
)
def test_oleshky_on_the_left_bank_is_struck_by_ukraine(
    bundled_analyzer: Analyzer, text: str
) -> None:
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("strike", "Oleshky", "ua") in found
    assert ("strike", "Oleshky", "ru") not in found


def test_a_side_holding_a_few_blocks_of_a_town_advanced_there(bundled_analyzer: Analyzer) -> None:
    text = "Противник удерживает лишь несколько кварталов в западной части Курахово."
    assert ("advance", "Kurakhove", "ua") in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Наши птички отработали по укрепам у Часова Яра.", "ru", ("strike", "Chasiv Yar", "ru")),
        (
            "Наші пташки відпрацювали по укріпленнях окупантів біля Покровська.",
            "ua",
            ("strike", "Pokrovsk", "ua"),
        ),
    ],
)
def test_drones_by_their_nickname_work_over_a_place(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)
