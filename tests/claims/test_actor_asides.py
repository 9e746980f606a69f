"""Who acts, where a side is named in an aside on the place («освобождение X (украинское
название — Y)», «X — одного из укрепрайонов ВСУ»: no actor) or as the attribute of the fire
itself («під ворожим вогнем опинилися …»: the enemy fires). Paraphrases written for these
tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import claims, extractor_over

PLACES = {
    "chasiv-yar": ("town", "UA"),
    "toretsk": ("town", "UA"),
    "vovchansk": ("town", "UA"),
    "lyptsi": ("village", "UA"),
    "kherson": ("city", "UA"),
    "bilozerka": ("town", "UA"),
    "belgorod": ("city", "RU"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Минобороны России объявило об освобождении Часова Яра — одного из главных "
            "опорных пунктов ВСУ в Донбассе.",
            {"chasiv-yar": "Часова Яра"},
            "ru",
            ("capture", "chasiv-yar", "ru"),
        ),
        (
            "Группировка «Центр» завершила освобождение Дзержинска (украинское название — Торецк).",
            {"toretsk": "Дзержинска"},
            "ru",
            ("capture", "toretsk", "ru"),
        ),
        (
            "Росіяни заявили про захоплення Часового Яру (за даними ЗСУ, бої тривають).",
            {"chasiv-yar": "Часового Яру"},
            "ua",
            ("capture", "chasiv-yar", "ru"),
        ),
    ],
)
def test_a_side_in_an_aside_on_the_place_is_no_actor(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: tuple
) -> None:
    assert expected in {c[:3] for c in claims(extractor, text, places, side)}


@pytest.mark.parametrize(
    ("text", "places", "side", "actor"),
    [
        (
            "За минулу добу під ворожим вогнем опинилися понад 20 населених пунктів, зокрема "
            "Вовчанськ і Липці.",
            {"vovchansk": "Вовчанськ", "lyptsi": "Липці"},
            "ua",
            "ru",
        ),
        (
            "Під російським обстрілом опинилися Херсон та Білозерка.",
            {"kherson": "Херсон", "bilozerka": "Білозерка"},
            "ua",
            "ru",
        ),
        (
            "Под украинским обстрелом снова оказался Белгород.",
            {"belgorod": "Белгород"},
            "ru",
            "ua",
        ),
    ],
)
def test_the_side_whose_fire_it_was_fires(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, actor: str
) -> None:
    found = {c[:3] for c in claims(extractor, text, places, side) if c[0] == "strike"}
    assert found == {("strike", key, actor) for key in places}
