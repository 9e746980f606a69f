"""One exponential backoff for every retry in the monitor.

Four things wait longer after each failure: a channel's next poll (`monitor.runtime.jobs`), a
web request (`monitor.sources.web`), a digest delivery (`monitor.alerts.outbox`) and a daemon job
after a database error (`monitor.runtime.scheduling.retry_delay`). Each keeps its own base, cap
and jitter; the formula lives here once. It is a top-level module, beside `domain` and `errors`,
because sources and alerts sit below the runtime and must not import from it.
"""

from __future__ import annotations


def backoff(doublings: int, *, base: float, cap: float, max_doublings: int | None = None) -> float:
    """Seconds to wait: `base` doubled `doublings` times (at most `max_doublings` times), and
    never more than `cap`."""
    if max_doublings is not None:
        doublings = min(doublings, max_doublings)
    try:
        return min(base * 2**doublings, cap)
    except OverflowError:  # past the range of a float, so past any cap
        return cap
