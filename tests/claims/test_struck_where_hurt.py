"""In a report of strikes and no fighting on the ground, each settlement where people were killed
or hurt was struck by the side that hurt them («Росіяни обстріляли Херсонщину. Загинули двоє:
у Білозерці та Дніпровському»); not a region's tally, a blast no strike is told of, nor a post
of fighting. Paraphrases written for these tests, through the real analyzer."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Минулої доби окупанти 30 разів обстріляли Херсонщину. Загинули двоє людей: "
            "по одному у Білозерці та Станіславі.",
            "ua",
            {("strike", "Bilozerka", "ru"), ("strike", "Stanislav", "ru")},
        ),
        (
            "Ночью ВСУ атаковали беспилотниками Белгородскую область. Ранены трое жителей "
            "Шебекино и один — в Грайвороне.",
            "ru",
            {("strike", "Shebekino", "ua"), ("strike", "Grayvoron", "ua")},
        ),
    ],
)
def test_where_people_were_hurt_in_a_report_of_strikes_was_struck(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        # a car bomb, with no strike told
        ("В Мелитополе взорвался автомобиль, погиб военнослужащий.", "ru", "Melitopol"),
        # a post of fighting: the dead are the battle's
        (
            "Ночью дроны атаковали Курахово, а днём штурмовики зашли в Дачное, погибли двое наших.",
            "ru",
            "Dachne",
        ),
    ],
)
def test_no_strike_where_none_is_told(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert not {c for c in found if c[0] == "strike" and c[1] == place}
