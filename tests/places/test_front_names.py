"""Front names in the shapes posts decline them: a noun and its adjective both declined, Russian
names the letter rules miss, the first name before a surname that is also a village
(paraphrases written for these tests, not gold posts)."""

from __future__ import annotations

import pytest

from monitor.places.matcher import PlaceMatcher
from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Бойцы закрепились в Купянске-Узловом.", "kupiansk-vuzlovyi"),
        ("Противника выбили из Купянска-Узлового.", "kupiansk-vuzlovyi"),
        ("Ворог просунувся біля Куп'янська-Вузлового.", "kupiansk-vuzlovyi"),
        ("Вибухи пролунали у Кам'янці-Дніпровській.", "kamianka-dniprovska"),
        ("Наступ біля Новоселівки Першої відбито.", "novoselivka-persha"),
        ("Штурмовики продвинулись у Новоселовки Первой.", "novoselivka-persha"),
        ("Прилёты по Каменцу-Подольскому ночью.", "kamianets-podilskyi"),
        # two feminine nouns decline together
        ("Уламки впали на околиці Середини-Буди.", "seredyna-buda"),
        ("Дрон атаковал машину в Середине-Буде.", "seredyna-buda"),
    ],
)
def test_a_noun_and_its_adjective_declined_together(keys: Keys, text: str, key: str) -> None:
    assert keys(text) == [key]


def test_a_soft_adjective_name_in_its_russian_form(seed_matcher: PlaceMatcher) -> None:
    [village, town] = seed_matcher.find("Армия России освободила Дальнее под Курахово.")
    assert (village.place_key, town.place_key) == ("dalnie-donetsk-oblast", "kurakhove")


@pytest.mark.parametrize(
    "text",
    [
        "Войска перебросили на Дальний Восток, на Дальнем Востоке холодно.",
        "Дальнее зарубежье отреагировало сдержанно.",
        "Ближнее Подмосковье засыпало снегом.",
    ],
)
def test_the_soft_adjective_as_a_word_is_no_village(keys: Keys, text: str) -> None:
    assert not [k for k in keys(text) if k.startswith(("dalnie", "blyzhnie"))]


def test_a_hard_i_russian_form(keys: Keys) -> None:
    assert keys("Наши освободили Дылеевку под Торецком.")[0] == "dyliivka"


def test_a_russian_name_from_geonames(keys: Keys) -> None:
    assert keys("Взрывы в Староконстантинове Хмельницкой области.") == [
        "starokostiantyniv",
        "khmelnytskyi-oblast",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a name of a place of Russia is left to Russia (Подільськ is no «Подольск»)
        "В подмосковном Подольске горит склад.",
        # a first name that is also a village does not make its surname a place
        "Блогер Богдан Мирошников пишет о захвате Дальнего у Курахово.",
    ],
)
def test_names_that_stay_unread(keys: Keys, text: str) -> None:
    found = keys(text)
    assert "podilsk" not in found and "miroshnyky" not in found and "bohdan" not in found


def test_a_list_after_a_first_name_like_town_still_counts(keys: Keys) -> None:
    assert keys("Взрывы в Кременчуге, Ивано-Франковске, Ровно.") == [
        "kremenchuk",
        "ivano-frankivsk",
        "rivne",
    ]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a village is its hromada's seat too; the post's oblast tells namesake seats apart
        ("Ворог обстріляв Миропільську громаду на Сумщині.", "myropillia"),
        ("Евакуація з Миропільської сільської громади Сумського району.", "myropillia"),
        ("Дрон атаковал Краснопольскую общину Сумской области.", "krasnopillia"),
        ("Принудительная эвакуация из сёл Боровской общины Харьковской области.", "borova"),
        ("Обстріл Миропільської громади Житомирського району.", "myropil-zhytomyr-oblast"),
    ],
)
def test_a_hromada_is_its_seat(keys: Keys, text: str, key: str) -> None:
    assert keys(text)[0] == key


@pytest.mark.parametrize(
    "text",
    ["Община верующих собралась в храме.", "Громада села зібралася на віче.", "Тергромада звітує."],
)
def test_hromada_nouns_alone_are_no_place(keys: Keys, text: str) -> None:
    assert keys(text) == []


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Штурмовые группы вышли к Волчьей южнее посёлка.", "vovcha-river"),
        ("Бои идут на берегу р. Вовча.", "vovcha-river"),
        ("Подразделения переправились через р.Оскол.", "oskil-river"),
        ("Армия форсировала Оскол.", "oskil-river"),
        ("Противник закрепился на левом берегу Оскола.", "oskil-river"),
        ("Ворог намагається форсувати Оскіл.", "oskil-river"),
        ("Прорыв дамбы поднял уровень воды на реке Волчьей.", "vovcha-river"),
    ],
)
def test_a_river_named_alone_or_abbreviated(keys: Keys, text: str, key: str) -> None:
    assert keys(text) == [key]


@pytest.mark.parametrize(
    "text",
    [
        "Волчья стая напала на овец.",
        "Волчьей хваткой он вцепился в мяч.",
        "Жеребец победил на скачках.",
        "В Осколе прошли учения пожарных.",  # Старый Оскол, colloquially
        "У Конки сломалось колесо.",
    ],
)
def test_a_river_name_as_a_word_or_a_town_is_no_river(keys: Keys, text: str) -> None:
    assert not [k for k in keys(text) if k.endswith("-river")]


@pytest.mark.parametrize(
    "text",
    ["ВС РФ продвинулись у Бердычей и Очеретино.", "Бои в районе Бердычей и Очеретино."],
)
def test_a_village_after_a_name_the_gazetteer_lacks_shares_its_preposition(
    keys: Keys, text: str
) -> None:
    assert [k for k in keys(text) if k.startswith("ocheretyne")]


@pytest.mark.parametrize(
    "text",
    [
        "Готовили покушение на Прилепина и Соловьёва.",
        "Документы нашли у Прилепина и Соловьёва.",
        "Как заявил Шойгу и Соловьёва поддержали.",
    ],
)
def test_a_surname_after_a_surname_is_no_village(keys: Keys, text: str) -> None:
    assert "soloviv" not in keys(text)


@pytest.mark.parametrize("text", ["Взрывы в Кривом Роге.", "Прилёты по Тростянцу."])
def test_a_curated_town_lends_its_russian_name_to_no_namesake(
    seed_matcher: PlaceMatcher, text: str
) -> None:
    """A village Кривий Ріг of Kherson Oblast keeps its own Russian forms: the city stays the
    one place of «Кривой Рог», an anchor for the post's namesakes."""
    [match] = seed_matcher.candidates(text)
    assert len(match.entry.candidates) == 1


def test_a_surname_named_before_with_a_first_name_is_the_person(keys: Keys) -> None:
    text = "На корпоративе выступит Татьяна Иванова. Иванова споёт три песни за 20 минут."
    assert keys(text) == []


def test_a_place_named_before_in_another_case_is_still_the_place(keys: Keys) -> None:
    # «Украине» may read as a first name, and «Горняке» holds «Горняк»: neither makes a person
    text = "Он жил в подконтрольном Украине Горняке в ДНР. Потом вернулся в Горняк."
    assert "hirnyk" in keys(text)


def test_a_town_a_person_is_named_after_is_still_the_town_later(keys: Keys) -> None:
    text = "Волонтер Андрій Лиман привіз дрони. Тим часом ворог штурмує Лиман з півночі."
    assert keys(text) == ["lyman"]
