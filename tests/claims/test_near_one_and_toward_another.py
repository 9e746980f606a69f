"""An attack near one place and toward another, joined by a conjunction, is at both («ворог
атакував поблизу Вовчанська та в бік Великого Бурлука»), while a weapon's heading is its
claim's alone («Шахеди над Сумщиною та в бік Конотопа»). Through the real analyzer and the
bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "places"),
    [
        (
            "Ворог двічі атакував поблизу Вовчанська та в бік Великого Бурлука.",
            "ua",
            {"Vovchansk", "Velykyi Burluk"},
        ),
        (
            "Противник атаковал у Липцов и в сторону Глубокого.",
            "ru",
            {"Lyptsi", "Hlyboke"},
        ),
        (
            "Окупанти штурмували поблизу Торського та у напрямку Сіверська.",
            "ua",
            {"Torske", "Siversk"},
        ),
    ],
)
def test_an_attack_near_one_and_toward_another_is_at_both(
    bundled_analyzer: Analyzer, text: str, side: str, places: set[str]
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert places <= {place for kind, place, _ in found if kind == "advance"}


def test_a_weapons_heading_is_its_claims_alone(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Шахеди над Сумщиною та в бік Конотопа.", "ua")
    assert {place for kind, place, _ in found if kind == "strike"} == {"Konotop"}
