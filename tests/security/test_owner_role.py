"""The deployment's database role (deploy/postgres/10-monitor-role.sh, run by docker-compose's
postgres image on first start): the monitor connects as a non-superuser that owns its
database, migrates it, creates its reader role, and still cannot reach the server's files."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from monitor.store.db import make_engine
from tests.conftest import PG_URL, REPO, require_postgres
from tests.security.test_sql_privilege import run_cli

SCRIPT = REPO / "deploy" / "postgres" / "10-monitor-role.sh"


@pytest.fixture
def owner_url() -> Iterator[str]:
    """Runs the init script against the test server with a fresh role and database name, as the
    image would (the server's superuser, psql); yields the monitor's URL as that role."""
    require_postgres()
    if shutil.which("psql") is None:
        pytest.skip("psql (the PostgreSQL client the init script runs) is not installed")
    server = make_url(PG_URL)
    name = f"monitor_owner_{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "PGHOST": server.host or "127.0.0.1",
        "PGPORT": str(server.port or 5432),
        "PGPASSWORD": server.password or "",
        "POSTGRES_USER": server.username or "postgres",
        "MONITOR_DB_USER": name,
        "MONITOR_DB_NAME": name,
        "MONITOR_DB_PASSWORD": 'it\'s a "secret"; --',
    }
    done = subprocess.run(["sh", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    url = server.set(username=name, password=env["MONITOR_DB_PASSWORD"], database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        admin = make_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            connection.exec_driver_sql(f'DROP OWNED BY "{name}"')
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{name}"')
        admin.dispose()


@pytest.mark.postgres
def test_the_init_script_gives_the_monitor_an_owner_role_that_is_no_superuser(
    owner_url: str,
) -> None:
    engine = make_engine(owner_url)
    try:
        with engine.connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles "
                "WHERE rolname = current_user"
            ).one()
        assert tuple(row) == (False, True, False)
    finally:
        engine.dispose()
    upgraded = run_cli(["db", "upgrade"], owner_url)
    assert upgraded.returncode == 0, upgraded.stderr
    assert "superuser" not in upgraded.stderr
    assert "reader role" not in upgraded.stderr  # the role was made and granted, no fallback
    done = run_cli(["sql", "SELECT current_user AS u, count(*) AS n FROM posts"], owner_url)
    assert done.returncode == 0, done.stderr
    assert "monitor_reader" in done.stdout
    done = run_cli(["sql", "SELECT pg_read_file('/etc/passwd') AS f"], owner_url)
    assert done.returncode == 2
    assert "permission denied" in done.stderr
