"""Migration 0008 on a populated PostgreSQL table: the stored tsvector is filled for the posts
already there, kept current on insert and update, indexed, and what search reads."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, text

from monitor.search.query import Term, Word
from monitor.search.sql import COARSE, COARSE_BASE, FINE, ID_BUCKET, Sql, buckets
from monitor.store.db import make_engine
from monitor.store.migrate import alembic_config, upgrade
from tests.conftest import pg_schema
from tests.rows import insert_channel

pytestmark = pytest.mark.postgres

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _add_post(engine: Engine, post_id: int, body: str) -> None:
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO posts (id, channel_id, message_id, posted_at, text, text_hash, "
                "missing_polls, first_seen_at, last_seen_at) "
                "VALUES (:i, 1, :i, :t, :b, 'h', 0, :t, :t)"
            ),
            {"i": post_id, "t": NOW, "b": body},
        )


def _vector(engine: Engine, post_id: int) -> str:
    with engine.connect() as connection:
        return str(
            connection.execute(
                text("SELECT text_search FROM posts WHERE id = :i"), {"i": post_id}
            ).scalar_one()
        )


def _index(engine: Engine, name: str) -> str | None:
    with engine.connect() as connection:
        found = connection.execute(
            text(
                "SELECT indexdef FROM pg_indexes WHERE indexname = :n "
                "AND schemaname = current_schema()"
            ),
            {"n": name},
        ).scalar()
    return None if found is None else str(found)


def _downgrade_with_a_channel(engine: Engine, config: Config, revision: str) -> None:
    """The schema as of `revision`, with one channel for posts to belong to."""
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
        insert_channel(connection, NOW)


def test_migration_fills_the_column_of_existing_posts_and_keeps_it_current() -> None:
    with pg_schema("tsv") as url:
        engine = make_engine(url)
        config = alembic_config(engine)
        _downgrade_with_a_channel(engine, config, "0007")
        _add_post(engine, 1, "Штурм Суджи: ВСУ отошли на север, «Ёлки» под огнём")
        upgrade(engine)
        assert _vector(engine, 1) == (
            "'всу':3 'елки':7 'на':5 'огнем':9 'отошли':4 'под':8 'север':6 'суджи':2 'штурм':1"
        )
        _add_post(engine, 2, "Дрон над Суджей")
        with engine.begin() as connection:
            connection.execute(text("UPDATE posts SET text = 'Газопровод' WHERE id = 1"))
            found = connection.execute(
                text(
                    "SELECT id FROM posts WHERE text_search @@ to_tsquery('simple', 'суджей') "
                    "UNION ALL SELECT id FROM posts "
                    "WHERE text_search @@ to_tsquery('simple', 'газопровод')"
                )
            ).scalars()
            assert sorted(found) == [1, 2]
        assert "text_search)" in _index(engine, "ix_posts_recent_text_search")
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0007")
        with engine.connect() as connection:
            columns = connection.execute(
                text(
                    "SELECT column_name FROM information_schema.columns "
                    "WHERE table_name = 'posts' AND table_schema = current_schema()"
                )
            ).scalars()
            assert "text_search" not in set(columns)
        engine.dispose()


def test_migration_0010_indexes_existing_posts_by_id_bucket_and_text_and_goes_back() -> None:
    """0010 replaces the text-only GIN index on a populated table; the recent-span condition
    of monitor.search.sql (ID_BUCKET) is one the new index answers; downgrade restores 0008's."""
    with pg_schema("tsv10") as url:
        engine = make_engine(url)
        config = alembic_config(engine)
        _downgrade_with_a_channel(engine, config, "0009")
        assert _index(engine, "ix_posts_text_search") is not None
        for post_id in (1, 5000, 9000):
            _add_post(engine, post_id, f"Штурм Суджи, сводка {post_id}")
        upgrade(engine)
        assert _index(engine, "ix_posts_text_search") is None
        assert "gin ((ARRAY[(id / 4096), (524288 + (id / 65536))]), text_search)" in str(
            _index(engine, "ix_posts_recent_text_search")
        )
        recent = (
            f"FROM posts p WHERE {ID_BUCKET} && CAST(:b AS integer[]) "
            "AND p.text_search @@ to_tsquery('simple', 'штурм')"
        )
        with engine.begin() as connection:
            connection.execute(text("SET LOCAL enable_seqscan = off"))
            found = connection.execute(text(f"SELECT p.id {recent}"), {"b": [1, 2]}).scalars()
            assert sorted(found) == [5000, 9000]
            plan = connection.execute(text(f"EXPLAIN SELECT p.id {recent}"), {"b": [2]}).scalars()
            assert "ix_posts_recent_text_search" in "\n".join(plan)
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0009")
        assert _index(engine, "ix_posts_recent_text_search") is None
        assert "gin (text_search)" in str(_index(engine, "ix_posts_text_search"))
        engine.dispose()


@pytest.mark.parametrize(
    ("floor", "newest"), [(0, 10), (5000, 9000), (65536, 300_000), (70_000, 1_000_000)]
)
def test_the_buckets_of_a_span_hold_every_id_above_its_floor_and_little_below(
    floor: int, newest: int
) -> None:
    wanted = set(buckets(floor, newest))

    def named(post_id: int) -> bool:  # ID_BUCKET's elements, as the index holds them
        return bool({post_id // FINE, COARSE_BASE + post_id // COARSE} & wanted)

    assert all(named(i) for i in range(floor + 1, newest + COARSE))
    assert not any(
        named(i) for i in range(max(0, floor // FINE * FINE - 5000), floor // FINE * FINE)
    )
    assert len(wanted) <= COARSE // FINE + newest // COARSE + 2


@pytest.mark.parametrize(("floor", "named"), [(900_000, True), (400_000, True), (300_000, False)])
def test_a_span_of_most_ids_is_tested_by_id_alone(floor: int, named: bool) -> None:
    """Naming the buckets of a span costs GIN a step for every id in them: for a span of at
    least two thirds of the ids (sql.LONG_SPAN) the few matches below it are cheaper to drop
    by their id."""
    sql = Sql("postgresql")
    branch = sql.text_branch((Word("бой", (Term(("бой",)),)),), "q_all", scored=True)
    sql.newer_than(branch, floor, 1_000_000)
    assert any(ID_BUCKET in condition for condition in branch.where) is named
    assert branch.where[-1] == "p.id + 0 > :floor" and sql.params["floor"] == floor
