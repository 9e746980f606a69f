"""A strike's weapon told in the instrumental right after its verb does not count in its reach
(«вдарили двома керованими авіабомбами по гіпермаркету у X»), and the noun of shooting down
names the air war by itself («Збиття відбулося в межах X та Y областей»), not a car hitting a
pedestrian. Through the real analyzer and the bundled config; every sentence is written for
the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Росіяни вдарили двома керованими авіабомбами по гіпермаркету будівельних матеріалів "
         "у Харкові.", "ua", ("strike", "Kharkiv", "ru")),
        ("Окупанти атакували трьома ударними дронами зерновий термінал в Ізмаїлі.", "ua",
         ("strike", "Izmail", "ru")),
        ("ВСУ ударили двумя ракетами HIMARS по складу в Лисичанске.", "ru",
         ("strike", "Lysychansk", "ua")),
    ],
)  # fmt: skip
def test_a_weapon_after_the_verb_does_not_count_in_its_reach(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_the_noun_of_shooting_down_takes_each_oblast(bundled_analyzer: Analyzer) -> None:
    text = (
        "Противник атакував ударними БпЛА. Знищено 39 «шахедів».\n\n"
        "Збиття відбулося в межах Полтавської, Кіровоградської та Хмельницької областей."
    )
    assert claims_of(bundled_analyzer, text, "ua") >= {
        ("strike", "Poltava Oblast", "ru"),
        ("strike", "Kirovohrad Oblast", "ru"),
        ("strike", "Khmelnytskyi Oblast", "ru"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Збиття пішохода відбулося у Полтаві.",
        "Сбитие пешехода произошло в Белгороде.",
        "Збиття велосипедиста відбулося у Полтаві.",
        "Збиття зафіксовано на пішохідному переході у Вінниці.",
    ],
)
def test_a_pedestrian_knocked_down_is_no_shoot_down(bundled_analyzer: Analyzer, text: str) -> None:
    assert not claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("По Красной Яруге выпущено 5 боеприпасов.", "ru", ("strike", "Krasnaya Yaruga", "ua")),
        ("По Нікополю випущено 12 боєприпасів.", "ua", ("strike", "Nikopol", "ru")),
    ],
)
def test_rounds_fired_count_as_munitions(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_albums_released_are_no_rounds(bundled_analyzer: Analyzer) -> None:
    assert not claims_of(bundled_analyzer, "По Курску выпущено 5 новых альбомов.", "ru")
