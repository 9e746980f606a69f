"""Settlements attacked as such are shelled («ворог атакував населені пункти Херсонщини:
Антонівку, Садове»), while an attack on positions near them stays a ground attack; an
infinitive joined to a forecast's infinitive is a forecast too («спробує вийти до X та
перерізати логістику на Y»); drones named as a post's or a store's («пункт управління БпЛА»)
fly nowhere; a side counted as the object of one verb is no subject of the next («знищили 38
окупантів, ще 21 поранили»); soldiers' slang for killing and falling («мінусувати русню»,
«полегли под X»); a story dated before the war goes on in a sentence opening «До этого» or «В
тот же вечер». Through the real analyzer and the bundled config; every sentence is written for
the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of

Claim = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Протягом доби ворог атакував населені пункти Херсонщини: Антонівку, Садове та "
         "Білозерку.", "ua", {("strike", "Bilozerka", "ru"), ("strike", "Sadove", "ru")}),
        ("Ворог 15 разів атакував населені пункти Нікопольського району, зокрема Марганець.",
         "ua", {("strike", "Marhanets", "ru")}),
        ("ВСУ атаковали населённые пункты Белгородской области: Шебекино и Новую Таволжанку.",
         "ru", {("strike", "Shebekino", "ua"), ("strike", "Novaya Tavolzhanka", "ua")}),
        ("Противник атаковал населенные пункты Курской области — Тёткино и Глушково.", "ru",
         {("strike", "Tyotkino", "ua"), ("strike", "Glushkovo", "ua")}),
    ],
)  # fmt: skip
def test_settlements_attacked_as_such_are_shelled(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[Claim]
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected <= found
    assert not {c for c in found if c[0] == "advance"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Ворог атакував позиції поблизу населених пунктів Торське та Зарічне.", "ua",
         ("advance", "Torske", "ru")),
        ("ВСУ атаковали позиции у населённых пунктов Тёткино и Глушково.", "ru",
         ("advance", "Tyotkino", "ua")),
        # troops named: an assault on the settlements, not their shelling
        ("Противник атакував населені пункти Ганнівка і Катеринівка штурмовими групами, бої "
         "тривають.", "ua", ("advance", "Katerynivka", "ru")),
        ("ВСУ продолжают атаковать населённые пункты Курской области штурмовыми группами на "
         "бронетехнике.", "ru", ("advance", "Kursk Oblast", "ua")),
        ("Противник силами до батальона атаковал населённые пункты Андреевка и Клещеевка, "
         "применяя бронетехнику.", "ru", ("advance", "Klishchiivka", "ua")),
    ],
)  # fmt: skip
def test_positions_near_settlements_attacked_are_a_ground_attack(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert not {c for c in found if c[0] == "strike"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Найближчими тижнями ворог, імовірно, спробує вийти до Гришиного та перерізати "
         "логістику на Родинське.", "ua"),
        ("Ворог спробує перерізати логістику на Родинське.", "ua"),
        ("Ворог зможе дійти до Гришиного і відрізати Родинське.", "ua"),
        ("Противник попытается выйти к Гришино и перерезать дорогу на Родинское.", "ru"),
    ],
)  # fmt: skip
def test_an_infinitive_joined_to_a_forecast_is_one(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert claims_of(bundled_analyzer, text, side) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ворог вийшов до Гришиного та перерізав логістику на Родинське.",
         ("encirclement", "Rodynske", "ru")),
        ("Ворог намагався вийти до Гришиного та перерізати логістику на Родинське.",
         ("advance", "Hryshyne", "ru")),
    ],
)  # fmt: skip
def test_joined_verbs_of_what_happened_stay_news(
    bundled_analyzer: Analyzer, text: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("На тимчасово окупованій території Луганської області уражено нафтобазу в Ровеньках "
         "та пункт управління БпЛА поблизу Кремінної.", "ua", ("strike", "Rovenky", "ua")),
        ("Уражено пункт управління БпЛА поблизу Кремінної.", "ua",
         ("strike", "Kreminna", "ua")),
        ("ВС РФ поразили пункт управления БПЛА ВСУ в районе Кременной.", "ru",
         ("strike", "Kreminna", "ru")),
    ],
)  # fmt: skip
def test_a_drones_post_is_no_drone_in_flight(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert len({c for c in found if c[:2] == expected[:2]}) == 1


def test_drones_flying_at_a_place_still_strike_it(bundled_analyzer: Analyzer) -> None:
    assert ("strike", "Lyman", "ru") in claims_of(
        bundled_analyzer, "Два БпЛА летять на Лиман.", "ua"
    )
    # on a town held since 2022 they are the other side's
    assert ("strike", "Kreminna", "ua") in claims_of(
        bundled_analyzer, "Два БпЛА летять на Кремінну.", "ua"
    )


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Пілоти бригади протягом тижня на Костянтинівському напрямку знищили 38 окупантів, "
         "ще 21 поранили.", "ua", ("casualties", "Kostiantynivka", "ua")),
        ("Наши уничтожили 40 хохлов, ещё 20 ранили под Покровском.", "ru",
         ("casualties", "Pokrovsk", "ru")),
    ],
)  # fmt: skip
def test_a_counted_object_of_one_verb_is_no_subject_of_the_next(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert not {c for c in found if c[:2] == expected[:2] and c != expected}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Три російські дрони атакували Харків.", "ua"),
        ("Три украинских дрона атаковали Белгород.", "ru"),
        # an aside between the side's adjective and its counted noun
        ("Три украинских, по данным МО, дрона атаковали Брянск.", "ru"),
        ("Два украинских, как сообщает Минобороны, беспилотника атаковали Курск.", "ru"),
    ],
)  # fmt: skip
def test_a_counted_weapon_is_still_the_subject(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert {c[2] for c in found if c[0] == "strike"} == {"ru" if side == "ua" else "ua"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Птахи продовжують мінусувати русню на Курахівському напрямку.", "ua",
         ("casualties", "Kurakhove", "ua")),
        ("Наші оператори замінусували кацапів біля Торецька.", "ua",
         ("casualties", "Toretsk", "ua")),
        ("Наши минусуют хохлов под Покровском.", "ru", ("casualties", "Pokrovsk", "ru")),
        ("Сколько хохлов полегло под Крынками — не сосчитать.", "ru",
         ("casualties", "Krynky", "ru")),
        ("Найбільше підарів полягло в посадках під Андріївкою на Курахівському напрямку.", "ua",
         ("casualties", "Andriivka", "ua")),
        ("Русня знову обстріляла Херсон.", "ua", ("strike", "Kherson", "ru")),
    ],
)  # fmt: skip
def test_soldiers_slang_for_killing_and_falling(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("На біржі мінус два відсотки, Київ.", "ua"),
        ("За тиждень у Покровську мінус 10 градусів.", "ua"),
        ("В Курске минус 15, снег.", "ru"),
        ("Полегли хлеба под Курском после ливня.", "ru"),
    ],
)  # fmt: skip
def test_minus_and_falling_elsewhere_are_no_casualties(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, side) if c[0] == "casualties"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("23 августа 1943 года — освобождение Харькова. Четвёртая битва за город. До этого "
         "были кровавые бои под Мерефой и Чугуевом.", "ru"),
        ("5 августа 1943 года советские войска освободили Орёл и Белгород. В тот же вечер в "
         "Москве прогремел первый артиллерийский салют.", "ru"),
        ("6 листопада 1943 року радянські війська звільнили Київ. До цього були запеклі бої під "
         "Лютежем і Букрином.", "ua"),
    ],
)  # fmt: skip
def test_a_story_before_the_war_goes_on_before_and_on_the_same_day(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert claims_of(bundled_analyzer, text, side) == set()


def test_the_same_day_as_today_s_anniversary_is_news(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "Сегодня годовщина освобождения Донбасса 1943 года. В тот же день по Донецку прилетело "
        "пять снарядов, погиб мужчина.",
        "ru",
    )
    assert ("strike", "Donetsk", "ua") in found


def test_a_held_town_s_namesake_elsewhere_is_not_held(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer, "Вибух у Кремінній на Хмельниччині: уламки шахеда впали на поле.", "ua"
    )
    assert {c[2] for c in found if c[0] == "strike"} == {"ru"}


def test_a_side_of_this_war_on_the_same_day_is_news(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "В 1943 году Белгород освободили. В тот же день ВСУ обстреляли Шебекино.",
        "ru",
    )
    assert ("strike", "Shebekino", "ua") in found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Харків: удар по Індустріальному району.\n\n#Харків #КАБ", "ua"),
        ("Ворог атакував Суми.\n\n#обстріл #Суми", "ua"),
        ("Прилёт по Белгороду. #обстрел #Белгород", "ru"),
    ],
)  # fmt: skip
def test_a_trigger_written_as_a_hashtag_tells_nothing(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    # the sentence's own claim stands; the hashtag adds none at the place beside it
    assert len(found) == 1
    assert "#" not in next(
        c.evidence for c in bundled_analyzer.analyze(text, side)[1] if c.claim_type == "strike"
    )


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Сумы. #обстрел", "ru"),
        ("Суми. #обстріл #КАБ", "ua"),
    ],
)  # fmt: skip
def test_hashtags_alone_are_no_claim(bundled_analyzer: Analyzer, text: str, side: str) -> None:
    assert claims_of(bundled_analyzer, text, side) == set()


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Сегодня #обстрел Донецка продолжается с самого утра, ранены трое.", "ru",
         ("strike", "Donetsk", "ua")),
        ("#Обстріл Херсона триває, поранено двох людей.", "ua", ("strike", "Kherson", "ru")),
        ("По Херсону #КАБ снова, пострадавших нет.", "ru", ("strike", "Kherson", "ru")),
        ("#КАБ по Харькову", "ru", ("strike", "Kharkiv", "ru")),
    ],
)  # fmt: skip
def test_a_hashtag_read_as_a_word_is_still_a_trigger(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_a_collective_slur_is_the_subject_of_its_own_clause(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Бєлгород знову під обстрілом, русня в паніці.", "ua")
    assert found == {("strike", "Belgorod", "ua")}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("В зоне ответственности группировки «Восток» освобождён населённый пункт Великая "
         "Новоселка.", "ru", ("capture", "Velyka Novosilka", "ru")),
        ("В заключение: наши войска освободили Часов Яр.", "ru", ("capture", "Chasiv Yar", "ru")),
        ("Наши бойцы освободили территорию бывшей исправительной колонии в Работино.", "ru",
         ("capture", "Robotyne", "ru")),
    ],
)  # fmt: skip
def test_a_liberation_beside_words_of_courts_stays_one(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Суд отказал в условно-досрочном освобождении жительнице Курска.", "ru"),
        ("Жителя Белгорода освободили из-под стражи под залог.", "ru"),
        ("Предпринимателей Курска освободили от налога на имущество.", "ru"),
        ("Суд відмовив ув'язненому з Херсона в умовно-достроковому звільненні.", "ua"),
    ],
)  # fmt: skip
def test_freed_from_custody_or_a_tax_is_no_liberation(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, side) if c[0] == "capture"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("А 5 июля 2014-го Стрелков вывел ополчение из Славянска и Краматорска в Донецк.", "ru",
         ("withdrawal", "Sloviansk", "ru")),
        ("Год назад, в июле 2024-го, ВСУ окончательно ушли с плацдарма в Крынках.", "ru",
         ("withdrawal", "Krynky", "ua")),
        ("Укры покинули плацдарм у Крынок.", "ru", ("withdrawal", "Krynky", "ua")),
        ("ЗСУ відійшли з плацдарму в Кринках.", "ua", ("withdrawal", "Krynky", "ua")),
    ],
)  # fmt: skip
def test_troops_led_out_and_a_bridgehead_left_are_withdrawals(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert expected in found
    assert not {c for c in found if c[0] == "evacuation"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Штурмовики 1-й бригады вывели из Курахово мирных жителей.", "ru",
         ("evacuation", "Kurakhove", "ru")),
        ("Бійці 24-ї бригади евакуювали з Часового Яру родину з дітьми.", "ua",
         ("evacuation", "Chasiv Yar", "ua")),
    ],
)  # fmt: skip
def test_troops_who_lead_civilians_out_evacuate_them(
    bundled_analyzer: Analyzer, text: str, side: str, expected: Claim
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Наши войска атаковали населённые пункты Запорожской области — Степногорск и Малые "
         "Щербаки.", "ru"),
        ("Ворог атакував населені пункти Покровського району піхотою та бронетехнікою.", "ua"),
    ],
)  # fmt: skip
def test_settlements_attacked_by_troops_are_an_assault(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    found = claims_of(bundled_analyzer, text, side)
    assert found and {c[0] for c in found} == {"advance"}


@pytest.mark.parametrize(
    "text",
    [
        "Сумы. #обстрел https://t.me/sumy_news/123",
        "В Курске прошёл концерт. #Курск #обстрел_новости #афиша",
    ],
)
def test_tags_before_a_link_or_in_one_word_are_labels(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert claims_of(bundled_analyzer, text, "ru") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Грабители оставили угнанный автомобиль у посёлка Майский за городом, а затем сожгли его.",
        "У посёлка Майский на границе двух республик стрелки бросили свою машину и потом "
        "сожгли её.",
    ],
)
def test_a_car_burnt_far_from_the_place_named_is_no_strike(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert claims_of(bundled_analyzer, text, "ru") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ворог атакував Краснопільську громаду, поранено військовослужбовця ЗСУ.",
         ("strike", "Krasnopillia", "ru")),
        ("Росіяни атакували Сумську громаду, на місці працює слідчо-оперативна група поліції.",
         ("strike", "Sumy", "ru")),
        ("Ворог атакував населені пункти Харківщини: Куп'янськ, Ізюм; загинули двоє бійців ТрО.",
         ("strike", "Izium", "ru")),
    ],
)  # fmt: skip
def test_soldiers_hurt_or_police_at_work_make_no_assault(
    bundled_analyzer: Analyzer, text: str, expected: Claim
) -> None:
    found = claims_of(bundled_analyzer, text, "ua")
    assert expected in found
    assert not {c for c in found if c[0] == "advance"}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Мешканця Мелітополя достроково звільнили з колонії.", "ua"),
        ("Житель Мелитополя досрочно освобождён из колонии.", "ru"),
        ("Суд освободил от наказания жителя Донецка.", "ru"),
    ],
)  # fmt: skip
def test_freed_early_from_a_colony_or_a_sentence_is_no_liberation(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, side) if c[0] == "capture"}
