"""People hurt, told in the line after a strike's whole paragraph, are that strike's even where
its place and its attack stand sentences before the line's end («Балаклія. Ворог завдав удару
по місту. Пошкоджено 17 будинків.\n\nПоранено 8 людей»), but not where they were taken for
treatment («их везут в Белгород»); a side the strike names is the attacker, not the victims'
own; prizes won at a contest take no town («захопили 9 медалей на олімпіаді»); a plant that
lost its power supply lost no people; a channel's comment in its own voice after the report
it relays is the channel's («Генштаб ВСУ рапортует: …\n\nНаши штурмовики закрепились …»); a
noun trigger whose verb is a second predicate takes the place after it, not the first
predicate's. Through the real analyzer and the bundled config; every sentence is written for
the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of, claims_of_type

Claim = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Балаклія. Ворог завдав удару двома ракетами по місту. Пошкоджено 17 будинків і "
         "ліцей.\n\nПоранено вісім людей, серед них підліток.", "ua",
         ("casualties", "Balakliia", "ru")),
        ("Суми. Ворог атакував дронами Зарічний район. Пошкоджено багатоповерхівку та "
         "авто.\n\nПопередньо, четверо людей травмовані, у тому числі дитина.", "ua",
         ("casualties", "Zarichnyi District (Sumy)", "ru")),
        ("Шебекино опять под ударом. Днём ВСУ накрыли центр города из РСЗО, есть попадания в "
         "жилой дом.\n\nПо словам губернатора, погибла женщина, ещё трое ранены, их везут в "
         "Белгород.", "ru", ("casualties", "Shebekino", "ua")),
        ("Нікополь. Вранці ворог обстріляв місто з артилерії. Пошкоджено газогін і дві "
         "автівки.\n\nЗагинув 54-річний чоловік.", "ua", ("casualties", "Nikopol", "ru")),
    ],
)  # fmt: skip
def test_the_hurt_after_a_strikes_paragraph_are_its(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    # not where the wounded were taken
    assert not {c for c in found if c[0] == "casualties" and c[1] != expected[1]}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a digest's item, an accident, the war's tally: no victims of the strike before
        ("Ворог обстріляв Нікополь. Пошкоджено лінію електропередач.\n\n— Загинув відомий "
         "актор театру.", "ua"),
        ("Ворог обстріляв Херсон. Пошкоджено два будинки.\n\nЗагинув чоловік у ДТП на трасі.",
         "ua"),
        ("Ворог обстріляв Херсон. Пошкоджено два будинки.\n\nЗагалом з початку вторгнення в "
         "області загинули понад тисячу людей.", "ua"),
    ],
)  # fmt: skip
def test_a_line_after_a_strike_that_tells_of_other_dead_adds_none(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not claims_of_type(bundled_analyzer, text, side, "casualties")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("У Краматорську росіяни скинули 3 КАБи на житловий сектор – 3 поранених.", "ua",
         ("casualties", "Kramatorsk", "ru")),
        ("У Слов'янську окупанти вдарили по ринку ракетою — двоє загиблих.", "ua",
         ("casualties", "Sloviansk", "ru")),
    ],
)  # fmt: skip
def test_the_side_the_strike_names_is_the_attacker_of_its_victims(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Школярі з Дніпра та Кривого Рогу захопили 9 медалей на олімпіаді з математики!",
         "ua"),
        ("Наши борцы взяли пять медалей на чемпионате в Донецке.", "ru"),
        ("Студенты из Курска захватили первое место и кубок на олимпиаде по физике.", "ru"),
    ],
)  # fmt: skip
def test_prizes_won_take_no_town(bundled_analyzer: Analyzer, text: str, side: str) -> None:
    assert not claims_of_type(bundled_analyzer, text, side, "capture")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Боец участвовал в освобождении Бахмута и имеет две награды.", "ru",
         ("capture", "Bakhmut", "ru")),
        ("Наши бойцы взяли кубок армейских игр, а на фронте освободили Кураховку.", "ru",
         ("capture", "Kurakhivka", "ru")),
    ],
)  # fmt: skip
def test_awards_and_cups_beside_a_taking_leave_it(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Запорізька АЕС втратила зовнішнє електроживлення через обстріл лінії.", "ua"),
        ("ЗАЭС потеряла внешнее электроснабжение после удара ВСУ.", "ru"),
        ("ВСУ потеряли связь с группой под Торецком.", "ru"),
    ],
)  # fmt: skip
def test_power_or_contact_lost_is_no_casualty(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not claims_of_type(bundled_analyzer, text, side, "casualties")


def test_an_armys_losses_stay_casualties(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "ВСУ потеряли под Торецком 120 военнослужащих.", "ru")
    assert ("casualties", "Toretsk", "ru") in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Генштаб ВСУ бодро рапортует: под Купянском всё под контролем.\n\nНаши штурмовики "
         "закрепились в северной части Купянска.", "ru", ("advance", "Kupiansk", "ru")),
        ("Минобороны России сообщает о продвижении.\n\nНаши воины отбили штурм у "
         "Покровска.", "ua", ("advance", "Pokrovsk", "ru")),
    ],
)  # fmt: skip
def test_the_channels_own_comment_after_a_relay_is_its_voice(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_a_relay_still_speaks_for_its_source(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer, "По данным Генштаба ВСУ, противник продвинулся у Торецка.", "ru"
    )
    assert ("advance", "Toretsk", "ru") in found


@pytest.mark.parametrize(
    ("text", "side", "first", "second"),
    [
        ("Штурмовики закрепились в Предтечино и ведут бои на южных окраинах Константиновки.",
         "ru", "Predtechyne", "Kostiantynivka"),
        ("Ворог закріпився в Новомихайлівці та веде бої на північних околицях Курахового.",
         "ua", "Novomykhailivka", "Kurakhove"),
    ],
)  # fmt: skip
def test_fights_a_second_predicate_tells_are_at_its_own_place(
    bundled_analyzer: Analyzer, text: str, side: str, first: str, second: str
) -> None:
    found = {c[:2] for c in claims_of(bundled_analyzer, text, side)}
    assert {("advance", first), ("advance", second)} <= found


@pytest.mark.parametrize(
    ("text", "side", "expected", "not_there"),
    [
        ("Также освобождено село Даченское западнее Покровска.", "ru",
         ("capture", "Dachenske", "ru"), "Pokrovsk"),
        ("Звільнено село Новоекономічне східніше Мирнограда.", "ua",
         ("capture", "Novoekonomichne", "ua"), "Myrnohrad"),
    ],
)  # fmt: skip
def test_a_settlement_located_by_a_comparative_is_all_that_was_taken(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim, not_there: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert not {c for c in found if c[1] == not_there}


def test_a_border_crossed_west_of_a_village_is_crossed_there(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "Удалось перейти административную границу ЛНР западнее села Стельмаховка.",
        "ru",
    )
    assert ("advance", "Stelmakhivka", "ru") in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Под Демидовкой уничтожены пять танков, 16 единиц бронетехники и до 200 "
         "военнослужащих ВСУ.", "ru", ("casualties", "Demidovka", "ru")),
        ("Під Часовим Яром знищено 3 танки, 7 ББМ, 2 гармати та близько 40 окупантів.", "ua",
         ("casualties", "Chasiv Yar", "ua")),
    ],
)  # fmt: skip
def test_soldiers_closing_a_list_of_vehicles_are_casualties(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side", "place", "actor"),
    [
        ("Також у районі Горлівки знищено станцію РЕБ «Поле-21».", "ua", "Horlivka", "ua"),
        ("Под Работино наши уничтожили станцию РЭБ противника.", "ru", "Robotyne", "ru"),
    ],
)  # fmt: skip
def test_an_electronic_warfare_station_destroyed_is_a_strike(
    bundled_analyzer: Analyzer, text: str, side: str, place: str, actor: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert ("strike", place, actor) in found
    assert not {c for c in found if c[0] == "casualties"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Герасимов доложил о завершении освобождения Курской области.", "ru",
         ("capture", "Kursk Oblast", "ru")),
        ("Генштаб ЗСУ: завершено звільнення Харківської області.", "ua",
         ("capture", "Kharkiv Oblast", "ua")),
    ],
)  # fmt: skip
def test_a_region_whose_liberation_was_completed_was_taken_whole(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_a_region_still_being_liberated_is_an_advance(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Наши продолжают освобождение Курской области.", "ru")
    assert ("advance", "Kursk Oblast", "ru") in found
