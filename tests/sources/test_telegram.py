"""The telegram source against a fake Telethon client that speaks real Telethon TL objects."""

from __future__ import annotations

import asyncio
import logging
import os
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from telethon import TelegramClient, errors
from telethon.crypto import AuthKey
from telethon.sessions import SQLiteSession, StringSession
from telethon.tl import types

from monitor.config import Settings, load_settings
from monitor.domain import ChannelState, FetchResult, Forward
from monitor.errors import ChannelUnavailable, ConfigError, RateLimited, SourceError, UsageError
from monitor.sources.telegram import TelegramSource, build_client, open_session
from monitor.sources.telegram_login import LoginPrompts, LoginResult, login
from monitor.sources.telegram_map import describe_media, to_post
from monitor.store.db import session_scope
from monitor.store.ingest import ingest
from monitor.store.models import Channel, Post, PostVersion
from tests.sources.telegram_fakes import (
    BASE_DATE,
    Account,
    FakeChannel,
    FakeLoginClient,
    FakeTelegramClient,
    message,
    service,
)

CID, HASH = 1_006_879_281, -4_611_686_018_427_387_904
OTHER_ID, OTHER_HASH = 1_101_806_611, 777


def make_settings(config_dir: Path, tmp_path: Path, **env: str) -> Settings:
    return load_settings(config_dir, env={"MONITOR_DATA_DIR": str(tmp_path / "data"), **env})


def state(username: str = "butusovplus", **kw: Any) -> ChannelState:
    return ChannelState(username=username, side="ua", **kw)


def channel_with(count: int, username: str = "butusovplus") -> FakeChannel:
    channel = FakeChannel(username, CID, HASH)
    channel.add(
        *(message(i, f"пост {i}", channel_id=CID, views=i * 10) for i in range(1, count + 1))
    )
    return channel


class Sleeps:
    """The clock boundary: records how long the source asked to sleep, without sleeping."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def source_for(settings: Settings, client: FakeTelegramClient, **kw: Any) -> TelegramSource:
    return TelegramSource(settings, lambda: client, **kw)


def fetch(source: TelegramSource, channel: ChannelState) -> FetchResult:
    return asyncio.run(source.fetch(channel))


@pytest.fixture
def cfg(config_dir: Path, tmp_path: Path) -> Settings:
    return make_settings(config_dir, tmp_path)


# --- mapping ------------------------------------------------------------------------------


def test_every_field_of_a_forwarded_reply_is_mapped() -> None:
    source_channel = types.Channel(
        id=OTHER_ID,
        title="Операция Z",
        photo=types.ChatPhotoEmpty(),
        date=BASE_DATE,
        username="RVvoenkor",
        access_hash=OTHER_HASH,
        broadcast=True,
    )
    client = FakeTelegramClient(entities=[source_channel])
    raw = message(
        42,
        "Суджа: бои на окраинах",
        channel_id=CID,
        edit_date=datetime(2025, 3, 8, 9, 30, tzinfo=UTC),
        views=15200,
        forwards=87,
        replies=types.MessageReplies(replies=31, replies_pts=9),
        reactions=types.MessageReactions(
            results=[
                types.ReactionCount(reaction=types.ReactionEmoji("👍"), count=120),
                types.ReactionCount(reaction=types.ReactionEmoji("🔥"), count=7),
                types.ReactionCount(reaction=types.ReactionCustomEmoji(5_368_324), count=2),
                types.ReactionCount(reaction=types.ReactionPaid(), count=3),
            ]
        ),
        post_author="Юрий Бутусов",
        fwd_from=types.MessageFwdHeader(
            date=BASE_DATE, from_id=types.PeerChannel(OTHER_ID), channel_post=9001
        ),
        reply_to=types.MessageReplyHeader(reply_to_msg_id=40),
        grouped_id=13_912_345_678,
        media=types.MessageMediaPhoto(
            photo=types.Photo(
                id=1,
                access_hash=2,
                file_reference=b"",
                date=BASE_DATE,
                dc_id=2,
                sizes=[
                    types.PhotoSize("m", 320, 180, 11_000),
                    types.PhotoSize("y", 1280, 720, 98_000),
                ],
            )
        ),
    )
    post = to_post("butusovplus", client._finished(raw))

    assert post.channel == "butusovplus" and post.message_id == 42
    assert post.text == "Суджа: бои на окраинах"
    assert post.posted_at == datetime(2025, 3, 8, 6, 42, tzinfo=UTC)
    assert post.edited_at == datetime(2025, 3, 8, 9, 30, tzinfo=UTC)
    assert (post.views, post.forwards, post.replies) == (15200, 87, 31)
    assert post.reactions == {"👍": 120, "🔥": 7, "custom:5368324": 2, "paid": 3}
    assert post.author == "Юрий Бутусов"
    assert post.forward == Forward(
        name="Операция Z", channel_id=OTHER_ID, message_id=9001, link="https://t.me/RVvoenkor/9001"
    )
    assert post.reply_to == 40
    assert post.album_id == 13_912_345_678
    assert post.media_kind == "photo"
    assert post.media == {"width": 1280, "height": 720, "size": 98_000}
    assert post.link == "https://t.me/butusovplus/42"


def test_forward_of_an_unknown_channel_links_by_id_and_hidden_senders_keep_their_name() -> None:
    by_id = message(
        5,
        "",
        channel_id=CID,
        fwd_from=types.MessageFwdHeader(
            date=BASE_DATE, from_id=types.PeerChannel(OTHER_ID), channel_post=77
        ),
    )
    hidden = message(
        6,
        "",
        channel_id=CID,
        fwd_from=types.MessageFwdHeader(date=BASE_DATE, from_name="Военкор Котенок"),
    )
    plain = message(7, "", channel_id=CID)

    assert to_post("x_chan", by_id).forward == Forward(
        channel_id=OTHER_ID, message_id=77, link=f"https://t.me/c/{OTHER_ID}/77"
    )
    assert to_post("x_chan", hidden).forward == Forward(name="Военкор Котенок")
    posted = to_post("x_chan", plain)
    assert posted.forward is None and posted.reactions is None and posted.media_kind is None
    assert posted.replies is None and posted.reply_to is None and posted.edited_at is None


def _document(mime: str, *attributes: Any, size: int = 5_000_000) -> types.Document:
    return types.Document(
        id=1,
        access_hash=2,
        file_reference=b"",
        date=BASE_DATE,
        mime_type=mime,
        size=size,
        dc_id=2,
        attributes=list(attributes),
    )


GEO = types.GeoPoint(long=35.21, lat=51.19, access_hash=0)
MEDIA_CASES = [
    (
        types.MessageMediaDocument(
            document=_document(
                "video/mp4",
                types.DocumentAttributeVideo(duration=42.5, w=1280, h=720),
                types.DocumentAttributeFilename("sudzha.mp4"),
            )
        ),
        "video",
        {
            "mime_type": "video/mp4",
            "size": 5_000_000,
            "duration": 42.5,
            "width": 1280,
            "height": 720,
            "file_name": "sudzha.mp4",
        },
    ),
    (
        types.MessageMediaDocument(
            voice=True,
            document=_document(
                "audio/ogg", types.DocumentAttributeAudio(duration=12, voice=True), size=40_000
            ),
        ),
        "voice",
        {"mime_type": "audio/ogg", "size": 40_000, "duration": 12},
    ),
    (
        types.MessageMediaDocument(
            document=_document(
                "application/pdf", types.DocumentAttributeFilename("report.pdf"), size=1234
            )
        ),
        "document",
        {"mime_type": "application/pdf", "size": 1234, "file_name": "report.pdf"},
    ),
    (
        types.MessageMediaDocument(
            document=_document(
                "video/mp4",
                types.DocumentAttributeAnimated(),
                types.DocumentAttributeVideo(duration=3, w=320, h=240),
                size=9,
            )
        ),
        "gif",
        {"mime_type": "video/mp4", "size": 9, "duration": 3, "width": 320, "height": 240},
    ),
    (
        types.MessageMediaWebPage(
            webpage=types.WebPage(
                id=1,
                url="https://mil.ru/news/1",
                display_url="mil.ru/news/1",
                hash=0,
                title="Сводка Минобороны",
                site_name="mil.ru",
                type="article",
            )
        ),
        "webpage",
        {
            "url": "https://mil.ru/news/1",
            "title": "Сводка Минобороны",
            "site_name": "mil.ru",
            "type": "article",
        },
    ),
    (
        types.MessageMediaPoll(
            poll=types.Poll(
                id=1,
                hash=0,
                question=types.TextWithEntities("Суджа?", []),
                answers=[
                    types.PollAnswer(types.TextWithEntities("да", []), b"0"),
                    types.PollAnswer(types.TextWithEntities("нет", []), b"1"),
                ],
            ),
            results=types.PollResults(total_voters=900),
        ),
        "poll",
        {
            "question": "Суджа?",
            "answers": ["да", "нет"],
            "closed": False,
            "quiz": False,
            "total_voters": 900,
        },
    ),
    (types.MessageMediaGeo(geo=GEO), "geo", {"lat": 51.19, "long": 35.21}),
    (
        types.MessageMediaVenue(
            geo=GEO, title="Суджа", address="Курская обл.", provider="", venue_id="", venue_type=""
        ),
        "venue",
        {"lat": 51.19, "long": 35.21, "title": "Суджа", "address": "Курская обл."},
    ),
    (
        types.MessageMediaContact(
            phone_number="+70000000000", first_name="А", last_name="Б", vcard="", user_id=1
        ),
        "contact",
        {"first_name": "А", "last_name": "Б"},
    ),
    (types.MessageMediaUnsupported(), "unsupported", None),
]


@pytest.mark.parametrize(
    ("media", "kind", "meta"), MEDIA_CASES, ids=[case[1] for case in MEDIA_CASES]
)
def test_media_is_described_not_downloaded(media: Any, kind: str, meta: Any) -> None:
    assert describe_media(media) == (kind, meta)
    assert to_post("x_chan", message(1, "", channel_id=CID, media=media)).media_kind == kind


# --- polling ------------------------------------------------------------------------------


def test_first_poll_backfills_the_newest_posts(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(100))
    result = fetch(source_for(cfg, client, backfill_limit=30), state())

    assert [p.message_id for p in result.posts] == list(range(71, 101))
    assert result.high_water == 100
    assert ("iter_messages", {"limit": 30, "min_id": 0, "reverse": False}) in client.calls


def test_default_backfill_is_the_configured_pages_of_twenty(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(100))
    result = fetch(source_for(cfg, client), state())
    assert len(result.posts) == cfg.poll.backfill_pages * 20 == 60


def test_no_backfill_only_marks_where_the_channel_stands(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(100))
    result = fetch(source_for(cfg, client, backfill_limit=0), state())
    assert result.posts == [] and result.high_water == 100


def test_later_polls_read_above_the_high_water_mark_oldest_first(cfg: Settings) -> None:
    channel = channel_with(60)
    client = FakeTelegramClient(channel)
    source = source_for(cfg, client, max_per_poll=5)

    result = fetch(source, state(high_water=50, telegram_id=CID, access_hash=HASH))
    assert [p.message_id for p in result.posts if p.message_id > 50] == [51, 52, 53, 54, 55]
    assert result.high_water == 55
    assert ("iter_messages", {"limit": 5, "min_id": 50, "reverse": True}) in client.calls

    result = fetch(source, state(high_water=55, telegram_id=CID, access_hash=HASH))
    assert [p.message_id for p in result.posts if p.message_id > 55] == [56, 57, 58, 59, 60]
    result = fetch(source, state(high_water=60, telegram_id=CID, access_hash=HASH))
    assert result.high_water is None and all(p.message_id <= 60 for p in result.posts)


def test_service_messages_are_skipped_but_move_the_mark(cfg: Settings) -> None:
    channel = channel_with(3)
    channel.add(service(4, channel_id=CID))
    result = fetch(source_for(cfg, FakeTelegramClient(channel)), state(high_water=2))
    assert [p.message_id for p in result.posts if p.message_id > 2] == [3]
    assert result.high_water == 4


def test_refresh_window_rereads_recent_ids_for_edits_and_deletions(cfg: Settings) -> None:
    channel = channel_with(12)
    channel.add(service(7, channel_id=CID))
    edited_at = datetime(2025, 3, 9, tzinfo=UTC)
    channel.add(message(8, "пост 8 (уточнение)", channel_id=CID, edit_date=edited_at))
    del channel.messages[9]
    client = FakeTelegramClient(channel)
    settings = cfg.model_copy(update={"poll": cfg.poll.model_copy(update={"refresh_window": 5})})

    result = fetch(source_for(settings, client), state(high_water=10))

    assert ("get_messages", {"ids": [6, 7, 8, 9, 10]}) in client.calls
    by_id = {p.message_id: p for p in result.posts}
    assert sorted(by_id) == [6, 8, 10, 11, 12]
    assert by_id[8].text == "пост 8 (уточнение)" and by_id[8].edited_at == edited_at
    assert result.deleted_ids == [9]
    assert result.high_water == 12


def test_edits_become_versions_and_deletions_are_stored(engine: Engine, cfg: Settings) -> None:
    from monitor.store.migrate import upgrade

    upgrade(engine)  # already at head: a no-op that proves the schema is current
    channel = channel_with(5)
    client = FakeTelegramClient(channel)
    source = source_for(cfg, client)

    def poll() -> None:
        with session_scope(engine) as session:
            row = session.scalars(select(Channel).where(Channel.username == "butusovplus")).one()
            result = fetch(
                source,
                state(
                    high_water=row.high_water,
                    telegram_id=row.telegram_id,
                    access_hash=row.access_hash,
                ),
            )
            ingest(session, row, result)
            if result.telegram_id is not None:  # what the poll job does
                row.telegram_id, row.access_hash = result.telegram_id, result.access_hash

    with session_scope(engine) as session:
        session.add(Channel(username="butusovplus", source="telegram", side="ua"))
    poll()
    channel.add(
        message(
            3,
            "пост 3, исправлено",
            channel_id=CID,
            edit_date=datetime(2025, 3, 9, 12, tzinfo=UTC),
            views=999,
        )
    )
    del channel.messages[4]
    channel.add(message(6, "пост 6", channel_id=CID))
    poll()

    with session_scope(engine) as session:
        row = session.scalars(select(Channel)).one()
        posts = {p.message_id: p for p in session.scalars(select(Post))}
        versions = session.execute(select(PostVersion.version, PostVersion.text)).all()
    assert (row.telegram_id, row.access_hash, row.high_water) == (CID, HASH, 6)
    assert client.resolves["butusovplus"] == 1
    assert sorted(posts) == [1, 2, 3, 4, 5, 6]
    assert posts[3].text == "пост 3, исправлено" and posts[3].views == 999
    assert [tuple(v) for v in versions] == [(1, "пост 3")]
    assert posts[4].deleted_at is not None
    assert all(posts[i].deleted_at is None for i in (1, 2, 3, 5, 6))


# --- resolving ----------------------------------------------------------------------------


def test_cached_id_and_hash_are_used_without_resolving(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(3))
    result = fetch(source_for(cfg, client), state(telegram_id=CID, access_hash=HASH))
    assert client.resolves["butusovplus"] == 0
    assert result.telegram_id is None and len(result.posts) == 3


def test_an_unknown_channel_is_resolved_once_and_returned_for_caching(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(3))
    result = fetch(source_for(cfg, client), state())
    assert client.resolves["butusovplus"] == 1
    assert (result.telegram_id, result.access_hash) == (CID, HASH)


def test_a_rejected_access_hash_is_resolved_again(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(3))
    result = fetch(source_for(cfg, client), state(telegram_id=CID, access_hash=12345))
    assert client.resolves["butusovplus"] == 1
    assert (result.telegram_id, result.access_hash) == (CID, HASH)
    assert len(result.posts) == 3


def test_a_username_now_on_another_channel_is_not_mixed_in(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(3))
    with pytest.raises(ChannelUnavailable, match="another channel") as caught:
        fetch(source_for(cfg, client), state(telegram_id=OTHER_ID, access_hash=OTHER_HASH))
    assert caught.value.channel == "butusovplus"


def test_a_username_of_a_user_is_not_a_channel(cfg: Settings) -> None:
    client = FakeTelegramClient(FakeChannel("somebody_x", 55, 66, is_user=True))
    with pytest.raises(ChannelUnavailable, match="not a channel"):
        fetch(source_for(cfg, client), state("somebody_x"))


# --- errors -------------------------------------------------------------------------------


def test_a_short_flood_wait_is_slept_off_and_retried_once(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(3))
    client.fail("get_input_entity", errors.FloodWaitError(request=None, capture=4))
    sleeps = Sleeps()
    result = fetch(source_for(cfg, client, flood_sleep_threshold=5, sleep=sleeps), state())
    assert sleeps.calls == [4]
    assert client.resolves["butusovplus"] == 2 and len(result.posts) == 3


def test_a_flood_wait_mid_listing_resumes_where_it_stopped(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(10))
    client.fail("iter_messages", errors.FloodWaitError(request=None, capture=1), after=3)
    sleeps = Sleeps()
    source = source_for(cfg, client, flood_sleep_threshold=5, sleep=sleeps)
    result = fetch(source, state(high_water=2, telegram_id=CID, access_hash=HASH))

    new = [p.message_id for p in result.posts if p.message_id > 2]
    assert new == list(range(3, 11)) and result.high_water == 10
    listings = [kw for name, kw in client.calls if name == "iter_messages"]
    assert [kw["min_id"] for kw in listings] == [2, 5]
    assert sleeps.calls == [1]


def test_a_long_flood_wait_reschedules_the_channel(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(3))
    client.fail("get_messages", errors.FloodWaitError(request=None, capture=3600))
    sleeps = Sleeps()
    with pytest.raises(RateLimited) as caught:
        fetch(
            source_for(cfg, client, flood_sleep_threshold=5, sleep=sleeps),
            state(high_water=3, telegram_id=CID, access_hash=HASH),
        )
    assert caught.value.retry_after == 3600 and caught.value.channel == "butusovplus"
    assert sleeps.calls == []


def test_a_second_flood_wait_is_not_hammered(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(3))
    for _ in range(2):
        client.fail("get_input_entity", errors.FloodWaitError(request=None, capture=2))
    sleeps = Sleeps()
    with pytest.raises(RateLimited) as caught:
        fetch(source_for(cfg, client, flood_sleep_threshold=5, sleep=sleeps), state())
    assert caught.value.retry_after == 2 and sleeps.calls == [2]
    assert client.resolves["butusovplus"] == 2


@pytest.mark.parametrize(
    "error",
    [
        errors.ChannelPrivateError(request=None),
        errors.UsernameNotOccupiedError(request=None),
        errors.UsernameInvalidError(request=None),
    ],
    ids=lambda e: type(e).__name__,
)
def test_telegram_channel_errors_make_the_channel_unavailable(
    cfg: Settings, error: Exception
) -> None:
    gone = FakeChannel("kotenok_z", 99, 98, error=error)
    client = FakeTelegramClient(gone, channel_with(2))
    source = source_for(cfg, client)
    with pytest.raises(ChannelUnavailable) as caught:
        fetch(source, state("kotenok_z"))
    assert caught.value.channel == "kotenok_z" and "kotenok_z" in str(caught.value)
    assert len(fetch(source, state()).posts) == 2  # the other channels carry on


def test_an_unknown_username_is_unavailable(cfg: Settings) -> None:
    with pytest.raises(ChannelUnavailable, match="no channel has this username"):
        fetch(source_for(cfg, FakeTelegramClient()), state("no_such_chan"))


@pytest.mark.parametrize(
    "error",
    [
        ConnectionError("Cannot send requests while disconnected"),
        OSError(101, "Network is unreachable"),
        TimeoutError(),
    ],
    ids=lambda e: type(e).__name__,
)
def test_network_errors_are_source_errors(cfg: Settings, error: Exception) -> None:
    client = FakeTelegramClient(channel_with(2))
    client.fail("get_messages", error)
    with pytest.raises(SourceError, match="cannot reach Telegram") as caught:
        fetch(source_for(cfg, client), state(high_water=2, telegram_id=CID, access_hash=HASH))
    assert not isinstance(caught.value, ChannelUnavailable | RateLimited)
    assert caught.value.channel == "butusovplus"


def test_other_telegram_errors_and_bugs_stay_with_their_channel(
    cfg: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    client = FakeTelegramClient(channel_with(2))
    client.fail("get_input_entity", errors.RPCError(request=None, message="INTERNAL", code=500))
    client.fail("get_input_entity", RuntimeError("a bug"))
    source = source_for(cfg, client)
    with pytest.raises(SourceError, match="Telegram refused the request: 500 INTERNAL"):
        fetch(source, state())
    with pytest.raises(SourceError, match="unexpected error: RuntimeError: a bug"):
        fetch(source, state())
    assert any(r.exc_info and r.levelname == "ERROR" for r in caplog.records)
    assert len(fetch(source, state()).posts) == 2


def test_a_failed_connect_is_retried_on_the_next_poll(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(2))
    client.fail("connect", ConnectionError("no route"))
    source = source_for(cfg, client)
    with pytest.raises(SourceError, match="cannot reach Telegram"):
        fetch(source, state())
    assert len(fetch(source, state()).posts) == 2


def test_a_session_that_is_not_logged_in_says_to_run_login(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(2), authorized=False)
    with pytest.raises(SourceError, match="monitor login"):
        fetch(source_for(cfg, client), state())


def test_a_revoked_session_says_to_run_login(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(2))
    client.fail("get_input_entity", errors.AuthKeyUnregisteredError(request=None))
    with pytest.raises(SourceError, match="monitor login"):
        fetch(source_for(cfg, client), state())


def test_aclose_disconnects(cfg: Settings) -> None:
    client = FakeTelegramClient(channel_with(2))
    source = source_for(cfg, client)

    async def run() -> None:
        await source.fetch(state())
        assert client.is_connected()
        await source.aclose()

    asyncio.run(run())
    assert not client.is_connected() and client.calls[-1] == ("disconnect", {})


# --- configuration ------------------------------------------------------------------------


def valid_string_session() -> str:
    session = StringSession()
    session.set_dc(2, "149.154.167.51", 443)
    session.auth_key = AuthKey(bytes(range(256)))
    return session.save()


def test_missing_api_credentials_say_what_to_set(cfg: Settings) -> None:
    with pytest.raises(ConfigError) as caught:
        TelegramSource(cfg)
    message_text = str(caught.value)
    assert "MONITOR_TELEGRAM_API_ID" in message_text and "MONITOR_TELEGRAM_API_HASH" in message_text
    assert "monitor login" in message_text


def test_missing_session_file_says_to_run_login(config_dir: Path, tmp_path: Path) -> None:
    settings = make_settings(
        config_dir,
        tmp_path,
        MONITOR_TELEGRAM_API_ID="12345",
        MONITOR_TELEGRAM_API_HASH="0123456789abcdef0123456789abcdef",
    )
    with pytest.raises(ConfigError, match="monitor login") as caught:
        TelegramSource(settings)
    assert "telegram.session" in str(caught.value)


def test_a_bad_string_session_is_rejected_without_echoing_it(
    config_dir: Path, tmp_path: Path
) -> None:
    settings = make_settings(
        config_dir,
        tmp_path,
        MONITOR_TELEGRAM_API_ID="12345",
        MONITOR_TELEGRAM_API_HASH="0123456789abcdef0123456789abcdef",
        MONITOR_TELEGRAM_SESSION="9not-a-session-secretvalue",
    )
    with pytest.raises(ConfigError) as caught:
        TelegramSource(settings)
    assert "secretvalue" not in str(caught.value) and "MONITOR_TELEGRAM_SESSION" in str(
        caught.value
    )


def test_the_default_client_is_a_real_telethon_client(config_dir: Path, tmp_path: Path) -> None:
    settings = make_settings(
        config_dir,
        tmp_path,
        MONITOR_TELEGRAM_API_ID="12345",
        MONITOR_TELEGRAM_API_HASH="0123456789abcdef0123456789abcdef",
        MONITOR_TELEGRAM_SESSION=valid_string_session(),
    )
    TelegramSource(settings)  # validates settings and session without connecting
    client = build_client(settings, open_session(settings))
    assert isinstance(client, TelegramClient)
    assert client.api_id == 12345 and client.flood_sleep_threshold == 0
    assert isinstance(client.session, StringSession)
    assert client.session.auth_key is not None and client.session.dc_id == 2


# --- login --------------------------------------------------------------------------------

PHONE, CODE, PASSWORD = "+79991234567", "97531", "correct horse battery staple"
API_HASH = "0123456789abcdef0123456789abcdef"
ME = types.User(id=4242, first_name="Аналитик", username="osint_desk", phone="79991234567")


class Answers:
    """The user at the keyboard: scripted answers, and the notices shown to them."""

    def __init__(self, codes: list[str] | None = None, passwords: list[str] | None = None) -> None:
        self.codes = list(codes or [CODE])
        self.passwords = list(passwords or [PASSWORD])
        self.notices: list[str] = []
        self.asked: list[str] = []

    def prompts(self) -> LoginPrompts:
        def ask(kind: str, answers: list[str]) -> Callable[[], str]:
            def answer() -> str:
                self.asked.append(kind)
                return answers.pop(0)

            return answer

        return LoginPrompts(
            phone=ask("phone", [PHONE]),
            code=ask("code", self.codes),
            password=ask("password", self.passwords),
            notice=self.notices.append,
        )


def login_settings(config_dir: Path, tmp_path: Path) -> Settings:
    return make_settings(
        config_dir, tmp_path, MONITOR_TELEGRAM_API_ID="12345", MONITOR_TELEGRAM_API_HASH=API_HASH
    )


def run_login(
    settings: Settings,
    answers: Answers,
    *,
    password: str | None = PASSWORD,
    authorized: bool = False,
    string_out: Path | None = None,
) -> LoginResult:
    account = Account(phone=PHONE, code=CODE, password=password, user=ME)
    return asyncio.run(
        login(
            settings,
            answers.prompts(),
            string_out=string_out,
            client_factory=lambda session: FakeLoginClient(session, account, authorized),
        )
    )


@pytest.fixture
def lax_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.usefixtures("lax_umask")
def test_login_writes_a_session_file_only_its_owner_can_read(
    config_dir: Path, tmp_path: Path
) -> None:
    settings = login_settings(config_dir, tmp_path)
    answers = Answers()
    result = run_login(settings, answers)

    path = tmp_path / "data" / "telegram.session"
    assert result.saved_to == path and not result.already
    assert result.account == "Аналитик (@osint_desk)"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    saved = SQLiteSession(str(path))  # Telethon wrote the key into the file we created
    assert saved.auth_key is not None and saved.auth_key.key == bytes(range(256))
    saved.close()
    assert answers.asked == ["phone", "code", "password"]


def test_login_asks_again_after_a_wrong_code_or_password(config_dir: Path, tmp_path: Path) -> None:
    answers = Answers(codes=["11111", CODE], passwords=["wrong", PASSWORD])
    run_login(login_settings(config_dir, tmp_path), answers)
    assert answers.asked == ["phone", "code", "code", "password", "password"]
    assert answers.notices == [
        "That code is not right; try again.",
        "That password is not right; try again.",
    ]


def test_login_without_two_step_password(config_dir: Path, tmp_path: Path) -> None:
    answers = Answers()
    run_login(login_settings(config_dir, tmp_path), answers, password=None)
    assert answers.asked == ["phone", "code"]


def test_login_gives_up_after_three_wrong_codes(config_dir: Path, tmp_path: Path) -> None:
    answers = Answers(codes=["1", "2", "3"])
    with pytest.raises(UsageError, match="3 wrong codes"):
        run_login(login_settings(config_dir, tmp_path), answers)


def test_login_of_a_logged_in_session_asks_nothing(config_dir: Path, tmp_path: Path) -> None:
    answers = Answers()
    result = run_login(login_settings(config_dir, tmp_path), answers, authorized=True)
    assert result.already and answers.asked == []


def test_login_refuses_a_world_writable_data_folder(config_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o777)
    with pytest.raises(ConfigError, match="world-writable"):
        run_login(login_settings(config_dir, tmp_path), Answers())
    assert not (data / "telegram.session").exists()


def test_login_needs_api_credentials_before_making_files(cfg: Settings, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="MONITOR_TELEGRAM_API_ID"):
        asyncio.run(login(cfg, Answers().prompts()))
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (ConnectionError("refused"), "cannot reach Telegram"),
        (errors.ApiIdInvalidError(request=None), "MONITOR_TELEGRAM_API_ID"),
    ],
    ids=["network", "api id"],
)
def test_login_failures_are_one_clear_error(
    config_dir: Path, tmp_path: Path, error: Exception, expected: str
) -> None:
    def factory(session: Any) -> FakeLoginClient:
        client = FakeLoginClient(session, Account(PHONE, CODE, None, ME))
        client.connect_error = error
        return client

    with pytest.raises((UsageError, ConfigError), match=expected):
        asyncio.run(
            login(login_settings(config_dir, tmp_path), Answers().prompts(), client_factory=factory)
        )


@pytest.mark.usefixtures("lax_umask")
def test_string_login_writes_the_session_to_a_private_file(
    config_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "secrets" / "telegram.string"
    out.parent.mkdir(mode=0o700)
    out.write_text("an older session")
    out.chmod(0o644)
    settings = login_settings(config_dir, tmp_path)
    result = run_login(settings, Answers(), string_out=out)

    assert result.saved_to == out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    session = StringSession(out.read_text())
    assert session.auth_key is not None and session.auth_key.key == bytes(range(256))
    assert not (tmp_path / "data" / "telegram.session").exists()
    # ... and it is what the source reads through MONITOR_TELEGRAM_SESSION_FILE
    env = {
        "MONITOR_TELEGRAM_API_ID": "12345",
        "MONITOR_TELEGRAM_API_HASH": API_HASH,
        "MONITOR_TELEGRAM_SESSION_FILE": str(out),
    }
    reader = make_settings(config_dir, tmp_path, **env)
    assert isinstance(open_session(reader), StringSession)


# --- secrets ------------------------------------------------------------------------------


def test_no_secret_reaches_a_log_line_an_error_or_the_terminal(
    config_dir: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("telethon", "monitor"):
        caplog.set_level(logging.DEBUG, logger=name)
    session_string = valid_string_session()
    settings = make_settings(
        config_dir,
        tmp_path,
        MONITOR_TELEGRAM_API_ID="12345",
        MONITOR_TELEGRAM_API_HASH=API_HASH,
        MONITOR_TELEGRAM_SESSION=session_string,
    )
    seen: list[str] = [repr(settings), repr(settings.telegram)]

    # a poll that meets every kind of trouble
    client = FakeTelegramClient(
        channel_with(3),
        FakeChannel("closed_chan", 9, 9, error=errors.ChannelPrivateError(request=None)),
    )
    client.fail("get_input_entity", errors.FloodWaitError(request=None, capture=1))
    client.fail("get_messages", ConnectionError("connection reset"))
    client.fail("iter_messages", errors.FloodWaitError(request=None, capture=9999))
    source = TelegramSource(settings, lambda: client, flood_sleep_threshold=5, sleep=Sleeps())
    for channel in (
        state(),
        state(),
        state("closed_chan"),
        state("gone_chan"),
        state(high_water=3, telegram_id=CID, access_hash=HASH),
    ):
        try:
            fetch(source, channel)
        except SourceError as exc:
            seen.append(str(exc))
            seen.append(repr(exc))

    # logins: file and string, with wrong answers, and one the phone number fails
    answers = Answers(codes=["00000", CODE], passwords=["not it", PASSWORD])
    run_login(settings, answers)
    string_file = tmp_path / "string.session"
    run_login(settings, Answers(), string_out=string_file)
    account = Account(phone="+10000000000", code=CODE, password=None, user=ME)
    with pytest.raises(UsageError) as caught:
        asyncio.run(
            login(
                settings, Answers().prompts(), client_factory=lambda s: FakeLoginClient(s, account)
            )
        )
    seen.append(str(caught.value))

    captured = capsys.readouterr()
    seen += [caplog.text, captured.out, captured.err]
    seen += [str(record.args) for record in caplog.records]
    assert len(caplog.records) >= 5  # the source and the login did log
    everything = "\n".join(seen)
    secrets = [
        API_HASH,
        session_string,
        string_file.read_text(),
        PHONE,
        PHONE.lstrip("+"),
        CODE,
        PASSWORD,
    ]
    for secret in secrets:
        assert secret not in everything


def test_string_login_does_not_follow_a_planted_symlink(config_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "readable_by_others"
    target.write_text("")
    link = tmp_path / "session.txt"
    link.symlink_to(target)
    with pytest.raises(UsageError, match="cannot write"):
        run_login(login_settings(config_dir, tmp_path), Answers(), string_out=link)
    assert target.read_text() == ""
