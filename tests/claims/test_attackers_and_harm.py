"""Who pushes where no side is named (a Ukrainian front update tells of the enemy's pushes, a
Russian blogger of his own side's); places that suffered, listed after «постраждали»; nobody
hurt is no claim, and people hurt in the sentence after a strike are its casualties; vehicles
and aircraft destroyed are hits, not casualties; Russians who fight for Ukraine («Легион
«Свобода России»», РДК) are Ukraine's side; forces massing; a bypass; an oblast attacked in a
report of shelling. Every text is a paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

PLACES = {
    "bilohorivka": ("village", "UA"),
    "myrnohrad": ("town", "UA"),
    "kurakhove": ("town", "UA"),
    "pokrovsk": ("town", "UA"),
    "robotyne": ("village", "UA"),
    "kharkiv": ("city", "UA"),
    "kharkiv-oblast": ("region", "UA"),
    "sumy-oblast": ("region", "UA"),
    "odesa-oblast": ("region", "UA"),
    "nikopol": ("town", "UA"),
    "kherson": ("city", "UA"),
    "belgorod": ("city", "RU"),
    "shebekino": ("town", "RU"),
    "kozinka": ("village", "RU"),
    "tyotkino": ("village", "RU"),
    "nizhny-klin": ("village", "RU"),
    "myrhorod-air-base": ("facility", "UA"),
    "siversk": ("town", "UA"),
    "kherson-oblast": ("region", "UA"),
    "komyshany": ("village", "UA"),
    "antonivka": ("village", "UA"),
    "lviv": ("city", "UA"),
    "krasnohorivka": ("town", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


Case = tuple[str, str, dict[str, str], set[Claim]]

CASES: list[Case] = [
    # no side named: a Ukrainian channel tells of the enemy's pushes…
    (
        "На Сіверському напрямку — 8 спроб наступу біля Білогорівки.",
        "ua",
        {"bilohorivka": "Білогорівки"},
        {("advance", "bilohorivka", "ru", "asserted")},
    ),
    (
        "Бої за Мирноград тривають.",
        "ua",
        {"myrnohrad": "Мирноград"},
        {("advance", "myrnohrad", "ru", "asserted")},
    ),
    # …a Russian blogger of his own side's, and a side named still decides
    (
        "Бои за Мирноград продолжаются.",
        "ru",
        {"myrnohrad": "Мирноград"},
        {("advance", "myrnohrad", "ru", "asserted")},
    ),
    (
        "Сили оборони просунулися біля Білогорівки.",
        "ua",
        {"bilohorivka": "Білогорівки"},
        {("advance", "bilohorivka", "ua", "asserted")},
    ),
    # bloggers' «укров», «хохлов» are objects, not the subject of the verb after them
    (
        "Наши додавили укров в лесничестве и вышли к окраинам Северска.",
        "ru",
        {"siversk": "Северска"},
        {("advance", "siversk", "ru", "asserted")},
    ),
    (
        "Хохлов выбили из Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("capture", "robotyne", "ru", "asserted")},
    ),
    # troops a Ukrainian channel names by what they are, or by their brigade, are its own
    (
        "Підрозділи 47 ОМБр просунулися на 2 км біля Роботиного.",
        "ua",
        {"robotyne": "Роботиного"},
        {("advance", "robotyne", "ua", "asserted")},
    ),
    (
        "Прикордонники зайшли в Тьоткіно.",
        "ua",
        {"tyotkino": "Тьоткіно"},
        {("advance", "tyotkino", "ua", "asserted")},
    ),
    # «X — все.»: taken on a Russian channel, lost on a Ukrainian one; not what one endures
    ("Херсон усе.", "ua", {"kherson": "Херсон"}, {("capture", "kherson", "ru", "asserted")}),
    ("Белгород выдержит всё.", "ru", {"belgorod": "Белгород"}, set()),
    # places listed after «постраждали» are what suffered: strikes, not casualties
    (
        "Внаслідок атаки постраждали Харківська, Сумська та Одеська області.",
        "ua",
        {"kharkiv-oblast": "Харківська", "sumy-oblast": "Сумська", "odesa-oblast": "Одеська"},
        {
            ("strike", "kharkiv-oblast", "ru", "asserted"),
            ("strike", "sumy-oblast", "ru", "asserted"),
            ("strike", "odesa-oblast", "ru", "asserted"),
        },
    ),
    (
        "В результате атаки пострадали Белгород, Шебекино и двое мирных жителей.",
        "ru",
        {"belgorod": "Белгород", "shebekino": "Шебекино"},
        {("strike", "belgorod", "ua", "asserted"), ("strike", "shebekino", "ua", "asserted")},
    ),
    # nobody hurt is no claim
    (
        "Ворог атакував Нікополь дронами. Пошкоджено будинок. Люди не постраждали.",
        "ua",
        {"nikopol": "Нікополь"},
        {("strike", "nikopol", "ru", "asserted")},
    ),
    (
        "Обстріл Херсона, ніхто не постраждав.",
        "ua",
        {"kherson": "Херсона"},
        {("strike", "kherson", "ru", "asserted")},
    ),
    # people hurt in the sentence after the strike, a side named with it
    (
        "Хохлы обстреляли Шебекино из «Града». Повреждены частные дома, ранен мужчина.",
        "ru",
        {"shebekino": "Шебекино"},
        {("strike", "shebekino", "ua", "asserted"), ("casualties", "shebekino", "ua", "asserted")},
    ),
    (
        "Ворог обстріляв Херсон. Пошкоджено будинки, поранено двох людей.",
        "ua",
        {"kherson": "Херсон"},
        {("strike", "kherson", "ru", "asserted"), ("casualties", "kherson", "ru", "asserted")},
    ),
    # vehicles and aircraft destroyed are hits
    (
        "Под Нижним Клином уничтожены две бронемашины противника.",
        "ru",
        {"nizhny-klin": "Нижним Клином"},
        {("strike", "nizhny-klin", "ru", "asserted")},
    ),
    (
        "Наши дроны отработали по аэродрому Миргород, уничтожен Су-27.",
        "ru",
        {"myrhorod-air-base": "аэродрому Миргород"},
        {("strike", "myrhorod-air-base", "ru", "asserted")},
    ),
    (
        "Уничтожены бронеавтомобиль и экипаж ВСУ у Красногоровки.",
        "ru",
        {"krasnohorivka": "Красногоровки"},
        {
            ("strike", "krasnohorivka", "ru", "asserted"),
            ("casualties", "krasnohorivka", "ru", "asserted"),
        },
    ),
    (
        "Мінус два танки ворога біля Покровська.",
        "ua",
        {"pokrovsk": "Покровська"},
        {("strike", "pokrovsk", "ua", "asserted")},
    ),
    ("Температура мінус 10 у Харкові.", "ua", {"kharkiv": "Харкові"}, set()),
    # Russians who fight for Ukraine: their «России» names no Russian force
    (
        "Боевики «Легиона свободы России» пытались прорваться у Козинки и Тёткино.",
        "ru",
        {"kozinka": "Козинки", "tyotkino": "Тёткино"},
        {("advance", "kozinka", "ua", "asserted"), ("advance", "tyotkino", "ua", "asserted")},
    ),
    (
        "Армия России взяла Курахово.",
        "ru",
        {"kurakhove": "Курахово"},
        {("capture", "kurakhove", "ru", "asserted")},
    ),
    # an oblast attacked hundreds of times in a report on places «під ударами» was shelled
    (
        "Протягом доби ворог атакував Херсонщину 312 разів. Під ударами були Комишани та "
        "Антонівка.",
        "ua",
        {"kherson-oblast": "Херсонщину", "komyshany": "Комишани", "antonivka": "Антонівка"},
        {
            ("strike", "kherson-oblast", "ru", "asserted"),
            ("strike", "komyshany", "ru", "asserted"),
            ("strike", "antonivka", "ru", "asserted"),
        },
    ),
    # forces massing, told by a verb with the side its subject
    (
        "Противник накопичується в південній частині Покровська.",
        "ua",
        {"pokrovsk": "Покровська"},
        {("deployment", "pokrovsk", "ru", "asserted")},
    ),
    (
        "Хохлы скапливаются у Работино.",
        "ru",
        {"robotyne": "Работино"},
        {("deployment", "robotyne", "ua", "asserted")},
    ),
    ("В Харькове накапливается мусор.", "ru", {"kharkiv": "Харькове"}, set()),
    # a bypass is an advance
    ("Радимо водіям обходити центр Львова.", "ua", {"lviv": "Львова"}, set()),
    (
        "Ворог намагається обійти Курахове з півночі.",
        "ua",
        {"kurakhove": "Курахове"},
        {("advance", "kurakhove", "ru", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "side", "places", "expected"), CASES)
def test_attackers_and_harm(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected
