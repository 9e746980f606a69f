"""Neighbours a second reviewer found this round's rules taking: an oblast's axis among a
town's keeps both, a list of axes closed by the villages after it keeps its axis, «ещё один —
по X» after «Ланцеты» is a strike, people working a town over in peace, a team regaining
positions and drones made for work are no war, victims are not where the attackers came from,
and a shelling report's item keeps its own damage. Through the real analyzer and the bundled
config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Противник атаковал на Харьковском и Купянском направлениях.",
            "ua",
            ("advance", "Kupiansk", "ru"),
        ),
        (
            "Противник атаковал на направлениях — Покровском, Курахово и Угледаре.",
            "ua",
            ("advance", "Pokrovsk", "ru"),
        ),
        (
            "Ланцеты отработали по технике в Торском. Ещё один — по Степовой Новоселовке.",
            "ru",
            ("strike", "Stepova Novoselivka", "ru"),
        ),
    ],
)
def test_the_claim_stays(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_an_oblasts_axis_listed_first_stays_a_place(bundled_analyzer: Analyzer) -> None:
    mentions, _ = bundled_analyzer.analyze(
        "Больше всего атак на направлениях: Харьковском, Купянском и Лиманском.", "ua"
    )
    assert {"kharkiv-oblast", "kupiansk", "lyman"} <= {m.place_key for m in mentions}


@pytest.mark.parametrize(
    ("text", "side", "kind", "place"),
    [
        (
            "Бригада электриков отработала по Курску всю ночь, восстанавливая свет после "
            "удара БПЛА по подстанции в Рыльске.",
            "ru",
            "strike",
            "Kursk",
        ),
        (
            "Команда из Харькова восстановила позиции в турнирной таблице.",
            "ru",
            "advance",
            "Kharkiv",
        ),
        (
            "Дрони, виготовлені для роботи на Харківщині, вже передані бійцям.",
            "ua",
            "strike",
            "Kharkiv Oblast",
        ),
        (
            "Штурмовики зашли в Работино с Вербового, у противника много 200-х.",
            "ru",
            "casualties",
            "Verbove",
        ),
    ],
)
def test_no_such_claim_there(
    bundled_analyzer: Analyzer, text: str, side: str, kind: str, place: str
) -> None:
    assert not any(k == kind and p == place for k, p, _ in claims_of(bundled_analyzer, text, side))
