"""Two pieces of slang: «бавовна» (cotton, for a blast) is an explosion at its place, and a
weapon or its crew that «took apart» something at a place struck it; cotton the cloth and
rubble cleared are neither. Through the real analyzer and the bundled config; every text is
written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Бавовна на аеродромі Енгельс-2!", "ua", ("strike", "Engels-2 air base", "ua")),
        ("У Курську знову бавовна, місцеві пишуть про пожежу.", "ua", ("strike", "Kursk", "ua")),
        ("В Белгороде опять бавовна, пишут местные.", "ua", ("strike", "Belgorod", "ua")),
        (
            "Наші пташки розібрали пункт управління в Тьоткіно.",
            "ua",
            ("strike", "Tyotkino", "ua"),
        ),
        ("Наша арта разобрала опорник у Работино.", "ru", ("strike", "Robotyne", "ru")),
        ("Операторы дронов разобрали колонну у Курахово.", "ru", ("strike", "Kurakhove", "ru")),
    ],
)
def test_slang_for_blasts_and_hits(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "Нова футболка: 100% бавовна, зроблено в Харкові.",
        "Рятувальники розібрали завали в Харкові.",
        "Склад в Курске разобрали за два дня, гуманитарку раздали.",
        "Волонтёры разобрали посылки в Курске.",
    ],
)
def test_cloth_and_rubble_are_no_strike(bundled_analyzer: Analyzer, text: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ua") if c[0] == "strike"}
