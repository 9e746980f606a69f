"""An oblast's adjective before an area noun («на Сумском направлении», «Сумской обл.») names
the oblast even where a village shares the form (Сумське), so the post's namesakes across the
border settle on that oblast's. Paraphrases written for these tests, not gold posts."""

from __future__ import annotations

import pytest

from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    "text",
    [
        "Над Курской областью сбиты дроны. Сумское направление: наши зашли в Басовку.",
        "На Сумском направлении штурмовики закрепились у Басовки; в Курской области спокойно.",
        "Курская область под обстрелом, на Сумском направлении бои за Басовку.",
        "По Сумской обл.: противник обстрелял Басовку. Курская область без изменений.",
    ],
)
def test_an_axis_of_an_oblast_settles_the_namesake_in_it(keys: Keys, text: str) -> None:
    found = keys(text)
    assert "basivka" in found  # Sumy Oblast's
    assert "basovka" not in found  # Kursk Oblast's


@pytest.mark.parametrize(
    "text",
    [
        "В Курской области наши продвинулись у Басовки.",
        # the adjective without an area noun after it says nothing of the oblast
        "Курская область: бои у Басовки, на Сумском фронте затишье.",
    ],
)
def test_without_the_axis_the_namesake_of_the_named_oblast_stays(keys: Keys, text: str) -> None:
    found = keys(text)
    assert "basovka" in found
    assert "basivka" not in found
