"""A word plus a place («штурм Суджа»): on PostgreSQL the place's branch holds only mentions
whose surface the text index may not hold as the place's words (`sql.other_surfaces`); the
posts of the others come from the text branch. The matches must be the same as when every
mention is tested, on both backends, whatever the surface: a declined form, an adjective the
stem prefix covers, a Latin spelling, a form inside a host name the text index keeps whole."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, delete, select, update

from monitor.domain import PlaceMention
from monitor.search import engine as search_engine
from monitor.search.engine import search
from monitor.search.filters import Order
from monitor.search.query import parse_query
from monitor.search.sql import other_surfaces
from monitor.store.db import session_scope
from monitor.store.models import Channel, Mention, Place, Post

QUERY = "штурм Суджа"
# text, surface of its Sudzha mention (None: no mention), found by QUERY
POSTS = [
    ("Штурм Суджи продолжается", "Суджи", True),
    ("Штурм под Sudzha, пишут из района", "Sudzha", True),  # only the mention has it
    ("Штурм: суджанские позиции держатся", "суджанские", True),  # the stem prefix has it
    ("Штурм, подробности на sudzha.info", "sudzha", True),  # a host: the index keeps it whole
    ("Штурм села у Суджи", None, True),  # the text alone
    ("Обстрел Суджи ночью", "Суджи", False),  # no «штурм»
    ("Штурм Курска", None, False),
    ("Штурм Суджи, по-английски Sudzha", "Sudzha", True),  # in both branches
]
HALF = -1  # see the test of a place's merged branches
PLAN = parse_query(QUERY, [PlaceMention("sudzha", 6, 11, "Суджа", 1.0, "")])


@pytest.fixture
def posts(seeded: Engine) -> Iterator[dict[str, bool]]:
    """POSTS added to the seed (removed afterwards): their ids, each with whether it matches."""
    ids: dict[int, bool] = {}
    with session_scope(seeded) as session:
        channel = session.scalars(select(Channel)).first()
        sudzha = session.scalar(select(Place).where(Place.key == "sudzha"))
        assert channel is not None and sudzha is not None
        for number, (body, surface, match) in enumerate(POSTS):
            post = Post(
                channel_id=channel.id, message_id=900_000 + number, text=body,
                posted_at=datetime(2026, 1, 1 + number, tzinfo=UTC), text_hash=f"s{number}",
                analyzed_version="test", analyzed_at=datetime.now(UTC),
            )  # fmt: skip
            session.add(post)
            session.flush()
            ids[post.id] = match
            if surface is not None:
                start = body.index(surface)
                session.add(Mention(post_id=post.id, place_id=sudzha.id, span_start=start,
                                    span_end=start + len(surface), surface=surface,
                                    confidence=1.0))  # fmt: skip
    yield {str(k): v for k, v in ids.items()}
    with session_scope(seeded) as session:
        session.execute(delete(Mention).where(Mention.post_id.in_(list(ids))))
        session.execute(delete(Post).where(Post.id.in_(list(ids))))


def _found(engine: Engine, order: Order) -> set[str]:
    with session_scope(engine) as session:
        page = search(session, PLAN, order=order, limit=10_000)
    return {str(hit.entry.post_id) for hit in page.hits}


@pytest.mark.parametrize("order", [Order.rank, Order.newest])
def test_a_word_and_a_place_find_every_post_whatever_the_surface(
    seeded: Engine, posts: dict[str, bool], order: Order
) -> None:
    found = _found(seeded, order)
    assert {k for k in posts if k in found} == {k for k, match in posts.items() if match}


@pytest.mark.postgres
def test_only_surfaces_the_index_may_not_hold_drive_the_place_branch(
    seeded: Engine, posts: dict[str, bool]
) -> None:
    if seeded.dialect.name != "postgresql":
        pytest.skip("the surfaces are chosen on PostgreSQL only")
    statement = other_surfaces(PLAN)
    assert statement is not None
    with session_scope(seeded) as session:
        others = set(session.scalars(statement))
    assert {"Sudzha", "sudzha"} <= others
    assert not {"Суджи", "суджанские"} & others


@pytest.mark.parametrize("first_span", [1, 3, HALF])
def test_a_place_ranks_the_same_when_its_branches_merge_within_a_span(
    seeded: Engine, posts: dict[str, bool], monkeypatch: pytest.MonkeyPatch, first_span: int
) -> None:
    """«Суджа» alone on PostgreSQL: the branch of mentions the text may not hold («Sudzha»)
    and the text's branch merge into one window within a span, ranked after the merge
    (`sql.merged_window`); the pages, scores and order are those over all posts, a post in
    both branches keeps its text score. HALF: a first span of half the posts and a window
    larger than all matches, where the count of the exact forms (`engine._first_span`) sends
    the search to all posts at once."""
    plan = parse_query("Суджа", [PlaceMention("sudzha", 0, 5, "Суджа", 1.0, "")])
    monkeypatch.setattr(search_engine, "RANK_WINDOW", 4 if first_span != HALF else 1000)
    if first_span == HALF:
        first_span = max(int(k) for k in posts) // 2

    def pages() -> list[tuple[int, float]]:
        hits: list[tuple[int, float]] = []
        with session_scope(seeded) as session:
            while True:
                page = search(session, plan, limit=3, offset=len(hits))
                hits += [(h.entry.post_id, h.score) for h in page.hits]
                if not page.has_more:
                    return hits

    monkeypatch.setattr(search_engine, "FIRST_SPAN", 10**9)
    whole = pages()
    monkeypatch.setattr(search_engine, "FIRST_SPAN", first_span)
    assert pages() == whole
    scores = dict(whole)
    by_text = {body: int(k) for k, (body, _, _) in zip(posts, POSTS, strict=True)}
    assert scores[by_text["Штурм под Sudzha, пишут из района"]] == 0.0  # the mention only
    assert scores[by_text["Штурм Суджи, по-английски Sudzha"]] < 0.0


@pytest.mark.parametrize("spans", [False, True])
def test_pages_past_the_text_matches_order_the_mention_only_posts_by_time(
    seeded: Engine, posts: dict[str, bool], monkeypatch: pytest.MonkeyPatch, spans: bool
) -> None:
    """On PostgreSQL the time of a post only a mention found («Sudzha») is read when a page
    reaches the posts scored 0.0 (`engine._Statements.ranked`): every page, on either side of
    that boundary, is the slice of the ranking by score, then the entries' own times. `spans`:
    a first span of half the posts and a window larger than all matches, so the branches merge
    (`sql.merged_window`, where such a post has no time yet) over all posts."""
    plan = parse_query("Суджа", [PlaceMention("sudzha", 0, 5, "Суджа", 1.0, "")])
    if spans:
        monkeypatch.setattr(search_engine, "RANK_WINDOW", 1000)
        monkeypatch.setattr(search_engine, "FIRST_SPAN", max(int(k) for k in posts) // 2)
    by_text = {body: int(k) for k, (body, _, _) in zip(posts, POSTS, strict=True)}
    with session_scope(seeded) as session:  # the newest mention-only post by id, oldest by time
        session.execute(
            update(Post)
            .where(Post.id == by_text["Штурм, подробности на sudzha.info"])
            .values(posted_at=datetime(2020, 1, 1, tzinfo=UTC))
        )
    with session_scope(seeded) as session:
        every = search(session, plan, limit=10_000).hits
        expected = [
            h.entry.post_id
            for h in sorted(
                every, key=lambda h: (h.score, -h.entry.posted_at.timestamp(), -h.entry.post_id)
            )
        ]
        mention_only = [h.entry.post_id for h in every if h.score == 0.0]
        assert len(mention_only) >= 2 and len(mention_only) < len(every)
        assert expected[-1] == by_text["Штурм, подробности на sudzha.info"]
        boundary = len(every) - len(mention_only)
        for size in (1, 2, 3):
            for offset in range(max(0, boundary - 3), len(every)):
                page = search(session, plan, limit=size, offset=offset)
                assert [h.entry.post_id for h in page.hits] == expected[offset : offset + size]
