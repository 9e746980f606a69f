"""Snippet text: a post's own `**` never passes for a highlight; a cut after a full stop is
not punctuated twice."""

from __future__ import annotations

import re

from monitor.search.snippet import make_snippet, render_marked


def highlights(marked: str) -> list[str]:
    """The highlighted parts of a rendered snippet: text between unescaped `**` markers."""
    return re.findall(r"(?<!\\)\*\*(.*?)(?<!\\)\*\*", marked)


def test_literal_double_asterisks_are_escaped() -> None:
    text = "**СРОЧНО** Суджа взята, a\\b"
    start = text.index("Суджа")
    marked = render_marked(make_snippet(text, [(start, start + len("Суджа"))]))
    assert highlights(marked) == ["Суджа"]
    assert marked.startswith("\\*\\*СРОЧНО\\*\\* ")
    assert marked.endswith("a\\\\b")


def test_highlight_containing_asterisk_is_escaped_inside_markers() -> None:
    marked = render_marked([("a*b", True), (" c", False)])
    assert marked == "**a\\*b** c"


def test_cut_after_full_stop_is_one_ellipsis() -> None:
    text = "Суджа взята. " + "далее " * 100
    cut = len("Суджа взята.")
    segments = make_snippet(text, [(0, 5)], width=cut)
    marked = render_marked(segments)
    assert marked.endswith("взята…"), marked
    assert ".…" not in marked


def test_cut_mid_sentence_keeps_ellipsis() -> None:
    text = "Суджа взята вчера " + "далее " * 100
    marked = render_marked(make_snippet(text, [(0, 5)], width=11))
    assert marked == "**Суджа** взята…"
