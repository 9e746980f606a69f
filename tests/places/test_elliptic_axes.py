"""Axes named by their adjective alone as a roundup's headings («5. Покровское. …», «—
Кураховское: …») are the axes («покровское направление» → Pokrovsk), not villages of the name,
and settle the namesakes under them as a written-out axis does; a village's name as a heading in
a post of no front is the village. Through the real analyzer (the headings are read there);
paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from monitor.config import load_settings


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(load_settings())


def keys(analyzer: Analyzer, text: str) -> list[str]:
    mentions, _ = analyzer.analyze(text, "ru")
    return [m.place_key for m in mentions]


ROUNDUP = (
    "Ситуация на фронтах: кратко по основным направлениям\n\n"
    "1. Харьковское. В Волчанске без изменений.\n\n"
    "2. Купянское. Наши части продвинулись в районе Синьковки.\n\n"
    "3. Торецкое. Позиционные бои в районе Шумов.\n\n"
    "4. Покровское. Наши войска закрепились в Соколе."
)


def test_roundup_headings_are_their_axes(analyzer: Analyzer) -> None:
    found = keys(analyzer, ROUNDUP)
    for key in ("kharkiv-oblast", "kupiansk", "toretsk", "pokrovsk"):
        assert key in found
    assert not any(k.startswith("pokrovske") for k in found)


def test_the_axes_settle_the_villages_under_them(analyzer: Analyzer) -> None:
    found = keys(analyzer, ROUNDUP)
    assert "shumy-donetsk-oblast" in found  # Toretsk's, not Vinnytsia Oblast's
    assert "sokil-donetsk-oblast" in found  # «в Соколе»: Pokrovsk Raion's Sokil (Сокіл)


def test_the_mentions_keep_the_original_offsets(analyzer: Analyzer) -> None:
    mentions, _ = analyzer.analyze(ROUNDUP, "ru")
    for mention in mentions:
        assert ROUNDUP[mention.start : mention.end] == mention.surface


def test_dashed_headings(analyzer: Analyzer) -> None:
    text = "Итоги дня на фронте:\n— Кураховское: наши продвинулись у Дачного.\n— Времевское: тихо."
    found = keys(analyzer, text)
    assert "kurakhove" in found and "vremivka" in found


@pytest.mark.parametrize(
    "text",
    [
        "Покровское. Село в Запорожской области, где живут 300 человек.",
        "— Невское: штурмовики продвинулись на западной окраине.",
    ],
)
def test_a_village_heading_stays_a_village(analyzer: Analyzer, text: str) -> None:
    mentions, _ = analyzer.analyze(text, "ru")
    assert "pokrovsk" not in [m.place_key for m in mentions]
    assert not any(m.axis for m in mentions)  # which village is the resolver's to say


@pytest.mark.parametrize(
    ("text", "river"),
    [
        ("На островах в пойме Днепра высадилась ДРГ.", "dnipro-river"),
        ("Човни ховаються у плавнях Дніпра.", "dnipro-river"),
    ],
)
def test_a_floodplain_is_the_rivers(analyzer: Analyzer, text: str, river: str) -> None:
    found = keys(analyzer, text)
    assert river in found and "dnipro" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Наслідки нічної атаки на Запоріжжя:\n— Дніпровський: пошкоджено 5 будинків\n"
        "— Олександрівський: пошкоджено авто",
        "Тривога в районах Сумщини:\n— Сумський: КАБи\n— Охтирський: дрони",
        "Покровское: в результате удара дронов пострадали трое, среди них участник СВО.",
        "Пробки:\n— Ленинградское: 5 баллов\n— Симферопольское: 4 балла",
        "Рецепт:\n1. Московское. Колбаса.\n2. Советское. Шампанское.",
        "Харьковское: фронтмен группы дал концерт.",
        # one heading, or no fighting told
        "Курская область, обстрелы за сутки:\n1. Ивановское. Дрон атаковал частный дом, на "
        "участке начался пожар.\n2. Рыльск. Повреждена ЛЭП.",
        "Пробки:\n— Ленинградское: 6 баллов, движение в направлении центра.\n— Киевское: 7 баллов.",
        "Фронт работ на неделю:\n1. Покровское. Вывоз мусора.\n2. Кураховское. Ремонт школы.",
    ],
)
def test_headings_of_no_front_read_no_axis(analyzer: Analyzer, text: str) -> None:
    mentions, _ = analyzer.analyze(text, "ua")
    assert not any(m.axis for m in mentions)
    axes = {"dnipro", "okhtyrka", "pokrovsk", "simferopol", "kharkiv-oblast", "kurakhove"}
    assert not (axes | {"ivanovo-oblast", "kyiv-oblast"}) & {m.place_key for m in mentions}
