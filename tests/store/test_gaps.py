"""Gaps: message ids missing inside a channel's stored range, known-absent ids left out, and
gaps filled by the telegram and web sources on the next poll; on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from sqlalchemy import Engine, select

from monitor.config import PollSettings, Settings, WebSettings
from monitor.domain import FetchedPost, FetchResult
from monitor.runtime.jobs import Sources, poll_channel
from monitor.sources.telegram import TelegramSource
from monitor.sources.web import WebSource
from monitor.store.channels import add_channel
from monitor.store.db import session_scope
from monitor.store.gaps import (
    NOT_FOUND,
    SERVICE,
    Gap,
    find_gaps,
    gap_ids,
    gap_summary,
    record_absent,
)
from monitor.store.ingest import ingest
from monitor.store.models import AbsentRange, Channel, Post
from monitor.store.queries import channel_status, gaps_line, known_gaps
from tests.sources.telegram_fakes import FakeChannel, FakeTelegramClient
from tests.sources.telegram_fakes import message as tg_message
from tests.sources.telegram_fakes import service as tg_service
from tests.sources.webserver import Msg, WebServer

WHEN = datetime(2025, 3, 8, 6, 0, tzinfo=UTC)


def store(
    engine: Engine,
    username: str,
    ids: list[int],
    deleted: tuple[int, ...] = (),
    source: str = "web",
) -> int:
    with session_scope(engine) as session:
        channel = Channel(username=username, title=username, source=source, side="ru")
        session.add(channel)
        session.flush()
        session.add_all(
            Post(
                channel_id=channel.id,
                message_id=i,
                posted_at=WHEN,
                text=f"post {i}",
                text_hash=str(i),
                deleted_at=WHEN if i in deleted else None,
            )
            for i in ids
        )
        return channel.id


def test_ranges_inside_the_stored_range(engine: Engine) -> None:
    store(engine, "rybar", [5, 6, 7, 10, 11, 20])
    with session_scope(engine) as session:
        gaps = find_gaps(session)
    assert gaps == [Gap("rybar", 8, 9, 2), Gap("rybar", 12, 19, 8)]
    assert gaps[0].missing == 2  # a named tuple: (channel, from_id, to_id, missing)


def test_the_seed_fixture_has_no_gaps(engine: Engine) -> None:
    store(engine, "mod_russia", [50871, 50899], source="seed")
    store(engine, "rybar", [5, 7])
    with session_scope(engine) as session:
        assert find_gaps(session) == [Gap("rybar", 6, 6, 1)]


def test_known_deleted_posts_are_not_gaps(engine: Engine) -> None:
    store(engine, "rybar", [1, 2, 3, 4, 6], deleted=(2, 3))
    with session_scope(engine) as session:
        assert find_gaps(session) == [Gap("rybar", 5, 5, 1)]


def test_per_channel_filter_and_limit(engine: Engine) -> None:
    first = store(engine, "mod_russia", [100, 103, 110])
    second = store(engine, "butusov_plus", [1, 3])
    store(engine, "no_gaps", [1, 2, 3])
    store(engine, "empty", [])
    with session_scope(engine) as session:
        assert find_gaps(session) == [
            Gap("butusov_plus", 2, 2, 1),
            Gap("mod_russia", 101, 102, 2),
            Gap("mod_russia", 104, 109, 6),
        ]
        assert find_gaps(session, channel_id=first, limit=1) == [Gap("mod_russia", 101, 102, 2)]
        assert find_gaps(session, channel_id=second) == [Gap("butusov_plus", 2, 2, 1)]
        assert find_gaps(session, limit=0) == []


def test_no_posts_no_gaps(engine: Engine) -> None:
    with session_scope(engine) as session:
        assert find_gaps(session) == []


# --- known-absent ids ---------------------------------------------------------------------


def test_absent_ranges_are_not_gaps(engine: Engine) -> None:
    channel_id = store(engine, "rybar", [1, 2, 5, 9, 20])
    with session_scope(engine) as session:
        assert record_absent(session, channel_id, [3, 4, 7], SERVICE) == 3
        assert record_absent(session, channel_id, [0, 25], NOT_FOUND) == 2  # outside: no effect
    with session_scope(engine) as session:
        assert find_gaps(session) == [
            Gap("rybar", 6, 6, 1),
            Gap("rybar", 8, 8, 1),
            Gap("rybar", 10, 19, 10),
        ]
        assert gap_summary(session) == {channel_id: (3, 12)}


def test_recording_again_adds_nothing_and_runs_are_merged(engine: Engine) -> None:
    channel_id = store(engine, "rybar", [1, 10])
    with session_scope(engine) as session:
        assert record_absent(session, channel_id, [2, 3, 4, 6], SERVICE) == 4
        assert record_absent(session, channel_id, [4, 3, 2, 6, 7], NOT_FOUND) == 1
    with session_scope(engine) as session:
        ranges = session.execute(
            select(AbsentRange.from_id, AbsentRange.to_id, AbsentRange.reason).order_by(
                AbsentRange.from_id
            )
        ).all()
        assert [tuple(r) for r in ranges] == [(2, 4, SERVICE), (6, 6, SERVICE), (7, 7, NOT_FOUND)]
        assert find_gaps(session) == [Gap("rybar", 5, 5, 1), Gap("rybar", 8, 9, 2)]


def test_status_queries_count_and_list_the_gaps(engine: Engine) -> None:
    store(engine, "rybar", [1, 2, 6, 9])
    store(engine, "no_gaps", [1, 2])
    with session_scope(engine) as session:
        rows = {row["channel"]: row["missing_ids"] for row in channel_status(session)}
        listed = known_gaps(session)
    assert rows == {"no_gaps": 0, "rybar": 5}
    assert listed == [
        {"channel": "rybar", "from_id": 3, "to_id": 5, "missing": 3},
        {"channel": "rybar", "from_id": 7, "to_id": 8, "missing": 2},
    ]
    assert gaps_line([{"missing_ids": 5}, {"missing_ids": 0}]).startswith(
        "gaps: 5 message id(s) missing in 1 channel(s)"
    )
    assert gaps_line([{"missing_ids": 0}]) == "gaps: none"


def test_gap_ids_are_the_newest_first_and_bounded(engine: Engine) -> None:
    channel_id = store(engine, "rybar", [1, 5, 100])
    with session_scope(engine) as session:
        assert gap_ids(session, channel_id, limit=4) == [99, 98, 97, 96]
        assert gap_ids(session, channel_id, limit=1000) == [*range(99, 5, -1), 4, 3, 2]
        assert gap_ids(session, channel_id, limit=0) == []


def test_ingest_records_service_ids_and_never_stored_deletions(engine: Engine) -> None:
    channel_id = store(engine, "rybar", [1, 2, 6])
    with session_scope(engine) as session:
        channel = session.get_one(Channel, channel_id)
        stats = ingest(session, channel, FetchResult(deleted_ids=[2, 4], service_ids=[3, 5]))
    assert stats.deleted == 1  # 2 was stored: it is marked deleted, 4 was never seen
    with session_scope(engine) as session:
        reasons = dict(session.execute(select(AbsentRange.from_id, AbsentRange.reason)).all())
        assert reasons == {3: SERVICE, 4: NOT_FOUND, 5: SERVICE}
        assert find_gaps(session) == []


# --- filled by the sources ----------------------------------------------------------------

CID, HASH = 1_006_879_281, -4_611_686_018_427_387_904


def watched_telegram_channel(engine: Engine, missed: set[int]) -> int:
    """butusovplus with posts 1..100 stored except `missed` (an outage), its mark at 100."""
    with session_scope(engine) as session:
        row = add_channel(session, "butusovplus", source="telegram", side="ua")
        row.telegram_id, row.access_hash = CID, HASH
        session.flush()
        posts = [
            FetchedPost(channel="butusovplus", message_id=i, posted_at=WHEN, text=f"пост {i}")
            for i in range(1, 101)
            if i not in missed
        ]
        ingest(session, row, FetchResult(posts=posts, high_water=100))
        return row.id


def test_a_gap_is_filled_by_the_telegram_source_on_the_next_poll(
    engine: Engine, settings: Settings
) -> None:
    channel_id = watched_telegram_channel(engine, missed={5, 6, 11})
    fake = FakeChannel("butusovplus", CID, HASH)
    fake.add(
        *(tg_message(i, f"пост {i}", channel_id=CID) for i in range(1, 101) if i not in (6, 11))
    )
    fake.add(tg_service(11, channel_id=CID))  # a pin; 6 was deleted before it was ever seen
    client = FakeTelegramClient(fake)
    sources = Sources(settings, {"telegram": TelegramSource(settings, lambda: client)})
    with session_scope(engine) as session:
        assert [g[1:3] for g in find_gaps(session)] == [(5, 6), (11, 11)]

    outcome = asyncio.run(poll_channel(engine, settings, sources, channel_id))

    assert outcome.error is None and outcome.stats.new == 1
    assert ("get_messages", {"ids": [11, 6, 5]}) in client.calls
    with session_scope(engine) as session:
        assert find_gaps(session) == []
        stored = session.scalars(select(Post.message_id).where(Post.message_id == 5)).all()
        assert stored == [5]
        absent = dict(session.execute(select(AbsentRange.from_id, AbsentRange.reason)).all())
        assert absent == {6: NOT_FOUND, 11: SERVICE}
    client.calls.clear()
    asyncio.run(poll_channel(engine, settings, sources, channel_id))
    assert all(5 not in call.get("ids", ()) for _, call in client.calls)  # nothing re-asked


def test_the_web_source_reads_back_to_a_gap(engine: Engine, settings: Settings) -> None:
    with WebServer(page_size=20) as server:
        web = WebSource(
            WebSettings(base_url=server.base_url, min_interval_seconds=0.0),
            PollSettings(refresh_window=0),
        )
        with session_scope(engine) as session:
            row = add_channel(session, "rybar", source="web", side="ru")
            posts = [
                FetchedPost(channel="rybar", message_id=i, posted_at=WHEN, text=f"пост {i}")
                for i in range(1, 101)
                if i not in (40, 41, 42)
            ]
            ingest(session, row, FetchResult(posts=posts, high_water=100))
            channel_id = row.id
        server.fake.add(
            "rybar", [Msg(i, text=f"пост {i}") for i in range(1, 101) if i not in (41, 42)]
        )
        server.fake.add("rybar", [Msg(42, service=True)])
        sources = Sources(settings, {"web": web})
        outcome = asyncio.run(poll_channel(engine, settings, sources, channel_id))
        assert any("before=43" in path for path in server.paths())
    assert outcome.error is None
    with session_scope(engine) as session:
        assert find_gaps(session) == []
        assert session.scalar(select(Post.id).where(Post.message_id == 40)) is not None
        absent = dict(session.execute(select(AbsentRange.from_id, AbsentRange.reason)).all())
        assert absent == {41: NOT_FOUND, 42: SERVICE}
