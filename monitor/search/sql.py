"""The SQL pieces of a search, for SQLite (FTS5) and PostgreSQL (tsvector + GIN): the ways a
post becomes a candidate (`branches`), the filters as conditions (`filter_conditions`), and
`Sql`, which collects the fragments and their bound parameters. `engine` puts them together
into statements (see its docstring for the ranking window). The query string never reaches the
SQL text, only bound parameters do.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import TextClause, bindparam, text

from monitor.search.filters import SearchFilters
from monitor.search.query import Group, QueryPlan, Word, fts5_expression, tsquery_expression
from monitor.store.types import UTCDateTime

# The stored tsvector of migration 0008 (GIN-indexed): matching and ranking read it instead of
# parsing each post's text again.
PG_TSVECTOR = "p.text_search"
# The post's id buckets, the first column of migration 0010's GIN index: a search among recent
# posts names their buckets too, and GIN then reads only those buckets' part of each word's
# postings instead of every match in the table. Two sizes, so a long span is named by a few
# coarse buckets (each entry named costs GIN a step for every match) and fine ones at its start.
ID_BUCKET = "ARRAY[p.id / 4096, 524288 + p.id / 65536]"
FINE, COARSE = 4096, 65536
COARSE_BASE = 524288  # above every fine bucket of a 32-bit id
# Coarse buckets asked for beyond the newest id seen: posts stored while the search runs.
SPARE_BUCKETS = 2
# A span of at least this share of all ids names no buckets: GIN pays for every id of the
# buckets named (it merges their postings with the words'), the plain test of the id only for
# the matches below the floor, here at most half as many as in the span («Курская область»
# at a million posts: a span of 73% of the ids, 6-10 ms less).
LONG_SPAN = 2 / 3


def buckets(floor: int, newest: int) -> list[int]:
    """The buckets of ID_BUCKET that hold every id above `floor` (up to past `newest`): fine
    ones up to the first coarse boundary, coarse ones after it."""
    boundary = -(-floor // COARSE)
    fine = range(floor // FINE, boundary * (COARSE // FINE))
    coarse = range(COARSE_BASE + boundary, COARSE_BASE + newest // COARSE + SPARE_BUCKETS)
    return [*fine, *coarse]


@dataclass(slots=True)
class Branch:
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
    # Score only the window's posts, after picking them by id (PostgreSQL: otherwise every
    # match of a frequent word is ranked, and sorted with its score, before the LIMIT).
    late_score: bool = False

    def select(self, where: list[str], *, by_time: bool = False, timed: bool = False) -> str:
        """SELECT of (id, score), with `timed` (id, score, posted_at), or with `by_time` (id,
        posted_at), of the branch's posts that also meet `where` (conditions on the post `p`
        and its channel `c`), unordered."""
        columns = f"{self.key} AS id, " + ("p.posted_at" if by_time else f"{self.score} AS score")
        if timed:
            columns += ", p.posted_at"
        return self._select(columns, where, reads_post=by_time or timed)

    def _select(self, columns: str, where: list[str], *, reads_post: bool) -> str:
        source = self.source
        if (where or reads_post) and not self.has_posts:
            source += f" JOIN posts p ON p.id = {self.key}"
        if where:
            source += " JOIN channels c ON c.id = p.channel_id"
        conditions = self.where + where
        where_clause = " WHERE " + " AND ".join(conditions) if conditions else ""
        return f"SELECT {'DISTINCT ' if self.distinct else ''}{columns} FROM {source}{where_clause}"

    def carried(self, where: list[str], limit: str) -> str:
        """PostgreSQL: the branch's `limit` most recent posts meeting `where`, unscored, as (id,
        vector, posted_at) for `merged_window`: the post's tsvector if the branch scores it,
        its time if the branch reads the post anyway, NULL otherwise (a mention branch's rows
        are cut before any post is read)."""
        reads_post = self.has_posts or bool(where)
        vector = PG_TSVECTOR if self.late_score else "NULL::tsvector"
        posted = "p.posted_at" if reads_post else "NULL::timestamptz"
        columns = f"{self.key} AS id, {vector} AS vector, {posted} AS posted_at"
        body = self._select(columns, where, reads_post=reads_post)
        return f"{body} ORDER BY {self.key} DESC LIMIT {limit}"

    def newest(
        self, where: list[str], limit: str, *, bounded: bool = False, timed: bool = True
    ) -> str:
        """The branch's `limit` most recent posts meeting `where`: (id, score, posted_at), or
        without `timed` (id, score). `bounded`: the branch holds few more posts than `limit`
        (a recent span), so a late score's vector is carried through the cut (each row is read
        once) and only the posts kept are ranked."""
        if not timed and not self.late_score:  # SQLite: the time is read for the merged window
            return f"{self.select(where)} ORDER BY {self.key} DESC LIMIT {limit}"
        if self.has_posts and bounded and self.late_score:
            # ts_rank costs up to 8 µs a post for a query of a hundred forms: not for the
            # span's posts beyond the window (half as many again). The sort holds a few
            # thousand vectors, well within work_mem.
            carried = replace(self, score=PG_TSVECTOR, late_score=False)
            cut = f"{carried.select(where, timed=True)} ORDER BY {self.key} DESC LIMIT {limit}"
            score = self.score.replace(PG_TSVECTOR, "n.score")
            return f"SELECT n.id, {score} AS score, n.posted_at FROM ({cut}) n"
        if self.has_posts and not self.late_score:
            return f"{self.select(where, timed=True)} ORDER BY {self.key} DESC LIMIT {limit}"
        late = self.late_score and not bounded
        ids = replace(self, score="0.0" if late else self.score, late_score=False)
        cut = f"{ids.select(where)} ORDER BY {self.key} DESC LIMIT {limit}"
        # The post's row is read once, after the cut, for its time (and the late score).
        score = self.score if late else "n.score"
        return (
            f"SELECT n.id, {score} AS score, p.posted_at FROM ({cut}) n JOIN posts p ON p.id = n.id"
        )


def merged_window(found: list[Branch], where: list[str], limit: str) -> str:
    """PostgreSQL: SELECT of (id, score, posted_at) of the `limit` most recent posts of the
    branches `found` together, each branch cut to its own `limit` first. Only the merged
    window's posts are ranked: each branch holds about a window, so ranking them (up to 12 µs
    a post for a two-word phrase of some 25 forms) before the merge spent a third of that work
    on posts the merge drops. A post of the scored branch keeps that branch's vector (its
    score is below zero, the others' 0.0, as `min` picks in the unmerged window). The time of
    a post only a mention branch found, which read no post, is NULL here: `engine` reads it
    only when the page reaches the posts scored 0.0 (see `_Statements.ranked`)."""
    union = " UNION ALL ".join(f"SELECT * FROM ({b.carried(where, limit)}) b{i}"
                               for i, b in enumerate(found))  # fmt: skip
    merged = (
        f"SELECT DISTINCT ON (id) id, vector, posted_at FROM ({union}) u "
        f"ORDER BY id DESC, vector IS NULL, posted_at IS NULL LIMIT {limit}"
    )
    scored = [b for b in found if b.late_score]
    rank = scored[0].score.replace(PG_TSVECTOR, "w.vector") if scored else "0.0"
    return (
        f"SELECT w.id, CASE WHEN w.vector IS NULL THEN 0.0 ELSE {rank} END AS score, w.posted_at "
        f"FROM ({merged}) w"
    )


class Sql:
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

    def text_branch(self, words: tuple[Word, ...], name: str, *, scored: bool) -> Branch:
        """The posts whose text holds every word, from the text index; `scored`: scored by
        `words` (see the docstring of `engine`), otherwise 0.0."""
        if self.dialect == "sqlite":
            match = f"posts_fts MATCH {self.bind(name, fts5_expression(words))}"
            score = "bm25(posts_fts)" if scored else "0.0"
            return Branch("posts_fts", [match], "posts_fts.rowid", score)
        query = f"to_tsquery('simple', {self.bind(name, tsquery_expression(words))})"
        # ts_rank, not ts_rank_cd: cover density costs some 20 times more a post when a word
        # stands for a hundred forms.
        score = f"-ts_rank({PG_TSVECTOR}, {query})" if scored else "0.0"
        # Ordered by `p.id + 0`, which no index provides: PostgreSQL then takes the matches
        # from the GIN index and sorts them, instead of walking the primary key backwards and
        # testing every post's tsvector until the window is full (26 s for a rare word at 1M).
        match = f"{PG_TSVECTOR} @@ {query}"
        return Branch("posts p", [match], "p.id + 0", score, has_posts=True, late_score=scored)

    def newer_than(self, branch: Branch, floor: int, newest: int) -> None:
        """Restrict `branch` to the posts with ids above `floor` (`newest`: the highest id)."""
        bound = self.bind("floor", floor)
        if branch.key != "p.id + 0":
            branch.where.append(f"{branch.key} > {bound}")
            return
        if newest - floor >= LONG_SPAN * newest:
            branch.where.append(f"p.id + 0 > {bound}")
            return
        # `p.id + 0`: not the primary key's range (a bitmap of every id in it), the buckets'.
        wanted = self.bind("buckets", buckets(floor, newest))
        branch.where += [f"{ID_BUCKET} && CAST({wanted} AS integer[])", f"p.id + 0 > {bound}"]

    def mention_branch(
        self,
        keys: tuple[str, ...],
        name: str,
        *,
        surfaces: tuple[str, ...] = (),
        words: tuple[Word, ...] = (),
    ) -> Branch:
        """The posts the analyzer linked to any of the places `keys` (a post may mention a
        place more than once); only by one of `surfaces` if given; PostgreSQL: with `words`,
        only posts whose text holds them too (the mentions drive, the post's vector is a test)."""
        keys_param = self.bind(name, keys, expanding=True)
        branch = Branch(
            "mentions m JOIN places pl ON pl.id = m.place_id",
            [f"pl.key IN {keys_param}"],
            "m.post_id",
            distinct=True,
        )
        if surfaces:
            branch.where.append(f"m.surface IN {self.bind(name + '_s', surfaces, expanding=True)}")
        if words:
            query = f"to_tsquery('simple', {self.bind('q_text', tsquery_expression(words))})"
            branch.source += " JOIN posts p ON p.id = m.post_id"
            branch.has_posts = True
            branch.where.append(f"{PG_TSVECTOR} @@ {query}")
        return branch

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


def branches(sql: Sql, plan: QueryPlan, others: tuple[str, ...] | None = None) -> list[Branch]:
    """The candidates as a union of branches: the posts whose text holds every word of the
    query (scored), and for each place group the posts mentioning the place that satisfy the
    other groups (score 0.0: after every text match). A post in both keeps its text score.
    `others` (PostgreSQL, a plan with one place group, see `other_surfaces`): the surfaces
    that put a mention in the place's branch; the others' posts are in the text branch."""
    if plan.empty:
        return [Branch("posts p", [], "p.id", has_posts=True)]
    words = tuple(w for g in plan.groups for w in g.words)
    text_words = tuple(w for g in plan.groups if not g.place_keys for w in g.words)
    places = [(i, g) for i, g in enumerate(plan.groups) if g.place_keys]
    branches = []
    if words and all(g.words for _, g in places):
        branches.append(sql.text_branch(words, "q_all", scored=True))
    for index, group in places:
        keys = f"gk_{index}"
        if others is not None:
            if others:
                branches.append(
                    sql.mention_branch(group.place_keys, keys, surfaces=others, words=text_words)
                )
            continue
        if text_words:  # the other words' index scan drives; the mention is a test
            branch = sql.text_branch(text_words, "q_text", scored=False)
            mentioned = sql.mention_ids(group.place_keys, keys)
            branch.where.append(f"{sql.unindexed(branch.key)} IN ({mentioned})")
        else:
            branch = sql.mention_branch(group.place_keys, keys)
        branch.where.extend(sql.place_test(branch.key, i, g) for i, g in places if i != index)
        branches.append(branch)
    return branches


def other_surfaces(plan: QueryPlan) -> TextClause | None:
    """PostgreSQL, for a plan with one place group that has words: SELECT of the distinct
    surfaces of the place's mentions that may not hold the group's words as the text index
    does. A mention whose surface holds them (parsed as the index parses the text: the surface
    is the text's own words there) has its post in the text branch whenever the post holds the
    query's other words, so only these surfaces need the place's branch: Latin spellings,
    forms the query does not expand to, and, to be safe, any with a letter or digit a URL or
    a host could swallow, or cut at the column's length. None when the plan has no such group.
    (A mention not yet re-analysed after an edit may name words the text no longer holds.)"""
    places = [g for g in plan.groups if g.place_keys]
    if len(places) != 1 or not places[0].words:
        return None
    sql = Sql("postgresql")
    keys = sql.bind("gk", places[0].place_keys, expanding=True)
    query = f"to_tsquery('simple', {sql.bind('q_place', tsquery_expression(places[0].words))})"
    vector = "to_tsvector('simple', translate(s.surface, 'ёЁ', 'ее'))"
    # Each next surface of a place is the least one above the last (an index probe each).
    least = "SELECT min(m.surface) FROM mentions m WHERE m.place_id = {0}"
    return sql.statement(
        f"WITH RECURSIVE s(place_id, surface) AS (SELECT pl.id, ({least.format('pl.id')}) "
        f"FROM places pl WHERE pl.key IN {keys} UNION ALL SELECT s.place_id, "
        f"({least.format('s.place_id')} AND m.surface > s.surface) "
        "FROM s WHERE s.surface IS NOT NULL) "
        "SELECT DISTINCT s.surface FROM s WHERE s.surface IS NOT NULL AND NOT "
        f"(length(s.surface) < 256 AND s.surface !~ '[A-Za-z0-9_]' AND {vector} @@ {query})"
    )


def filter_conditions(sql: Sql, f: SearchFilters) -> list[str]:
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
