"""Ingest is idempotent, keeps every earlier text, and moves the high-water mark with posts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select, text

from monitor.config import ChannelConfig
from monitor.domain import FetchedPost, FetchResult, Forward
from monitor.store.db import session_scope
from monitor.store.ingest import ingest, sync_channels
from monitor.store.models import Channel, Post, PostVersion

T0 = datetime(2025, 3, 8, 14, 5, tzinfo=UTC)


def post(mid: int, text: str = "В районе Суджи идут бои", **kw: object) -> FetchedPost:
    return FetchedPost(
        channel="butusov_plus",
        message_id=mid,
        posted_at=T0 + timedelta(minutes=mid),
        text=text,
        **kw,
    )  # type: ignore[arg-type]


@pytest.fixture
def channel_id(engine: Engine) -> int:
    with session_scope(engine) as session:
        sync_channels(session, [ChannelConfig(username="butusov_plus", side="ua", source="seed")])
        return session.scalars(select(Channel.id)).one()


def run(engine: Engine, channel_id: int, result: FetchResult) -> tuple[int, int, int, int]:
    with session_scope(engine) as session:
        stats = ingest(session, session.get_one(Channel, channel_id), result)
    return stats.new, stats.edited, stats.refreshed, stats.deleted


def count(engine: Engine, model: type) -> int:
    with session_scope(engine) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_reingesting_the_same_posts_adds_nothing(engine: Engine, channel_id: int) -> None:
    batch = FetchResult(posts=[post(1), post(2, views=10), post(3)], high_water=3)
    assert run(engine, channel_id, batch) == (3, 0, 0, 0)
    assert run(engine, channel_id, batch) == (0, 0, 3, 0)
    assert count(engine, Post) == 3
    assert count(engine, PostVersion) == 0


def test_edit_keeps_every_earlier_text_in_order(engine: Engine, channel_id: int) -> None:
    run(engine, channel_id, FetchResult(posts=[post(7, "первая")]))
    run(
        engine,
        channel_id,
        FetchResult(posts=[post(7, "вторая", edited_at=T0 + timedelta(hours=1))]),
    )
    run(
        engine,
        channel_id,
        FetchResult(posts=[post(7, "третья", edited_at=T0 + timedelta(hours=2))]),
    )
    with session_scope(engine) as session:
        row = session.scalars(select(Post)).one()
        versions = session.execute(
            select(PostVersion.version, PostVersion.text).order_by(PostVersion.version)
        ).all()
    assert row.text == "третья"
    assert row.edited_at == T0 + timedelta(hours=2)
    assert row.analyzed_version is None
    assert [tuple(v) for v in versions] == [(1, "первая"), (2, "вторая")]


def test_a_stale_copy_does_not_roll_text_back(engine: Engine, channel_id: int) -> None:
    run(
        engine, channel_id, FetchResult(posts=[post(7, "новая", edited_at=T0 + timedelta(hours=2))])
    )
    run(engine, channel_id, FetchResult(posts=[post(7, "старая")]))
    with session_scope(engine) as session:
        assert session.scalars(select(Post.text)).one() == "новая"
    assert count(engine, PostVersion) == 0


def test_counters_refresh_without_a_version(engine: Engine, channel_id: int) -> None:
    run(engine, channel_id, FetchResult(posts=[post(1, views=100)]))
    run(engine, channel_id, FetchResult(posts=[post(1, views=250, forwards=3)]))
    with session_scope(engine) as session:
        row = session.scalars(select(Post)).one()
    assert (row.views, row.forwards) == (250, 3)
    assert count(engine, PostVersion) == 0


def test_reactions_refresh_and_a_source_without_them_keeps_them(
    engine: Engine, channel_id: int
) -> None:
    run(engine, channel_id, FetchResult(posts=[post(1, reactions={"👍": 2})]))
    run(engine, channel_id, FetchResult(posts=[post(1, reactions={"👍": 9, "🔥": 1})]))
    run(engine, channel_id, FetchResult(posts=[post(1)]))
    with session_scope(engine) as session:
        row = session.scalars(select(Post)).one()
    assert row.reactions == {"👍": 9, "🔥": 1}
    assert count(engine, PostVersion) == 0


def test_details_are_stored(engine: Engine, channel_id: int) -> None:
    fwd = Forward(
        name="Рыбарь", channel_id=1326223284, message_id=64312, link="https://t.me/rybar/64312"
    )
    run(
        engine,
        channel_id,
        FetchResult(
            posts=[
                post(
                    1,
                    reply_to=77,
                    album_id=1,
                    media_kind="photo",
                    media={"width": 1280},
                    reactions={"👍": 5},
                    forward=fwd,
                    author="Ю. Б.",
                )
            ]
        ),
    )
    with session_scope(engine) as session:
        row = session.scalars(select(Post)).one()
    assert (row.fwd_from_name, row.fwd_from_channel_id, row.fwd_from_message_id) == (
        "Рыбарь",
        1326223284,
        64312,
    )
    assert (row.reply_to, row.album_id, row.media_kind, row.author) == (77, 1, "photo", "Ю. Б.")
    assert row.media == {"width": 1280} and row.reactions == {"👍": 5}
    assert row.posted_at == T0 + timedelta(minutes=1)


def test_high_water_only_moves_forward_with_the_posts(engine: Engine, channel_id: int) -> None:
    run(engine, channel_id, FetchResult(posts=[post(5)], high_water=5))
    run(engine, channel_id, FetchResult(posts=[], high_water=3))
    with session_scope(engine) as session:
        assert session.get_one(Channel, channel_id).high_water == 5


def test_failed_transaction_moves_neither_posts_nor_high_water(
    engine: Engine, channel_id: int
) -> None:
    with pytest.raises(RuntimeError), session_scope(engine) as session:
        ingest(
            session,
            session.get_one(Channel, channel_id),
            FetchResult(posts=[post(9)], high_water=9),
        )
        raise RuntimeError("crash after ingest, before commit")
    with session_scope(engine) as session:
        assert session.get_one(Channel, channel_id).high_water == 0
    assert count(engine, Post) == 0


def test_missing_posts_are_deleted_only_after_two_polls(engine: Engine, channel_id: int) -> None:
    run(engine, channel_id, FetchResult(posts=[post(1), post(2)]))
    assert run(engine, channel_id, FetchResult(missing_ids=[2])) == (0, 0, 0, 0)
    assert run(engine, channel_id, FetchResult(missing_ids=[2])) == (0, 0, 0, 1)
    with session_scope(engine) as session:
        deleted = session.scalars(select(Post.message_id).where(Post.deleted_at.is_not(None)))
        assert list(deleted) == [2]


def test_a_post_seen_again_resets_its_missing_count(engine: Engine, channel_id: int) -> None:
    run(engine, channel_id, FetchResult(posts=[post(1)]))
    run(engine, channel_id, FetchResult(missing_ids=[1]))
    run(engine, channel_id, FetchResult(posts=[post(1)]))
    assert run(engine, channel_id, FetchResult(missing_ids=[1])) == (0, 0, 0, 0)


def test_known_deletions_are_marked_at_once(engine: Engine, channel_id: int) -> None:
    run(engine, channel_id, FetchResult(posts=[post(1)]))
    assert run(engine, channel_id, FetchResult(deleted_ids=[1, 99])) == (0, 0, 0, 1)


def test_large_batches_are_chunked(engine: Engine, channel_id: int) -> None:
    posts = [post(i, f"пост {i}") for i in range(1, 1202)]
    assert run(engine, channel_id, FetchResult(posts=posts, high_water=1201))[0] == 1201
    assert run(engine, channel_id, FetchResult(posts=posts, high_water=1201))[0] == 0
    assert count(engine, Post) == 1201


def test_enabling_a_config_channel_survives_a_restart(engine: Engine) -> None:
    def sync(enabled: bool) -> bool:
        cfg = ChannelConfig(username="rybar", side="ru", enabled=enabled)
        with session_scope(engine) as session:
            sync_channels(session, [cfg])
            return session.scalars(select(Channel.enabled)).one()

    assert sync(False) is False
    with session_scope(engine) as session:
        session.scalars(select(Channel)).one().enabled = True  # `monitor channels enable rybar`
    assert sync(False) is True
    assert sync(True) is True
    assert sync(False) is False  # the file changed: it wins


def test_missing_json_values_are_sql_null(engine: Engine, channel_id: int) -> None:
    run(engine, channel_id, FetchResult(posts=[post(1), post(2, media={"width": 5})]))
    with session_scope(engine) as session:
        empty = session.scalars(select(Post.message_id).where(Post.media.is_(None)))
        assert list(empty) == [1]


def test_workers_starting_together_both_sync_the_channels(engine: Engine) -> None:
    """Two daemons syncing channels.toml at once: the slower one must not fail on the key."""
    import threading
    import time

    configs = [ChannelConfig(username=name, side="ru") for name in ("rybar", "dva_majors")]
    errors: list[BaseException] = []
    first_inserted = threading.Event()

    def first() -> None:
        with session_scope(engine) as session:
            sync_channels(session, configs)
            first_inserted.set()
            time.sleep(0.5)  # hold the transaction open while the other one syncs

    def second() -> None:
        first_inserted.wait(5)
        try:
            with session_scope(engine) as session:
                sync_channels(session, configs)
        except BaseException as exc:  # recorded for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    with session_scope(engine) as session:
        assert sorted(session.scalars(select(Channel.username))) == ["dva_majors", "rybar"]


def test_the_stored_rows_lookup_finds_scattered_ids_and_is_planned_each_time(
    engine: Engine, channel_id: int
) -> None:
    """PostgreSQL kept the generic plan of a prepared lookup made while an import's table was
    nearly empty, and read every post of the channel for each chunk: the lookup must find
    stored rows among scattered ids, and never be a prepared statement."""
    stored = [*range(7, 4001, 7), 90_000]
    run(engine, channel_id, FetchResult(posts=[post(mid) for mid in stored]))
    incoming = [post(mid, views=1) for mid in [*range(1, 4001), 90_000, 90_001]]  # 9 chunks
    with session_scope(engine) as session:
        stats = ingest(session, session.get_one(Channel, channel_id), FetchResult(incoming))
        if engine.dialect.name == "postgresql":
            prepared = session.scalars(text("SELECT statement FROM pg_prepared_statements"))
            assert not [sql for sql in prepared if sql.startswith("SELECT posts.id")]
    assert (stats.new, stats.refreshed) == (len(incoming) - len(stored), len(stored))
    assert count(engine, Post) == len(incoming)
