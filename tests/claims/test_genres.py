"""Claims in the genres the monitor's users watch: front updates (DeepState, the General Staff),
oblast shelling reports and Russian military bloggers. Every text here is a paraphrase written
for the test, in the conventions of ../shared/data/gold/README.md (the section of 2026-12-02)."""

from __future__ import annotations

import pytest

from monitor.claims.extractor import ClaimExtractor
from monitor.domain import PlaceMention
from tests.claims.extracting import Claim, claims, extractor_over

# Places of the bundled gazetteer (Kursk, Sumy and Kharkiv theatre): key → (kind, country).
PLACES = {
    "sudzha": ("town", "RU"),
    "korenevo": ("town", "RU"),
    "glushkovo": ("town", "RU"),
    "sverdlikovo": ("village", "RU"),
    "rylsk": ("town", "RU"),
    "kursk-oblast": ("region", "RU"),
    "vovchansk": ("town", "UA"),
    "lyptsi": ("village", "UA"),
    "kupiansk": ("town", "UA"),
    "krasnopillia": ("town", "UA"),
    "velyka-pysarivka": ("town", "UA"),
    "yunakivka": ("village", "UA"),
    "novenke": ("village", "UA"),
    "sumy": ("city", "UA"),
    "sumy-oblast": ("region", "UA"),
    "kharkiv-oblast": ("region", "UA"),
}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return extractor_over(PLACES)


# --- front updates ------------------------------------------------------------------------

FRONT_UPDATES = [
    # (text, places, channel side, the claims it must yield)
    (
        "Ворог просунувся поблизу Липців та в Вовчанську.",
        {"lyptsi": "Липців", "vovchansk": "Вовчанську"},
        "ua",
        {("advance", "lyptsi", "ru", "asserted"), ("advance", "vovchansk", "ru", "asserted")},
    ),
    (
        "Противник продвинулся возле Липцов.",
        {"lyptsi": "Липцов"},
        "ua",
        {("advance", "lyptsi", "ru", "asserted")},
    ),
    (
        "Окупанти окупували Новеньке.",
        {"novenke": "Новеньке"},
        "ua",
        {("capture", "novenke", "ru", "asserted")},
    ),
    (
        "Тривають штурмові дії на Юнаківку, ворог чинить тиск на Новеньке.",
        {"yunakivka": "Юнаківку", "novenke": "Новеньке"},
        "ua",
        {("advance", "yunakivka", "ru", "asserted"), ("advance", "novenke", "ru", "asserted")},
    ),
    (
        "Зберігається тиск на Вовчанськ.",
        {"vovchansk": "Вовчанськ"},
        "ua",
        {("advance", "vovchansk", "ru", "asserted")},
    ),
    (
        "Зафіксовано накопичення живої сили та техніки ворога в районі Глушкова.",
        {"glushkovo": "Глушкова"},
        "ua",
        {("deployment", "glushkovo", "ru", "asserted")},
    ),
    (
        "Фиксируется скопление техники противника в районе Юнаковки.",
        {"yunakivka": "Юнаковки"},
        "ru",
        {("deployment", "yunakivka", "ua", "asserted")},
    ),
    (
        "Окупанти мали успіх поблизу Новенького та в Юнаківці.",
        {"novenke": "Новенького", "yunakivka": "Юнаківці"},
        "ua",
        {("advance", "novenke", "ru", "asserted"), ("advance", "yunakivka", "ru", "asserted")},
    ),
    (
        "Сили оборони відкинули ворога біля Новенького.",
        {"novenke": "Новенького"},
        "ua",
        {("withdrawal", "novenke", "ru", "asserted")},
    ),
    (
        "Наші підрозділи відтіснили окупантів від Липців.",
        {"lyptsi": "Липців"},
        "ua",
        {("withdrawal", "lyptsi", "ru", "asserted")},
    ),
    (
        "Під Вовчанськом наші воїни відновили положення.",
        {"vovchansk": "Вовчанськом"},
        "ua",
        {("advance", "vovchansk", "ua", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "places", "side", "expected"), FRONT_UPDATES)
def test_front_update_phrasings(
    extractor: ClaimExtractor,
    text: str,
    places: dict[str, str],
    side: str,
    expected: set[Claim],
) -> None:
    found = claims(extractor, text, places, side)
    assert expected <= found, found


def test_a_map_correction_is_no_claim(extractor: ClaimExtractor) -> None:
    text = "Уточнено лінію зіткнення в районі Липців."
    assert claims(extractor, text, {"lyptsi": "Липців"}, "ua") == set()


# --- General Staff and oblast reports: lists under one trigger, passive strikes -------------

REPORT_LISTS = [
    (
        "Під артилерійським вогнем опинились близько 15 населених пунктів, серед них "
        "Краснопілля, Юнаківка та Велика Писарівка.",
        {
            "krasnopillia": "Краснопілля",
            "yunakivka": "Юнаківка",
            "velyka-pysarivka": "Велика Писарівка",
        },
        "ua",
        {"krasnopillia", "yunakivka", "velyka-pysarivka"},
    ),
    (
        "Обстрілів зазнали населені пункти Краснопілля, Новеньке, Юнаківка.",
        {"krasnopillia": "Краснопілля", "novenke": "Новеньке", "yunakivka": "Юнаківка"},
        "ua",
        {"krasnopillia", "novenke", "yunakivka"},
    ),
    (
        "Противник нанёс удары по районам Краснополья, Юнаковки и Великой Писаревки.",
        {
            "krasnopillia": "Краснополья",
            "yunakivka": "Юнаковки",
            "velyka-pysarivka": "Великой Писаревки",
        },
        "ru",
        {"krasnopillia", "yunakivka", "velyka-pysarivka"},
    ),
    (
        "Ворог здійснив обстріли позицій в районах Краснопілля, Новенького та Юнаківки.",
        {"krasnopillia": "Краснопілля", "novenke": "Новенького", "yunakivka": "Юнаківки"},
        "ua",
        {"krasnopillia", "novenke", "yunakivka"},
    ),
    (
        "Под обстрел попали Суджа, Коренево и Глушково.",
        {"sudzha": "Суджа", "korenevo": "Коренево", "glushkovo": "Глушково"},
        "ru",
        {"sudzha", "korenevo", "glushkovo"},
    ),
]


@pytest.mark.parametrize(("text", "places", "side", "expected"), REPORT_LISTS)
def test_a_list_under_one_strike_trigger_is_one_strike_per_place(
    extractor: ClaimExtractor,
    text: str,
    places: dict[str, str],
    side: str,
    expected: set[str],
) -> None:
    found = claims(extractor, text, places, side)
    struck = {c[1] for c in found if c[0] == "strike"}
    assert struck == expected, found
    country = "UA" if side == "ua" else "RU"
    attacker = "ru" if country == "UA" else "ua"
    assert {c[2] for c in found if c[0] == "strike"} == {attacker}, found


# --- Russian military bloggers --------------------------------------------------------------

BLOGGERS = [
    (
        "Наши штурмовики зашли в Новеньке и закрепляются.",
        {"novenke": "Новеньке"},
        "ru",
        {("advance", "novenke", "ru", "asserted")},
    ),
    (
        "Парни взяли Юнаковку, укры бежали.",
        {"yunakivka": "Юнаковку"},
        "ru",
        {("capture", "yunakivka", "ru", "asserted")},
    ),
    (
        "Накатили на Липцы с двух сторон.",
        {"lyptsi": "Липцы"},
        "ru",
        {("advance", "lyptsi", "ru", "asserted")},
    ),
    (
        "Ребята накатили на Липцы, хохлы разбежались.",
        {"lyptsi": "Липцы"},
        "ru",
        {("advance", "lyptsi", "ru", "asserted")},
    ),
    (
        "Наши прорвали оборону противника у Глушково.",
        {"glushkovo": "Глушково"},
        "ru",
        {("advance", "glushkovo", "ru", "asserted")},
    ),
    (
        "Окупанти прорвали оборону біля Юнаківки.",
        {"yunakivka": "Юнаківки"},
        "ua",
        {("advance", "yunakivka", "ru", "asserted")},
    ),
    (
        "Хохлы опять накатывают на Глушково.",
        {"glushkovo": "Глушково"},
        "ru",
        {("advance", "glushkovo", "ua", "asserted")},
    ),
    (
        "Наши заехали на окраины Вовчанска.",
        {"vovchansk": "Вовчанска"},
        "ru",
        {("advance", "vovchansk", "ru", "asserted")},
    ),
    (
        "Додавили нациков в Новеньком, посёлок наш.",
        {"novenke": "Новеньком"},
        "ru",
        {("advance", "novenke", "ru", "asserted"), ("capture", "novenke", "ru", "asserted")},
    ),
    (
        "Штурмовики зачистили Свердликово от остатков ВФУ.",
        {"sverdlikovo": "Свердликово"},
        "ru",
        {("capture", "sverdlikovo", "ru", "asserted")},
    ),
    (
        "Прилёт по Рыльску, горит подстанция.",
        {"rylsk": "Рыльску"},
        "ru",
        {("strike", "rylsk", "ua", "asserted")},
    ),
    (
        "Прилетело по пункту временной дислокации укров в Юнаковке.",
        {"yunakivka": "Юнаковке"},
        "ru",
        {("strike", "yunakivka", "ru", "asserted")},
    ),
    (
        "Под Глушково у хохлов 12 трёхсотых и 5 двухсотых.",
        {"glushkovo": "Глушково"},
        "ru",
        {("casualties", "glushkovo", "ru", "asserted")},
    ),
    (
        "Под Суджей ещё четверо всушников выбрали жизнь.",
        {"sudzha": "Суджей"},
        "ru",
        {("casualties", "sudzha", "ru", "asserted")},
    ),
    (
        "ВСУ провели перегруппировку и оставили Свердликово.",
        {"sverdlikovo": "Свердликово"},
        "ru",
        {("withdrawal", "sverdlikovo", "ua", "asserted")},
    ),
    (
        "Под Вовчанском наши провели перегруппировку на более выгодные рубежи.",
        {"vovchansk": "Вовчанском"},
        "ru",
        {("withdrawal", "vovchansk", "ru", "asserted")},
    ),
    (
        "Очередной жест доброй воли под Купянском.",
        {"kupiansk": "Купянском"},
        "ru",
        {("withdrawal", "kupiansk", "ru", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "places", "side", "expected"), BLOGGERS)
def test_military_blogger_phrasings(
    extractor: ClaimExtractor,
    text: str,
    places: dict[str, str],
    side: str,
    expected: set[Claim],
) -> None:
    found = claims(extractor, text, places, side)
    assert expected <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Укры накатили на Глушково, атака отбита.",
        "Хохлы пытаются зайти в Глушково.",
        "ВФУ снова штурмуют Глушково.",
        "Нацики обстреляли Глушково из артиллерии.",
    ],
)
def test_blogger_slang_for_the_ukrainian_side(extractor: ClaimExtractor, text: str) -> None:
    found = claims(extractor, text, {"glushkovo": "Глушково"}, "ru")
    assert found and {c[2] for c in found} == {"ua"}, found


# --- where a claim names no place -----------------------------------------------------------


def test_a_claim_without_a_place_takes_the_previous_sentences(extractor: ClaimExtractor) -> None:
    text = "Ситуация у Свердликово. Наши штурмовики зашли в посёлок и закрепились."
    found = claims(extractor, text, {"sverdlikovo": "Свердликово"}, "ru")
    assert ("advance", "sverdlikovo", "ru", "asserted") in found, found


def test_a_claim_without_a_place_takes_the_headlines(extractor: ClaimExtractor) -> None:
    text = "**Липці**\n\nВорог просунувся в північній частині села."
    found = claims(extractor, text, {"lyptsi": "Липці"}, "ua")
    assert ("advance", "lyptsi", "ru", "asserted") in found, found


def test_a_sentence_with_its_own_place_keeps_it(extractor: ClaimExtractor) -> None:
    text = "Ситуация у Свердликово стабильна. Наши зашли в Новеньке."
    found = claims(extractor, text, {"sverdlikovo": "Свердликово", "novenke": "Новеньке"}, "ru")
    assert {(c[0], c[1]) for c in found} == {("advance", "novenke")}, found


# --- actor: the channel's side is only a default ---------------------------------------------


def test_a_neutral_channel_lends_no_side_to_ours(extractor: ClaimExtractor) -> None:
    """«Наши» in a channel of side `other` names nobody: the place-based default decides (an
    advance in a Russian village is Ukraine's), as for a sentence with no cue at all."""
    places = {"sverdlikovo": "Свердликово"}
    ours = claims(extractor, "Наши зашли в Свердликово.", places, "other")
    plain = claims(extractor, "Бойцы зашли в Свердликово.", places, "other")
    assert ours == plain == {("advance", "sverdlikovo", "ua", "asserted")}, (ours, plain)
    assert claims(extractor, "Наши зашли в Свердликово.", places, "ru") == {
        ("advance", "sverdlikovo", "ru", "asserted")
    }


def test_the_text_overrides_the_channels_side(extractor: ClaimExtractor) -> None:
    text = "Подразделения ВСУ зашли в Свердликово."
    found = claims(extractor, text, {"sverdlikovo": "Свердликово"}, "ru")
    assert ("advance", "sverdlikovo", "ua", "asserted") in found, found


def test_an_enemy_adjective_names_the_attacker(extractor: ClaimExtractor) -> None:
    text = "У Сумах зафіксовано пошкодження внаслідок ворожої атаки."
    found = claims(extractor, text, {"sumy": "Сумах"}, "ua")
    assert ("strike", "sumy", "ru", "asserted") in found, found


# --- stance in blogs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Наши зашли в Новеньке и закрепляются.\n\nИсточник: @some_channel",
        "По данным коллег, наши зашли в Новеньке.",
        "Если не врут, наши зашли в Новеньке.",
    ],
)
def test_a_repost_or_a_relay_is_reported(extractor: ClaimExtractor, text: str) -> None:
    found = claims(extractor, text, {"novenke": "Новеньке"}, "ru")
    assert ("advance", "novenke", "ru", "reported") in found, found


def test_a_bloggers_own_statement_is_asserted(extractor: ClaimExtractor) -> None:
    text = "Наши зашли в Новеньке и закрепляются. Подробности позже."
    found = claims(extractor, text, {"novenke": "Новеньке"}, "ru")
    assert ("advance", "novenke", "ru", "asserted") in found, found


# --- places before a relative clause, origins, equipment, partial control --------------------


def test_a_relative_clause_is_about_the_place_it_follows(extractor: ClaimExtractor) -> None:
    text = "Тяжело в районе Липцов, где противник пытается прорваться к нашим позициям."
    found = claims(extractor, text, {"lyptsi": "Липцов"}, "ua")
    assert ("advance", "lyptsi", "ru", "asserted") in found, found
    text = "Напряжённо к северу от Липцов, где противник пытается прорваться."
    found = claims(extractor, text, {"lyptsi": "Липцов"}, "ua")
    assert found == set(), found  # a landmark («к северу от»), not the place of the fighting


def test_where_saboteurs_came_from_is_not_where_they_got_in(extractor: ClaimExtractor) -> None:
    text = "ДРГ противника пыталась проникнуть в Глушково из Сумской области."
    found = claims(
        extractor, text, {"glushkovo": "Глушково", "sumy-oblast": "Сумской области"}, "ru"
    )
    assert ("infiltration", "sumy-oblast") not in {(c[0], c[1]) for c in found}, found
    assert ("infiltration", "glushkovo", "ua", "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "places", "side", "actor"),
    [
        ("Наши расчёты уничтожили танк противника под Липцами.", {"lyptsi": "Липцами"}, "ru", "ru"),
        (
            "Біля Глушкова наші дронарі знищили ворожу гаубицю.",
            {"glushkovo": "Глушкова"},
            "ua",
            "ua",
        ),
        ("Под Суджей подбита бронетехника ВСУ.", {"sudzha": "Суджей"}, "ru", "ru"),
    ],
)
def test_equipment_destroyed_is_a_strike(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, actor: str
) -> None:
    found = claims(extractor, text, places, side)
    assert ("strike", next(iter(places)), actor, "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Началось освобождение Юнаковки.",
        "Под контроль наших войск у Юнаковки перешло ещё 12 гектаров.",
    ],
)
def test_partial_control_is_an_advance(extractor: ClaimExtractor, text: str) -> None:
    found = claims(extractor, text, {"yunakivka": "Юнаковк"}, "ru")
    assert {c[0] for c in found} == {"advance"}, found


def test_an_expected_attack_is_no_claim(extractor: ClaimExtractor) -> None:
    text = "Жители Суджи ожидают атаки со дня на день."
    assert claims(extractor, text, {"sudzha": "Суджи"}, "ru") == set()


def test_a_tracking_line_without_a_weapon_is_a_strike_on_its_places(
    extractor: ClaimExtractor,
) -> None:
    text = "Сумщина:\n2х вектор Краснопілля/ Юнаківка.\n1х повз Велика Писарівка."
    places = {
        "sumy-oblast": "Сумщина",
        "krasnopillia": "Краснопілля",
        "yunakivka": "Юнаківка",
        "velyka-pysarivka": "Велика Писарівка",
    }
    found = claims(extractor, text, places, "ua")
    assert {(c[0], c[1]) for c in found} == {
        ("strike", "krasnopillia"),
        ("strike", "yunakivka"),
        ("strike", "velyka-pysarivka"),
    }, found


# --- General Staff: ground attacks, repelled or not, are advances ----------------------------


@pytest.mark.parametrize(
    ("text", "places", "side", "actor"),
    [
        (
            "На Курському напрямку ворог атакував позиції наших захисників в районах "
            "Юнаківки, Новенького та Краснопілля.",
            {"yunakivka": "Юнаківки", "novenke": "Новенького", "krasnopillia": "Краснопілля"},
            "ua",
            "ru",
        ),
        (
            "Сили оборони відбили сім атак агресора поблизу Юнаківки, Новенького та Краснопілля.",
            {"yunakivka": "Юнаківки", "novenke": "Новенького", "krasnopillia": "Краснопілля"},
            "ua",
            "ru",
        ),
        (
            "Отражены пять атак штурмовых групп ВСУ в районах Юнаковки, Новенького и Краснополья.",
            {"yunakivka": "Юнаковки", "novenke": "Новенького", "krasnopillia": "Краснополья"},
            "ru",
            "ua",
        ),
    ],
)
def test_ground_attacks_in_a_daily_report_are_advances_at_each_place(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, actor: str
) -> None:
    found = claims(extractor, text, places, side)
    assert {(c[0], c[1], c[2]) for c in found} == {("advance", key, actor) for key in places}, found


def test_a_drone_attack_is_still_a_strike(extractor: ClaimExtractor) -> None:
    text = "Ворожі БпЛА атакували Краснопілля."
    found = claims(extractor, text, {"krasnopillia": "Краснопілля"}, "ua")
    assert {(c[0], c[1], c[2]) for c in found} == {("strike", "krasnopillia", "ru")}, found


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Обстрілів зазнали населені пункти громади:\n- Краснопілля;\n- Юнаківка;\n"
            "- Велика Писарівка.",
            "ua",
        ),
        ("Под обстрел попали:\n• Краснополье,\n• Юнаковка,\n• Великая Писаревка.", "ru"),
    ],
)
def test_a_bulleted_list_under_one_trigger_is_one_strike_per_item(
    extractor: ClaimExtractor, text: str, side: str
) -> None:
    places = {
        "krasnopillia": "Краснопіл" if side == "ua" else "Краснопол",
        "yunakivka": "Юнаківка" if side == "ua" else "Юнаковка",
        "velyka-pysarivka": "Велика Писарівка" if side == "ua" else "Великая Писаревка",
    }
    found = claims(extractor, text, places, side)
    assert {(c[0], c[1]) for c in found} == {("strike", key) for key in places}, found


def test_a_list_line_after_a_full_stop_is_not_the_list(extractor: ClaimExtractor) -> None:
    text = "Під обстріл потрапило Краснопілля.\nЮнаківка: відновлено електропостачання."
    found = claims(extractor, text, {"krasnopillia": "Краснопілля", "yunakivka": "Юнаківка"}, "ua")
    assert {(c[0], c[1]) for c in found} == {("strike", "krasnopillia")}, found


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Міноборони РФ заявило про звільнення Новенького.",
            {"novenke": "Новенького"},
            "ua",
            ("capture", "novenke", "ru", "reported"),
        ),
        (
            # holding the village itself is a control state, a capture (gold conventions:
            # «Погребки пока под контролем ВСУ»)
            "По данным Генштаба ВСУ, Силы обороны удерживают Новенькое.",
            {"novenke": "Новенькое"},
            "ru",
            ("capture", "novenke", "ua", "reported"),
        ),
        (
            "Как сообщает Генштаб ВСУ, в Свердликово зашли подразделения.",
            {"sverdlikovo": "Свердликово"},
            "ru",
            ("advance", "sverdlikovo", "ua", "reported"),
        ),
    ],
)
def test_a_side_relaying_its_own_act_is_its_actor(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: Claim
) -> None:
    """The channel's side is only a default: a relayed side's own report names the actor."""
    found = claims(extractor, text, places, side)
    assert expected in found, found


def test_a_carried_place_is_not_part_of_the_evidence(extractor: ClaimExtractor) -> None:
    text = "**Липці**\n\nВорог просунувся в північній частині села.\n\nСитуація під контролем."
    found = extractor.extract(text, [PlaceMention("lyptsi", 2, 7, "Липці", 1.0, "test")], "ua")
    # (the noun «села» names Липці again in the claim's own sentence: the evidence ends there)
    assert [(c.claim_type, c.place_key, c.evidence) for c in found] == [
        ("advance", "lyptsi", "просунувся в північній частині села")
    ], found


@pytest.mark.parametrize(
    "text",
    [
        "Жители Суджи взяли с собой только документы.",
        "Наши взяли паузу под Суджей.",
        "Мэр Суджи взял слово на заседании.",
    ],
)
def test_taking_without_a_fighting_side_takes_no_place(
    extractor: ClaimExtractor, text: str
) -> None:
    found = claims(extractor, text, {"sudzha": "Судж"}, "ru")
    assert "capture" not in {c[0] for c in found}, found


@pytest.mark.parametrize(
    ("text", "places", "expected"),
    [
        # the blogger's own side is left unsaid; the enemy named after the comma runs
        ("Накатили на Суджу, укры бегут.", {"sudzha": "Суджу"}, ("advance", "sudzha", "ru")),
        (
            "Зашли в Коренево, ВСУ отступили.",
            {"korenevo": "Коренево"},
            ("advance", "korenevo", "ru"),
        ),
        (
            "Ворвались в Глушково, хохлы драпают.",
            {"glushkovo": "Глушково"},
            ("advance", "glushkovo", "ru"),
        ),
    ],
)
def test_a_side_subject_of_the_next_clause_is_not_the_triggers_agent(
    extractor: ClaimExtractor, text: str, places: dict[str, str], expected: tuple[str, str, str]
) -> None:
    assert expected in {c[:3] for c in claims(extractor, text, places, "ru")}


def test_a_side_after_a_parenthetical_is_still_the_agent(extractor: ClaimExtractor) -> None:
    text = "В Суджу зашли, по данным источников, подразделения ВСУ."
    assert {c[:3] for c in claims(extractor, text, {"sudzha": "Суджу"}, "ru")} == {
        ("advance", "sudzha", "ua")
    }
