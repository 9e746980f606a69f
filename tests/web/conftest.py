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


def add_hostile_post(engine: Engine) -> int:
    with session_scope(engine) as session:
        channel = session.scalar(select(Channel).where(Channel.username == "mod_russia"))
        sudzha = session.scalar(select(Place).where(Place.key == "sudzha"))
        assert channel is not None and sudzha is not None
        post = Post(
            channel_id=channel.id, message_id=999_999, posted_at=datetime(2025, 3, 11, tzinfo=UTC),
            text=HOSTILE, text_hash="hostile", link="javascript:alert(1)", views=1,
            analyzed_version="test", analyzed_at=datetime.now(UTC),
        )  # fmt: skip
        session.add(post)
        session.flush()
        start = HOSTILE.index("Суджи")
        session.add(Mention(post_id=post.id, place_id=sudzha.id, span_start=start,
                            span_end=start + 5, surface="Суджи", confidence=1.0))  # fmt: skip
        return post.id


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
