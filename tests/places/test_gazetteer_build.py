"""The rules tools/build_gazetteer.py places settlements by, on small made-up rows (the build
itself needs the `[gazetteer]` extra and runs by hand)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from monitor.text.normalize import normalize_key
from tools.build_gazetteer import _former_names, short_facility_name
from tools.gazetteer_hromadas import (
    hromada_seats,
    russian_adjectives,
    with_hromada,
    with_seat_adjectives,
)
from tools.gazetteer_postal import (
    consistent,
    drop_shared_points,
    is_post_office,
    place_name,
    place_namesakes,
)
from tools.gazetteer_ru import ukrainian_form
from tools.gazetteer_ua import (
    akanye,
    belarusian,
    exonyms,
    former_ukrainian,
    hard_i_variant,
    official_names,
    russian_forms,
    ukrainian_row_names,
    with_russian_name,
    without_russian_towns,
)

OBLAST = "Test Oblast"


def _row(key: str, name: str, lat: float | None = None, lon: float | None = None) -> dict[str, str]:
    return dict(
        key=key,
        name_uk=name,
        oblast=OBLAST,
        lat="" if lat is None else str(lat),
        lon="" if lon is None else str(lon),
        source=f"katottg {key}",
    )


def _raions() -> tuple[list[dict[str, str]], dict[str, str]]:
    """Two raions 100 km apart (west near 30.0 E, east near 31.4 E), three placed villages each."""
    rows, raion_of = [], {}
    for raion, lon in (("west", 30.0), ("east", 31.4)):
        for i in range(3):
            rows.append(_row(f"{raion}-{i}", f"Село{raion}{i}", 50.0 + i * 0.05, lon))
            raion_of[f"{raion}-{i}"] = raion
    return rows, raion_of


def test_a_namesake_gets_the_point_near_its_raion() -> None:
    rows, raion_of = _raions()
    rows += [_row("ivanivka-w", "Іванівка"), _row("ivanivka-e", "Іванівка")]
    raion_of.update({"ivanivka-w": "west", "ivanivka-e": "east"})
    points = {(OBLAST, "іванівка"): {(50.1, 30.1)}}
    assert place_namesakes(rows, raion_of, points, {}) == 1
    placed = {r["key"]: (r["lat"], r["lon"]) for r in rows if r["name_uk"] == "Іванівка"}
    assert placed == {"ivanivka-w": ("50.1", "30.1"), "ivanivka-e": ("", "")}


def test_a_point_between_the_raions_or_taken_places_nobody() -> None:
    rows, raion_of = _raions()
    rows += [_row("ivanivka-w", "Іванівка"), _row("ivanivka-e", "Іванівка")]
    raion_of.update({"ivanivka-w": "west", "ivanivka-e": "east"})
    midway = {(OBLAST, "іванівка"): {(50.05, 30.7)}}
    assert place_namesakes(rows, raion_of, midway, {}) == 0
    near_west = {(OBLAST, "іванівка"): {(50.1, 30.1)}}
    # the theatre list already has an Іванівка there: the point is that one's
    assert place_namesakes(rows, raion_of, near_west, {(OBLAST, "іванівка"): [(50.1, 30.11)]}) == 0


def test_two_namesakes_in_one_raion_get_no_point() -> None:
    rows, raion_of = _raions()
    rows += [_row("a", "Петрівка"), _row("b", "Петрівка"), _row("c", "Петрівка")]
    raion_of.update({"a": "west", "b": "west", "c": "east"})
    points = {(OBLAST, "петрівка"): {(50.1, 30.1)}}
    assert place_namesakes(rows, raion_of, points, {}) == 0


def test_a_point_far_from_its_raion_is_dropped() -> None:
    near = [(f"v{i}", (50.0 + i * 0.02, 30.0)) for i in range(4)]
    kept = consistent({"west": [*near, ("stray", (52.5, 33.0))]}, 45.0)
    assert set(kept) == {"v0", "v1", "v2", "v3"}


def test_a_postal_point_two_settlements_share_is_neither_ones() -> None:
    """Пильна (Kharkiv Raion) and Пільна (Chuhuiv Raion) got one post office's point."""
    rows = [
        {"key": key, "lat": lat, "lon": "36.98", "source": "katottg UA1; point geonames postal"}
        for key, lat in (("pylna", "50.16"), ("pilna", "50.16"), ("strilecha", "50.29"))
    ]
    assert drop_shared_points(rows) == 2
    assert [(r["lat"], r["source"]) for r in rows[:2]] == [("", "katottg UA1")] * 2
    assert rows[2]["lat"] == "50.29"


def test_post_offices_are_not_settlements() -> None:
    for office in ("Курск 40", "Брянск Мсц", "Белгород-Дти", "Уфпс Курской Области", "Брянск Pi-1"):
        assert is_post_office(office), office
    for village in ("Гостищево", "Нижний Мордок", "Яньково-Первое", "Им. Пушкина"):
        assert not is_post_office(village), village
    assert place_name("Бліх (Мильнівська сільська рада)") == "Бліх"


def test_big_is_velyke_in_ukrainian_not_the_russian_word_more() -> None:
    # the letter rule alone gives «Больше» ("more"), a word of every Russian post
    assert ukrainian_form("Большое Шумаково") == "Велике Шумакове"
    assert ukrainian_form("Новая Таволжанка") == "Нова Таволжанка"


def test_belarusian_names_of_geonames_are_left_out() -> None:
    assert belarusian("Чарнігаў") and belarusian("Ярылавічы")
    assert not belarusian("Чернігів") and not belarusian("Чернигов")
    assert akanye("Каломак", "Коломак") and akanye("Каротыч", "Коротич")
    assert not akanye("Сыроватка", "Сироватка")  # the Russian form, not Belarusian
    assert not akanye("Казачья Лопань", "Козача Лопань")


def test_a_ukrainian_geonames_place_takes_its_katottg_name() -> None:
    official = official_names([{"oblast": "Харківська", "name_uk": "Козача Лопань"}])
    known = official["Kharkiv Oblast"]
    # GeoNames lists the Russian name first: the KATOTTG match decides which is Ukrainian
    names = ["Казачья Лопань", "Козача Лопань"]
    match = next(known[normalize_key(n)] for n in names if normalize_key(n) in known)
    assert ukrainian_row_names(match, [], names) == (
        "Козача Лопань",
        "Казачья Лопань",
    )


def test_the_russian_name_passes_over_abbreviations_and_belarusian_spellings() -> None:
    assert ukrainian_row_names("Стара Водолага", [], ["Стар.Водолага", "Старая Водолага"]) == (
        "Стара Водолага",
        "Старая Водолага",
    )
    # no Russian name but the Belarusian one: the rule's own Russian form
    assert ukrainian_row_names("Коломак", [], ["Каломак"]) == ("Коломак", "Коломак")


@pytest.mark.parametrize(
    ("name_uk", "russian"),
    [
        # a one-word adjective keeps the Ukrainian short ending in the letter-by-letter form
        ("Борова", "Боровая"),
        ("Тихе", "Тихое"),
        ("Веселе", "Веселое"),
        # a plural in «-ці»; stems the letters cannot reach
        ("Липці", "Липцы"),
        ("Катеринівка", "Екатериновка"),
        ("Іллінка", "Ильинка"),
        ("Олександропіль", "Александрополь"),
        # «роз-» before a consonant is «раз-», «рас-» before a voiceless one; Russian stems
        ("Роздольне", "Раздольное"),
        ("Роздори", "Раздоры"),
        ("Розсохи", "Рассохи"),
        ("Юріївка", "Юрьевка"),
        ("Василівка", "Васильевка"),
        ("Вільне", "Вольное"),
        ("Світле", "Светлое"),
        ("Піщане", "Песчаное"),
        ("Підгорне", "Подгорное"),
        ("Кримське", "Крымское"),
        ("Шахтарськ", "Шахтерск"),
        ("Олексієво-Дружківка", "Алексеево-Дружковка"),
        ("Зарічне", "Заречное"),
        ("Лісне", "Лесное"),
        ("Лісна Поляна", "Лесная Поляна"),
        ("Відрадне", "Отрадное"),
        # a soft adjective in «-нє» is Russian «-нее»
        ("Дальнє", "Дальнее"),
        ("Підгороднє", "Подгороднее"),
        # a name ending in its root's closed syllable: «і» is «о» or «е» where the dictionary
        # has the noun
        ("Сокіл", "Сокол"),
        ("Брід", "Брод"),
        ("Світ", "Свет"),
        # a plural adjective before its noun, «хутора», and a plural noun in «-ці»
        ("Вовчанські Хутори", "Волчанские Хутора"),
        ("Великі Кутища", "Великие Кутища"),
        ("Дубові Махаринці", "Дубовые Махаринцы"),
        ("Низькі Цевеличі", "Низкие Цевеличи"),
        ("Нові Садки", "Новые Садки"),
        # a first stem Russian names after Nicholas
        ("Микільське", "Никольское"),
    ],
)
def test_russian_forms_of_regular_shapes(name_uk: str, russian: str) -> None:
    assert russian in russian_forms(name_uk)


@pytest.mark.parametrize(("name_uk", "only"), [("Кіт", "Кит"), ("Бахмут", "Бахмут")])
def test_a_closed_syllable_of_a_word_already_stays(name_uk: str, only: str) -> None:
    """«Кит» is a Russian noun already (no «Кот»); «Бахмут» has no «і»."""
    assert russian_forms(name_uk) == [only]


def test_a_plural_adjective_s_form_naming_a_town_of_russia_is_dropped() -> None:
    """The village Великі Луки is no «Великие Луки» (Pskov Oblast's town in Russian posts);
    Великі Кутища keeps its Russian form, which names no town of Russia."""
    russia = frozenset({normalize_key("Великие Луки")})
    luky = {"name_ru": "Великие Луки", "alt_ru": ""}
    without_russian_towns(luky, "Великі Луки", russia)
    assert luky == {"name_ru": "Великі Луки", "alt_ru": ""}
    kutyshcha = {"name_ru": "Великие Кутища", "alt_ru": ""}
    without_russian_towns(kutyshcha, "Великі Кутища", russia)
    assert kutyshcha["name_ru"] == "Великие Кутища"


def test_a_plural_adjective_keeps_its_ending_in_every_form() -> None:
    """«Новые Садки» has no «Новие Садки» beside it (the «ы» to «и» variant is the stem's)."""
    assert russian_forms("Нові Садки") == ["Новые Садки"]
    assert "Малиновка" in russian_forms("Малинівка")


@pytest.mark.parametrize("name_uk", ["Діброва", "Основа", "Гуляйполе", "Мирне", "Козацьке"])
def test_nouns_and_full_adjectives_get_no_adjective_variant(name_uk: str) -> None:
    """Діброва is a noun (no «Дибровая»); Мирне and Козацьке already end as Russian does."""
    assert not [f for f in russian_forms(name_uk) if f.endswith(("ая", "оое"))]
    assert len(russian_forms(name_uk)) == 1


@pytest.mark.parametrize(
    ("name_uk", "not_russian"),
    [
        ("Розівка", "Разовка"),
        ("Розлив", "Разлив"),
        ("Лисняки", "Лесняки"),
        ("Пісківка", "Песковка"),
    ],
)
def test_roz_stays_before_a_vowel_and_before_l(name_uk: str, not_russian: str) -> None:
    """Розівка is named after roses; «разлив» is a Russian common noun."""
    assert not_russian not in russian_forms(name_uk)


def test_a_russian_name_the_rules_missed_goes_first_among_the_others() -> None:
    row = {"name_uk": "Куп'янськ-Вузловий", "name_ru": "Купьянск-Вузловый", "alt_ru": "Купьянск"}
    with_russian_name(row, "Купянск-Узловой")
    assert row["alt_ru"] == "Купянск-Узловой|Купьянск"
    with_russian_name(row, "Купянск-узловой")  # known (case and ё do not count): no change
    with_russian_name(row, None)
    assert row["alt_ru"] == "Купянск-Узловой|Купьянск"


def _settlement(
    code: str, name: str, hromada: str, category: str = "C", oblast: str = "Сумська"
) -> dict[str, str]:
    """A KATOTTG settlement: `code` is its hromada's code and its number in the hromada."""
    return dict(
        katottg=f"UA{code}0012345",
        category=category,
        name_uk=name,
        oblast=oblast,
        raion="Сумський",
        hromada=hromada,
    )


def test_a_hromada_seat_is_the_settlement_its_adjective_is_made_of() -> None:
    rows = [
        _settlement("5908001002", "Мирне", "Миропільська"),
        _settlement("5908001001", "Миропілля", "Миропільська"),
        # the codifier's first shares no stem with the adjective: the one named alike is the seat
        _settlement("5908003001", "Садки", "Ароматненська"),
        _settlement("5908003002", "Ароматне", "Ароматненська"),  # by the stem alone
        # none is named alike: the codifier's first is the seat
        _settlement("5908005001", "Іванівка", "Нижньосироватська"),
    ]
    assert hromada_seats(rows) == {
        "UA59080010010012345": "Миропільська",
        "UA59080030020012345": "Ароматненська",
        "UA59080050010012345": "Нижньосироватська",
    }


@pytest.mark.parametrize(
    ("hromada", "rows"),
    [
        # a stem too short for the name alone (Свеса)
        ("Свеська", [("5910011001", "Свеса", "X"), ("5910011002", "Веселий Гай", "C")]),
        # a town and a village of one name
        ("Бахмацька", [("7404003001", "Бахмач", "M"), ("7404003002", "Бахмач", "C")]),
        # a name of two words
        ("Нововодолазька", [("6312017001", "Нова Водолага", "X"), ("6312017002", "Бірки", "X")]),
        # a village named after the hromada is not its seat
        ("Дворічанська", [("6308005001", "Дворічна", "X"), ("6308005053", "Дворічанське", "C")]),
        # a seat renamed since its hromada was named (Тарханкут, formerly Кіровське)
        ("Кіровська", [("0108023001", "Тарханкут", "C"), ("0108023002", "Дозорне", "C")]),
    ],
)
def test_the_seat_is_the_settlement_katottg_lists_first_in_its_hromada(
    hromada: str, rows: list[tuple[str, str, str]]
) -> None:
    source = [_settlement(code, name, hromada, category) for code, name, category in rows]
    assert hromada_seats(list(reversed(source))) == {source[0]["katottg"]: hromada}


def test_hromadas_of_one_name_in_one_raion_each_have_their_seat() -> None:
    source = [
        _settlement("5908013001", "Миколаївка", "Миколаївська", "X"),
        _settlement("5908013002", "Улянівка", "Миколаївська", "X"),
        _settlement("5908015001", "Миколаївка", "Миколаївська"),
        _settlement("5908015002", "Бурчак", "Миколаївська"),
        # the exclusion zone is no hromada, though the codifier names one for it
        _settlement("3200000001", "Прип'ять", "Київська", "M", "Київська"),
    ]
    assert hromada_seats(source) == {
        "UA59080130010012345": "Миколаївська",
        "UA59080150010012345": "Миколаївська",
    }


def test_a_geonames_seat_takes_its_katottg_namesakes_hromada_adjective() -> None:
    source = [
        _settlement("5910011001", "Свеса", "Свеська", "X"),
        _settlement("5910011002", "Веселий Гай", "Свеська"),
    ]
    row = dict(name_uk="Свеса", name_ru="Свесса", oblast="Sumy Oblast", country="UA")
    row |= dict(kind="town", source="geonames 692102")
    best = {("свеса", "Sumy Oblast"): source[0], ("веселий гай", "Sumy Oblast"): source[1]}
    with_seat_adjectives([row], best, hromada_seats(source))
    assert row["adj_uk"] == "Свеська"
    assert "свеская" in row["adj_ru"].split("|")


def test_a_seat_not_named_after_its_hromada_makes_no_russian_adjective_of_its_name() -> None:
    row = dict(name_uk="Тарханкут", name_ru="Тарханкут", alt_ru="")
    with_hromada(row, "Кіровська")
    assert (row["adj_uk"], row["adj_ru"]) == ("Кіровська", "кировская")


def test_russian_hromada_adjectives() -> None:
    assert "миропольская" in russian_adjectives("миропільська", ["Мирополье"])
    assert "харьковская" in russian_adjectives("харківська", ["Харьков"])
    assert "белопольская" in russian_adjectives("білопільська", [])


def test_a_hard_i_after_the_first_consonant_unless_a_place_of_russia_is_so_named() -> None:
    russia = frozenset({"рыбинск"})
    assert hard_i_variant("Дилеевка", "Диліївка", russia) == "Дылеевка"
    assert hard_i_variant("Рибинск", "Рибинськ", russia) is None  # Рыбинск, Yaroslavl Oblast
    assert hard_i_variant("Кирилловка", "Кирилівка", russia) is None  # no «кы» in Russian
    assert hard_i_variant("Ивановка", "Іванівка", russia) is None


def test_former_ukrainian_names_are_the_optional_fourth_field(tmp_path: Path) -> None:
    src = tmp_path / "exonyms.txt"
    src.write_text(
        "# oblast;name;russian[;former ukrainian]\n"
        "Test Oblast;Кальміуське;Кальмиусское|Комсомольское\n"
        "Test Oblast;Балка Журавка;Невское;Невське\n",
        encoding="utf-8",
    )
    assert exonyms(src)[OBLAST, "Балка Журавка"] == ["Невское"]
    assert former_ukrainian(src) == {(OBLAST, "Балка Журавка"): ["Невське"]}


def test_a_renamed_settlement_takes_the_postal_point_of_its_former_name() -> None:
    row = dict(_row("balka", "Балка Журавка"), alt_uk="")
    postal = {(OBLAST, normalize_key("Невське")): {(49.15, 37.97)}}
    _former_names(row, ["Невське"], Counter(), postal)
    assert row["alt_uk"] == "Невське"
    assert (row["lat"], row["lon"]) == ("49.15", "37.97")
    assert row["source"].endswith("point geonames postal (former name Невське)")


def test_a_former_name_another_settlement_bears_brings_no_point() -> None:
    row = dict(_row("balka", "Балка Журавка"), alt_uk="")
    postal = {(OBLAST, normalize_key("Невське")): {(49.15, 37.97)}}
    _former_names(row, ["Невське"], Counter({(OBLAST, normalize_key("Невське")): 1}), postal)
    assert row["alt_uk"] == "Невське" and row["lat"] == ""


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("Zaporizhzhia Nuclear Power Plant", "Zaporizhzhia NPP"),
        ("Kakhovka Hydroelectric Power Plant (dam)", "Kakhovka HPP"),
        ("Dnipro Hydroelectric Station", "Dnipro HPP"),
        ("Zmiiv thermal power plant", "Zmiiv TPP"),
    ],
)
def test_power_plants_go_by_their_short_names(long: str, short: str) -> None:
    row = {"kind": "facility", "name_en": long, "alt_en": ""}
    short_facility_name(row)
    assert row["name_en"] == short
    assert row["alt_en"].split("|")[0] == long
