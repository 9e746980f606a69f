"""A dash after a verb's object opens an apposition, whose side is no actor («освободили Угледар
— опорный пункт ВСУ»); people evacuated after an invasion are no troops pulled out, and shelters
set up for them are no deployment; a district opening a sentence locates the village named in
it, which a later trigger's claim is about. Through the real analyzer and the bundled config;
every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Подразделения группировки «Центр» взяли Красногоровку — мощный укрепрайон ВСУ на "
         "донецком направлении.", "ru", ("capture", "Krasnohorivka", "ru")),
        ("Части группировки «Восток» освободили посёлок Кураховка — последний оплот украинских "
         "сил у Покровска.", "ru", ("capture", "Kurakhivka", "ru")),
        ("Штурмові підрозділи звільнили Роботине — важливий вузол оборони росіян.", "ua",
         ("capture", "Robotyne", "ua")),
    ],
)  # fmt: skip
def test_a_side_in_an_apposition_is_no_actor(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_a_dash_before_a_verb_still_opens_a_clause(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer, "Освободили Угледар — ВСУ бежали из города, бросив технику.", "ru"
    )
    assert ("capture", "Vuhledar", "ru") in found


@pytest.mark.parametrize(
    "text",
    [
        "Из Глушковского района после вторжения ВСУ эвакуированы более 9 тыс. человек.",
        "После прорыва и наступления ВСУ из Суджанского района эвакуировали 5 тысяч человек.",
    ],
)
def test_people_evacuated_after_an_invasion_are_civilians(
    bundled_analyzer: Analyzer, text: str
) -> None:
    found = claims_of(bundled_analyzer, text, "ru")
    assert any(c[0] == "evacuation" for c in found)
    assert not any(c[0] == "withdrawal" for c in found)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Из-за обстрелов ВСУ в Белгороде развернули пункты временного размещения для жителей "
         "Шебекино.", "ru"),
        ("После вторжения ВСУ в Курске развёрнуто ещё 12 ПВР для переселенцев.", "ru"),
        ("Після обстрілів окупантів у Харкові розгорнули пункти незламності.", "ua"),
    ],
)  # fmt: skip
def test_shelters_set_up_are_no_deployment(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not any(c[0] == "deployment" for c in claims_of(bundled_analyzer, text, side))


def test_troops_set_up_are_still_a_deployment(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "ВСУ развернули в Сумах свежую бригаду.", "ru")
    assert ("deployment", "Sumy", "ua") in found


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("В Шебекинском округе ВСУ обстреляли село Новая Таволжанка, дрон ударил по "
         "подстанции.", ("strike", "Novaya Tavolzhanka", "ua"),
         ("strike", "Shebekinsky District", "ua")),
        ("В Грайворонском округе враг атаковал посёлок Головчино: дрон-камикадзе ударил по "
         "автомобилю.", ("strike", "Golovchino", "ua"), ("strike", "Grayvoronsky District", "ua")),
    ],
)  # fmt: skip
def test_a_district_opening_the_sentence_locates_its_village(
    bundled_analyzer: Analyzer,
    text: str,
    expected: tuple[str, str, str],
    absent: tuple[str, str, str],
) -> None:
    found = claims_of(bundled_analyzer, text, "ru")
    assert expected in found
    assert absent not in found


def test_a_district_the_trigger_governs_keeps_its_claim(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "ВСУ попытались прорваться в Глушковский район: штурмовые группы вышли к Медвежьему.",
        "ru",
    )
    assert ("advance", "Glushkovsky District", "ua") in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Части группировки «Восток» освободили Кураховку.", "ru",
         ("capture", "Kurakhivka", "ru")),
        ("Части 58-й армии освободили Работино.", "ru", ("capture", "Robotyne", "ru")),
        ("Наши части освободили Кураховку.", "ru", ("capture", "Kurakhivka", "ru")),
        ("Наши заняли части Курахово.", "ru", ("advance", "Kurakhove", "ru")),
        ("Наши освободили часть Кураховки.", "ru", ("advance", "Kurakhivka", "ru")),
    ],
)  # fmt: skip
def test_troops_called_parts_are_no_part_of_the_town(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert {c[0] for c in found if c[1] == expected[1]} == {expected[0]}
