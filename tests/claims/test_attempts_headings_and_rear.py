"""An attempt to take a place is an assault on it, not its capture («противник пытается взять
X»); a weapon's heading is its target, not the region it is over («БпЛА у Кіровоградській
області, курс на Вінниччину»); and what was burnt or hit in a side's own rear, with no side
named, the other side hit («В Подмосковье сожгли вертолёт»). Paraphrases written for these
tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from monitor.claims.extractor import ClaimExtractor
from monitor.claims.morphology import heads_to
from monitor.config import load_settings
from monitor.text.lemmas import tokenize
from tests.claims.extracting import claims

PLACES = {
    "chasiv-yar": ("town", "UA"),
    "robotyne": ("village", "UA"),
    "tyotkino": ("village", "RU"),
    "pokrovsk": ("town", "UA"),
    "moscow-oblast": ("region", "RU"),
    "bryansk-oblast": ("region", "RU"),
    "lviv": ("city", "UA"),
    "kirovohrad-oblast": ("region", "UA"),
    "vinnytsia-oblast": ("region", "UA"),
    "sumy-oblast": ("region", "UA"),
    "poltava-oblast": ("region", "UA"),
    "romny": ("town", "UA"),
    "kursk-oblast": ("region", "RU"),
    "oryol": ("city", "RU"),
    "toretsk": ("town", "UA"),
    "shostka": ("city", "UA"),
    "seredyna": ("village", "UA"),
    "buda": ("village", "UA"),
}
FRONT = {"chasiv-yar", "robotyne", "tyotkino", "pokrovsk", "kursk-oblast", "sumy-oblast"}


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    def info(key: str) -> SimpleNamespace:
        kind, country = PLACES[key]
        return SimpleNamespace(kind=kind, country=country, name_en="")

    return ClaimExtractor(load_settings().claims, info, FRONT.__contains__)


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Противник пытается взять Часов Яр.",
            {"chasiv-yar": "Часов Яр"},
            "ru",
            {("advance", "chasiv-yar", "ua", "asserted")},
        ),
        (
            "ВСУ уже третий день пытаются захватить Тёткино, наши держат оборону.",
            {"tyotkino": "Тёткино"},
            "ru",
            {("advance", "tyotkino", "ua", "asserted")},
        ),
        (
            "Укры снова попытались отбить Работино — откатились с потерями.",
            {"robotyne": "Работино"},
            "ru",
            # (rolled back: their withdrawal)
            {
                ("advance", "robotyne", "ua", "asserted"),
                ("withdrawal", "robotyne", "ua", "asserted"),
            },
        ),
        (
            "Ворог намагається захопити Часів Яр, тиск не слабшає.",
            {"chasiv-yar": "Часів Яр"},
            "ua",
            {("advance", "chasiv-yar", "ru", "asserted")},
        ),
        (
            "Противник пытается дожать Покровск с юга.",
            {"pokrovsk": "Покровск"},
            "ru",
            {("advance", "pokrovsk", "ua", "asserted")},
        ),
    ],
)
def test_an_attempt_to_take_is_an_assault(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: set
) -> None:
    assert claims(extractor, text, places, side) == expected


def test_a_place_taken_after_the_other_side_tried_is_still_taken(
    extractor: ClaimExtractor,
) -> None:
    text = "ВСУ пытались контратаковать, но наши освободили Работино."
    found = claims(extractor, text, {"robotyne": "Работино"}, "ru")
    assert ("capture", "robotyne", "ru", "asserted") in found


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "БпЛА у Кіровоградській області, курс на Вінниччину.",
            {"kirovohrad-oblast": "Кіровоградській області", "vinnytsia-oblast": "Вінниччину"},
            "ua",
            {("strike", "vinnytsia-oblast", "ru", "asserted")},
        ),
        (
            "Група ударних БпЛА на Сумщині, курсом на Полтавщину.",
            {"sumy-oblast": "Сумщині", "poltava-oblast": "Полтавщину"},
            "ua",
            {("strike", "poltava-oblast", "ru", "asserted")},
        ),
        (
            "Шахед на Сумщині, курс на Ромни.",
            {"sumy-oblast": "Сумщині", "romny": "Ромни"},
            "ua",
            {("strike", "romny", "ru", "asserted")},
        ),
        (
            "Беспилотник в Курской области, курс на Орёл.",
            {"kursk-oblast": "Курской области", "oryol": "Орёл"},
            "ru",
            {("strike", "oryol", "ua", "asserted")},
        ),
    ],
)
def test_a_heading_is_the_target_not_the_region_crossed(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: set
) -> None:
    assert claims(extractor, text, places, side) == expected


@pytest.mark.parametrize(
    ("text", "places", "side", "actor"),
    [
        (
            "В Московской области сожгли вертолёт Ми-8.",
            {"moscow-oblast": "Московской области"},
            "ru",
            "ua",
        ),
        ("В Брянской области уничтожен склад.", {"bryansk-oblast": "Брянской области"}, "ru", "ua"),
        ("У Львові знищено склад.", {"lviv": "Львові"}, "ua", "ru"),
        # at the front the channel's own side is the one that burns the enemy's tanks
        ("Сожгли танк у Покровска.", {"pokrovsk": "Покровска"}, "ru", "ru"),
        ("Знищено танк окупантів біля Покровська.", {"pokrovsk": "Покровська"}, "ua", "ua"),
    ],
)
def test_a_side_does_not_burn_its_own_rear(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, actor: str
) -> None:
    [(kind, _, found_actor, _)] = claims(extractor, text, places, side)
    assert (kind, found_actor) == ("strike", actor)


@pytest.mark.parametrize(
    ("text", "side", "actor"),
    [
        ("Удар нанесён по скоплению живой силы ВСУ в районе Торецка.", "ru", "ru"),
        (
            "Удар нанесён по скоплению живой силы и техники ВСУ в районе населённого пункта "
            "Торецк.",
            "ru",
            "ru",
        ),
        ("Дрони завдали ударів по позиціях ворога та техніці окупантів біля Торецька.", "ua", "ua"),
    ],
)
def test_a_strike_reaches_past_the_target_it_names(
    extractor: ClaimExtractor, text: str, side: str, actor: str
) -> None:
    surface = "Торецька" if "Торецька" in text else ("Торецк" if "Торецк." in text else "Торецка")
    found = claims(extractor, text, {"toretsk": surface}, side)
    assert ("strike", "toretsk", actor, "asserted") in found


def test_a_failure_told_after_the_fact_denies_it(extractor: ClaimExtractor) -> None:
    found = claims(
        extractor, "Враг безуспешно пытался отбить Работино.", {"robotyne": "Работино"}, "ru"
    )
    assert found == {("advance", "robotyne", "ua", "denied")}


def test_two_places_in_one_hyphenated_word_end_a_strike_list(extractor: ClaimExtractor) -> None:
    # a matcher that reads «Середини-Буди» as two villages put both in one token: no crash
    text = "Вночі дрони атакували Шостку. Уламки збитого шахеда впали на околиці Середини-Буди."
    places = {"shostka": "Шостку", "seredyna": "Середини", "buda": "Буди"}
    found = claims(extractor, text, places, "ua")
    assert ("strike", "shostka", "ru", "asserted") in found


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("ФАБ-3000 М54 с УМПК по Покровску. Цель — ПВД в районе шахты.", {"pokrovsk": "Покровску"}),
        ("Ночью ФАБ-500 с УМПК прилетела по Покровску.", {"pokrovsk": "Покровску"}),
        (
            "Наша арта отработала по пунктам временной дислокации в Покровске.",
            {"pokrovsk": "Покровске"},
        ),
        (
            "Артиллерия отработала по позициям и скоплениям противника у Часов Яра.",
            {"chasiv-yar": "Часов Яра"},
        ),
    ],
)
def test_bombs_by_their_marks_and_targets_named_before_the_place(
    extractor: ClaimExtractor, text: str, places: dict[str, str]
) -> None:
    [key] = places
    assert ("strike", key, "ru", "asserted") in claims(extractor, text, places, "ru")


def test_a_factory_is_no_bomb(extractor: ClaimExtractor) -> None:
    assert (
        claims(
            extractor,
            "Фабрика по производству мебели в Покровске закрылась.",
            {"pokrovsk": "Покровске"},
            "ru",
        )
        == set()
    )


def test_a_list_ends_at_a_line_of_its_own(extractor: ClaimExtractor) -> None:
    text = (
        "Покровское направление, за сутки:\n"
        "— наша арта отработала по пунктам временной дислокации в Покровске;\n"
        "— у Часов Яра без изменений."
    )
    places = {"pokrovsk": "Покровске", "chasiv-yar": "Часов Яра"}
    assert {c[1] for c in claims(extractor, text, places, "ru")} == {"pokrovsk"}


def test_a_heading_after_another_verb_is_that_verb_s(extractor: ClaimExtractor) -> None:
    # the retreat heads for Pokrovsk; the bombs fall on the town before
    text = "По Часову Яру работают ФАБы, хохлы выводят тылы в сторону Покровска."
    places = {"chasiv-yar": "Часову Яру", "pokrovsk": "Покровска"}
    found = claims(extractor, text, places, "ru")
    assert ("strike", "chasiv-yar", "ru", "asserted") in found
    assert not {c for c in found if c[0] == "strike" and c[1] == "pokrovsk"}


def test_a_side_s_own_move_after_a_comma_is_a_new_scene(extractor: ClaimExtractor) -> None:
    # the bombs fall on «the town» told before; the retreat goes to Pokrovsk
    text = "Наши вышли к окраине. По городу работают ФАБы, хохлы выводят тылы в сторону Покровска."
    found = claims(extractor, text, {"pokrovsk": "Покровска"}, "ru")
    assert not {c for c in found if c[0] == "strike"}


@pytest.mark.parametrize(
    ("text", "side", "actor"),
    [
        (
            "Войска «Восток» нанесли поражение живой силе и технике ВСУ в районах н.п. Покровск "
            "и Часов Яр.",
            "ru",
            "ru",
        ),
        ("Сили оборони уразили живу силу і техніку окупантів біля Покровська.", "ua", "ua"),
    ],
)
def test_manpower_and_equipment_hit_is_a_strike_and_casualties(
    extractor: ClaimExtractor, text: str, side: str, actor: str
) -> None:
    surface = "Покровська" if "Покровська" in text else "Покровск"
    found = claims(extractor, text, {"pokrovsk": surface}, side)
    assert {(c[0], c[2]) for c in found if c[1] == "pokrovsk"} == {
        ("strike", actor),
        ("casualties", actor),
    }


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Противник снова пытается взять Часов Яр, а ранее он захватил Покровск.",
            {"chasiv-yar": "Часов Яр", "pokrovsk": "Покровск"},
            "ru",
            {("advance", "chasiv-yar", "ua"), ("capture", "pokrovsk", "ua")},
        ),
        (
            "З третьої спроби ворог захопив Покровськ.",
            {"pokrovsk": "Покровськ"},
            "ua",
            {("capture", "pokrovsk", "ru")},
        ),
        (
            "Россияне пытаются взять Покровск в клещи.",
            {"pokrovsk": "Покровск"},
            "ua",
            {("encirclement", "pokrovsk", "ru")},
        ),
    ],
)
def test_an_attempt_reaches_only_its_own_verb(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: set
) -> None:
    assert {(c[0], c[1], c[2]) for c in claims(extractor, text, places, side)} == expected


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "С третьей попытки наши взяли Работино.",
            {"robotyne": "Работино"},
            "ru",
            {("capture", "robotyne", "ru")},
        ),
        (
            "ВСУ с 4-й попытки отбили Тёткино.",
            {"tyotkino": "Тёткино"},
            "ru",
            {("capture", "tyotkino", "ua")},
        ),
        (
            "З п'ятої спроби окупанти зайняли Часів Яр.",
            {"chasiv-yar": "Часів Яр"},
            "ua",
            {("capture", "chasiv-yar", "ru")},
        ),
        (
            "Противник предпринял уже третью попытку взять Покровск.",
            {"pokrovsk": "Покровск"},
            "ru",
            {("advance", "pokrovsk", "ua")},
        ),
    ],
)
def test_a_try_that_succeeded_takes_the_place(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: set
) -> None:
    assert {(c[0], c[1], c[2]) for c in claims(extractor, text, places, side)} == expected


def test_fleeing_toward_a_place_is_no_advance_on_it(extractor: ClaimExtractor) -> None:
    text = "Додавили! Пацаны зачищают подвалы, хохлы побежали в сторону Покровска."
    found = claims(extractor, text, {"pokrovsk": "Покровска"}, "ru")
    assert not {c for c in found if c[0] == "advance"}


@pytest.mark.parametrize(
    ("text", "places", "side", "expected"),
    [
        (
            "Шахед над Кіровоградщиною, рухається в бік Вінниччини.",
            {"kirovohrad-oblast": "Кіровоградщиною", "vinnytsia-oblast": "Вінниччини"},
            "ua",
            {("strike", "vinnytsia-oblast", "ru")},
        ),
        (
            "Ракета над Курской областью, направление — Орёл.",
            {"kursk-oblast": "Курской областью", "oryol": "Орёл"},
            "ru",
            {("strike", "oryol", "ua")},
        ),
        (
            "Росіяни вже тиждень намагаються взяти Часів Яр штурмом.",
            {"chasiv-yar": "Часів Яр"},
            "ua",
            {("advance", "chasiv-yar", "ru")},
        ),
    ],
)
def test_a_heading_past_the_weapon_s_own_motion(
    extractor: ClaimExtractor, text: str, places: dict[str, str], side: str, expected: set
) -> None:
    assert {(c[0], c[1], c[2]) for c in claims(extractor, text, places, side)} == expected


@pytest.mark.parametrize(
    ("text", "word", "heading"),
    [
        ("БпЛА у Кіровоградській області, курс на Вінниччину.", "вінниччину", True),
        ("Ракета над Курской областью, направление — Орёл.", "орел", True),
        ("Шахед рухається в бік Полтавщини.", "полтавщини", True),
        # «напрямку» names the axis, «біля X» where: X is no destination
        ("На Покровському напрямку біля Часового Яру бої.", "часового", False),
    ],
)
def test_what_a_heading_points_at(text: str, word: str, heading: bool) -> None:
    doc = tokenize(text, "ru" if "ё" in text else "uk")
    index = next(i for i, t in enumerate(doc.tokens) if t.form == word)
    assert heads_to(doc, index) is heading
