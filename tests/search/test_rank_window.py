"""The bounded ranking (monitor.search.engine.RANK_WINDOW), pinned on the seed with a window of
a few posts: the first page is the best of the most recent candidates, nothing is lost past the
window, and filters pick the candidates before the window does."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text

from monitor.analyzer import Analyzer
from monitor.search import engine as search_engine
from monitor.search import sql as search_sql
from monitor.search.engine import SearchHit, search
from monitor.search.filters import Order, SearchFilters
from monitor.search.service import plan_query
from monitor.store.db import session_scope

QUERY = "Суджа"  # frequent in the seed: many more matches than the small window below
WINDOW = 2


def ranked(engine: Engine, analyzer: Analyzer, **filters: object) -> list[SearchHit]:
    """Every match in rank order, in one page."""
    with session_scope(engine) as session:
        plan = plan_query(QUERY, analyzer.matcher)
        page = search(session, plan, SearchFilters(**filters), limit=10_000)  # type: ignore[arg-type]
    assert not page.has_more
    return page.hits


def paged(engine: Engine, analyzer: Analyzer, size: int) -> list[SearchHit]:
    """Every match, page after page of `size`, as a user pages through them."""
    hits: list[SearchHit] = []
    with session_scope(engine) as session:
        plan = plan_query(QUERY, analyzer.matcher)
        while True:
            page = search(session, plan, limit=size, offset=len(hits))
            hits += page.hits
            if not page.has_more:
                return hits


def best_first(hits: list[SearchHit]) -> list[int]:
    ordered = sorted(
        hits, key=lambda h: (h.score, -h.entry.posted_at.timestamp(), -h.entry.post_id)
    )
    return [h.entry.post_id for h in ordered]


@pytest.fixture
def exact(seeded: Engine, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch) -> list[SearchHit]:
    """Every match in exact rank order (the seed is well within the real window); the window
    is then shrunk to WINDOW posts for the rest of the test."""
    hits = ranked(seeded, analyzer)
    assert WINDOW < len(hits) < search_engine.RANK_WINDOW
    monkeypatch.setattr(search_engine, "RANK_WINDOW", WINDOW)
    return hits


def test_without_a_full_window_the_ranking_is_exact(exact: list[SearchHit]) -> None:
    assert [h.entry.post_id for h in exact] == best_first(exact)


def test_the_first_page_is_the_best_of_the_most_recent_candidates(
    seeded: Engine, analyzer: Analyzer, exact: list[SearchHit]
) -> None:
    recent = sorted(exact, key=lambda h: h.entry.post_id)[-WINDOW:]  # same scores: per post
    with session_scope(seeded) as session:
        first = search(session, plan_query(QUERY, analyzer.matcher), limit=2)
    assert first.has_more
    assert [h.entry.post_id for h in first.hits] == best_first(recent)[:2]


def test_paging_reaches_every_match_past_the_window(
    seeded: Engine, analyzer: Analyzer, exact: list[SearchHit]
) -> None:
    found = [h.entry.post_id for h in paged(seeded, analyzer, size=3)]
    assert sorted(found) == sorted(h.entry.post_id for h in exact)  # each once
    by_id = sorted(exact, key=lambda h: h.entry.post_id)
    older = sorted(
        by_id[:-WINDOW], key=lambda h: (h.entry.posted_at, h.entry.post_id), reverse=True
    )
    assert found == best_first(by_id[-WINDOW:]) + [h.entry.post_id for h in older]


def test_a_good_match_older_than_the_window_is_not_lost(
    seeded: Engine, analyzer: Analyzer, exact: list[SearchHit]
) -> None:
    newest = sorted(h.entry.post_id for h in exact)[-WINDOW:]
    best_older = next(h.entry for h in exact if h.entry.post_id not in newest)
    assert best_older.post_id in [h.entry.post_id for h in paged(seeded, analyzer, size=3)]


@pytest.mark.parametrize("side", ["ru", "ua"])
def test_filters_choose_the_candidates_before_the_window(
    seeded: Engine, analyzer: Analyzer, exact: list[SearchHit], side: str
) -> None:
    """The window holds the most recent posts that pass the filters, not the most recent
    matches less those the filters drop."""
    kept = sorted((h for h in exact if h.entry.side == side), key=lambda h: h.entry.post_id)
    assert len(kept) > WINDOW
    hits = ranked(seeded, analyzer, sides=[side])
    assert [h.entry.post_id for h in hits][:WINDOW] == best_first(kept[-WINDOW:])


def test_newest_order_is_not_windowed(
    seeded: Engine, analyzer: Analyzer, exact: list[SearchHit]
) -> None:
    with session_scope(seeded) as session:
        plan = plan_query(QUERY, analyzer.matcher)
        newest = search(session, plan, order=Order.newest, limit=10_000).hits
    assert sorted(h.entry.post_id for h in newest) == sorted(h.entry.post_id for h in exact)
    assert [h.entry.posted_at for h in newest] == sorted(
        (h.entry.posted_at for h in newest), reverse=True
    )


@pytest.mark.parametrize("long_span", [0.0, 1.0])  # every span named by id alone; none
@pytest.mark.parametrize("first_span", [1, 2, 3, 5])
def test_recent_spans_find_the_same_window_and_pages(
    seeded: Engine,
    analyzer: Analyzer,
    exact: list[SearchHit],
    monkeypatch: pytest.MonkeyPatch,
    first_span: int,
    long_span: float,
) -> None:
    """PostgreSQL looks for the window among the most recent ids first: whatever the spans,
    and whether the text index is asked for their id buckets or not (`sql.LONG_SPAN`), the
    pages are those of the window over all posts (on SQLite the spans are not used)."""
    monkeypatch.setattr(search_sql, "LONG_SPAN", long_span)
    monkeypatch.setattr(search_engine, "FIRST_SPAN", 10**9)
    whole = [(h.entry.post_id, h.score) for h in paged(seeded, analyzer, size=3)]
    monkeypatch.setattr(search_engine, "FIRST_SPAN", first_span)
    # The same scores too: within a span a post is ranked after the cut, from the vector
    # carried through it.
    assert [(h.entry.post_id, h.score) for h in paged(seeded, analyzer, size=3)] == whole
    for side in ("ru", "ua"):
        monkeypatch.setattr(search_engine, "FIRST_SPAN", 10**9)
        expected = [h.entry.post_id for h in ranked(seeded, analyzer, sides=[side])]
        monkeypatch.setattr(search_engine, "FIRST_SPAN", first_span)
        assert [h.entry.post_id for h in ranked(seeded, analyzer, sides=[side])] == expected


def test_repeated_searches_are_planned_for_their_values(seeded: Engine, analyzer: Analyzer) -> None:
    """psycopg prepares a statement run five times on a connection, and PostgreSQL may then
    plan it once for any values: at a million posts that plan ignored the words' frequency
    and the span's id buckets and took 2-4 times as long. A search's transaction forbids it
    (on the seed's few posts PostgreSQL keeps custom plans anyway, so the setting is checked)."""
    if seeded.dialect.name != "postgresql":
        pytest.skip("prepared statements and their plans are PostgreSQL's")
    plan = plan_query(QUERY, analyzer.matcher)
    with session_scope(seeded) as session:
        for _ in range(6):
            search(session, plan, limit=2)
        mode = session.execute(text("SHOW plan_cache_mode")).scalar_one()
        # set in one round trip with it: no parallel workers, no JIT
        workers = session.execute(text("SHOW max_parallel_workers_per_gather")).scalar_one()
        jit = session.execute(text("SHOW jit")).scalar_one()
        generic = session.execute(  # a statement without values has only the generic plan
            text(
                "SELECT coalesce(sum(generic_plans), 0) FROM pg_prepared_statements "
                "WHERE cardinality(parameter_types) > 0"
            )
        ).scalar_one()
    assert (mode, workers, jit, generic) == ("force_custom_plan", "0", "off", 0)
