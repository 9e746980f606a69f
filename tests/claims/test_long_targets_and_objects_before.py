"""The owner of a long target phrase after «по» suffers, however long the phrase («отработала по
скоплению живой силы противника»), while the phrase's own claim keeps its owner (the build-up is
the enemy's); a side in the accusative or genitive before the verb of a noun trigger is another
verb's object, not its subject («выбили противника из X и развивают наступление на Y»). Through
the real analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Авиация отработала ФАБами по скоплению живой силы противника в Орехове.",
            "ru",
            ("strike", "Orikhiv", "ru"),
        ),
        (
            "Авиация отработала ФАБами по скоплению живой силы противника в Орехове.",
            "ru",
            ("deployment", "Orikhiv", "ua"),
        ),
        (
            "Наша артилерія відпрацювала по скупченню живої сили ворога біля Часового Яру.",
            "ua",
            ("strike", "Chasiv Yar", "ua"),
        ),
    ],
)
def test_the_owner_of_a_long_target_phrase_suffers(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Наши подразделения выбили противника из Колесниковки и развивают наступление в "
            "сторону Загрызово.",
            "ru",
            ("advance", "Zahryzove", "ru"),
        ),
        (
            "Штурмовики отбросили противника от Работино и продолжают наступление на Малую "
            "Токмачку.",
            "ru",
            ("advance", "Mala Tokmachka", "ru"),
        ),
        # a subject before the noun's verb still acts
        ("ВСУ продолжают наступление у Работино.", "ru", ("advance", "Robotyne", "ua")),
    ],
)
def test_an_object_before_a_noun_triggers_verb_is_not_its_subject(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_ground_in_the_next_sentence_leaves_the_capture(bundled_analyzer: Analyzer) -> None:
    text = (
        "Населённый пункт Шевченко взят под контроль. Это южнее Покровска, на подступах к Межевой."
    )
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("capture", "Shevchenko", "ru") in found
    assert ("advance", "Shevchenko", "ru") not in found
