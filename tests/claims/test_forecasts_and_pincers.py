"""An infinitive a verb in the future governs is a forecast («спробує взяти в кліщі X»,
«придётся отводить войска из X»), in Ukrainian as in Russian; «взяв у кліщі» is the subject's
encirclement, as «взяв в кліщі» is. Through the real analyzer and the bundled config; every
sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ворог, ймовірно, спробує взяти в кліщі Часів Яр з флангів.", "ua"),
        ("Противник попытается окружить Покровск с двух сторон.", "ru"),
        ("Скоро противнику придётся отводить войска из Торецка.", "ru"),
        ("Окупанти будуть наступати на Покровськ.", "ua"),
    ],
)
def test_a_forecast_is_no_claim(bundled_analyzer: Analyzer, text: str, side: str) -> None:
    assert not claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ворог взяв у кліщі Часів Яр.", ("encirclement", "Chasiv Yar", "ru")),
        ("Ворог продовжує наступати біля Покровська.", ("advance", "Pokrovsk", "ru")),
    ],
)
def test_the_present_and_past_still_count(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ua", expected)
