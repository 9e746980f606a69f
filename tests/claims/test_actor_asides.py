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
    "robotyne": ("village", "UA"),
    "krynky": ("village", "UA"),
    "bakhmut": ("town", "UA"),
    "sevastopol": ("city", "UA"),
    "kyiv": ("city", "UA"),
    "bryansk-oblast": ("region", "RU"),
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


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (
            "Освобождение Работино — главная победа ВСУ летом 2023 года.",
            {"robotyne": "Работино"},
            ("capture", "robotyne", "ua"),
        ),
        (
            "Взятие Крынок — важный пиар для ВСУ, но морпехи там несут потери.",
            {"krynky": "Крынок"},
            ("capture", "krynky", "ua"),
        ),
    ],
)
def test_a_dash_that_opens_the_predicate_is_no_aside(
    extractor: ClaimExtractor, text: str, places: dict[str, str], expected: tuple
) -> None:
    assert expected in {c[:3] for c in claims(extractor, text, places, "ru")}


def test_time_taken_is_no_place_taken(extractor: ClaimExtractor) -> None:
    text = "Освобождение Артёмовска (украинское название — Бахмут) заняло больше полугода."
    found = claims(extractor, text, {"bakhmut": "Артёмовска"}, "ru")
    assert {c[:3] for c in found} == {("capture", "bakhmut", "ru")}


@pytest.mark.parametrize(
    ("text", "places", "actor"),
    [
        (
            "Российские ПВО ночью отражали атаку на Севастополь, сообщил Развожаев.",
            {"sevastopol": "Севастополь"},
            "ua",
        ),
        ("ПВО ВСУ отражала атаку на Киев.", {"kyiv": "Киев"}, "ru"),
        (
            "Российская ПВО сбила 20 украинских беспилотников над Брянской областью.",
            {"bryansk-oblast": "Брянской областью"},
            "ua",
        ),
    ],
)
def test_the_side_of_an_air_defence_is_the_one_attacked(
    extractor: ClaimExtractor, text: str, places: dict[str, str], actor: str
) -> None:
    found = {c[:3] for c in claims(extractor, text, places, "ru") if c[0] == "strike"}
    assert found == {("strike", key, actor) for key in places}


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Наши штурмовики под вражеским огнём зашли в южную часть Бахмута.",
            {"bakhmut": "Бахмута"},
            "ru",
            ("advance", "bakhmut", "ru"),
        ),
        (
            "Сили оборони під російським артобстрілом відійшли з позицій біля Роботиного.",
            {"robotyne": "Роботиного"},
            "ua",
            ("withdrawal", "robotyne", "ua"),
        ),
    ],
)
def test_the_fire_another_act_goes_on_under_names_no_actor(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: tuple
) -> None:
    assert expected in {c[:3] for c in claims(extractor, text, places, side)}
