"""A trigger noun after a preposition of time («После освобождения X», «Перед штурмом X») is not
acted by the next clause's subject: that subject is often the side that lost («ВСУ отошли») or a
thing seen («были замечены наемники»). An agent in the instrumental still names the actor.
Through the real analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Перед освобождением Красногоровки там видели иностранных наемников.", "ru",
         ("capture", "Krasnohorivka", "ru")),
        ("После освобождения Угледара в городе были обнаружены тела наемников ВСУ.", "ru",
         ("capture", "Vuhledar", "ru")),
        ("После взятия Авдеевки украинские военные отошли на новые рубежи.", "ru",
         ("capture", "Avdiivka", "ru")),
        ("После освобождения Угледара ВСУ отошли к Богоявленке.", "ru",
         ("capture", "Vuhledar", "ru")),
        ("Після окупації Авдіївки ЗСУ відійшли на нові рубежі.", "ua",
         ("capture", "Avdiivka", "ru")),
        ("После взятия Авдеевки российскими войсками фронт сдвинулся на запад.", "ua",
         ("capture", "Avdiivka", "ru")),
    ],
)  # fmt: skip
def test_the_next_clauses_subject_is_not_the_nouns_actor(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_the_withdrawing_side_keeps_its_own_claim(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer, "После освобождения Угледара ВСУ отошли к Богоявленке.", "ru"
    )
    assert ("withdrawal", "Vuhledar", "ua") in found
