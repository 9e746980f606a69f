"""Bulleted lines under a heading that names the place carry their claims to it («Итоги дня под
Курахово\\n— 15 двухсотых»); soldiers' slang names the enemy and the dead («7 двохсотих
підарів», «русня»); «там»/«туди» point back to the places of the clause before; air defence at
work over a place is an air attack on it; where the fire comes from is not under it; forces
dragged up are deployed («тянут технику к X»); a noun that a verb in the future places is a
forecast («окажутся в окружении»). Paraphrases written for these tests, through the real
analyzer."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Итоги дня под Курахово 🔥\n— уничтожено 3 танка\n— минус 15 укропов, двухсотых",
            "ru",
            ("casualties", "Kurakhove", "ru"),
        ),
        (
            "За добу наші пілоти попрацювали під Котлиним 🔥\n— мінус 2 мотолиги\n"
            "— 7 двохсотих кацапів, ще з десяток трьохсотих",
            "ua",
            ("casualties", "Kotlyne", "ua"),
        ),
        (
            "Робота наших дронарів біля Вовчанська 🔥\n• 4 двохсотих підарів\n• спалена БМП",
            "ua",
            ("casualties", "Vovchansk", "ua"),
        ),
    ],
)
def test_bullets_under_a_heading_take_its_place(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "У Львові відкрили новий міст. А на фронті за добу:\n- 150 боєзіткнень\n"
        "- ворог втратив 1100 осіб",
        "Из Белгорода эвакуировали детей, а на фронте за день:\n— наши продвинулись на 3 км\n"
        "— противник потерял 300 человек",
    ],
)
def test_a_place_of_an_earlier_sentence_or_clause_heads_no_bullets(
    bundled_analyzer: Analyzer, text: str
) -> None:
    found = claims_of(bundled_analyzer, text, "ua")
    assert not {c for c in found if c[0] in ("casualties", "advance") and c[1] != "-"}


def test_a_digest_s_items_are_their_own(bundled_analyzer: Analyzer) -> None:
    # «Основное:» heads items of their own, apart from where the press conference was
    text = (
        "Путин отвечает на вопросы на пресс-конференции в Казани. Основное:\n\n"
        "— Украина потеряла больше 16 тысяч человек.\n\n— Мы готовы к переговорам."
    )
    assert not {c for c in claims_of(bundled_analyzer, text, "ru") if c[1] == "Kazan"}


def test_bullets_after_a_blank_line_are_no_heading_s(bundled_analyzer: Analyzer) -> None:
    # the headline and the bullets stand apart, and the bullets are an air crash's
    text = (
        "Самолёт из Сочи загорелся после посадки в аэропорту Москвы.\n\n"
        "— Пассажиры услышали два звука удара.\n\n— Начался пожар, все эвакуированы."
    )
    assert not {c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "strike"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Під Торецьком 5 двохсотих кацапів за ніч.", ("casualties", "Toretsk", "ua")),
        ("Біля Часового Яру русня лізе, є двохсоті підари.", ("casualties", "Chasiv Yar", "ua")),
        ("Підари зайшли в центр Торецька.", ("advance", "Toretsk", "ru")),
        (
            "Москаль лізе на Куп'янськ, 7 двохсотих кацапів за ранок.",
            ("casualties", "Kupiansk", "ua"),
        ),
        ("Бєлгород знову під обстрілом, русня в паніці.", ("strike", "Belgorod", "ua")),
    ],
)
def test_soldiers_slang_names_the_enemy(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ua")


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Також сирени в Оріхові та Степногірську, там з ранку лупить арта.",
            "ua",
            {("strike", "Orikhiv", "ru"), ("strike", "Stepnohirsk", "ru")},
        ),
        (
            "В Орехове пока тихо, но и туда стали чаще прилетать ФАБы.",
            "ru",
            {("strike", "Orikhiv", "ru")},
        ),
        (
            "Стрілеча і Борисівка — сіра зона, там тривають бої.",
            "ua",
            {("advance", "Strilecha", "ru"), ("advance", "Borysivka", "ru")},
        ),
    ],
)
def test_there_points_back_to_the_clause_before(
    bundled_analyzer: Analyzer, text: str, side: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "Отправили посылку в Новосибирск, туда она дойдёт за неделю, а у нас тут опять обстрел.",
        "Мама поїхала до Одеси, туди ж і сестра збиралась, а в нас у селі вночі був приліт.",
    ],
)
def test_there_in_another_clause_points_nowhere(bundled_analyzer: Analyzer, text: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ua") if c[0] == "strike"}


def test_there_with_a_place_of_its_own_keeps_it(bundled_analyzer: Analyzer) -> None:
    text = "У Харкові тихо, а там лупить арта по Вовчанську."
    found = claims_of(bundled_analyzer, text, "ua")
    assert ("strike", "Vovchansk", "ru") in found
    assert not {c for c in found if c[1] == "Kharkiv"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "UPD 02:14 — працює ППО в Ковпаківському районі",
            "ua",
            ("strike", "Kovpakivskyi District (Sumy)", "ru"),
        ),
        ("Над Харковом працює ППО, будьте в укриттях!", "ua", ("strike", "Kharkiv", "ru")),
        ("Над Белгородом работает ПВО, слышны хлопки.", "ru", ("strike", "Belgorod", "ua")),
    ],
)
def test_air_defence_at_work_is_an_air_attack(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "У Києві помер чоловік у під'їзді, бригада швидкої не встигла. Ще двоє постраждалих.",
        "У Дніпрі на будові загинув робітник, бригада працювала без страховки.",
        "Український боєць UFC з Одеси травмований у бою за титул.",
    ],
)
def test_everyday_deaths_are_no_war(bundled_analyzer: Analyzer, text: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ua") if c[0] == "casualties"}


@pytest.mark.parametrize(
    "text",
    [
        "На полігоні під Харковом пройшли навчання: робота ППО відпрацьовувалась весь день.",
        "У Києві відкрилась виставка, де показали роботу ППО.",
        "Вакансія: робота в ППО, мобільні вогневі групи, Житомир.",
        "Мама працює як ППО: у Полтаві жодна муха не пролетить повз.",
    ],
)
def test_air_defence_drills_are_no_attack(bundled_analyzer: Analyzer, text: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ua") if c[0] == "strike"}


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Кацапи підтягують техніку і піхоту до Тьоткіно, накопичення йде другий тиждень.",
            "ua",
            ("deployment", "Tyotkino", "ru"),
        ),
        (
            "Противник подтягивает резервы и технику к Волчанску.",
            "ru",
            ("deployment", "Vovchansk", "ua"),
        ),
        (
            "Хохлы подтягивают артиллерию к Купянску, видно по дронам.",
            "ru",
            ("deployment", "Kupiansk", "ua"),
        ),
    ],
)
def test_forces_dragged_up_are_deployed(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "Наши тянут время у Купянска, а штабные всё совещаются.",
        "Тянуть кабель к Белгороду будут до весны.",
        "Мы тащим на себе эту бригаду уже два года под Бахмутом, — жалуется комбат.",
        "Штурмовики тянут жребий, кто первым пойдёт на Красногоровку.",
        "Фермер тянет технику к полю под Курском, несмотря на дроны.",
    ],
)
def test_stalling_and_cables_are_no_deployment(bundled_analyzer: Analyzer, text: str) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "deployment"}


@pytest.mark.parametrize(
    "text",
    [
        "Клещи вокруг Суджи захлопнутся, и ВСУ окажутся там в полном окружении.",
        "Ещё неделя, и под Покровском противник попадёт в окружение.",
    ],
)
def test_a_noun_placed_by_a_future_verb_is_a_forecast(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not {c for c in claims_of(bundled_analyzer, text, "ru") if c[0] == "encirclement"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Покажу вам уничтожение украинского танка под Работино.", ("strike", "Robotyne", "ru")),
        ("Расскажу про штурм Торецка, который идёт уже месяц.", ("advance", "Toretsk", "ru")),
    ],
)
def test_the_author_s_future_tells_what_happened(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, "ru")


def test_an_encirclement_that_happened_stays(bundled_analyzer: Analyzer) -> None:
    found = claims_of(bundled_analyzer, "ВСУ оказались в окружении под Суджей.", "ru")
    assert ("encirclement", "Sudzha", "ru") in found
