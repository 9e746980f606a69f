"""A count of places in one sentence, the places named in the next: «…ще 11 населених пунктів.
Серед них — X, Y», «Зокрема, X, Y», «Среди них — X»: the claim of the count carries over to
each of them. Through the real analyzer and the bundled config; every text is written for the
test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Розширено зону обов'язкової евакуації: ще 11 населених пунктів Краснопільської "
            "громади. Серед них — Мезенівка, Осоївка та Велика Рибиця.",
            "ua",
            [("evacuation", "Osoivka", "ua"), ("evacuation", "Velyka Rybytsia", "ua")],
        ),
        (
            "Ворог обстріляв 12 населених пунктів Харківщини. Зокрема, Вовчанськ, Липці та "
            "Золочів.",
            "ua",
            [("strike", "Lyptsi", "ru"), ("strike", "Zolochiv", "ru")],
        ),
        (
            "Обстрелам подверглись шесть сёл Белгородской области. Среди них — Муром и Середа.",
            "ru",
            [("strike", "Murom", "ua"), ("strike", "Sereda", "ua")],
        ),
        (
            "ВСУ атаковали беспилотниками девять населённых пунктов Курской области. В том "
            "числе Рыльск и Льгов.",
            "ru",
            [("strike", "Rylsk", "ua"), ("strike", "Lgov", "ua")],
        ),
    ],
)
def test_the_places_a_count_stood_for(
    bundled_analyzer: Analyzer, text: str, side: str, expected: list[tuple[str, str, str]]
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert set(expected) <= found


def test_a_list_after_no_claim_takes_none(bundled_analyzer: Analyzer) -> None:
    text = "В Курске открылась выставка. Среди них — работы художников из Льгова."
    assert not claims_of(bundled_analyzer, text, "ru")


def test_a_place_deep_in_the_next_sentence_is_no_list(bundled_analyzer: Analyzer) -> None:
    text = (
        "27 жителей Курской области, которых взяли в плен украинские военные, вернулись домой. "
        "Среди них — трое детей, один из которых родился в Сумах."
    )
    found = claims_of(bundled_analyzer, text, "ru")
    assert ("casualties", "Kursk Oblast", "ua") in found
    assert not [c for c in found if c[1] == "Sumy"]


@pytest.mark.parametrize(
    ("text", "side", "home"),
    [
        ("Внаслідок обстрілу Донецька загинули троє. Серед них — житель Горлівки.", "ua",
         "Horlivka"),
        ("Ворог атакував Дніпропетровщину, є загиблі. Серед них — волонтер з Києва.", "ua",
         "Kyiv"),
        ("Под обстрелом Горловка, ранены трое. Среди них — дети из Донецка.", "ru", "Donetsk"),
        ("ВСУ обстреляли Курскую область, есть раненые. Среди них — жители Суджи.", "ru",
         "Sudzha"),
    ],
)  # fmt: skip
def test_where_someone_comes_from_takes_no_claim(
    bundled_analyzer: Analyzer, text: str, side: str, home: str
) -> None:
    assert not [c for c in claims_of(bundled_analyzer, text, side) if c[1] == home]
