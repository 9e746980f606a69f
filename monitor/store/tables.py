"""Core views of the tables that `monitor status` reads and the daemon's bookkeeping writes
(workers, rule failures, absent ranges): `sqlalchemy.table()` clauses, without the ORM.

`monitor status` must answer at once, and importing the ORM and mapping the models
(monitor.store.models, the schema's one definition) cost it a third of its start-up. Each
table here names only the columns used through it, typed as in the models;
tests/store/test_tables.py holds them to the models.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Integer, String, Text, column, table

from monitor.store.types import UTCDateTime

channels = table(
    "channels",
    column("id", Integer),
    column("username", String),
    column("title", String),
    column("source", String),
    column("side", String),
    column("enabled", Boolean),
    column("high_water", BigInteger),
    column("last_polled_at", UTCDateTime),
    column("next_poll_at", UTCDateTime),
    column("failures", Integer),
    column("last_error", Text),
    column("lease_owner", String),
    column("lease_expires_at", UTCDateTime),
)
posts = table(
    "posts",
    column("id", Integer),
    column("channel_id", Integer),
    column("message_id", BigInteger),
    column("analyzed_version", String),
)
places = table("places", column("id", Integer), column("tracked", Boolean))
mentions = table("mentions", column("post_id", Integer), column("place_id", Integer))
digests = table(
    "digests", column("id", Integer), column("rule", String), column("created_at", UTCDateTime)
)
deliveries = table(
    "deliveries",
    column("id", Integer),
    column("digest_id", Integer),
    column("target", String),
    column("status", String),
    column("attempts", Integer),
    column("parts_sent", Integer),
    column("last_error", Text),
    column("next_attempt_at", UTCDateTime),
)
workers = table(
    "workers",
    column("id", String),
    column("host", String),
    column("pid", Integer),
    column("started_at", UTCDateTime),
    column("heartbeat_at", UTCDateTime),
    column("stopped_at", UTCDateTime),
)
poll_runs = table("poll_runs", column("status", String), column("started_at", UTCDateTime))
absent_ranges = table(
    "absent_ranges",
    column("channel_id", Integer),
    column("from_id", BigInteger),
    column("to_id", BigInteger),
    column("reason", String),
    column("recorded_at", UTCDateTime),
)
rule_failures = table(
    "rule_failures",
    column("rule", String),
    column("failures", Integer),
    column("last_error", Text),
    column("last_error_at", UTCDateTime),
)
