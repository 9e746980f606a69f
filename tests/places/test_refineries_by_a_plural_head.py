"""Refineries listed by their adjectives before a plural head («Саратовский, Рязанский и
Волгоградский нефтеперерабатывающие заводы», «… Афипский и Новошахтинский заводы» in a post
about refineries) are the refineries, not the oblasts of the adjectives; plants of no refinery
post stay what they were. Through the real analyzer; paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from monitor.config import load_settings


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(load_settings())


def keys(analyzer: Analyzer, text: str) -> set[str]:
    mentions, _ = analyzer.analyze(text, "other")
    return {m.place_key for m in mentions}


@pytest.mark.parametrize(
    "text",
    [
        "Под удар попали Саратовский, Рязанский и Волгоградский нефтеперерабатывающие заводы.",
        "Дроны атаковали НПЗ: под удар попали Саратовский, Рязанский и Волгоградский заводы.",
    ],
)
def test_a_plural_head_names_each_refinery(analyzer: Analyzer, text: str) -> None:
    found = keys(analyzer, text)
    assert {"saratov-refinery", "ryazan-refinery", "volgograd-refinery"} <= found
    assert not {"saratov-oblast", "ryazan-oblast", "volgograd-oblast"} & found


def test_plants_of_no_refinery_post_stay(analyzer: Analyzer) -> None:
    found = keys(analyzer, "Саратовский и Волгоградский заводы выполнили план по тракторам.")
    assert not {"saratov-refinery", "volgograd-refinery"} & found
