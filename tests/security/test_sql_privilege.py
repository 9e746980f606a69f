"""`monitor sql` and the dashboard's engine: least privilege on PostgreSQL even for a superuser
connection, a statement timeout on both backends, clean cancellation, a safe SQLite URI, and
the review's lexer and PRAGMA findings (security review, findings 1, 18, 21, 23-27)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text

from monitor.errors import StoreError, UsageError
from monitor.store.db import make_engine
from monitor.store.migrate import upgrade
from monitor.store.readonly_sql import check_statement, readonly_connection, run_query
from tests.conftest import PG_URL, REPO

SUPERUSER_ONLY = [
    "SELECT pg_read_file('/etc/passwd') AS f",
    "SELECT pg_read_file('PG_VERSION') AS f",
    "SELECT pg_ls_dir('.') AS d LIMIT 3",
    "SELECT pg_stat_file('PG_VERSION') AS s",
    "SELECT pg_reload_conf() AS r",
    "SELECT lo_import('/etc/passwd') AS oid",
    "SELECT set_config('default_transaction_read_only', 'off', false)",
    "SELECT set_config('role', 'postgres', true)",
    "SELECT set_config('session_authorization', 'postgres', true)",
    # SPI runs this text after the role switch: still the reader's privileges.
    "SELECT query_to_xml('SELECT pg_read_file(''/etc/passwd'')', true, false, '')",
]


def run_cli(args: list[str], url: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "MONITOR_CONFIG_DIR": str(REPO / "config"),
        "MONITOR_DATABASE_URL": url,
        "MONITOR_LOG_LEVEL": "WARNING",
    }
    return subprocess.run(
        [sys.executable, "-c", "from monitor.cli import main; main()", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.mark.postgres
@pytest.mark.parametrize("query", SUPERUSER_ONLY)
def test_superuser_functions_are_refused_for_permission(pg_schema_url: str, query: str) -> None:
    engine = make_engine(pg_schema_url)  # the test server's `postgres`: a superuser
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
            ).scalar()
        with (
            readonly_connection(engine) as connection,
            pytest.raises(UsageError, match="permission denied"),
        ):
            list(run_query(connection, query)[1])
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_monitor_sql_cli_cannot_read_server_files(pg_schema_url: str) -> None:
    done = run_cli(["sql", "SELECT pg_read_file('/etc/passwd') AS f"], pg_schema_url)
    assert done.returncode == 2, done.stderr
    assert "permission denied for function pg_read_file" in done.stderr
    assert "root:" not in done.stdout
    assert len(done.stderr.strip().splitlines()) == 1
    done = run_cli(["sql", "SELECT current_user AS u, count(*) AS n FROM posts"], pg_schema_url)
    assert done.returncode == 0, done.stderr
    assert "monitor_reader" in done.stdout


@pytest.mark.postgres
def test_a_superuser_without_the_reader_role_is_refused(pg_schema_url: str) -> None:
    engine = make_engine(pg_schema_url)
    try:
        with (
            pytest.raises(StoreError, match="superuser"),
            readonly_connection(engine, role="monitor_no_such_reader"),
        ):
            pass
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_reader_role_reads_tables_created_by_later_migrations(pg_schema_url: str) -> None:
    engine = make_engine(pg_schema_url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE later_table (x int)")
            connection.exec_driver_sql("INSERT INTO later_table VALUES (7)")
        with readonly_connection(engine) as connection:
            assert list(run_query(connection, "SELECT x FROM later_table")[1]) == [(7,)]
        upgrade(engine)  # idempotent: the role and grants are refreshed, not duplicated
    finally:
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP TABLE later_table")
        engine.dispose()


def test_statement_timeout(engine: Engine) -> None:
    slow = {
        "sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
        "SELECT count(*) FROM c",
        "postgresql": "SELECT pg_sleep(20)",
    }[engine.dialect.name]
    started = time.monotonic()
    with (
        readonly_connection(engine, timeout_seconds=0.5) as connection,
        pytest.raises(UsageError, match="statement timeout"),
    ):
        list(run_query(connection, slow)[1])
    assert time.monotonic() - started < 10
    with readonly_connection(engine, timeout_seconds=0.5) as connection:  # fast ones still run
        assert list(run_query(connection, "SELECT 1")[1]) == [(1,)]


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupt_cancels_the_query_and_exits_130(db_url: str, signum: int) -> None:
    marker = uuid.uuid4().hex
    if db_url.startswith("sqlite"):
        query = (
            f"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
            f"SELECT count(*) AS n, '{marker}' FROM c"
        )
    else:
        query = f"SELECT pg_sleep(40), '{marker}' AS m"
    env = {
        **os.environ,
        "MONITOR_CONFIG_DIR": str(REPO / "config"),
        "MONITOR_DATABASE_URL": db_url,
        "MONITOR_LOG_LEVEL": "WARNING",
    }
    process = subprocess.Popen(
        [sys.executable, "-c", "from monitor.cli import main; main()", "sql", query],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(4)
    process.send_signal(signum)
    _, err = process.communicate(timeout=20)
    assert process.returncode == 130, err
    assert err.strip().splitlines() == ["error: query cancelled"], err
    if not db_url.startswith("sqlite"):
        probe = make_engine(PG_URL)
        try:
            with probe.connect() as connection:
                running = connection.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                        "AND query LIKE :q AND pid <> pg_backend_pid()"
                    ),
                    {"q": f"%{marker}%"},
                ).scalar()
            assert running == 0
        finally:
            probe.dispose()


def test_sqlite_path_with_uri_characters(tmp_path: Path) -> None:
    folder = tmp_path / "h" / "a#b %41&x"
    engine = make_engine(f"sqlite:///{folder / 'monitor.db'}")
    upgrade(engine)
    before = sorted(p.name for p in (tmp_path / "h").iterdir())
    with readonly_connection(engine) as connection:
        assert list(run_query(connection, "SELECT count(*) FROM channels")[1]) == [(0,)]
    assert sorted(p.name for p in (tmp_path / "h").iterdir()) == before  # no `h/a` made
    missing = create_engine(f"sqlite:///{tmp_path / 'nothere' / 'x.db'}")  # nothing created
    with pytest.raises(StoreError, match="does not exist"), readonly_connection(missing):
        pass
    assert not (tmp_path / "nothere" / "x.db").exists()
    engine.dispose()


@pytest.mark.parametrize(
    "query",
    [
        "SELECT fts3_tokenizer('simple')",
        "SELECT fts3_tokenizer('simple', fts3_tokenizer('simple'))",
        "SELECT randomblob(300000000) AS n",
    ],
)
def test_sqlite_dangerous_functions_are_refused(tmp_path: Path, query: str) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    upgrade(engine)
    with readonly_connection(engine) as connection, pytest.raises(UsageError):
        list(run_query(connection, query)[1])
    engine.dispose()


@pytest.mark.parametrize(
    "statement",
    ["PRAGMA writable_schema(1)", "PRAGMA query_only(0)", "PRAGMA journal_mode(DELETE)",
     "PRAGMA main.query_only (0)", "PRAGMA query_only = 0"],
)  # fmt: skip
def test_pragma_setters_with_parentheses_are_refused(statement: str) -> None:
    with pytest.raises(UsageError, match="read-only"):
        check_statement(statement, "sqlite")


def test_reading_pragmas_and_values_subqueries_still_pass() -> None:
    assert check_statement("PRAGMA table_info(posts)", "sqlite")
    assert check_statement("PRAGMA journal_mode", "sqlite")
    for dialect in ("sqlite", "postgresql"):
        assert check_statement("VALUES((SELECT count(*) FROM posts))", dialect)


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT E'\\''; COMMIT; CREATE TABLE sec_t AS SELECT 1 AS x; SELECT 'x'",
        "SELECT $a1$'$a1$ AS a; SELECT 2; SELECT '1'",
        "/* /* */ SELECT */ DELETE FROM posts",
        "/* EXPLAIN */ DELETE FROM posts",
    ],
)
def test_postgres_lexer_agrees_with_the_server(statement: str) -> None:
    """Finding 24/26: E-strings, dollar tags with digits and nested comments are understood;
    a comment cannot pass a write off as EXPLAIN (which, like SHOW, runs outside the cursor)."""
    with pytest.raises(UsageError, match="read-only"):
        check_statement(statement, "postgresql")


def test_postgres_explain_and_show_pass_the_lexer() -> None:
    for statement in ("SHOW statement_timeout", "EXPLAIN SELECT 1", "explain (analyze) SELECT 1"):
        check_statement(statement, "postgresql")


def test_sqlite_refuses_table_statement() -> None:
    with pytest.raises(UsageError, match="read-only"):
        check_statement("TABLE posts", "sqlite")
