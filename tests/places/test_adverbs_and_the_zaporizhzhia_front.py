"""A sentence's first word that is first an adverb is not the town of that name («Ровно год
назад»); «на Запорожье» where nothing heads for the city is the oblast. Paraphrases written for
these tests."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.places.resolved import keys_of


@pytest.mark.parametrize(
    "text",
    [
        "Ровно неделю назад наши зашли в Суджу.",
        "Ровно в полночь сирены снова завыли над Белгородом.",
    ],
)
def test_an_adverb_opening_a_sentence_is_no_town(bundled_analyzer: Analyzer, text: str) -> None:
    assert "rivne" not in keys_of(bundled_analyzer, text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Ровно атаковали дроны, в городе взрывы.",
        "В Ровно снова взрывы.",
        "Ровно: взрывы.",
        "Ровно и Луцк атакованы ракетами этой ночью.",
        "Ровно снова под ударом: поражён энергообъект.",
    ],
)
def test_the_town_stays(bundled_analyzer: Analyzer, text: str) -> None:
    assert "rivne" in keys_of(bundled_analyzer, text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Наши бойцы на Запорожье держат оборону уже третий месяц.",
        "Противник продвинулся у Работино на Запорожье.",
    ],
)
def test_on_zaporizhzhia_is_the_oblast(bundled_analyzer: Analyzer, text: str) -> None:
    assert keys_of(bundled_analyzer, text)["Запорожье"] == "zaporizhzhia-oblast"


@pytest.mark.parametrize(
    "text",
    [
        "Ракеты летят на Запорожье, всем в укрытия.",
        "Колонна с гуманитаркой выехала из Днепра на Запорожье.",
        "Днём оккупанты сбросили на Запорожье три авиабомбы.",
        "Колонна техники ВСУ выдвинулась из Орехова на Запорожье.",
    ],
)
def test_heading_for_zaporizhzhia_is_the_city(bundled_analyzer: Analyzer, text: str) -> None:
    assert keys_of(bundled_analyzer, text)["Запорожье"] == "zaporizhzhia"


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Ночью над Курском и Курчатовом ПВО сбила девять дронов.", "Курском", "kursk"),
        ("Дроны кружили над Белгородом и Шебекино всю ночь.", "Белгородом", "belgorod"),
        ("Бои идут в Курском и Глушковском районах.", "Глушковском районах", None),
    ],
)
def test_a_name_in_the_instrumental_is_no_adjective(
    bundled_analyzer: Analyzer, text: str, surface: str, key: str | None
) -> None:
    found = keys_of(bundled_analyzer, text)
    if key is not None:
        assert found[surface] == key
    else:
        assert "kursk" not in found.values()


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "Самые тяжёлые сейчас — Торецкое и Константиновское направления.",
            {"toretsk", "kostiantynivka-donetsk-oblast-city"},
        ),
        ("Бои идут на стыке Покровского и Кураховского направлений.", {"pokrovsk", "kurakhove"}),
        ("Найгарячіші — Лиманський та Покровський напрямки.", {"lyman", "pokrovsk"}),
    ],
)
def test_axes_listed_before_a_plural_noun_in_any_case(
    bundled_analyzer: Analyzer, text: str, keys: set[str]
) -> None:
    assert keys <= set(keys_of(bundled_analyzer, text).values())


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("В Липцах бои не стихают вторые сутки.", "lyptsi"),
        ("К Липцам противник подтянул резервы.", "lyptsi"),
        (
            "Торецкое направление. В Дружбе зачистка продолжается, укры сидят в подвалах.",
            "druzhba-donetsk-oblast",
        ),
    ],
)
def test_a_village_named_by_a_word_after_any_preposition_of_place(
    bundled_analyzer: Analyzer, text: str, key: str
) -> None:
    assert key in keys_of(bundled_analyzer, text).values()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Пошкоджено шість будинків на Червоному селищі, поранені двоє.", "chervone"),
        ("В Победе на выборах никто не сомневается, заявил депутат.", "pobeda"),
    ],
)
def test_a_word_with_its_own_noun_or_sense_stays_a_word(
    bundled_analyzer: Analyzer, text: str, key: str
) -> None:
    assert not any(k.startswith(key) for k in keys_of(bundled_analyzer, text).values())
