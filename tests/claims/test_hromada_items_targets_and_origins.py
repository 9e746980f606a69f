"""Hromadas listed by their adjective under a heading that names the noun, repelled and held-off
attacks, soldiers neutralised, the people hurt in the line after a weapon's strike, the place a
strike came from behind «окупованих», stories of the Second World War told on by a pronoun,
targets hit, and where a fleeing side ran to. Through the real analyzer and the bundled config;
every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of, claims_of, claims_of_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**Обстрілів зазнали громади:**\n🔹 Білопільська – артилерія (12 вибухів);\n🔹 "
         "Краснопільська – КАБ (2 вибухи).", {"Bilopillia", "Krasnopillia"}),
        ("Ворог обстріляв 7 громад Сумщини:\n\n🔹 Хотінська – обстріл з РСЗВ;\n🔹 "
         "Миропільська – мінометний обстріл.", {"Khotin", "Myropillia"}),
    ],
)  # fmt: skip
def test_hromada_lists_under_bold_or_counted_headings(
    bundled_analyzer: Analyzer, text: str, expected: set[str]
) -> None:
    assert expected <= {c[1] for c in claims_of_type(bundled_analyzer, text, "ua", "strike")}


def test_a_hromadas_own_list_holds_its_streets(bundled_analyzer: Analyzer) -> None:
    text = "Наслідки обстрілу Сумської громади:\n- Білопільська – пошкоджено 3 будинки."
    assert "Bilopillia" not in {c[1] for c in claims_of(bundled_analyzer, text, "ua")}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Під ударами минулої доби перебували громади:\n🔹 Білопільська – артилерія (12 "
         "вибухів);\n🔹 Краснопільська – КАБ (3 вибухи).", "ua",
         {("strike", "Bilopillia", "ru"), ("strike", "Krasnopillia", "ru")}),
        ("Обстрілів зазнали такі громади:\n- Хотінська: мінометний обстріл;\n- Юнаківська: "
         "FPV-дрони (5 вибухів)", "ua",
         {("strike", "Khotin", "ru"), ("strike", "Yunakivka", "ru")}),
        ("Обстрелам подверглись общины:\n▪️ Миропольская — 9 взрывов\n▪️ Белопольская — удар "
         "КАБ", "ru", {("strike", "Myropillia", "ru"), ("strike", "Bilopillia", "ru")}),
    ],
)  # fmt: skip
def test_hromadas_listed_by_their_adjective_are_struck(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= claims_of_type(bundled_analyzer, text, side, "strike")


def test_an_adjective_list_under_another_heading_is_no_hromada(bundled_analyzer: Analyzer) -> None:
    places, _ = bundled_analyzer.analyze(
        "Найкращі рецепти:\n🔹 Білопільська – ковбаса;\n🔹 Краснопільська – сало.", "ua"
    )
    assert not places


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("На Покровському напрямку Сили оборони стримують 47 атак біля Родинського.", "ua",
         ("advance", "Rodynske", "ru")),
        ("Наші воїни стримали три штурми поблизу Торського.", "ua", ("advance", "Torske", "ru")),
        ("Наші воїни відбили три штурми поблизу Торського.", "ua", ("advance", "Torske", "ru")),
        ("Бойцы «Юга» сдерживают атаки противника у Часова Яра.", "ru",
         ("advance", "Chasiv Yar", "ua")),
    ],
)  # fmt: skip
def test_attacks_held_off_are_the_attackers(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


def test_soldiers_neutralised_are_casualties_not_explosives(bundled_analyzer: Analyzer) -> None:
    assert ("casualties", "Myrnohrad", "ua") in claims_of(
        bundled_analyzer, "За добу біля Мирнограда знешкоджено 241 окупанта.", "ua"
    )
    assert not claims_of(
        bundled_analyzer, "У Херсоні сапери знешкодили 40 мін та вибуховий пристрій.", "ua"
    )


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("Вночі — прильоти балістики по Заводському району: пошкоджено підприємство.\nДвоє "
         "людей легко поранені.", "ua", "Zavodskyi District"),
        ("Ночью обстрел Горловки из РСЗО: повреждены дома.\nРанены две женщины.", "ru",
         "Horlivka"),
        ("Шахеди атакували Суми: влучання в адмінбудівлю, вибито вікна.\nПостраждали троє "
         "людей.", "ua", "Sumy"),
    ],
)  # fmt: skip
def test_people_hurt_in_the_line_after_a_weapons_strike(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    found = claims_of_type(bundled_analyzer, text, side, "casualties")
    assert {c[1] for c in found} == {place} or any(place in c[1] for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "У Харкові сталася ДТП на Салтівці: зіткнулися дві автівки.\nПоранено двох людей.",
        "Гроза над Києвом: удар блискавки пошкодив дах будинку.\nПостраждали двоє людей.",
        "На Салтівці сьогодні мінування: сапери знайшли снаряд.\nНіхто не постраждав.",
    ],
)
def test_people_hurt_after_no_strike_are_no_casualties(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not claims_of_type(bundled_analyzer, text, "ua", "casualties")


@pytest.mark.parametrize(
    ("text", "side", "origin"),
    [
        ("Садове: обстріл з артилерії з окупованих Олешок, пошкоджено 3 будинки.", "ua",
         "Oleshky"),
        ("Ворог обстріляв Херсон з тимчасово окупованої Нової Каховки.", "ua", "Nova Kakhovka"),
        ("ВСУ обстреляли Алешки со стороны подконтрольного Киеву Херсона.", "ru", "Kherson"),
    ],
)  # fmt: skip
def test_where_fire_came_from_behind_a_word_of_who_holds_it_is_no_target(
    bundled_analyzer: Analyzer, text: str, side: str, origin: str
) -> None:
    assert not {c for c in claims_of_type(bundled_analyzer, text, side, "strike") if c[1] == origin}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("В 1943 году бои за Харьков шли несколько месяцев. Советские войска освободили город "
         "23 августа.", "ru"),
        ("Летом 1943-го здесь шли тяжёлые бои. Советские войска освободили Белгород 5 "
         "августа.", "ru"),
    ],
)  # fmt: skip
def test_a_story_of_the_second_world_war_told_on(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Народився у 1985 році в Сумах. Він загинув 3 березня в бою під Покровськом.", "ua",
         ("casualties", "Pokrovsk")),
        ("Она родилась в 1951 году. Она погибла при ударе по Горловке.", "ru",
         ("casualties", "Horlivka")),
        ("ВСУ обстреляли Курск, повреждён памятник советским солдатам.", "ru",
         ("strike", "Kursk")),
        ("В Белгороде на улице Красная Армия сбиты два беспилотника.", "ru",
         ("strike", "Belgorod")),
    ],
)  # fmt: skip
def test_a_life_or_a_memorial_of_before_the_war_is_no_old_story(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str]
) -> None:
    assert expected in {c[:2] for c in claims_of(bundled_analyzer, text, side)}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Братья учились в одной школе с 2005 года. Они погибли при обстреле Горловки.", "ru",
         ("casualties", "Horlivka")),
        ("Подружжя переїхало до Києва у 2010 році. Вони загинули внаслідок ракетного удару по "
         "Києву.", "ua", ("casualties", "Kyiv")),
    ],
)  # fmt: skip
def test_people_of_a_year_before_the_war_die_in_this_one(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str]
) -> None:
    assert expected in {c[:2] for c in claims_of(bundled_analyzer, text, side)}


def test_a_pronoun_after_an_old_story_may_tell_today(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer,
        "В 1943 году здесь шли бои. Они снова обстреляли Белгород этой ночью, ВСУ не унимаются.",
        "ru",
    )
    assert {c[:2] for c in found} == {("strike", "Belgorod")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Поражены цели в Староконстантинове и Кременчуге.",
         {("strike", "Starokostiantyniv", "ru"), ("strike", "Kremenchuk", "ru")}),
        ("Громко в Джанкое. Также сбивают цели над Армянском.", {("strike", "Armiansk", "ua")}),
        ("Над Белгородом работает ПВО, сбиты две цели.", {("strike", "Belgorod", "ua")}),
    ],
)  # fmt: skip
def test_targets_hit_and_shot_down(
    bundled_analyzer: Analyzer, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= claims_of(bundled_analyzer, text, "ru")


def test_a_goal_is_no_target_hit(bundled_analyzer: Analyzer) -> None:
    assert not claims_of(bundled_analyzer, "Цель — взять Покровск до зимы.", "ru")


@pytest.mark.parametrize(
    ("text", "side", "left", "went"),
    [
        ("Северск наш. Хохлы драпают на Славянск.", "ru", None, "Sloviansk"),
        ("ВСУ бегут из Торецка на Константиновку.", "ru", "Toretsk", "Kostiantynivka"),
        ("Окупанти тікають з Курахового на Донецьк.", "ua", "Kurakhove", "Donetsk"),
        ("ВСУ отступили в Часов Яр.", "ru", None, "Chasiv Yar"),
    ],
)
def test_a_side_fleeing_leaves_one_place_for_another(
    bundled_analyzer: Analyzer, text: str, side: str, left: str | None, went: str
) -> None:
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, side, "withdrawal")}
    assert left is None or left in found
    assert went not in found


@pytest.mark.parametrize(
    ("text", "side", "place"),
    [
        ("Укры драпают на Харьковщине.", "ru", "Kharkiv Oblast"),
        ("Ворог тікає на Курщині.", "ua", "Kursk Oblast"),
    ],
)
def test_a_side_fleeing_in_a_region_leaves_it(
    bundled_analyzer: Analyzer, text: str, side: str, place: str
) -> None:
    assert place in {c[1] for c in claims_of_type(bundled_analyzer, text, side, "withdrawal")}


def test_objects_after_where_fire_came_from_are_the_targets(bundled_analyzer: Analyzer) -> None:
    found = claims_of(
        bundled_analyzer, "Росіяни обстріляли з окупованих Олешок Херсон та Антонівку.", "ua"
    )
    assert {("strike", "Kherson", "ru"), ("strike", "Antonivka", "ru")} <= found


def test_positions_left_in_a_town_whose_name_does_not_decline(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "ВСУ оставили позиции в Очеретине.", "ru")
    assert ("withdrawal", "Ocheretyne", "ua") in found


@pytest.mark.parametrize(
    ("text", "side", "target"),
    [
        ("Ракетний удар з окупованого Криму по Одесі.", "ua", "Odesa"),
        ("Обстріл з окупованого Енергодара по Нікополю.", "ua", "Nikopol"),
        ("Удар з тимчасово окупованої Каховки по Херсону.", "ua", "Kherson"),
    ],
)
def test_the_target_after_where_fire_came_from_stays_the_target(
    bundled_analyzer: Analyzer, text: str, side: str, target: str
) -> None:
    assert ("strike", target, "ru") in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("ЦБ продолжает накопление резервов: в Москве банки увеличили запасы.", "ru"),
        ("Кіберполіція Харкова стримує атаки хакерів.", "ua"),
        ("СБУ знешкодила агентурну мережу рф у Харкові.", "ua"),
        ("У Херсоні знешкоджено ворожу міну-пастку.", "ua"),
        ("Сбивать цели над Москвой — задача столичной ПВО.", "ru"),
    ],
)
def test_reserves_hackers_networks_traps_and_tasks_are_no_war_claims(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert not claims_of(bundled_analyzer, text, side)


def test_a_team_holding_off_attacks_advances_nowhere(bundled_analyzer: Analyzer) -> None:
    text = "Зенит сдерживал атаки «Спартака» в Санкт-Петербурге."
    assert not claims_of_type(bundled_analyzer, text, "ru", "advance")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Как говорится, укры драпают из Работино.", "ru"),
        ("Мы уточнили у бойцов: Суджа под нашим контролем.", "ru"),
        ("Росіяни вдарили по Запоріжжю: йдеться про три ракети.", "ua"),
    ],
)
def test_sayings_and_the_channels_own_checks_are_its_voice(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    _, claims = bundled_analyzer.analyze(text, side)
    assert claims
    assert {c.stance for c in claims} == {"asserted"}


def test_forces_crossing_with_a_sabotage_group_ahead_advance(bundled_analyzer: Analyzer) -> None:
    text = "Колонна техники ВСУ перешла границу у Тёткино, впереди шла ДРГ."
    assert ("advance", "Tyotkino", "ua") in claims_of(bundled_analyzer, text, "ru")


def test_targets_one_tried_to_attack_are_no_denied_strike(bundled_analyzer: Analyzer) -> None:
    _, claims = bundled_analyzer.analyze(
        "Киев не раз пытался атаковать цели в Москве и Санкт-Петербурге.", "ru"
    )
    assert not [c for c in claims if c.stance == "denied"]


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Фиксируется накопление бронетехники противника в районе Лукьяновского.", "ru",
         ("deployment", "Lukianivske", "ua")),
        ("Фіксується накопичення бронетехніки ворога біля Вовчанська.", "ua",
         ("deployment", "Vovchansk", "ru")),
        ("Разведка видит скопление резервов ВСУ у Белицкого.", "ru",
         ("deployment", "Bilytske", "ua")),
    ],
)  # fmt: skip
def test_armour_and_reserves_massed_are_a_build_up(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_strikes_told_as_arrivals_name_the_weapons_of_worked_over_places(
    bundled_analyzer: Analyzer,
) -> None:
    found = claims_of(
        bundled_analyzer, "Сегодня прилёты по Харькову. Также отработали по Чугуеву.", "ru"
    )
    assert ("strike", "Chuhuiv", "ru") in found
    assert not claims_of(bundled_analyzer, "Команда отработала по плану в Курске.", "ru")


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ворог уточнив координати і вдарив по Харкову.", "ua"),
        ("Командир уточнил задачу, и штурмовики зашли в Работино.", "ru"),
    ],
)
def test_details_made_clear_are_no_source(bundled_analyzer: Analyzer, text: str, side: str) -> None:
    _, claims = bundled_analyzer.analyze(text, side)
    assert claims
    assert {c.stance for c in claims} == {"asserted"}


def test_a_ukrainian_post_quoting_russian_keeps_its_own_claims(bundled_analyzer: Analyzer) -> None:
    text = (
        "Окупанти обстріляли Херсон, загинув чоловік.\nСальдо: «Это была работа украинских "
        "диверсантов, наши войска тут ни при чём, это провокация Киева»"
    )
    assert ("strike", "Kherson", "ru") in claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("В Тёткино в результате удара FPV-дрона ВСУ погиб мужчина.", "ru",
         ("casualties", "Tyotkino", "ua")),
        ("Удар дрона-камикадзе ВСУ по Тёткино.", "ru", ("strike", "Tyotkino", "ua")),
        ("Внаслідок удару FPV-дрона рф у Херсоні поранено жінку.", "ua",
         ("casualties", "Kherson", "ru")),
    ],
)  # fmt: skip
def test_the_side_after_a_strikes_weapon_owns_it(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)


@pytest.mark.parametrize(
    ("text", "side", "place", "actor"),
    [
        ("ДРГ противника пересекла границу у Тёткино.", "ru", "Tyotkino", "ua"),
        ("Диверсанты ВСУ перешли границу в районе Глотово.", "ru", "Glotovo", "ua"),
        ("ДРГ ворога перетнула кордон біля Хотіні.", "ua", "Khotin", "ru"),
    ],
)
def test_a_sabotage_group_crossing_the_border_infiltrates(
    bundled_analyzer: Analyzer, text: str, side: str, place: str, actor: str
) -> None:
    assert claims_of(bundled_analyzer, text, side) == {("infiltration", place, actor)}


def test_forces_crossing_the_border_advance(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "Силы противника пересекли границу у Тёткино.", "ru")
    assert ("advance", "Tyotkino", "ua") in found


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("На Харківському напрямку ворог атакував біля Липців. На цьому напрямку ворог втратив "
         "50 осіб.", "ua", ("casualties", "Kharkiv Oblast", "ua")),
        ("На Курском направлении бои у Малой Локни. На этом направлении уничтожено до 100 "
         "военнослужащих ВСУ.", "ru", ("casualties", "Kursk Oblast", "ru")),
        ("На Покровском направлении противник атаковал у Мирнограда 20 раз. На этом направлении "
         "уничтожено до 200 военнослужащих ВСУ.", "ru", ("casualties", "Pokrovsk", "ru")),
        ("На Покровському напрямку ворог атакував 38 разів. Найбільше штурмів — біля Лисівки. "
         "На цьому напрямку знешкоджено 241 окупанта, знищено 3 танки.", "ua",
         ("casualties", "Pokrovsk", "ua")),
    ],
)  # fmt: skip
def test_this_axis_points_back_to_the_axis_named_a_towns_or_an_oblasts(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert claims_of_type(bundled_analyzer, text, side, "casualties") == {expected}


@pytest.mark.parametrize(
    ("text", "side", "left", "shelter"),
    [
        ("Из Тёткино вывезли часть жителей в ПВР в Рыльске.", "ru", "Tyotkino", "Rylsk"),
        ("Жителей Глушково вывезли в пункты временного размещения в Курчатове.", "ru",
         "Glushkovo", "Kurchatov"),
        ("З Куп’янська евакуювали 40 людей до ПТП у Балаклії.", "ua", "Kupiansk", "Balakliia"),
    ],
)  # fmt: skip
def test_evacuees_are_taken_from_a_place_to_a_shelter(
    bundled_analyzer: Analyzer, text: str, side: str, left: str, shelter: str
) -> None:
    found = {c[1] for c in claims_of_type(bundled_analyzer, text, side, "evacuation")}
    assert left in found
    assert shelter not in found
