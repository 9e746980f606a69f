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
