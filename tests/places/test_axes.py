"""Axes (направления) map to their town, also when named by the town's district adjective."""

from __future__ import annotations

import pytest

from tests.seed_matcher import seed_matcher


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Бои на суджанском направлении", "суджанском направлении", "sudzha"),
        ("Бої на Суджанському напрямку", "Суджанському напрямку", "sudzha"),
        ("обстановка на суджанском направлении", "суджанском направлении", "sudzha"),
        ("Противник на кореневском направлении", "кореневском направлении", "korenevo"),
        ("Ситуація на покровському напрямку", "покровському напрямку", "pokrovsk"),
        ("Суджанский район", "Суджанский район", "sudzhansky-district"),
    ],
)
def test_axis_and_district_forms(text: str, surface: str, key: str) -> None:
    _, matcher = seed_matcher()
    found = {(text[m.start : m.end], m.place_key) for m in matcher.find(text)}
    assert (surface, key) in found
