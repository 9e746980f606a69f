"""Supply lines under fire are an encirclement by the side that fires («Логистика гарнизона X —
только по полям, под нашими дронами», «переправы под постоянными ударами наших FPV», «під
постійним вогнем наших дронів»), and the side after a noun of fire is the one firing; the river
a crossing spans is not the place, the one the crossing serves is («переправы через Днепр»).
Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import claims, extractor_over

PLACES = {
    "pokrovsk": ("town", "UA"),
    "myrnohrad": ("town", "UA"),
    "kupiansk": ("town", "UA"),
    "chasiv-yar": ("town", "UA"),
    "toretsk": ("town", "UA"),
    "sushany": ("village", "RU"),
    "krynky": ("village", "UA"),
    "dnipro-river": ("water", "UA"),
    "vovchansk": ("town", "UA"),
    "vovcha-river": ("water", "UA"),
    "glushkovsky-district": ("district", "RU"),
    "seym-river": ("water", "RU"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "places", "side", "actor"),
    [
        (
            "Логистика гарнизона Покровска и Мирнограда — только по полям, под нашими дронами.",
            {"pokrovsk": "Покровска", "myrnohrad": "Мирнограда"},
            "ru",
            "ru",
        ),
        (
            "Переправы у Купянска находятся под постоянными ударами наших FPV-дронов.",
            {"kupiansk": "Купянска"},
            "ru",
            "ru",
        ),
        (
            "Снабжение гарнизона Часова Яра идёт под постоянным огнём нашей арты.",
            {"chasiv-yar": "Часова Яра"},
            "ru",
            "ru",
        ),
        (
            "Логістика ворога на Покровськ під постійним вогнем наших дронів.",
            {"pokrovsk": "Покровськ"},
            "ua",
            "ua",
        ),
        (
            "Подвоз боеприпасов в Торецк под огнём, противник держится на последних запасах.",
            {"toretsk": "Торецк"},
            "ru",
            "ru",
        ),
    ],
)
def test_supply_under_fire_is_an_encirclement(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, actor: str
) -> None:
    found = {c[:3] for c in claims(extractor, text, places, side) if c[0] == "encirclement"}
    assert found == {("encirclement", key, actor) for key in places}


def test_a_side_after_a_comma_is_no_fire_s_agent(extractor: ClaimExtractor) -> None:
    text = (
        "ДРГ пыталась зайти у Сушан. Пограничники открыли огонь, противник отошёл, понеся потери."
    )
    found = claims(extractor, text, {"sushany": "Сушан"}, "ru")
    assert "ua" not in {c[2] for c in found if c[0] == "casualties"}


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (
            "По Крынкам без изменений: противник сидит в подвалах на окраине. Переправы через "
            "Днепр у укров под постоянным огнём.",
            {"krynky": "Крынкам", "dnipro-river": "Днепр"},
            ("encirclement", "krynky"),
        ),
        (
            "Укры пишут, что отбили штурм в Волчанске. Ага, а мосты через Волчью под нашим "
            "огневым контролем.",
            {"vovchansk": "Волчанске", "vovcha-river": "Волчью"},
            ("encirclement", "vovchansk"),
        ),
        (
            "ЗСУ знищили ще один міст через Сейм у Глушковському районі.",
            {"seym-river": "Сейм", "glushkovsky-district": "Глушковському районі"},
            ("strike", "glushkovsky-district"),
        ),
    ],
)
def test_a_crossing_serves_a_place_not_its_river(
    extractor: ClaimExtractor, text: str, places: dict[str, str], expected: tuple
) -> None:
    found = {c[:2] for c in claims(extractor, text, places, "ru")}
    assert expected in found
    assert not {c for c in found if c[1] and c[1].endswith("-river")}


def test_a_river_forced_is_still_the_place_near_it(extractor: ClaimExtractor) -> None:
    found = claims(
        extractor,
        "Наши форсировали Днепр у Крынок.",
        {"dnipro-river": "Днепр", "krynky": "Крынок"},
        "ru",
    )
    assert ("advance", "krynky", "ru", "asserted") in found
