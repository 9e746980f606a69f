"""A settlement lost is a withdrawal when it is the verb's object right by it («Андреевку
потеряли»), not when it is the subject or stands a word away; a build-up's troops are its actor,
not who saw it; an Air Force summary's launch sites are no targets; a total of victims over
bullets that each tell their own goes to the region told before; the General Staff's
«боєзіткнення» are the attacker's advance; supplies cut in the sentence after a place are that
place's; a list or a tally goes on past an item the gazetteer lacks; a region's emergency staff
is a title, not the place. Through the real analyzer and the bundled config; every sentence is
written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Авдеевка. Наши отошли на окраину. Орловку потеряли ещё вчера.", "ru",
         ("withdrawal", "Orlivka", "ru")),
        ("Укры потеряли Работино, теперь откатываются к Орехову.", "ru",
         ("withdrawal", "Robotyne", "ua")),
        ("Окупанти втратили Кринки після тижня боїв.", "ua", ("withdrawal", "Krynky", "ru")),
    ],
)  # fmt: skip
def test_a_settlement_lost_is_a_withdrawal(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Херсон потерял электроснабжение после удара дронов.",
        "В боях за Торецк противник потерял до 300 военнослужащих.",
        "Под Андреевкой потеряли два танка.",
    ],
)
def test_no_settlement_lost_where_it_is_no_object(bundled_analyzer: Analyzer, text: str) -> None:
    assert not any(kind == "withdrawal" for kind, _, _ in claims_of(bundled_analyzer, text, "ru"))


def test_the_lost_settlement_is_no_casualty(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Работино. Новопокровку потеряли, держимся южнее.", "ru")
    assert not any(kind == "casualties" for kind, _, _ in found)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Ми фіксуємо накопичення сил противника на Оріхівському напрямку.", "ua",
         ("deployment", "Orikhiv", "ru")),
        ("Наши разведчики засекли скопление живой силы противника у Работино.", "ru",
         ("deployment", "Robotyne", "ua")),
    ],
)  # fmt: skip
def test_a_build_ups_troops_are_its_actor(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_launch_sites_are_no_targets(bundled_analyzer: Analyzer) -> None:
    text = (
        "У ніч на 3 квітня противник атакував 80 ударними БпЛА.\n\n"
        "Напрямки пусків БпЛА: Курськ, Міллерово, Брянськ.\n\n"
        "Основні напрямки удару – Сумщина та Полтавщина."
    )
    places = {place for _, place, _ in claims_of(bundled_analyzer, text, "ua")}
    assert {"Sumy Oblast", "Poltava Oblast"} <= places
    assert not places & {"Kursk", "Millerovo", "Bryansk"}


def test_a_total_over_bullets_that_tell_their_own_is_the_regions(
    bundled_analyzer: Analyzer,
) -> None:
    text = (
        "За добу окупанти завдали ударів по Сумщині. Постраждали 4 людини.\n\n"
        "▪️Сумський район: у Юнаківці поранено чоловіка.\n"
        "▪️Охтирський район: у Тростянці поранено двох жінок."
    )
    found = claims_of(bundled_analyzer, text, "ua")
    casualties = {place for kind, place, _ in found if kind == "casualties"}
    assert {"Sumy Oblast", "Yunakivka", "Trostianets"} <= casualties
    assert not casualties & {"Sumy Raion", "Okhtyrka Raion"}


def test_bullets_of_their_own_words_still_take_a_headers_claim(
    bundled_analyzer: Analyzer,
) -> None:
    text = "Массированный удар по энергетике.\n\n📍 Киев — ТЭЦ\n📍 Житомир, Ровно — подстанции"
    places = {place for _, place, _ in claims_of(bundled_analyzer, text, "ru")}
    assert {"Kyiv", "Zhytomyr", "Rivne"} <= places


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("На Гуляйпільському напрямку відбулося 3 боєзіткнення в районі Малої Токмачки.", "ua",
         ("advance", "Mala Tokmachka", "ru")),
        ("На Лиманському напрямку відбулося 6 бойових зіткнень поблизу Торського.", "ua",
         ("advance", "Torske", "ru")),
    ],
)  # fmt: skip
def test_the_general_staffs_clashes_are_the_attackers_advance(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("Ситуація довкола Торецька складна. Логістика фактично перерізана.", "ua", "Toretsk"),
        ("Обстановка вокруг Часова Яра тяжёлая. Логистика гарнизона перерезана.", "ru",
         "Chasiv Yar"),
    ],
)  # fmt: skip
def test_supplies_cut_after_a_place_are_its(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    assert any(
        kind == "encirclement" and where == place
        for kind, where, _ in claims_of(bundled_analyzer, text, side)
    )


def test_supplies_working_after_a_place_are_no_claim(bundled_analyzer: Analyzer) -> None:
    text = "Обстановка в Покровске сложная. Логистика работает нормально."
    assert not claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "side", "places"),
    [
        ("Ворог атакував 12 разів поблизу Мирнограда, Синього Лиману та Удачного.", "ua",
         {"Myrnohrad", "Udachne"}),
        ("ПВО уничтожены 30 украинских БПЛА:\n12 – над территорией Курской области,\n"
         "9 – над территорией Энской области,\n5 – над территорией Тульской области.", "ru",
         {"Kursk Oblast", "Tula Oblast"}),
        ("Сбиты 30 украинских БПЛА.\n\n12 – над территорией Курской области,\n"
         "9 – над территорией Энской области,\n5 – над территорией Тульской области.", "ru",
         {"Kursk Oblast", "Tula Oblast"}),
    ],
)  # fmt: skip
def test_a_list_goes_on_past_an_unknown_item(
    bundled_analyzer: Analyzer, text: str, side: str, places: set[str]
) -> None:
    assert places <= {place for _, place, _ in claims_of(bundled_analyzer, text, side)}


def test_a_regions_emergency_staff_is_a_title(bundled_analyzer: Analyzer) -> None:
    text = (
        "В Новороссийске после атаки БПЛА загорелся склад, сообщил оперштаб Кубани. "
        "Пострадали трое рабочих."
    )
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("casualties", "Novorossiysk", "ua") in found
    assert not any(kind == "casualties" and place == "Krasnodar Krai" for kind, place, _ in found)
