"""A river outranks the villages of its name (no town shares it) after a preposition only a river
takes: «вышли к Осколу», «откатывается за Сейм», «через Оскол». Not after «под», «в», «по», which
a village takes as well. Through the real analyzer and the bundled gazetteer; every sentence is
written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.places.resolved import keys_of


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Южнее Купянска наши вышли к Осколу у Кругляковки.", "Осколу", "oskil-river"),
        ("Противник откатывается от Снагости за Сейм.", "Сейм", "seym-river"),
        ("Хохлы снова пытаются переправиться через Оскол у Двуречной.", "Оскол", "oskil-river"),
    ],
)
def test_the_river_after_a_preposition_only_a_river_takes(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str
) -> None:
    assert keys_of(bundled_analyzer, text).get(surface) == key


def test_under_the_name_is_still_the_village(bundled_analyzer: Analyzer) -> None:
    assert (
        keys_of(bundled_analyzer, "Бои под Осколом продолжаются, ВСУ несут потери.").get("Осколом")
        != "oskil-river"
    )
