"""Grouping a rule's new entries into a digest, and excerpts with the match marked. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from monitor.alerts.entries import Entry

EXCERPT_CHARS = 320


@dataclass(frozen=True, slots=True)
class Group:
    place_key: str | None
    place_name: str
    entries: list[Entry]


@dataclass(frozen=True, slots=True)
class DigestView:
    rule: str
    created_at: datetime
    groups: list[Group]

    @property
    def count(self) -> int:
        return sum(len(g.entries) for g in self.groups)


def _group_key(entry: Entry) -> tuple[str | None, str]:
    if entry.tracked_places:
        first = entry.tracked_places[0]
        return first.key, first.name
    for claim in entry.claims:
        if claim.place_key and claim.place_name:
            return claim.place_key, claim.place_name
    return None, "Other claims"


def build_digest(rule: str, entries: list[Entry], now: datetime) -> DigestView:
    """Entries grouped under the first tracked place they mention (else their claim's place);
    the busiest places first, entries oldest first within a place."""
    groups: dict[str | None, tuple[str, list[Entry]]] = {}
    for entry in entries:
        key, name = _group_key(entry)
        groups.setdefault(key, (name, []))[1].append(entry)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] is None, -len(kv[1][1]), kv[1][0]))
    return DigestView(
        rule,
        now,
        [
            Group(key, name, sorted(items, key=lambda e: (e.posted_at, e.post_id)))
            for key, (name, items) in ordered
        ],
    )


def excerpt(entry: Entry, limit: int = EXCERPT_CHARS) -> list[tuple[str, bool]]:
    """Segments of the post text around its first tracked mention, `True` where a place
    matched. Cut at word boundaries with an ellipsis where the text goes on."""
    text = entry.text
    spans = sorted((p.start, p.end) for p in entry.places if p.tracked) or sorted(
        (p.start, p.end) for p in entry.places
    )
    anchor = spans[0][0] if spans else 0
    start = max(0, anchor - limit // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 40 else start
    end = min(len(text), start + limit)
    if end < len(text):
        space = text.find(" ", end)
        end = space if space >= 0 and space - end < 40 else end
    segments: list[tuple[str, bool]] = [("…", False)] if start else []
    cursor = start
    for s, e in spans:
        if e <= cursor or s >= end:
            continue
        s = max(s, cursor)
        segments.append((text[cursor:s], False))
        segments.append((text[s:e], True))
        cursor = e
    segments.append((text[cursor:end], False))
    if end < len(text):
        segments.append(("…", False))
    return [(t, marked) for t, marked in segments if t]
