"""search: FTS5 (SQLite) / GIN tsvector index (PostgreSQL), analyst views

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

SQLite: `posts_fts` is an FTS5 table with external content: it indexes the view
`posts_fts_source` (post text with ё folded to е, which unicode61 does not fold) and is kept in
sync by three triggers on `posts`. A later migration that rebuilds `posts` in batch mode drops
those triggers: it must run the CREATE TRIGGER statements of SQLITE_SEARCH again.
PostgreSQL: a GIN index on the expression monitor.search.engine.PG_TSVECTOR uses.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FOLD_NEW = "replace(replace(new.text, 'ё', 'е'), 'Ё', 'Е')"
FOLD_OLD = "replace(replace(old.text, 'ё', 'е'), 'Ё', 'Е')"
SQLITE_SEARCH = [
    "CREATE VIEW posts_fts_source AS "
    "SELECT id, replace(replace(text, 'ё', 'е'), 'Ё', 'Е') AS text FROM posts",
    "CREATE VIRTUAL TABLE posts_fts USING fts5(text, content='posts_fts_source', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER posts_fts_ai AFTER INSERT ON posts BEGIN "
    f"INSERT INTO posts_fts(rowid, text) VALUES (new.id, {FOLD_NEW}); END",
    f"CREATE TRIGGER posts_fts_ad AFTER DELETE ON posts BEGIN "
    f"INSERT INTO posts_fts(posts_fts, rowid, text) VALUES ('delete', old.id, {FOLD_OLD}); END",
    f"CREATE TRIGGER posts_fts_au AFTER UPDATE OF text ON posts BEGIN "
    f"INSERT INTO posts_fts(posts_fts, rowid, text) VALUES ('delete', old.id, {FOLD_OLD}); "
    f"INSERT INTO posts_fts(rowid, text) VALUES (new.id, {FOLD_NEW}); END",
    "INSERT INTO posts_fts(posts_fts) VALUES ('rebuild')",
]
PG_SEARCH = [
    "CREATE INDEX ix_posts_text_search ON posts USING gin "
    "(to_tsvector('simple'::regconfig, translate(text, 'ёЁ', 'ее')))",
]

DAY = {
    "sqlite": "date(p.posted_at)",
    "postgresql": "CAST(p.posted_at AT TIME ZONE 'UTC' AS date)",
}
# A claim starts a new cluster when it comes more than three days after the previous one of
# its (type, place, actor): the window of monitor.claims.corroboration.
NEW_CLUSTER = {
    "sqlite": "julianday(p.posted_at) - julianday(lag(p.posted_at) OVER w) > 3",
    "postgresql": "p.posted_at - lag(p.posted_at) OVER w > interval '3 days'",
}


def views(dialect: str) -> dict[str, str]:
    day = DAY[dialect]
    return {
        # Per UTC day and tracked place: posts (and channels) mentioning it or claiming
        # something about it, and how many claims concern it.
        "daily_place_counts": f"""
            SELECT day, place_key, place_name, count(DISTINCT post_id) AS posts,
                   count(DISTINCT channel_id) AS channels, sum(is_claim) AS claims
            FROM (
                SELECT {day} AS day, pl.key AS place_key, pl.name_en AS place_name,
                       p.id AS post_id, p.channel_id, 0 AS is_claim
                FROM mentions m JOIN posts p ON p.id = m.post_id
                JOIN places pl ON pl.id = m.place_id WHERE pl.tracked
                UNION ALL
                SELECT {day}, pl.key, pl.name_en, p.id, p.channel_id, 1
                FROM claims cl JOIN posts p ON p.id = cl.post_id
                JOIN places pl ON pl.id = cl.place_id WHERE pl.tracked
            ) x
            GROUP BY day, place_key, place_name
        """,
        # Claims grouped by (type, place, actor) and split where three days pass without one.
        "claim_clusters": f"""
            WITH ordered AS (
                SELECT cl.id AS claim_id, cl.claim_type, cl.place_id, cl.actor, cl.stance,
                       p.posted_at, c.username AS channel, c.side,
                       CASE WHEN lag(p.posted_at) OVER w IS NULL OR {NEW_CLUSTER[dialect]}
                            THEN 1 ELSE 0 END AS starts
                FROM claims cl JOIN posts p ON p.id = cl.post_id
                JOIN channels c ON c.id = p.channel_id
                WINDOW w AS (PARTITION BY cl.claim_type, cl.place_id, cl.actor
                             ORDER BY p.posted_at, cl.id)
            ), numbered AS (
                SELECT o.*, sum(starts) OVER (
                    PARTITION BY claim_type, place_id, actor ORDER BY posted_at, claim_id
                    ROWS UNBOUNDED PRECEDING) AS cluster_no
                FROM ordered o
            )
            SELECT n.claim_type, pl.key AS place_key, pl.name_en AS place_name, n.actor,
                   n.cluster_no, min(n.posted_at) AS first_at, max(n.posted_at) AS latest_at,
                   count(*) AS claims,
                   count(DISTINCT CASE WHEN n.stance = 'asserted' THEN n.channel END)
                       AS asserting_channels,
                   count(DISTINCT CASE WHEN n.stance = 'asserted' AND n.side = 'ru'
                                       THEN n.channel END) AS asserting_ru,
                   count(DISTINCT CASE WHEN n.stance = 'asserted' AND n.side = 'ua'
                                       THEN n.channel END) AS asserting_ua,
                   count(DISTINCT CASE WHEN n.stance = 'reported' THEN n.channel END)
                       AS reporting_channels,
                   count(DISTINCT CASE WHEN n.stance = 'denied' THEN n.channel END)
                       AS denying_channels
            FROM numbered n LEFT JOIN places pl ON pl.id = n.place_id
            GROUP BY n.claim_type, n.place_id, pl.key, pl.name_en, n.actor, n.cluster_no
        """,
    }


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_SEARCH if dialect == "sqlite" else PG_SEARCH:
        op.execute(statement)
    for name, body in views(dialect).items():
        op.execute(f"CREATE VIEW {name} AS {body}")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name in views(dialect):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    if dialect == "sqlite":
        for trigger in ("posts_fts_ai", "posts_fts_ad", "posts_fts_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS posts_fts")
        op.execute("DROP VIEW IF EXISTS posts_fts_source")
    else:
        op.execute("DROP INDEX IF EXISTS ix_posts_text_search")
