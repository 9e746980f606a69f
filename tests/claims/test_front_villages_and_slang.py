"""Bloggers' phrasings a blind sample showed missing: the killed and wounded at a village of
the front are the war's with no war word in the post; a side that went off toward
another place left the place a sentence before took; «Горналь наш, Гуево наш» (each «наш» at
its clause's end); climbing over a border or crossing a river at a place is an advance; a side
that fell back toward a place does not advance on it; places where troops are concentrated are
a build-up; what a channel «can confirm» it asserts; DeepState's «активні ділянки біля X».
Property named at the end of one sentence does not make the next one's dead property. Every text
is a paraphrase written for the test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from monitor.claims.extractor import ClaimExtractor
from monitor.config import load_settings
from tests.claims.extracting import Claim, claims

# key → (kind, country, on the front)
PLACES = {
    "kurakhove": ("town", "UA", True),
    "sochi": ("city", "RU", False),
    "stepnohirsk": ("village", "UA", True),
    "prymorske": ("village", "UA", True),
    "gornal": ("village", "RU", True),
    "guevo": ("village", "RU", True),
    "demidovka": ("village", "RU", True),
    "glushkovo": ("village", "RU", True),
    "kremyanoye": ("village", "RU", True),
    "oleshnya": ("village", "RU", True),
    "huliaipole": ("town", "UA", True),
    "orikhiv": ("town", "UA", True),
    "zvanivka": ("village", "UA", True),
    "synkivka": ("village", "UA", True),
    "ternopil": ("city", "UA", False),
    "selydove": ("town", "UA", True),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    def info(key: str) -> SimpleNamespace:
        kind, country, _ = PLACES[key]
        return SimpleNamespace(kind=kind, country=country, name_en="")

    return ClaimExtractor(load_settings().claims, info, lambda key: PLACES[key][2])


Case = tuple[str, str, dict[str, str], set[Claim]]

CASES: list[Case] = [
    (
        "Под Курахово вчера погибли двое.",
        "ru",
        {"kurakhove": "Курахово"},
        {("casualties", "kurakhove", "ru", "asserted")},
    ),
    ("В Сочи вчера погибли двое.", "ru", {"sochi": "Сочи"}, set()),
    (
        "Опять прилёт по Курахово. Много 200-х.",
        "ru",
        {"kurakhove": "Курахово"},
        {("strike", "kurakhove", "ru", "asserted"), ("casualties", "kurakhove", "ru", "asserted")},
    ),
    (
        "Степногорск наш. Последние укры ушли к Приморскому ночью.",
        "ru",
        {"stepnohirsk": "Степногорск", "prymorske": "Приморскому"},
        {
            ("capture", "stepnohirsk", "ru", "asserted"),
            ("withdrawal", "stepnohirsk", "ua", "asserted"),
        },
    ),
    (
        "Тёткино на месте, Горналь наш, Гуево наш.",
        "ru",
        {"gornal": "Горналь", "guevo": "Гуево"},
        {("capture", "gornal", "ru", "asserted"), ("capture", "guevo", "ru", "asserted")},
    ),
    (
        "Ночью ВСУ снова полезли через границу у Демидовки.",
        "ru",
        {"demidovka": "Демидовки"},
        {("advance", "demidovka", "ua", "asserted")},
    ),
    (
        "Укры пытались переправиться через Сейм у Глушково.",
        "ru",
        {"glushkovo": "Глушково"},
        {("advance", "glushkovo", "ua", "asserted")},
    ),
    (
        "Штурмовики выбили ВСУ из Кремяного, противник откатился в сторону Олешни.",
        "ru",
        {"kremyanoye": "Кремяного", "oleshnya": "Олешни"},
        {
            ("capture", "kremyanoye", "ru", "asserted"),
            ("withdrawal", "kremyanoye", "ua", "asserted"),
        },
    ),
    (
        "Можемо підтвердити просування ворога поблизу Званівки.",
        "ua",
        {"zvanivka": "Званівки"},
        {("advance", "zvanivka", "ru", "asserted")},
    ),
    ("Ворог може просунутися до Званівки.", "ua", {"zvanivka": "Званівки"}, set()),
    (
        "Купʼянський напрямок: активні ділянки біля Синьківки.",
        "ua",
        {"synkivka": "Синьківки"},
        {("advance", "synkivka", "ru", "asserted")},
    ),
    (
        "Після удару по Тернополю зруйновано два будинки. Загинули 5 людей.",
        "ua",
        {"ternopil": "Тернополю"},
        {("strike", "ternopil", "ru", "asserted"), ("casualties", "ternopil", "ru", "asserted")},
    ),
    # a part of the place just named points back to it
    (
        "Селидово. Противник закрепился на северной окраине.",
        "ru",
        {"selydove": "Селидово"},
        {("advance", "selydove", "ua", "asserted")},
    ),
    # the marker before a build-up noun does not make its owner the victim
    (
        "Авиация ВКС нанесла удары по местам сосредоточения ВСУ в районе Гуляйполя.",
        "ru",
        {"huliaipole": "Гуляйполя"},
        {
            ("strike", "huliaipole", "ru", "asserted"),
            ("deployment", "huliaipole", "ua", "asserted"),
        },
    ),
    (
        "Поражены места сосредоточения ВСУ в районах Гуляйполя и Орехова.",
        "ru",
        {"huliaipole": "Гуляйполя", "orikhiv": "Орехова"},
        {
            ("strike", "huliaipole", "ru", "asserted"),
            ("strike", "orikhiv", "ru", "asserted"),
            ("deployment", "huliaipole", "ua", "asserted"),
            ("deployment", "orikhiv", "ua", "asserted"),
        },
    ),
]


@pytest.mark.parametrize(("text", "side", "places", "expected"), CASES)
def test_front_villages_and_slang(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected
