"""A question the post answers at once: «Нет» denies what it asks, «Да» asserts it; a question
left unanswered claims nothing. Every text is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

Case = tuple[str, str, dict[str, str], set[Claim]]

PLACES = {
    "velykomykhailivka": ("village", "UA"),
    "stepove": ("village", "UA"),
    "robotyne": ("village", "UA"),
    "korenevo": ("town", "RU"),
}

CASES: list[Case] = [
    (
        "Ворог окупував Великомихайлівку? Ні. Село під контролем Сил оборони.",
        "ua",
        {"velykomykhailivka": "Великомихайлівку"},
        {
            ("capture", "velykomykhailivka", "ru", "denied"),
            # the control state the answer tells
            ("capture", "velykomykhailivka", "ua", "asserted"),
        },
    ),
    # «Ні,» opening the answer negates nothing of the sentence it opens
    (
        "Ворог окупував Степове? Ні, Степове досі під контролем Сил оборони.",
        "ua",
        {"stepove": "Степове"},
        {("capture", "stepove", "ru", "denied"), ("capture", "stepove", "ua", "asserted")},
    ),
    (
        "Наши вошли в Степовое? Нет, ещё нет.",
        "ru",
        {"stepove": "Степовое"},
        {("advance", "stepove", "ru", "denied")},
    ),
    (
        "Противник вошёл в Коренево? Нет — это вброс.",
        "ru",
        {"korenevo": "Коренево"},
        {("advance", "korenevo", "ua", "denied")},
    ),
    (
        "Взяли Работино? Да! Наши молодцы.",
        "ru",
        {"robotyne": "Работино"},
        {("capture", "robotyne", "ru", "asserted")},
    ),
    # no one-word answer: the question claims nothing
    ("Наши возьмут Работино? Так думают многие.", "ru", {"robotyne": "Работино"}, set()),
    ("Когда наши возьмут Работино? Скоро.", "ru", {"robotyne": "Работино"}, set()),
    ("Ворог окупував Великомихайлівку?", "ua", {"velykomykhailivka": "Великомихайлівку"}, set()),
    (
        "Ворог окупував Великомихайлівку? Нічого подібного, це вигадки.",
        "ua",
        {"velykomykhailivka": "Великомихайлівку"},
        set(),
    ),
]


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(("text", "side", "places", "expected"), CASES)
def test_answered_questions(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected
