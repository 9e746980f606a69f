"""The rule_failures table on both backends: counted per rule, cleared, filtered by the rules
alerts.toml still has, and turned into a health problem even where no daemon ran."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine

from monitor.runtime.health import daemon_health
from monitor.store.db import session_scope
from monitor.store.rule_failures import clear_rule_failure, failing_rules, record_rule_failure

T0 = datetime(2026, 12, 3, 5, 0, tzinfo=UTC)


def test_rule_failures_count_clear_and_make_status_unhealthy(engine: Engine) -> None:
    with session_scope(engine) as session:
        record_rule_failure(session, "kyiv", "OverflowError: x" * 500, T0)
    with session_scope(engine) as session:
        record_rule_failure(session, "kyiv", "OverflowError: again", T0)
        record_rule_failure(session, "gone", "ValueError: y", T0)
    with session_scope(engine) as session:
        rows = failing_rules(session, ["kyiv", "default"])
        assert [(r["rule"], r["failures"], r["last_error"]) for r in rows] == [
            ("kyiv", 2, "OverflowError: again")
        ]
        assert rows[0]["last_error_at"] == T0.isoformat()
        assert len(failing_rules(session)) == 2
        health = daemon_health(session, 60, T0, rules=["kyiv"])
        assert not health.healthy
        assert health.problems == ["digest rule 'kyiv' is failing (2x): OverflowError: again"]
        clear_rule_failure(session, "kyiv")
    with session_scope(engine) as session:
        assert failing_rules(session, ["kyiv"]) == []
        assert daemon_health(session, 60, T0, rules=["kyiv"]).healthy
