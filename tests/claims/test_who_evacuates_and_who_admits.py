"""The side named as the cause of an evacuation does not carry it out («в связи с попытками
ВСУ продвинуться»); the enemy opening the next clause before an adverb and its verb is that
clause's subject («освобождены X и Y — ВСУ официально признали отход»); a participle trigger
qualifying another verb's object is not that verb's subject's act («противник обстреливает
освобождённые сёла»). Through the real analyzer and the bundled config; every text is written
for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Власти приняли решение об эвакуации жителей сёл Беловского района в связи с "
            "попытками ВСУ продвинуться вглубь области.",
            "ru",
            ("evacuation", "Belovsky District", "ru"),
        ),
        (
            "Жителей Суджи вывозят в связи с продолжающимися попытками противника наступать.",
            "ru",
            ("evacuation", "Sudzha", "ru"),
        ),
        (
            "Из-за наступления противника власти эвакуируют жителей Суджи.",
            "ru",
            ("evacuation", "Sudzha", "ru"),
        ),
        # the side that does evacuate stays its actor
        ("ВСУ эвакуируют мирных жителей из Покровска.", "ru", ("evacuation", "Pokrovsk", "ua")),
        (
            "Военнослужащие ВС РФ эвакуировали мирных жителей из Курахово.",
            "ru",
            ("evacuation", "Kurakhove", "ru"),
        ),
        ("Підрозділи ЗСУ вивезли цивільних із Суджі.", "ua", ("evacuation", "Sudzha", "ua")),
        # a side before its verb is the subject, whatever the phrase before it
        (
            "После инцидента ВСУ эвакуировали жителей из Суджи.",
            "ru",
            ("evacuation", "Sudzha", "ua"),
        ),
        ("С утра ВСУ вывозят мирных жителей из Суджи.", "ru", ("evacuation", "Sudzha", "ua")),
    ],
)
def test_the_cause_of_an_evacuation_does_not_carry_it_out(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ранее освобождены Успеновка и Новоуспеновское — ВСУ официально признали отход.",
            ("capture", "Novouspenivske", "ru"),
        ),
        ("Наши взяли Работино, укры спешно бегут.", ("capture", "Robotyne", "ru")),
        ("Наши зашли в Андреевку, хохлы уже отходят.", ("withdrawal", "Andriivka", "ua")),
    ],
)
def test_the_enemy_opening_the_next_clause_is_its_subject(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


def test_a_noun_before_the_dash_keeps_the_side_after_it(bundled_analyzer: Analyzer) -> None:
    """«Прорыв у X — противник быстро занял несколько улиц»: the breakthrough was the enemy's."""
    text = "Прорыв у Новогродовки — противник быстро занял несколько улиц."
    actor_of(bundled_analyzer, text, "ru", ("advance", "Novohrodivka", "ua"))


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Противник продолжает обстреливать освобождённые сёла Суджанского района.",
            ("strike", "Sudzhansky District", "ua"),
            ("capture", "Sudzhansky District", "ua"),
        ),
        (
            "ВСУ долбят освобождённые сёла под Курахово.",
            ("capture", "Kurakhove", "ru"),
            ("capture", "Kurakhove", "ua"),
        ),
        # what the side before holds it took: «удерживают захваченные позиции»
        (
            "ВСУ закрепляются на захваченных позициях у Работино.",
            ("advance", "Robotyne", "ua"),
            ("advance", "Robotyne", "ru"),
        ),
        (
            "Хохлы удерживают захваченный плацдарм у Крынок.",
            ("capture", "Krynky", "ua"),
            ("capture", "Krynky", "ru"),
        ),
        # a trigger of two words keeps the subject before it
        (
            "ВС РФ утром нанесли массированный удар по Одессе.",
            ("strike", "Odesa", "ru"),
            ("strike", "Odesa", "ua"),
        ),
    ],
)
def test_a_participle_is_not_the_act_of_another_verbs_subject(
    bundled_analyzer: Analyzer,
    text: str,
    expected: tuple[str, str, str],
    not_expected: tuple[str, str, str],
) -> None:
    found = claims_of(bundled_analyzer, text, "ru")
    assert expected in found
    assert not_expected not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "К западу от Курахово ВС РФ завершили зачистку Дачного.",
            ("capture", "Dachne", "ru"),
        ),
        ("Севернее от Торецка ВСУ оставили Дылеевку.", ("withdrawal", "Dyliivka", "ua")),
        (
            "Недалеко от Часова Яра ВСУ оставили Калиновку.",
            ("withdrawal", "Kalynivka", "ua"),
        ),
        # a side right after the marker is still the victim: «по позициям ВСУ»
        (
            "Наша артиллерия отработала по позициям ВСУ у Работино.",
            ("strike", "Robotyne", "ru"),
        ),
    ],
)
def test_a_side_after_a_place_the_marker_governs_is_no_victim(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    """«от Курахово ВС РФ …»: the marker governs the place, and a place owns no army."""
    actor_of(bundled_analyzer, text, "ru", expected)
