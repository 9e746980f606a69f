"""Reports whose places are bullets under a line that tells the attack («Массированный удар по
энергетике.\n\n📍 Киев — прилёты по ТЭЦ\n📍 Житомир, Ровно — подстанции»): each bullet's
places were struck; a capital that labels a bullet, or that the matcher read as a place («на
окраине Киева»), names no side; a verb in the first person is the author's side's act; a hope
is no claim. Every text is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

PLACES = {
    "kyiv": ("city", "UA"),
    "zhytomyr": ("city", "UA"),
    "rivne": ("city", "UA"),
    "poltava": ("city", "UA"),
    "kharkiv": ("city", "UA"),
    "sumy": ("city", "UA"),
    "konotop": ("town", "UA"),
    "kherson": ("city", "UA"),
    "chasiv-yar": ("town", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        (
            "Массированный удар этой ночью по объектам энергетики.\n\n"
            "📍 Киев — прилёты по ТЭЦ, пол-города без света\n"
            "📍 Житомир, Ровно — подстанции\n📍 Полтава — газодобыча\n\nЗима будет долгой.",
            "ru",
            {"kyiv": "Киев", "zhytomyr": "Житомир", "rivne": "Ровно", "poltava": "Полтава"},
            {
                ("strike", "kyiv", "ru", "asserted"),
                ("strike", "zhytomyr", "ru", "asserted"),
                ("strike", "rivne", "ru", "asserted"),
                ("strike", "poltava", "ru", "asserted"),
            },
        ),
        (
            "Ворог завдав удару по енергетиці.\n— Харків: пошкоджено підстанцію;\n"
            "— Суми, Конотоп — знеструмлення.",
            "ua",
            {"kharkiv": "Харків", "sumy": "Суми", "konotop": "Конотоп"},
            {
                ("strike", "kharkiv", "ru", "asserted"),
                ("strike", "sumy", "ru", "asserted"),
                ("strike", "konotop", "ru", "asserted"),
            },
        ),
        # a capital the matcher read as the place is no side
        (
            "На окраине Киева после ночного удара горит склад.",
            "ru",
            {"kyiv": "Киева"},
            {("strike", "kyiv", "ru", "asserted")},
        ),
        # a verb in the first person: the author's side withdraws
        (
            "Ну вот и жест доброй воли. Из-под Киева уходим, всё оставляем.",
            "ru",
            {"kyiv": "Киева"},
            {("withdrawal", "kyiv", "ru", "asserted")},
        ),
        # a town in pincers, its side named in the post
        (
            "**Часов Яр в клещах**\n\nНаши заходят с севера и с юга.",
            "ru",
            {"chasiv-yar": "Часов Яр"},
            {("encirclement", "chasiv-yar", "ru", "asserted")},
        ),
    ],
)
def test_bulleted_reports_and_sides(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "США продолжат передавать в Киев разведданные в надежде улучшить положение ВСУ.",
            {"kyiv": "Киев"},
        ),
        ("Надеемся, что наши скоро возьмут Часов Яр.", {"chasiv-yar": "Часов Яр"}),
        # a bullet list after a line that tells no attack
        ("Погода на выходные.\n📍 Харьков — дождь\n📍 Полтава — снег", {"kharkiv": "Харьков"}),
    ],
)
def test_no_claim(extractor: ClaimExtractor, text: str, places: dict[str, str]) -> None:
    assert claims(extractor, text, places, "ru") == set()
