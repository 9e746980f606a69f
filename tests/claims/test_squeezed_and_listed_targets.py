"""A blogger's place «додавили» / «дожали» is taken (the side squeezed, «додавили хохлов в X»,
is an advance there), and a strike list that goes on «…, а также по X» past a facility keeps its
towns. Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(
        {
            "rivnopillia": ("village", "UA"),
            "robotyne": ("village", "UA"),
            "kurakhove": ("town", "UA"),
            "kyiv": ("city", "UA"),
            "lviv": ("city", "UA"),
            "odesa": ("city", "UA"),
            "burshtyn-tpp": ("facility", "UA"),
            "ivano-frankivsk-oblast": ("region", "UA"),
        }
    )


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (
            "Параллельно наши додавили Ровнополье — противник откатился.",
            {"rivnopillia": "Ровнополье"},
            {
                ("capture", "rivnopillia", "ru", "asserted"),
                ("withdrawal", "rivnopillia", "ua", "asserted"),
            },
        ),
        (
            "Дожали Работино, дальше будет легче.",
            {"robotyne": "Работино"},
            {("capture", "robotyne", "ru", "asserted")},
        ),
        # the side named after the place is the one that took it; the next target is none
        (
            "Наши додавили Работино, на очереди Курахово.",
            {"robotyne": "Работино", "kurakhove": "Курахово"},
            {("capture", "robotyne", "ru", "asserted")},
        ),
        (
            "Наши додавили хохлов в Курахово.",
            {"kurakhove": "Курахово"},
            {("advance", "kurakhove", "ru", "asserted")},
        ),
    ],
)
def test_squeezed(
    extractor: ClaimExtractor, text: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, "ru") == expected


def test_towns_before_a_facility_also_struck(extractor: ClaimExtractor) -> None:
    text = (
        "Прилёты зафиксированы в Киеве, Львове и Одессе, а также по Бурштынской ТЭС в "
        "Ивано-Франковской области."
    )
    places = {
        "kyiv": "Киеве",
        "lviv": "Львове",
        "odesa": "Одессе",
        "burshtyn-tpp": "Бурштынской ТЭС",
        "ivano-frankivsk-oblast": "Ивано-Франковской области",
    }
    assert claims(extractor, text, places, "ru") == {
        ("strike", key, "ru", "asserted") for key in ("kyiv", "lviv", "odesa", "burshtyn-tpp")
    }
