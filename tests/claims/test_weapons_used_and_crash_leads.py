"""A weapon used «для» a strike did strike («использовала для удара по Днепру ракету»), unlike
one kept or planned for it; a lead that tells of a crash or a crime sets the scene for the
lines after it when the post names no weapon. Through the real analyzer and the bundled
config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Путин заявил, что Россия использовала для удара по Днепру новую ракету.",
         ("strike", "Dnipro", "ru")),
        ("Для атаки на Курск противник применил дроны-камикадзе.", ("strike", "Kursk", "ua")),
        ("ВСУ задействовали для удара по Белгороду реактивные системы.",
         ("strike", "Belgorod", "ua")),
    ],
)  # fmt: skip
def test_a_weapon_used_for_a_strike_struck(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


@pytest.mark.parametrize(
    "text",
    [
        "ВСУ готовят ракеты для удара по Белгороду.",
        "Россия может использовать новую ракету для удара по Киеву.",
        "ВСУ будут использовать ATACMS для ударов по Курску.",
    ],
)
def test_a_weapon_kept_or_planned_for_a_strike_is_no_strike(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Трое погибли в аварии на трассе в Ростовской области.\n\n"
        "Столкновение произошло в Волгодонском районе. После удара автобус загорелся. "
        "Три человека погибли, пострадавшим оказывают помощь.",
        "Двое погибли в ДТП под Белгородом.\n\nВ Шебекино погиб мужчина, ещё один ранен.",
    ],
)
def test_a_crash_in_the_lead_leaves_no_war_casualty(bundled_analyzer: Analyzer, text: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "casualties"}


def test_a_weapon_after_a_crash_lead_is_the_war_again(bundled_analyzer: Analyzer) -> None:
    text = (
        "Двое погибли в аварии на трассе под Белгородом.\n\n"
        "Позже ВСУ атаковали Шебекино дроном, погиб мужчина."
    )
    assert ("casualties", "Shebekino", "ua") in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Подразделения группировки «Центр» нанесли поражение 31-й бригаде ВСУ в районах "
        "населённых пунктов Мирноград, Гродовка и Селидово. Противник потерял до 470 "
        "военнослужащих и танк. Над Брянской и Курской областями сбиты дроны.",
        "Группировка «Запад» нанесла поражение бригадам ВСУ в районах Петропавловки и Кучеровки "
        "Харьковской области. "
        "Потери противника составили до 200 военнослужащих. Дроны сбиты над Орловской и "
        "Белгородской областями.",
    ],
)
def test_an_armys_losses_after_a_list_are_no_items(bundled_analyzer: Analyzer, text: str) -> None:
    casualties = {c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "casualties"}
    assert casualties == {("casualties", "-", "ru")}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("ВСУ обстреляли Шебекино. Пострадали двое мирных жителей.", "ru",
         ("casualties", "Shebekino", "ua")),
        ("Ворог обстріляв Білопілля. Постраждали троє цивільних.", "ua",
         ("casualties", "Bilopillia", "ru")),
    ],
)  # fmt: skip
def test_people_hurt_in_the_next_sentence_are_casualties(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "side", "origin", "hosts"),
    [
        ("Оголошено евакуацію дітей із Зеленівки Херсонської громади. Людей розміщують у "
         "Миколаївській, Одеській та Кіровоградській областях.", "ua", "Zelenivka",
         {"Mykolaiv Oblast", "Odesa Oblast", "Kirovohrad Oblast"}),
        ("Жителей эвакуируют из Суджи, их размещают в Курске и Железногорске.", "ru", "Sudzha",
         {"Kursk", "Zheleznogorsk"}),
    ],
)  # fmt: skip
def test_where_evacuees_are_put_up_is_no_evacuation(
    bundled_analyzer: Analyzer, text: str, side: str, origin: str, hosts: set[str]
) -> None:
    places = {c[1] for c in claims_of(bundled_analyzer, text, side) if c[0] == "evacuation"}
    assert origin in places
    assert not places & hosts
