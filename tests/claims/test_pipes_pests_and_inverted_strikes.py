"""A gas pipeline damaged is no way in (the pipeline's infiltration needs no damage words near),
animals that «захватили» a flat take no town, «по X били» is a strike with the place first, and
so is an «артобстрел». Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(
        {
            "belgorod": ("city", "RU"),
            "tyotkino": ("village", "RU"),
            "sudzha": ("town", "RU"),
            "kupiansk": ("city", "UA"),
            "kharkiv": ("city", "UA"),
            "novosibirsk": ("city", "RU"),
            "okha": ("town", "RU"),
            "sumy": ("city", "UA"),
        }
    )


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "В Тёткино после обстрела повреждены три дома и газопровод.",
            {"tyotkino": "Тёткино"},
            "ru",
            {("strike", "tyotkino", "ua", "asserted")},
        ),
        (
            "У Сумах після удару пошкоджено газопровід, без газопостачання 200 абонентів.",
            {"sumy": "Сумах"},
            "ua",
            {("strike", "sumy", "ru", "asserted")},
        ),
        # the way in stays one
        (
            "Наши штурмовики зашли в Суджу по трубе газопровода.",
            {"sudzha": "Суджу"},
            "ru",
            {("infiltration", "sudzha", "ru", "asserted")},
        ),
        (
            "Хомяки захватили квартиру в Новосибирске, хозяева в шоке.",
            {"novosibirsk": "Новосибирске"},
            "ru",
            set(),
        ),
        # drones grounded by the weather
        (
            "Белгород накрыл густой туман, дроны противника не летают.",
            {"belgorod": "Белгород"},
            "ru",
            set(),
        ),
        (
            "Над Сумами туман, ворожі дрони не літають.",
            {"sumy": "Сумами"},
            "ua",
            set(),
        ),
        # the drones grounded, the guns not
        (
            "Из-за тумана дроны не летали, но артиллерия била по Белгороду весь день.",
            {"belgorod": "Белгороду"},
            "ru",
            {("strike", "belgorod", "ua", "asserted")},
        ),
        # a crowd storms a till
        (
            "В Белгороде открылся кинотеатр: аншлаг, народ брал кассу штурмом.",
            {"belgorod": "Белгороде"},
            "ru",
            set(),
        ),
        (
            "Медведь, захвативший центр Охи, ушёл в лес.",
            {"okha": "Охи"},
            "ru",
            set(),
        ),
        (
            "Ночью по Харькову били «Искандерами».",
            {"kharkiv": "Харькову"},
            "ru",
            {("strike", "kharkiv", "ru", "asserted")},
        ),
        (
            "ВСУ продолжают артобстрел окраин Белгорода.",
            {"belgorod": "Белгорода"},
            "ru",
            {("strike", "belgorod", "ua", "asserted")},
        ),
        (
            "Ворог веде артобстріл околиць Сум.",
            {"sumy": "Сум"},
            "ua",
            {("strike", "sumy", "ru", "asserted")},
        ),
        (
            "Вночі по Харкову знову били дронами.",
            {"kharkiv": "Харкову"},
            "ua",
            {("strike", "kharkiv", "ru", "asserted")},
        ),
    ],
)
def test_pipes_pests_and_inverted_strikes(
    extractor: ClaimExtractor,
    text: str,
    places: dict[str, str],
    side: str,
    expected: set[Claim],
) -> None:
    assert claims(extractor, text, places, side) == expected
