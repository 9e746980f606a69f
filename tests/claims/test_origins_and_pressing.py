"""Where an attack came from is not where it went, even in a list run on by «на» («прорваться
из X на Y»); bloggers' «давить» is an advance where a side is named; «вышли на рубеж X — Y»
reaches both ends; a retreat right after the attack in its sentence is from the attack's place.
Every text is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

Case = tuple[str, str, dict[str, str], set[Claim]]

PLACES = {
    "vovchansk": ("town", "UA"),
    "dyliivka": ("village", "UA"),
    "kursk-oblast": ("region", "RU"),
    "kursk": ("city", "RU"),
    "makarivka": ("village", "UA"),
    "neskuchne": ("village", "UA"),
    "staromlynivka": ("village", "UA"),
    "blahodatne": ("village", "UA"),
    "olgovka": ("village", "RU"),
    "nikolayevka": ("village", "RU"),
    "kruglenkoye": ("village", "RU"),
    "leonidovo": ("village", "RU"),
    "novohrodivka": ("town", "UA"),
    "selydove": ("town", "UA"),
}

CASES: list[Case] = [
    # a retreat after the attack told in its sentence is from the attack's place
    (
        "Хохлы пытались штурмовать наши позиции у Кругленького, три раза откатывались.",
        "ru",
        {"kruglenkoye": "Кругленького"},
        {
            ("advance", "kruglenkoye", "ua", "asserted"),
            ("withdrawal", "kruglenkoye", "ua", "asserted"),
        },
    ),
    (
        "ВСУ накатили на Кругленькое и откатились.",
        "ru",
        {"kruglenkoye": "Кругленькое"},
        {
            ("advance", "kruglenkoye", "ua", "asserted"),
            ("withdrawal", "kruglenkoye", "ua", "asserted"),
        },
    ),
    # forces brought in, named near the verb; «сюда» points back past where they came from
    (
        "Волчанск. Хохлы завели в город свежую бригаду.",
        "ru",
        {"vovchansk": "Волчанск"},
        {("deployment", "vovchansk", "ua", "asserted")},
    ),
    (
        "Наши закрепились у Дылеевки. Укры перебрасывают сюда морпехов с Курского направления.",
        "ru",
        {"dyliivka": "Дылеевки", "kursk-oblast": "Курского направления"},
        {("advance", "dyliivka", "ru", "asserted"), ("deployment", "dyliivka", "ua", "asserted")},
    ),
    ("В Курске завели дело на чиновника, ВСУ молчат.", "ru", {"kursk": "Курске"}, set()),
    # «бої за X та Y, окупанти відступають до Z»: the retreat is from the places fought for
    (
        "Тривають бої за Макарівку та Нескучне, окупанти відступають до Старомлинівки.",
        "ua",
        {"makarivka": "Макарівку", "neskuchne": "Нескучне", "staromlynivka": "Старомлинівки"},
        {
            ("advance", "makarivka", "ru", "asserted"),
            ("advance", "neskuchne", "ru", "asserted"),
            ("withdrawal", "makarivka", "ru", "asserted"),
            ("withdrawal", "neskuchne", "ru", "asserted"),
        },
    ),
    (
        "Благодатне звільнене! Сили оборони відновили контроль над селом.",
        "ua",
        {"blahodatne": "Благодатне"},
        {("capture", "blahodatne", "ua", "asserted")},
    ),
    (
        "Противник пытался прорваться из Ольговки на Кругленькое.",
        "ru",
        {"olgovka": "Ольговки", "kruglenkoye": "Кругленькое"},
        {("advance", "kruglenkoye", "ua", "asserted")},
    ),
    (
        "ВСУ атаковали из Ольговки и Николаевки в направлении Кругленького.",
        "ru",
        {"olgovka": "Ольговки", "nikolayevka": "Николаевки", "kruglenkoye": "Кругленького"},
        {("advance", "kruglenkoye", "ua", "asserted")},
    ),
    (
        "Противник атаковал Кругленькое из Ольговки.",
        "ru",
        {"olgovka": "Ольговки", "kruglenkoye": "Кругленькое"},
        {("advance", "kruglenkoye", "ua", "asserted")},
    ),
    (
        "Наши продолжают давить в районе Леонидово и Кругленького.",
        "ru",
        {"leonidovo": "Леонидово", "kruglenkoye": "Кругленького"},
        {("advance", "leonidovo", "ru", "asserted"), ("advance", "kruglenkoye", "ru", "asserted")},
    ),
    (
        "Хохлы давят на Кругленькое с трёх сторон.",
        "ru",
        {"kruglenkoye": "Кругленькое"},
        {("advance", "kruglenkoye", "ua", "asserted")},
    ),
    # no side named, or pressure of another kind
    ("В Кругленьком давят виноград на вино.", "ru", {"kruglenkoye": "Кругленьком"}, set()),
    (
        "Наши давят на жалость в эфире из Кругленького.",
        "ru",
        {"kruglenkoye": "Кругленького"},
        set(),
    ),
    (
        "Наши вышли на рубеж Новогродовка — Селидово.",
        "ru",
        {"novohrodivka": "Новогродовка", "selydove": "Селидово"},
        {("advance", "novohrodivka", "ru", "asserted"), ("advance", "selydove", "ru", "asserted")},
    ),
]


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(("text", "side", "places", "expected"), CASES)
def test_origins_and_pressing(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected
