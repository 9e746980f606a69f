"""The Telegram Desktop export source: both text shapes, whole-account exports, service messages,
edits, forwards, media, idempotent re-import, and bad files that leave nothing behind."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from monitor.errors import ImportFileError, UsageError
from monitor.sources.desktop_import import (
    BATCH,
    ChatHeader,
    ImportStats,
    import_export,
    message_to_post,
)
from monitor.store.db import session_scope
from monitor.store.gaps import Gap, find_gaps
from monitor.store.models import AbsentRange, Channel, Post, PostVersion

CHAT = ChatHeader("Бутусов Плюс", "public_channel", 1361557019)
START = datetime(2025, 3, 8, 6, 0, tzinfo=UTC)


def message(mid: int, text: Any = None, *, edited: int | None = None, **extra: Any) -> dict:
    """One message as Desktop writes it: local `date` plus `date_unixtime`, `text` and
    `text_entities`. The local date is deliberately three hours off UTC (Moscow)."""
    moment = START + timedelta(minutes=mid)
    text = f"Сообщение {mid}: обстановка в районе Суджи." if text is None else text
    entities = (
        [{"type": "plain", "text": text}]
        if isinstance(text, str)
        else [p if isinstance(p, dict) else {"type": "plain", "text": p} for p in text]
    )
    out: dict[str, Any] = {
        "id": mid,
        "type": "message",
        "date": (moment + timedelta(hours=3)).replace(tzinfo=None).isoformat(),
        "date_unixtime": str(int(moment.timestamp())),
        "from": CHAT.name,
        "from_id": f"channel{CHAT.id}",
        "text": text,
        "text_entities": entities,
    }
    if edited is not None:
        stamp = moment + timedelta(minutes=edited)
        out["edited"] = (stamp + timedelta(hours=3)).replace(tzinfo=None).isoformat()
        out["edited_unixtime"] = str(int(stamp.timestamp()))
    out.update(extra)
    return out


def service(mid: int, action: str = "pin_message") -> dict:
    moment = START + timedelta(minutes=mid)
    return {
        "id": mid,
        "type": "service",
        "date": moment.replace(tzinfo=None).isoformat(),
        "date_unixtime": str(int(moment.timestamp())),
        "actor": CHAT.name,
        "actor_id": f"channel{CHAT.id}",
        "action": action,
        "text": "",
        "text_entities": [],
    }


def chat(messages: list[dict], header: ChatHeader = CHAT) -> dict:
    return {"name": header.name, "type": header.type, "id": header.id, "messages": messages}


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def run_import(engine: Engine, path: Path, **options: Any) -> ImportStats:
    with session_scope(engine) as session:
        return import_export(session, path, **options)


def counts(engine: Engine) -> tuple[int, int, int]:
    with session_scope(engine) as session:
        return (
            session.scalar(select(func.count()).select_from(Channel)) or 0,
            session.scalar(select(func.count()).select_from(Post)) or 0,
            session.scalar(select(func.count()).select_from(PostVersion)) or 0,
        )


def posts(engine: Engine, username: str) -> dict[int, Post]:
    with session_scope(engine) as session:
        rows = session.scalars(select(Post).join(Channel).where(Channel.username == username))
        return {p.message_id: p for p in rows}


# --- one message --------------------------------------------------------------------------


def test_entity_list_text_keeps_link_targets_that_differ() -> None:
    parts = [
        "Штурм ",
        {"type": "bold", "text": "Суджи"},
        " — ",
        {"type": "text_link", "text": "видео", "href": "https://t.me/butusov_plus/9"},
        " и ",
        {"type": "link", "text": "https://example.org"},
        " ",
        {"type": "text_link", "text": "example.org/", "href": "https://example.org"},
    ]
    post = message_to_post(message(7, parts), "butusov_plus", CHAT, "https://t.me/butusov_plus")
    assert post is not None
    assert post.text == (
        "Штурм Суджи — видео (https://t.me/butusov_plus/9) и https://example.org example.org/"
    )
    assert post.link == "https://t.me/butusov_plus/7"


def test_text_entities_used_when_text_is_absent() -> None:
    raw = message(3, "x")
    del raw["text"]
    raw["text_entities"] = [{"type": "plain", "text": "Малая "}, {"type": "bold", "text": "Локня"}]
    post = message_to_post(raw, "c", CHAT, None)
    assert post is not None and post.text == "Малая Локня"


def test_unixtime_wins_over_local_date_and_local_date_is_read_as_utc() -> None:
    post = message_to_post(message(1, edited=5), "c", CHAT, None)
    assert post is not None
    assert post.posted_at == START + timedelta(minutes=1)
    assert post.edited_at == START + timedelta(minutes=6)
    old = message(1)
    del old["date_unixtime"]
    legacy = message_to_post(old, "c", CHAT, None)
    assert legacy is not None and legacy.posted_at == START + timedelta(minutes=1, hours=3)


def test_forward_reply_author_and_reactions() -> None:
    raw = message(
        4,
        forwarded_from="Рыбарь",
        forwarded_from_id="channel1326223284",
        reply_to_message_id=2,
        author="Ю. Бутусов",
        reactions=[
            {"type": "emoji", "count": 12, "emoji": "🔥"},
            {"type": "emoji", "count": 3, "emoji": "👍"},
        ],
    )
    post = message_to_post(raw, "c", CHAT, None)
    assert post is not None
    assert post.forward is not None
    assert (post.forward.name, post.forward.channel_id) == ("Рыбарь", 1326223284)
    assert (post.reply_to, post.author) == (2, "Ю. Бутусов")
    assert post.reactions == {"🔥": 12, "👍": 3}
    sender_is_the_channel = message_to_post(message(5), "c", CHAT, None)
    assert sender_is_the_channel is not None and sender_is_the_channel.author is None


@pytest.mark.parametrize(
    ("extra", "kind", "media"),
    [
        (
            {"photo": "photos/photo_1@08-03-2025_09-01-00.jpg", "width": 1280, "height": 720},
            "photo",
            {"file_name": "photo_1@08-03-2025_09-01-00.jpg", "width": 1280, "height": 720},
        ),
        (
            {
                "file": "(File not included. Change data exporting settings to download.)",
                "media_type": "video_file",
                "mime_type": "video/mp4",
                "duration_seconds": 31,
            },
            "video",
            {"mime_type": "video/mp4", "duration": 31},
        ),
        (
            {"file": "stickers/sticker.webp", "media_type": "sticker", "sticker_emoji": "🫡"},
            "sticker",
            {"file_name": "sticker.webp", "emoji": "🫡"},
        ),
        (
            {"file": "files/report.pdf", "mime_type": "application/pdf"},
            "document",
            {"file_name": "report.pdf", "mime_type": "application/pdf"},
        ),
        (
            {
                "poll": {
                    "question": "Кто контролирует Суджу?",
                    "closed": True,
                    "total_voters": 40,
                    "answers": [
                        {"text": "ВСУ", "voters": 10, "chosen": False},
                        {"text": "ВС РФ", "voters": 30, "chosen": False},
                    ],
                }
            },
            "poll",
            {
                "question": "Кто контролирует Суджу?",
                "answers": ["ВСУ", "ВС РФ"],
                "total_voters": 40,
                "closed": True,
            },
        ),
    ],
)
def test_media_kind_and_metadata(extra: dict, kind: str, media: dict) -> None:
    post = message_to_post(message(9, **extra), "c", CHAT, None)
    assert post is not None
    assert (post.media_kind, post.media) == (kind, media)


def test_service_message_is_skipped() -> None:
    assert message_to_post(service(1, "create_channel"), "c", CHAT, None) is None


# --- importing ----------------------------------------------------------------------------


def test_single_chat_import_with_channel_name(engine: Engine, tmp_path: Path) -> None:
    data = chat(
        [
            service(1, "create_channel"),
            message(2),
            message(3, ["Взята ", {"type": "italic", "text": "Казачья Локня"}]),
            service(4),
            message(5, edited=30),
        ]
    )
    stats = run_import(engine, write(tmp_path / "result.json", data), channel="butusov_plus")
    assert (stats.new, stats.edited, stats.service, stats.chats) == (3, 0, 2, 1)
    stored = posts(engine, "butusov_plus")
    assert sorted(stored) == [2, 3, 5]
    assert stored[3].text == "Взята Казачья Локня"
    assert stored[5].edited_at == START + timedelta(minutes=35)
    with session_scope(engine) as session:
        row = session.scalars(select(Channel)).one()
        assert (row.source, row.enabled, row.title, row.telegram_id) == (
            "export",
            False,
            CHAT.name,
            CHAT.id,
        )
        assert row.high_water == 5  # a full export (from id 1) covers everything up to 5


def test_reimport_adds_nothing(engine: Engine, tmp_path: Path) -> None:
    path = write(tmp_path / "result.json", chat([message(i, edited=1) for i in range(1, 40)]))
    run_import(engine, path, channel="butusov_plus")
    before = counts(engine)
    again = run_import(engine, path, channel="butusov_plus")
    assert (again.new, again.edited, again.unchanged) == (0, 0, 39)
    assert counts(engine) == before == (1, 39, 0)


def test_newer_export_adds_only_new_and_records_edits(engine: Engine, tmp_path: Path) -> None:
    first = [message(i) for i in range(1, 11)]
    run_import(engine, write(tmp_path / "old.json", chat(first)), channel="butusov_plus")
    newer = [message(i) for i in range(1, 14) if i != 4]  # 4 was deleted meanwhile
    newer[1] = message(2, "Уточнение: бои за Суджу продолжаются.", edited=90)
    stats = run_import(engine, write(tmp_path / "new.json", chat(newer)), channel="butusov_plus")
    assert (stats.new, stats.edited, stats.unchanged) == (3, 1, 8)
    stored = posts(engine, "butusov_plus")
    assert len(stored) == 13 and stored[4].deleted_at is None  # an export never proves deletion
    assert stored[2].text == "Уточнение: бои за Суджу продолжаются."
    with session_scope(engine) as session:
        versions = session.scalars(select(PostVersion)).all()
        assert [(v.version, v.text) for v in versions] == [(1, message(2)["text"])]
    # the older export again: no rollback of the edited text, no new version
    run_import(engine, tmp_path / "old.json", channel="butusov_plus")
    assert posts(engine, "butusov_plus")[2].text.startswith("Уточнение")
    assert counts(engine)[2] == 1


def test_single_chat_goes_to_the_channel_with_its_title_or_id(
    engine: Engine, tmp_path: Path
) -> None:
    with session_scope(engine) as session:
        session.add_all(
            [
                Channel(username="butusov_plus", title="БУТУСОВ ПЛЮС", source="web", side="ua"),
                Channel(
                    username="ssternenko",
                    title="Стерненко",
                    source="web",
                    side="ua",
                    telegram_id=1197363285,
                ),
            ]
        )
    run_import(engine, write(tmp_path / "a.json", chat([message(1)])))
    renamed = ChatHeader("Sternenko (new title)", "public_channel", 1197363285)
    run_import(engine, write(tmp_path / "b.json", chat([message(1), message(2)], renamed)))
    assert sorted(posts(engine, "butusov_plus")) == [1]
    assert sorted(posts(engine, "ssternenko")) == [1, 2]
    assert posts(engine, "ssternenko")[1].link == "https://t.me/ssternenko/1"


def test_single_chat_that_matches_no_channel_asks_for_a_name(
    engine: Engine, tmp_path: Path
) -> None:
    path = write(tmp_path / "result.json", chat([message(1)]))
    with pytest.raises(UsageError, match="--channel"):
        run_import(engine, path)
    with pytest.raises(UsageError, match="letters"):
        run_import(engine, path, channel="no spaces allowed")
    assert counts(engine) == (0, 0, 0)


def account(chats: list[dict], left: list[dict] | None = None) -> dict:
    return {
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 42, "first_name": "Analyst"},
        "contacts": {"about": "", "list": [{"first_name": "A", "phone_number": "+1"}]},
        "chats": {"about": "This page lists all chats from this export.", "list": chats},
        "left_chats": {"about": "Chats you left.", "list": left or []},
    }


def test_whole_account_export(engine: Engine, tmp_path: Path) -> None:
    with session_scope(engine) as session:
        session.add(Channel(username="butusov_plus", title=CHAT.name, source="web", side="ua"))
    private = ChatHeader("Закрытый канал", "private_channel", 1500000001)
    other = ChatHeader("Рецепты", "public_channel", 1500000002)
    friend = {
        "name": "Friend",
        "type": "personal_chat",
        "id": 77,
        "messages": [message(1, "привет")],
    }
    data = account(
        [
            friend,
            chat([service(1, "create_channel"), message(2), message(3)]),
            chat([message(1)], private),
        ],
        left=[chat([message(5)], other)],
    )
    path = write(tmp_path / "result.json", data)
    stats = run_import(engine, path)
    assert (stats.chats, stats.new, stats.service) == (1, 2, 1)
    assert stats.skipped_chats == ["Закрытый канал", "Рецепты"]
    assert counts(engine) == (1, 2, 0)
    stats = run_import(engine, path, all_channels=True)
    assert (stats.chats, stats.new, stats.unchanged) == (3, 2, 2)
    created = posts(engine, f"export_{private.id}")
    assert created[1].link == f"https://t.me/c/{private.id}/1"
    assert sorted(posts(engine, f"export_{other.id}")) == [5]
    with pytest.raises(UsageError, match="whole-account"):
        run_import(engine, path, channel="butusov_plus")


# --- bad files ----------------------------------------------------------------------------


def big_chat(n: int) -> dict:
    return chat([message(i) for i in range(1, n + 1)])


def test_truncated_file_commits_nothing(engine: Engine, tmp_path: Path) -> None:
    whole = json.dumps(big_chat(BATCH * 2 + 10), ensure_ascii=False).encode()
    path = tmp_path / "result.json"
    path.write_bytes(whole[: len(whole) - 200])  # the batches before the cut were ingested
    with pytest.raises(ImportFileError) as caught:
        run_import(engine, path, channel="butusov_plus")
    assert caught.value.position == f"byte {len(whole) - 200}"
    assert "truncated" in str(caught.value) and str(path) in str(caught.value)
    assert counts(engine) == (0, 0, 0)


def test_corrupt_byte_is_located_and_nothing_is_committed(engine: Engine, tmp_path: Path) -> None:
    whole = bytearray(json.dumps(big_chat(BATCH + 500), ensure_ascii=False).encode())
    offset = whole.index(b'"id": 2300,')
    whole[offset] = ord("?")
    path = tmp_path / "result.json"
    path.write_bytes(bytes(whole))
    with pytest.raises(ImportFileError) as caught:
        run_import(engine, path, channel="butusov_plus")
    assert caught.value.position == f"byte {offset}"
    assert "invalid char" in caught.value.problem
    assert counts(engine) == (0, 0, 0)


@pytest.mark.parametrize(
    ("content", "position", "problem"),
    [
        (b"\x89PNG\r\n\x1a\n not json", "byte 0", "not JSON"),
        (b"", "byte 0", "truncated"),
        (b'[{"id": 1}]', "byte 0", "top level is not a JSON object"),
        (b'{"name": "x", "messages": {"id": 1}}', "byte", '"messages" is not a list'),
        (b'{"about": "x", "personal_information": {}}', "byte", 'no "messages"'),
        (
            b'{"name": "x", "messages": [{"type": "message", "date_unixtime": "1"}]}',
            "near byte",
            "missing 'id'",
        ),
        (
            b'{"name": "x", "messages": [{"id": 1, "date_unixtime": "1", "text": 5}]}',
            "near byte",
            "text is a int",
        ),
        (b'{"name": "x", "messages": [7]}', "near byte", "a message is a int"),
        (b'{"about": "x", "chats": {"list": {"name": "y"}}}', "byte", "is not a list"),
    ],
)
def test_malformed_files(
    engine: Engine, tmp_path: Path, content: bytes, position: str, problem: str
) -> None:
    path = tmp_path / "result.json"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        run_import(engine, path, channel="butusov_plus")
    assert caught.value.position.startswith(position)
    assert problem in caught.value.problem
    assert counts(engine) == (0, 0, 0)


def test_missing_file(engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="cannot be read"):
        run_import(engine, tmp_path / "absent.json", channel="butusov_plus")


def test_partial_export_does_not_move_high_water(engine: Engine, tmp_path: Path) -> None:
    """An export limited to recent dates leaves a hole below it: the mark stays."""
    run_import(
        engine,
        write(tmp_path / "r.json", chat([message(i) for i in range(500, 505)])),
        channel="butusov_plus",
    )
    with session_scope(engine) as session:
        assert session.scalars(select(Channel.high_water)).one() == 0


def test_invalid_utf8_is_located(engine: Engine, tmp_path: Path) -> None:
    whole = bytearray(json.dumps(big_chat(300), ensure_ascii=False).encode())
    offset = whole.index("Сообщение 250".encode()) + 3  # inside a two-byte letter
    whole[offset] = 0xFF
    path = tmp_path / "result.json"
    path.write_bytes(bytes(whole))
    with pytest.raises(ImportFileError) as caught:
        run_import(engine, path, channel="butusov_plus")
    assert caught.value.position == f"byte {offset}"
    assert "UTF8" in caught.value.problem


def test_truncated_account_export_commits_nothing(engine: Engine, tmp_path: Path) -> None:
    with session_scope(engine) as session:
        session.add(Channel(username="butusov_plus", title=CHAT.name, source="web", side="ua"))
    whole = json.dumps(account([big_chat(BATCH + 100)]), ensure_ascii=False).encode()
    path = tmp_path / "result.json"
    path.write_bytes(whole[:-3])
    with pytest.raises(ImportFileError, match="truncated"):
        run_import(engine, path, all_channels=True)
    assert counts(engine) == (1, 0, 0)


# --- gaps and the search index ------------------------------------------------------------


def test_service_message_ids_are_not_gaps_after_import(engine: Engine, tmp_path: Path) -> None:
    messages = [service(4) if i == 4 else message(i) for i in range(1, 11) if i != 7]
    path = write(tmp_path / "result.json", chat(messages))
    assert run_import(engine, path, channel="butusov_plus").service == 1
    run_import(engine, path, channel="butusov_plus")  # again: nothing recorded twice
    with session_scope(engine) as session:
        assert find_gaps(session) == [Gap("butusov_plus", 7, 7, 1)]  # 7 is truly missing
        ranges = session.execute(
            select(AbsentRange.from_id, AbsentRange.to_id, AbsentRange.reason)
        ).all()
        assert [tuple(r) for r in ranges] == [(4, 4, "service")]
