"""The sector a report is about is no part taken («На Гуляйпольском участке … взяты X и Y»:
X and Y are taken whole), and a side retreating toward a place, told a few words before it, is
no advance on it («уходил мелкими группами по балкам на север, в сторону X»); a buffer zone
widened is ground gained, and a time phrase before the side owns nothing of it («за неделю
наши подразделения …»). Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import claims, extractor_over

PLACES = {
    "uspenivka": ("village", "UA"),
    "poltavka": ("village", "UA"),
    "huliaipole": ("town", "UA"),
    "robotyne": ("village", "UA"),
    "novooleksandrivka": ("village", "UA"),
    "bohoiavlenka": ("village", "UA"),
    "vuhledar": ("town", "UA"),
    "sumy-oblast": ("region", "UA"),
    "tyotkino": ("village", "RU"),
    "varachyne": ("village", "UA"),
    "torske": ("village", "UA"),
    "toretsk": ("town", "UA"),
    "pokrovsk": ("town", "UA"),
    "velyka-novosilka": ("town", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (
            "На Гуляйпольском участке наши продолжают накатывать: взяты Успеновка и Полтавка, "
            "передовые группы на окраинах Гуляйполя.",
            {"uspenivka": "Успеновка", "poltavka": "Полтавка", "huliaipole": "Гуляйполя"},
            {("capture", "uspenivka"), ("capture", "poltavka")},
        ),
        (
            "На Покровском участке фронта ВС РФ освободили Новоалександровку.",
            {"novooleksandrivka": "Новоалександровку"},
            {("capture", "novooleksandrivka")},
        ),
        (
            "Наши заняли участок лесополосы у Работино.",
            {"robotyne": "Работино"},
            {("advance", "robotyne")},
        ),
    ],
)
def test_a_sector_is_no_part(
    extractor: ClaimExtractor, text: str, places: dict[str, str], expected: set
) -> None:
    assert {c[:2] for c in claims(extractor, text, places, "ru")} == expected


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Гарнизон ВСУ последние двое суток уходил мелкими группами по балкам на север, в "
            "сторону Богоявленки.",
            "ru",
        ),
        ("Противник отступал ночью небольшими группами через поля, в сторону Богоявленки.", "ru"),
    ],
)
def test_a_retreat_toward_a_place_is_no_advance_on_it(
    extractor: ClaimExtractor, text: str, side: str
) -> None:
    found = claims(extractor, text, {"bohoiavlenka": "Богоявленки"}, side)
    assert not {c for c in found if c[0] == "advance"}


def test_an_advance_toward_a_place_still_is_one(extractor: ClaimExtractor) -> None:
    text = "Наши штурмовики продвигаются от Угледара в сторону Богоявленки."
    found = claims(extractor, text, {"vuhledar": "Угледара", "bohoiavlenka": "Богоявленки"}, "ru")
    assert ("advance", "bohoiavlenka", "ru", "asserted") in found


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "На Сумском направлении ВС РФ продолжают расширять буферную зону.",
            {"sumy-oblast": "Сумском направлении"},
            "ru",
            ("advance", "sumy-oblast", "ru"),
        ),
        (
            "Наши штурмовики расширили зону безопасности у Тёткино.",
            {"tyotkino": "Тёткино"},
            "ru",
            ("advance", "tyotkino", "ru"),
        ),
        (
            "Окупанти намагаються розширити буферну зону на Сумщині.",
            {"sumy-oblast": "Сумщині"},
            "ua",
            ("advance", "sumy-oblast", "ru"),
        ),
    ],
)
def test_a_buffer_zone_widened_is_ground_gained(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: tuple
) -> None:
    assert expected in {c[:3] for c in claims(extractor, text, places, side)}


@pytest.mark.parametrize(
    "text",
    [
        "За неделю наши подразделения заняли Кондратовку и улучшили положение у Варачина.",
        "Через сутки наши бойцы улучшили тактическое положение у Торского.",
    ],
)
def test_a_time_phrase_before_the_side_owns_nothing(extractor: ClaimExtractor, text: str) -> None:
    places = {"varachyne": "Варачина", "torske": "Торского"}
    found = {c[:3] for c in claims(extractor, text, places, "ru") if c[0] == "advance"}
    assert found and all(actor == "ru" for _, _, actor in found)


def test_streets_taken_are_a_part(extractor: ClaimExtractor) -> None:
    text = "На этом участке взяты под контроль две улицы Торецка."
    assert {c[:2] for c in claims(extractor, text, {"toretsk": "Торецка"}, "ru")} == {
        ("advance", "toretsk")
    }


def test_another_side_s_retreat_before_vetoes_no_advance(extractor: ClaimExtractor) -> None:
    text = "После отступления ВСУ из Угледара наши штурмовики пошли в сторону Богоявленки."
    found = claims(extractor, text, {"vuhledar": "Угледара", "bohoiavlenka": "Богоявленки"}, "ru")
    assert ("advance", "bohoiavlenka", "ru", "asserted") in found


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Ворог просувається в бік Покровська, тиск посилюється.",
            {"pokrovsk": "Покровська"},
            "ua",
            ("advance", "pokrovsk", "ru"),
        ),
        (
            "Мотострелки продвинулись на 2 км в глубину обороны противника в районе Великой "
            "Новоселки.",
            {"velyka-novosilka": "Великой Новоселки"},
            "ru",
            ("advance", "velyka-novosilka", "ru"),
        ),
        (
            "Ворог просунувся на 1,5 км у глибину оборони поблизу Торецька.",
            {"toretsk": "Торецька"},
            "ua",
            ("advance", "toretsk", "ru"),
        ),
    ],
)
def test_an_advance_toward_or_into_the_defence_near_a_place(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: tuple
) -> None:
    assert expected in {c[:3] for c in claims(extractor, text, places, side)}
