"""A digest as plain data: what a rule's readers get, grouped by place and by claim cluster.
Pure: no database, no I/O; `select.py` gathers the inputs, `render.py` turns this into text.

Layout: one group per place (the first tracked place an item mentions, else its claim's place),
busiest first; inside a place, one section per claim cluster (most independent sources first),
then plain mentions; items oldest first. Items about posts already sent and since edited so
that their claim changed, or deleted, come first, under "Changed since sent".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from monitor.store.entries import EntryClaim, PostEntry


@dataclass(frozen=True, slots=True)
class Corroboration:
    """One claim cluster's standing: who asserts it (by side), who denies it, who reports it."""

    key: tuple[str, str | None, str, str]
    asserted_by_side: dict[str, int]
    denied_by_side: dict[str, int]
    reported: int
    post_ids: frozenset[int] = frozenset()

    @property
    def asserted(self) -> int:
        return sum(self.asserted_by_side.values())

    @property
    def denied(self) -> int:
        return sum(self.denied_by_side.values())


@dataclass(frozen=True, slots=True)
class Change:
    """What happened to a post after a digest of this rule sent it."""

    kind: Literal["edited", "deleted"]
    old_text: str
    new_text: str | None
    old_flags: tuple[str, ...]


@dataclass(slots=True)
class Item:
    entry: PostEntry
    kind: Literal["new", "update"] = "new"
    change: Change | None = None


@dataclass(slots=True)
class Section:
    """A claim cluster inside a place (`claim` None: posts that only mention the place)."""

    claim: EntryClaim | None
    corroboration: Corroboration | None
    items: list[Item] = field(default_factory=list)


@dataclass(slots=True)
class Group:
    place_key: str | None
    place_name: str
    sections: list[Section] = field(default_factory=list)

    @property
    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    @property
    def entries(self) -> list[PostEntry]:
        return [item.entry for item in self.items]


@dataclass(slots=True)
class DigestView:
    rule: str
    created_at: datetime
    groups: list[Group]
    updates: list[Item] = field(default_factory=list)
    corroboration: dict[int, Corroboration] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.updates) + sum(len(g.items) for g in self.groups)

    def corroboration_of(self, claim: EntryClaim) -> Corroboration | None:
        return self.corroboration.get(claim.claim_id)


def flag_signature(entry: PostEntry) -> str:
    """What a post is flagged for, as a stable string: its claims and tracked places."""
    flags = {f"{c.claim_type}:{c.place_key or '-'}:{c.actor}:{c.stance}" for c in entry.claims}
    flags |= {f"place:{p.key}" for p in entry.tracked_places}
    return "|".join(sorted(flags))


def _group_key(entry: PostEntry) -> tuple[str | None, str]:
    if entry.tracked_places:
        first = entry.tracked_places[0]
        return first.key, first.name
    for claim in entry.claims:
        if claim.place_key and claim.place_name:
            return claim.place_key, claim.place_name
    return None, "Other claims"


def _section_claim(entry: PostEntry, place_key: str | None) -> EntryClaim | None:
    """The claim that files an entry under a cluster: the first about its group's place."""
    for claim in entry.claims:
        if claim.place_key == place_key:
            return claim
    return entry.claims[0] if entry.claims and place_key is None else None


def _sections(
    place_key: str | None, entries: Iterable[PostEntry], clusters: dict[int, Corroboration]
) -> list[Section]:
    sections: dict[object, Section] = {}
    for entry in sorted(entries, key=lambda e: (e.posted_at, e.post_id)):
        claim = _section_claim(entry, place_key)
        corroboration = clusters.get(claim.claim_id) if claim else None
        key: object = (
            corroboration.key
            if corroboration
            else (claim.claim_type, claim.place_key, claim.actor)
            if claim
            else None
        )
        section = sections.setdefault(key, Section(claim, corroboration))
        section.items.append(Item(entry))

    def order(section: Section) -> tuple[bool, int, int]:
        sources = section.corroboration.asserted if section.corroboration else 0
        return (section.claim is None, -sources, -len(section.items))

    return sorted(sections.values(), key=order)


def build_digest(
    rule: str,
    entries: list[PostEntry],
    now: datetime,
    clusters: dict[int, Corroboration] | None = None,
    updates: list[Item] | None = None,
) -> DigestView:
    """Entries grouped by place, then by claim cluster (`clusters`: claim id → its cluster)."""
    clusters = clusters or {}
    by_place: dict[str | None, tuple[str, list[PostEntry]]] = {}
    for entry in entries:
        key, name = _group_key(entry)
        by_place.setdefault(key, (name, []))[1].append(entry)
    ordered = sorted(by_place.items(), key=lambda kv: (kv[0] is None, -len(kv[1][1]), kv[1][0]))
    groups = [Group(key, name, _sections(key, items, clusters)) for key, (name, items) in ordered]
    return DigestView(
        rule,
        now,
        groups,
        sorted(updates or [], key=lambda i: (i.entry.posted_at, i.entry.post_id)),
        clusters,
    )
