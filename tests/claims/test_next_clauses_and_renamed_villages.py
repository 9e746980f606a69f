"""Where a side falls back to is no place it left when that place opens a clause with an act of
its own («отходит к границе, в районе X ещё идут бои»); the enemy that opens the clause after a
noun trigger, an adverb before its verb, is that clause's subject, not the fight's attacker
(«Бои в районе X, противник медленно откатывается»); villages the Russian side calls by other
names («Богатырь», «Январское») are found. Through the real analyzer and the bundled config;
every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("Противник, бросая технику, отходит к границе, в районе Гончаровки ещё идут бои.",
         "ru", "Goncharovka"),
        ("Ворог відступає до річки, біля Кам'янського тривають бої.", "ua", "Kamianske"),
    ],
)  # fmt: skip
def test_a_place_with_an_act_of_its_own_is_not_left(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert not {c for c in found if c[0] == "withdrawal" and c[1].startswith(place)}
    assert {c for c in found if c[0] == "advance" and c[1].startswith(place)}


def test_a_withdrawal_from_a_place_stays(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Укры отходят из Торецка, Щербиновку уже оставили.", "ru")
    assert ("withdrawal", "Toretsk", "ua") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бои в районе Богатыря и Константинополя, противник медленно откатывается на запад.",
         ("advance", "Kostiantynopil", "ru")),
        ("Штурм Торецка продолжается, укры постепенно сдают позиции.",
         ("advance", "Toretsk", "ru")),
    ],
)  # fmt: skip
def test_the_enemy_of_the_next_clause_is_not_the_fights_attacker(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("По Богатырю отработала наша артиллерия.", ("strike", "Bahatyr", "ru")),
        ("Бои идут в районе Богатыря.", ("advance", "Bahatyr", "ru")),
        ("Минобороны: освобождено Январское Днепропетровской области.",
         ("capture", "Sichneve", "ru")),
    ],
)  # fmt: skip
def test_villages_by_their_russian_names(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    "text",
    ["Богатыри из 76-й дивизии снова отличились.", "Фильм «Последний богатырь» собрал миллиард."],
)
def test_a_hero_is_no_village(bundled_analyzer: Analyzer, text: str) -> None:
    places, _ = bundled_analyzer.analyze(text, "ru")
    assert not places


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Северск под постоянным огнём нашей арты.", "ru", ("strike", "Siversk", "ru")),
        ("Куп'янськ під вогнем нашої артилерії.", "ua", ("strike", "Kupiansk", "ua")),
    ],
)  # fmt: skip
def test_a_place_under_our_fire_is_struck_by_us(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_our_troops_under_fire_are_no_strike_of_theirs(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Наши под Торецком под постоянным огнём.", "ru")
    assert ("strike", "Toretsk", "ru") not in found
