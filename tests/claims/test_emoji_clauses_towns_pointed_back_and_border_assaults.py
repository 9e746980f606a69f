"""An emoji closes a clause as a full stop would («Кліщіївка теж наша 🔥🔥 після того як …»);
a town named again as the next line's subject is the town of the line before («Ситуація в
Гуляйполі складна.\\nМісто під постійними ударами КАБів»); an attack's aftermath on a city is
the city's («Внаслідок атаки на Запоріжжя поранено 2 людей»), an incursion's still the oblast's;
battalions with tanks breaking through the border assault it, a sabotage group slips in.
Through the real analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Кліщіївка теж наша 🔥🔥 після того як взяли Андріївку, кацапи посипались.",
            "ua",
            ("capture", "Klishchiivka", "ua"),
        ),
        ("Курахово наше ✅ Подробности позже.", "ru", ("capture", "Kurakhove", "ru")),
    ],
)
def test_an_emoji_closes_the_clause(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_a_home_city_ours_before_an_emoji_is_no_news(bundled_analyzer: Analyzer) -> None:
    text = "Белгород наш 💪 и всегда будет нашим."
    assert not any(c[0] == "capture" for c in claims_of(bundled_analyzer, text, "ru"))


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Ситуація в Гуляйполі дуже складна. Противник зайшов у місто з північного сходу.\n"
            "Місто під постійними ударами КАБів та FPV, зруйновано водогін.",
            "ua",
            ("strike", "Huliaipole", "ru"),
        ),
        (
            "Сводка за день.\nОбстановка в Шебекино тяжёлая.\nГород под обстрелами с утра.",
            "ru",
            ("strike", "Shebekino", "ua"),
        ),
    ],
)
def test_the_town_named_again_on_the_next_line(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_a_town_named_again_after_a_blank_line_is_not_reached(bundled_analyzer: Analyzer) -> None:
    text = "Сводка за день.\nОбстановка в Шебекино тяжёлая.\n\nГород под обстрелами с утра."
    assert ("strike", "Shebekino", "ua") not in claims_of(bundled_analyzer, text, "ru")


def test_peaceful_towns_named_again_have_no_claim(bundled_analyzer: Analyzer) -> None:
    text = "В Белгороде открыли новый парк.\nГород готовится к празднику."
    assert claims_of(bundled_analyzer, text, "ru") == set()


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        (
            "Ворог завдав 438 ударів по 12 населених пунктах Запорізької області. Внаслідок атаки "
            "на Запоріжжя поранено 2 людей.",
            "ua",
            "Zaporizhzhia",
        ),
        ("В результате атаки на Николаев ранены три человека.", "ru", "Mykolaiv"),
    ],
)
def test_an_attacks_aftermath_is_the_citys(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    places = {p for kind, p, _ in claims_of(bundled_analyzer, text, side) if kind == "casualties"}
    assert place in places
    assert f"{place} Oblast" not in places


def test_the_incursion_is_still_the_oblast(bundled_analyzer: Analyzer) -> None:
    text = "Атака на Курск 6 августа застала всех врасплох, ВСУ зашли в Суджу."
    found = claims_of(bundled_analyzer, text, "ru")
    assert any(place == "Kursk Oblast" for _, place, _ in found)


def test_battalions_breaking_through_the_border_assault_it(bundled_analyzer: Analyzer) -> None:
    text = (
        "С рассвета противник силами до двух батальонов с танками пытается прорваться через "
        "границу в районе Козинки и у Тёткино."
    )
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("advance", "Kozinka", "ua") in found and ("advance", "Tyotkino", "ua") in found
    assert not any(c[0] == "infiltration" for c in found)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("ДРГ пыталась прорваться через границу у Волфино.", "Volfino"),
        ("Группа диверсантов пыталась прорваться через госграницу у Тёткино.", "Tyotkino"),
    ],
)
def test_a_sabotage_group_slips_in(bundled_analyzer: Analyzer, text: str, place: str) -> None:
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("infiltration", place, "ua") in found
    assert not any(c[0] == "advance" for c in found)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Наши сжигали технику ВСУ у Курахово.", "ru", ("strike", "Kurakhove", "ru")),
        (
            "Наші дрони спалюють техніку окупантів біля Кліщіївки.",
            "ua",
            ("strike", "Klishchiivka", "ua"),
        ),
    ],
)
def test_burning_equipment_is_a_strike(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)
