"""People freed from captivity are no town taken («Освобожденных российских военных доставят в
Москву»), while soldiers who free a town take it; a jet drone as alert channels name it in
Russian («Реактивный над Очаковом») is a strike there, a jet engine is not. Through the real
analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Освобождённых из плена российских военнослужащих доставят в Москву.", "ru"),
        ("Освобожденных российских военных доставили самолётом в Москву.", "ru"),
        ("Звільнених захисників доставили до Чернігова.", "ua"),
    ],
)
def test_people_freed_take_no_town(bundled_analyzer: Analyzer, text: str, side: str) -> None:
    assert not any(kind == "capture" for kind, _, _ in claims_of(bundled_analyzer, text, side))


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Российские военные освободили Угледар.", "ru", ("capture", "Vuhledar", "ru")),
        ("Військові звільнили Куп'янськ.", "ua", ("capture", "Kupiansk", "ua")),
        ("Реактивный над Очаковом, идёт на север.", "ua", ("strike", "Ochakiv", "ru")),
        ("Реактивный на Николаев!", "ua", ("strike", "Mykolaiv", "ru")),
    ],
)
def test_soldiers_take_towns_and_jets_strike(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_a_jet_engine_strikes_nothing(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Реактивный двигатель испытали в Перми.", "ru")
    assert not any(kind == "strike" for kind, _, _ in found)
