"""Whose voice a front report speaks in, and what it names without naming it: relayed DeepState
and General Staff reports, places carried from a headline or a pronoun, lists running on.
Every text is a paraphrase written for the test (conventions: ../shared/data/gold/README.md)."""

from __future__ import annotations

import re

import pytest

from monitor.claims.extractor import ClaimExtractor
from tests.claims.extracting import Claim, claims, extractor_over

# key → (kind, country)
PLACES = {
    "vovchansk": ("town", "UA"),
    "lyptsi": ("village", "UA"),
    "kupiansk": ("town", "UA"),
    "kruhliakivka": ("village", "UA"),
    "synkivka": ("village", "UA"),
    "sudzha": ("town", "RU"),
    "kharkiv": ("city", "UA"),
    "sumy": ("city", "UA"),
    "yunakivka": ("village", "UA"),
    "novenke": ("village", "UA"),
    "krasnopillia": ("town", "UA"),
    "donetsk-oblast": ("region", "UA"),
    "luhansk-oblast": ("region", "UA"),
    "kharkiv-oblast": ("region", "UA"),
    "crimea": ("region", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


# --- a relayed report speaks in its source's voice ------------------------------------------


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "По данным DeepState, противник продвинулся в районе Волчанска.",
            {"vovchansk": "Волчанска"},
            "ru",
            ("advance", "vovchansk", "ru", "reported"),
        ),
        (
            "Генштаб ВСУ: противник атаковал у Липцов.",
            {"lyptsi": "Липцов"},
            "ru",
            ("advance", "lyptsi", "ru", "reported"),
        ),
        (
            "Дипстейт пишет, что враг вклинился в Кругляковку.",
            {"kruhliakivka": "Кругляковку"},
            "other",
            ("advance", "kruhliakivka", "ru", "reported"),
        ),
        (
            "Минобороны РФ: наши войска зашли в Синьковку.",
            {"synkivka": "Синьковку"},
            "ua",
            ("advance", "synkivka", "ru", "reported"),
        ),
    ],
)
def test_a_relayed_report_resolves_the_enemy_by_its_source(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: Claim
) -> None:
    assert expected in claims(extractor, text, places, side)


def test_a_source_named_after_the_claim_leaves_the_channels_voice(
    extractor: ClaimExtractor,
) -> None:
    text = "Наши штурмовики зашли в Волчанск, это признал даже DeepState."
    found = claims(extractor, text, {"vovchansk": "Волчанск"}, "ru")
    assert ("advance", "vovchansk", "ru", "asserted") in found


def test_without_a_source_the_enemy_is_the_channels(extractor: ClaimExtractor) -> None:
    text = "Противник продвинулся в районе Липцов."
    assert claims(extractor, text, {"lyptsi": "Липцов"}, "ru") == {
        ("advance", "lyptsi", "ua", "asserted")
    }


# --- «ворог атакував» at a place is a ground attack there -----------------------------------


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (
            "Противник атакував поблизу Липців та Вовчанська.",
            {"lyptsi": "Липців", "vovchansk": "Вовчанська"},
            {("advance", "lyptsi", "ru", "asserted"), ("advance", "vovchansk", "ru", "asserted")},
        ),
        (
            "Вчора ворог тричі атакував Синьківку, всі атаки відбито.",
            {"synkivka": "Синьківку"},
            {("advance", "synkivka", "ru", "asserted")},
        ),
    ],
)
def test_an_enemy_attack_at_a_place_is_a_ground_attack_there(
    extractor: ClaimExtractor, text: str, places: dict[str, str], expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, "ua") == expected


@pytest.mark.parametrize(
    ("text", "key", "surface", "country", "side", "expected"),
    [
        # a Russian report of an attack nobody is named for: the other country's
        (
            "В Белгородской области атакованы Шебекино и Грайворон.",
            "shebekino",
            "Шебекино",
            "RU",
            "ru",
            "ua",
        ),
        (
            "Атаки на Шебекино продолжаются, есть раненые.",
            "shebekino",
            "Шебекино",
            "RU",
            "other",
            "ua",
        ),
        (
            "Атаки в районе Волчанска продолжаются, продвижение есть.",
            "vovchansk",
            "Волчанска",
            "UA",
            "ru",
            "ru",
        ),
        ("Атакованы позиции у Волчанска.", "vovchansk", "Волчанска", "UA", "other", "ru"),
    ],
)
def test_an_unnamed_attacker_in_a_russian_report_is_the_other_country(
    text: str, key: str, surface: str, country: str, side: str, expected: str
) -> None:
    ex = extractor_over({key: ("town", country)})
    assert ("advance", key, expected, "asserted") in claims(ex, text, {key: surface}, side)


def test_an_air_attack_keeps_its_claim_on_the_whole_country(extractor: ClaimExtractor) -> None:
    text = "Вночі ворог атакував 40 ударними БпЛА з Курської області."
    assert ("strike", None, "ru", "asserted") in claims(extractor, text, {}, "ua")


# --- the occupied part of an oblast is an advance there, a region held whole a capture ------


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        (
            "Ворог перекидає резерви з ТОТ Луганської області.",
            {"luhansk-oblast": "Луганської області"},
            ("advance", "luhansk-oblast", "ru", "asserted"),
        ),
        (
            "На тимчасово окупованій території Донецької області ворог оголосив мобілізацію.",
            {"donetsk-oblast": "Донецької області"},
            ("advance", "donetsk-oblast", "ru", "asserted"),
        ),
        (
            "Пуски крилатих ракет з ТОТ АР Крим.",
            {"crimea": "АР Крим"},
            ("capture", "crimea", "ru", "asserted"),
        ),
    ],
)
def test_occupied_territory_of_an_oblast_is_an_advance_of_crimea_a_capture(
    extractor: ClaimExtractor, text: str, places: dict[str, str], expected: Claim
) -> None:
    assert expected in claims(extractor, text, places, "ua")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Рятувальники ліквідували пожежу після обстрілу Харкова.", {"kharkiv": "Харкова"}),
        ("У Сумах комунальники ліквідовують наслідки нічної атаки.", {"sumy": "Сумах"}),
        ("В Харькове спасатели ликвидировали возгорание после удара.", {"kharkiv": "Харькове"}),
    ],
)
def test_putting_out_fires_is_no_casualty(
    extractor: ClaimExtractor, text: str, places: dict[str, str]
) -> None:
    assert not any(c[0] == "casualties" for c in claims(extractor, text, places, "ua"))


# --- a sentence that names no place but points back to one («в городе», «населений пункт») ---


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "ВС РФ вошли в Волчанск. Сейчас НП полностью освобождён.",
            {"vovchansk": "Волчанск"},
            "ru",
            ("capture", "vovchansk", "ru", "asserted"),
        ),
        (
            "Ворог атакував Кругляківку. Згодом ворог окупував населений пункт.",
            {"kruhliakivka": "Кругляківку"},
            "ua",
            ("capture", "kruhliakivka", "ru", "asserted"),
        ),
        (
            "Ситуація біля Куп'янська складна. Ворог просунувся в місті.",
            {"kupiansk": "Куп'янська"},
            "ua",
            ("advance", "kupiansk", "ru", "asserted"),
        ),
        (
            "На севере Харьковской области обстреляли Липцы. В этом селе наши закрепились.",
            {"kharkiv-oblast": "Харьковской области", "lyptsi": "Липцы"},
            "ru",
            ("advance", "lyptsi", "ru", "asserted"),
        ),
    ],
)
def test_a_settlement_noun_points_back_to_the_last_settlement(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: Claim
) -> None:
    found = claims(extractor, text, places, side)
    assert expected in found
    assert not any(c[1] == "kharkiv-oblast" and c[0] == expected[0] for c in found)


# --- a list that runs on into the next sentence -------------------------------------------


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Ворожих обстрілів зазнали Юнаківка і Новеньке. А також Краснопілля.",
            {"yunakivka": "Юнаківка", "novenke": "Новеньке", "krasnopillia": "Краснопілля"},
            "ua",
            {"yunakivka", "novenke", "krasnopillia"},
        ),
        (
            "Противник намагався просунутися в районах Липців, Вовчанська.\n"
            "Також — біля Кругляківки.",
            {"lyptsi": "Липців", "vovchansk": "Вовчанська", "kruhliakivka": "Кругляківки"},
            "ua",
            {"lyptsi", "vovchansk", "kruhliakivka"},
        ),
        (
            "Наши штурмовики зашли в Волчанск. Кроме того, в Синьковку.",
            {"vovchansk": "Волчанск", "synkivka": "Синьковку"},
            "ru",
            {"vovchansk", "synkivka"},
        ),
    ],
)
def test_a_sentence_opening_with_also_continues_the_list_before(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: set[str]
) -> None:
    found = claims(extractor, text, places, side)
    assert {c[1] for c in found} == expected
    assert len({(c[0], c[2], c[3]) for c in found}) == 1  # one claim, carried to each place


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph starts afresh
        "Ворог атакував поблизу Липців.\n\nТакож Синьківка досі без світла.",
        # a sentence with a trigger of its own says its own claim
        "Ворог атакував поблизу Липців. Також у Синьківці пролунали вибухи.",
    ],
)
def test_also_does_not_carry_across_a_paragraph_or_over_an_own_trigger(
    extractor: ClaimExtractor, text: str
) -> None:
    found = claims(extractor, text, {"lyptsi": "Липців", "synkivka": "Синьків"}, "ua")
    assert ("advance", "synkivka", "ru", "asserted") not in found


def test_ukrainian_text_on_a_russian_channel_speaks_in_the_ukrainian_voice(
    extractor: ClaimExtractor,
) -> None:
    quoted = claims(
        extractor, "Ворог просунувся біля Вовчанська.", {"vovchansk": "Вовчанська"}, "ru"
    )
    own = claims(extractor, "Противник продвинулся у Волчанска.", {"vovchansk": "Волчанска"}, "ru")
    assert quoted == {("advance", "vovchansk", "ru", "asserted")}
    assert own == {("advance", "vovchansk", "ua", "asserted")}


# --- General Staff phrasings -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Упродовж доби відбито чотири атаки біля Синьківки.",
            {"synkivka": "Синьківки"},
            "ua",
            {("advance", "synkivka", "ru", "asserted")},
        ),
        (
            "Окупанти намагалися вклинитися в нашу оборону біля Липців.",
            {"lyptsi": "Липців"},
            "ua",
            {("advance", "lyptsi", "ru", "asserted")},
        ),
        (
            "Ворог мав успіх у Вовчанську, поблизу Липців та Синьківки.",
            {"vovchansk": "Вовчанську", "lyptsi": "Липців", "synkivka": "Синьківки"},
            "ua",
            {
                ("advance", "vovchansk", "ru", "asserted"),
                ("advance", "lyptsi", "ru", "asserted"),
                ("advance", "synkivka", "ru", "asserted"),
            },
        ),
        (
            "Хохлы откатились из Синьковки.",
            {"synkivka": "Синьковки"},
            "ru",
            {("withdrawal", "synkivka", "ua", "asserted")},
        ),
    ],
)
def test_general_staff_and_blogger_phrasings(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: set[Claim]
) -> None:
    assert claims(extractor, text, places, side) == expected


def test_an_axis_gives_way_to_the_village_its_sentence_names(extractor: ClaimExtractor) -> None:
    text = "На Куп'янському напрямку ворог атакував поблизу Синьківки."
    places = {"kupiansk": "Куп'янському напрямку", "synkivka": "Синьківки"}
    assert claims(extractor, text, places, "ua") == {("advance", "synkivka", "ru", "asserted")}


def test_nobody_captures_an_axis(extractor: ClaimExtractor) -> None:
    text = "Противник захопив ініціативу на Куп'янському напрямку."
    found = claims(extractor, text, {"kupiansk": "Куп'янському напрямку"}, "ua")
    assert not any(c[0] == "capture" for c in found)


# --- bloggers' slang declines past the dictionary ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Под Синьковкой 12 укров выбрали жизнь.", ("casualties", "synkivka", "ru", "asserted")),
        ("У хохлов под Синьковкой много 200-х.", ("casualties", "synkivka", "ru", "asserted")),
        ("Хохлы бегут из Синьковки.", ("withdrawal", "synkivka", "ua", "asserted")),
    ],
)
def test_declined_slang_for_the_ukrainian_side(
    extractor: ClaimExtractor, text: str, expected: Claim
) -> None:
    surface = re.search(r"Синьков\w+", text)
    assert surface is not None
    found = claims(extractor, text, {"synkivka": surface.group(0)}, "ru")
    assert expected in found
    assert not any(c[0] == "evacuation" for c in found)  # soldiers who run are no evacuees


def test_a_credit_line_naming_a_source_relays_the_whole_post(extractor: ClaimExtractor) -> None:
    text = (
        "Итоги дня.\n\nПогода на фронте плохая.\n\nПротивник продвинулся у Синьковки.\n\n"
        "Подписывайтесь.\n\nИсточник: DeepState"
    )
    found = claims(extractor, text, {"synkivka": "Синьковки"}, "ru")
    assert found == {("advance", "synkivka", "ru", "reported")}


def test_a_list_runs_on_along_each_line_after_its_head(extractor: ClaimExtractor) -> None:
    text = "Під обстріл потрапили населені пункти:\nНовеньке, Юнаківка;\nСиньківка, Краснопілля."
    places = {
        "novenke": "Новеньке",
        "yunakivka": "Юнаківка",
        "synkivka": "Синьківка",
        "krasnopillia": "Краснопілля",
    }
    found = claims(extractor, text, places, "ua")
    assert {c[1] for c in found if c[0] == "strike"} == set(places)
