"""The victims of a strike told in the line after it («Ворог бив по Марганцю.\n\nПоранено двох
людей») are that strike's, at its place, but not where the fire came from («з того боку
водосховища»); a line after a crime's, an accident's or a storm's line adds no war casualty
and lends no war word to the lines before it; animals hurt are no casualties; «отримали
поранення», «дістали поранень» are wounds; a place that opens the clause after the trigger's,
in a sentence that opens with the trigger's own scene, is the next clause's («В X … пострадала
женщина, в Y обстрел …»); «инфильтруется» slips in. Through the real analyzer and the bundled
config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of

Claim = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Марганчани, ніч була неспокійна. Ворог бив по Марганцю з артилерії та дронами з того "
         "боку Каховського водосховища.\n\nПоранено двох людей — чоловіка і жінку.", "ua",
         ("casualties", "Marhanets", "ru")),
        ("Ворог обстріляв Нікополь з лівого берега.\n\nПоранена 60-річна жінка, її "
         "госпіталізували.", "ua", ("casualties", "Nikopol", "ru")),
        ("Хохлы обстреляли Шебекино из «Града».\n\nРанен мужчина, повреждены два дома.", "ru",
         ("casualties", "Shebekino", "ua")),
        ("ВСУ нанесли удар по Горловке со стороны Торецка.\nПострадали три человека.", "ru",
         ("casualties", "Horlivka", "ua")),
    ],
)  # fmt: skip
def test_victims_in_the_line_after_a_strike_are_its(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    # not where the fire came from
    assert not {c for c in found if c[0] == "casualties" and c[1] != expected[1]}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a crime, an accident, lightning: the line after tells no war's victims
        ("Пьяный водитель сбил пешеходов в Кемерово.\n\nДвое погибли, трое ранены.", "ru"),
        ("Фанат единоборств убил родного деда в Новосибирской области.\n\nПенсионер погиб на "
         "месте.", "ru"),
        ("Взрыв газа в жилом доме в Стерлитамаке.\n\nПогибли двое, пострадали шестеро.", "ru"),
        ("Автомобиль влетел в толпу у перехода в Челябинске.\n\nМашина сбила людей, "
         "пострадали пятеро, среди них ребёнок.", "ru"),
        ("При нападении на школу в Челябинске пострадала учительница.\n\nПодросток нанёс ей "
         "удар, у неё травма руки.", "ru"),
        ("У Сумах троє людей отримали поранення внаслідок ДТП.", "ua"),
    ],
)  # fmt: skip
def test_the_line_after_a_crime_or_an_accident_adds_no_war_casualty(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, side) if c[0] == "casualties"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Росіяни вдарили дроном по Херсону. Загинула жінка, яка вигулювала собаку.", "ua",
         ("casualties", "Kherson", "ru")),
        ("ВСУ ударили дроном по Горловке. Погибла женщина, выгуливавшая собаку.", "ru",
         ("casualties", "Horlivka", "ua")),
    ],
)  # fmt: skip
def test_a_pet_beside_the_victims_leaves_them_victims(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("У Сумах внаслідок атаки дрона троє людей отримали поранення, серед них дитина.",
         "ua", ("casualties", "Sumy", "ru")),
        ("Росіяни обстріляли Дружківку. У Дружківці двоє людей дістали поранень.", "ua",
         ("casualties", "Druzhkivka", "ru")),
        ("Ворог атакував Херсон дронами, у Херсоні четверо зазнали поранень.", "ua",
         ("casualties", "Kherson", "ru")),
    ],
)  # fmt: skip
def test_wounds_received_are_casualties(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side", "expected", "not_there"),
    [
        ("В Голой Пристани в результате сброса с дрона пострадала женщина, в Новой Каховке "
         "обстрел повредил здание администрации.", "ru", ("casualties", "Hola Prystan", "ua"),
         "Nova Kakhovka"),
        ("В Шебекино в результате обстрела ранен мужчина, в Грайвороне повреждены два дома.",
         "ru", ("casualties", "Shebekino", "ua"), "Graivoron"),
        ("У Бериславі внаслідок скиду з дрона поранено чоловіка, у Херсоні пошкоджено "
         "будинок.", "ua", ("casualties", "Beryslav", "ru"), "Kherson"),
    ],
)  # fmt: skip
def test_a_place_opening_the_next_clause_is_the_next_clauses(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim, not_there: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert ("casualties", not_there, expected[2]) not in found


def test_a_place_a_weapon_flew_to_stays_its_target(bundled_analyzer: Analyzer) -> None:
    # a participle's place is no clause of its own: the drones' destination is the claim's
    found = claims_of(
        bundled_analyzer,
        "В Раменском и Павлово-Посадском городских округах сбили 2 беспилотника, летевших на "
        "Москву.",
        "ru",
    )
    assert ("strike", "Moscow", "ua") in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Противник инфильтруется в Покровск малыми группами.", "ru",
         ("infiltration", "Pokrovsk", "ua")),
        ("ВСУ пытаются инфильтроваться в Селидово по балкам.", "ru",
         ("infiltration", "Selydove", "ua")),
    ],
)  # fmt: skip
def test_infiltrating_slips_in(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Группировка «Север» освободила еще 12 населенных пунктов в Курской области. Среди "
         "них — Казачья Локня, Мартыновка и Куйбышево.", "ru", ("capture", "Martynovka", "ru")),
        ("❗️**ВС РФ освободили ещё пять сёл в Курской области**\n\nСреди них — Малая Локня и "
         "Черкасское Поречное, сообщили в Минобороны.", "ru",
         ("capture", "Malaya Loknya", "ru")),
        ("**Под обстрелом оказались 5 сёл Белгородской области**\n\nСреди них — Журавлёвка и "
         "Козинка.", "ru", ("strike", "Kozinka", "ua")),
    ],
)  # fmt: skip
def test_the_settlements_among_those_a_report_counts_take_its_claim(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    # a settlement taken is captured, not an advance as the region is
    assert ("advance", expected[1], expected[2]) not in found


def test_an_advance_in_a_region_leaves_its_villages_advances(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "ВСУ продвинулись в Курской области на 10 км. Среди них — Мартыновка.",
        "ru",
    )
    assert ("capture", "Martynovka", "ua") not in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Харків, гучно❗️\nВибухи в районі Салтівки, по звуку щось важке.", "ua",
         ("strike", "Kharkiv", "ru")),
        ("Херсон, гучно. Прильоти по Дніпровському району, кажуть КАБи.", "ua",
         ("strike", "Kherson", "ru")),
        ("Харьков, громко. Прилёт в Шевченковском районе, что-то горит.", "ua",
         ("strike", "Kharkiv", "ru")),
        ("В Одесі знову гучно, працює ППО. Всі в укриття!", "ua", ("strike", "Odesa", "ru")),
        ("Київ, гучно! Працює ППО по ракетах.", "ua", ("strike", "Kyiv", "ru")),
    ],
)  # fmt: skip
def test_loud_in_a_city_with_weapons_told_is_a_strike(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "Харків, гучно святкуємо День міста! Концерт на площі Свободи, салют о 22:00.",
        "У Харкові сьогодні гучно: на стадіоні матч, вболівальники співають.",
        "У Запоріжжі гучно гримить гроза, синоптики попереджають про зливи.",
        "В Одесі сьогодні гучно — фестиваль на Потьомкінських сходах.",
        "Київ, гучно! Вітаємо всіх із Днем Незалежності, салют о 21:00.",
    ],
)
def test_loud_without_weapons_is_no_strike(bundled_analyzer: Analyzer, text: str) -> None:
    assert not claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Вовчанськ. Росіяни заходять у місто з півночі.", "ua", ("advance", "Vovchansk", "ru")),
        ("Знищено 12 окупантів у місті Торецьк.", "ua", ("casualties", "Toretsk", "ua")),
        # a bridge in any of its forms is what was destroyed, not soldiers
        ("ЗСУ знищили три моста біля Глушкова.", "ua", ("strike", "Glushkovo", "ua")),
        ("Сили оборони знищили два мости через Сейм біля Глушкова.", "ua",
         ("strike", "Glushkovo", "ua")),
    ],
)  # fmt: skip
def test_the_city_is_no_bridge(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    # («міст», a bridge, is «місто»'s genitive plural too: the rules name the bridge's forms)
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    if expected[0] == "strike":
        assert ("casualties", expected[1], expected[2]) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Туристи заходять у Львів через новий міст, кажуть екскурсоводи.",
        "Група ворожих шахедів наближається до Києва.",
        "Корабель підходить до порту Одеси.",
    ],
)
def test_tourists_drones_and_ships_advance_nowhere(bundled_analyzer: Analyzer, text: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ua") if c[0] == "advance"}


@pytest.mark.parametrize(
    ("text", "side", "expected", "axis"),
    [
        ("На купянском направлении поражены пункты временной дислокации ВСУ у "
         "Купянска-Узлового и Петропавловки.", "ru", ("strike", "Kupiansk-Vuzlovyi", "ru"),
         "Kupiansk"),
        ("На Покровском направлении нанесено поражение живой силе у Мирнограда.", "ru",
         ("strike", "Myrnohrad", "ru"), "Pokrovsk"),
    ],
)  # fmt: skip
def test_an_axis_is_no_strikes_destination(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim, axis: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert ("strike", axis, expected[2]) not in found


@pytest.mark.parametrize(
    "text",
    [
        "У Тернополі відкрили центр реабілітації для військових з пораненнями кінцівок.",
        "Виплати за поранення військовим у Вінниці затримують на два місяці.",
    ],
)
def test_wounds_told_of_elsewhere_are_no_casualties_there(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("В Белгороде при атаке дрона ранен мужчина, в Шебекино и Грайвороне — еще четверо.",
         "ru", ("casualties", "Shebekino", "ua")),
        ("В Брянской области сбиты 12 беспилотников, в Курской и Орловской — по три.", "ru",
         ("strike", "Kursk Oblast", "ua")),
    ],
)  # fmt: skip
def test_an_elliptic_clause_keeps_the_claim_before_it(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_an_attempt_takes_none_of_the_settlements_it_counts(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "**ВСУ пытались захватить несколько сёл в Курской области**\n\nСреди них — Кремяное и "
        "Тёткино. Атаки отбиты.",
        "ru",
    )
    assert not {c for c in found if c[0] == "capture"}


def test_a_village_abbreviated_after_where_fire_came_from_is_no_target(
    bundled_analyzer: Analyzer,
) -> None:
    found = claims_of(
        bundled_analyzer, "Обстрел с. Журавлёвка со стороны с. Стрелечья, ранены двое.", "ru"
    )
    assert not {c for c in found if c[1] == "Strilecha"}


def test_a_capital_loudly_doing_something_is_its_government(bundled_analyzer: Analyzer) -> None:
    mentions, _ = bundled_analyzer.analyze("Киев, громко заявил о новых поставках ракет.", "ru")
    assert not mentions
