"""A region or raion at the end of a list after a comma is an item of the list when it does
not hold the place before it («Херсон, Комишани, Бериславщина»), and says where that place
lies when it does («Юнаківку, Сумщина»); a region that says where a place lies takes no claim
of the place's type from a later trigger («Туапсинський НПЗ у Краснодарському краї:
зафіксовано влучання»), but one told of in its own sentence keeps its own. Through the real
analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Під ударами ворожої артилерії опинились Херсон, Комишани, Бериславщина.",
            ("strike", "Beryslav Raion", "ru"),
        ),
        (
            "Обстрілів зазнали Херсон, Комишани, Бериславський район.",
            ("strike", "Beryslav Raion", "ru"),
        ),
        ("Дрони атакували Білгород, Курську область.", ("strike", "Kursk Oblast", "ua")),
    ],
)
def test_a_region_that_holds_no_item_before_it_is_an_item(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Обстріляно Юнаківку, Сумщина.", "Sumy Oblast"),
        ("Обстріляли Краснопілля, Сумський район.", "Sumy Raion"),
    ],
)
def test_a_region_that_holds_the_place_before_it_qualifies_it(
    bundled_analyzer: Analyzer, text: str, qualifier: str
) -> None:
    assert qualifier not in {place for _, place, _ in claims_of(bundled_analyzer, text, "ua")}


def test_a_qualifying_region_gives_way_to_its_place(bundled_analyzer: Analyzer) -> None:
    text = (
        "Підрозділи СБС уразили Туапсинський НПЗ у Краснодарському краї: зафіксовано "
        "влучання в установку та пожежу на території заводу."
    )
    found = claims_of(bundled_analyzer, text, "ua")
    assert ("strike", "Tuapse refinery", "ua") in found
    assert ("strike", "Krasnodar Krai", "ua") not in found


def test_a_region_struck_in_its_own_sentence_keeps_its_claim(bundled_analyzer: Analyzer) -> None:
    text = "Дрони атакували Глушково Курської області. Ворог обстріляв всю Курську область."
    assert ("strike", "Kursk Oblast", "ru") in claims_of(bundled_analyzer, text, "ua")
