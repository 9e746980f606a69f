"""Villages named by an adjective (Торське, Тоненьке, Південне, Сіверське …) in an oblique case,
where the form is also the ordinary adjective: a place after a word of nearness, area or
direction, after a plain preposition of place in a post about the fighting, or in a list of
places; the ordinary adjective before a noun it agrees with (paraphrases written for these tests,
not gold posts)."""

from __future__ import annotations

import pytest

from monitor.places.adjectival import agreeing_noun_after, oblique_adjective
from monitor.places.gazetteer import Gazetteer
from monitor.places.matcher import PlaceMatcher
from tests.seed_matcher import Keys


def _names(matcher: PlaceMatcher, gaz: Gazetteer, text: str) -> dict[str, str]:
    """Surface → the English name of the place read."""
    return {m.surface: gaz.places[m.place_key].name_en for m in matcher.find(text)}


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # Ukrainian: genitive, locative, instrumental; nearness, area, direction, list
        ("Противник тисне поблизу Торського, бої тривають.", "Торського", "Torske"),
        ("Штурмові дії ворога в районі Тоненького відбито.", "Тоненького", "Tonenke"),
        ("Окупанти намагалися просунутися з боку Тоненького.", "Тоненького", "Tonenke"),
        ("Ворог просунувся у Торському.", "Торському", "Torske"),
        ("Ситуація під Південним загострилася, ворог штурмує.", "Південним", "Pivdenne"),
        ("Ворог наступав біля Желанного і Тоненького.", "Тоненького", "Tonenke"),
        ("Біля Торського ворог закріпився.", "Торського", "Torske"),
        # Russian: genitive, locative; «у», «севернее», «в районе»
        ("Противник атаковал севернее Тоненького.", "Тоненького", "Tonenke"),
        ("Бои идут в районе Торского.", "Торского", "Torske"),
        ("Наши штурмовики продвинулись у Тоненького.", "Тоненького", "Tonenke"),
        ("ВСУ пытаются удержаться в Торском.", "Торском", "Torske"),
        # an oblique form that also reads as a masculine nominative adjective agrees with no
        # nominative noun after it
        ("Утром у Двуречной противник пытался атаковать.", "Двуречной", "Dvorichna"),
        ("В Двуречной противник накапливает силы.", "Двуречной", "Dvorichna"),
        ("Біля Дворічної ворог закріпився.", "Дворічної", "Dvorichna"),
    ],
)
def test_an_adjectival_village_in_an_oblique_case_is_a_place(
    text: str, surface: str, name: str, seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer
) -> None:
    assert _names(seed_matcher, seed_gazetteer, text).get(surface, "").startswith(name)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Рибалки зібралися біля Торського озера.", "Торського"),
        ("Колона стояла в районі Невського проспекту.", "Невського"),
        ("Вибух пролунав біля Північного вокзалу.", "Північного"),
        ("Поблизу Північного залізничного вокзалу тихо.", "Північного"),
        ("Рятувальники дісталися до Південного Бугу.", "Південного"),
        ("Літак зник у Мирному небі.", "Мирному"),
        ("Загроза ударних дронів з Південного та Східного напрямків.", "Південного"),
        ("Загроза ударних дронів з Південного та Східного напрямків.", "Східного"),
        ("Встреча прошла в районе Невского проспекта.", "Невского"),
        ("Аналитик по конфликтам на Южном Кавказе дал интервью.", "Южном"),
        ("Діти гралися біля Тоненького струмка.", "Тоненького"),
        ("Туристы отдыхали у Торского озера.", "Торского"),
        # the adjective of a name that is no dictionary word, or lowercase, before its noun
        ("Взрывы прогремели в украинском городе на юге.", "украинском"),
        ("В Московском зоопарке родился детёныш панды.", "Московском"),
        ("На Кировском руднике ввели новый горизонт.", "Кировском"),
    ],
)
def test_the_ordinary_adjective_before_its_noun_is_no_place(
    text: str, word: str, seed_matcher: PlaceMatcher
) -> None:
    assert word not in {m.surface for m in seed_matcher.find(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Семья переехала и оказалась в Светлом.",
        "Вчора ми відпочивали у Світлому.",
        "Видео вчерашнего ДТП в Жуковском.",
    ],
)
def test_a_plain_preposition_outside_a_post_about_the_fighting_names_no_village(
    keys: Keys, text: str
) -> None:
    # towns of Russia the gazetteer lacks, not the Ukrainian villages of the name
    assert keys(text) == []


def test_an_okrug_named_after_its_town_still_counts(keys: Keys) -> None:
    # the okrug itself, a district of Moscow Oblast
    assert keys("Беспилотник сбит в Раменском городском округе.") == ["ramensky-district"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Эвакуация началась в Межевой Днепропетровской области.", "mezhova"),
        ("Окупанти закріпилися біля Степового Покровського району.", "stepove-donetsk-oblast"),
    ],
)
def test_a_settlement_before_its_oblast_or_raion_still_counts(
    keys: Keys, text: str, key: str
) -> None:
    assert any(found.startswith(key) for found in keys(text))


def test_a_name_shaped_as_a_noun_is_not_read_as_an_adjective(keys: Keys) -> None:
    # «Красногоровкой» has a guessed adjective reading; «ДНР» after it is no noun it agrees with
    assert "krasnohorivka-donetsk-oblast" in keys("Он служил снайпером под Красногоровкой ДНР.")


@pytest.mark.parametrize(
    ("form", "after", "before", "expected"),
    [
        ("торського", " озера", "біля ", True),
        ("торського", " ворог закріпився", "біля ", False),
        ("невського", " проспекту", "районі ", True),
        ("північного", " залізничного вокзалу", "біля ", True),
        ("мирному", " небі", "у ", True),
        ("тоненького", " и у озерного", "севернее ", False),
        ("східного", " напрямків", "південного та ", True),
        ("південного", " та східного напрямків", "з ", True),
        ("торського", ", тоненького та невського", "біля ", False),
    ],
)
def test_agreement_with_the_next_noun(form: str, after: str, before: str, expected: bool) -> None:
    assert agreeing_noun_after(form, after, before) is expected


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("торського", True),
        ("торському", True),
        ("південним", True),
        ("южной", True),
        ("торське", False),  # the nominative
        ("бахмута", False),
        ("лиманом", False),  # a noun's instrumental
        ("красногоровкой", False),  # a noun's, though a guessed reading is an adjective's
    ],
)
def test_oblique_adjective(form: str, expected: bool) -> None:
    assert oblique_adjective(form) is expected


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # a name renamed in 2024 is still found by the old one, which KATOTTG no longer has
        ("В районе Невского и Макеевки на Сватовском направлении идут бои.", "Невского", "Balka"),
        ("Ворог атакував біля Желанного Першого.", "Желанного Першого", "Bazhane Pershe"),
        ("Росіяни штурмують Желанне Друге.", "Желанне Друге", "Bazhane Druhe"),
        # a second Невське (Crimea's alone before) keeps it from anchoring Torske elsewhere
        ("Ворог просунувся біля Торського та в районах Невського.", "Торського", "Torske"),
    ],
)
def test_former_names_of_front_villages(
    text: str, surface: str, name: str, seed_matcher: PlaceMatcher, seed_gazetteer: Gazetteer
) -> None:
    assert _names(seed_matcher, seed_gazetteer, text).get(surface, "").startswith(name)


@pytest.mark.parametrize(
    "text",
    ["Штурмовики противника шли в направлении Уманского.", "Ворог атакував у напрямку Уманського."],
)
def test_a_bare_adjective_after_a_direction_is_the_village_not_the_raion(
    keys: Keys, text: str
) -> None:
    # «в направлении X» governs a place's genitive; it is no inverted «Уманское направление»
    assert keys(text) == ["umanske"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Бои продолжаются на Сумском направлении.", "sumy-oblast"),
        ("Дрон сбит над территорией области Курской.", "kursk-oblast"),
    ],
)
def test_region_adjectives_next_to_their_nouns_stay_regions(
    keys: Keys, text: str, key: str
) -> None:
    assert key in keys(text)
