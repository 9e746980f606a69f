"""Slang: «бавовна» (cotton, for a blast) is an explosion at its place; cotton the cloth or
the crop is none. Through the real analyzer and the bundled config; every text is
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
    ],
)
def test_cotton_is_a_blast(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "Нова футболка: 100% бавовна, зроблено в Харкові.",
        "Ціна на бавовну зросла, фермери Одещини задоволені.",
    ],
)
def test_cloth_and_crops_are_no_strike(bundled_analyzer: Analyzer, text: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ua") if c[0] == "strike"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Місцеві скаржаться на «хлопки» в районі ТЕЦ у Бєлгороді.", "Belgorod"),
        ("Гучні хлопки чули жителі Курська.", "Kursk"),
    ],
)
def test_pops_quoted_in_ukrainian_are_blasts(
    bundled_analyzer: Analyzer, text: str, place: str
) -> None:
    assert ("strike", place, "ua") in claims_of(bundled_analyzer, text, "ua")


def test_applause_is_no_blast(bundled_analyzer: Analyzer) -> None:
    text = "Діти плескали в долоні, хлопки лунали по всьому залу в Сумах."
    assert not claims_of(bundled_analyzer, text, "ua")
