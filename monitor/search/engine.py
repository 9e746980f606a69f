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

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.orm import Session

from monitor.errors import StoreError
from monitor.search.query import Group, QueryPlan, Word, fts5_expression, tsquery_expression
from monitor.search.snippet import Segment, highlight_spans, make_snippet
from monitor.store.entries import PostEntry, load_entries
from monitor.store.models import UTCDateTime

# Must stay identical to the expression of the GIN index created by migration 0004.
PG_TSVECTOR = "to_tsvector('simple'::regconfig, translate(p.text, 'ёЁ', 'ее'))"
FTS_TRIGGERS = ("posts_fts_ai", "posts_fts_ad", "posts_fts_au")
# How many of the most recent candidates are ranked (see the module docstring). At a million
# posts, scoring 5,000 takes about 10 ms on SQLite.
RANK_WINDOW = 5_000


class Order(StrEnum):
    rank = "rank"
    newest = "newest"
    oldest = "oldest"


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Each sequence: any of its values. `edited`/`deleted`: None = either way."""

    channels: Sequence[str] = ()
    sides: Sequence[str] = ()
    places: Sequence[str] = ()
    claim_types: Sequence[str] = ()
    since: datetime | None = None
    until: datetime | None = None
    edited: bool | None = None
    deleted: bool | None = None
    flagged_only: bool = False


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


@dataclass(slots=True)
class _Branch:
    """One way for a post to be a candidate, as SQL: the FROM clause and its conditions; `key`,
    the post id as the driving table yields it (ordering by it lets FTS5, or an index, hand
    out rows newest first and stop at the window); the post's score in this branch; whether
    the FROM clause already holds the post as `p`; whether it may yield a post twice."""

    source: str
    where: list[str]
    key: str
    score: str = "0.0"
    has_posts: bool = False
    distinct: bool = False

    def select(self, where: list[str], *, by_time: bool = False) -> str:
        """SELECT of (id, score), or with `by_time` (id, posted_at), of the branch's posts
        that also meet `where` (conditions on the post `p` and its channel `c`), unordered."""
        source = self.source
        if (where or by_time) and not self.has_posts:
            source += f" JOIN posts p ON p.id = {self.key}"
        if where:
            source += " JOIN channels c ON c.id = p.channel_id"
        columns = f"{self.key} AS id, " + ("p.posted_at" if by_time else f"{self.score} AS score")
        conditions = self.where + where
        where_clause = " WHERE " + " AND ".join(conditions) if conditions else ""
        return f"SELECT {'DISTINCT ' if self.distinct else ''}{columns} FROM {source}{where_clause}"

    def newest(self, where: list[str], limit: str) -> str:
        """The branch's `limit` most recent posts meeting `where`: (id, score)."""
        return f"{self.select(where)} ORDER BY {self.key} DESC LIMIT {limit}"


class _Sql:
    """Accumulates SQL fragments and their bound parameters, for one statement."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.params: dict[str, Any] = {}
        self.expanding: set[str] = set()
        self.typed: dict[str, Any] = {}

    def bind(self, name: str, value: Any, *, expanding: bool = False, typed: Any = None) -> str:
        self.params[name] = list(value) if expanding else value
        if expanding:
            self.expanding.add(name)
        if typed is not None:
            self.typed[name] = typed
        return f":{name}"

    def statement(self, sql: str) -> TextClause:
        """`sql` with the parameters bound to it."""
        binds = [
            bindparam(name, value, expanding=name in self.expanding, type_=self.typed.get(name))
            for name, value in self.params.items()
        ]
        return text(sql).bindparams(*binds)

    def unindexed(self, column: str) -> str:
        """`column` as an expression SQLite will not hand to FTS5 as a rowid constraint (FTS5
        would run the whole MATCH once per value of an IN list)."""
        return f"+{column}" if self.dialect == "sqlite" else column

    def text_branch(self, words: tuple[Word, ...], name: str, *, scored: bool) -> _Branch:
        """The posts whose text holds every word, from the text index; `scored`: scored by
        `words` (see the module docstring), otherwise 0.0."""
        if self.dialect == "sqlite":
            match = f"posts_fts MATCH {self.bind(name, fts5_expression(words))}"
            score = "bm25(posts_fts)" if scored else "0.0"
            return _Branch("posts_fts", [match], "posts_fts.rowid", score)
        query = f"to_tsquery('simple', {self.bind(name, tsquery_expression(words))})"
        # ts_rank, not ts_rank_cd: cover density costs some 20 times more a post when a word
        # stands for a hundred forms, and the ranking re-parses each post's text anyway.
        score = f"-ts_rank({PG_TSVECTOR}, {query})" if scored else "0.0"
        # Ordered by `p.id + 0`, which no index provides: PostgreSQL then takes the matches
        # from the GIN index and sorts them, instead of walking the primary key backwards and
        # parsing every post's text until the window is full (26 s for a rare word at 1M).
        match = f"{PG_TSVECTOR} @@ {query}"
        return _Branch("posts p", [match], "p.id + 0", score, has_posts=True)

    def mention_branch(self, keys: tuple[str, ...], name: str) -> _Branch:
        """The posts the analyzer linked to any of the places `keys` (a post may mention a
        place more than once)."""
        keys_param = self.bind(name, keys, expanding=True)
        return _Branch(
            "mentions m JOIN places pl ON pl.id = m.place_id",
            [f"pl.key IN {keys_param}"],
            "m.post_id",
            distinct=True,
        )

    def text_ids(self, words: tuple[Word, ...], name: str) -> str:
        """SELECT of the ids of the posts whose text holds every word."""
        if self.dialect == "sqlite":
            match = self.bind(name, fts5_expression(words))
            return f"SELECT rowid FROM posts_fts WHERE posts_fts MATCH {match}"
        query = f"to_tsquery('simple', {self.bind(name, tsquery_expression(words))})"
        return f"SELECT p.id FROM posts p WHERE {PG_TSVECTOR} @@ {query}"

    def mention_ids(self, keys: tuple[str, ...], name: str) -> str:
        keys_param = self.bind(name, keys, expanding=True)
        return (
            "SELECT m.post_id FROM mentions m JOIN places pl ON pl.id = m.place_id "
            f"WHERE pl.key IN {keys_param}"
        )

    def place_test(self, key: str, index: int, group: Group) -> str:
        """The condition that the post `key` satisfies a place group: its words or a mention."""
        key = self.unindexed(key)
        tests = [f"{key} IN ({self.mention_ids(group.place_keys, f'gk_{index}')})"]
        if group.words:
            tests.insert(0, f"{key} IN ({self.text_ids(group.words, f'q_{index}')})")
        return "(" + " OR ".join(tests) + ")"

    def scores(self, words: tuple[Word, ...], ids: str) -> str:
        """SELECT of (id, score) for the posts of the CTE `ids` whose text holds every word. On
        SQLite the rowid range keeps FTS5 from reading, and `+rowid IN` from scoring, matches
        outside `ids`."""
        if self.dialect == "sqlite":
            return (
                "SELECT rowid AS id, bm25(posts_fts) AS score FROM posts_fts "
                f"WHERE posts_fts MATCH {self.bind('q_all', fts5_expression(words))} "
                f"AND rowid BETWEEN (SELECT min(id) FROM {ids}) AND (SELECT max(id) FROM {ids}) "
                f"AND +rowid IN (SELECT id FROM {ids})"
            )
        query = f"to_tsquery('simple', {self.bind('q_all', tsquery_expression(words))})"
        return (
            f"SELECT p.id, -ts_rank({PG_TSVECTOR}, {query}) AS score FROM posts p "
            f"WHERE p.id IN (SELECT id FROM {ids}) AND {PG_TSVECTOR} @@ {query}"
        )


def _branches(sql: _Sql, plan: QueryPlan) -> list[_Branch]:
    """The candidates as a union of branches: the posts whose text holds every word of the
    query (scored), and for each place group the posts mentioning the place that satisfy the
    other groups (score 0.0: after every text match). A post in both keeps its text score."""
    if plan.empty:
        return [_Branch("posts p", [], "p.id", has_posts=True)]
    words = tuple(w for g in plan.groups for w in g.words)
    text_words = tuple(w for g in plan.groups if not g.place_keys for w in g.words)
    places = [(i, g) for i, g in enumerate(plan.groups) if g.place_keys]
    branches = []
    if words and all(g.words for _, g in places):
        branches.append(sql.text_branch(words, "q_all", scored=True))
    for index, group in places:
        if text_words:  # the other words' index scan drives; the mention is a test
            branch = sql.text_branch(text_words, "q_text", scored=False)
            mentioned = sql.mention_ids(group.place_keys, f"gk_{index}")
            branch.where.append(f"{sql.unindexed(branch.key)} IN ({mentioned})")
        else:
            branch = sql.mention_branch(group.place_keys, f"gk_{index}")
        branch.where.extend(sql.place_test(branch.key, i, g) for i, g in places if i != index)
        branches.append(branch)
    return branches


def _filters(sql: _Sql, f: SearchFilters) -> list[str]:
    where: list[str] = []
    if f.channels:
        names = sql.bind("f_channels", [c.lstrip("@").lower() for c in f.channels], expanding=True)
        where.append(f"lower(c.username) IN {names}")
    if f.sides:
        where.append(f"c.side IN {sql.bind('f_sides', f.sides, expanding=True)}")
    if f.places:
        keys = sql.bind("f_places", f.places, expanding=True)
        where.append(
            "(EXISTS (SELECT 1 FROM mentions m JOIN places pl ON pl.id = m.place_id "
            f"WHERE m.post_id = p.id AND pl.key IN {keys}) OR EXISTS (SELECT 1 FROM claims cl "
            f"JOIN places pl ON pl.id = cl.place_id WHERE cl.post_id = p.id AND pl.key IN {keys}))"
        )
    if f.claim_types:
        types = sql.bind("f_claims", f.claim_types, expanding=True)
        where.append(
            f"EXISTS (SELECT 1 FROM claims cl WHERE cl.post_id = p.id AND cl.claim_type IN {types})"
        )
    if f.since is not None:
        where.append(f"p.posted_at >= {sql.bind('f_since', f.since, typed=UTCDateTime())}")
    if f.until is not None:
        where.append(f"p.posted_at < {sql.bind('f_until', f.until, typed=UTCDateTime())}")
    if f.edited is not None:
        where.append(f"p.edited_at IS {'NOT ' if f.edited else ''}NULL")
    if f.deleted is not None:
        where.append(f"p.deleted_at IS {'NOT ' if f.deleted else ''}NULL")
    if f.flagged_only:
        where.append(
            "(EXISTS (SELECT 1 FROM mentions m JOIN places pl ON pl.id = m.place_id "
            "WHERE m.post_id = p.id AND pl.tracked) "
            "OR EXISTS (SELECT 1 FROM claims cl WHERE cl.post_id = p.id))"
        )
    return where


_TIME_ORDER = {
    Order.newest: "{0}posted_at DESC, {0}id DESC",
    Order.oldest: "{0}posted_at, {0}id",
}


class _Statements:
    """The SQL of one search: which posts, in which order, from which offset."""

    def __init__(self, dialect: str, plan: QueryPlan, filters: SearchFilters) -> None:
        self.dialect = dialect
        self.plan = plan
        self.filters = filters
        self.words = tuple(w for g in plan.groups for w in g.words)

    def ranked(self, limit: int, offset: int) -> TextClause:
        """A page of the window (the RANK_WINDOW most recent candidates), best first."""
        sql = _Sql(self.dialect)
        return sql.statement(
            f"WITH win AS MATERIALIZED ({self._window(sql)}) SELECT w.id, w.score FROM win w "
            "JOIN posts p ON p.id = w.id ORDER BY w.score, p.posted_at DESC, w.id DESC "
            f"LIMIT {sql.bind('limit', limit)} OFFSET {sql.bind('offset', offset)}"
        )

    def by_time(self, order: Order, limit: int, offset: int, after_window: bool) -> TextClause:
        """A page of the candidates newest or oldest first, scored; `after_window`: of those
        older than the ranking window only."""
        sql = _Sql(self.dialect)
        ctes, where = [], _filters(sql, self.filters)
        if after_window:
            ctes.append(f"win AS MATERIALIZED ({self._window(sql)})")
            where.append("p.id < (SELECT min(id) FROM win)")
        selects = [b.select(where, by_time=True) for b in _branches(sql, self.plan)]
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

    def _window(self, sql: _Sql) -> str:
        """SELECT of (id, score) of the RANK_WINDOW most recent candidates: the most recent of
        each branch, merged."""
        where = _filters(sql, self.filters)
        limit = sql.bind("window", RANK_WINDOW)
        newest = [b.newest(where, limit) for b in _branches(sql, self.plan)]
        if len(newest) == 1:
            return newest[0]
        union = " UNION ALL ".join(f"SELECT * FROM ({s}) b{i}" for i, s in enumerate(newest))
        # Text scores are at most zero, so min() keeps a post's text score over its 0.0 for a
        # mention.
        return (
            f"SELECT id, min(score) AS score FROM ({union}) u "
            f"GROUP BY id ORDER BY id DESC LIMIT {limit}"
        )


def search(
    session: Session,
    plan: QueryPlan,
    filters: SearchFilters = SearchFilters(),
    *,
    order: Order = Order.rank,
    limit: int = 50,
    offset: int = 0,
) -> SearchPage:
    """One page of posts matching `plan` and `filters`, with scores and snippets."""
    statements = _Statements(session.get_bind().dialect.name, plan, filters)
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
    hits = [
        SearchHit(e, scores[e.post_id], make_snippet(e.text, highlight_spans(e, plan)))
        for e in entries
    ]
    return SearchPage(hits, limit, offset, has_more, plan)


def _rows(session: Session, statement: TextClause) -> list[tuple[int, float]]:
    """(post id, score) rows."""
    return [(row[0], float(row[1])) for row in session.execute(statement)]


def _ranked_rows(
    session: Session, statements: _Statements, limit: int, offset: int
) -> list[tuple[int, float]]:
    """`limit` rows from `offset` of the ranked window followed by the older candidates,
    which are only read when the page reaches past a full window."""
    rows = _rows(session, statements.ranked(limit, offset))
    if len(rows) < limit and offset + len(rows) >= RANK_WINDOW:
        rest = statements.by_time(
            Order.newest, limit - len(rows), max(0, offset - RANK_WINDOW), after_window=True
        )
        rows += _rows(session, rest)
    return rows


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
