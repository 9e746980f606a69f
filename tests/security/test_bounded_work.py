"""One hostile post cannot stop the work for everyone (security review, findings 3, 19): a
post dated 9999-12-31 already in the database does not stop the digests of any rule, in any
zone; a long gap between two place names costs linear time."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from monitor.alerts.outbox import deliver_pending
from monitor.places.matcher import PlaceMatcher
from monitor.runtime.jobs import make_digests
from monitor.store.db import session_scope
from tests.alerts.data import add_post, seed_cluster
from tests.alerts.test_delivery import configure

pytestmark = pytest.mark.filterwarnings("ignore:'imghdr' is deprecated:DeprecationWarning")


def test_a_far_future_post_does_not_stop_digests(
    engine: Engine, config_dir: Path, tmp_path: Path
) -> None:
    settings = configure(
        config_dir,
        engine,
        tmp_path,
        '[[rules]]\nname = "kyiv"\ntargets = ["file:kyiv"]\ntimezone = "Europe/Kyiv"\n'
        '[[rules]]\nname = "default"\ntargets = ["file:default"]\n',
    )
    with session_scope(engine) as session:
        seed_cluster(session)
        future = add_post(session, "h_future", "other", 1, "Суджа взята", surface="Суджа")
        future.posted_at = datetime(9999, 12, 31, 23, 0, tzinfo=UTC)
    assert len(make_digests(engine, settings)) == 2
    assert deliver_pending(engine, settings).sent == 2
    kyiv = next((tmp_path / "data" / "kyiv").glob("*.txt")).read_text(encoding="utf-8")
    assert "9999-12-31 23:00 UTC" in kyiv


def test_a_long_gap_between_place_names_is_linear(seed_matcher: PlaceMatcher) -> None:
    started = time.monotonic()
    seed_matcher.find("Суджа" + " " * 100_000 + "x Курск")
    assert time.monotonic() - started < 3  # it took 128 s before the length check


def test_a_long_chain_of_hyphenated_names_is_not_quadratic(seed_matcher: PlaceMatcher) -> None:
    started = time.monotonic()
    seed_matcher.find("Обстріли: " + "-".join(["Сумська"] * 20_000) + " громади")
    assert time.monotonic() - started < 5  # it took 39 s with the overlaps checked pairwise


def test_a_long_gap_before_a_bracket_is_linear(seed_matcher: PlaceMatcher) -> None:
    started = time.monotonic()
    seed_matcher.find("Ивановка" + " " * 100_000 + "(Амурская область): атака")
    assert time.monotonic() - started < 3
