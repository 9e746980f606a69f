"""Re-importing an export: messages stored at the same or a newer edit are passed over before
conversion (`monitor.sources.desktop_known`), and everything else still takes the full path."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import Engine, select

from monitor.sources.desktop_known import WINDOW
from monitor.store.db import session_scope
from monitor.store.models import Post, PostVersion
from tests.sources.test_desktop_import import chat, message, posts, run_import, service, write

NAME = "butusov_plus"


def test_reimport_leaves_unchanged_rows_untouched(engine: Engine, tmp_path: Path) -> None:
    ids = [*range(1, 6), *range(WINDOW + 10, WINDOW + 15), 3 * WINDOW]  # several windows
    path = write(tmp_path / "result.json", chat([message(i, edited=2) for i in ids]))
    run_import(engine, path, channel=NAME)
    seen_before = {mid: p.last_seen_at for mid, p in posts(engine, NAME).items()}
    again = run_import(engine, path, channel=NAME)
    assert (again.new, again.edited, again.unchanged) == (0, 0, len(ids))
    assert {mid: p.last_seen_at for mid, p in posts(engine, NAME).items()} == seen_before


def test_newer_edit_and_new_reactions_take_the_full_path(engine: Engine, tmp_path: Path) -> None:
    first = [message(1), message(2, edited=5), message(3), service(4)]
    run_import(engine, write(tmp_path / "old.json", chat(first)), channel=NAME)
    reactions = [{"type": "emoji", "count": 7, "emoji": "👍"}]
    newer = [
        message(1, "Правка без прежней даты правки.", edited=9),  # first edit
        message(2, "Вторая правка.", edited=20),  # a newer edit
        message(3, reactions=reactions),  # same text, reactions came
        service(4),
        message(5),
    ]
    stats = run_import(engine, write(tmp_path / "new.json", chat(newer)), channel=NAME)
    assert (stats.new, stats.edited, stats.unchanged, stats.service) == (1, 2, 1, 1)
    stored = posts(engine, NAME)
    assert stored[1].text == "Правка без прежней даты правки."
    assert stored[2].text == "Вторая правка."
    assert stored[3].reactions == {"👍": 7}
    with session_scope(engine) as session:
        versions = session.execute(select(PostVersion.post_id, PostVersion.text)).all()
    assert sorted(text for _, text in versions) == sorted([message(1)["text"], message(2)["text"]])


def test_older_copy_or_bad_edit_date_is_not_taken_for_unchanged(
    engine: Engine, tmp_path: Path
) -> None:
    run_import(engine, write(tmp_path / "a.json", chat([message(1, edited=30)])), channel=NAME)
    older = run_import(engine, write(tmp_path / "b.json", chat([message(1, edited=10)])),
                       channel=NAME)  # fmt: skip
    assert (older.edited, older.unchanged) == (0, 1)
    stored = posts(engine, NAME)[1]
    assert stored.edited_at == message_time(1, 30)
    with session_scope(engine) as session:
        assert session.scalar(select(Post.text).where(Post.message_id == 1)) == stored.text


def message_time(mid: int, edited: int) -> object:
    from tests.sources.test_desktop_import import START

    return START + timedelta(minutes=mid + edited)
