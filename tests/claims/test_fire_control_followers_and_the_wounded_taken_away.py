"""Fire control over the roads takes no town («взяли под огневой контроль дороги к городу»,
«контролюємо вогнем»); who follows us holds nothing («слідом за нами»); the wounded taken to
a hospital elsewhere were hurt where they were hit («госпіталізована до Миколаєва»); nobody
coming from a place on the air, to shelters or by train withdrew from it; a side already in a
place is in it («хохлы уже в Судже»), the words together. Through the
real analyzer and the bundled config; every text is written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import claims_of


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            "Велика Новосілка. Ситуація критична.\n\nРосіяни взяли під вогневий контроль усі "
            "дороги до міста, постачання — тільки пішки або дронами.",
            "ua",
        ),
        ("Угледар. Наши взяли под огневой контроль дорогу к городу.", "ru"),
        ("Залізницю біля Горлівки тепер контролюємо вогнем.", "ua"),
        ("Трассу у Покровска наши контролируют огнём.", "ru"),
    ],
)
def test_fire_control_takes_no_town(bundled_analyzer: Analyzer, text: str, side: str) -> None:
    assert not any(c[0] == "capture" for c in claims_of(bundled_analyzer, text, side))


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Наши взяли Угледар.", "ru", ("capture", "Vuhledar", "ru")),
        ("Покровськ тепер контролюємо повністю.", "ua", ("capture", "Pokrovsk", "ua")),
        (
            "Логистика ВСУ в Великой Новоселке под огневым контролем.",
            "ru",
            ("encirclement", "Velyka Novosilka", "ru"),
        ),
    ],
)
def test_takings_and_fire_control_told_as_such_stand(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


def test_fire_control_still_a_goal_is_no_claim(bundled_analyzer: Analyzer) -> None:
    text = (
        "Продвижение российских войск к Великой Новоселке позволит взять под огневой контроль "
        "трассу снабжения группировок ВСУ."
    )
    assert not any(c[0] == "encirclement" for c in claims_of(bundled_analyzer, text, "ru"))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Тепер головне — не допустити, щоб росіяни зайшли на Сумщину слідом за нами.", "ua"),
        ("Главное, чтобы хохлы не зашли в Курскую область следом за нами.", "ru"),
    ],
)
def test_who_follows_us_holds_nothing(bundled_analyzer: Analyzer, text: str, side: str) -> None:
    assert claims_of(bundled_analyzer, text, side) == set()


@pytest.mark.parametrize(
    ("text", "side", "hit", "elsewhere"),
    [
        (
            "Очаків знову під обстрілом. Поранено жінку 56 років, госпіталізована до Миколаєва.",
            "ua",
            "Ochakiv",
            "Mykolaiv",
        ),
        (
            "Обстріл Нікополя: поранено чоловіка, його доправили до лікарні у Дніпрі.",
            "ua",
            "Nikopol",
            "Dnipro",
        ),
        (
            "Дрон атаковал автомобиль в Грайвороне, ранен водитель. Его доставили в областную "
            "больницу в Белгород.",
            "ru",
            "Grayvoron",
            "Belgorod",
        ),
    ],
)
def test_the_wounded_are_where_they_were_hit(
    bundled_analyzer: Analyzer, text: str, side: str, hit: str, elsewhere: str
) -> None:
    places = {place for kind, place, _ in claims_of(bundled_analyzer, text, side)}
    assert hit in places
    assert elsewhere not in places


def test_the_wounded_taken_away_are_not_victims_there(bundled_analyzer: Analyzer) -> None:
    text = (
        "Украинские военные взяли в плен двух военнослужащих КНДР в Курской области. Оба ранены, "
        "их доставили в Киев."
    )
    assert not any(place == "Kyiv" for _, place, _ in claims_of(bundled_analyzer, text, "ua"))


@pytest.mark.parametrize(
    "text",
    [
        "Хохлы из Курахово выходили на связь.",
        "Жители из Белгорода уходили в укрытия.",
        "Из Москвы выходили поезда.",
    ],
)
def test_no_side_leaving_is_no_withdrawal(bundled_analyzer: Analyzer, text: str) -> None:
    assert not any(c[0] == "withdrawal" for c in claims_of(bundled_analyzer, text, "ru"))


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        (
            "Под контролем так, что хохлы уже в Судже катаются на броне по центру.",
            "ru",
            ("advance", "Sudzha", "ua"),
        ),
        (
            "Кацапи вже в центрі Торецька, бої йдуть другий тиждень.",
            "ua",
            ("advance", "Toretsk", "ru"),
        ),
        ("Наши уже на окраинах Торецка.", "ru", ("advance", "Toretsk", "ru")),
    ],
)
def test_a_side_already_there(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    assert expected in claims_of(bundled_analyzer, text, side)


@pytest.mark.parametrize(
    "text",
    [
        "Наши уже в курсе ситуации в Покровске.",
        "Журналисты уже в Курске.",
        "Первые столкновения украинских и северокорейских войск уже имели место в Курской области.",
    ],
)
def test_already_there_needs_a_side_and_the_words_together(
    bundled_analyzer: Analyzer, text: str
) -> None:
    assert not any(c[0] == "advance" for c in claims_of(bundled_analyzer, text, "ru"))
