"""A town of Russia known only from GeoNames counts where it labels a line of war news in a post
that names its region, even in parentheses before the colon («Торопец (Тверская область):
ночью атака БПЛА»), and not as a caption of anything else nor where the region is not named (a
namesake at the front may be meant: «Первомайск (ЛНР):»); Saur-Mohyla is a place; refineries
are named «X refinery».
Through the real analyzer and the bundled config; every sentence is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer


def _places(analyzer: Analyzer, text: str) -> set[str]:
    mentions, _ = analyzer.analyze(text, "ru")
    return {analyzer.gazetteer.places[m.place_key].name_en for m in mentions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Кстово (Нижегородская обл.) — ночью атака дронов на НПЗ.", "Kstovo"),
        ("💥 **Торопец (Тверская область)**: ночью атака БПЛА по арсеналу.", "Toropets"),
        ("Урюпинск (Волгоградская область): ночью беспилотник атаковал нефтебазу.", "Uryupinsk"),
        ("Мемориал на Саур-Могиле восстановили к маю.", "Saur-Mohyla"),
        ("Опять прилёт по Рязанскому НПЗ.", "Ryazan refinery"),
    ],
)
def test_labelled_towns_landmarks_and_refineries(
    bundled_analyzer: Analyzer, text: str, expected: str
) -> None:
    assert expected in _places(bundled_analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        # a label of no war news; a caption of a zoo's animals
        "Торопец: в городе открыли новый сквер.",
        "Кунгур (Пермский край): в зоопарке родились котята.",
        # a label whose region is not named, or is another's: a namesake at the front may be meant
        "Александровск: ВСУ ударили по городу, ранены двое.",
        "Первомайск (ЛНР): ВСУ обстреляли город, повреждены дома.",
    ],
)
def test_towns_labelling_no_war_news_are_no_places(bundled_analyzer: Analyzer, text: str) -> None:
    found = _places(bundled_analyzer, text)
    assert not found & {"Toropets", "Kungur", "Aleksandrovsk", "Pervomaysk"}


@pytest.mark.parametrize(
    ("text", "side", "river", "town"),
    [
        (
            "Дніпро біля Кременчука почав замерзати, рибалки на льоду.",
            "ua",
            "Dnipro River",
            "Dnipro",
        ),
        ("Десна поблизу Чернігова вийшла з берегів.", "ua", "Desna River", "Desna"),
        (
            "Днепр под Херсоном: ВСУ пытаются переправиться на левый берег.",
            "ru",
            "Dnipro River",
            "Dnipro",
        ),
    ],
)
def test_a_river_by_a_town_is_the_river(
    bundled_analyzer: Analyzer, text: str, side: str, river: str, town: str
) -> None:
    mentions, _ = bundled_analyzer.analyze(text, side)
    found = {bundled_analyzer.gazetteer.places[m.place_key].name_en for m in mentions}
    assert river in found
    assert town not in found


def test_a_city_under_fire_is_no_river(bundled_analyzer: Analyzer) -> None:
    mentions, _ = bundled_analyzer.analyze("Дніпро під ударом: ракети влучили в завод.", "ua")
    assert [bundled_analyzer.gazetteer.places[m.place_key].name_en for m in mentions] == ["Dnipro"]


def test_a_garden_named_after_a_person_is_no_place(bundled_analyzer: Analyzer) -> None:
    found = _places(bundled_analyzer, "О 18:00 у саду Шевченка в Харкові — концерт.")
    assert found == {"Kharkiv"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Погиб наш товарищ, родом из села Ивановка Амурской области.", "Ivanivka"),
        ("Красноармейск (Саратовская область): в городе прошёл фестиваль.", "Pokrovsk"),
        ("Жители Покровска (Якутия) собрали посылки.", "Pokrovsk"),
    ],
)
def test_a_region_after_a_name_holding_none_of_its_readings_leaves_it_unknown(
    bundled_analyzer: Analyzer, text: str, absent: str
) -> None:
    assert absent not in _places(bundled_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бои у Ивановки Донецкой области.", "Ivanivka"),
        ("Удар по Покровску (ДНР), повреждены дома.", "Pokrovsk"),
        ("Саки (Крым): взрывы на аэродроме.", "Saky"),
        # a list, not a qualifier: the city and then its oblast
        ("Воздушная тревога объявлена в Киеве, Киевской и еще 7 областях.", "Kyiv"),
        ("Сбер повышает ставки в Москве, Московской области и Петербурге.", "Moscow"),
        # an axis's adjective and the front it lies on
        (
            "Группа солдат сдалась в плен на времевском направлении Запорожской линии фронта.",
            "Vremivka",
        ),
    ],
)
def test_a_region_after_a_name_holding_one_of_its_readings_keeps_it(
    bundled_analyzer: Analyzer, text: str, expected: str
) -> None:
    assert expected in _places(bundled_analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Russian town in «-ец» is «-ець» in Ukrainian, declined so
        ("Дрони уразили нафтобазу в Торопці Тверської області.", "Toropets"),
        ("Дрони атакували Череповець, горить завод.", "Cherepovets"),
        # an explosion labelled by its town, the region named
        ("Торопець (Тверська область): вибухи на складах.", "Toropets"),
    ],
)
def test_russian_towns_in_ukrainian(bundled_analyzer: Analyzer, text: str, expected: str) -> None:
    mentions, _ = bundled_analyzer.analyze(text, "ua")
    assert expected in {bundled_analyzer.gazetteer.places[m.place_key].name_en for m in mentions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Мальчик погиб на прогулке в детском саду Нижнего Новгорода.", "Nizhny Novgorod"),
        ("Уничтожена переправа ВСУ на красно-лиманском направлении.", "Lyman"),
    ],
)
def test_a_kindergarten_of_a_town_and_a_hyphenated_axis_keep_their_places(
    bundled_analyzer: Analyzer, text: str, expected: str
) -> None:
    assert expected in _places(bundled_analyzer, text)
