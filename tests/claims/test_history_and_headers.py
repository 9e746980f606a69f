"""A story of another war goes on past its dated sentence («29 січня 1918 року під Крутами … Бій
тривав кілька годин, після чого українські сили відступили»), a date clause opens a sentence
(«81 рік тому, 6 листопада 1943-го, …»), a year of birth dates no event («женщина 1958 г.р.»);
a map correction after «Також» carries no claim over; an oblast that heads a line of its
villages («🔸 Сумщина — Білопілля, Ворожба») is the group's label. Paraphrases written for these
tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(
        {
            "kyiv": ("city", "UA"),
            "kharkiv": ("city", "UA"),
            "dnipro": ("city", "UA"),
            "belgorod": ("city", "RU"),
            "glushkovo": ("village", "RU"),
            "lysivka": ("village", "UA"),
            "vozdvyzhenka": ("village", "UA"),
            "sumy-oblast": ("region", "UA"),
            "bilopillia": ("town", "UA"),
            "vorozhba": ("town", "UA"),
            "chernihiv-oblast": ("region", "UA"),
            "semenivka": ("town", "UA"),
        }
    )


@pytest.mark.parametrize(
    ("text", "places", "side"),
    [
        (
            "22 січня 1918 року біля Києва юнкери прийняли бій. Бій тривав до вечора, після чого "
            "українські сили відступили від Києва.",
            {"kyiv": "Києва"},
            "ua",
        ),
        (
            "80 лет назад, 5 августа 1943-го, Белгород был освобождён от оккупантов.",
            {"belgorod": "Белгород"},
            "ru",
        ),
        (
            "У серпні 1943 року Червона армія підійшла до Харкова. Після тижня боїв німці "
            "залишили Харків.",
            {"kharkiv": "Харкова"},
            "ua",
        ),
        # the war's own sides by name
        (
            "Летом 1943 года здесь шла великая битва. К Белгороду немцы так и не прорвались.",
            {"belgorod": "Белгороду"},
            "ru",
        ),
    ],
)
def test_a_story_of_another_war(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str
) -> None:
    assert claims(extractor, text, places, side) == set()


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        # the present breaks the story
        (
            "У 1943 році Харків звільнили. Сьогодні ворог знову обстріляв Харків.",
            {"kharkiv": "Харків"},
            "ua",
            {("strike", "kharkiv", "ru", "asserted")},
        ),
        # today's news after a line of history, with no word of the present: it opens with a
        # side, not with the story's battle
        (
            "В 1943 году здесь шли бои. ВСУ обстреляли Белгород, повреждён жилой дом.",
            {"belgorod": "Белгород"},
            "ru",
            {("strike", "belgorod", "ua", "asserted")},
        ),
        (
            "У 1943 році тут точилися бої. Росіяни обстріляли Харків.",
            {"kharkiv": "Харків"},
            "ua",
            {("strike", "kharkiv", "ru", "asserted")},
        ),
        # a later year in the paragraph is this war's
        (
            "У 2014 році окупанти вперше підійшли до Харкова. Згодом вони обстріляли Харків.",
            {"kharkiv": "Харків"},
            "ua",
            {("strike", "kharkiv", "ru", "asserted")},
        ),
        # a year of birth
        (
            "В Глушково после обстрела погибла женщина 1958 г.р.",
            {"glushkovo": "Глушково"},
            "ru",
            {
                ("strike", "glushkovo", "ua", "asserted"),
                ("casualties", "glushkovo", "ua", "asserted"),
            },
        ),
    ],
)
def test_this_war(
    extractor: ClaimExtractor,
    text: str,
    places: dict[str, str],
    side: str,
    expected: set[Claim],
) -> None:
    assert claims(extractor, text, places, side) == expected


def test_a_map_correction_carries_no_claim(extractor: ClaimExtractor) -> None:
    text = "Ворог просунувся поблизу Лисівки. Також уточнено лінію фронту біля Воздвиженки."
    places = {"lysivka": "Лисівки", "vozdvyzhenka": "Воздвиженки"}
    assert claims(extractor, text, places, "ua") == {("advance", "lysivka", "ru", "asserted")}


def test_an_oblast_heads_its_villages(extractor: ClaimExtractor) -> None:
    text = (
        "Населені пункти, що зазнали обстрілів за минулу добу:\n\n"
        "🔸 Чернігівщина — Семенівка;\n🔸 Сумщина — Білопілля, Ворожба."
    )
    places = {
        "chernihiv-oblast": "Чернігівщина",
        "semenivka": "Семенівка",
        "sumy-oblast": "Сумщина",
        "bilopillia": "Білопілля",
        "vorozhba": "Ворожба",
    }
    assert claims(extractor, text, places, "ua") == {
        ("strike", key, "ru", "asserted") for key in ("semenivka", "bilopillia", "vorozhba")
    }


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Десятки сирийских военных погибли при отражении атаки боевиков под Алеппо.", "ru"),
        ("Минобороны Сирии: террористы понесли большие потери в технике и живой силе.", "ru"),
        ("ЦАХАЛ нанёс ракетный удар по сектору Газа, погибли 20 человек.", "ru"),
        ("Ізраїль завдав удару по півдню Лівану, загинули троє.", "ua"),
    ],
)
def test_another_war_of_today(extractor: ClaimExtractor, text: str, side: str) -> None:
    assert claims(extractor, text, {}, side) == set()


def test_another_wars_word_beside_a_place_of_this_one(extractor: ClaimExtractor) -> None:
    text = "Сирийские наёмники, по данным разведки, обстреляли Харьков."
    found = claims(extractor, text, {"kharkiv": "Харьков"}, "ru")
    assert {(c[0], c[1]) for c in found} == {("strike", "kharkiv")}
