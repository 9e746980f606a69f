"""The search index objects that live outside the models, and the filter that keeps Alembic's
model comparison from reporting them.

SQLite: the FTS5 table `posts_fts` (external content over the view `posts_fts_source`, which
folds ё to е) and its shadow tables `posts_fts_*`, kept in sync by the triggers `posts_fts_ai`,
`posts_fts_ad`, `posts_fts_au` (migration 0004). PostgreSQL: the stored generated tsvector column
`posts.text_search` and its GIN index `ix_posts_recent_text_search` on (id bucket, text_search)
(migration 0010; `ix_posts_text_search` of 0008 before it). A later
migration that rebuilds `posts` in SQLite batch mode drops the triggers and must create them
again (`monitor.search.engine.check_index` notices).
"""

from __future__ import annotations

from collections.abc import Mapping

FTS_TABLE = "posts_fts"
PG_INDEXES = frozenset({"ix_posts_text_search", "ix_posts_recent_text_search"})
PG_COLUMN = "text_search"


def include_name(name: str | None, type_: str, parent_names: Mapping[str, str | None]) -> bool:
    """Alembic `include_name` hook: False for the search index objects."""
    if name is None:
        return True
    if type_ == "table" and (name == FTS_TABLE or name.startswith(FTS_TABLE + "_")):
        return False
    if type_ == "column" and name == PG_COLUMN and parent_names.get("table_name") == "posts":
        return False
    return not (type_ == "index" and name in PG_INDEXES)
