"""A settlement or region named again by its noun alone carries that place's claims: «Ворог
атакував Дніпро … У місті поранено шість людей», «Торецк. МО объявило об освобождении
города», «Над областю збито 23 БпЛА»; the noun's place is the nearest of its kind in its own
sentence, else in the sentence before, else the post's topic; a noun with another town's
adjective, a name after it, or in an owner's genitive names none again. Paraphrases written
for these tests."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import claims, extractor_over

PLACES = {
    "dnipro": ("city", "UA"),
    "dnipropetrovsk-oblast": ("region", "UA"),
    "toretsk": ("town", "UA"),
    "pokrovsk": ("town", "UA"),
    "hrodivka": ("village", "UA"),
    "kaspiysk": ("town", "RU"),
    "perm": ("city", "RU"),
    "selydove": ("town", "UA"),
    "novohrodivka": ("town", "UA"),
    "kursk": ("city", "RU"),
    "lgov": ("town", "RU"),
    "kyiv": ("city", "UA"),
    "odesa": ("city", "UA"),
    "chornomorsk": ("town", "UA"),
    "kurakhove": ("town", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Торецк. Минобороны объявило об освобождении города.",
            {"toretsk": "Торецк"},
            "ru",
            ("capture", "toretsk", "ru"),
        ),
        (
            "Ніч на Дніпропетровщині була неспокійною. Ворог атакував Дніпро дронами. Усього над "
            "областю сили ППО знешкодили 23 БпЛА.",
            {"dnipropetrovsk-oblast": "Дніпропетровщині", "dnipro": "Дніпро"},
            "ua",
            ("strike", "dnipropetrovsk-oblast", "ru"),
        ),
        (
            "Ніч на Дніпропетровщині була неспокійною. Ворог атакував Дніпро дронами.\n\n"
            "Загалом над областю сили ППО знешкодили 23 БпЛА та 2 ракети.\n\nОлександр Ганжа",
            {"dnipropetrovsk-oblast": "Дніпропетровщині", "dnipro": "Дніпро"},
            "ua",
            ("strike", "dnipropetrovsk-oblast", "ru"),
        ),
        (
            "Покровськ. Ситуація складна. Росіяни накопичили сили біля Гродівки. У самому місті "
            "тривають бої.",
            {"pokrovsk": "Покровськ", "hrodivka": "Гродівки"},
            "ua",
            ("advance", "pokrovsk", "ru"),
        ),
        (
            "ВСУ атаковали Каспийск дронами, задержаны рейсы в Пермь.\n\nГлава республики "
            "подтвердил уничтожение беспилотника над городом.",
            {"kaspiysk": "Каспийск", "perm": "Пермь"},
            "ru",
            ("strike", "kaspiysk", "ua"),
        ),
        (
            "ВСУ вновь атаковали Курск, над Курском сработала ПВО. Также беспилотник атаковал "
            "Льгов. В городе ранены два человека.",
            {"kursk": "Курск", "lgov": "Льгов"},
            "ru",
            ("casualties", "lgov", "ua"),
        ),
        (
            "Ворог атакував Одесу дронами. У Чорноморську пошкоджено підприємство. У місті "
            "постраждали троє людей.",
            {"odesa": "Одесу", "chornomorsk": "Чорноморську"},
            "ua",
            ("casualties", "chornomorsk", "ru"),
        ),
        (
            "Курахово. В посёлке идут уличные бои.",
            {"kurakhove": "Курахово"},
            "ru",
            ("advance", "kurakhove", "ru"),
        ),
        (
            "Новогродовка почти наша. В Селидово противник выводит тылы, по городу работает "
            "наша арта.",
            {"novohrodivka": "Новогродовка", "selydove": "Селидово"},
            "ru",
            ("strike", "selydove", "ru"),
        ),
    ],
)
def test_a_noun_names_its_place_again(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: tuple
) -> None:
    assert expected in {c[:3] for c in claims(extractor, text, places, side)}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("В Курске прошёл фестиваль. В соседнем городе Льгове обстреляли дом.", {"lgov": "Льгове"}),
        ("Курахово далеко. До города ещё 5 км, наши штурмовики идут полями.", {}),
    ],
)
def test_a_noun_that_names_another_or_no_place_of_war(
    extractor: ClaimExtractor, text: str, places: dict[str, str]
) -> None:
    found = claims(extractor, text, {"kursk": "Курске", **places}, "ru")
    assert "kursk" not in {c[1] for c in found}


def test_fighting_for_the_town_named_again_is_no_taking(extractor: ClaimExtractor) -> None:
    text = "Торецк. Бои за освобождение города продолжаются."
    assert {c[:2] for c in claims(extractor, text, {"toretsk": "Торецк"}, "ru")} == {
        ("advance", "toretsk")
    }
