#!/bin/sh
# Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d): the
# monitor gets a login role of its own that owns its database and may create roles (for
# `monitor db upgrade`'s reader role), but is no superuser. The image's POSTGRES_USER stays the
# only superuser and is used by nobody else.
set -eu
: "${MONITOR_DB_PASSWORD:?set MONITOR_DB_PASSWORD in .env (the monitor's database password)}"
psql --no-psqlrc -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
    -v role="${MONITOR_DB_USER:-monitor}" -v db="${MONITOR_DB_NAME:-monitor}" \
    -v password="$MONITOR_DB_PASSWORD" <<'SQL'
CREATE ROLE :"role" LOGIN NOSUPERUSER NOCREATEDB CREATEROLE PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role";
SQL
