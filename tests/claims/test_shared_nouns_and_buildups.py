"""Items of a list that share one noun («Херсон, Бериславський та Херсонський райони»), and a
build-up that a strike verb hits as its object («уразили місце зосередження особового складу
поблизу X»: a strike at X as well as the build-up). Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import claims, extractor_over


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(
        {
            "kherson": ("city", "UA"),
            "beryslav-raion": ("district", "UA"),
            "kherson-raion": ("district", "UA"),
            "nikopol-raion": ("district", "UA"),
            "tokmak": ("town", "UA"),
            "pokrovsk": ("town", "UA"),
        }
    )


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Обстрілів зазнали Херсон, Бериславський та Херсонський райони.",
            {
                "kherson": "Херсон",
                "beryslav-raion": "Бериславський",
                "kherson-raion": "Херсонський райони",
            },
        ),
        (
            "Ворог обстріляв Херсон, Нікопольський і Бериславський райони.",
            {
                "kherson": "Херсон",
                "nikopol-raion": "Нікопольський",
                "beryslav-raion": "Бериславський райони",
            },
        ),
    ],
)
def test_items_sharing_a_noun_are_each_shelled(
    extractor: ClaimExtractor, text: str, places: dict[str, str]
) -> None:
    found = claims(extractor, text, places, "ua")
    assert {c[1] for c in found if c[0] == "strike"} == set(places)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Сили оборони уразили місце зосередження особового складу противника поблизу Токмака.",
            {"tokmak": "Токмака"},
        ),
        (
            "Дрони бригади уразили скупчення живої сили ворога біля Покровська.",
            {"pokrovsk": "Покровська"},
        ),
    ],
)
def test_a_build_up_hit_is_a_strike_there(
    extractor: ClaimExtractor, text: str, places: dict[str, str]
) -> None:
    [key] = places
    found = claims(extractor, text, places, "ua")
    assert ("strike", key, "ua", "asserted") in found
    assert any(c[0] == "deployment" and c[1] == key for c in found)


def test_settlements_counted_then_listed_after_a_colon() -> None:
    front = extractor_over(
        {
            "novoheorhiivka": ("village", "UA"),
            "dnipropetrovsk-oblast": ("region", "UA"),
            "zvirove": ("village", "UA"),
            "donetsk-oblast": ("region", "UA"),
            "radkivka": ("village", "UA"),
        }
    )
    text = (
        "За неделю войска освободили четыре населённых пункта, сообщили в Минобороны РФ: "
        "Новогеоргиевку в Днепропетровской области, Зверево в ДНР и Радьковку."
    )
    places = {
        "novoheorhiivka": "Новогеоргиевку",
        "dnipropetrovsk-oblast": "Днепропетровской области",
        "zvirove": "Зверево",
        "donetsk-oblast": "ДНР",
        "radkivka": "Радьковку",
    }
    found = claims(front, text, places, "ru")
    assert {c[1] for c in found if c[0] == "capture"} == {"novoheorhiivka", "zvirove", "radkivka"}
