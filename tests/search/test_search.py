"""Search on the seed: every case form of the seed places, in Russian, Ukrainian and Latin,
finds every post the analyzer linked to that place; filters, ranking, paging, index sync."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, select, text, update

from monitor.analyzer import Analyzer
from monitor.domain import PlaceMention
from monitor.errors import StoreError, UsageError
from monitor.search.engine import check_index, search
from monitor.search.filters import Order, SearchFilters
from monitor.search.query import exact_only, parse_query
from monitor.search.service import check_filters, plan_query
from monitor.search.snippet import render_marked
from monitor.store.db import session_scope
from monitor.store.models import Mention, Place, Post

FORMS = {
    "sudzha": [
        "Суджа", "Суджи", "Судже", "Суджу", "Суджей", "Суджі", "Суджею", "Sudzha", "Sudja",
    ],
    "malaya-loknya": [
        "Малая Локня", "Малой Локни", "Малой Локне", "Малую Локню", "Малой Локней",
        "Мала Локня", "Малої Локні", "Малій Локні", "Малу Локню", "Малою Локнею",
        "Malaya Loknya",
    ],
    "cherkasskoye-porechnoye": [
        "Черкасское Поречное", "Черкасского Поречного", "Черкасскому Поречному",
        "Черкасским Поречным", "Черкасском Поречном", "Черкаське Поріччя",
        "Черкаського Поріччя", "Черкаському Поріччі", "Cherkasskoye Porechnoye",
    ],
    "kositsa": [
        "Косица", "Косицы", "Косице", "Косицу", "Косицей", "Косиця", "Косиці", "Косицю",
        "Косицею", "Kositsa",
    ],
    "kursk-oblast": [
        "Курская область", "Курской области", "Курскую область", "Курской областью",
        "Курська область", "Курської області", "Курську область", "Курською областю",
        "Kursk Oblast",
    ],
}  # fmt: skip


def linked_posts(engine: Engine, key: str) -> set[int]:
    with session_scope(engine) as session:
        return set(
            session.scalars(
                select(Mention.post_id).join(Place, Place.id == Mention.place_id)
                .where(Place.key == key)
            )
        )  # fmt: skip


def found(engine: Engine, analyzer: Analyzer, query: str, **filters: object) -> list[int]:
    with session_scope(engine) as session:
        page = search(
            session, plan_query(query, analyzer.matcher), SearchFilters(**filters), limit=1000
        )  # type: ignore[arg-type]
        return [h.entry.post_id for h in page.hits]


@pytest.mark.parametrize("key", list(FORMS))
def test_every_case_form_finds_the_place(seeded: Engine, analyzer: Analyzer, key: str) -> None:
    expected = linked_posts(seeded, key)
    assert expected, f"the seed should link posts to {key}"
    for form in FORMS[key]:
        hits = set(found(seeded, analyzer, form))
        assert expected <= hits, (form, sorted(expected - hits))


def test_a_lowercase_inflected_place_word_finds_it_by_text(
    seeded: Engine, analyzer: Analyzer
) -> None:
    # «суджи» in lower case: whatever the matcher makes of it, the FTS forms find the posts.
    assert set(found(seeded, analyzer, "суджи")) >= linked_posts(seeded, "sudzha")


def test_ordinary_words_match_their_forms(seeded: Engine, analyzer: Analyzer) -> None:
    pipe = found(seeded, analyzer, "газопровод")  # the posts say «газопровода», «газопроводу»
    with session_scope(seeded) as session:
        texts = [session.get(Post, pid).text for pid in pipe]  # type: ignore[union-attr]
    assert any("газопровода" in t for t in texts)
    assert any("газопроводу" in t for t in texts)
    assert not found(seeded, analyzer, "Суд") or all(
        "Суд" in t for t in texts
    )  # «Суд» is not a form of Суджа


def test_words_are_all_required(seeded: Engine, analyzer: Analyzer) -> None:
    both = set(found(seeded, analyzer, "труба Суджа"))
    assert both
    assert both <= set(found(seeded, analyzer, "труба"))
    assert both <= set(found(seeded, analyzer, "Суджа"))
    assert not found(seeded, analyzer, "Суджа трамвайчик")


def test_filters(seeded: Engine, analyzer: Analyzer) -> None:
    everything = set(found(seeded, analyzer, "Суджа"))
    ua = set(found(seeded, analyzer, "Суджа", sides=["ua"]))
    ru = set(found(seeded, analyzer, "Суджа", sides=["ru"]))
    assert ua and ru and ua | ru == everything and not ua & ru
    mod = found(seeded, analyzer, "Косица", channels=["@MOD_russia"])
    assert mod and set(mod) <= set(found(seeded, analyzer, "Косица"))
    captures = set(found(seeded, analyzer, "Косица", claim_types=["capture"]))
    assert captures and captures <= set(mod)
    assert not found(seeded, analyzer, "Суджа", since=datetime(2030, 1, 1, tzinfo=UTC))
    assert not found(seeded, analyzer, "Суджа", until=datetime(2000, 1, 1, tzinfo=UTC))
    assert set(found(seeded, analyzer, "Суджа", places=["sudzha"])) <= everything
    victim = sorted(everything)[0]
    set_deleted(seeded, victim, datetime.now(UTC))
    try:
        assert found(seeded, analyzer, "Суджа", deleted=True) == [victim]
        assert victim not in found(seeded, analyzer, "Суджа", deleted=False)
        assert not found(seeded, analyzer, "Суджа", edited=True)
    finally:
        set_deleted(seeded, victim, None)


def set_deleted(engine: Engine, post_id: int, moment: datetime | None) -> None:
    with session_scope(engine) as session:
        session.execute(update(Post).where(Post.id == post_id).values(deleted_at=moment))


def test_ranking_paging_and_snippets(seeded: Engine, analyzer: Analyzer) -> None:
    plan = plan_query("Суджа", analyzer.matcher)
    with session_scope(seeded) as session:
        first = search(session, plan, limit=2)
        second = search(session, plan, limit=2, offset=2)
        newest = search(session, plan, order=Order.newest, limit=100)
    assert first.has_more and len(first.hits) == 2
    assert not {h.entry.post_id for h in first.hits} & {h.entry.post_id for h in second.hits}
    assert [h.score for h in first.hits] == sorted(h.score for h in first.hits)
    times = [h.entry.posted_at for h in newest.hits]
    assert times == sorted(times, reverse=True)
    marked = render_marked(first.hits[0].snippet)
    assert "**" in marked and "Судж" in marked.split("**")[1]


def set_text(engine: Engine, post_id: int, value: str) -> None:
    with session_scope(engine) as session:
        session.execute(update(Post).where(Post.id == post_id).values(text=value))


def test_index_follows_edits_and_deletes(seeded: Engine, analyzer: Analyzer) -> None:
    with session_scope(seeded) as session:
        post = session.scalars(select(Post).order_by(Post.id)).first()
        assert post is not None
        post_id, original = post.id, post.text
    set_text(seeded, post_id, "Новый текст про броневагончик")
    try:
        assert found(seeded, analyzer, "броневагончик") == [post_id]
    finally:
        set_text(seeded, post_id, original)
    assert found(seeded, analyzer, "броневагончик") == []
    if seeded.dialect.name != "sqlite":
        return  # the PostgreSQL schema is shared: deleting is tested on the SQLite copy
    set_text(seeded, post_id, "Последний броневагончик")
    with session_scope(seeded) as session:
        for table in ("mentions", "claims", "digest_items", "post_versions"):
            session.execute(text(f"DELETE FROM {table} WHERE post_id = :p"), {"p": post_id})
        session.execute(text("DELETE FROM posts WHERE id = :p"), {"p": post_id})
    assert found(seeded, analyzer, "броневагончик") == []


def test_query_text_never_reaches_sql(seeded: Engine, analyzer: Analyzer) -> None:
    for hostile in ['"; DROP TABLE posts; --', "NEAR(a b) OR *", "' OR 1=1 --", "a:* | !b"]:
        found(seeded, analyzer, hostile)
    with session_scope(seeded) as session:
        assert session.scalar(select(Post.id).limit(1)) is not None


def test_bad_filters_are_clear_errors(seeded: Engine, analyzer: Analyzer) -> None:
    with session_scope(seeded) as session:
        with pytest.raises(UsageError, match="no place with key 'atlantis'"):
            check_filters(session, SearchFilters(places=["atlantis"]))
        with pytest.raises(UsageError, match="unknown claim type"):
            check_filters(session, SearchFilters(claim_types=["teleport"]))
        check_index(session)


def test_missing_triggers_are_reported(seeded: Engine, analyzer: Analyzer) -> None:
    if seeded.dialect.name != "sqlite":
        pytest.skip("the triggers are SQLite's")
    with seeded.begin() as connection:
        connection.execute(text("DROP TRIGGER posts_fts_ai"))
    with session_scope(seeded) as session, pytest.raises(StoreError, match="posts_fts_ai"):
        check_index(session)


def test_query_plan_shapes() -> None:
    plan = parse_query("газопровод и Локня")
    labels = [g.label for g in plan.groups]
    assert labels == ["газопровод", "локня"]  # «и» is a stop word
    pipe = {t.parts[0] for t in plan.groups[0].words[0].terms}
    assert {"газопровода", "газопроводу", "газопроводе"} <= pipe
    assert parse_query("   ").empty


def test_the_plan_without_prefixes_asks_for_a_subset() -> None:
    """`exact_only` (the probe that sizes PostgreSQL's span): every prefix term left out and
    nothing else; no probe when the plan has no prefix or a word has only one."""
    place = parse_query("Суджа газопровод", [PlaceMention("sudzha", 0, 5, "Суджа", 1.0, "")])
    exact = exact_only(place)
    assert exact is not None and not exact.prefixes
    assert exact.exact_forms == place.exact_forms
    assert [g.place_keys for g in exact.groups] == [g.place_keys for g in place.groups]
    assert exact_only(parse_query("газопровод")) is None  # no prefix
    assert exact_only(parse_query("Локня")) is None  # a prefix alone: the probe would miss it
