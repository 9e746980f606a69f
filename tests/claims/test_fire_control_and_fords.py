"""«под нашим огневым контролем» is the author's side holding the fire control, whoever else the
sentence names; a river crossed («выходят через Мокрые Ялы вброд») is the way, not the place a
later sentence's claim is about. Through the real analyzer and the bundled config; every
sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Великая Новосёлка. Последняя дорога из города под нашим огневым контролем, укры "
         "выходят пешком.", "ru", ("encirclement", "Velyka Novosilka", "ru")),
        ("Курахово. Логистика гарнизона под нашим огневым контролем.", "ru",
         ("encirclement", "Kurakhove", "ru")),
        ("Покровськ. Логістика окупантів під нашим вогневим контролем.", "ua",
         ("encirclement", "Pokrovsk", "ua")),
    ],
)  # fmt: skip
def test_our_fire_control_is_the_authors_side(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        ("Великая Новосёлка. Укры выходят пешком через Мокрые Ялы вброд. Часть гарнизона уже "
         "выбрала жизнь.", ("casualties", "Velyka Novosilka", "ru"),
         ("casualties", "Mokri Yaly River", "ru")),
        ("Бои за Крынки. Их пехота ходит на лодках через Днепр. Вчера ещё пятеро выбрали жизнь.",
         ("casualties", "Krynky", "ru"), ("casualties", "Dnipro River", "ru")),
    ],
)  # fmt: skip
def test_a_river_crossed_is_not_the_later_claims_place(
    bundled_analyzer: Analyzer,
    text: str,
    expected: tuple[str, str, str],
    absent: tuple[str, str, str],
) -> None:
    found = claims_of(bundled_analyzer, text, "ru")
    assert expected in found and absent not in found
