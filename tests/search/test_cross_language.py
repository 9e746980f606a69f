"""Ordinary words cross Russian and Ukrainian in search, as place names already do:
«газопровод» finds «газопровід» and back (README: "every form of its lexeme from Russian and
Ukrainian dictionaries")."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from monitor.analyzer import Analyzer
from monitor.search.engine import search
from monitor.search.query import counterparts, expand_word
from monitor.search.service import plan_query
from monitor.store.db import session_scope
from monitor.store.models import Post


def forms(word: str) -> set[str]:
    return {" ".join(t.parts) for t in expand_word(word)}


@pytest.mark.parametrize(
    ("ru", "uk"),
    [("газопровод", "газопровід"), ("линия", "лінія")],
)
def test_a_word_expands_to_its_cognate_in_the_other_language(ru: str, uk: str) -> None:
    assert uk in forms(ru)
    assert ru in forms(uk)


def test_inflected_forms_cross_too() -> None:
    assert {"газопроводі", "газопроводів"} <= forms("газопроводе")  # ru form → uk forms
    assert {"газопроводе", "газопроводов"} <= forms("газопроводі")  # uk form → ru forms


def test_counterparts_keep_the_part_of_speech() -> None:
    assert counterparts("газопровод", "ru", "NOUN") == ["газопровід"]
    assert counterparts("газопровод", "ru", "VERB") == []


def texts(engine: Engine, analyzer: Analyzer, query: str) -> list[str]:
    with session_scope(engine) as session:
        page = search(session, plan_query(query, analyzer.matcher), limit=100)
        return [session.get_one(Post, h.entry.post_id).text for h in page.hits]


def test_search_crosses_languages_both_ways(seeded: Engine, analyzer: Analyzer) -> None:
    russian = texts(seeded, analyzer, "газопровод")
    ukrainian = texts(seeded, analyzer, "газопровід")
    assert any("газопровід" in t for t in russian)  # butusov_plus's pipeline post
    assert any("газопровода" in t or "газопроводу" in t for t in ukrainian)
    assert sorted(russian) == sorted(ukrainian)
