"""Phrases of military bloggers and front reports a third blind sample showed missing: a place
«ours again», «ours are already in», retreats in the present tense and as nouns, shelling slang,
equipment lost, damage in an attack report, soldiers hit with their vehicles, «додавили» as an
advance, and the place a verb leads to. Every text is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from monitor.domain import AXIS_READING, PlaceMention
from tests.claims.extracting import Claim, claims, extractor_over

Case = tuple[str, str, dict[str, str], set[Claim]]

PLACES = {
    "marinka": ("town", "UA"),
    "robotyne": ("village", "UA"),
    "kupiansk": ("town", "UA"),
    "toretsk": ("town", "UA"),
    "chasiv-yar": ("town", "UA"),
    "kreminna": ("town", "UA"),
    "kursk-oblast": ("region", "RU"),
    "sumy": ("city", "UA"),
    "kamianka-dniprovska": ("town", "UA"),
    "belgorod": ("city", "RU"),
    "grayvoron": ("town", "RU"),
    "dorogoshch": ("village", "RU"),
    "kursk": ("city", "RU"),
    "krynky": ("village", "UA"),
    "novoselivka": ("village", "UA"),
    "tykhe": ("village", "UA"),
    "vovchansk": ("town", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


OURS: list[Case] = [
    (
        "Марьинка снова наша.",
        "ru",
        {"marinka": "Марьинка"},
        {("capture", "marinka", "ru", "asserted")},
    ),
    (
        "Работино стало нашим ещё в августе.",
        "ru",
        {"robotyne": "Работино"},
        {("capture", "robotyne", "ru", "asserted")},
    ),
    (
        "Куп'янськ знову наш!",
        "ua",
        {"kupiansk": "Куп'янськ"},
        {("capture", "kupiansk", "ua", "asserted")},
    ),
    # friends made in a city hold nothing
    ("Эти парни стали нашими друзьями в Курске.", "ru", {"kursk": "Курске"}, set()),
    (
        "Наши уже на окраине Часова Яра.",
        "ru",
        {"chasiv-yar": "Часова Яра"},
        {("advance", "chasiv-yar", "ru", "asserted")},
    ),
    (
        "Если не врут, наши уже в центре Торецка.",
        "ru",
        {"toretsk": "Торецка"},
        {("advance", "toretsk", "ru", "reported")},
    ),
    (
        "Наши додавили противника у Новоселовки.",
        "ru",
        {"novoselivka": "Новоселовки"},
        {("advance", "novoselivka", "ru", "asserted")},
    ),
]

PRECISION: list[Case] = [
    # a phrase's skipped words stop at a dash: no «город наш» here
    (
        "Продвижение ВС РФ в районе Купянска и заход в город — результат давления наших военных.",
        "ru",
        {"kupiansk": "Купянска"},
        {("advance", "kupiansk", "ru", "asserted")},
    ),
    # catching hold is war news only where a side is named
    ("Мужчина зацепился за льдину в пруду в Курске.", "ru", {"kursk": "Курске"}, set()),
    (
        "Наши штурмовики зацепились на окраине Кременной.",
        "ru",
        {"kreminna": "Кременной"},
        {("advance", "kreminna", "ru", "asserted")},
    ),
    # waste carted away is no retreat
    ("Вывоз радиоактивных отходов из Курска продолжается.", "ru", {"kursk": "Курска"}, set()),
]

RETREATS: list[Case] = [
    (
        "ВСУ покидают позиции у Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("withdrawal", "robotyne", "ua", "asserted")},
    ),
    (
        "Укры пятятся от Кременной.",
        "ru",
        {"kreminna": "Кременной"},
        {("withdrawal", "kreminna", "ua", "asserted")},
    ),
    (
        "Генштаб опроверг сообщения о выходе ВСУ из Часова Яра.",
        "ru",
        {"chasiv-yar": "Часова Яра"},
        {("withdrawal", "chasiv-yar", "ua", "denied")},
    ),
    (
        "После выдавливания ВСУ из Курской области фронт сместился.",
        "ru",
        {"kursk-oblast": "Курской области"},
        {("withdrawal", "kursk-oblast", "ua", "asserted")},
    ),
    # a side fleeing toward a place does not advance on it
    ("Остатки бригады ВСУ бегут в сторону Сум.", "ru", {"sumy": "Сум"}, set()),
]

SHELLING: list[Case] = [
    (
        "Хохлы опять кроют Каменку-Днепровскую.",
        "ru",
        {"kamianka-dniprovska": "Каменку-Днепровскую"},
        {("strike", "kamianka-dniprovska", "ua", "asserted")},
    ),
    (
        "Укры каждый день кладут по Белгороду.",
        "ru",
        {"belgorod": "Белгороду"},
        {("strike", "belgorod", "ua", "asserted")},
    ),
    ("Рабочие кладут плитку на площади в Белгороде.", "ru", {"belgorod": "Белгороде"}, set()),
    ("Наши парни кроют крышу школы в Курске.", "ru", {"kursk": "Курске"}, set()),
    (
        "Под Работино противник потерял три танка и до взвода пехоты.",
        "ru",
        {"robotyne": "Работино"},
        {("strike", "robotyne", "ru", "asserted"), ("casualties", "robotyne", "ru", "asserted")},
    ),
    (
        "Дрон атаковал Грайворон. В Дорогощи повреждена ЛЭП.",
        "ru",
        {"grayvoron": "Грайворон", "dorogoshch": "Дорогощи"},
        {("strike", "grayvoron", "ua", "asserted"), ("strike", "dorogoshch", "ua", "asserted")},
    ),
    ("В Курске после ДТП повреждены две машины.", "ru", {"kursk": "Курске"}, set()),
    (
        "Оператори ССО знищили ворожу гармату та особовий склад поблизу Кринок.",
        "ua",
        {"krynky": "Кринок"},
        {("strike", "krynky", "ua", "asserted"), ("casualties", "krynky", "ua", "asserted")},
    ),
    (
        "Дроны поражают технику и личный состав противника у Тихого.",
        "ru",
        {"tykhe": "Тихого"},
        {("strike", "tykhe", "ru", "asserted"), ("casualties", "tykhe", "ru", "asserted")},
    ),
    # the place the verb leads to, not the one before it
    (
        "Ворог окупував Тихе, просунувся біля Вовчанська.",
        "ua",
        {"tykhe": "Тихе", "vovchansk": "Вовчанська"},
        {("capture", "tykhe", "ru", "asserted"), ("advance", "vovchansk", "ru", "asserted")},
    ),
]


VICTIMS: list[Case] = [
    # people hurt in the strike the sentence told of are where it struck
    (
        "Дрон ударил по Грайворону, ранен водитель.",
        "ru",
        {"grayvoron": "Грайворону"},
        {("strike", "grayvoron", "ua", "asserted"), ("casualties", "grayvoron", "ua", "asserted")},
    ),
    (
        "Дрон ударил по Грайворону, пострадавших нет.",
        "ru",
        {"grayvoron": "Грайворону"},
        {("strike", "grayvoron", "ua", "asserted")},
    ),
    # a surrender is the captor's: on Russian soil too
    (
        "В Курской области выжившие ВСУшники сдались в плен.",
        "ru",
        {"kursk-oblast": "Курской области"},
        {("casualties", "kursk-oblast", "ru", "asserted")},
    ),
]

PREDICATES: list[Case] = [
    # a taking stays in its clause: the remnants' way out is not what was taken…
    (
        "Наши штурмовики зачистили последние кварталы, остатки бригады ВСУ уходят полями на Тихое.",
        "ru",
        {"tykhe": "Тихое"},
        set(),
    ),
    # …but a source set in between is no new clause
    (
        "ВС РФ освободили, как сообщили в Минобороны, Новоселовку.",
        "ru",
        {"novoselivka": "Новоселовку"},
        {("capture", "novoselivka", "ru", "reported")},
    ),
    # a verb with a name of its own (one the matcher did not read) does not reach past a second
    # verb to the next place
    (
        "Ворог окупував Андріївку та просунувся поблизу Вовчанська.",
        "ua",
        {"vovchansk": "Вовчанська"},
        {("advance", "vovchansk", "ru", "asserted")},
    ),
    # the places before a verb are its objects; the one after a comma is the next verb's
    (
        "Тихе, Кринки та Вовчанськ обстріляли з артилерії, по Куп'янську завдали авіаудару.",
        "ua",
        {"tykhe": "Тихе", "krynky": "Кринки", "vovchansk": "Вовчанськ", "kupiansk": "Куп'янську"},
        {
            ("strike", "tykhe", "ru", "asserted"),
            ("strike", "krynky", "ru", "asserted"),
            ("strike", "vovchansk", "ru", "asserted"),
            ("strike", "kupiansk", "ru", "asserted"),
        },
    ),
]


# A «вброс» (a planted fake) is a denial, like «фейк»
PLANTED: list[Case] = [
    (
        "Вбросы хохлов про взятие Кременной — ерунда.",
        "ru",
        {"kreminna": "Кременной"},
        {("capture", "kreminna", "ua", "denied")},
    ),
    (
        "Ворог поширює вкид про захоплення Куп'янська.",
        "ua",
        {"kupiansk": "Куп'янська"},
        {("capture", "kupiansk", "ru", "denied")},
    ),
]


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [*OURS, *PRECISION, *RETREATS, *SHELLING, *VICTIMS, *PREDICATES, *PLANTED],
)
def test_blogger_phrases(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected


def test_a_city_district_is_finer_than_its_city() -> None:
    extractor = extractor_over(
        {
            "kharkiv": ("city", "UA", "Kharkiv"),
            "industrialnyi-district-kharkiv": (
                "district",
                "UA",
                "Industrialnyi District (Kharkiv)",
            ),
            "bakhmut-raion": ("district", "UA", "Bakhmut Raion"),
            "soledar": ("town", "UA", "Soledar"),
        }
    )
    text = "Прилёт по Харькову, Индустриальный район."
    places = {"kharkiv": "Харькову", "industrialnyi-district-kharkiv": "Индустриальный район"}
    assert claims(extractor, text, places, "ru") == {
        ("strike", "industrialnyi-district-kharkiv", "ru", "asserted")
    }
    # a raion stays wider than the town in it
    text = "Удар по Соледару в Бахмутском районе."
    places = {"soledar": "Соледару", "bakhmut-raion": "Бахмутском районе"}
    assert claims(extractor, text, places, "ru") == {("strike", "soledar", "ru", "asserted")}


def test_each_axis_of_a_list_takes_the_claim() -> None:
    extractor = extractor_over({key: ("town", "UA") for key in ("pokrovsk", "toretsk", "lyman")})
    text = "На Покровському, Торецькому та Лиманському напрямках тривають бої."
    axis = f"Ukrainian {AXIS_READING} («… напрямок», «… громада»)"
    found = []
    for key, surface in (
        ("pokrovsk", "Покровському"),
        ("toretsk", "Торецькому"),
        ("lyman", "Лиманському напрямках"),
    ):
        start = text.index(surface)
        found.append(PlaceMention(key, start, start + len(surface), surface, 0.99, axis))
    assert {(c.claim_type, c.place_key) for c in extractor.extract(text, found, "ua")} == {
        ("advance", "pokrovsk"),
        ("advance", "toretsk"),
        ("advance", "lyman"),
    }
