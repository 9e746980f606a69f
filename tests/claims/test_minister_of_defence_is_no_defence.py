"""«Министр обороны России доложил об освобождении X»: the defence in a minister's title is
no defence of Russia, so Russia's minister reports Russia's capture; «прорвали оборону России»
is still a defence. Through the real analyzer and the bundled config; every sentence is
written for the test."""

from __future__ import annotations

import pytest

from monitor.analyzer import Analyzer
from tests.claims.analyzed import actor_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Министр обороны России доложил о полном освобождении Авдеевки.",
         ("capture", "Avdiivka", "ru")),
        ("Министр обороны РФ доложил президенту об освобождении Селидово.",
         ("capture", "Selydove", "ru")),
        ("Министерство обороны России сообщило о взятии Угледара.",
         ("capture", "Vuhledar", "ru")),
        ("ВСУ прорвали оборону России под Суджей.", ("advance", "Sudzha", "ua")),
    ],
)  # fmt: skip
def test_the_ministry_s_side_takes(
    bundled_analyzer: Analyzer, text: str, expected: tuple[str, str, str]
) -> None:
    actor_of(bundled_analyzer, text, "ru", expected)
