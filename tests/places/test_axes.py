"""Axes (направления) map to their town, also when named by the town's district adjective."""

from __future__ import annotations

import pytest

from monitor.places.matcher import PlaceMatcher
from tests.seed_matcher import Keys


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("Бои на суджанском направлении", "суджанском направлении", "sudzha"),
        ("Бої на Суджанському напрямку", "Суджанському напрямку", "sudzha"),
        ("обстановка на суджанском направлении", "суджанском направлении", "sudzha"),
        ("Противник на кореневском направлении", "кореневском направлении", "korenevo"),
        ("Ситуація на покровському напрямку", "покровському напрямку", "pokrovsk"),
        ("Суджанский район", "Суджанский район", "sudzhansky-district"),
        # a Ukrainian axis after a town of any regular ending, not only «-ськ»
        ("Ворог атакував на Лиманському напрямку", "Лиманському напрямку", "lyman"),
        ("Бої на Оріхівському напрямку тривають", "Оріхівському напрямку", "orikhiv"),
        ("Найгарячіше на Курахівському напрямку", "Курахівському напрямку", "kurakhove"),
        ("На Гуляйпільському напрямку без змін", "Гуляйпільському напрямку", "hulyaipole"),
        (
            "Тиск на Костянтинівському напрямку",
            "Костянтинівському напрямку",
            "kostiantynivka-donetsk-oblast-city",
        ),
        ("На Лиманском направлении бои", "Лиманском направлении", "lyman"),
        # a two-word town joins its words with «о»; «-лля» softens to «-льський»
        ("Бої тривають на Часовоярському напрямку", "Часовоярському напрямку", "chasiv-yar"),
        ("Штурмы на часовоярском направлении", "часовоярском направлении", "chasiv-yar"),
        (
            "Ворог тисне на Великоновосілківському напрямку",
            "Великоновосілківському напрямку",
            "velyka-novosilka",
        ),
        ("Обстановка на Краснолиманском направлении", "Краснолиманском направлении", "lyman"),
        ("Найважче на Добропільському напрямку", "Добропільському напрямку", "dobropillia"),
        ("Бої на Новокаховському напрямку", "Новокаховському напрямку", "nova-kakhovka"),
        # the General Staff's axes named after a village, not after a namesake town or селище
        (
            "Найбільше атак на Новопавлівському напрямку",
            "Новопавлівському напрямку",
            "novopavlivka-donetsk-oblast-pokrovsk-raion",
        ),
        (
            "На Новопавловском направлении противник активен",
            "Новопавловском направлении",
            "novopavlivka-donetsk-oblast-pokrovsk-raion",
        ),
        ("Ворог штурмував на Времівському напрямку", "Времівському напрямку", "vremivka"),
        ("Бои на Времевском направлении", "Времевском направлении", "vremivka"),
        # the General Staff's «Липецький напрямок» is Lyptsi's, not Lipetsk Oblast's
        ("На Липецькому напрямку ворог атакував двічі", "Липецькому напрямку", "lyptsi"),
        ("Бои на Липецком направлении не стихают", "Липецком направлении", "lyptsi"),
        (
            "На Липцовском направлении наши закрепились в Глубоком",
            "Липцовском направлении",
            "lyptsi",
        ),
        ("Липцовское направление: противник контратакует", "Липцовское направление", "lyptsi"),
        ("Над Липецкой областью сбит беспилотник", "Липецкой областью", "lipetsk-oblast"),
        # a unit named after the axis is the axis's, not the axis a unit's adjective
        (
            "На Покровському напрямку бійці 25-ї бригади відбили штурм",
            "Покровському напрямку",
            "pokrovsk",
        ),
        (
            "На Липецькому напрямку нацгвардійці бригади «Хартія» зірвали штурм",
            "Липецькому напрямку",
            "lyptsi",
        ),
    ],
)
def test_axis_and_district_forms(
    text: str, surface: str, key: str, seed_matcher: PlaceMatcher
) -> None:
    found = {(text[m.start : m.end], m.place_key) for m in seed_matcher.find(text)}
    assert (surface, key) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На Покровському, Торецькому та Лиманському напрямках тривають бої.",
            ["pokrovsk", "toretsk", "lyman"],
        ),
        ("На Гуляйпільському та Оріхівському напрямках ворог атакував.", ["hulyaipole", "orikhiv"]),
        (
            "На Купянском, Лиманском и Покровском направлениях ВС РФ продвинулись.",
            ["kupiansk", "lyman", "pokrovsk"],
        ),
        # a singular axis after a list of villages reads only itself
        ("Бои у Андреевки и Торецка на Покровском направлении.", None),
    ],
)
def test_an_elliptic_list_of_axes_names_each_town(
    keys: Keys, text: str, expected: list[str] | None
) -> None:
    found = keys(text)
    if expected is None:
        assert "pokrovsk" in found and found.count("pokrovsk") == 1
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the oblast administrations' lists of hromadas name each one's centre
        (
            "Обстрілів зазнали Білопільська, Краснопільська, Хотінська та Есманська громади.",
            ["bilopillia", "krasnopillia", "khotin", "esman"],
        ),
        ("Евакуація дітей з Ізюмської та Борівської громад.", ["izium", "borova"]),
        ("Ворожий дрон атакував Межівську громаду.", ["mezhova"]),
        # a last item the automaton does not know with the plural noun, a hyphenated one, and
        # items in the accusative
        (
            "Обстрілів зазнали Краснопільська, Середино-Будська та Шосткинська громади.",
            ["krasnopillia", "seredyna-buda", "shostka"],
        ),
        (
            "Ворог атакував Марганецьку, Червоногригорівську та Покровську громади.",
            ["marhanets", "chervonohryhorivka", "pokrov"],
        ),
        # the list after the plural noun and a colon, to a sentence's end
        (
            "Обстрілів зазнали громади: Білопільська, Краснопільська та Хотінська. Тихо.",
            ["bilopillia", "krasnopillia", "khotin"],
        ),
        (
            "Бої тривають на напрямках: Покровському, Торецькому.",
            ["pokrovsk", "toretsk"],
        ),
        # … or a dash, to a sentence's end or a dash before what is said of them
        (
            "Наибольшая активность на направлениях — Покровском и Кураховском.",
            ["pokrovsk", "kurakhove"],
        ),
        (
            "На направлениях: Покровском, Кураховском, Времевском — бои.",
            ["pokrovsk", "kurakhove", "vremivka"],
        ),
        (
            "Найгарячіше на напрямках — Покровському та Куп'янському.",
            ["pokrovsk", "kupiansk"],
        ),
        # a list closed by a clause after a comma, or by a hyphen; an item the gazetteer has
        # no axis of is passed over
        (
            "Бои идут на направлениях — Торецком и Кураховском, где противник активен.",
            ["toretsk", "kurakhove"],
        ),
        ("На направлениях - Покровском и Кураховском - идут бои.", ["pokrovsk", "kurakhove"]),
        (
            "На напрямках — Гуляйпільському, Оріхівському та Придніпровському — ворог атакував.",
            ["hulyaipole", "orikhiv"],
        ),
        # items with a short aside in brackets
        (
            "Найбільше просування – на Гуляйпільському (32 км²), Покровському (21 км²) та "
            "Лиманському (11 км²) напрямках.",
            ["hulyaipole", "pokrovsk", "lyman"],
        ),
        (
            "Наибольшее продвижение — на Торецком (15 км²) и Кураховском (8 км²) направлениях.",
            ["toretsk", "kurakhove"],
        ),
    ],
)
def test_a_hromada_names_its_town(keys: Keys, text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Бои на Сватовском участке фронта.", "svatove"),
        ("На Кременском участке наши продвинулись.", "kreminna"),
        ("Противник перебрасывает резервы к Покровскому участку.", "pokrovsk"),
        ("Ситуація на Покровській ділянці фронту складна.", "pokrovsk"),
        ("Окупанти тиснуть на Лиманську ділянку.", "lyman"),
        ("Ворог атакує на Куп'янському виступі.", "kupiansk"),
        ("Торецкий выступ срезан.", "toretsk"),
    ],
)
def test_a_sector_salient_or_bridgehead_named_like_an_axis_is_its_town(
    keys: Keys, text: str, key: str
) -> None:
    assert keys(text) == [key]


@pytest.mark.parametrize(
    "text", ["Земельный участок продан.", "Избирательный участок открыт до восьми."]
)
def test_a_plot_of_land_is_no_sector(keys: Keys, text: str) -> None:
    assert keys(text) == []
