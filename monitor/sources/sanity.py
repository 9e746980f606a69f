"""Plausibility bounds for what a source hands over: dates and text sizes.

A post dated 9999-12-31 (from an export or a t.me/s `<time>`) once stopped every digest: a
date outside [EARLIEST, now + FUTURE_SLACK] is refused as malformed, by every source alike.
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)  # the Unix epoch: older is no Telegram date
FUTURE_SLACK = timedelta(days=2)  # clocks and zones differ; a post from the future does not
_SLACK_SECONDS = FUTURE_SLACK.total_seconds()
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_TEXT = 1_000_000  # characters of one post's text (Telegram's own limit is 4,096)


def checked_time(moment: datetime | None, what: str = "date") -> datetime | None:
    """`moment` when it is plausible; ValueError naming `what` when it is not."""
    if moment is None:
        return None
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if not EARLIEST <= aware <= datetime.now(UTC) + FUTURE_SLACK:
        raise ValueError(f"{what} {moment.isoformat()} is outside {EARLIEST.year}..now")
    return moment


def unix_time(value: object, what: str = "date") -> datetime:
    """A UTC datetime from Unix seconds given as a number or a string; ValueError when it is
    not one or out of range (1e300 and inf included)."""
    try:
        seconds = int(value)  # type: ignore[call-overload]
        if 0 <= seconds <= time.time() + _SLACK_SECONDS:  # plausible: no datetimes to compare
            return datetime.fromtimestamp(seconds, UTC)
        moment = datetime.fromtimestamp(seconds, UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        raise ValueError(f"{what} {value!r} is not a Unix time in range") from None
    checked_time(moment, what)
    return moment


def checked_text(text: str) -> str:
    """`text` without NUL (PostgreSQL cannot store it) and lone surrogates (no UTF-8 has
    them); ValueError when it is longer than MAX_TEXT."""
    if len(text) > MAX_TEXT:
        raise ValueError(f"text of {len(text):,} characters (more than {MAX_TEXT:,})")
    text = text.replace("\x00", "")
    try:
        text.encode("utf-8")  # fails on a surrogate only; 5x faster than searching for one
    except UnicodeEncodeError:
        text = _SURROGATE.sub("\ufffd", text)
    return text
