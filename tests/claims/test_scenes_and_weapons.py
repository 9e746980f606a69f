"""Governors' reports of one attack: the place that opens a sentence («В Льгове …») is where
its strike and victims happened however long the sentence runs; a car a weapon hit is no
road accident; only the living die; a side's adjective before a weapon names the attacker; the
Second World War is another war. Every text is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

PLACES = {
    "lgov": ("town", "RU"),
    "belgorod": ("city", "RU"),
    "kursk": ("city", "RU"),
    "sumy": ("city", "UA"),
    "kharkiv": ("city", "UA"),
    "kyiv": ("city", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        (
            "В Льгове в результате удара FPV-дрона по автомобилю погиб мужчина.",
            "ru",
            {"lgov": "Льгове"},
            {("strike", "lgov", "ua", "asserted"), ("casualties", "lgov", "ua", "asserted")},
        ),
        (
            "В Белгороде в результате атаки беспилотника на легковой автомобиль на улице Щорса "
            "ранены двое мужчин.",
            "ru",
            {"belgorod": "Белгороде"},
            {
                ("strike", "belgorod", "ua", "asserted"),
                ("casualties", "belgorod", "ua", "asserted"),
            },
        ),
        (
            "В Льгове дрон ударил по машине у магазина, погиб водитель.",
            "ru",
            {"lgov": "Льгове"},
            {("strike", "lgov", "ua", "asserted"), ("casualties", "lgov", "ua", "asserted")},
        ),
        (
            "У Сумах внаслідок удару дрона по автомобілю на околиці міста загинув чоловік.",
            "ua",
            {"sumy": "Сумах"},
            {("strike", "sumy", "ru", "asserted"), ("casualties", "sumy", "ru", "asserted")},
        ),
        # the attacker's adjective before its weapon is no victim's
        (
            "В Харькове вечером российская баллистическая ракета попала в жилой дом, трое "
            "человек погибли.",
            "ua",
            {"kharkiv": "Харькове"},
            {
                ("strike", "kharkiv", "ru", "asserted"),
                ("casualties", "kharkiv", "ru", "asserted"),
            },
        ),
        # a Russian text on a Ukrainian channel with no Russian-only letter: its words say so
        (
            "В Харькове ракета попала в жилой дом, трое человек погибли.",
            "ua",
            {"kharkiv": "Харькове"},
            {
                ("strike", "kharkiv", "ru", "asserted"),
                ("casualties", "kharkiv", "ru", "asserted"),
            },
        ),
    ],
)
def test_the_scene_of_an_attack(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a car's crash, with no weapon
        ("В Курске от удара автомобиль вылетел в кювет.", {"kursk": "Курске"}),
        # the war of 1941–45
        (
            "Сегодня годовщина освобождения Белгорода от немецко-фашистских захватчиков.",
            {"belgorod": "Белгорода"},
        ),
        ("Харків звільнили від гітлерівських окупантів у серпні.", {"kharkiv": "Харків"}),
        # capitals: the war's name is matched in the casefolded text
        (
            "ВЕРМАХТ ОБСТРЕЛИВАЛ КУРСК ИЗ ГАУБИЦ: архивные кадры к юбилею.",
            {"kursk": "КУРСК"},
        ),
        # a scene far from what the sentence goes on to tell
        (
            "В Киеве канцлер вместе с президентом и министрами посетил мемориал на площади, "
            "музей истории города и госпиталь с ранеными бойцами.",
            {"kyiv": "Киеве"},
        ),
    ],
)
def test_no_claim(extractor: ClaimExtractor, text: str, places: dict[str, str]) -> None:
    assert claims(extractor, text, places, "ru") == set()


def test_a_tally_of_shoot_downs_by_lines() -> None:
    ex = extractor_over(
        {
            "voronezh-oblast": ("region", "RU"),
            "belgorod-oblast": ("region", "RU"),
            "bryansk-oblast": ("region", "RU"),
        }
    )
    text = (
        "Дежурными средствами ПВО уничтожены 57 украинских БПЛА:\n"
        "— 24 над Воронежской областью,\n— 19 над Белгородской,\n— 14 над Брянской."
    )
    places = {
        "voronezh-oblast": "Воронежской областью",
        "belgorod-oblast": "Белгородской",
        "bryansk-oblast": "Брянской",
    }
    assert {(c[0], c[1]) for c in claims(ex, text, places, "ru")} == {
        ("strike", "voronezh-oblast"),
        ("strike", "belgorod-oblast"),
        ("strike", "bryansk-oblast"),
    }


def test_a_countrys_territory_names_no_side() -> None:
    ex = extractor_over({"belgorod-oblast": ("region", "RU"), "kursk-oblast": ("region", "RU")})
    text = (
        "Ночью над территорией России перехвачены и уничтожены 23 украинских БПЛА:\n"
        "- 11 над Белгородской,\n- 7 над Курской."
    )
    places = {"belgorod-oblast": "Белгородской", "kursk-oblast": "Курской"}
    assert claims(ex, text, places, "ru") == {
        ("strike", "belgorod-oblast", "ua", "asserted"),
        ("strike", "kursk-oblast", "ua", "asserted"),
    }
