"""A trigger word that opens a short quoted name inside a sentence names a film or an operation,
not an act («Премьера драмы «Наступление» прошла в Москве»), while quoted speech and scare quotes
still tell one («Освобождён Покровск», — сообщили …; «ДРГ уничтожены»); losses of money are no
casualties («регионы фиксируют потери по налогу на прибыль»). Through the real
analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "🎬 Премьера военной драмы «Наступление» прошла в Москве.",
        "В Белгороде показали спектакль «Оборона Севастополя».",
        "У Харкові презентували книгу «Наступ» про війну.",
        "Регионы, включая Тюменскую область, уже фиксируют потери по налогу на прибыль.",
        "Белгородская область потеряла часть доходов бюджета из-за снижения выручки.",
    ],
)
def test_names_and_money_tell_no_claim(bundled_analyzer: Analyzer, text: str) -> None:
    assert claims_of(bundled_analyzer, text, "ru") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«Освобождён Покровск», — сообщили в Минобороны.", ("capture", "Pokrovsk", "ru")),
        ("В Минобороны заявили: «Взяли Торецк».", ("capture", "Toretsk", "ru")),
        (
            "ВСУ ударили по Белгороду, ущерб оценивается в 10 млн рублей.",
            ("strike", "Belgorod", "ua"),
        ),
    ],
)
def test_quoted_speech_and_damage_in_money_still_tell(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")
