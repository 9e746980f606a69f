"""One hostile post cannot stop the work for everyone (security review, findings 3, 19): a
post dated 9999-12-31 already in the database does not stop the digests of any rule, in any
zone; a long gap between two place names, or in a headline, costs linear time."""

from __future__ import annotations

import random
import re
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from monitor.alerts.outbox import deliver_pending
from monitor.claims import voice
from monitor.places.matcher import PlaceMatcher
from monitor.runtime.jobs import make_digests
from monitor.store.db import session_scope
from tests.alerts.data import add_post, seed_cluster
from tests.alerts.test_delivery import configure
from tests.claims.extracting import claims, extractor_over

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


def test_a_long_run_of_spaces_in_a_headline_is_linear() -> None:
    extractor = extractor_over({"belgorod": ("city", "RU"), "kursk": ("city", "RU")})
    text = "Обстрел Белгорода" + " " * 100_000 + "и удар по Курску."
    started = time.monotonic()
    claims(extractor, text, {"belgorod": "Белгорода", "kursk": "Курску"}, "ru")
    assert time.monotonic() - started < 3  # the headline's trim took 92 s (a regex ending in $)


def test_the_headline_trim_equals_its_defining_regex() -> None:
    defining = re.compile(r"^[^\w«\"]+|[^\w»\":]+$")
    pieces = [*'ab1_ «»":.,!—-\t', "Удар", " — СМИ", "ё"]
    rnd = random.Random(5)
    for _ in range(20_000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 12)))
        assert voice._trimmed(line) == defining.sub("", line), repr(line)
