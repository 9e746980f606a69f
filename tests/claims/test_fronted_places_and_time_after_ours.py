"""A place fronted before a verb is its object, so the side right after the verb is its subject
(«Бахмут взяли наши бойцы»); a blogger's «X наш» may end with words of time («Верхнекаменское наше
уже давно», «Горналь наш с марта») and still ends its clause. Through the real analyzer and the
bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Бахмут взяли наши бойцы.", "ru", ("capture", "Bakhmut", "ru")),
        ("Свердликово взяли наши штурмовики.", "ru", ("capture", "Sverdlikovo", "ru")),
        ("Малую Локню отбили наши парни.", "ru", ("capture", "Malaya Loknya", "ru")),
        # the side after the verb with no place before it stays its object
        ("Наши выбили ВСУ из Малой Локни.", "ru", ("capture", "Malaya Loknya", "ru")),
        ("Свердликово наши взяли вчера.", "ru", ("capture", "Sverdlikovo", "ru")),
    ],
)
def test_the_side_after_a_verb_whose_object_is_a_fronted_place_acts(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Верхнекаменское наше уже давно, а теперь наши заехали на окраины Северска.",
            "Verkhnokamianske",
        ),
        ("Горналь наш окончательно.", "Gornal"),
        ("Горналь наш с марта.", "Gornal"),
        ("Курахово наше с зимы, идём дальше.", "Kurakhove"),
    ],
)
def test_ours_with_words_of_time_after_it_is_taken(
    bundled_analyzer: Analyzer, text: str, place: str
) -> None:
    assert ("capture", place, "ru") in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        "Курахово не наше уже давно.",
        "Белгород наш с лета.",
        "Горналь наш практически, осталось дожать.",
        "Горналь наш будет с марта.",
    ],
)
def test_ours_negated_at_home_or_to_come_is_not(bundled_analyzer: Analyzer, text: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "capture"}
