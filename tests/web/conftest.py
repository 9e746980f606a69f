"""A live dashboard on a seeded SQLite copy (plus one hostile post), served in a thread."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from monitor.analyzer import Analyzer
from monitor.store.db import make_engine, session_scope
from monitor.store.models import Channel, Mention, Place, Post
from monitor.store.readonly_sql import readonly_engine
from monitor.web.app import create_app
from monitor.web.server import running
from tests.search.conftest import analyzer, seed_settings, seeded_sqlite_file  # noqa: F401

HOSTILE = (
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
    "{{ 7*7 }} Бои у Суджи </p><b>bold</b>"
)


def add_post(
    engine: Engine, text: str, message_id: int, day: int, *, mention: str | None = None
) -> int:
    """A post of @mod_russia on 2025-03-`day`, analysed, with `mention` (a surface in `text`)
    as a mention of Sudzha; its id."""
    with session_scope(engine) as session:
        channel = session.scalar(select(Channel).where(Channel.username == "mod_russia"))
        sudzha = session.scalar(select(Place).where(Place.key == "sudzha"))
        assert channel is not None and sudzha is not None
        post = Post(
            channel_id=channel.id, message_id=message_id,
            posted_at=datetime(2025, 3, day, tzinfo=UTC), text=text,
            text_hash=f"test-{message_id}", views=1,
            analyzed_version="test", analyzed_at=datetime.now(UTC),
        )  # fmt: skip
        session.add(post)
        session.flush()
        if mention is not None:
            start = text.index(mention)
            session.add(Mention(post_id=post.id, place_id=sudzha.id, span_start=start,
                                span_end=start + len(mention), surface=mention,
                                confidence=1.0))  # fmt: skip
        return post.id


def add_hostile_post(engine: Engine) -> int:
    post_id = add_post(engine, HOSTILE, 999_999, 11, mention="Суджи")
    with session_scope(engine) as session:  # a link no page may follow
        session.get_one(Post, post_id).link = "javascript:alert(1)"
    return post_id


@pytest.fixture(scope="module")
def web_db(tmp_path_factory: pytest.TempPathFactory, seeded_sqlite_file: Path) -> Path:  # noqa: F811
    path = tmp_path_factory.mktemp("web") / "web.db"
    shutil.copy(seeded_sqlite_file, path)
    engine = make_engine(f"sqlite:///{path}")
    add_hostile_post(engine)
    engine.dispose()
    return path


@pytest.fixture(scope="module")
def web_engine(web_db: Path) -> Iterator[Engine]:
    engine = readonly_engine(make_engine(f"sqlite:///{web_db}"))
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def live(web_engine: Engine, analyzer: Analyzer) -> Iterator[str]:  # noqa: F811
    app = create_app(web_engine, lambda: analyzer.matcher)
    with running(app) as base:
        yield base
