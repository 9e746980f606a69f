"""Digests group by place, mark the match, and render hostile post text inert."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from monitor.alerts.digest import DigestView, build_digest
from monitor.alerts.markup import safe_url
from monitor.alerts.render import Format, excerpt, render, split
from monitor.store.entries import EntryClaim, EntryPlace, PostEntry

NOW = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
HOSTILE = (
    "в районе Суджи <script>alert(1)</script> <img src=x onerror=alert(2)> **bold** "
    "[click](javascript:alert(3)) _x_ `code` ||spoiler|| \u202eevil\u202c"
)


def entry(
    post_id: int,
    text: str,
    place: tuple[str, str] | None = ("sudzha", "Sudzha"),
    link: str | None = "https://t.me/butusov_plus/1",
    **kw: object,
) -> PostEntry:
    places = []
    if place:
        surface = "Суджи" if "Суджи" in text else text.split()[0]
        start = text.index(surface)
        places = [EntryPlace(place[0], place[1], surface, start, start + len(surface), True)]
    fields: dict = dict(
        channel="butusov_plus",
        channel_title="Butusov Plus",
        side="ua",
        message_id=post_id,
        posted_at=NOW,
        edited_at=None,
        deleted_at=None,
        text=text,
        link=link,
        views=12300,
    )
    fields.update(kw)
    return PostEntry(post_id=post_id, places=places, **fields)


def body(fmt: Format, view: DigestView) -> str:
    """The whole digest in one format, as the outbox renders it for a target without a limit."""
    [whole] = split(render(view, fmt), None)
    return whole


def test_groups_by_place_busiest_first() -> None:
    entries = [
        entry(1, "Бои у Косицы", ("kositsa", "Kositsa")),
        entry(2, "в Судже"),
        entry(3, "из Суджи"),
        entry(4, "без места", None),
    ]
    entries[3].claims.append(EntryClaim("strike", "ru", "asserted", None, None, "удар"))
    view = build_digest("default", entries, NOW)
    assert [g.place_name for g in view.groups] == ["Sudzha", "Kositsa", "Other claims"]
    assert view.count == 4


def test_excerpt_marks_the_match_and_cuts_long_text() -> None:
    text = "слово " * 200 + "бои в районе Суджи продолжаются " + "слово " * 200
    segments = excerpt(entry(1, text))
    assert ("Суджи", True) in segments
    assert segments[0] == ("…", False) and segments[-1] == ("…", False)
    assert sum(len(t) for t, _ in segments) < 400


def test_text_render_shows_meta_claims_and_link() -> None:
    e = entry(1, "Росіяни зайшли до Суджи", edited_at=NOW)
    e.claims.append(EntryClaim("infiltration", "ru", "asserted", "sudzha", "Sudzha", "зайшли"))
    out = body("text", build_digest("default", [e], NOW))
    assert "== Sudzha (1) ==" in out
    assert "2025-03-10 12:00 UTC · Butusov Plus (@butusov_plus, ua) · 12.3K views · edited" in out
    assert "Claims:\n    - infiltration at Sudzha by ru (asserted)" in out
    assert "«Росіяни зайшли до [Суджи]»" in out
    assert "https://t.me/butusov_plus/1" in out


def test_html_render_is_inert() -> None:
    out = body("html", build_digest("x", [entry(1, HOSTILE, link="javascript:alert(4)")], NOW))
    assert "<script" not in out and "<img" not in out
    assert "&lt;script&gt;" in out
    assert "javascript:" not in out.split("<blockquote>")[0]
    assert 'href="javascript' not in out
    assert "\u202e" not in out
    assert "<mark>Суджи</mark>" in out


def test_markdown_render_escapes_every_special_character() -> None:
    out = body("markdown", build_digest("x", [entry(1, HOSTILE)], NOW))
    quote = next(line for line in out.splitlines() if line.lstrip().startswith(">"))
    assert r"\*\*bold\*\*" in quote
    assert r"\[click\]\(javascript:alert\(3\)\)" in quote
    assert r"\_x\_" in quote and r"\`code\`" in quote
    assert "**Суджи**" in quote
    assert "](https://t.me/butusov_plus/1)" in out


def test_only_http_links_survive() -> None:
    assert safe_url("https://t.me/x/1") == "https://t.me/x/1"
    for bad in (
        "javascript:alert(1)",
        "data:text/html,x",
        "file:///etc/passwd",
        'https://t.me/x"onmouseover="x',
        "  JAVASCRIPT:alert(1)",
    ):
        assert safe_url(bad) is None


@pytest.mark.filterwarnings("ignore:'imghdr' is deprecated:DeprecationWarning")
def test_markdown_is_inert_for_commonmark_and_telegram_markdown_v2() -> None:
    from markdown_it import MarkdownIt

    out = body("markdown", build_digest("x", [entry(1, HOSTILE, link="javascript:alert(4)")], NOW))
    tokens = MarkdownIt("commonmark").parse(out)
    flat = [t for block in tokens for t in [block, *(block.children or [])]]
    assert not [t for t in flat if t.type in ("html_inline", "html_block", "image")]
    hrefs = [t.attrGet("href") for t in flat if t.type == "link_open"]
    assert all(str(h).startswith("https://") for h in hrefs)
    from apprise.plugins.telegram import NotifyTelegram

    v2 = NotifyTelegram._commonmark_to_telegram(out, strict=True)
    import re

    # every reserved character of post text arrives escaped: no link but https, no raw tag
    assert not re.search(r"(?<!\\)\]\((?!https://)", v2)
    assert not re.search(r"(?<!\\)<", v2)
    assert "\\[click\\]\\(javascript:alert\\(3\\)\\)" in v2
    assert "\\*\\*bold\\*\\*" in v2 and "\\|\\|spoiler\\|\\|" in v2


def test_split_never_cuts_an_item_and_repeats_headings() -> None:
    entries = [entry(i, f"бои в районе Суджи, пост {i} " + "слово " * 40) for i in range(1, 80)]
    rendered = render(build_digest("x", entries, NOW), "markdown")
    parts = split(rendered, 4096 - 40)
    assert len(parts) > 2 and all(len(p) <= 4096 - 40 for p in parts)
    joined = "".join(parts)
    for i in range(1, 80):
        assert joined.count(f"пост {i} ") == 1
    assert all("**Sudzha \\(79\\)**" in p for p in parts)
    assert parts[-1].rstrip().endswith(f"\\(part {len(parts)}/{len(parts)}\\)")
