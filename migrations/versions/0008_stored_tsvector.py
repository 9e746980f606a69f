"""search: a stored tsvector column on PostgreSQL, indexed, for matching and ranking

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03

Until now PostgreSQL matched posts against a GIN index on an expression, and `ts_rank` parsed
the text of every ranked post again (64-93% of the slowest searches at a million posts). The
column `posts.text_search` holds that expression, stored and computed by PostgreSQL itself
(a generated column: every insert and update of `text` keeps it current, whatever writes it),
and the GIN index moves to it. Adding a stored generated column rewrites the table, so this
works on a populated table too (it takes the time of one pass over `posts`, under a lock).
The column is not in the models (SQLite has FTS5 instead): `monitor.search.schema` keeps
Alembic's comparison from reporting it. Nothing changes on SQLite.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Must stay identical to the expression of 0004's index (the same words match).
EXPRESSION = "to_tsvector('simple'::regconfig, translate(text, 'ёЁ', 'ее'))"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"ALTER TABLE posts ADD COLUMN text_search tsvector GENERATED ALWAYS AS ({EXPRESSION}) "
        "STORED"
    )
    op.execute("DROP INDEX IF EXISTS ix_posts_text_search")
    op.execute("CREATE INDEX ix_posts_text_search ON posts USING gin (text_search)")
    op.execute("ANALYZE posts")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_posts_text_search")
    op.execute("ALTER TABLE posts DROP COLUMN IF EXISTS text_search")
    op.execute(f"CREATE INDEX ix_posts_text_search ON posts USING gin ({EXPRESSION})")
