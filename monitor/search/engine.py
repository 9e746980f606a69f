"""Run a `QueryPlan` with filters on SQLite (FTS5) or PostgreSQL (tsvector + GIN), one page.

The candidates are the posts satisfying every group of the plan (a group: its words in the text,
or, for a place, a mention of it), intersected; they are ranked by BM25 (SQLite) or
`ts_rank_cd` (PostgreSQL) of the whole query, then filtered and paged. With an empty plan every
post is a candidate (the dashboard's feed). Text SQL with bound parameters: the query string
never reaches the SQL text, only bound parameters do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import BindParameter, bindparam, text
from sqlalchemy.orm import Session

from monitor.alerts.entries import Entry, load_entries
from monitor.errors import StoreError
from monitor.search.query import Group, QueryPlan, Word, fts5_expression, tsquery_expression
from monitor.search.snippet import Segment, highlight_spans, make_snippet
from monitor.store.models import UTCDateTime

# Must stay identical to the expression of the GIN index created by migration 0005.
PG_TSVECTOR = "to_tsvector('simple'::regconfig, translate(p.text, 'ёЁ', 'ее'))"
FTS_TRIGGERS = ("posts_fts_ai", "posts_fts_ad", "posts_fts_au")


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
    entry: Entry
    score: float
    snippet: list[Segment]


@dataclass(slots=True)
class SearchPage:
    hits: list[SearchHit]
    limit: int
    offset: int
    has_more: bool
    plan: QueryPlan = field(repr=False)


class _Sql:
    """Accumulates SQL fragments and their bound parameters."""

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

    def text_match(self, words: tuple[Word, ...], name: str) -> str:
        """SELECT of the post ids whose text holds every word."""
        if self.dialect == "sqlite":
            expr = self.bind(name, fts5_expression(words))
            return f"SELECT rowid AS post_id FROM posts_fts WHERE posts_fts MATCH {expr}"
        expr = self.bind(name, tsquery_expression(words))
        return (
            f"SELECT p.id AS post_id FROM posts p "
            f"WHERE {PG_TSVECTOR} @@ to_tsquery('simple', {expr})"
        )

    def ranked(self, words: tuple[Word, ...]) -> str:
        """SELECT of (post_id, score), lower score = better, for posts holding every word."""
        if self.dialect == "sqlite":
            expr = self.bind("q_all", fts5_expression(words))
            return (
                "SELECT rowid AS post_id, bm25(posts_fts) AS score FROM posts_fts "
                f"WHERE posts_fts MATCH {expr}"
            )
        expr = self.bind("q_all", tsquery_expression(words))
        query = f"to_tsquery('simple', {expr})"
        return (
            f"SELECT p.id AS post_id, -ts_rank_cd({PG_TSVECTOR}, {query}) AS score "
            f"FROM posts p WHERE {PG_TSVECTOR} @@ {query}"
        )

    def group(self, index: int, group: Group) -> str:
        parts = []
        if group.words:
            parts.append(self.text_match(group.words, f"q_{index}"))
        if group.place_keys:
            keys = self.bind(f"gk_{index}", group.place_keys, expanding=True)
            parts.append(
                "SELECT m.post_id FROM mentions m JOIN places pl ON pl.id = m.place_id "
                f"WHERE pl.key IN {keys}"
            )
        return " UNION ".join(parts)


def _source(sql: _Sql, plan: QueryPlan) -> tuple[str, str, str]:
    """(WITH clause, FROM clause, score expression) for the candidates of `plan`."""
    if plan.empty:
        return "", "posts p", "0.0"
    all_words = tuple(w for g in plan.groups for w in g.words)
    if not plan.place_keys:
        return (
            f"WITH ranked AS ({sql.ranked(all_words)}) ",
            ("ranked r JOIN posts p ON p.id = r.post_id"),
            "r.score",
        )
    ctes = [f"g{i} AS ({sql.group(i, g)})" for i, g in enumerate(plan.groups)]
    ctes.append(
        "cand AS ("
        + " INTERSECT ".join(f"SELECT post_id FROM g{i}" for i in range(len(plan.groups)))
        + ")"
    )
    source = "cand JOIN posts p ON p.id = cand.post_id"
    score = "0.0"
    if all_words:
        ctes.append(f"ranked AS MATERIALIZED ({sql.ranked(all_words)})")
        source += " LEFT JOIN ranked r ON r.post_id = p.id"
        score = "coalesce(r.score, 0.0)"
    return "WITH " + ", ".join(ctes) + " ", source, score


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


_ORDER = {
    Order.rank: "score, p.posted_at DESC, p.id DESC",
    Order.newest: "p.posted_at DESC, p.id DESC",
    Order.oldest: "p.posted_at, p.id",
}


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
    dialect = session.get_bind().dialect.name
    sql = _Sql(dialect)
    with_clause, source, score = _source(sql, plan)
    where = _filters(sql, filters)
    if plan.empty and order is Order.rank:
        order = Order.newest  # nothing to rank by
    statement = (
        f"{with_clause}SELECT p.id, {score} AS score FROM {source} "
        "JOIN channels c ON c.id = p.channel_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {_ORDER[order]}"
        + f" LIMIT {sql.bind('limit', limit + 1)} OFFSET {sql.bind('offset', offset)}"
    )
    query = text(statement)
    binds: list[BindParameter[Any]] = [bindparam(n, expanding=True) for n in sql.expanding]
    binds += [bindparam(n, type_=t) for n, t in sql.typed.items()]
    if binds:
        query = query.bindparams(*binds)
    rows = session.execute(query, sql.params).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    entries = load_entries(session, [row[0] for row in rows])
    scores = {row[0]: float(row[1]) for row in rows}
    hits = [
        SearchHit(e, scores[e.post_id], make_snippet(e.text, highlight_spans(e, plan)))
        for e in entries
    ]
    return SearchPage(hits, limit, offset, has_more, plan)


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
            "upgrade`, or rebuild them (see migrations/versions/0005_search.py)"
        )
