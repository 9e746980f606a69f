"""The dead and wounded a sentence counts after its clauses fell at the sentence's last place
(«ВКС накатили ФАБами по опорникам ВФУ в Ильиновке, у противника много 300-х»), unless a side
named before that place acted and none is named among the victims («Россия атаковала
Харьков, есть раненые» keeps the place's reading). Through the real analyzer and the bundled
config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "ВКС отработали ФАБами по опорникам в Торецке, у противника много 300-х.",
            "ru",
            ("casualties", "Toretsk", "ru"),
        ),
        ("Наши заняли Торское, у противника много 200-х.", "ru", ("casualties", "Torske", "ru")),
        (
            "Две лодки сожжены у Крынок, минимум шесть 200-х.",
            "ru",
            ("casualties", "Krynky", "ru"),
        ),
        (
            "Окупанти скинули КАБ на Костянтинівку, у ворога теж втрати.",
            "ua",
            ("casualties", "Kostiantynivka", "ua"),
        ),
    ],
)
def test_victims_fell_at_the_sentences_place(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_an_attackers_victims_are_the_attacked_towns(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Россия атаковала центр Харькова, есть раненые.", "other")
    assert ("casualties", "Kharkiv", "ua") not in found


@pytest.mark.parametrize(
    ("text", "side", "places"),
    [
        ("Ворог вдарив по Харкову та Чугуєву, загинули троє.", "ua", {"Kharkiv", "Chuhuiv"}),
        (
            "Гладков: ВСУ атаковали Шебекино и Грайворон — ранены 5 человек.",
            "ru",
            {"Shebekino", "Grayvoron"},
        ),
    ],
)
def test_victims_after_a_list_are_each_places(
    bundled_analyzer: Analyzer, text: str, side: str, places: set[str]
) -> None:
    hurt = {p for kind, p, _ in claims_of(bundled_analyzer, text, side) if kind == "casualties"}
    assert places <= hurt


@pytest.mark.parametrize(
    ("text", "side", "origin"),
    [
        ("Ракетний удар по Харкову з Бєлгородської області, є загиблі.", "ua", "Belgorod Oblast"),
        ("Обстріл Нікополя з боку Енергодара, поранено жінку.", "ua", "Enerhodar"),
        ("Обстрел Горловки со стороны Торецка, ранены двое мирных жителей.", "ru", "Toretsk"),
    ],
)
def test_victims_did_not_fall_where_the_fire_came_from(
    bundled_analyzer: Analyzer, text: str, side: str, origin: str
) -> None:
    hurt = {p for kind, p, _ in claims_of(bundled_analyzer, text, side) if kind == "casualties"}
    assert origin not in hurt and hurt


def test_at_least_is_no_denial(bundled_analyzer: Analyzer) -> None:
    _, found = bundled_analyzer.analyze(
        "ФАБы прилетели по ПВД в Торецке, там не меньше 20 двухсотых.", "ru"
    )
    assert [c.stance for c in found if c.claim_type == "casualties"] == ["asserted"]


def test_a_sides_losses_counted_killed_are_its_own(bundled_analyzer: Analyzer) -> None:
    actor_of(
        bundled_analyzer,
        "Наши продвинулись у Торецка, ВСУ потеряли 300 человек убитыми.",
        "ru",
        ("casualties", "Toretsk", "ru"),
    )


def test_victims_did_not_fall_where_a_side_went(bundled_analyzer: Analyzer) -> None:
    text = "Остатки гарнизона отошли к Ступочкам и Предтечино, часть выбрала жизнь."
    found = claims_of(bundled_analyzer, text, "ru")
    assert not any(
        kind == "casualties" and p in ("Stupochky", "Predtechyne") for kind, p, _ in found
    )
