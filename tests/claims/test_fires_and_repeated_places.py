"""A fire told right after an attack is its hit («сбито 12 беспилотников. Но не все: в X горит
нефтебаза»), a fire in a post of no attack is not; a place named again opens a phrase of its
own, so a list before it does not share that phrase's claim («обстреляли X и Y, в Y ранен
мужчина»); every item of places sharing one noun is an item, not a qualifier of the finer one
before it («Нікополь, Марганецька, Мирівська та Покровська громади»). Through the real analyzer
and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Ночью над Курской областью сбиты 9 беспилотников. Не все: в Льгове горит нефтебаза.",
         "ru", ("strike", "Lgov", "ua")),
        ("Утром ВСУ атаковали Белгородскую область дронами. В Валуйках загорелся склад.", "ru",
         ("strike", "Valuyki", "ua")),
        ("Вночі росіяни атакували Полтавщину шахедами. У Миргороді горить підприємство.", "ua",
         ("strike", "Myrhorod", "ru")),
    ],
)  # fmt: skip
def test_a_fire_after_an_attack_is_its_hit(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "В Курске горит склад стройматериалов, площадь пожара 300 квадратных метров.",
        "В Белгороде загорелся автомобиль после ДТП на проспекте.",
    ],
)
def test_a_fire_of_no_attack_is_no_strike(bundled_analyzer: Analyzer, text: str) -> None:
    assert not any(c[0] == "strike" for c in claims_of(bundled_analyzer, text, "ru"))


@pytest.mark.parametrize(
    ("text", "side", "expected", "absent"),
    [
        ("Хохлы обстреляли из миномётов Тёткино и Глушково, в Глушково ранена женщина.", "ru",
         ("casualties", "Glushkovo", "ua"), ("casualties", "Tyotkino", "ua")),
        ("Ворог обстріляв Білопілля та Ворожбу, у Ворожбі поранено чоловіка.", "ua",
         ("casualties", "Vorozhba", "ru"), ("casualties", "Bilopillia", "ru")),
    ],
)  # fmt: skip
def test_a_place_named_again_opens_its_own_phrase(
    bundled_analyzer: Analyzer,
    text: str,
    side: str,
    expected: tuple[str, str, str],
    absent: tuple[str, str, str],
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Ворог атакував Нікопольщину дронами. Під ударом були Нікополь, Марганецька, Мирівська "
         "та Покровська громади.", "ua",
         {("strike", "Marhanets", "ru"), ("strike", "Myrove", "ru")}),
        ("Под обстрелом ВСУ были Суджа, Глушковский, Рыльский и Кореневский районы.", "ru",
         {("strike", "Glushkovsky District", "ua"), ("strike", "Rylsky District", "ua")}),
    ],
)  # fmt: skip
def test_every_item_sharing_a_noun_is_an_item(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= claims_of(bundled_analyzer, text, side)


def test_a_hromada_after_its_village_qualifies_it(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Ворог обстріляв село Рясне Миропільської громади.", "ua")
    assert ("strike", "Riasne", "ru") in found
    assert ("strike", "Myropillia", "ru") not in found


def test_windows_cut_by_fragments_in_an_attack_report_are_a_hit(
    bundled_analyzer: Analyzer,
) -> None:
    text = (
        "Грайворонский округ снова подвергся обстрелу со стороны ВСУ.\n\n"
        "В селе Головчино осколками посечены окна жилого дома."
    )
    assert ("strike", "Golovchino", "ua") in claims_of(bundled_analyzer, text, "ru")
