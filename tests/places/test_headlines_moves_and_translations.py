"""A short headline's namesakes vote with the body's («Гуляйполе.\n\nНаши зашли в Успеновку»:
the Uspenivka of Huliaipole's raion); a village named by an adjective counts after a move up to
it («подошли к Железнодорожному»); Russian posts translate Залізничне, Першотравневе and Сонячне
(Железнодорожное, Первомайское, Солнечное). Through the real analyzer and the bundled
gazetteer; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.places.resolved import keys_of


def test_a_headlines_namesakes_vote_with_the_bodys(bundled_analyzer: Analyzer) -> None:
    text = "Гуляйполе. Оживает.\n\nНаши уже зашли в Успеновку и подошли к Железнодорожному."
    found = keys_of(bundled_analyzer, text)
    assert found["Успеновку"] == "uspenivka-zaporizhzhia-oblast-polohy-raion"
    assert found["Железнодорожному"] == "zaliznychne-zaporizhzhia-oblast"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Под Гуляйполем наши подошли к Железнодорожному.", "Железнодорожному"),
        ("Біля Гуляйполя ворог вийшов до Залізничного.", "Залізничного"),
    ],
)
def test_a_move_up_to_an_adjective_village_names_it(
    bundled_analyzer: Analyzer, text: str, surface: str
) -> None:
    assert surface in keys_of(bundled_analyzer, text, "ru")


def test_a_move_up_to_a_nouns_adjective_names_no_village(bundled_analyzer: Analyzer) -> None:
    assert keys_of(bundled_analyzer, "Колонна подошла к Южному вокзалу.") == {}


@pytest.mark.parametrize(
    ("text", "surface", "oblast"),
    [
        ("Под Гуляйполем бои за Железнодорожное.", "Железнодорожное", "Zaporizhzhia Oblast"),
        ("Под Константиновкой бои у Первомайского.", "Первомайского", "Donetsk Oblast"),
        ("Под Времевкой наши зашли в Солнечное.", "Солнечное", "Donetsk Oblast"),
    ],
)
def test_a_translated_name_names_the_village(
    bundled_analyzer: Analyzer, text: str, surface: str, oblast: str
) -> None:
    key = keys_of(bundled_analyzer, text)[surface]
    assert bundled_analyzer.gazetteer.places[key].oblast == oblast
