"""The Dnipro islands of the Kherson front are places of their own, in both languages and in
the cases posts put them in («на острів Великий Потьомкін», «у Большого Потёмкина»,
«Карантинний острів»); the adjective of a quarantine is no island. Through the real analyzer
and the bundled gazetteer; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.places.resolved import keys_of


@pytest.mark.parametrize(
    ("text", "side", "key"),
    [
        ("Ворог намагався висадитися на острів Великий Потьомкін.", "ua",
         "velykyi-potomkin-island"),
        ("На Великому Потьомкіні знову бої.", "ua", "velykyi-potomkin-island"),
        ("Наши FPV-расчёты отработали по лодке у Большого Потёмкина.", "ru",
         "velykyi-potomkin-island"),
        ("По ночам на лодках высаживаются на Большой Потёмкин.", "ru",
         "velykyi-potomkin-island"),
        ("Росіяни обстріляли Карантинний острів у Херсоні.", "ua", "karantynnyi-island"),
        ("ДРГ высадилась на Карантинном острове.", "ru", "karantynnyi-island"),
    ],
)  # fmt: skip
def test_an_island_is_found(bundled_analyzer: Analyzer, text: str, side: str, key: str) -> None:
    assert key in keys_of(bundled_analyzer, text, side).values()


@pytest.mark.parametrize(
    "text", ["В Херсоне введён карантинный режим.", "Карантинные меры продлили до весны."]
)
def test_a_quarantine_is_no_island(bundled_analyzer: Analyzer, text: str) -> None:
    assert "karantynnyi-island" not in keys_of(bundled_analyzer, text).values()
