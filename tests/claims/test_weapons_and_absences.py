"""A weapon that flew into a target strikes where the target stood («FPV залетает в блиндаж у
X»), and soldiers who gave up under it are the striker's casualties there; a trigger noun after
«без» names what did not happen («оставили без боя», «обошлось без жертв»), and victims
named as news still to come are none yet («информация о пострадавших уточняется»); where a side came
from («со стороны X») is no place of the sentence that keeps the headline's from it; an oblast
right after a village qualifies it («X Сумской области — наша»). Every text is a paraphrase
written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

PLACES = {
    "sadky": ("village", "UA"),
    "toretsk": ("town", "UA"),
    "kharkiv": ("city", "UA"),
    "odesa": ("city", "UA"),
    "moscow": ("city", "RU"),
    "belgorod": ("city", "RU"),
    "kherson": ("city", "UA"),
    "krynky": ("village", "UA"),
    "vuhledar": ("town", "UA"),
    "selydove": ("town", "UA"),
    "lgov": ("town", "RU"),
    "tsukuryne": ("village", "UA"),
    "andriivka": ("village", "UA"),
    "sumy-oblast": ("region", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


Case = tuple[str, str, dict[str, str], set[Claim]]

CASES: list[Case] = [
    (
        "Свежее видео: FPV залетает в блиндаж у Садков, двое укров выбрали жизнь.",
        "ru",
        {"sadky": "Садков"},
        {("strike", "sadky", "ru", "asserted"), ("casualties", "sadky", "ru", "asserted")},
    ),
    (
        "Ракета прилетела в жилой дом в Харькове.",
        "ua",
        {"kharkiv": "Харькове"},
        {("strike", "kharkiv", "ru", "asserted")},
    ),
    (
        "Шахед влетів у багатоповерхівку в Одесі.",
        "ua",
        {"odesa": "Одесі"},
        {("strike", "odesa", "ru", "asserted")},
    ),
    (
        "Після удару дрона по бліндажу біля Торецька двоє окупантів здалися в полон.",
        "ua",
        {"toretsk": "Торецька"},
        {("strike", "toretsk", "ua", "asserted"), ("casualties", "toretsk", "ua", "asserted")},
    ),
    # no weapon: a flight
    ("Делегация прилетела в Москву на переговоры.", "ru", {"moscow": "Москву"}, set()),
    # «без»: what did not happen
    ("Херсон тогда оставили без боя.", "ru", {"kherson": "Херсон"}, set()),
    (
        "Наши зашли в Крынки без боя.",
        "ru",
        {"krynky": "Крынки"},
        {("advance", "krynky", "ru", "asserted")},
    ),
    (
        "Обстрел Белгорода обошёлся без жертв.",
        "ru",
        {"belgorod": "Белгорода"},
        {("strike", "belgorod", "ua", "asserted")},
    ),
    # «не обошлось без»: two negations, so there were some; the «не» denies nothing
    (
        "Обстрел Белгорода, не обошлось без жертв.",
        "ru",
        {"belgorod": "Белгорода"},
        {("strike", "belgorod", "ua", "asserted"), ("casualties", "belgorod", "ua", "asserted")},
    ),
    (
        "Обстріл Херсона: не обійшлося без поранених.",
        "ua",
        {"kherson": "Херсона"},
        {("strike", "kherson", "ru", "asserted"), ("casualties", "kherson", "ru", "asserted")},
    ),
    # «наши» right before the verb is its subject, not the owner of the losses before it
    (
        "Практически без потерь наши взяли Угледар.",
        "ru",
        {"vuhledar": "Угледар"},
        {("capture", "vuhledar", "ru", "asserted")},
    ),
    # where the side came from names no place of the sentence's own: the headline's reaches
    (
        "**Селидово. Ситуация на утро**\n\nНаши штурмовики зашли в южную часть города со "
        "стороны Цукурино.",
        "ru",
        {"selydove": "Селидово", "tsukuryne": "Цукурино"},
        {("advance", "selydove", "ru", "asserted")},
    ),
    # the side after an action noun that «от» governs inflicts: «от удара ВСУ»
    (
        "В Белгороде пострадал мужчина от удара ВСУ.",
        "ru",
        {"belgorod": "Белгороде"},
        # (and the strike is the place's, the scene the sentence opens with)
        {("casualties", "belgorod", "ua", "asserted"), ("strike", "belgorod", "ua", "asserted")},
    ),
    # housing harmed, told by a participle after a comma, is no casualty
    (
        "Встретился с жителями Льгова. Обсудили восстановление жилья, пострадавшего от ударов ВСУ.",
        "ru",
        {"lgov": "Льгова"},
        {("strike", "lgov", "ua", "asserted")},
    ),
    # the village an oblast qualifies
    (
        "Андреевка Сумской области — наша.",
        "ru",
        {"andriivka": "Андреевка", "sumy-oblast": "Сумской области"},
        {("capture", "andriivka", "ru", "asserted")},
    ),
    # a weapon named bare, as bloggers write it, over a list of cities
    (
        "Ночью «Герани» по Харькову, Одессе и Херсону.",
        "ru",
        {"kharkiv": "Харькову", "odesa": "Одессе", "kherson": "Херсону"},
        {
            ("strike", "kharkiv", "ru", "asserted"),
            ("strike", "odesa", "ru", "asserted"),
            ("strike", "kherson", "ru", "asserted"),
        },
    ),
    (
        "Калибры по Одессе, есть попадания.",
        "ru",
        {"odesa": "Одессе"},
        {("strike", "odesa", "ru", "asserted")},
    ),
    # the flower is no weapon, nor a calibre, nor a gem; a calibre vetoes no missile
    (
        "Цветочный магазин в Белгороде продаёт герань и герберы.",
        "ru",
        {"belgorod": "Белгороде"},
        set(),
    ),
    ("Кольцо с цирконом продали в Белгороде.", "ru", {"belgorod": "Белгороде"}, set()),
    (
        "По Белгороду выпущены ракеты РСЗО «Вампир» калибра 122 мм.",
        "ru",
        {"belgorod": "Белгороду"},
        {("strike", "belgorod", "ua", "asserted")},
    ),
    ("В Белгороде на подоконнике расцвела герань.", "ru", {"belgorod": "Белгороде"}, set()),
    ("В Белгороде освоили выпуск снарядов калибра 155 мм.", "ru", {"belgorod": "Белгороде"}, set()),
    # drones that destroy something are the instrument of the verb's side, not weapons flying
    # at the place (whose enemy would be the actor); artillery destroyed is equipment
    (
        "Дрони знищили танк біля Торецька.",
        "ua",
        {"toretsk": "Торецька"},
        {("strike", "toretsk", "ua", "asserted")},
    ),
    (
        "Відео: FPV-дрони бригади знищують російську артилерію поблизу Торецька.",
        "ua",
        {"toretsk": "Торецька"},
        {("strike", "toretsk", "ua", "asserted")},
    ),
    (
        "Наши дроны уничтожили миномёт ВСУ у Торецка.",
        "ru",
        {"toretsk": "Торецка"},
        {("strike", "toretsk", "ru", "asserted")},
    ),
    # strongpoints and buildings destroyed are struck, not soldiers killed
    (
        "Уничтожены опорные пункты ВСУ у Торецка.",
        "ru",
        {"toretsk": "Торецка"},
        {("strike", "toretsk", "ru", "asserted")},
    ),
    (
        "Рашисти знищили лікарню в Харкові.",
        "ua",
        {"kharkiv": "Харкові"},
        {("strike", "kharkiv", "ru", "asserted")},
    ),
    (
        "Дроны атаковали Херсон.",
        "ru",
        {"kherson": "Херсон"},
        {("strike", "kherson", "ru", "asserted")},
    ),
    # victims named only as news still to come: none yet
    (
        "Дроны атаковали Белгород. Информация о пострадавших уточняется.",
        "ru",
        {"belgorod": "Белгород"},
        {("strike", "belgorod", "ua", "asserted")},
    ),
    (
        "После обстрела Белгорода сведений о погибших и раненых пока не поступало.",
        "ru",
        {"belgorod": "Белгорода"},
        {("strike", "belgorod", "ua", "asserted")},
    ),
    (
        "Росіяни атакували Харків дронами. Дані щодо постраждалих не надходили.",
        "ua",
        {"kharkiv": "Харків"},
        {("strike", "kharkiv", "ru", "asserted")},
    ),
    (
        "Сведения о погибших в Белгороде после обстрела пока не поступали.",
        "ru",
        {"belgorod": "Белгороде"},
        {("strike", "belgorod", "ua", "asserted")},
    ),
    (
        "Після атаки дронів на Харків про постраждалих інформація поки не надходила.",
        "ua",
        {"kharkiv": "Харків"},
        {("strike", "kharkiv", "ru", "asserted")},
    ),
    # but a count still being made is of victims there are
    (
        "Дроны атаковали Белгород, число пострадавших уточняется.",
        "ru",
        {"belgorod": "Белгород"},
        {("strike", "belgorod", "ua", "asserted"), ("casualties", "belgorod", "ua", "asserted")},
    ),
    (
        "Удар по Харкову: двоє поранених, інформація щодо загиблих уточнюється.",
        "ua",
        {"kharkiv": "Харкову"},
        {("strike", "kharkiv", "ru", "asserted"), ("casualties", "kharkiv", "ru", "asserted")},
    ),
    # victims said not to have been, not to have been found or recorded
    (
        "Дроны атаковали Белгород. Погибших не было.",
        "ru",
        {"belgorod": "Белгород"},
        {("strike", "belgorod", "ua", "asserted")},
    ),
    (
        "После обстрела Льгова раненых и погибших не выявлено.",
        "ru",
        {"lgov": "Льгова"},
        {("strike", "lgov", "ua", "asserted")},
    ),
    (
        "Ворог атакував Херсон дронами, загиблих не зафіксовано.",
        "ua",
        {"kherson": "Херсон"},
        {("strike", "kherson", "ru", "asserted")},
    ),
    (
        "Окупанти обстріляли Херсон. Загиблих не було.",
        "ua",
        {"kherson": "Херсон"},
        {("strike", "kherson", "ru", "asserted")},
    ),
    # no dead, but wounded: the wounded stay (the negation is the other clause's)
    (
        "Окупанти обстріляли Херсон: загиблих не було, поранено двох мешканців.",
        "ua",
        {"kherson": "Херсон"},
        {("strike", "kherson", "ru", "asserted"), ("casualties", "kherson", "ru", "asserted")},
    ),
    # one victim named, and no others: there was one
    (
        "Дроны атаковали Белгород, погиб мужчина. Других пострадавших не было.",
        "ru",
        {"belgorod": "Белгород"},
        {("strike", "belgorod", "ua", "asserted"), ("casualties", "belgorod", "ua", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "side", "places", "expected"), CASES)
def test_weapons_and_absences(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected
