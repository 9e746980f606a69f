"""The plausibility bounds every source applies: the fast paths keep the bounds."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from monitor.sources.sanity import checked_text, unix_time

DAY = 86_400


@pytest.mark.parametrize("seconds", [0, 1_741_600_000, "1741600000", int(time.time()) + DAY])
def test_a_plausible_unix_time_is_the_utc_moment(seconds: int | str) -> None:
    assert unix_time(seconds) == datetime.fromtimestamp(int(seconds), UTC)


@pytest.mark.parametrize("seconds", [-1, int(time.time()) + 3 * DAY, "253402297200"])
def test_a_unix_time_outside_the_bounds_is_refused(seconds: int | str) -> None:
    with pytest.raises(ValueError, match="outside"):
        unix_time(seconds, "edited")


@pytest.mark.parametrize("seconds", [1e300, float("inf"), "soon", None, 10**30])
def test_what_is_no_unix_time_is_refused(seconds: object) -> None:
    with pytest.raises(ValueError, match="not a Unix time"):
        unix_time(seconds)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Суджа\x00 взята", "Суджа взята"),
        ("x\ud800y\udfff", "x\ufffdy\ufffd"),
        ("👍 Суджа", "👍 Суджа"),
    ],
)
def test_text_loses_nul_and_lone_surrogates_only(raw: str, clean: str) -> None:
    assert checked_text(raw) == clean
