"""The mends of a review of the rules that read the line after a strike's paragraph, prizes,
relayed reports, comparatives and completions: reminders of the past, funerals, the day's
tallies and disasters elsewhere in that line are not the strike's; a soldier-athlete who took a
village took it; a quoted or introduced speaker keeps the source's voice; a comparative joined
by «и» lists its place; an aim to complete a liberation takes no region. Through the real
analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of, claims_of_type

Claim = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ворог атакував Запоріжжя дронами. Пошкоджено офіси.\n\nНагадаємо, минулого тижня "
         "внаслідок ракетного удару загинули 13 людей.", "ua"),
        ("ВСУ обстреляли Горловку. Повреждены дома.\n\nНапомним, в прошлом месяце при обстреле "
         "рынка погибли 27 человек.", "ru"),
        ("Ворог обстріляв Нікополь. Пошкоджено ЛЕП.\n\nЗагиблого бійця 93-ї бригади поховали на "
         "Алеї слави.", "ua"),
        ("Росіяни атакували Дніпро. Пошкоджено будинки.\n\nЗа минулу добу в області загинули "
         "троє людей, поранено 12.", "ua"),
        ("Ворог обстріляв Херсон. Пошкоджено будинки.\n\nЗагинули понад 40 людей внаслідок "
         "землетрусу в М'янмі.", "ua"),
        ("Противник ударил по Донецку. Повреждены дома.\n\nПогибли 12 человек при крушении "
         "самолёта в Казахстане.", "ru"),
    ],
)  # fmt: skip
def test_other_dead_in_the_line_after_a_strike_are_not_its(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not claims_of_type(bundled_analyzer, text, side, "casualties")


def test_the_wounded_taken_to_a_city_were_not_hurt_there(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "Ворог обстріляв Очаків. Пошкоджено будинки. Пораненого чоловіка везуть до Миколаєва.",
        "ua",
    )
    assert ("casualties", "Ochakiv", "ru") in found
    assert not {c for c in found if c[1] == "Mykolaiv"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Чемпіон України з боксу, нині штурмовик, разом з побратимами звільнив Андріївку і "
         "отримав медаль «За мужність».", "ua", ("capture", "Andriivka", "ua")),
        ("Бывший чемпион России по самбо в составе штурмовой группы освободил Кураховку и "
         "получил медаль «За отвагу».", "ru", ("capture", "Kurakhivka", "ru")),
        ("ЗСУ звільнили Золоту Ниву.", "ua", ("capture", "Zolota Nyva", "ua")),
    ],
)  # fmt: skip
def test_a_medal_for_a_village_taken_leaves_it_taken(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Украинский военный пишет в своём телеграм-канале\n\n«Наши позиции под Часовым Яром "
         "утюжат круглосуточно, мы отошли из центра города».",
         ("withdrawal", "Chasiv Yar", "ua")),
    ],
)  # fmt: skip
def test_a_quoted_speaker_keeps_the_sources_voice(
    bundled_analyzer: Analyzer, text: str, expected: Claim
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Противник атаковал у Покровска и севернее Торецка.", "Toretsk"),
        ("Наши штурмовики продвинулись в Курахово и западнее Угледара.", "Vuhledar"),
    ],
)  # fmt: skip
def test_a_comparative_joined_by_and_lists_its_place(
    bundled_analyzer: Analyzer, text: str, place: str
) -> None:
    assert {c for c in claims_of(bundled_analyzer, text, "ru") if c[:2] == ("advance", place)}


def test_a_located_item_leaves_the_rest_of_its_list(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "Наши подразделения освободили Невельское, южнее Красногоровки, и Первомайское.",
        "ru",
    )
    assert ("capture", "Pervomaiske", "ru") in found
    assert not {c for c in found if c[1] == "Krasnohorivka"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Путин поставил задачу завершить освобождение Донецкой Народной Республики.",
         "Donetsk Oblast"),
        ("Наши войска близки к завершению освобождения Луганской Народной Республики.",
         "Luhansk Oblast"),
    ],
)  # fmt: skip
def test_a_completion_aimed_at_takes_no_region(
    bundled_analyzer: Analyzer, text: str, place: str
) -> None:
    assert ("capture", place, "ru") not in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("ВСУ потеряли в районе Кременной станцию связи и более 40 человек личного состава.",
         "ru", "-"),
    ],
)  # fmt: skip
def test_crews_and_people_lost_beside_equipment_are_casualties(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert {c for c in found if c[0] == "casualties" and c[1] in (place, "Kreminna")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("📣 Из украинских пабликов (орфография сохранена):\n\n«Противник просочился в "
         "Родинское малыми группами».", ("infiltration", "Rodynske", "ru")),
        ("Украинские телеграм-каналы жалуются: противник зашёл в Торецк.",
         ("advance", "Toretsk", "ru")),
    ],
)  # fmt: skip
def test_a_sides_outlets_speak_in_its_voice(
    bundled_analyzer: Analyzer, text: str, expected: Claim
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


def test_a_sides_troops_still_act(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Украинские войска отступили из Родинского.", "ru")
    assert ("withdrawal", "Rodynske", "ua") in found


def test_a_comparative_far_from_a_settlement_locates_nothing(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "Параллельно идут бои за застройку Часова Яра — ВС РФ готовят охват города южнее с "
        "выходом через н. п. Ступочки и Константиновка.",
        "ru",
    )
    assert ("advance", "Chasiv Yar", "ru") in found
    # the places past the comparative are no items of the fight's list
    assert not {c for c in found if c[1].startswith("Kostiantynivka")}


@pytest.mark.parametrize(
    "text",
    [
        "Ворог атакував Одесу дронами. Пошкоджено порт.\n\nПоранено водія вантажівки. Вчора він "
        "тільки повернувся з відпустки.",
        "Ворог атакував Одесу дронами. Пошкоджено порт.\n\nМинулої ночі поранено двох "
        "працівників порту.",
    ],
)
def test_the_past_in_a_later_sentence_leaves_the_aftermath(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert ("casualties", "Odesa", "ru") in claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Наши штурмовики взяли первое село на Запорожском направлении — Малую Токмачку.",
         ("capture", "Mala Tokmachka", "ru")),
        ("Генштаб ЗСУ заявив про завершення звільнення Харківської області.",
         ("capture", "Kharkiv Oblast", "ua")),
        ("Украинские паблики в панике из-за Покровска.\n\nНаши штурмовики вышли к окраинам "
         "Мирнограда.", ("advance", "Myrnohrad", "ru")),
        ("ВСУ отходят, Торецк практически потерян для них.", ("withdrawal", "Toretsk", "ua")),
        ("Попытка прорыва у Тёткино, противник ночью атаковал пограничников.",
         ("advance", "Tyotkino", "ua")),
    ],
)  # fmt: skip
def test_second_review_mends(bundled_analyzer: Analyzer, text: str, expected: Claim) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


@pytest.mark.parametrize(
    ("text", "not_there"),
    [
        ("Освобождены Невельское, Первомайское западнее Донецка и Орловка.", "Donetsk"),
        ("В районе Красногоровки уничтожены две станции РЭБ противника.", "casualties"),
        ("Студенты из Курска заняли первое место на олимпиаде.", "capture"),
    ],
)  # fmt: skip
def test_second_review_false_claims_stay_out(
    bundled_analyzer: Analyzer, text: str, not_there: str
) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ru") if not_there in c[:2]}
