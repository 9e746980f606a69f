"""A modelled strike is no claim («Newsweek смоделировал ядерный удар по Москве»), nor an
encirclement avoided («аби уникнути оточення»); a strike whose consequences lie ahead happened
all the same («Удар по Белгороду не останется без ответа»), and a scenario followed is news.
Through the real analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "Журнал смоделировал ядерный удар по Москве.",
        "Аналитики змоделювали удар по Києву балістичними ракетами.",
    ],
)
def test_a_model_is_no_claim(bundled_analyzer: Analyzer, text: str) -> None:
    assert not claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Удар по Белгороду привёл к гибели трёх человек.", ("strike", "Belgorod", "ua")),
        ("Обстрел Шебекино продолжается, ранены двое.", ("strike", "Shebekino", "ua")),
        ("Удар по Харькову нанесли ночью, погибли двое.", ("strike", "Kharkiv", "ru")),
        ("Удар по Белгороду не останется без ответа, заявил Песков.",
         ("strike", "Belgorod", "ua")),
        ("Последствия удара по Одессе будут устранять неделю.", ("strike", "Odesa", "ru")),
        ("По сценарию, отработанному в Крыму, ВСУ атаковали Новороссийск.",
         ("strike", "Novorossiysk", "ua")),
    ],
)  # fmt: skip
def test_the_past_and_the_present_stay_news(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


def test_strikes_being_made_stay_news(bundled_analyzer: Analyzer) -> None:
    text = "Предварительно, удары наносятся по объектам энергетики в Киеве и Днепре."
    found = claims_of(bundled_analyzer, text, "ru")
    assert {("strike", "Kyiv", "ru"), ("strike", "Dnipro", "ru")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Ворог просунувся біля Богоявленки. Командування дозволило маневр з виведення "
        "підрозділів з міста, аби уникнути оточення.",
        "Противник продвинулся у Богоявленки. Командование отвело подразделения из города, "
        "чтобы избежать окружения.",
        "Чтобы избежать окружения под Курахово, командование приняло решение.",
        "Во избежание окружения Покровска нужны резервы.",
    ],
)
def test_an_encirclement_avoided_is_none(bundled_analyzer: Analyzer, text: str) -> None:
    side = "ua" if "і" in text else "ru"
    assert not [c for c in claims_of(bundled_analyzer, text, side) if c[0] == "encirclement"]


def test_a_purpose_with_aby_keeps_the_withdrawal(bundled_analyzer: Analyzer) -> None:
    text = "Аби зберегти особовий склад, ЗСУ вийшли з Вугледара."
    assert ("withdrawal", "Vuhledar", "ua") in claims_of(bundled_analyzer, text, "ua")
