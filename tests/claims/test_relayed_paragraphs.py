"""A source named in a post's first sentence lends its side («наши» are the source's) to the rest
of that paragraph, not to the author's own paragraphs after it. A first line ending with a colon
still relays what follows. Through the real analyzer and the bundled config; every sentence is
written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the author's own paragraph after the relayed one
        ("По данным украинских СМИ, из Мирнограда вывозят семьи. Город пустеет.\n\n"
         "Наши тем временем заходят в Новогродовку с востока.",
         ("advance", "Novohrodivka", "ru")),
        ("Как пишут украинские паблики, в Покровске нет света. Ждут худшего.\n\n"
         "А мы тем временем взяли Новоэкономическое.",
         ("capture", "Novoekonomichne", "ru")),
        # the source's own sentence, and what its colon introduces
        ("По данным украинских СМИ, наши заходят в Новогродовку. Бои идут на окраине.",
         ("advance", "Novohrodivka", "ua")),
        ("Как пишут украинские паблики:\n\nнаши заходят в Новогродовку.",
         ("advance", "Novohrodivka", "ua")),
    ],
)  # fmt: skip
def test_a_sources_side_reaches_its_paragraph(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("Сырский заявил о полном контроле над Суджей.", "ru", ("capture", "Sudzha", "ua")),
        ("Сирський: наші війська просунулися біля Суджі.", "ua", ("advance", "Sudzha", "ua")),
        ("Герасимов доложил: наши войска освободили Горналь.", "ua",
         ("capture", "Gornal", "ru")),
    ],
)  # fmt: skip
def test_a_commander_quoted_speaks_for_his_side(
    bundled_analyzer: Analyzer, text: str, side: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, side, expected)
