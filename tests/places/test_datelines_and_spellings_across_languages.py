"""A village whose name is also a word counts where it stands alone as a war post's dateline or
ends its heading («Лівий берег. Кринки.»); a Russian town as Ukrainian posts spell it
(«Шебекіно», «біля Шебекіного»); a Ukrainian «е» after a vowel written «э» in Russian
(«Новоэкономичное»). Paraphrases written for these tests."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.places.resolved import keys_of


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Лівий берег. Кринки.\nТримаємось, хоч орки лізуть щодня.", "ua"),
        ("Кринки. Третю добу відбиваємо штурми, орки лізуть малими групами.", "ua"),
        ("Левый берег. Крынки.\nВСУ снова пытались закрепиться, атака отбита.", "ru"),
    ],
)
def test_a_dateline_that_is_also_a_word_is_the_village(
    bundled_analyzer: Analyzer, text: str, side: str
) -> None:
    assert "krynky" in keys_of(bundled_analyzer, text, side).values()


@pytest.mark.parametrize(
    "text",
    [
        "Кринки. Рецепт молока від бабусі, як у селі.",
        "Кринки.\nНа полиці стоять старі глиняні глечики, купили на ярмарку.",
        "Ми взяли відра і пішли по молоко. Кринки.",
        "Наші тримаються, орки лізуть щодня. Кринки",
    ],
)
def test_a_word_alone_outside_the_war_is_no_village(bundled_analyzer: Analyzer, text: str) -> None:
    assert "krynky" not in keys_of(bundled_analyzer, text, "ua").values()


@pytest.mark.parametrize(
    "text",
    [
        "А в Шебекіно, кажуть, вже пів міста виїхало.",
        "Удар по пункту дислокації поблизу Шебекіного.",
        "Вибухи в Шебекіному вночі, працювала ППО.",
    ],
)
def test_a_russian_town_as_ukrainian_posts_spell_it(bundled_analyzer: Analyzer, text: str) -> None:
    assert "shebekino" in keys_of(bundled_analyzer, text, "ua").values()


@pytest.mark.parametrize(
    "text",
    [
        "Удары по скоплениям противника в районе Новоэкономичного и Мирнограда.",
        "Освобождено Новоэкономичное, бои идут на подступах к Димитрову.",
    ],
)
def test_a_hard_e_is_written_e_oborotnoye_in_russian(bundled_analyzer: Analyzer, text: str) -> None:
    assert "novoekonomichne" in keys_of(bundled_analyzer, text, "ru").values()


def test_a_soft_e_stays_e_in_russian(bundled_analyzer: Analyzer) -> None:
    # Новоєгорівка has «є»: Russian «Новоегоровка», never «Новоэгоровка»
    assert "novoiehorivka" in keys_of(bundled_analyzer, "Наши зашли в Новоегоровку.").values()
    assert "novoiehorivka" not in keys_of(bundled_analyzer, "Наши зашли в Новоэгоровку.").values()


def test_a_bold_label_opening_a_roundup_s_line_is_the_town(bundled_analyzer: Analyzer) -> None:
    text = (
        "**Коротко по фронту на вечер**\n"
        "**Димитров.** Противник пытается деблокировать город, атаки отбиты."
    )
    assert "myrnohrad" in keys_of(bundled_analyzer, text).values()


def test_a_bold_word_outside_the_war_is_no_town(bundled_analyzer: Analyzer) -> None:
    text = "**Новости дня**\n**Димитров.** Болгарский теннисист выиграл турнир в Вене."
    assert "myrnohrad" not in keys_of(bundled_analyzer, text).values()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Мирный. Наконец-то мирный день, противник не обстреливал наши позиции.", "mirny"),
        ("Широке. Просто широке поле, на якому ворог атакує нашу піхоту.", "shyroke"),
        ("Золоте. Золоте правило: не ходи вдень, бо ворог бачить з дрона.", "zolote"),
    ],
)
def test_a_dateline_the_post_uses_as_a_word_is_no_village(
    bundled_analyzer: Analyzer, text: str, key: str
) -> None:
    assert not [k for k in keys_of(bundled_analyzer, text, "ua").values() if k.startswith(key)]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Удар по Чаплях: поранено двох людей.", "chapli"),
        ("Обстріл Лівадії: поранено жінку.", "livadiia"),
    ],
)
def test_a_ukrainian_place_keeps_its_name_beside_a_russian_spelt_alike(
    bundled_analyzer: Analyzer, text: str, key: str
) -> None:
    assert key in keys_of(bundled_analyzer, text, "ua").values()
