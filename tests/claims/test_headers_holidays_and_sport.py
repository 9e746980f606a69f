"""Words that look like claims and are none: a side's name heading a list of its strikes
(«Наши:\n— «Кинжалы» по …»), a holiday's name («День освобождения Донбасса»), a match
(«прорвали оборону соперника»); and a side named before a sentence end is no source of the
next sentence («…поход» ВФУ. Тогда многие писали…»). Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import claims, extractor_over

PLACES = {
    "starokostiantyniv-air-base": ("facility", "UA"),
    "kyiv": ("city", "UA"),
    "lviv": ("city", "UA"),
    "engels": ("town", "RU"),
    "robotyne": ("village", "UA"),
    "verbove": ("village", "UA"),
    "donbas": ("region", "UA"),
    "donetsk": ("city", "UA"),
    "rostov-on-don": ("city", "RU"),
    "moscow": ("city", "RU"),
    "sudzha": ("town", "RU"),
    "kurakhove": ("town", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


def test_a_side_heading_a_list_of_strikes_takes_no_place(extractor: ClaimExtractor) -> None:
    text = (
        "**Ночь ударов**\n\nНаши:\n— «Кинжалы» по аэродрому Староконстантинов;\n"
        "— «Герани» по Киеву и ракеты по Львову.\n\nУкры:\n— дроны по Энгельсу."
    )
    places = {
        "starokostiantyniv-air-base": "аэродрому Староконстантинов",
        "kyiv": "Киеву",
        "lviv": "Львову",
        "engels": "Энгельсу",
    }
    found = claims(extractor, text, places, "ru")
    assert not {c for c in found if c[0] == "capture"}
    assert ("strike", "kyiv", "ru", "asserted") in found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Работино полностью наше.", {"robotyne": "Работино"}),
        ("Работино — наше, Вербовое на очереди.", {"robotyne": "Работино"}),
    ],
)
def test_a_place_called_ours_is_still_taken(
    extractor: ClaimExtractor, text: str, places: dict[str, str]
) -> None:
    assert ("capture", "robotyne", "ru", "asserted") in claims(extractor, text, places, "ru")


@pytest.mark.parametrize(
    ("text", "places", "side"),
    [
        ("8 сентября отмечается День освобождения Донбасса.", {"donbas": "Донбасса"}, "ru"),
        (
            "В Донецке возложили цветы: сегодня День освобождения Донбасса от фашистов.",
            {"donetsk": "Донецке", "donbas": "Донбасса"},
            "ru",
        ),
        ("У Донецьку відзначили День визволення Донбасу.", {"donbas": "Донбасу"}, "ua"),
    ],
)
def test_a_holiday_of_liberation_is_no_taking(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str
) -> None:
    assert claims(extractor, text, places, side) == set()


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Наши ребята из батальона связи выиграли армейский турнир по мини-футболу в "
            "Ростове-на-Дону! Атаковали с флангов, прорвали оборону соперника и разгромили "
            "десантников 5:2.",
            {"rostov-on-don": "Ростове-на-Дону"},
        ),
        (
            "Хоккеисты прорвали оборону соперника в Москве и вышли в финал чемпионата.",
            {"moscow": "Москве"},
        ),
    ],
)
def test_a_match_is_no_advance(
    extractor: ClaimExtractor, text: str, places: dict[str, str]
) -> None:
    assert claims(extractor, text, places, "ru") == set()


def test_an_advance_through_a_defence_is_still_one(extractor: ClaimExtractor) -> None:
    found = claims(extractor, "Наши прорвали оборону у Работино.", {"robotyne": "Работино"}, "ru")
    assert ("advance", "robotyne", "ru", "asserted") in found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Ровно год назад начался «курский поход» ВФУ. Тогда многие писали, что «это "
            "конец». А в марте мы выбили их из Суджи за несколько дней.",
            {"sudzha": "Суджи"},
        ),
        (
            "В 2023-м Курахово обороняли ВСУ. Писали, что город неприступен. Теперь наши "
            "полностью освободили Курахово.",
            {"kurakhove": "Курахово"},
        ),
    ],
)
def test_a_side_before_a_sentence_end_is_no_source_of_the_next(
    extractor: ClaimExtractor, text: str, places: dict[str, str]
) -> None:
    found = claims(extractor, text, places, "ru")
    assert {c[0] for c in found} == {"capture"}
    assert {c[2:] for c in found} == {("ru", "asserted")}
