"""The General Staff's «від початку доби агресор …» names the attacker, not a victim; a
settlement's abbreviated noun («н.п.», «с.», «смт») and an aside («в частности») do not push a
listed place out of its trigger's reach; the soldiers' codes written as numbers count only set
apart as codes («1 — 200», «☠️ 200 — 487»); the weather's «минус» kills nobody; «не оставляет
попыток» abandons nothing; the wounded after a town's strike are the town's, not those of the
village the drone came from; drones downed over a region stay the region's with a town told
after; explosions that thunder; «город» pointing back is the town, not the village named last;
a governor's «временное перемещение жителей» evacuates. Through the real analyzer and the
bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of, claims_of_type


@pytest.mark.parametrize(
    "text",
    [
        "Найбільше штурмів — на Покровському напрямку: від початку доби агресор здійснив 38 "
        "спроб просунутися в районах населених пунктів Миролюбівка та Лисівка.",
        "На Покровському напрямку від початку доби ворог 20 разів намагався просунутися біля "
        "Лисівки.",
    ],
)
def test_since_the_start_of_the_day_names_no_victim(bundled_analyzer: Analyzer, text: str) -> None:
    actor_of(bundled_analyzer, text, "ua", ("advance", "Lysivka", "ru"))


@pytest.mark.parametrize(
    ("text", "side", "places"),
    [
        ("На Північно-Слобожанському напрямку ворог шість разів атакував позиції наших "
         "підрозділів у районах н.п. Андріївка, Юнаківка та Садки.", "ua",
         {"Yunakivka", "Sadky"}),
        ("Противник трижды атаковал позиции наших подразделений в районах н. п. Юнаковка и "
         "Садки Сумской области.", "ru", {"Yunakivka", "Sadky"}),
        ("Ворог штурмував позиції наших підрозділів поблизу смт Велика Писарівка.", "ua",
         {"Velyka Pysarivka"}),
    ],
)  # fmt: skip
def test_an_abbreviated_settlement_noun_keeps_the_place_in_reach(
    bundled_analyzer: Analyzer, text: str, side: str, places: set[str]
) -> None:
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, side, "advance")}
    assert places <= found


def test_an_aside_keeps_the_listed_places_in_reach(bundled_analyzer: Analyzer) -> None:
    text = "Ночью взрывы гремели, в частности, в Днепре и Кременчуге."
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, "ru", "strike")}
    assert {"Dnipro", "Kremenchuk"} <= found


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("Дружківка, прильоти по центру.\nПопередньо: 1 — 200, 3 — 300.", "ua", "Druzhkivka"),
        ("По итогам боя у Клещеевки: 200 — 14, 300 — 9.", "ru", "Klishchiivka"),
        ("Тиждень роботи бригади біля Покровська: ☠️ 200 — 487, 🩸 300 — 312.", "ua",
         "Pokrovsk"),
    ],
)  # fmt: skip
def test_the_codes_as_numbers_tied_to_their_count(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    assert place in {c[1] for c in claims_of_type(bundled_analyzer, text, side, "casualties")}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Пиротехники МЧС ликвидировали 300 суббоеприпасов ракеты ATACMS в Курской области.", "ru"),
        ("У Покровську після обстрілу квитки подорожчали: 200 — 300 гривень.", "ua"),
        ("Атака на Покровськ: ворог пройшов 200 - 300 метрів.", "ua"),
        ("Удар по Курску: повреждено 200 — 300 домов.", "ru"),
        ("Обстрел Донецка 12.03 — 200 снарядов, с 14:00 — 300 абонентов без света.", "ru"),
        ("Після обстрілу Херсона 200 будинків пошкоджено.", "ua"),
        (
            "Ночные значения температуры в Москве составят минус 2-7 градусов, сообщил "
            "научный руководитель Гидрометцентра России.",
            "ru",
        ),
    ],
)
def test_numbers_that_are_no_codes_and_the_weathers_minus(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not claims_of_type(bundled_analyzer, text, side, "casualties")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Противник не оставляет попыток вернуть Дзержинск.", "ru"),
        ("ВСУ не оставляют надежды вернуть Работино.", "ru"),
        ("Ворог не залишає спроб повернути Вовчанськ.", "ua"),
    ],
)
def test_giving_up_no_attempts_abandons_nothing(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not claims_of_type(bundled_analyzer, text, side, "withdrawal")


def test_leaving_a_town_is_still_a_withdrawal(bundled_analyzer: Analyzer) -> None:
    assert ("withdrawal", "Vuhledar", "ua") in claims_of(
        bundled_analyzer, "ВСУ оставили Угледар.", "ru"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Рыльск снова под ударом. Дрон атаковал рейсовый автобус на въезде в город со стороны "
        "Ивановского. Ранены четверо пассажиров.",
        "Дрон атаковал автобус на въезде в Рыльск со стороны Ивановского. Ранены четверо.",
    ],
)
def test_the_wounded_are_not_where_the_drone_came_from(
    bundled_analyzer: Analyzer, text: str
) -> None:
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, "ru", "casualties")}
    assert "Rylsk" in found
    assert not any(place.startswith("Ivanovsk") for place in found)


def test_a_list_of_regions_runs_on_past_who_holds_one(bundled_analyzer: Analyzer) -> None:
    text = (
        "По данным МО, 40 дронов сбиты над Краснодарским краем, Белгородской областью, "
        "аннексированным Крымом и Азовским морем."
    )
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, "ru", "strike")}
    assert {"Krasnodar Krai", "Belgorod Oblast", "Crimea", "Sea of Azov"} <= found


@pytest.mark.parametrize(
    ("text", "region", "town"),
    [
        ("Над Ростовской областью ночью уничтожены 18 беспилотников, в Таганроге повреждены "
         "крыши домов, сообщил губернатор.", "Rostov Oblast", "Taganrog"),
        ("Над Белгородской областью сбиты пять БПЛА, в Белгороде повреждены два дома.",
         "Belgorod Oblast", "Belgorod"),
    ],
)  # fmt: skip
def test_drones_downed_over_a_region_stay_its_with_a_town_after(
    bundled_analyzer: Analyzer, text: str, region: str, town: str
) -> None:
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, "ru", "strike")}
    assert {region, town} <= found


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("Взрывы гремели всю ночь в Днепре.", "ru", "Dnipro"),
        ("В Днепре гремят взрывы.", "ru", "Dnipro"),
        ("Вночі у Харкові гриміли вибухи.", "ua", "Kharkiv"),
    ],
)
def test_explosions_that_thunder(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    assert place in {c[1] for c in claims_of_type(bundled_analyzer, text, side, "strike")}


@pytest.mark.parametrize(
    "text", ["Гремели салюты в Москве.", "Гром гремел над Курском, шла гроза."]
)
def test_thunder_and_fireworks_strike_nothing(bundled_analyzer: Analyzer, text: str) -> None:
    assert not claims_of_type(bundled_analyzer, text, "ru", "strike")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Ворог окупував Суджу та просунувся біля Гончарівки. Сили оборони вийшли з міста, щоб "
         "уникнути оточення.", "ua", ("withdrawal", "Sudzha", "ua")),
        ("В Покровске остаются до 300 военных ВСУ, а до Гродовки отсюда 10 км. В городе идут "
         "бои.", "ru", ("advance", "Pokrovsk", "ru")),
    ],
)  # fmt: skip
def test_the_town_pointed_back_to_is_a_town(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    found = claims_of_type(bundled_analyzer, text, side, expected[0])
    assert expected in found
    assert not any(c[1] in ("Goncharovka", "Hrodivka") for c in found)


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("Из-за обстрелов принято решение о временном перемещении жителей Краснояружского "
         "района в безопасные места.", "ru", "Krasnoyaruzhsky District"),
    ],
)  # fmt: skip
def test_residents_moved_out_are_evacuated(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    assert place in {c[1] for c in claims_of_type(bundled_analyzer, text, side, "evacuation")}
