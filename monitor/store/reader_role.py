"""The PostgreSQL reader role: `monitor sql` and `monitor serve` run as a role that may only
SELECT the monitor's tables and views, whatever role the monitor connects as.

`monitor db upgrade` creates the role (NOLOGIN) and grants it USAGE on the monitor's schema and
SELECT on its tables and views, now and for tables the migrating role creates later. Every
read-only transaction then runs `SET LOCAL ROLE <reader>`, so superuser functions
(`pg_read_file`, `pg_reload_conf`, `lo_import`, ...) fail with "permission denied".

`SET ROLE` can be undone by `set_config('role', ...)` when the session user is a superuser, so
when the migrating role is a superuser, `db upgrade` also takes EXECUTE on
`pg_catalog.set_config` from PUBLIC in this database (SET statements still work; superusers keep
the function).
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

from monitor.errors import StoreError

READER_ROLE = "monitor_reader"
log = logging.getLogger(__name__)


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def is_superuser(connection: Connection) -> bool:
    return bool(
        connection.exec_driver_sql(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
        ).scalar()
    )


def ensure_reader_role(connection: Connection, role: str = READER_ROLE) -> None:
    """Create the reader role if missing and grant it SELECT on the current schema (PostgreSQL;
    nothing on SQLite). A role that may not create roles gets a warning, not an error."""
    if connection.dialect.name != "postgresql":
        return
    ident = quote_ident(role)
    schema = quote_ident(str(connection.exec_driver_sql("SELECT current_schema()").scalar()))
    steps = [
        # Roles are cluster-wide: another database (or a parallel upgrade) may have made it.
        "DO $$ BEGIN CREATE ROLE " + ident + " NOLOGIN NOINHERIT; "
        "EXCEPTION WHEN duplicate_object THEN NULL; END $$",
        f"GRANT USAGE ON SCHEMA {schema} TO {ident}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {ident}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {ident}",
    ]
    superuser = is_superuser(connection)
    if superuser:
        log.warning(
            "the monitor connects as a superuser: monitor sql and serve run as %s, but the "
            "daemon does not need superuser rights; prefer a role that owns the database",
            role,
        )
        steps.append(
            "REVOKE EXECUTE ON FUNCTION pg_catalog.set_config(text, text, boolean) FROM PUBLIC"
        )
    else:
        steps.append(f"GRANT {ident} TO CURRENT_USER")  # SET ROLE needs membership
    for step in steps:
        try:
            with connection.begin_nested():
                connection.exec_driver_sql(step)
        except DBAPIError as exc:
            log.warning(
                "reader role %s: %s (monitor sql and serve then run as the connecting role)",
                role,
                str(exc.orig).strip().splitlines()[0],
            )
            return


def usable_reader_role(connection: Connection, role: str) -> str | None:
    """`role` when this connection may `SET ROLE` to it; None (with a warning) when it may not
    and the connecting role is no superuser; a StoreError when it is one, since a superuser
    must never answer an analyst's query."""
    try:
        with connection.begin():
            connection.exec_driver_sql(f"SET LOCAL ROLE {quote_ident(role)}")
        return role
    except DBAPIError as exc:
        problem = str(exc.orig).strip().splitlines()[0]
    with connection.begin():
        superuser = is_superuser(connection)
    if superuser:
        raise StoreError(
            f"the database role is a superuser and the reader role {role!r} cannot be used "
            f"({problem}): run `monitor db upgrade`, or connect as a role without superuser"
        )
    log.warning("reader role %s unavailable (%s): reading as the connecting role", role, problem)
    return None
