"""Combat footage where drones are the ones that destroy (not shot down); a shoot-down is the
launcher's strike, whoever is named with it (the shooter before an active verb, the launcher
after it or by a passive); build-ups no side is named with (the enemy's, on either side's
channel); areas listed before the one noun they share («Донецької та Луганської областей»)
under a rule that takes no lists; equipment lost where the attack was, and a place qualified
in parentheses carried as the place; facilities harmed are no casualties; a «Нептун» flown
toward a city is a strike, not an advance; «ушли из-под X» is a withdrawal. Every text is a
paraphrase written for the test."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

PLACES = {
    "horlivka": ("city", "UA"),
    "glushkovo": ("village", "RU"),
    "kursk": ("city", "RU"),
    "torske": ("village", "UA"),
    "kreminna": ("town", "UA"),
    "orikhiv": ("town", "UA"),
    "robotyne": ("village", "UA"),
    "sumy": ("city", "UA"),
    "donetsk-oblast": ("region", "UA"),
    "luhansk-oblast": ("region", "UA"),
    "kherson-oblast": ("region", "UA"),
    "zaporizhzhia-oblast": ("region", "UA"),
    "donetsk": ("city", "UA"),
    "hvardiiske": ("town", "UA"),
    "crimea": ("region", "UA"),
    "shostka-raion": ("district", "UA"),
    "moscow-oblast": ("region", "RU"),
    "krasnodar-krai": ("region", "RU"),
    "kherson": ("city", "UA"),
    "pokrovske": ("village", "UA"),
    "dnipropetrovsk-oblast": ("region", "UA"),
    "glushkovo-2": ("village", "RU"),
    "darnytskyi-district": ("district", "UA"),
    "novorossiysk": ("city", "RU"),
    "kyiv": ("city", "UA"),
    "chernihiv": ("city", "UA"),
    "odesa": ("city", "UA"),
    "pavlohrad-raion": ("district", "UA"),
    "pokrovsk": ("town", "UA"),
    "mariupol": ("city", "UA"),
    "sudzha": ("town", "RU"),
    "vovchansk": ("town", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


Case = tuple[str, str, dict[str, str], set[Claim]]

CASES: list[Case] = [
    # drones before an active verb destroy; they are not shot down
    (
        "Дрони 414-го полку знищили ворожу САУ та склад БК поблизу Горлівки.",
        "ua",
        {"horlivka": "Горлівки"},
        {("strike", "horlivka", "ua", "asserted")},
    ),
    (
        "FPV-дроны ВСУ уничтожили пикап у Глушково.",
        "ru",
        {"glushkovo": "Глушково"},
        {("strike", "glushkovo", "ua", "asserted")},
    ),
    # shot down: after an active verb, or before a passive one
    (
        "ПВО сбила три дрона над Курском.",
        "ru",
        {"kursk": "Курском"},
        {("strike", "kursk", "ua", "asserted")},
    ),
    (
        "Три беспилотника сбиты над Курском.",
        "ru",
        {"kursk": "Курском"},
        {("strike", "kursk", "ua", "asserted")},
    ),
    # a shoot-down is the launcher's strike: the shooter before an active verb, the launcher
    # after it, or named anywhere with a passive one; drones by their names
    (
        "Прикордонники збили ворожий «Орлан-10» над Шосткинським районом.",
        "ua",
        {"shostka-raion": "Шосткинським районом"},
        {("strike", "shostka-raion", "ru", "asserted")},
    ),
    (
        "Средства ПВО сбили 51 украинский беспилотник над Краснодарским краем.",
        "ru",
        {"krasnodar-krai": "Краснодарским краем"},
        {("strike", "krasnodar-krai", "ua", "asserted")},
    ),
    (
        "Семнадцать украинских БПЛА сбито за последний час в Подмосковье.",
        "ru",
        {"moscow-oblast": "Подмосковье"},
        {("strike", "moscow-oblast", "ua", "asserted")},
    ),
    # a repelled attack the passive tells of is the attacker's, before the verb or after it
    (
        "Атаки ВСУ у Глушково отражены.",
        "ru",
        {"glushkovo-2": "Глушково"},
        {("advance", "glushkovo-2", "ua", "asserted")},
    ),
    # shelling told in the present is shelling
    (
        "Херсон: ворог регулярно обстрілює місто з лівого берега.",
        "ua",
        {"kherson": "Херсон"},
        {("strike", "kherson", "ru", "asserted")},
    ),
    # equipment lost where the attack was: the village, not the oblast in parentheses after it;
    # counted equipment is no casualty
    (
        "Ворожий штурм на Покровське (Дніпропетровська область) відбито. Окупанти втратили 6 "
        "одиниць техніки.",
        "ua",
        {"pokrovske": "Покровське", "dnipropetrovsk-oblast": "Дніпропетровська область"},
        {("advance", "pokrovske", "ru", "asserted"), ("strike", "pokrovske", "ua", "asserted")},
    ),
    # facilities harmed are property
    (
        "Ночью ВС РФ нанесли удары по Киеву. В Дарницком районе пострадали объекты энергетики.",
        "ru",
        {"kyiv": "Киеву", "darnytskyi-district": "Дарницком районе"},
        {("strike", "kyiv", "ru", "asserted")},
    ),
    # a missile by its name flown toward a city
    (
        "Укры закинули «Нептун» в сторону Новороссийска.",
        "ru",
        {"novorossiysk": "Новороссийска"},
        {("strike", "novorossiysk", "ua", "asserted")},
    ),
    # a hotel or a stadium by a missile's name is no strike
    ("Гостиница «Нептун» в Одессе закрыта на ремонт.", "ru", {"odesa": "Одессе"}, set()),
    ("Стадіон «Нептун» в Одесі прийняв турнір.", "ua", {"odesa": "Одесі"}, set()),
    # shot down over a place: the other side's weapon, on either side's channel
    (
        "Над Павлоградщиной сбиты три беспилотника.",
        "ru",
        {"pavlohrad-raion": "Павлоградщиной"},
        {("strike", "pavlohrad-raion", "ru", "asserted")},
    ),
    # out from under what is no place
    ("Цены ушли из-под контроля в Киеве.", "ru", {"kyiv": "Киеве"}, set()),
    (
        "Наши бойцы ушли из-под удара у Покровска.",
        "ru",
        {"pokrovsk": "Покровска"},
        {("strike", "pokrovsk", "ru", "asserted")},
    ),
    # pulled back from the outskirts
    (
        "В 2022-м мы ушли из-под Киева и Чернигова.",
        "ru",
        {"kyiv": "Киева", "chernihiv": "Чернигова"},
        {("withdrawal", "kyiv", "ru", "asserted"), ("withdrawal", "chernihiv", "ru", "asserted")},
    ),
    (
        "Росіяни вийшли з-під Києва та Чернігова навесні 2022-го.",
        "ua",
        {"kyiv": "Києва", "chernihiv": "Чернігова"},
        {("withdrawal", "kyiv", "ru", "asserted"), ("withdrawal", "chernihiv", "ru", "asserted")},
    ),
    # a build-up without its side is the enemy's
    (
        "На Лиманському напрямку — накопичення живої сили в Торському.",
        "ua",
        {"torske": "Торському"},
        {("deployment", "torske", "ru", "asserted")},
    ),
    (
        "Фиксируется накопление живой силы в районе Кременной.",
        "ru",
        {"kreminna": "Кременной"},
        {("deployment", "kreminna", "ua", "asserted")},
    ),
    (
        "Ворог скупчує сили біля Оріхова та Роботиного.",
        "ua",
        {"orikhiv": "Оріхова", "robotyne": "Роботиного"},
        {("deployment", "orikhiv", "ru", "asserted"), ("deployment", "robotyne", "ru", "asserted")},
    ),
    (
        "Противник сосредотачивает силы у Волчанска.",
        "ru",
        {"vovchansk": "Волчанска"},
        {("deployment", "vovchansk", "ua", "asserted")},
    ),
    # the side named still decides
    (
        "ВСУ накапливают резервы у Сум.",
        "ru",
        {"sumy": "Сум"},
        {("deployment", "sumy", "ua", "asserted")},
    ),
    # areas sharing one noun are one phrase; a list of launch sites is not all occupied
    (
        "ТОТ Донецької та Луганської областей перетворені на полігон.",
        "ua",
        {"donetsk-oblast": "Донецької", "luhansk-oblast": "Луганської областей"},
        {
            ("advance", "donetsk-oblast", "ru", "asserted"),
            ("advance", "luhansk-oblast", "ru", "asserted"),
        },
    ),
    (
        "На оккупированных территориях Херсонской и Запорожской областей прошли учения.",
        "ua",
        {"kherson-oblast": "Херсонской", "zaporizhzhia-oblast": "Запорожской областей"},
        {
            ("advance", "kherson-oblast", "ru", "asserted"),
            ("advance", "zaporizhzhia-oblast", "ru", "asserted"),
        },
    ),
    # the occupier is the side whose country the place is not in, on either side's channel
    (
        "В оккупированном Мариуполе открыли школу.",
        "ru",
        {"mariupol": "Мариуполе"},
        {("capture", "mariupol", "ru", "asserted")},
    ),
    (
        "В оккупированной ВСУ Судже остаются мирные жители.",
        "ru",
        {"sudzha": "Судже"},
        {("capture", "sudzha", "ua", "asserted")},
    ),
    (
        "Пуски велися з напрямків ТОТ Донецьк, Гвардійське.",
        "ua",
        {"donetsk": "Донецьк", "hvardiiske": "Гвардійське"},
        {("capture", "donetsk", "ru", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "side", "places", "expected"), CASES)
def test_footage_and_buildups(
    extractor: ClaimExtractor, text: str, side: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected
