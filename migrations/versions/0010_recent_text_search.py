"""search: the PostgreSQL text index also keyed by id bucket; mentions indexed by surface

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03

Search ranks the most recent matches (monitor.search.engine), looked for among the most recent
posts first. A GIN index on `text_search` alone cannot be read for a range of posts: a bitmap
of every match of a frequent word is built first (150,000 for «газопровод» at a million
posts: 70-140 ms) and only then cut to the range. This index adds a first column, the post's
id buckets (`id / 4096` and, offset past those, `id / 65536`, as an array so core GIN indexes
them), and a search asks for the recent buckets too: GIN then skips through the word's posting
lists to those buckets and reads a few thousand entries (3-8 ms). A query on the text alone uses the same index, so it
replaces `ix_posts_text_search`. Built with CREATE INDEX on a populated table (one GIN build,
under a lock that blocks writes to `posts` meanwhile).

`ix_mentions_place_id_surface` (both backends): PostgreSQL search lists the distinct surfaces
of a place's mentions (monitor.search.sql.other_surfaces) by skipping through this index, a
few probes instead of reading every mention of the place.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Must stay identical to monitor.search.sql.ID_BUCKET (the planner matches the expression).
BUCKET = "(ARRAY[(id / 4096), (524288 + (id / 65536))])"


def upgrade() -> None:
    op.create_index("ix_mentions_place_id_surface", "mentions", ["place_id", "surface"])
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"CREATE INDEX ix_posts_recent_text_search ON posts USING gin ({BUCKET}, text_search)"
    )
    op.execute("DROP INDEX IF EXISTS ix_posts_text_search")
    op.execute("ANALYZE posts")


def downgrade() -> None:
    op.drop_index("ix_mentions_place_id_surface", table_name="mentions")
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE INDEX IF NOT EXISTS ix_posts_text_search ON posts USING gin (text_search)")
    op.execute("DROP INDEX IF EXISTS ix_posts_recent_text_search")
