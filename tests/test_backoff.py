"""The one backoff formula gives every caller exactly the delays its own formula gave before."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from monitor.alerts.outbox import MAX_RETRY_DELAY, delivery_backoff
from monitor.backoff import backoff
from monitor.config import PollSettings, WebSettings
from monitor.runtime.jobs import poll_backoff
from monitor.runtime.scheduling import retry_delay
from monitor.sources.web import WebSource

# The four formulas as they were written before `monitor.backoff`, verbatim.


def old_poll(failures: int, interval: int) -> timedelta:
    return min(timedelta(seconds=interval * 2 ** min(failures, 10)), timedelta(hours=6))


def old_web(attempt: int, base: float, max_retry_after: float) -> float:
    return float(min(base * 2**attempt, max_retry_after))


def old_retry(attempt: int, cap: float, base: float = 2.0) -> float:
    delay = min(base * 2 ** max(attempt - 1, 0), cap)
    return delay * random.uniform(0.8, 1.0)


@pytest.mark.parametrize("interval", [10, 60, 300, 900, 3600, 86400])
def test_channel_polls_back_off_as_before(interval: int) -> None:
    for failures in range(40):
        assert poll_backoff(failures, interval) == old_poll(failures, interval)


def test_deliveries_are_retried_within_seconds_then_back_off() -> None:
    # The first retry (after one attempt, e.g. a send that timed out) comes within seconds.
    assert delivery_backoff(1) == timedelta(seconds=5)
    assert delivery_backoff(2) == timedelta(seconds=10)
    for attempts in range(2, 40):
        assert delivery_backoff(attempts) >= delivery_backoff(attempts - 1)
        assert delivery_backoff(attempts) <= MAX_RETRY_DELAY


@pytest.mark.parametrize(("base", "cap"), [(1.0, 120.0), (0.01, 120.0), (0.5, 3.0), (3.0, 600.0)])
def test_web_requests_back_off_as_before(base: float, cap: float) -> None:
    source = WebSource(WebSettings(), PollSettings(), max_retry_after=cap, backoff_base=base)
    for attempt in range(20):
        assert source._backoff(attempt) == old_web(attempt, base, cap)


@pytest.mark.parametrize("cap", [300.0, 60.0, 7.5])
def test_database_retries_back_off_as_before(cap: float) -> None:
    for attempt in range(40):
        random.seed(attempt)
        expected = old_retry(attempt, cap)
        random.seed(attempt)
        assert retry_delay(attempt, cap) == expected


def test_a_long_outage_stays_at_the_cap() -> None:
    """Doubling a float 1,024 times overflows; the formula before raised OverflowError there,
    so a job failing for days (2,000 database errors at a 300 s cap) crashed its error path."""
    assert backoff(2000, base=2.0, cap=300.0) == 300.0
    assert 240.0 <= retry_delay(2000, 300) <= 300.0


def test_the_cap_limits_and_max_doublings_stops_the_growth() -> None:
    assert backoff(0, base=30, cap=3600) == 30
    assert backoff(3, base=30, cap=3600) == 240
    assert backoff(20, base=30, cap=3600) == 3600
    assert backoff(20, base=1, cap=1e9, max_doublings=10) == 1024
