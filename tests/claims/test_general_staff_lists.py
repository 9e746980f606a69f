"""General Staff and front-update phrasings: attempts to push defenders back from positions «у
районах X, Y» are advances at each place (a place marker's words stand together: «з позицій
у районах» is no «з району»); a side that massed troops near a place deployed there; a village
«на Сумщині» is the village; a list runs on through «та на північних околицях X». Every text
is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from monitor.claims.extractor import ClaimExtractor
from tests.claims.analyzed import claims_of
from tests.claims.extracting import Claim, claims, extractor_over

PLACES = {
    "promin": ("village", "UA"),
    "myrnohrad": ("town", "UA"),
    "selydove": ("town", "UA"),
    "pokrovsk": ("town", "UA"),
    "novenke": ("village", "UA"),
    "sumy-oblast": ("region", "UA"),
    "starytsia": ("village", "UA"),
    "vovchansk": ("town", "UA"),
    "kursk-oblast": ("region", "RU"),
    "glushkovo": ("town", "RU"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        (
            "Ворог 37 разів намагався потіснити наших захисників з позицій у районах Промені, "
            "Мирнограда та Селидового.",
            "ua",
            {"promin": "Промені", "myrnohrad": "Мирнограда", "selydove": "Селидового"},
            {
                ("advance", "promin", "ru", "asserted"),
                ("advance", "myrnohrad", "ru", "asserted"),
                ("advance", "selydove", "ru", "asserted"),
            },
        ),
        (
            "Противник пытался потеснить наши подразделения с позиций в районах Мирнограда и "
            "Селидово.",
            "ru",
            {"myrnohrad": "Мирнограда", "selydove": "Селидово"},
            {("advance", "myrnohrad", "ua", "asserted"), ("advance", "selydove", "ua", "asserted")},
        ),
        (
            "За оцінками, противник накопичив до 11 тисяч особового складу в районі Покровська.",
            "ua",
            {"pokrovsk": "Покровська"},
            {("deployment", "pokrovsk", "ru", "asserted")},
        ),
        (
            "Противник сосредоточил до двух батальонов в районе Покровска.",
            "ru",
            {"pokrovsk": "Покровска"},
            {("deployment", "pokrovsk", "ua", "asserted")},
        ),
        (
            "Бійці зупинили ДРГ противника біля Новенького на Сумщині. Двох окупантів узято в "
            "полон.",
            "ua",
            {"novenke": "Новенького", "sumy-oblast": "Сумщині"},
            {
                # the group's side is the genitive right after it, not the sentence's subject
                ("infiltration", "novenke", "ru", "asserted"),
                ("casualties", "novenke", "ua", "asserted"),
            },
        ),
        (
            "Ворог просунувся в Стариці та на північних околицях Вовчанська.",
            "ua",
            {"starytsia": "Стариці", "vovchansk": "Вовчанська"},
            {
                ("advance", "starytsia", "ru", "asserted"),
                ("advance", "vovchansk", "ru", "asserted"),
            },
        ),
    ],
)
def test_front_update_phrasings(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Противник накопил большой опыт в районе Покровска.", "Покровска"),
        ("Ворог накопичує ракети поблизу Покровська для нових ударів.", "Покровська"),
    ],
)
def test_what_a_side_stores_up_is_no_deployment(
    extractor: ClaimExtractor, text: str, surface: str
) -> None:
    found = claims(extractor, text, {"pokrovsk": surface}, "ua")
    assert not any(c[0] == "deployment" for c in found)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Минулої доби противник завдав ударів по Харкову та 14 населених пунктах області, "
            "зокрема Куп'янськ, Борова, Золочів, Чугуїв.",
            "ua",
            {("strike", name, "ru") for name in ("Kupiansk", "Borova", "Zolochiv", "Chuhuiv")},
        ),
        (
            "Ворог завдав ударів по Сумах та 7 громадах області, серед них Білопілля і Ворожба.",
            "ua",
            {("strike", "Bilopillia", "ru"), ("strike", "Vorozhba", "ru")},
        ),
    ],
)
def test_a_counts_members_after_a_comma_take_the_claim_before_the_count(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= claims_of(bundled_analyzer, text, side)


def test_members_of_a_count_need_the_count(bundled_analyzer: Analyzer) -> None:
    text = "Ворог завдав ударів по Харкову, зокрема журналісти Чугуєва про це пишуть."
    assert ("strike", "Chuhuiv", "ru") not in claims_of(bundled_analyzer, text, "ua")
