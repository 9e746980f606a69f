"""Front villages in the shapes posts write them: a common-word name after a settlement noun, a
Ukrainian name without its apostrophe, a town's vocative, Russian and Ukrainian spellings the
letter rules miss (paraphrases written for these tests, not gold posts)."""

from __future__ import annotations

import pytest

from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Штурмовики доложили: посёлок Прогресс взят.", "prohres-donetsk-oblast"),
        ("Бои идут за посёлок «Прогресс» Покровского района.", "prohres-donetsk-oblast"),
        ("Противник закрепился в посёлке Прогресс.", "prohres-donetsk-oblast"),
        ("Ворог тисне на селище Прогрес Покровського району.", "prohres-donetsk-oblast"),
    ],
)
def test_a_common_word_village_after_a_settlement_noun(keys: Keys, text: str, key: str) -> None:
    assert key in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Прогресс науки не остановить.",
        "Технический прогресс в армии заметен.",
        "Прогресс налицо, говорит командир.",
        "Весь посёлок обсуждает прогресс на переговорах.",
    ],
)
def test_the_common_word_alone_is_no_village(keys: Keys, text: str) -> None:
    assert not [k for k in keys(text) if k.startswith("prohres")]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Наши вышли к Выемке под Северском.", "vyimka"),
        ("Противник отходит из Бердычей.", "berdychi"),
        ("Ворог просунувся біля Дилеївки.", "dyliivka"),
        ("Бої тривають біля Нелепівки.", "nelipivka"),
    ],
)
def test_spellings_the_letter_rules_miss(keys: Keys, text: str, key: str) -> None:
    assert keys(text)[0].startswith(key)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ворог обстріляв Купянськ із артилерії.", "kupiansk"),
        ("Ситуація біля Купянська складна.", "kupiansk"),
    ],
)
def test_a_ukrainian_name_without_its_apostrophe(keys: Keys, text: str, key: str) -> None:
    assert keys(text) == [key]


def test_a_towns_vocative(keys: Keys) -> None:
    assert keys("Добрий вечір, Суджо! Ми вже тут.") == ["sudzha"]


@pytest.mark.parametrize(
    "text",
    [
        "Вона сказала: «Ходімо, Ларисо, додому».",  # a person's vocative
        "Лозова під обстрілом.",  # an adjective's nominative, no vocative
    ],
)
def test_the_vocative_stays_a_towns(keys: Keys, text: str) -> None:
    assert "sudzha" not in keys(text)


@pytest.mark.parametrize(
    "text",
    [
        "Армия освободила населённый пункт Новая Ильинка в ДНР.",
        # («Новая Заря» is a village of its own now: Нова Зоря, in Russian)
        "Бойцы вошли в посёлок Новая Радуга на рассвете.",
    ],
)
def test_a_settlement_nouns_longer_name_is_no_common_word_village(keys: Keys, text: str) -> None:
    assert not [k for k in keys(text) if k.startswith(("nova", "novaia", "radu"))]


def test_a_common_word_village_before_its_raion(keys: Keys) -> None:
    assert "prohres-donetsk-oblast" in keys("Бои за посёлок Прогресс Покровского района.")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Дрон атаковал НПЗ в Нижнекамске.", "nizhnekamsk"),
        ("Удар по заводу в Набережных Челнах.", "naberezhnye-chelny"),
        ("Беспилотник атаковал цех в ОЭЗ «Алабуга».", "alabuga"),
        ("Вышли к трассе у Солёного под Покровском.", "solone-donetsk-oblast"),
    ],
)
def test_names_the_gazetteer_lacked(keys: Keys, text: str, key: str) -> None:
    assert key in keys(text)


def test_a_salty_word_is_no_village(keys: Keys) -> None:
    assert not [k for k in keys("Бойцам привезли солёные огурцы.") if k.startswith("solon")]
