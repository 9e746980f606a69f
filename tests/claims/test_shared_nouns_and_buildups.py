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


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Наши части вошли в город. Покровск охвачен с трёх сторон.",
            "ru",
            {("encirclement", "ru")},
        ),
        ("Ворог охопив Покровськ з трьох боків.", "ua", {("encirclement", "ru")}),
        ("Пожар охватил склад в Покровске с трёх сторон.", "ru", set()),
    ],
)
def test_enveloped_from_three_sides(
    extractor: ClaimExtractor, text: str, side: str, expected: set
) -> None:
    surface = next(s for s in ("Покровськ", "Покровске", "Покровск") if s in text)
    found = claims(extractor, text, {"pokrovsk": surface}, side)
    assert {(c[0], c[2]) for c in found if c[0] == "encirclement"} == expected


def test_a_general_staff_paragraph_is_about_the_axis_it_opens_with() -> None:
    kursk = extractor_over({"kursk-oblast": ("region", "RU"), "sumy": ("city", "UA")})
    text = (
        "На Курському напрямку Сили оборони відбили 18 атак окупантів. Противник завдав 14 "
        "авіаударів, скинувши 23 КАБи.\n\nУ Сумах тихо."
    )
    found = claims(kursk, text, {"kursk-oblast": "Курському напрямку", "sumy": "Сумах"}, "ua")
    assert ("strike", "kursk-oblast", "ru", "asserted") in found


def test_a_sentence_after_a_paragraph_of_places_does_not_take_its_axis() -> None:
    kursk = extractor_over({"kursk-oblast": ("region", "RU"), "sudzha": ("town", "RU")})
    # the paragraph names a town after its axis: the axis no longer heads all it told
    text = "На Курському напрямку ворог атакував біля Суджі. Противник завдав 14 авіаударів."
    places = {"kursk-oblast": "Курському напрямку", "sudzha": "Суджі"}
    found = claims(kursk, text, places, "ua")
    assert not {c for c in found if c[0] == "strike" and c[1] == "kursk-oblast"}


def test_a_sentence_about_the_whole_front_takes_no_axis() -> None:
    kursk = extractor_over({"kursk-oblast": ("region", "RU")})
    text = (
        "На Курському напрямку відбито 3 атаки. Генштаб також повідомляє: противник завдав "
        "80 авіаударів загалом по всій лінії фронту."
    )
    found = claims(kursk, text, {"kursk-oblast": "Курському напрямку"}, "ua")
    assert not {c for c in found if c[0] == "strike" and c[1] == "kursk-oblast"}


@pytest.mark.parametrize(
    ("text", "side", "actor"),
    [
        ("Уражено живу силу і техніку противника в районі Покровська.", "ua", "ua"),
        ("Поражены живая сила и техника противника в районе Покровска.", "ru", "ru"),
        ("Сили оборони уразили живу силу та техніку ворога в районі Покровська.", "ua", "ua"),
    ],
)
def test_whose_manpower_was_hit_is_the_side_after_it(
    extractor: ClaimExtractor, text: str, side: str, actor: str
) -> None:
    surface = "Покровська" if "Покровська" in text else "Покровска"
    found = claims(extractor, text, {"pokrovsk": surface}, side)
    assert {(c[0], c[2]) for c in found} == {("strike", actor), ("casualties", actor)}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("На левом берегу противник удерживает Покровск.", "ru", {("capture", "ua")}),
        ("ЗСУ утримують Покровськ.", "ua", {("capture", "ua")}),
        ("Наши удерживают позиции у Покровска.", "ru", {("advance", "ru")}),
        ("ВСУ удерживают часть Покровска.", "ru", {("advance", "ua")}),
        ("Спортсмен из Покровска удерживает титул третий год.", "ru", set()),
    ],
)
def test_holding_the_place_or_ground_near_it(
    extractor: ClaimExtractor, text: str, side: str, expected: set
) -> None:
    surface = next(s for s in ("Покровська", "Покровськ", "Покровска", "Покровск") if s in text)
    found = claims(extractor, text, {"pokrovsk": surface}, side)
    assert {(c[0], c[2]) for c in found} == expected
