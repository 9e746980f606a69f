"""`analyze_pending` settles a post's undecided namesakes by the places its channel named
before: its memory is seeded from the stored mentions by one query per channel and batch, never
per post (paraphrases written for these tests, not gold posts)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, text

from monitor.analyzer import Analyzer
from monitor.config import load_settings
from monitor.places.confidence import CONFIDENCE_FLOOR
from monitor.places.recent import RECENT_CONFIDENCE
from monitor.runtime.jobs import analyze_pending
from tests.rows import insert_channel

REPO = Path(__file__).resolve().parents[2]
START = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
HISTORY = [
    "Ворог атакував біля Родинського та Білицького.",
    "Бої тривають поблизу Гродівки.",
]
LONE_NAMESAKE = "Ворог просунувся біля Новоселівки."
POKROVSK_NOVOSELIVKA = "novoselivka-donetsk-oblast-pokrovsk-raion"


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory: pytest.TempPathFactory) -> Analyzer:
    data = tmp_path_factory.mktemp("recent-data")
    return Analyzer(load_settings(REPO / "config", env={"MONITOR_DATA_DIR": str(data)}))


def _channel(engine: Engine, channel_id: int) -> None:
    with engine.begin() as connection:
        insert_channel(connection, START, channel_id, side="ua", language="uk")


def _post(engine: Engine, post_id: int, channel_id: int, hours: int, body: str) -> None:
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO posts (id, channel_id, message_id, posted_at, text, text_hash, "
                "missing_polls, first_seen_at, last_seen_at) "
                "VALUES (:i, :c, :i, :t, :b, 'h', 0, :t, :t)"
            ),
            {"i": post_id, "c": channel_id, "t": START + timedelta(hours=hours), "b": body},
        )


def _namesake(engine: Engine, post_id: int) -> tuple[str, float]:
    with engine.connect() as connection:
        key, confidence = connection.execute(
            text(
                "SELECT places.key, mentions.confidence FROM mentions "
                "JOIN places ON places.id = mentions.place_id "
                "WHERE mentions.post_id = :p AND mentions.surface = 'Новоселівки'"
            ),
            {"p": post_id},
        ).one()
    return key, confidence


def test_the_memory_is_seeded_from_the_channels_stored_mentions(
    engine: Engine, analyzer: Analyzer
) -> None:
    _channel(engine, 1)
    _channel(engine, 2)
    for post_id, body in enumerate(HISTORY, 1):
        _post(engine, post_id, 1, post_id, body)
    assert analyze_pending(engine, analyzer) == 2
    # a later batch: only the stored mentions of channel 1 can tell it the raion
    _post(engine, 3, 1, 10, LONE_NAMESAKE)
    _post(engine, 4, 2, 10, LONE_NAMESAKE)  # a channel with no history
    assert analyze_pending(engine, analyzer) == 2
    assert _namesake(engine, 3) == (POKROVSK_NOVOSELIVKA, RECENT_CONFIDENCE)
    assert _namesake(engine, 4)[1] == CONFIDENCE_FLOOR


def test_without_the_memory_the_namesake_abstains(engine: Engine, analyzer: Analyzer) -> None:
    _channel(engine, 1)
    for post_id, body in enumerate([*HISTORY, LONE_NAMESAKE], 1):
        _post(engine, post_id, 1, post_id, body)
    assert analyze_pending(engine, analyzer, recent=False) == 3
    assert _namesake(engine, 3)[1] == CONFIDENCE_FLOOR


def test_the_batch_feeds_the_memory_in_posting_order(engine: Engine, analyzer: Analyzer) -> None:
    _channel(engine, 1)
    # inserted out of order: the lone namesake has the lowest id but was posted last
    _post(engine, 1, 1, 10, LONE_NAMESAKE)
    for post_id, body in enumerate(HISTORY, 2):
        _post(engine, post_id, 1, post_id, body)
    assert analyze_pending(engine, analyzer) == 3
    assert _namesake(engine, 1) == (POKROVSK_NOVOSELIVKA, RECENT_CONFIDENCE)


@pytest.mark.parametrize("posts_per_channel", [2, 6])
def test_one_seed_query_per_channel_and_batch_whatever_the_posts(
    engine: Engine, analyzer: Analyzer, posts_per_channel: int
) -> None:
    for channel_id in (1, 2):
        _channel(engine, channel_id)
        for n in range(posts_per_channel):
            post_id = channel_id * 100 + n
            _post(engine, post_id, channel_id, n, HISTORY[n % 2])
    seeds: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().startswith("SELECT") and "JOIN mentions" in statement:
            seeds.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        assert analyze_pending(engine, analyzer, batch=100) == 2 * posts_per_channel
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert len(seeds) == 2  # one per channel in the one batch
