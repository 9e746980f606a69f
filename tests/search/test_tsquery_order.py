"""The PostgreSQL query string (monitor.search.query.tsquery_expression) is written for
ts_rank: lexemes in descending order, no exact twin of a prefix term, and the same score
whatever order the word's forms came in."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from monitor.search.query import Term, Word, tsquery_expression

SMALL = Word("малая", (Term(("мала",)), Term(("малая",)), Term(("мала",), prefix=True)))
VILLAGE = Word("локня", (Term(("локня",)), Term(("локн",), prefix=True), Term(("локні",))))


def test_terms_and_words_are_written_greatest_first_without_twins() -> None:
    assert tsquery_expression((VILLAGE, SMALL)) == (
        "('малая' | 'мала':*) & ('локні' | 'локня' | 'локн':*)"
    )


@pytest.mark.postgres
def test_the_score_does_not_depend_on_the_order_of_the_forms(engine: Engine) -> None:
    """Before, an exact form and its prefix twin were both written, and ts_rank kept either
    one depending on their places in the query: the score moved with the order of forms."""
    if engine.dialect.name != "postgresql":
        pytest.skip("ts_rank is PostgreSQL's")
    reordered = [
        (Word(w.text, tuple(reversed(w.terms))) for w in words)
        for words in [(SMALL, VILLAGE), (VILLAGE, SMALL)]
    ]
    post = "в малая локня и мала локні малай"
    with engine.connect() as connection:
        scores = {
            connection.execute(
                text("SELECT ts_rank(to_tsvector('simple', :post), to_tsquery('simple', :q))"),
                {"post": post, "q": tsquery_expression(tuple(words))},
            ).scalar_one()
            for words in [(SMALL, VILLAGE), *reordered]
        }
    assert len(scores) == 1 and scores.pop() > 0
