"""A blogger's bare «Взяли X!» about a village of the front is a capture with no side named (the
front's raions stand in for the side; a town far from the war does not); a strike list that
names each item's target before its place («ТЭЦ в X, подстанции во Y и Z») strikes every place;
an attack with no weapon named on a town off the front is a strike; a clause ending in a colon
gives its place to the clause after it, which names none. Every text is a paraphrase written for
the test."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest

from monitor.claims.extractor import ClaimExtractor
from monitor.config import load_settings
from monitor.domain import AXIS_READING, PlaceMention
from tests.claims.extracting import Claim, claims, extractor_over

# key → (kind, country, raion)
PLACES = {
    "avdiivka": ("town", "UA", "Pokrovsk Raion"),
    "robotyne": ("village", "UA", "Polohy Raion"),
    "sochi": ("city", "RU", "Sochi"),
    "krasnodar": ("city", "RU", None),
    "kyiv": ("city", "UA", None),
    "lviv": ("city", "UA", None),
    "poltava": ("city", "UA", None),
    "bryansk": ("city", "RU", None),
    "kursk": ("city", "RU", None),
    "kharkiv": ("city", "UA", None),
    "kupiansk": ("town", "UA", "Kupiansk Raion"),
    "toretsk": ("town", "UA", "Bakhmut Raion"),
    "kurchatov": ("town", "RU", "Kurchatovsky District"),
    "rylsk": ("town", "RU", "Rylsky District"),
    "shcherbynivka": ("village", "UA", "Bakhmut Raion"),
    "kryvyi-rih": ("city", "UA", None),
    "dnipro": ("city", "UA", None),
    "pavlohrad": ("town", "UA", None),
    "odesa": ("city", "UA", None),
    "izmail": ("town", "UA", None),
    "saratov": ("city", "RU", None),
    "engels": ("city", "RU", None),
    "kharkiv-oblast": ("region", "UA", None),
    "vinnytsia-oblast": ("region", "UA", None),
    "burshtyn-tpp": ("facility", "UA", None),
    "kurakhove": ("town", "UA", "Pokrovsk Raion"),
    "vovcha-river": ("water", "UA", None),
    "donetsk": ("city", "UA", None),
    "makiivka": ("city", "UA", None),
}
FRONT = ["Pokrovsk Raion", "Polohy Raion", "Kupiansk Raion", "Rylsky District", "Bakhmut Raion"]


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    def info(key: str) -> SimpleNamespace:
        kind, country, district = PLACES[key]
        return SimpleNamespace(kind=kind, country=country, district=district, name_en="")

    return ClaimExtractor(load_settings().claims, info, lambda key: PLACES[key][2] in FRONT)


Case = tuple[str, str, dict[str, str], set[Claim]]

CASES: list[Case] = [
    (
        "Взяли Авдеевку!",
        "ru",
        {"avdiivka": "Авдеевку"},
        {("capture", "avdiivka", "ru", "asserted")},
    ),
    (
        "Отбили Работино, ура.",
        "ru",
        {"robotyne": "Работино"},
        {("capture", "robotyne", "ru", "asserted")},
    ),
    (
        "Работино взято.",
        "ru",
        {"robotyne": "Работино"},
        {("capture", "robotyne", "ru", "asserted")},
    ),
    # far from the war, nobody named: no capture
    ("Взяли Сочи на майские.", "ru", {"sochi": "Сочи"}, set()),
    ("Взяли Краснодар в прошлом сезоне.", "ru", {"krasnodar": "Краснодар"}, set()),
    # a strike list with a target before each place
    (
        "Массированный удар: поражены ТЭЦ в Киеве, подстанции во Львове и Полтаве.",
        "ru",
        {"kyiv": "Киеве", "lviv": "Львове", "poltava": "Полтаве"},
        {
            ("strike", "kyiv", "ru", "asserted"),
            ("strike", "lviv", "ru", "asserted"),
            ("strike", "poltava", "ru", "asserted"),
        },
    ),
    (
        "Ночью удары по нефтебазе в Брянске, по аэродрому под Курском.",
        "ru",
        {"bryansk": "Брянске", "kursk": "Курском"},
        {("strike", "bryansk", "ua", "asserted"), ("strike", "kursk", "ua", "asserted")},
    ),
    # a verb after the comma opens a clause of its own, not a list item
    (
        "Ударили по ТЭЦ в Харькове, наши войска под Купянском продвинулись.",
        "ru",
        {"kharkiv": "Харькове", "kupiansk": "Купянском"},
        {("strike", "kharkiv", "ru", "asserted"), ("advance", "kupiansk", "ru", "asserted")},
    ),
    # the first place is struck straight, not a target in a place: the next is no list item
    (
        "Удар по Харькову, воздушная тревога в Киеве.",
        "ru",
        {"kharkiv": "Харькову", "kyiv": "Киеве"},
        {("strike", "kharkiv", "ru", "asserted")},
    ),
    (
        "Ракетный удар по Полтаве, сирены во Львове и Харькове.",
        "ru",
        {"poltava": "Полтаве", "lviv": "Львове", "kharkiv": "Харькове"},
        {("strike", "poltava", "ru", "asserted")},
    ),
    # a place struck bare, then targets in places: every place is struck
    (
        "ВС РФ нанесли удары по Кривому Рогу, подстанции в Днепре и Павлограде.",
        "ru",
        {"kryvyi-rih": "Кривому Рогу", "dnipro": "Днепре", "pavlohrad": "Павлограде"},
        {
            ("strike", "kryvyi-rih", "ru", "asserted"),
            ("strike", "dnipro", "ru", "asserted"),
            ("strike", "pavlohrad", "ru", "asserted"),
        },
    ),
    # an alarm after the comma is no target, whatever the shape before it
    (
        "Удар по ТЭЦ в Харькове, воздушная тревога в Киеве.",
        "ru",
        {"kharkiv": "Харькове", "kyiv": "Киеве"},
        {("strike", "kharkiv", "ru", "asserted")},
    ),
    (
        "Удар по Одесі, в Ізмаїлі лунають сирени.",
        "ua",
        {"odesa": "Одесі", "izmail": "Ізмаїлі"},
        {("strike", "odesa", "ru", "asserted")},
    ),
    # a word of another claim after the comma ends the list
    (
        "Поражены склады в Курске, погибших в Брянске нет.",
        "ru",
        {"kursk": "Курске", "bryansk": "Брянске"},
        {("strike", "kursk", "ua", "asserted")},
    ),
    # an attack with no weapon named is a ground attack on the front, a strike off it
    (
        "Атакованы Курчатов и Рыльск, сообщают местные власти.",
        "ru",
        {"kurchatov": "Курчатов", "rylsk": "Рыльск"},
        {("strike", "kurchatov", "ua", "reported"), ("advance", "rylsk", "ua", "reported")},
    ),
    # the topic before a colon
    (
        "Уточнено лінію зіткнення в районі Торецька: ворог просунувся на 1,5 км.",
        "ua",
        {"toretsk": "Торецька"},
        {("advance", "toretsk", "ru", "asserted")},
    ),
    (
        "Обстановка в районе Торецка на утро: противник продвинулся ещё на 2 км.",
        "ua",
        {"toretsk": "Торецка"},
        {("advance", "toretsk", "ru", "asserted")},
    ),
    # a later clause's place (an origin) leaves the topic to the trigger's clause
    (
        "Что происходит в районе Торецка: наши штурмовики зашли в восточную часть города, "
        "противник перебрасывает резервы с Купянска.",
        "ru",
        {"toretsk": "Торецка", "kupiansk": "Купянска"},
        {("advance", "toretsk", "ru", "asserted")},
    ),
    # the clause after the colon names its own place
    (
        "Уточнено лінію зіткнення в районі Торецька: ворог просунувся поблизу Щербинівки.",
        "ua",
        {"toretsk": "Торецька", "shcherbynivka": "Щербинівки"},
        {("advance", "shcherbynivka", "ru", "asserted")},
    ),
    # the next target after a conjunction, with its own place
    (
        "Уражено НПЗ у Саратові та нафтобазу в Енгельсі.",
        "ua",
        {"saratov": "Саратові", "engels": "Енгельсі"},
        {("strike", "saratov", "ua", "asserted"), ("strike", "engels", "ua", "asserted")},
    ),
    (
        "Ночью поражены склад в Саратове и нефтебаза под Энгельсом.",
        "ru",
        {"saratov": "Саратове", "engels": "Энгельсом"},
        {("strike", "saratov", "ua", "asserted"), ("strike", "engels", "ua", "asserted")},
    ),
    # a region after a target of its own is no qualifier of the item before
    (
        "Поражены Бурштынская ТЭС, подстанции в Харьковской и Винницкой областях.",
        "ru",
        {
            "burshtyn-tpp": "Бурштынская ТЭС",
            "kharkiv-oblast": "Харьковской",
            "vinnytsia-oblast": "Винницкой областях",
        },
        {
            ("strike", "burshtyn-tpp", "ru", "asserted"),
            ("strike", "kharkiv-oblast", "ru", "asserted"),
            ("strike", "vinnytsia-oblast", "ru", "asserted"),
        },
    ),
    # what follows the conjunction is no target: «и люди в …», «и подъёме уровня воды в …»
    (
        "Поражен склад в Донецке и люди в Макеевке остались без света.",
        "ru",
        {"donetsk": "Донецке", "makiivka": "Макеевке"},
        {("strike", "donetsk", "ru", "asserted")},  # (no `[front] held` in this extractor)
    ),
    (
        "Ракетный удар по дамбе у Курахово и подъёме уровня воды в Волчьей.",
        "ru",
        {"kurakhove": "Курахово", "vovcha-river": "Волчьей"},
        {("strike", "kurakhove", "ru", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "side", "places", "expected"), CASES)
def test_front_and_target_lists(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected


def test_hromadas_named_by_adjective_are_items_of_a_list() -> None:
    places = {
        "nikopol": ("city", "UA"),
        "marhanets": ("town", "UA"),
        "chervonohryhorivka": ("village", "UA"),
    }
    extractor = extractor_over(places)
    text = "Під ударом були Нікополь, Марганецька та Червоногригорівська громади."
    found = []
    for key, surface in (
        ("nikopol", "Нікополь"),
        ("marhanets", "Марганецька"),
        ("chervonohryhorivka", "Червоногригорівська громади"),
    ):
        start = text.index(surface)
        mention = PlaceMention(key, start, start + len(surface), surface, 1.0, "test")
        found.append(mention if key == "nikopol" else replace(mention, reason=AXIS_READING))
    got = {(c.claim_type, c.place_key) for c in extractor.extract(text, found, "ua")}
    assert got == {("strike", "nikopol"), ("strike", "marhanets"), ("strike", "chervonohryhorivka")}


@pytest.mark.parametrize(
    ("text", "side", "places", "expected"),
    [
        # where Russia has long held, a strike that names no side is Ukraine's
        (
            "Удар по Севастополю, есть пострадавшие.",
            "ru",
            {"sevastopol": "Севастополю"},
            {
                ("strike", "sevastopol", "ua", "asserted"),
                ("casualties", "sevastopol", "ua", "asserted"),
            },
        ),
        (
            "Обстрел Донецка: погибла женщина.",
            "ru",
            {"donetsk": "Донецка"},
            {("strike", "donetsk", "ua", "asserted"), ("casualties", "donetsk", "ua", "asserted")},
        ),
        # a side named still decides
        (
            "Наши ударили по Донецку.",
            "ru",
            {"donetsk": "Донецку"},
            {("strike", "donetsk", "ru", "asserted")},
        ),
        # the rest of Ukraine is struck by Russia
        (
            "Удар по Харкову, есть пострадавшие.",
            "ru",
            {"kharkiv": "Харкову"},
            {("strike", "kharkiv", "ru", "asserted"), ("casualties", "kharkiv", "ru", "asserted")},
        ),
    ],
)
def test_strikes_where_russia_has_long_held_are_ukraines(
    text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    held_places = {
        "sevastopol": ("city", "UA"),
        "donetsk": ("city", "UA"),
        "kharkiv": ("city", "UA"),
    }

    def info(key: str) -> SimpleNamespace:
        kind, country = held_places[key]
        return SimpleNamespace(kind=kind, country=country, name_en="")

    extractor = ClaimExtractor(
        load_settings().claims, info, None, lambda key: key in ("sevastopol", "donetsk")
    )
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an axis right after a village says where the village lies: no second target, and
        # the next sentence's claim goes back to the village
        (
            "Бійці знищили штурмову групу біля Шевченкового на Лиманському напрямку. "
            "Вісім окупантів ліквідовано.",
            {("casualties", "shevchenkove", "ua", "asserted")},
        ),
        (
            "Бої біля Шевченкового на Лиманському напрямку.",
            {("advance", "shevchenkove", "ru", "asserted")},
        ),
    ],
)
def test_an_axis_after_a_village_qualifies_it(text: str, expected: set[Claim]) -> None:
    extractor = extractor_over({"shevchenkove": ("village", "UA"), "lyman": ("town", "UA")})
    found = []
    for key, surface in (("shevchenkove", "Шевченкового"), ("lyman", "Лиманському напрямку")):
        start = text.index(surface)
        mention = PlaceMention(key, start, start + len(surface), surface, 1.0, "test")
        found.append(mention if key == "shevchenkove" else replace(mention, reason=AXIS_READING))
    got = {
        (c.claim_type, c.place_key, c.actor, c.stance) for c in extractor.extract(text, found, "ua")
    }
    assert got == expected
