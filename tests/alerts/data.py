"""Flagged posts written straight into a migrated database, as analysis would leave them."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from monitor.store.models import Channel, Claim, Mention, Place, Post, PostVersion

T0 = datetime(2025, 3, 8, 12, 0, tzinfo=UTC)
PLACES = {"sudzha": ("Sudzha", "Суджа"), "kositsa": ("Kositsa", "Косица")}
HOSTILE = (
    "Бои у Суджи <script>alert(1)</script> <img src=https://evil.example/x.png onerror=alert(2)>"
    " **bold** [click](javascript:alert(3)) _x_ `code` ||spoiler|| \u202eevil\u202c "
    '<a href="javascript:alert(5)">link</a> &amp; #tag > quote ~strike~'
)


def channel(session: Session, username: str, side: str) -> Channel:
    row = session.scalar(select(Channel).where(Channel.username == username))
    if row is None:
        row = Channel(username=username, title=username.title(), source="seed", side=side)
        session.add(row)
        session.flush()
    return row


def place(session: Session, key: str) -> Place:
    row = session.scalar(select(Place).where(Place.key == key))
    if row is None:
        name_en, name_ru = PLACES[key]
        row = Place(
            key=key,
            name_en=name_en,
            name_ru=name_ru,
            kind="settlement",
            tracked=True,
            district="Sudzhansky District",
            oblast="Kursk Oblast",
        )
        session.add(row)
        session.flush()
    return row


def add_post(
    session: Session,
    username: str,
    side: str,
    message_id: int,
    text: str,
    surface: str | None = None,
    place_key: str = "sudzha",
    claims: tuple[tuple[str, str, str], ...] = (),
    minutes: int = 0,
    link: str | None = None,
) -> Post:
    """A post mentioning `place_key` at `surface` (if given), with claims (type, actor,
    stance) about that place."""
    where = place(session, place_key)
    post = Post(
        channel_id=channel(session, username, side).id,
        message_id=message_id,
        posted_at=T0 + timedelta(minutes=minutes),
        text=text,
        text_hash=hashlib.sha256(text.encode()).hexdigest(),
        views=1500 + message_id,
        link=link or f"https://t.me/{username}/{message_id}",
        analyzed_version="test",
    )
    session.add(post)
    session.flush()
    add_findings(session, post, where, text, surface, claims)
    return post


def edit_post(
    session: Session,
    post: Post,
    text: str,
    claims: tuple[tuple[str, str, str], ...],
    surface: str | None = None,
) -> None:
    """What ingest and re-analysis leave after an edit: the old text in post_versions, the new
    text and hash on the post, the claims replaced."""
    session.add(PostVersion(post_id=post.id, version=1, text=post.text, edited_at=None))
    post.text = text
    post.text_hash = hashlib.sha256(text.encode()).hexdigest()
    post.edited_at = post.posted_at + timedelta(hours=1)
    for claim in session.scalars(select(Claim).where(Claim.post_id == post.id)):
        session.delete(claim)
    for mention in session.scalars(select(Mention).where(Mention.post_id == post.id)):
        session.delete(mention)
    where = place(session, "sudzha")
    add_findings(session, post, where, text, surface, claims)


def seed_cluster(session: Session) -> list[Post]:
    """Three channels asserting one capture (2 ru, 1 ua), one ua channel denying it, and a post
    that only mentions another place."""
    capture = (("capture", "ru", "asserted"),)
    return [
        add_post(
            session,
            "mod_russia",
            "ru",
            1,
            "Освобождён населённый пункт Суджа.",
            "Суджа",
            claims=capture,
        ),
        add_post(
            session,
            "voenkorKotenok",
            "ru",
            2,
            "Наши штурмовики взяли Суджу полностью.",
            "Суджу",
            claims=capture,
            minutes=30,
        ),
        add_post(
            session,
            "butusov_plus",
            "ua",
            3,
            "Росіяни зайшли в Суджу і захопили її.",
            "Суджу",
            claims=capture,
            minutes=60,
        ),
        add_post(
            session,
            "GeneralStaffZSU",
            "ua",
            4,
            "Інформація про захоплення Суджі — фейк.",
            "Суджі",
            claims=(("capture", "ru", "denied"),),
            minutes=90,
        ),
        add_post(
            session,
            "ssternenko",
            "ua",
            5,
            "Бої біля Косиці тривають.",
            "Косиці",
            place_key="kositsa",
            minutes=120,
        ),
    ]


def add_findings(
    session: Session,
    post: Post,
    where: Place,
    text: str,
    surface: str | None,
    claims: Sequence[tuple[str, str, str]],
) -> None:
    """The mention of `surface` and the claims about `where`, as the analyzer would store them."""
    if surface:
        start = text.index(surface)
        session.add(
            Mention(
                post_id=post.id,
                place_id=where.id,
                span_start=start,
                span_end=start + len(surface),
                surface=surface,
                confidence=1.0,
            )
        )
    for claim_type, actor, stance in claims:
        session.add(
            Claim(
                post_id=post.id,
                claim_type=claim_type,
                actor=actor,
                stance=stance,
                place_id=where.id,
                evidence=text[:20],
                evidence_start=0,
                evidence_end=min(20, len(text)),
                confidence=0.9,
            )
        )
    session.flush()
