"""Surface forms: every case of the seed places in Russian and Ukrainian, and Latin spellings."""

from __future__ import annotations

import pytest

from monitor.places.crossforms import ru_to_uk, uk_to_ru
from monitor.places.forms import adjective_forms, is_common_word, latin_forms, name_forms
from monitor.places.translit import english_name

RU_CASES = {
    "Часов Яр": ["часова яра", "часовом яре", "часов яре", "часов яра"],
    "Курск": ["курск", "курска", "курску", "курском", "курске"],
    "Суджа": ["суджа", "суджи", "судже", "суджу", "суджей"],
    "Малая Локня": ["малая локня", "малой локни", "малой локне", "малую локню", "малой локней"],
    "Черкасское Поречное": [
        "черкасское поречное",
        "черкасского поречного",
        "черкасскому поречному",
        "черкасским поречным",
        "черкасском поречном",
    ],
    "Косица": ["косица", "косицы", "косице", "косицу", "косицей"],
    "Киев": ["киев", "киева", "киеву", "киевом", "киеве"],
    "Коренево": ["коренево", "кореневе"],
    # plural names: the genitive with a fleeting vowel («у Крынок»), from the dictionary or not
    "Крынки": ["крынки", "крынок", "крынкам", "крынках"],
    "Горки": ["горки", "горок", "горках"],
    "Пески": ["пески", "песков", "песках"],
    # after «й» the fleeting vowel takes its place; a name the dictionary holds indeclinable
    # («Лиски») declines as posts decline it
    "Валуйки": ["валуйки", "валуек", "валуйкам", "валуйках"],
    "Лиски": ["лиски", "лисок", "лискам", "лисках"],
}
UK_CASES = {
    "Курськ": ["курськ", "курська", "курську", "курськом", "курськові"],
    "Суджа": ["суджа", "суджі", "суджу", "суджею"],
    "Мала Локня": ["мала локня", "малої локні", "малій локні", "малу локню", "малою локнею"],
    "Черкаське Поріччя": [
        "черкаське поріччя",
        "черкаського поріччя",
        "черкаському поріччю",
        "черкаським поріччям",
        "черкаському поріччі",
    ],
    "Косиця": ["косиця", "косиці", "косицю", "косицею"],
    "Київ": ["київ", "києва", "києву", "києвом", "києві"],
    "Юнаківка": ["юнаківка", "юнаківки", "юнаківці", "юнаківку", "юнаківкою"],
    "Кринки": ["кринки", "кринок", "кринкам", "кринках"],
    "Щербаки": ["щербаки", "щербаків", "щербаках"],
    "Валуйки": ["валуйки", "валуйок", "валуйкам", "валуйках"],
    # a possessive first word declines, or stands as written (у Часів Яру)
    "Часів Яр": ["часового яру", "часовому ярі", "часів яру", "часів яра"],
    # a noun in -й has its genitive and locative in -ю too
    "Зелений Гай": ["зеленого гаю", "зеленого гая", "зеленому гаю", "зеленому гаї"],
    "Гай": ["гаю", "гая", "гаї"],
    # a velar alternates in the locative
    "Кременчук": ["кременчука", "кременчуці", "кременчуку"],
    "Великий Бурлук": ["великого бурлука", "великому бурлуці", "великим бурлуком"],
    "Середній Бурлук": ["середнього бурлука", "середньому бурлуці", "середнім бурлуком"],
    # a fleeting «е»
    "Кременець": ["кременця", "кременці", "кременцем"],
}


@pytest.mark.parametrize(
    ("name", "adjective"),
    [("Українськ", "українські"), ("Покровськ", "покровські"), ("Торецьк", "торецькі")],
)
def test_a_town_in_sk_has_no_locative_in_i(name: str, adjective: str) -> None:
    """«у Покровську», never «у Покровські»: that is the plural adjective («Українські
    підрозділи»), which must not name the town."""
    forms = name_forms(name, "uk")
    assert name.lower() + "у" in forms
    assert adjective not in forms


@pytest.mark.parametrize(("name", "expected"), RU_CASES.items())
def test_russian_cases(name: str, expected: list[str]) -> None:
    assert set(expected) <= name_forms(name, "ru")


@pytest.mark.parametrize(("name", "expected"), UK_CASES.items())
def test_ukrainian_cases(name: str, expected: list[str]) -> None:
    assert set(expected) <= name_forms(name, "uk")


def test_region_forms_include_elliptic_plural() -> None:
    forms = name_forms("Курская область", "ru", plural_head=True)
    assert {"курской области", "курскую область", "курской областях"} <= forms


def test_bare_adjective_in_every_gender_without_comparatives() -> None:
    forms = adjective_forms("Курская", "ru", genders=True)
    assert {"курской", "курского", "курском", "курский", "курские"} <= forms
    assert not any(f.startswith(("курскее", "наикур")) for f in forms)
    assert "малейшей" not in name_forms("Малая Локня", "ru")


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("Суджа", "ru", {"sudzha", "sudja", "soudja", "sudza", "sudscha"}),
        ("Київ", "uk", {"kyiv"}),
        ("Киев", "ru", {"kiev"}),
    ],
)
def test_latin_spellings(name: str, lang: str, expected: set[str]) -> None:
    assert expected <= latin_forms(name, lang)


def test_english_names_follow_the_conventions() -> None:
    assert english_name("Юнаківка", "uk") == "Yunakivka"
    assert english_name("Гвардійське", "uk") == "Hvardiiske"
    assert english_name("Михайловка", "ru") == "Mikhaylovka"
    assert english_name("Дарьино", "ru") == "Daryino"


def test_cross_language_forms() -> None:
    assert uk_to_ru("Юнаківка") == "Юнаковка"
    assert uk_to_ru("Миколаївка") == "Николаевка"
    assert uk_to_ru("Миропілля") == "Мирополье"
    # a stem from a first name keeps its Russian vowel (Кіндрат, Кондрат)
    assert uk_to_ru("Кіндратівка") == "Кондратовка"
    assert uk_to_ru("Кіндрашівка") == "Кондрашовка"
    # short adjectives, -івське, possessives in -ів, compounds, Новосілка
    assert uk_to_ru("Біла Гора") == "Белая Гора"
    assert uk_to_ru("Нове") == "Новое"
    assert uk_to_ru("Кам'яне") == "Каменное"
    assert uk_to_ru("Чорний Яр") == "Черный Яр"
    assert uk_to_ru("Малі Щербаки") == "Малые Щербаки"
    assert uk_to_ru("Іванівське") == "Ивановское"
    assert uk_to_ru("Миколаївське") == "Николаевское"
    assert uk_to_ru("Старий Салтів") == "Старый Салтов"
    assert uk_to_ru("Золочів") == "Золочев"
    assert uk_to_ru("Новоолександрівка") == "Новоалександровка"
    assert uk_to_ru("Велика Новосілка") == "Великая Новоселка"
    assert uk_to_ru("Вовчанські Хутори") == "Волчанские Хутора"
    assert uk_to_ru("Микільське") == "Никольское"
    assert ru_to_uk("Михайловка") == "Михайлівка"


def test_ordinals_translate_whole_and_leave_their_noun_a_noun() -> None:
    # the ordinal follows its noun: «Новоселовка Первая», not «Новоселивкая Перша»
    assert uk_to_ru("Новоселівка Перша") == "Новоселовка Первая"
    assert uk_to_ru("Миколаївка Друга") == "Николаевка Вторая"
    assert uk_to_ru("Лиман Перший") == "Лиман Первый"
    assert uk_to_ru("Друга Миколаївка") == "Вторая Николаевка"
    assert uk_to_ru("Перше Травня") == "Первое Мая"
    assert ru_to_uk("Новоселовка Вторая") == "Новоселівка Друга"
    assert ru_to_uk("Новостроевка-Первая") == "Новостроївка-Перша"


def test_common_words_are_flagged() -> None:
    assert is_common_word("сумы", "ru", "сумы")
    assert is_common_word("мирный", "ru", "мирный")
    assert not is_common_word("курск", "ru", "курск")
    assert not is_common_word("суджа", "ru", "суджа")


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        # a noun and its adjective, hyphenated: both declined (the undeclined first part stays)
        ("Купянск-Узловой", "ru", ["купянске-узловом", "купянска-узлового", "купянск-узлового"]),
        ("Куп'янськ-Вузловий", "uk", ["куп'янська-вузлового", "куп'янську-вузловому"]),
        ("Кам'янка-Дніпровська", "uk", ["кам'янки-дніпровської", "кам'янці-дніпровській"]),
        ("Новостроевка-Первая", "ru", ["новостроевке-первой", "новостроевку-первую"]),
        # an ordinal after its noun agrees with it
        ("Новоселівка Перша", "uk", ["новоселівки першої", "новоселівці першій"]),
        ("Новоселовка Первая", "ru", ["новоселовки первой", "новоселовке первой"]),
    ],
)
def test_a_noun_and_its_adjective_decline_together(
    name: str, lang: str, expected: list[str]
) -> None:
    assert set(expected) <= name_forms(name, lang)


@pytest.mark.parametrize(
    ("name", "lang", "wrong"),
    [
        # a first part in a linking vowel, a second part that is a noun: only the last declines
        ("Ивано-Франковск", "ru", "иване-франковске"),
        ("Гай-Мошенка", "uk", "гаю-мошенки"),
        ("Мала Локня", "uk", "малої локньої"),
    ],
)
def test_only_an_adjective_after_a_noun_agrees(name: str, lang: str, wrong: str) -> None:
    assert wrong not in name_forms(name, lang)


@pytest.mark.parametrize(
    ("name", "lang", "form"),
    [
        ("Ростов-на-Дону", "ru", "ростове-на-дону"),
        ("Ростов-на-Дону", "ru", "ростовом-на-дону"),
        ("Комсомольск-на-Амуре", "ru", "комсомольска-на-амуре"),
        ("Ростов-на-Дону", "uk", "ростова-на-дону"),
    ],
)
def test_a_town_on_its_river_declines_its_first_word(name: str, lang: str, form: str) -> None:
    assert form in name_forms(name, lang)


def test_an_abbreviation_stays_as_written_while_its_adjective_declines() -> None:
    forms = name_forms("Кременчугский НПЗ", "ru")
    assert {"кременчугскому нпз", "кременчугском нпз", "кременчугским нпз"} <= forms
    assert not any(form.endswith(("нпзу", "нпзе", "нпзом")) for form in forms)
    assert "бурштинській тес" in name_forms("Бурштинська ТЕС", "uk")


def test_plural_adjectives_make_their_noun_plural() -> None:
    """«в Волчанских Хуторах», «у Великих Кутищ»: a noun in «-а» after plural adjectives is a
    plural, not a feminine singular («Хуторе», «Кутище»)."""
    forms = name_forms("Волчанские Хутора", "ru")
    assert {"волчанских хуторах", "волчанским хуторам", "волчанских хуторов"} <= forms
    assert "волчанские хуторе" not in forms
    assert {"великих кутищ", "великих кутищах"} <= name_forms("Великие Кутища", "ru")
    assert "великих кутищах" in name_forms("Великі Кутища", "uk")
    # a singular name keeps its singular
    assert "белой горе" in name_forms("Белая Гора", "ru")
