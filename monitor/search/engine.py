"""Run a `QueryPlan` with filters on SQLite (FTS5) or PostgreSQL (tsvector + GIN), one page.

The candidates are the posts satisfying every group of the plan (a group: its words in the text,
or, for a place, a mention of it), filtered. With an empty plan every post is a candidate (the
dashboard's feed). Text SQL with bound parameters: the query string never reaches the SQL text,
only bound parameters do.

Ranking is bounded, a deliberate trade-off: the score (BM25 on SQLite, `ts_rank` on PostgreSQL,
of the whole query; lower = better) is computed for the RANK_WINDOW most recent candidates only
(the highest post ids: ingest order, which follows posting time except for backfilled history),
and the page is cut from them, best first. Scoring every match of a frequent word (150,000
posts for «газопровод» at a million) took hundreds of milliseconds; the window takes a few, as
the index hands out its matches newest first and the scan stops when the window is full. When
fewer posts match, the ranking is exact; when more do, the older ones come after the window,
newest first, so paging still reaches every match. Newest/oldest order sorts all candidates and
scores only the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy import TextClause, text
from sqlalchemy.orm import Session

from monitor.errors import StoreError
from monitor.search.filters import Order, SearchFilters
from monitor.search.query import QueryPlan, exact_only
from monitor.search.snippet import Highlighter, Segment, make_snippet
from monitor.search.sql import Sql, branches, filter_conditions, merged_window, other_surfaces
from monitor.store.entries import PostEntry, load_entries

FTS_TRIGGERS = ("posts_fts_ai", "posts_fts_ad", "posts_fts_au")
# How many of the most recent candidates are ranked (see the module docstring). At a million
# posts, scoring 5,000 takes about 10 ms on SQLite.
RANK_WINDOW = 5_000
# PostgreSQL: the window is first looked for among the posts of the last FIRST_SPAN ids, then
# of a span sized from what that one held, then among all (see `_ranked_rows`).
FIRST_SPAN = 40_000
# PostgreSQL: when the spans show at most this many windows of matches in all, the window over
# all posts is scored as it is read (see `_window_rows`).
FEW_WINDOWS = 3
NO_FILTERS = SearchFilters()


@dataclass(slots=True)
class SearchHit:
    entry: PostEntry
    score: float
    snippet: list[Segment]


@dataclass(slots=True)
class SearchPage:
    hits: list[SearchHit]
    limit: int
    offset: int
    has_more: bool
    plan: QueryPlan = field(repr=False)


_TIME_ORDER = {
    Order.newest: "{0}posted_at DESC, {0}id DESC",
    Order.oldest: "{0}posted_at, {0}id",
}


class _Statements:
    """The SQL of one search: which posts, in which order, from which offset."""

    def __init__(
        self,
        dialect: str,
        plan: QueryPlan,
        filters: SearchFilters,
        others: tuple[str, ...] | None = None,
    ) -> None:
        self.dialect = dialect
        self.others = others  # see `sql.branches`
        self.plan = plan
        self.filters = filters
        self.words = tuple(w for g in plan.groups for w in g.words)
        self.floor: int | None = None  # the window's candidates have ids above this one
        self.newest = 0  # the highest post id when the search started (PostgreSQL)
        # The window is scored as its posts are read, not after the cut: true within a span,
        # or when the spans showed few matches in all (see `_window_rows`).
        self.few = False
        # PostgreSQL: the window's rows carry their time from the branches (read there anyway,
        # or by id from the small mention side); SQLite reads it once for the merged window.
        self.timed = dialect == "postgresql"

    def ranked(self, limit: int, offset: int) -> TextClause:
        """A page of the window (the RANK_WINDOW most recent candidates), best first, each row
        with the window's size."""
        sql = Sql(self.dialect)
        window = self._window(sql)
        page = f"LIMIT {sql.bind('limit', limit)} OFFSET {sql.bind('offset', offset)}"
        if not self.timed:
            return sql.statement(
                f"WITH win AS MATERIALIZED ({window}) SELECT w.id, w.score, "
                "(SELECT count(*) FROM win) FROM win w JOIN posts p ON p.id = w.id "
                f"ORDER BY w.score, p.posted_at DESC, w.id DESC {page}"
            )
        # The text matches (scores below zero) come before every post scored 0.0, so when
        # they fill the page the others' times are never needed: a post found by a mention
        # alone has none yet (`merged_window`), and reading it took a tenth of «Курская
        # область» (1,700 primary-key probes at a million posts).
        need = sql.bind("need", limit + offset)
        order = "ORDER BY score, posted_at DESC, id DESC"
        return sql.statement(
            f"WITH win AS MATERIALIZED ({window}), best AS MATERIALIZED "
            f"(SELECT id, score, posted_at FROM win WHERE score < 0 {order} LIMIT {need}) "
            "SELECT id, score, (SELECT count(*) FROM win) FROM (SELECT * FROM best UNION ALL "
            "SELECT w.id, w.score, coalesce(w.posted_at, "
            "(SELECT p.posted_at FROM posts p WHERE p.id = w.id)) FROM win w "
            f"WHERE NOT w.score < 0 AND (SELECT count(*) FROM best) < {need}) u {order} {page}"
        )

    def by_time(self, order: Order, limit: int, offset: int, after_window: bool) -> TextClause:
        """A page of the candidates newest or oldest first, scored; `after_window`: of those
        older than the ranking window only."""
        sql = Sql(self.dialect)
        ctes, where = [], filter_conditions(sql, self.filters)
        if after_window:
            ctes.append(f"win AS MATERIALIZED ({self._window(sql)})")
            where.append("p.id < (SELECT min(id) FROM win)")
        selects = [b.select(where, by_time=True) for b in branches(sql, self.plan, self.others)]
        posts = " UNION ".join(selects)
        if not self.plan.empty:
            # Every candidate is needed to sort by time; materialised, PostgreSQL takes them
            # from the text index instead of walking posted_at and parsing every post's text.
            ctes.append(f"cand AS MATERIALIZED ({posts})")
            posts = "SELECT id, posted_at FROM cand"
        posts += f" ORDER BY {_TIME_ORDER[order].format('')}"
        page = f"{posts} LIMIT {sql.bind('limit', limit)} OFFSET {sql.bind('offset', offset)}"
        ctes.append(f"page AS MATERIALIZED ({page})")
        score = "0.0"
        if self.words:
            ctes.append(f"scored AS MATERIALIZED ({sql.scores(self.words, 'page')})")
            score = "coalesce((SELECT s.score FROM scored s WHERE s.id = w.id), 0.0)"
        return sql.statement(
            f"WITH {', '.join(ctes)} SELECT w.id, {score} AS score FROM page w "
            f"ORDER BY {_TIME_ORDER[order].format('w.')}"
        )

    def probe(self, exact: QueryPlan) -> TextClause:
        """SELECT count of the candidates of `exact` (see `_first_span`) above `floor`."""
        sql = Sql(self.dialect)
        where = filter_conditions(sql, self.filters)
        selects = []
        for branch in branches(sql, exact, self.others):
            sql.newer_than(branch, self.floor or 0, self.newest)
            selects.append(replace(branch, score="0.0").select(where))
        return sql.statement(f"SELECT count(*) FROM ({' UNION '.join(selects)}) u")

    def _window(self, sql: Sql) -> str:
        """SELECT of (id, score[, posted_at: see `timed`]) of the RANK_WINDOW most recent
        candidates: the most recent of each branch, merged."""
        where = filter_conditions(sql, self.filters)
        limit = sql.bind("window", RANK_WINDOW)
        found = branches(sql, self.plan, self.others)
        if self.floor is not None:
            for branch in found:
                sql.newer_than(branch, self.floor, self.newest)
        bounded = self.few or self.floor is not None
        if bounded and self.timed and len(found) > 1:
            return merged_window(found, where, limit)
        newest = [b.newest(where, limit, bounded=bounded, timed=self.timed) for b in found]
        if len(newest) == 1:
            return newest[0]
        union = " UNION ALL ".join(f"SELECT * FROM ({s}) b{i}" for i, s in enumerate(newest))
        # Text scores are at most zero, so min() keeps a post's text score over its 0.0 for a
        # mention.
        return (
            f"SELECT id, min(score) AS score{', max(posted_at) AS posted_at' * self.timed} "
            f"FROM ({union}) u "
            f"GROUP BY id ORDER BY id DESC LIMIT {limit}"
        )


def search(
    session: Session,
    plan: QueryPlan,
    filters: SearchFilters = NO_FILTERS,
    *,
    order: Order = Order.rank,
    limit: int = 50,
    offset: int = 0,
) -> SearchPage:
    """One page of posts matching `plan` and `filters`, with scores and snippets."""
    dialect = session.get_bind().dialect.name
    others = None
    if dialect == "postgresql":
        # For this transaction, in one round trip: JIT compiling the plan of a search over a
        # big table costs more (100+ ms) than it saves; a search's plan depends on its values
        # (how often the words occur, the span's id buckets), so never the generic plan a
        # prepared statement falls back to after five runs; no parallel workers, whose start
        # costs more than the few thousand rows a search reads (none were planned at 1M posts,
        # but on a busy server a worker waits for a core).
        session.execute(
            text(
                "SELECT set_config('jit', 'off', true), set_config('work_mem', '32MB', true), "
                "set_config('plan_cache_mode', 'force_custom_plan', true), "
                "set_config('max_parallel_workers_per_gather', '0', true)"
            )
        )
        surfaces = other_surfaces(plan)
        if surfaces is not None:
            others = tuple(session.scalars(surfaces))
    statements = _Statements(dialect, plan, filters, others)
    if plan.empty and order is Order.rank:
        order = Order.newest  # nothing to rank by
    if order is Order.rank:
        rows = _ranked_rows(session, statements, limit + 1, offset)
    else:
        rows = _rows(session, statements.by_time(order, limit + 1, offset, after_window=False))
    has_more = len(rows) > limit
    rows = rows[:limit]
    entries = load_entries(session, [post_id for post_id, _ in rows])
    scores = dict(rows)
    marks = Highlighter(plan)
    hits = [SearchHit(e, scores[e.post_id], make_snippet(e.text, marks.spans(e))) for e in entries]
    return SearchPage(hits, limit, offset, has_more, plan)


def _rows(session: Session, statement: TextClause) -> list[tuple[int, float]]:
    """(post id, score) rows."""
    return [(row[0], float(row[1])) for row in session.execute(statement)]


def _ranked_rows(
    session: Session, statements: _Statements, limit: int, offset: int
) -> list[tuple[int, float]]:
    """`limit` rows from `offset` of the ranked window followed by the older candidates,
    which are only read when the page reaches past a full window.

    On PostgreSQL the window is first looked for among the posts of the last FIRST_SPAN ids
    (the text index is asked for their id buckets too, see `Sql.newer_than`): when that already
    holds a full window, it is the same window as over all posts, found without reading every
    match of a frequent word (or walking the table for a rare one)."""
    rows = _window_rows(session, statements, limit, offset)
    if len(rows) < limit and offset + len(rows) >= RANK_WINDOW:
        rest = statements.by_time(
            Order.newest, limit - len(rows), max(0, offset - RANK_WINDOW), after_window=True
        )
        rows += _rows(session, rest)
    return rows


def _window_rows(
    session: Session, statements: _Statements, limit: int, offset: int
) -> list[tuple[int, float]]:
    """The rows of `statements.ranked`, over the shortest recent span that holds a full window
    (see `_ranked_rows`): FIRST_SPAN ids, then a span that should hold one at the density of
    matches the first one showed (half again as long), then every post."""
    newest = 0
    if statements.dialect == "postgresql" and not statements.plan.empty:
        newest = session.scalar(text("SELECT max(id) FROM posts")) or 0
    statements.newest = newest
    span = _first_span(session, statements)
    while span < newest:
        statements.floor = newest - span
        found = list(session.execute(statements.ranked(limit, offset)))
        size = found[0][2] if found else 0
        if size >= RANK_WINDOW:
            return [(row[0], float(row[1])) for row in found]
        # At this span's density all posts hold at most a few windows: scoring them as they
        # are read costs less than reading each again after the cut.
        statements.few = 0 < size * newest <= FEW_WINDOWS * RANK_WINDOW * span
        if span > FIRST_SPAN or size == 0:
            break
        span = span * RANK_WINDOW * 3 // (size * 2)
    statements.floor = None
    return [(row[0], float(row[1])) for row in session.execute(statements.ranked(limit, offset))]


def _first_span(session: Session, statements: _Statements) -> int:
    """FIRST_SPAN, or for a plan with prefix terms (every place name has its stem's) a span
    sized from how many posts of the last FIRST_SPAN ids match the plan without them, when
    that is too few for a window. GIN collects a prefix's matches over the whole index
    whatever the buckets asked for (some 15 ms at 1M posts for «судж:*»'s 20,000), so each
    statement with a prefix pays that once; exact terms skip to the buckets (a count takes
    1-2 ms). Fewer posts match without the prefixes, so the span is if anything longer than
    the first span's density asks for, and it is read in one statement instead of two."""
    newest = statements.newest
    exact = exact_only(statements.plan) if newest > FIRST_SPAN else None
    if exact is None:
        return FIRST_SPAN
    statements.floor = newest - FIRST_SPAN
    size = session.scalar(statements.probe(exact)) or 0
    if not 0 < size < RANK_WINDOW:
        return FIRST_SPAN
    span = FIRST_SPAN * RANK_WINDOW * 3 // (size * 2)
    # A span past the first post: all posts hold at most a window and a half at that density
    # (few, see `_window_rows`), as the first span's own statement would have shown.
    statements.few = span >= newest
    return span


def check_index(session: Session) -> None:
    """Fail clearly when the SQLite FTS triggers are missing (a later migration that rebuilt
    `posts` in batch mode drops them): search would silently miss new posts."""
    if session.get_bind().dialect.name != "sqlite":
        return
    found = set(
        session.scalars(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'posts_fts_%'"
            )
        )
    )
    missing = sorted(set(FTS_TRIGGERS) - found)
    if missing:
        raise StoreError(
            f"the search index triggers {', '.join(missing)} are missing: run `monitor db "
            "upgrade`, or rebuild them (see migrations/versions/0004_search.py)"
        )
