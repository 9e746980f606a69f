"""A city's district named with the city after it is where the victims of the next sentence
are («Корабельний район Херсона. Поранено жінку»: the district, not the whole city); an
oblast listed after axes does not take their claims («на Покровському та Гуляйпільському
напрямках, а також у Дніпропетровській області»), while one the axis qualifies still does
(«границу ЛНР на купянском направлении»); the settlements a count names after «в том числе»
are taken whole, whatever ground is counted with them. Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "district"),
    [
        (
            "Окупанти обстріляли Корабельний район Херсона. Поранено жінку 60 років.",
            "Korabelnyi District (Kherson)",
        ),
        (
            "Росіяни атакували дроном авто у Дніпровському районі Херсона. Поранено водія.",
            "Dniprovskyi District (Kherson)",
        ),
    ],
)
def test_the_victims_are_the_city_district_s(
    bundled_analyzer: Analyzer, text: str, district: str
) -> None:
    found = claims_of(bundled_analyzer, text, "ua")
    assert ("casualties", district, "ru") in found
    assert ("casualties", "Kherson", "ru") not in found


def test_the_city_alone_keeps_its_victims(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Окупанти обстріляли Херсон. Поранено жінку.", "ua")
    assert ("casualties", "Kherson", "ru") in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Найбільше просування — на Покровському та Гуляйпільському напрямках, а також у "
            "Дніпропетровській області, де окупанти захопили ще кілька сіл.",
            "ua",
            {("advance", "Pokrovsk", "ru"), ("advance", "Huliaipole", "ru")},
        ),
        (
            "Наибольшее продвижение — на Покровском и Купянском направлениях, а также в "
            "Днепропетровской области.",
            "ru",
            {("advance", "Pokrovsk", "ru"), ("advance", "Kupiansk", "ru")},
        ),
    ],
)
def test_axes_keep_their_claims_beside_an_oblast_listed_after(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= claims_of(bundled_analyzer, text, side)


def test_an_axis_qualifying_an_oblast_yields_to_it(bundled_analyzer: Analyzer) -> None:
    text = (
        "Российские войска взяли под контроль новый участок границы ЛНР на купянском направлении."
    )
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("advance", "Luhansk Oblast", "ru") in found
    assert not {c for c in found if c[1] == "Kupiansk"}


@pytest.mark.parametrize(
    "text",
    [
        "С начала операции ВС РФ освободили 12 населённых пунктов и более 100 квадратных "
        "километров территории, в том числе Казачью Локню и Мартыновку.",
        "Наши освободили семь сёл и 60 кв. км, включая Казачью Локню и Мартыновку.",
    ],
)
def test_the_settlements_a_count_names_are_taken_whole(
    bundled_analyzer: Analyzer, text: str
) -> None:
    found = claims_of(bundled_analyzer, text, "ru")
    assert {("capture", "Kazachya Loknya", "ru"), ("capture", "Martynovka", "ru")} <= found


def test_a_part_among_them_stays_a_part(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer, "Наши освободили часть Курахово, в том числе промзону.", "ru"
    )
    assert ("advance", "Kurakhove", "ru") in found
    assert ("capture", "Kurakhove", "ru") not in found
