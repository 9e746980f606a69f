"""Everyday senses of war words: a season or the heat «наступает», holidaymakers «окупували» a
beach, a football attack «на ворота»; and where evacuees are taken («евакуація до Сум») is no
place evacuated. Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import claims, extractor_over


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(
        {
            "kharkiv": ("city", "UA"),
            "zatoka": ("village", "UA"),
            "robotyne": ("village", "UA"),
            "yunakivka": ("village", "UA"),
            "sumy": ("city", "UA"),
            "lviv": ("city", "UA"),
        }
    )


@pytest.mark.parametrize(
    ("text", "places", "side"),
    [
        ("Спека наступає: у Харкові до +33 вдень.", {"kharkiv": "Харкові"}, "ua"),
        ("В Харькове наступает настоящая зима, ночью до -15.", {"kharkiv": "Харькове"}, "ru"),
        ("У Харкові настала весна, потепління до +18.", {"kharkiv": "Харкові"}, "ua"),
        (
            "Відпочивальники буквально окупували узбережжя в Затоці.",
            {"zatoka": "Затоці"},
            "ua",
        ),
        ("Туристы захватили пляжи Затоки ещё в мае.", {"zatoka": "Затоки"}, "ru"),
        ("Аномальная жара атакует Харьков: до +39 днём.", {"kharkiv": "Харьков"}, "ru"),
        (
            "В Харькове суд арестовал участников «налёта» на ювелирный салон.",
            {"kharkiv": "Харькове"},
            "ru",
        ),
        (
            "У Харкові грабіжники здійснили наліт на ювелірний магазин.",
            {"kharkiv": "Харкові"},
            "ua",
        ),
        (
            "Под Харьковом полиция накрыла нарколабораторию в ангаре.",
            {"kharkiv": "Харьковом"},
            "ru",
        ),
        ("Морози знову атакують Харків, вночі до -20.", {"kharkiv": "Харків"}, "ua"),
        ("Ураган атаковал Харьков: повалены деревья.", {"kharkiv": "Харьков"}, "ru"),
        ("Шахраї атакують жителів Харкова дзвінками.", {"kharkiv": "Харкова"}, "ua"),
        (
            "Львів'яни провели 14 атак на ворота суперника, а прорив стався на 78-й хвилині. "
            "Матч відбувся у Львові.",
            {"lviv": "Львові"},
            "ua",
        ),
    ],
)
def test_everyday_senses_claim_nothing(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str
) -> None:
    assert claims(extractor, text, places, side) == set()


def test_an_offensive_in_winter_is_still_one(extractor: ClaimExtractor) -> None:
    found = claims(
        extractor, "Зимой ВСУ перешли в наступление у Работино.", {"robotyne": "Работино"}, "ru"
    )
    assert found == {("advance", "robotyne", "ua", "asserted")}


def test_an_attack_in_the_frost_is_still_one(extractor: ClaimExtractor) -> None:
    text = "Ворог атакував Роботине вночі, попри мороз."
    found = claims(extractor, text, {"robotyne": "Роботине"}, "ua")
    assert ("advance", "robotyne", "ru") in {c[:3] for c in found}


def test_where_evacuees_go_is_not_evacuated(extractor: ClaimExtractor) -> None:
    text = "Оголошено обов'язкову евакуацію дітей з Юнаківки. Евакуація здійснюється до Сум."
    found = claims(extractor, text, {"yunakivka": "Юнаківки", "sumy": "Сум"}, "ua")
    assert {c[1] for c in found} == {"yunakivka"}


def test_shoppers_storming_a_mall_is_no_advance(extractor: ClaimExtractor) -> None:
    text = "Покупатели штурмом взяли торговый центр в Харькове в «чёрную пятницу»."
    assert claims(extractor, text, {"kharkiv": "Харькове"}, "ru") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Спустя семь месяцев боёв ВС РФ вернули Работино.", {("capture", "robotyne", "ru")}),
        ("Киев требует вернуть Работино.", set()),
        ("У нас сейчас не хватает сил вернуть Работино.", set()),
    ],
)
def test_won_back(extractor: ClaimExtractor, text: str, expected: set) -> None:
    found = claims(extractor, text, {"robotyne": "Работино"}, "ru")
    assert {(c[0], c[1], c[2]) for c in found} == expected


def test_a_list_of_settlements_with_their_abbreviated_titles(extractor: ClaimExtractor) -> None:
    kharkiv_oblast = extractor_over(
        {
            "kupiansk": ("town", "UA"),
            "kivsharivka": ("town", "UA"),
            "petropavlivka": ("village", "UA"),
        }
    )
    text = "📍 Куп'янський район: обстріляно м. Куп'янськ, с. Ківшарівка, с. Петропавлівка."
    places = {
        "kupiansk": "Куп'янськ",
        "kivsharivka": "Ківшарівка",
        "petropavlivka": "Петропавлівка",
    }
    found = claims(kharkiv_oblast, text, places, "ua")
    assert {(c[0], c[1]) for c in found} == {("strike", k) for k in places}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Головний ворог урожаю — спека: у Харкові посуха знищила третину посівів.", "ua"),
        ("Враг аграриев — засуха: под Харьковом она уничтожила треть урожая.", "ru"),
    ],
)
def test_drought_destroys_crops_not_soldiers(
    extractor: ClaimExtractor, text: str, side: str
) -> None:
    place = "Харкові" if side == "ua" else "Харьковом"
    assert claims(extractor, text, {"kharkiv": place}, side) == set()


def test_students_evacuated_from_a_building_are_no_war_evacuation() -> None:
    moscow = extractor_over({"moscow-oblast": ("region", "RU")})
    text = "🚨 В Подмосковье эвакуировали студентов и преподавателей филиала МГИМО."
    assert claims(moscow, text, {"moscow-oblast": "Подмосковье"}, "ru") == set()


@pytest.mark.parametrize(
    ("text", "side", "actor"),
    [
        ("Наступає зима, а ворог наступає на Харків.", "ua", "ru"),
        ("Наступила весна, и наши войска наступают на Харьков.", "ru", "ru"),
        ("Штурмовики взяли штурмом торговый центр в Харькове, где засели боевики ВСУ.", "ru", "ru"),
    ],
)
def test_an_everyday_sense_vetoes_only_its_own_word(
    extractor: ClaimExtractor, text: str, side: str, actor: str
) -> None:
    place = next(
        s for s in ("Харків", "Харьков", "Харькове") if f" {s}." in text or f" {s}," in text
    )
    assert ("advance", "kharkiv", actor, "asserted") in claims(
        extractor, text, {"kharkiv": place}, side
    )


@pytest.mark.parametrize(
    "text",
    ["ВСУ вернули себе инициативу под Харьковом.", "Покупці штурмом взяли новий ТЦ у Харкові."],
)
def test_no_ground_won_back_nor_stormed(extractor: ClaimExtractor, text: str) -> None:
    place = "Харьковом" if "Харьковом" in text else "Харкові"
    assert claims(extractor, text, {"kharkiv": place}, "ua") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Удар молнии в Харькове повредил линию электропередачи. Обошлось без пострадавших.",
        "Мужчина из Харькова пытается взять кредит на пять миллионов.",
    ],
)
def test_lightning_damage_and_a_loan_are_no_war(extractor: ClaimExtractor, text: str) -> None:
    place = "Харькове" if "Харькове" in text else "Харькова"
    assert claims(extractor, text, {"kharkiv": place}, "ru") == set()
