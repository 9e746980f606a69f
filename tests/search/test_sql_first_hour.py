"""`monitor sql` as the README promises on both backends: EXPLAIN and SHOW on PostgreSQL (a
server-side cursor takes neither), and moments in one ISO 8601 UTC format."""

from __future__ import annotations

import json
import re

from sqlalchemy import Engine
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import Settings
from tests.search.test_sql_and_export import cli_env


def sql(env: dict[str, str], query: str, fmt: str = "json") -> list[dict[str, object]]:
    result = CliRunner().invoke(app, ["sql", query, "--format", fmt], env=env)
    assert result.exit_code == 0, result.output
    if fmt == "jsonl":
        return [json.loads(line) for line in result.stdout.splitlines()]
    return json.loads(result.stdout)


def test_explain_and_show(seeded: Engine, seeded_url: str, seed_settings: Settings) -> None:
    env = cli_env(seeded_url, seed_settings)
    for fmt in ("json", "jsonl"):
        assert sql(env, "EXPLAIN SELECT * FROM posts", fmt)
    if seeded.dialect.name == "postgresql":
        rows = sql(env, "SHOW timezone")
        assert list(rows[0]) == ["TimeZone"]
        table = CliRunner().invoke(app, ["sql", "explain select 1"], env=env)
        assert table.exit_code == 0, table.output


def test_moments_in_one_format(seeded: Engine, seeded_url: str, seed_settings: Settings) -> None:
    env = cli_env(seeded_url, seed_settings)
    for fmt in ("json", "jsonl"):
        rows = sql(env, "SELECT posted_at FROM posts ORDER BY posted_at LIMIT 3", fmt)
        for row in rows:
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", str(row["posted_at"]))
    table = CliRunner().invoke(app, ["sql", "SELECT posted_at FROM posts LIMIT 1"], env=env)
    assert re.search(r"\b20\d\d-\d\d-\d\d \d\d:\d\d\b", table.stdout)
    assert ".000000" not in table.stdout
