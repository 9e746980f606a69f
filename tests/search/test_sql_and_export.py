"""`monitor sql` refuses every write, at the statement check and again in the database;
exports stream every row with the documented columns; the CLI commands end to end."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import DBAPIError
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import Settings
from monitor.errors import UsageError
from monitor.store.db import session_scope
from monitor.store.export import COLUMNS, export
from monitor.store.models import Claim, Post
from monitor.store.readonly_sql import check_statement, readonly_connection, run_query

REPO = Path(__file__).resolve().parents[2]
WRITES = [
    "DELETE FROM posts",
    "UPDATE posts SET text = ''",
    "INSERT INTO places (key, name_en, kind, tracked) VALUES ('x', 'x', 'town', true)",
    "DROP TABLE posts",
    "CREATE TABLE evil (id int)",
    "ATTACH DATABASE '/tmp/evil.db' AS evil",
    "PRAGMA query_only = OFF",
    "SELECT 1; DELETE FROM posts",
    "COMMIT; DELETE FROM posts",
    "/* hi */ delete from posts",
    "VACUUM",
    "COPY posts TO PROGRAM 'true'",
]


def post_count(engine: Engine) -> int:
    with session_scope(engine) as session:
        return session.scalar(select(func.count()).select_from(Post)) or 0


@pytest.mark.parametrize("statement", WRITES)
def test_writes_are_refused_before_the_database(seeded: Engine, statement: str) -> None:
    before = post_count(seeded)
    with readonly_connection(seeded) as connection, pytest.raises(UsageError, match="read-only"):
        run_query(connection, statement)
    assert post_count(seeded) == before


def test_the_database_itself_refuses_writes(seeded: Engine) -> None:
    """The second lock: even a write that got past the statement check fails."""
    before = post_count(seeded)
    for statement in ("DELETE FROM posts", "UPDATE channels SET title = 'x'"):
        with readonly_connection(seeded) as connection, pytest.raises(DBAPIError) as caught:
            connection.exec_driver_sql(statement)
        message = str(caught.value.orig).lower()
        assert "read-only" in message or "readonly" in message or "read only" in message
    if seeded.dialect.name == "postgresql":
        with readonly_connection(seeded) as connection, pytest.raises(DBAPIError):
            connection.exec_driver_sql("SET TRANSACTION READ WRITE")
        with (
            readonly_connection(seeded) as connection,
            pytest.raises(UsageError, match="read-only"),
        ):
            run_query(
                connection, "WITH gone AS (DELETE FROM posts RETURNING id) SELECT * FROM gone"
            )
    assert post_count(seeded) == before


def test_reading_queries_and_views_work(seeded: Engine) -> None:
    for view in ("flagged_posts", "claim_timeline", "daily_place_counts", "claim_clusters"):
        with readonly_connection(seeded) as connection:
            columns, rows = run_query(connection, f"SELECT * FROM {view}")
            assert list(rows), view
    with readonly_connection(seeded) as connection:
        columns, rows = run_query(
            connection,
            "SELECT place_key, sum(posts) AS posts FROM daily_place_counts "
            "WHERE place_key = 'sudzha' GROUP BY place_key;  -- a comment; with a semicolon",
        )
        assert columns == ["place_key", "posts"]
        assert next(iter(rows))[1] >= 5
        columns, rows = run_query(connection, "SELECT ':not_a_param' AS s, '%' AS p")
        assert list(rows) == [(":not_a_param", "%")]


def test_clusters_view_agrees_with_claims(seeded: Engine) -> None:
    with readonly_connection(seeded) as connection:
        _, rows = run_query(connection, "SELECT sum(claims) FROM claim_clusters")
        total = next(iter(rows))[0]
    with session_scope(seeded) as session:
        assert total == session.scalar(select(func.count()).select_from(Claim))


def test_statement_check_reads_literals_and_comments() -> None:
    assert check_statement("SELECT ';' AS semi;", "sqlite") == "SELECT ';' AS semi"
    assert check_statement("with x as (select 1) select * from x", "postgresql")
    assert check_statement("PRAGMA table_info(posts)", "sqlite")
    with pytest.raises(UsageError, match="PRAGMA"):
        check_statement("PRAGMA table_info(posts)", "postgresql")
    with pytest.raises(UsageError, match="give an SQL query"):
        check_statement("  -- nothing\n", "sqlite")


def test_export_posts_csv_round_trips(seeded: Engine) -> None:
    out = io.StringIO()
    count = export(seeded, "posts", "csv", out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == list(COLUMNS["posts"])
    assert count == len(rows) - 1 == post_count(seeded)
    with session_scope(seeded) as session:
        texts = set(session.scalars(select(Post.text)))
    assert {r[-1] for r in rows[1:]} == texts  # newlines and quotes survive


@pytest.mark.parametrize("kind", ["flags", "claims", "clusters"])
def test_export_jsonl_has_the_documented_columns(seeded: Engine, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"{kind}.jsonl"
    count = export(seeded, kind, "jsonl", target)
    lines = target.read_text(encoding="utf-8").splitlines()
    assert count == len(lines) > 0
    assert all(list(json.loads(line)) == list(COLUMNS[kind]) for line in lines)
    assert not list(tmp_path.glob("*.partial"))


def cli_env(seeded_url: str, seed_settings: Settings) -> dict[str, str]:
    return {
        "MONITOR_CONFIG_DIR": str(REPO / "config"),
        "MONITOR_DATA_DIR": str(seed_settings.data_dir),
        "MONITOR_DATABASE_URL": seeded_url,
        "MONITOR_LOG_LEVEL": "WARNING",
    }


def test_cli_commands(seeded: Engine, seeded_url: str, seed_settings: Settings) -> None:
    env = cli_env(seeded_url, seed_settings)
    runner = CliRunner()
    result = runner.invoke(app, ["sql", "DELETE FROM posts"], env=env)
    assert result.exit_code == 2 and "read-only" in result.output
    result = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM posts", "--format", "json"],
                           env=env)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["n"] == post_count(seeded)
    result = runner.invoke(app, ["export", "claims", "--format", "jsonl"], env=env)
    assert result.exit_code == 0, result.output
    assert "capture" in result.stdout
    result = runner.invoke(app, ["search", "Суджі", "--side", "ru", "--format", "json"], env=env)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all(r["side"] == "ru" for r in rows)
    assert all("**" in r["snippet"] for r in rows)
    result = runner.invoke(app, ["search", "Суджа", "--place", "atlantis"], env=env)
    assert result.exit_code == 2 and "atlantis" in result.output
    result = runner.invoke(app, ["search", "Суджа", "--limit", "2", "--page", "2"], env=env)
    assert result.exit_code == 0 and "page 2" in result.output
