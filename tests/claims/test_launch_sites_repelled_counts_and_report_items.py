"""An Air Force summary's launch sites are no targets («ракети Х-101 (райони пусків –
Саратовська та Волгоградська області)», «(напрямки пусків: Орел, Курськ)», «з району
пусків Саратовська обл.»); attacks repelled by the count are ground fighting even in a report of
strikes («відбили 6 атак ворога поблизу X»: advances, not strikes); the items of a report whose
heading counts the places struck are struck («…ударів по Харкову та 14 населених пунктах
області. 🔻 с. Петропавлівка — загинула жінка»). Through the real analyzer and the bundled
config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of

SUMMARY = (
    "Уночі противник атакував енергетику України.\n\n"
    "Загалом зафіксовано 120 засобів повітряного нападу:\n"
    "🔹 14 крилатих ракет Х-101 (райони пусків – Саратовська та Волгоградська області);\n"
    "🔹 106 ударних БпЛА Shahed (напрямки пусків: Орел, Курськ, Приморсько-Ахтарськ).\n\n"
    "Основні напрямки удару – Київщина та Дніпропетровщина."
)
SUMMARY_FROM = (
    "У ніч на 3 березня противник атакував 90 засобами повітряного нападу, з них:\n"
    "🔸 12 крилатими ракетами Х-101 з району пусків Саратовська обл.;\n"
    "🔸 78 ударними БпЛА з напрямків: Курськ, Орел.\n\n"
    "Основні напрямки удару – Київ та Житомирщина."
)


@pytest.mark.parametrize(
    ("text", "targets", "sites"),
    [
        (
            SUMMARY,
            {"Kyiv Oblast", "Dnipropetrovsk Oblast"},
            {"Saratov Oblast", "Volgograd Oblast", "Oryol", "Kursk"},
        ),
        (SUMMARY_FROM, {"Kyiv", "Zhytomyr Oblast"}, {"Saratov Oblast", "Kursk", "Oryol"}),
    ],
)
def test_launch_sites_are_no_targets(
    bundled_analyzer: Analyzer, text: str, targets: set[str], sites: set[str]
) -> None:
    struck = {
        place for kind, place, _ in claims_of(bundled_analyzer, text, "ua") if kind == "strike"
    }
    assert targets <= struck
    assert not struck & sites


def test_attacks_repelled_by_the_count_are_ground_fighting(bundled_analyzer: Analyzer) -> None:
    text = (
        "Протягом доби окупанти завдали ударів дронами по Харкову.\n\n"
        "Станом на 16:00 наші захисники відбили 6 атак ворога поблизу Вовчанська та Синьківки."
    )
    found = claims_of(bundled_analyzer, text, "ua")
    assert ("advance", "Vovchansk", "ru") in found
    assert ("strike", "Vovchansk", "ru") not in found
    assert ("strike", "Kharkiv", "ru") in found


def test_an_air_attack_repelled_stays_a_strike(bundled_analyzer: Analyzer) -> None:
    text = "Ворог атакував Одесу дронами, ППО відбила атаку, пошкоджено склад."
    assert ("strike", "Odesa", "ru") in claims_of(bundled_analyzer, text, "ua")


REPORT = (
    "Протягом доби окупанти завдали ударів по Харкову та 9 населених пунктах області.\n\n"
    "🔻 Куп'янськ — пошкоджено приватний будинок.\n"
    "🔻 с. Петропавлівка Куп'янського району — загинула 71-річна жінка.\n"
    "🔻 м. Чугуїв — поранено 2 людей.\n\n"
    "З Куп'янської громади за добу евакуйовано 37 людей."
)


@pytest.mark.parametrize("place", ["Petropavlivka", "Chuhuiv", "Kupiansk", "Kharkiv"])
def test_the_items_of_a_counted_report_are_struck(bundled_analyzer: Analyzer, place: str) -> None:
    assert ("strike", place, "ru") in claims_of(bundled_analyzer, REPORT, "ua")


def test_items_without_a_counted_heading_take_no_strike(bundled_analyzer: Analyzer) -> None:
    text = (
        "Окупанти вдарили по Харкову.\n\n"
        "🔻 м. Чугуїв — поранено 2 людей під час евакуації з прифронтової зони."
    )
    assert ("strike", "Chuhuiv", "ru") not in claims_of(bundled_analyzer, text, "ua")
