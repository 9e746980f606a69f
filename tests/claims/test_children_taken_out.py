"""Children and residents taken out of villages are an evacuation («Продолжается вывоз детей из
приграничных сёл Грайворонского округа», «организовать временный выезд детей из посёлка X»), and
the evacuees housed somewhere are no troops deployed there («первые 40 ребят вместе с
родителями уже размещены в Старом Осколе»). Through the real analyzer and the bundled config;
every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Продолжается вывоз детей из приграничных сёл Грайворонского округа.",
            "ru",
            ("evacuation", "Grayvoronsky District", "ru"),
        ),
        (
            "Губернатор решил организовать временный выезд детей из посёлка Красная Яруга.",
            "ru",
            ("evacuation", "Krasnaya Yaruga", "ru"),
        ),
        ("Триває вивезення дітей з Білопілля.", "ua", ("evacuation", "Bilopillia", "ua")),
    ],
)
def test_children_taken_out_are_evacuated(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Первые 40 ребят вместе с родителями уже размещены в Старом Осколе.", "ru"),
        ("Эвакуированные жители Суджи размещены в Курске.", "ru"),
        ("В Курской области продолжается вывоз мусора из Суджи.", "ru"),
    ],
)
def test_evacuees_housed_are_no_troops(bundled_analyzer: Analyzer, text: str, side: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, side) if c[0] == "deployment"}
