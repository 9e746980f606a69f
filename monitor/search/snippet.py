"""Highlighted excerpts of search hits, cut in Python so both databases give the same result.

A snippet is a list of `(text, highlighted)` segments; each front end renders it its own way
(HTML escapes the text and wraps highlights in <mark>; the CLI marks them `**...**`), so post
text never reaches any format unescaped.
"""

from __future__ import annotations

from monitor.search.query import PART_RE, QueryPlan, fold
from monitor.store.entries import PostEntry

Segment = tuple[str, bool]
WINDOW = 220


class Highlighter:
    """What a plan highlights, worked out once for all of a page's hits: words in the plan's
    forms or prefixes, and the analyzer's mentions of the plan's places."""

    def __init__(self, plan: QueryPlan) -> None:
        self.empty = plan.empty
        self.exact = frozenset(part for form in plan.exact_forms for part in form.split())
        self.prefixes = tuple(p.split()[-1] for p in plan.prefixes)
        self.keys = frozenset(plan.place_keys)

    def spans(self, entry: PostEntry) -> list[tuple[int, int]]:
        """Spans of `entry.text` the query matched."""
        if self.empty:
            return []
        exact, prefixes = self.exact, self.prefixes
        spans = [
            (m.start(), m.end())
            for m in PART_RE.finditer(entry.text)
            if (word := fold(m.group())) in exact or (prefixes and word.startswith(prefixes))
        ]
        spans += [(p.start, p.end) for p in entry.places if p.key in self.keys]
        return _merge(spans, len(entry.text))


def _merge(spans: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(size, e)) for s, e in spans if s < e):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(text: str, spans: list[tuple[int, int]], width: int = WINDOW) -> list[Segment]:
    """About `width` characters of `text` around its first highlighted span, whitespace
    collapsed, with '…' where text was cut."""
    if not spans:
        start, end = 0, min(len(text), width)
    else:
        first = spans[0][0]
        start = max(0, first - width // 3)
        while start > 0 and not text[start - 1].isspace() and first - start < width // 2:
            start -= 1
        end = min(len(text), start + width)
        while end < len(text) and not text[end].isspace() and end - start < width + 30:
            end += 1
    segments: list[Segment] = [("…", False)] if start > 0 else []
    cursor = start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        if s > cursor:
            segments.append((_squash(text[cursor:s]), False))
        segments.append((_squash(text[s:e]), True))
        cursor = e
    if cursor < end:
        segments.append((_squash(text[cursor:end]), False))
    if end < len(text):
        _end_with_ellipsis(segments)
    return [seg for seg in segments if seg[0]]


def _end_with_ellipsis(segments: list[Segment]) -> None:
    """Append '…' to a snippet cut short; a cut right after a full stop replaces the stop
    ("взята…", not "взята.…")."""
    if segments and not segments[-1][1]:
        last = segments[-1][0]
        trimmed = last.rstrip()
        if trimmed.endswith(".") and not trimmed.endswith(".."):
            segments[-1] = (trimmed[:-1], False)
        elif trimmed != last:
            segments[-1] = (trimmed + " ", False)
    segments.append(("…", False))


def _squash(part: str) -> str:
    """Collapse runs of whitespace (newlines included) to one space, keeping edge spaces."""
    if not part:
        return part
    inner = " ".join(part.split())
    lead = " " if part[0].isspace() and inner else ""
    trail = " " if part[-1].isspace() and inner else ""
    return lead + inner + trail if inner else " "


def escape_marks(text: str) -> str:
    """Post text with its own backslashes and asterisks escaped (`\\`, `\\*`), so a literal
    `**` in a post cannot pass for a highlight marker."""
    return text.replace("\\", "\\\\").replace("*", "\\*")


def render_marked(segments: list[Segment], open_mark: str = "**", close_mark: str = "**") -> str:
    """The snippet as plain text with highlights between markers; the post's own `*` and `\\`
    are backslash-escaped, so every unescaped `**` is a marker."""
    return "".join(
        f"{open_mark}{escape_marks(t)}{close_mark}" if hit else escape_marks(t)
        for t, hit in segments
    )
