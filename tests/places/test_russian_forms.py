"""Russian posts name Ukrainian front villages by their Russian forms, derived by rule from the
Ukrainian names (monitor.places.crossforms, tools/gazetteer_ua.py); a village named by an
ordinary word counts after a preposition of nearness in a post about the war; the regional
directions name no town (sentences written for these tests, not gold or corpus posts)."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from monitor.places.crossforms import uk_to_ru
from monitor.places.matcher import PlaceMatcher
from tools.gazetteer_ua import russian_forms


@pytest.mark.parametrize(
    ("uk", "ru"),
    [
        # compounds in Верхньо-/Нижньо-/Середньо-, with a second stem of their own
        ("Верхньокам'янське", "Верхнекаменское"),
        ("Верхньоторецьке", "Верхнеторецкое"),
        ("Нижньодніпровськ", "Нижнеднепровск"),
        ("Середньоолександрівка", "Среднеалександровка"),
        # -иця, -ця and -ець
        ("Стариця", "Старица"),
        ("Біла Криниця", "Белая Криница"),
        ("Нижній Яловець", "Нижний Яловец"),
        # «ьо» is Russian «ё», written «е»
        ("Плетньове", "Плетнево"),
        ("Трьохізбенка", "Трехизбенка"),
        # soft short adjectives
        ("Верхня Кринка", "Верхняя Кринка"),
        ("Середній Бурлук", "Средний Бурлук"),
        ("Середнє Водяне", "Среднее Водяное"),
        ("Нижні Сірогози", "Нижние Сирогозы"),
        # a doubled consonant before «я» is Russian «ье»
        ("Затишшя", "Затишье"),
        ("Загаття", "Загатье"),
        # a noun in -а first stays a noun (not «Балкая»)
        ("Балка Журавка", "Балка Журавка"),
        ("Тараса Шевченка", "Тараса Шевченка"),
        # -піль is Russian -поль (-полье for -пілля)
        ("Ямпіль", "Ямполь"),
        ("Бориспіль", "Борисполь"),
        ("Добропілля", "Доброполье"),
        # unchanged
        ("Кам'янське", "Каменское"),
        ("Мелітополь", "Мелитополь"),
        ("Мар'їнка", "Марьинка"),
    ],
)
def test_russian_form_of_a_ukrainian_name(uk: str, ru: str) -> None:
    assert uk_to_ru(uk) == ru


@pytest.mark.parametrize(
    ("uk", "variant"),
    [
        ("П'ятихатки", "Пятихатки"),  # no soft sign after a labial
        ("Дем'янівка", "Демьяновка"),  # but the rule's own form stays first
        ("Польове", "Полевое"),
        ("Зоря", "Заря"),
        # «йо» after a consonant is «ьё»; the words «яблоко», «яблоня», «спор»
        ("Соловйове", "Соловьёво"),
        ("Яблукове", "Яблоково"),
        ("Яблунівка", "Яблоновка"),
        ("Спірне", "Спорное"),
        # Ukrainian «и» for Russian «ы» in the words «рыба», «пустыня»
        ("Рибне", "Рыбное"),
        ("Пустинка", "Пустынка"),
        ("Нова Пустинка", "Новая Пустынка"),
        # Ukrainian «і» for Russian «е» or «о», where the dictionary knows the adjective or the
        # noun the name is made of: Ягодное (ягодный), Колесниковка (колесник)
        ("Ягідне", "Ягодное"),
        ("Нагірне", "Нагорное"),
        ("Мідна Руда", "Медная Руда"),
        ("Сінне", "Сенное"),
        ("Кліщіївка", "Клещеевка"),
        ("Колісниківка", "Колесниковка"),
        ("Дідівка", "Дедовка"),
        ("Оріхівка", "Ореховка"),
    ],
)
def test_regular_russian_variants(uk: str, variant: str) -> None:
    assert variant in russian_forms(uk)


@pytest.mark.parametrize(
    ("uk", "wrong"),
    [
        ("Бараниківка", "Бараноковка"),  # an «и» of the Ukrainian name stays
        ("Горіхове", "Горохово"),  # горіх is a nut (орех), not peas
        ("Оріхове", "Орехово"),  # «в Орехове» is the town of Orikhiv
        ("Вірівка", "Воровка"),
        ("Мирне", "Мерное"),
    ],
)
def test_a_vowel_changes_only_for_a_ukrainian_i(uk: str, wrong: str) -> None:
    assert wrong not in russian_forms(uk)


def _keys(matcher: PlaceMatcher, text: str, side: str = "ru") -> dict[str, str]:
    return {m.surface: m.place_key for m in matcher.find(text, side=side)}


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Противник закрепился у Верхнекаменского.", "Верхнекаменского", "verkhnokamianske"),
        ("ВСУ пытались контратаковать у Старицы Харьковской области.", "Старицы", "starytsia"),
        # the Russian spellings of Rivne beside the Soviet «Ровно», «Ровенская»
        ("Удар по военной части в Ровненской области.", "Ровненской области", "rivne-oblast"),
        ("Дроны снова атаковали Ровненщину.", "Ровненщину", "rivne-oblast"),
        ("Ночью взрывы прогремели в Ровне.", "Ровне", "rivne"),
        ("Беспилотник пролетел у Ровненской АЭС.", "Ровненской АЭС", "rivne-npp"),
        # a Russian-only name of a settlement GeoNames places (gazetteer_src/exonyms.txt)
        ("Наши контролируют Двуречную полностью.", "Двуречную", "dvorichna"),
        ("Бои у Двуречной и Западного продолжаются.", "Двуречной", "dvorichna"),
        # Ukrainian «і» for Russian «е» or «о» (Кліщіївка, Мідна Руда, Колісниківка)
        ("Наши штурмовики зашли в Клещеевку под Артёмовском.", "Клещеевку", "klishchiivka"),
        ("Бои у Медной Руды Донецкой области.", "Медной Руды", "midna-ruda"),
        ("Противник отошёл от Колесниковки Купянского района.", "Колесниковки", "kolisnykivka"),
    ],
)
def test_russian_forms_of_front_villages_match(
    seed_matcher: PlaceMatcher, text: str, surface: str, key: str
) -> None:
    assert _keys(seed_matcher, text).get(surface) == key


@pytest.mark.parametrize(
    ("text", "surface", "side"),
    [
        ("Штурмовики продвинулись у Зори.", "Зори", "ru"),
        ("Противник атакует у Зари и Верхнекаменского.", "Зари", "ru"),
        ("Окупанти атакували поблизу Зорі.", "Зорі", "ua"),
        ("Бої тривають біля Верхньокам'янського та Зорі.", "Зорі", "ua"),
        ("Противник атакует под Дружбой.", "Дружбой", "ru"),
        ("Штурмовики зашли в село Зоря.", "Зоря", "ru"),
        # the object of a verb of war, or the place fought for
        ("Наши зачистили Урожайное, противник бежал.", "Урожайное", "ru"),
        ("Армия России освободила Урожайное.", "Урожайное", "ru"),
        ("Ворог окупував Урожайне.", "Урожайне", "ua"),
        ("Бои идут за Урожайное.", "Урожайное", "ru"),
        ("Бої тривають за Дружбу, ворог тисне.", "Дружбу", "ua"),
        # Russian stems of «речка», «лес», «отрада» (Зарічне, Лісне, Відрадне)
        ("Российские войска освободили населенный пункт Заречное в ДНР.", "Заречное", "ru"),
    ],
)
def test_a_village_named_by_a_word_counts_near_the_fighting(
    seed_matcher: PlaceMatcher, text: str, surface: str, side: str
) -> None:
    found = _keys(seed_matcher, text, side).get(surface, "")
    assert found.startswith(("zoria", "druzhba", "urozhaine", "zarichne", "lisne", "vidradne"))


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("Лесного", "lisne-kharkiv-oblast"),
        ("Отрадное", "vidradne"),
        ("Спорного", "spirne-donetsk-oblast"),
        ("Соловьёво", "soloviove"),
        ("Яблоково", "yablukove"),
    ],
)
def test_russian_stems_of_ukrainian_words_name_the_villages(
    seed_matcher: PlaceMatcher, form: str, key: str
) -> None:
    (match,) = seed_matcher.candidates(form)
    assert key in {seed_matcher.keys[c.place] for c in match.entry.candidates}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Утренние зори над рекой.", "ru"),
        ("Зори над полем. Бои идут.", "ru"),
        ("Концерт у Зори прошёл в клубе.", "ru"),  # no war in the post
        ("Зорі над степом.", "ua"),
        ("Противник атакует, у Дронова новый бизнес.", "ru"),  # a surname
        ("Наши отбили Зарю у врага.", "ru"),  # a person's name in a reading
        ("Урожайное лето: рынок атаковали продавцы.", "ru"),  # no war in the post
        ("Борьба за Зорю продолжается.", "ru"),  # nor here
    ],
)
def test_a_word_stays_a_word(seed_matcher: PlaceMatcher, text: str, side: str) -> None:
    assert not any(
        key.startswith(("zoria", "dronova", "urozhaine"))
        for key in _keys(seed_matcher, text, side).values()
    )


@pytest.mark.parametrize(
    ("text", "side", "key"),
    [
        ("Наши продвинулись на Слобожанском направлении.", "ru", "slobozhanske"),
        ("Бої на Слобожанському напрямку тривають.", "ua", "slobozhanske"),
        ("Ситуация на Таврическом направлении.", "ru", "tavriisk"),
        ("Бої на Таврійському напрямку.", "ua", "tavriisk"),
    ],
)
def test_a_regional_direction_names_no_town(
    seed_matcher: PlaceMatcher, text: str, side: str, key: str
) -> None:
    assert not any(k.startswith(key) for k in _keys(seed_matcher, text, side).values())


@pytest.mark.parametrize(
    ("text", "side", "found"),
    [
        # a village opening its sentence as its topic, before a dash or a colon, in a war post
        ("Очеретино — наши закрепились в центре посёлка.", "ru", True),
        ("Очеретино: противник отходит.", "ru", True),
        ("Очеретине — ворог просунувся.", "ua", True),
        # not outside the war, nor without the dash
        ("Очеретино — красивое село, приезжайте летом.", "ru", False),
        ("Очеретино наши закрепились.", "ru", False),
    ],
)
def test_a_village_as_the_topic_of_its_sentence(
    seed_matcher: PlaceMatcher, text: str, side: str, found: bool
) -> None:
    keys = _keys(seed_matcher, text, side).values()
    assert any(key.startswith("ocheretyne") for key in keys) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # after «от», «к», «для», «про» a surname's form is a person's
        ("Пишут, что нет новостей от Гладкова, а в Белгороде взрывы.", False),
        ("Вопросы к Гладкову копятся, в Белгороде взрывы.", False),
        # after a preposition of place, or a verb and «от», it is the village
        ("Бои идут у Гладкова, противник атакует.", True),
        ("Противник отошёл от Гладкова к Сватово.", True),
    ],
)
def test_a_surname_after_from_is_a_person(
    seed_matcher: PlaceMatcher, text: str, found: bool
) -> None:
    assert ("hladkove" in _keys(seed_matcher, text).values()) is found


@pytest.mark.parametrize(
    ("text", "side", "key", "found"),
    [
        # an oblast's adjective before «регион», «регіон»
        ("Над Курским регионом сбиты пять беспилотников.", "ru", "kursk-oblast", True),
        ("В Белгородском регионе объявлена ракетная опасность.", "ru", "belgorod-oblast", True),
        ("У Сумському регіоні лунають вибухи.", "ua", "sumy-oblast", True),
        # not the capitals': the city and its oblast together
        ("В московском регионе ожидаются ливни.", "ru", "moscow-oblast", False),
    ],
)
def test_an_oblast_named_as_a_region(
    seed_matcher: PlaceMatcher, text: str, side: str, key: str, found: bool
) -> None:
    assert (key in _keys(seed_matcher, text, side).values()) is found


@pytest.mark.parametrize(
    ("text", "key", "found"),
    [
        # a name alone between quotes is an organisation's, a club's or a ship's
        ("Футбольный клуб подписал полузащитника из «Урала».", "urals", False),
        ("В Чечне обстреляли «Урал» Росгвардии.", "urals", False),
        ("Пуск «Калибра» с подлодки «Новороссийск».", "novorossiysk", False),
        # not after a settlement noun, nor a facility's own name
        ("Бои идут у села «Зоря».", "zoria", True),
        ("Удар по заводу «Южмаш» в Днепре.", "yuzhmash", True),
    ],
)
def test_a_name_between_quotes(
    seed_matcher: PlaceMatcher, text: str, key: str, found: bool
) -> None:
    keys = _keys(seed_matcher, text).values()
    assert any(k.startswith(key) for k in keys) is found, keys


def test_a_town_in_a_bloggers_quotes_stays(seed_matcher: PlaceMatcher) -> None:
    assert "sudzha" in _keys(seed_matcher, "«Суджа» взята, хохлы бегут.").values()


def test_a_russian_form_with_y_names_the_village(bundled_analyzer: Analyzer) -> None:
    places, _ = bundled_analyzer.analyze("Южнее Покровска наши зашли в Пустынку.", "ru")
    assert "pustynka-donetsk-oblast" in {p.place_key for p in places}
