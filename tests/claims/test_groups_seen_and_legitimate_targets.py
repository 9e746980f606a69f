"""Enemy groups seen inside a place have got in («У Мирнограді помічені ворожі групи», «в
Покровске замечены группы противника»; not tourists), and a target called legitimate was not
hit («Кримський міст … залишаються законними цілями»). Through the real analyzer and the
bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("У Мирнограді також помічені ворожі групи.", "ua", ("infiltration", "Myrnohrad", "ru")),
        ("У Покровську фіксуються малі групи окупантів.", "ua", ("infiltration", "Pokrovsk", "ru")),
        ("В Покровске замечены группы противника.", "ru", ("infiltration", "Pokrovsk", "ua")),
        ("В Купянске замечены малые группы ВСУ.", "ru", ("infiltration", "Kupiansk", "ua")),
    ],
)
def test_enemy_groups_seen_inside(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("У Львові помітили групу туристів.", "ua"),
        ("В Курске заметили группу подростков.", "ru"),
        ("Кримський міст та інші об'єкти окупантів залишаються законними цілями.", "ua"),
        ("Зеленський: Кримський міст — легітимна ціль.", "ua"),
        ("Крымский мост остаётся законной целью для ВСУ, заявил Буданов.", "ru"),
    ],
)
def test_no_claim(bundled_analyzer: Analyzer, text: str, side: str) -> None:
    assert not claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        # groups of drones are strikes, not infiltrations
        ("Група ударних БпЛА противника фіксується на півночі Сумщини.", "ua",
         ("strike", "Sumy Oblast", "ru")),
        ("В небе над Белгородом замечена группа беспилотников ВСУ.", "ru",
         ("strike", "Belgorod", "ua")),
    ],
)  # fmt: skip
def test_groups_of_drones_stay_strikes(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert not [c for c in found if c[0] == "infiltration"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("В районе Работино наши разведчики обнаружили группу противника и навели артиллерию.",
         "ru"),
        ("СБУ виявила у Харкові групу агентів ФСБ.", "ua"),
        ("В Херсоне замечены группы украинских волонтёров.", "ru"),
        ("В Курской области обнаружены группы украинских беженцев.", "ru"),
    ],
)  # fmt: skip
def test_no_infiltration_where_seen_by_someone_or_harmless(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, side) if c[0] == "infiltration"]
