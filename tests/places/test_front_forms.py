"""Surface forms front reports use that the matcher used to miss: Ukrainian axes of towns not in
«-ськ», genitives of plural names, region nicknames declined in Ukrainian, Russian spellings of a
Ukrainian apostrophe, short village names that are also words (paraphrases written for these
tests, not gold posts)."""

from __future__ import annotations

import pytest

from monitor.places.axes import uk_axis_adjective
from monitor.places.forms import name_forms
from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ворог активізувався на Лиманському напрямку.", "lyman"),
        ("На Курахівському напрямку тривають бої.", "kurakhove"),
        ("Ситуація на Гуляйпільському напрямку складна.", "hulyaipole"),
        ("Противник тисне на Сватівському напрямку.", "svatove"),
        ("На Оріхівському напрямку без змін.", "orikhiv"),
    ],
)
def test_ukrainian_axes_of_towns_beyond_sk(keys: Keys, text: str, key: str) -> None:
    assert keys(text) == [key]


@pytest.mark.parametrize(
    ("town", "adjective"),
    [
        ("покровськ", "покровський"),
        ("лиман", "лиманський"),
        ("сватове", "сватівський"),
        ("гуляйполе", "гуляйпільський"),
        ("кремінна", "кремінський"),
        ("мелітополь", "мелітопольський"),
        ("добропілля", "добропільський"),
        ("запоріжжя", None),
    ],
)
def test_the_ukrainian_axis_adjective_of_a_town(town: str, adjective: str | None) -> None:
    assert uk_axis_adjective(town) == adjective


@pytest.mark.parametrize(
    ("name", "lang", "genitive"),
    [
        ("Кринки", "uk", "кринок"),
        ("Крынки", "ru", "крынок"),
        ("Ступочки", "ru", "ступочек"),
        ("Ступочки", "uk", "ступочок"),
    ],
)
def test_plural_names_in_ki_take_a_fleeting_vowel(name: str, lang: str, genitive: str) -> None:
    assert genitive in name_forms(name, lang)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ворог атакував поблизу Кринок.", "krynky"),
        ("Укры снова высадились у Крынок.", "krynky"),
        ("Бои идут в районе Ступочек.", "stupochky"),
    ],
)
def test_genitives_of_plural_names_are_found(keys: Keys, text: str, key: str) -> None:
    assert key in keys(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Обстріли Херсонщини не припиняються.", "kherson-oblast"),
        ("На Курщині тривають бої.", "kursk-oblast"),
    ],
)
def test_region_nicknames_decline_in_ukrainian(keys: Keys, text: str, key: str) -> None:
    assert keys(text) == [key]


def test_a_ukrainian_apostrophe_is_no_soft_sign_in_russian(keys: Keys) -> None:
    assert any(k.startswith("piatykhatky") for k in keys("Бои идут за Пятихатки."))


@pytest.mark.parametrize(
    "text",
    [
        "С утра накатили на Липцы.",
        "В Липцах наши закрепились на окраине.",
        "Ворог атакував біля Липців.",
    ],
)
def test_a_short_village_name_that_is_also_a_word_counts_after_a_preposition(
    keys: Keys, text: str
) -> None:
    assert keys(text) == ["lyptsi"]


@pytest.mark.parametrize(
    "text",
    [
        "Липцы — это напиток из мёда.",  # sentence-initial, no preposition
        "На столе стояли липцы в бочонке.",  # lowercase: the word
    ],
)
def test_the_same_word_without_the_cues_is_no_place(keys: Keys, text: str) -> None:
    assert "lyptsi" not in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Подразделения «Днепр» продвинулись у Работино.",
        "Підрозділи «Дніпро» відбили атаку біля Роботиного.",
    ],
)
def test_a_unit_named_in_quotes_is_no_place(keys: Keys, text: str) -> None:
    assert keys(text) == ["robotyne"]


def test_an_adjective_of_an_oblast_or_its_raion_names_the_oblast(keys: Keys) -> None:
    """«Запорожском» is the oblast or its raion: either way Zaporizhzhia Oblast is named, and
    a namesake village there wins over one elsewhere."""
    found = keys("На Запорожском направлении наши освободили Пятихатки.")
    assert "piatykhatky-zaporizhzhia-oblast" in found


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("На Сватівському напрямку ворог атакував біля Макіївки.", "makiivka-luhansk-oblast"),
        ("Наши освободили Макеевку под Сватово.", "makiivka-luhansk-oblast"),
        ("Обстріляно Макіївку Луганської області.", "makiivka-luhansk-oblast"),
    ],
)
def test_the_oblast_a_post_is_about_outweighs_a_namesake_citys_fame(
    keys: Keys, text: str, key: str
) -> None:
    assert key in keys(text)


def test_without_the_oblast_the_city_keeps_its_name(keys: Keys) -> None:
    assert keys("Вибухи в Макіївці вночі.") == ["makiivka"]


@pytest.mark.parametrize(
    ("name", "form"),
    [
        # a Ukrainian possessive declines in full, its closed-syllable і back to о
        ("Часів Яр", "часовому ярі"),
        ("Кучерів Яр", "кучерового яру"),
        ("Андріїв Яр", "андрієвим яром"),
        # a Russian name in «-ово» declines in Ukrainian as an adjective in «-ове»
        ("Коренево", "кореневого"),
        ("Плехово", "плеховому"),
    ],
)
def test_ukrainian_forms_of_possessive_and_russian_names(name: str, form: str) -> None:
    assert form in name_forms(name, "uk")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ворог просунувся в Часовому Ярі.", "chasiv-yar"),
        ("Бої тривають на околицях Часового Яру.", "chasiv-yar"),
        ("На Курщині ворог накопичує сили у районі Кореневого.", "korenevo"),
        ("Противник просунувся поблизу Плехового на Курщині.", "plekhovo"),
        # Russian names the Ukrainian one's letters do not give
        ("В Межевой Днепропетровской области началась эвакуация.", "mezhova"),
        ("Освобождено Зверево в ДНР.", "zvirove"),
    ],
)
def test_front_places_in_their_other_language(keys: Keys, text: str, key: str) -> None:
    assert key in keys(text)
