"""A tally whose lines put the count first («• 126 — над Курской областью»), after a blank line
under its head, down to a line of the rest («• остальные — над Воронежской и Липецкой»); the
country a drone was over («над регионами России») names no side. Paraphrases written for
these tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import claims, extractor_over

REGIONS = ("kursk", "bryansk", "oryol", "voronezh", "lipetsk", "belgorod")


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over({f"{name}-oblast": ("region", "RU") for name in REGIONS})


TALLY_PLACES = {
    "kursk-oblast": "Курской областью",
    "bryansk-oblast": "Брянской",
    "oryol-oblast": "Орловской",
}


@pytest.mark.parametrize(
    "text",
    [
        "Дежурные средства ПВО за ночь сбили 64 беспилотника:\n\n"
        "• 40 — над Курской областью\n• 15 — над Брянской\n• 9 — над Орловской",
        "За ночь над регионами России уничтожены 64 украинских беспилотника:\n"
        "40 — над Курской областью\n15 — над Брянской\n9 — над Орловской",
        "Ночью перехвачены 64 дрона. Из них:\n\n"
        "▪ 40 над Курской областью;\n▪ 15 над Брянской;\n▪ 9 над Орловской.",
    ],
)
def test_each_line_of_a_count_first_tally_is_a_strike(extractor: ClaimExtractor, text: str) -> None:
    found = claims(extractor, text, TALLY_PLACES, "ru")
    assert {(c[0], c[1], c[2]) for c in found} == {("strike", key, "ua") for key in TALLY_PLACES}


def test_a_tally_line_may_name_the_territory_before_its_region(extractor: ClaimExtractor) -> None:
    text = (
        "Средства ПВО перехватили 64 беспилотника, сообщили в Минобороны:\n\n"
        "— 40 над территорией Курской области,\n— 15 — Брянской,\n— 9 — Орловской."
    )
    places = {
        "kursk-oblast": "Курской области",
        "bryansk-oblast": "Брянской",
        "oryol-oblast": "Орловской",
    }
    found = claims(extractor, text, places, "ru")
    assert {(c[0], c[1], c[2]) for c in found} == {("strike", key, "ua") for key in places}


def test_the_rest_of_a_tally_counts_too(extractor: ClaimExtractor) -> None:
    text = (
        "Сбиты 70 беспилотников:\n\n• 50 — над Курской областью\n"
        "• остальные — над Воронежской и Липецкой областями"
    )
    places = {
        "kursk-oblast": "Курской областью",
        "voronezh-oblast": "Воронежской",
        "lipetsk-oblast": "Липецкой областями",
    }
    found = claims(extractor, text, places, "ru")
    assert {c[1] for c in found if c[0] == "strike"} == set(places)


def test_a_blank_line_under_a_head_ends_no_list_of_shelled_places(
    extractor: ClaimExtractor,
) -> None:
    text = "Обстрелам подверглись:\n\n— Белгородская область\n— Курская область"
    places = {"belgorod-oblast": "Белгородская область", "kursk-oblast": "Курская область"}
    found = claims(extractor, text, places, "ru")
    assert {(c[0], c[1]) for c in found} == {("strike", key) for key in places}


def test_the_country_struck_still_names_the_attacker(extractor: ClaimExtractor) -> None:
    # «по регионам Украины» names the victim: the strike is Russia's, on a Russian channel too
    text = (
        "«Массированный удар по всем регионам Украины», — написал Зеленский. «Наши силы ПВО "
        "уничтожили более 140 воздушных целей», — сообщил он."
    )
    assert {(c[0], c[1], c[2]) for c in claims(extractor, text, {}, "ru")} == {
        ("strike", None, "ru")
    }


def test_a_headline_ending_in_an_emoji_heads_its_tally(extractor: ClaimExtractor) -> None:
    text = (
        "Ночь дронов: ПВО сбила 30 беспилотников над тремя регионами 🛸\n\n"
        "🔹 Брянская область — 21\n🔹 Курская — 9"
    )
    places = {"bryansk-oblast": "Брянская область", "kursk-oblast": "Курская"}
    found = claims(extractor, text, places, "ru")
    assert {(c[0], c[1], c[2]) for c in found} == {("strike", k, "ua") for k in places}


def test_the_part_of_a_country_a_drone_was_over_names_no_side() -> None:
    ukraine = extractor_over(
        {"mykolaiv-oblast": ("region", "UA"), "odesa-oblast": ("region", "UA")}
    )
    text = "За ніч над півднем України збито 23 ударні БпЛА:\n🔸 Миколаївщина — 9\n🔸 Одещина — 14"
    places = {"mykolaiv-oblast": "Миколаївщина", "odesa-oblast": "Одещина"}
    found = claims(ukraine, text, places, "ua")
    assert {(c[0], c[1], c[2]) for c in found} == {("strike", k, "ru") for k in places}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Шахеди з Брянщини заходять на Сумщину. Курс — Суми та Ромни.", {"sumy", "romny"}),
        ("Курс Суми — Ромни: нові автобуси щогодини.", set()),
        ("Курс долара в Сумах — 41,5.", set()),
    ],
)
def test_a_course_of_its_own_in_a_post_that_names_a_weapon(text: str, expected: set) -> None:
    sumy = extractor_over(
        {"sumy": ("city", "UA"), "romny": ("town", "UA"), "sumy-oblast": ("region", "UA")}
    )
    places = {
        key: surface
        for key, surface in (("sumy", "Суми"), ("romny", "Ромни"), ("sumy-oblast", "Сумщину"))
        if surface in text
    }
    if "Сумах" in text:
        places["sumy"] = "Сумах"
    found = claims(sumy, text, places, "ua")
    assert {c[1] for c in found if c[1] != "sumy-oblast"} == expected
