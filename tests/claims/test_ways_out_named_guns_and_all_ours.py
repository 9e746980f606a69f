"""A way out with no side named is no withdrawal («Выход из метро закрыт», «Вихід з кризи»);
guns and launchers by their names work a place over («По Константиновке отработали
«Торнадо-С»»), sportsmen do not; «всё наше» is the very words, not «весь день … наша арта».
Through the real analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "Выход из метро Курская закрыт до 12:00.",
        "Вихід з кризи в Харкові розпочато, заявив мер.",
        "Выход нового альбома в Москве начался с концерта.",
        "Ищем выход из Белгорода на трассу, дорога перекрыта.",
    ],
)
def test_other_ways_out_are_no_withdrawal(bundled_analyzer: Analyzer, text: str) -> None:
    assert not any(c[0] == "withdrawal" for c in claims_of(bundled_analyzer, text, "ua"))


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("По Константиновке отработали «Торнадо-С».", "ru", ("strike", "Kostiantynivka", "ru")),
        ("По Авдеевке отработал «Смерч».", "ru", ("strike", "Avdiivka", "ru")),
        ("По Горлівці відпрацювали «Цезарі».", "ua", ("strike", "Horlivka", "ua")),
        (
            "По позиціях окупантів біля Бахмута відпрацювала «Богдана».",
            "ua",
            ("strike", "Bakhmut", "ua"),
        ),
    ],
)
def test_guns_by_their_names_work_a_place_over(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "Футболисты «Торнадо» отработали по плану в Курске.",
        "Хоккеисты «Грады» отработали по плану в Курске.",
        "Хокеїсти «Сокола» відпрацювали за планом у Харкові.",
    ],
)
def test_sportsmen_work_over_nothing(bundled_analyzer: Analyzer, text: str) -> None:
    assert not any(c[0] == "strike" for c in claims_of(bundled_analyzer, text, "ru"))


@pytest.mark.parametrize(
    "text",
    [
        "По Херсону весь день работала наша арта, прилёты по скоплениям ВСУ.",
        "Весь вечер по Торецку работает наша авиация.",
    ],
)
def test_the_whole_day_is_not_all_ours(bundled_analyzer: Analyzer, text: str) -> None:
    found = claims_of(bundled_analyzer, text, "ru")
    assert not any(c[0] == "capture" for c in found)
    assert any(c[0] == "strike" and c[2] == "ru" for c in found)


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("Ленинский, Викторовка — всё теперь наше.", "ru", "Viktorovka"),
        ("Андріївка, Кліщіївка — усе наше!", "ua", "Klishchiivka"),
    ],
)
def test_all_ours_still_takes_the_list(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    assert ("capture", place, side) in claims_of(bundled_analyzer, text, side)
