"""A strike told by a noun whose verb is in the future is a forecast («Удар по Москве приведёт к
гибели …», «Атака на Курск обернётся новыми жертвами»), as is a model of one («Newsweek
смоделировал ядерный удар по Москве»); the past and the present stay news. Through the real
analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    "text",
    [
        "Удар по Москве приведёт к гибели миллиона человек.",
        "Атака на Курск обернётся новыми жертвами.",
        "Журнал смоделировал ядерный удар по Москве.",
        "Аналитики змоделювали удар по Києву балістичними ракетами.",
    ],
)
def test_a_forecast_or_a_model_is_no_claim(bundled_analyzer: Analyzer, text: str) -> None:
    assert not claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Удар по Белгороду привёл к гибели трёх человек.", ("strike", "Belgorod", "ua")),
        ("Обстрел Шебекино продолжается, ранены двое.", ("strike", "Shebekino", "ua")),
        ("Удар по Харькову нанесли ночью, погибли двое.", ("strike", "Kharkiv", "ru")),
    ],
)
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
