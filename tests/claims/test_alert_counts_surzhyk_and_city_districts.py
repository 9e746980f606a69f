"""Alert lines that count or group the weapons a post names by where they head («КАБи на
Харківщину! 3 на Золочів, 1 на Дергачі»); the surzhyk «прильот» is «приліт»; «лупашити по» is
shelling slang; a city district is not another oblast's city's when the post names a city of
another oblast before it; the districts of Dnipro, Kryvyi Rih, Odesa and Mykolaiv; a region
after a list's last village places the list's villages; an axis inside a list joined on by a
conjunction. Paraphrases written for these tests, through the real analyzer, with the
counter-examples an adversarial review wrote against the first version."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "‼️ КАБи на Харківщину!\n3 на Золочів, 1 на Дергачі. Всі в укриття",
            {("strike", "Zolochiv", "ru"), ("strike", "Derhachi", "ru")},
        ),
        (
            "Шахеди над Чернігівщиною 🛵\n2 на Ніжин\n1 на Бахмач",
            {("strike", "Nizhyn", "ru"), ("strike", "Bakhmach", "ru")},
        ),
        (
            "Ракети з Чорного моря, група пішла на Ізмаїл і Рені ⚠️",
            {("strike", "Izmail", "ru"), ("strike", "Reni", "ru")},
        ),
    ],
)
def test_weapons_counted_or_grouped_toward_a_place(
    bundled_analyzer: Analyzer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    "text",
    [
        # counts of clashes by axis are no strikes on the axis town
        "Дрони над фронтом. Боєзіткнення: 14 на Покровському напрямку, 9 на Лиманському",
        # a bet, a bus, a rate: no weapon in the post
        "Ставлю 2 на Шахтар, 1 на Динамо",
        "Евакуаційний автобус: 2 на Харків о 9:00, дрон-шоу скасовано",
        # where they came from is not where they head
        "Шахеди заходили групою з Криму",
        # weather, lorries, trains, a year, a chat group, an assault group
        "Погода: +5 на Київщині, +8 на Одещині. Дрони в небі не помічені.",
        "Гуманітарка: 3 фури на Херсон, 2 на Нікополь. Також передали дрони бригаді.",
        "Электрички из-за угрозы дронов: 6:40 на Курск, 8:10 на Льгов.",
        "В 2014 на Донбасс пришла война, и теперь каждый день дроны.",
        "Группа в Телеграме на Белгородчине собирает на дроны для фронта.",
        "Штурмовая группа пошла на Часов Яр, дроны прикрывали.",
        "Екскурсійна група на Черкащину виїжджає у суботу, поки немає шахедів.",
    ],
)
def test_counts_that_are_no_weapons_heading_somewhere(
    bundled_analyzer: Analyzer, text: str
) -> None:
    found = claims_of(bundled_analyzer, text, "ua")
    assert not {c for c in found if c[0] == "strike" and c[1] != "-"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Прильот по Новобаварському району, горить склад.",
            ("strike", "Novobavarskyi District (Kharkiv)", "ru"),
        ),
        (
            "Знову прильоти по Нікополю, пошкоджено лінію електропередач.",
            ("strike", "Nikopol", "ru"),
        ),
        ("Кацапи цілу ніч лупашили по Херсону з артилерії.", ("strike", "Kherson", "ru")),
    ],
)
def test_surzhyk_words_for_a_hit(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ua")


def test_a_district_is_the_city_of_the_post_s_oblast(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "Кривий Ріг, вибухи.\nУдар по Центрально-Міському району, поранені двоє людей.",
        "ua",
    )
    assert ("strike", "Tsentralno-Miskyi District (Horlivka)", "ua") not in found
    assert ("strike", "Tsentralno-Miskyi District (Kryvyi Rih)", "ru") in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Обстрел Киевского района Донецка, раненых везут в Ростов.",
         "Kyivskyi District (Donetsk)"),
        ("Росіяни вдарили по Салтівському району. Ракети запустили з Бєлгорода.",
         "Saltivskyi District (Kharkiv)"),
        ("Уламки шахеда впали в Дарницькому районі, також уламки у Броварах.",
         "Darnytskyi District (Kyiv)"),
    ],
)  # fmt: skip
def test_a_city_named_after_the_district_leaves_it(
    bundled_analyzer: Analyzer, text: str, place: str
) -> None:
    found = claims_of(bundled_analyzer, text, "ua")
    assert any(c[1] == place for c in found)


def test_a_flight_that_lands_is_no_hit(bundled_analyzer: Analyzer) -> None:
    assert not claims_of(bundled_analyzer, "Прильот рейсу з Варшави до Львова затримується.", "ua")


def test_a_district_alone_or_with_its_city_stays(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Горлівка. Обстріл Центрально-Міського району.", "ru")
    assert ("strike", "Tsentralno-Miskyi District (Horlivka)", "ua") in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Днепр: удар по Чечеловскому району, повреждены дома.", "Chechelivskyi District (Dnipro)"),
        ("Одеса. Вибухи в Малиновському районі.", "Malynovskyi District (Odesa)"),
        ("Миколаїв: обстріл Інгульського району.", "Inhulskyi District (Mykolaiv)"),
        ("Атака дронів на Саксаганський район Кривого Рогу.", "Saksahanskyi District (Kryvyi Rih)"),
        (
            "Херсон: обстріл Центрального району Херсона, поранено чоловіка.",
            "Tsentralnyi District (Kherson)",
        ),
    ],
)
def test_districts_of_the_struck_cities(bundled_analyzer: Analyzer, text: str, place: str) -> None:
    assert ("strike", place, "ru") in claims_of(bundled_analyzer, text, "ua")


def test_a_russian_city_s_district_of_the_same_name_is_none_of_them(
    bundled_analyzer: Analyzer,
) -> None:
    found = claims_of(
        bundled_analyzer, "Взрыв в Приморском районе Петербурга, пострадал мужчина.", "ru"
    )
    assert not {c for c in found if "District" in c[1]}


# --- lists: a region after the last item, an axis between items, «— наши» -------------------


def test_a_region_after_a_list_places_every_item(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "Освобождены населённые пункты Ивановка и Привольное Днепропетровской области. "
        "Над Брянской областью сбиты 12 беспилотников.",
        "ru",
    )
    assert ("capture", "Ivanivka", "ru") in found
    assert ("capture", "Ivanovka", "ru") not in found  # the Bryansk Oblast village


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ворог просунувся поблизу Михайлівки та Сухого Яру на Покровському напрямку, "
            "а також біля Щербинівки.",
            {("advance", "Mykhailivka", "ru"), ("advance", "Shcherbynivka", "ru")},
        ),
        (
            "Противник продвинулся у Гродовки на Покровском направлении, а также у Торецка.",
            {("advance", "Hrodivka", "ru"), ("advance", "Toretsk", "ru")},
        ),
    ],
)
def test_an_axis_between_the_items_of_a_list(
    bundled_analyzer: Analyzer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= claims_of(bundled_analyzer, text, "ua")


def test_the_axis_of_the_sentence_before_is_no_heading(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "Ворог просунувся біля Зарічного на Лиманському напрямку.\n\n"
        "На Покровському напрямку — просування окупантів у Котлиному.",
        "ua",
    )
    assert ("advance", "Kotlyne", "ru") in found
    assert ("advance", "Pokrovsk", "ru") not in found


@pytest.mark.parametrize(
    ("text", "place", "actor"),
    [
        (
            "Ворог просунувся поблизу Іванівки на Куп'янському напрямку, а біля Торецька ЗСУ "
            "відновили позиції.",
            "Toretsk",
            "ua",
        ),
    ],
)
def test_an_axis_before_a_clause_of_its_own_ends_the_list(
    bundled_analyzer: Analyzer, text: str, place: str, actor: str
) -> None:
    found = claims_of(bundled_analyzer, text, "ua")
    assert ("advance", place, actor) in found
    assert ("advance", place, "ru") not in found


@pytest.mark.parametrize(
    ("text", "town", "oblast"),
    [
        ("За добу росіяни обстріляли Краматорськ, Лиман та Балаклію Харківської області.",
         "Лиман", "Donetsk Oblast"),
        ("Окупанти атакували Костянтинівку, Дружківку та Новопавлівку Дніпропетровської області.",
         "Костянтинівку", "Donetsk Oblast"),
    ],
)  # fmt: skip
def test_a_region_after_a_list_moves_no_town_listed_before(
    bundled_analyzer: Analyzer, text: str, town: str, oblast: str
) -> None:
    mentions, _ = bundled_analyzer.analyze(text, "ua")
    (mention,) = [m for m in mentions if m.surface == town]
    assert bundled_analyzer.gazetteer.places[mention.place_key].oblast == oblast


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Прильот по Новобаварському району.\nЄ поранені, уточнюємо.", "ua",
         ("casualties", "Novobavarskyi District (Kharkiv)", "ru")),
        ("Приліт по Нікополю з артилерії.\nПопередньо двоє поранених.", "ua",
         ("casualties", "Nikopol", "ru")),
        ("Обстрел Шебекино.\nРанены два человека.", "ru", ("casualties", "Shebekino", "ua")),
    ],
)  # fmt: skip
def test_the_hurt_on_the_line_after_the_strike(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        # a blank line parts them; no strike on the line before
        "Удар по Новобаварському району.\n\nЄ поранені.",
        "У Харкові відкрили новий парк.\nЄ поранені після ДТП на Окружній.",
    ],
)
def test_the_hurt_after_a_blank_line_or_no_strike(bundled_analyzer: Analyzer, text: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ua") if c[0] == "casualties"}


# --- a second review's counter-examples ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Вибухи у Києві, працює ППО.\nЗагалом з початку вторгнення загинули 12 тисяч цивільних",
        "Вибухи в Харкові.\nВ Україні загинули вже понад 500 медиків з початку війни",
        "Головне за добу:\n- удар по Запоріжжю\n- загинув військкор Юрій Бутусов",
        "🔴 Обстріл Нікополя, пошкоджено ЛЕП\n🔴 Загинув командир батальйону, прощання в суботу",
        "Удар по Донецку.\n10 лет назад в этот день погибли дети на Аллее ангелов",
    ],
)
def test_a_line_after_a_strike_that_tells_of_more(bundled_analyzer: Analyzer, text: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ua") if c[0] == "casualties"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("КАБ з Бєлгорода. Удар по Немишлянському району, поранено двох.",
         "Nemyshlianskyi District (Kharkiv)"),
        ("Ракети запустили з Енгельса. Вибухи у Голосіївському районі, працює ППО.",
         "Holosiivskyi District (Kyiv)"),
    ],
)  # fmt: skip
def test_a_city_the_weapons_came_from_leaves_the_district(
    bundled_analyzer: Analyzer, text: str, place: str
) -> None:
    assert ("strike", place, "ru") in claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ракетний удар по аеропорту Дніпра, злітна смуга зруйнована.", "Dnipro"),
        ("Росіяни обстріляли Херсон, поранено пасажирів маршрутки.", "Kherson"),
    ],
)
def test_an_airport_or_passengers_hit_are_a_strike(
    bundled_analyzer: Analyzer, text: str, place: str
) -> None:
    assert ("strike", place, "ru") in claims_of(bundled_analyzer, text, "ua")


def test_an_axis_before_a_place_with_a_clause_of_its_own(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "Ворог просунувся біля Новоолександрівки на Покровському напрямку і біля Торецька ЗСУ "
        "відновили позиції.",
        "ua",
    )
    assert ("advance", "Toretsk", "ua") in found
    assert ("advance", "Toretsk", "ru") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Наша група пішла на Кринки, дрони відпрацювали по лівому березі.",
        "Друзі, зібрали на дрони, 2 на Куп'янськ, 1 на Лиман поїдуть у понеділок.",
        "Завтра о 7 на Дніпро їдемо, якщо шахеди не завадять.",
    ],
)
def test_troops_fundraisers_and_trips_are_no_weapons_heading(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ua") if c[0] == "strike"}
