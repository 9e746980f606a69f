"""Corroboration: the same claim told by several channels, grouped into clusters.

Claims are grouped by (type, place, actor). Inside a group, records sorted by time join the
current cluster while they come within `window` of its latest report; a longer pause starts a
new cluster. A forward, and a verbatim copy (same `text_fingerprint`), counts once, toward the
channel that posted it first: ten channels reposting one Telegram post are one source.
Pure functions over plain records: no database.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

ForwardKey = tuple[int | str | None, int | None]


@dataclass(frozen=True, slots=True)
class ClaimRecord:
    claim_id: int | str
    post_id: int | str
    channel: str
    side: str | None
    posted_at: datetime
    claim_type: str
    place_key: str | None
    actor: str
    stance: str
    text_fingerprint: str | None = None
    forward_channel_id: int | None = None
    forward_name: str | None = None
    forward_message_id: int | None = None

    @property
    def forward_key(self) -> ForwardKey | None:
        origin: int | str | None = self.forward_channel_id
        if origin is None:
            origin = self.forward_name
        if origin is None:
            return None
        return (origin, self.forward_message_id)


@dataclass(frozen=True, slots=True)
class Cluster:
    claim_type: str
    place_key: str | None
    actor: str
    asserting_channels: tuple[str, ...]
    by_side: dict[str, int]
    denying_channels: tuple[str, ...]
    reporting_channels: tuple[str, ...]
    first_at: datetime
    latest_at: datetime
    both_sides: bool
    claim_ids: tuple[int | str, ...]

    @property
    def independent_sources(self) -> int:
        return len(self.asserting_channels)


def build_clusters(
    records: list[ClaimRecord], window: timedelta = timedelta(days=3)
) -> list[Cluster]:
    """Clusters of claims, ordered by their first report."""
    groups: dict[tuple[str, str | None, str], list[ClaimRecord]] = defaultdict(list)
    for record in records:
        groups[(record.claim_type, record.place_key, record.actor)].append(record)
    clusters: list[Cluster] = []
    for group in groups.values():
        for members in _split_by_time(sorted(group, key=_order), window):
            clusters.append(_cluster(members))
    return sorted(clusters, key=lambda c: (c.first_at, c.claim_type, c.place_key or ""))


def _order(record: ClaimRecord) -> tuple[datetime, str]:
    return (record.posted_at, str(record.post_id))


def _split_by_time(records: list[ClaimRecord], window: timedelta) -> list[list[ClaimRecord]]:
    runs: list[list[ClaimRecord]] = []
    for record in records:
        if runs and record.posted_at - runs[-1][-1].posted_at <= window:
            runs[-1].append(record)
        else:
            runs.append([record])
    return runs


class _Origins:
    """Union-find over records: forwards of one post and verbatim copies share an origin."""

    def __init__(self, records: list[ClaimRecord]) -> None:
        self.parent = list(range(len(records)))
        by_key: dict[object, int] = {}
        for index, record in enumerate(records):
            for key in _origin_keys(record):
                if key in by_key:
                    self._union(by_key[key], index)
                else:
                    by_key[key] = index

    def find(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def _union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b)] = min(a, b)  # records are time-ordered: keep the earliest


def _origin_keys(record: ClaimRecord) -> list[object]:
    keys: list[object] = []
    if record.text_fingerprint:
        keys.append(("text", record.text_fingerprint))
    forward = record.forward_key
    if forward is not None:
        keys.append(("forward", forward))
    return keys


def _credited(members: list[ClaimRecord]) -> tuple[str, str | None]:
    """The channel (and side) one origin counts for: its earliest own post, else the forward's
    source as Telegram names it."""
    for record in members:
        if record.forward_key is None:
            return record.channel, record.side
    first = members[0]
    name = first.forward_name or (
        f"id:{first.forward_channel_id}" if first.forward_channel_id is not None else first.channel
    )
    return name, None


def _cluster(records: list[ClaimRecord]) -> Cluster:
    origins = _Origins(records)
    by_origin: dict[int, list[ClaimRecord]] = defaultdict(list)
    for index, record in enumerate(records):
        by_origin[origins.find(index)].append(record)
    asserting: dict[str, str | None] = {}
    denying: list[str] = []
    reporting: list[str] = []
    for members in by_origin.values():
        channel, side = _credited(members)
        stances = {m.stance for m in members}
        if "asserted" in stances and channel not in asserting:
            asserting[channel] = side
        if "denied" in stances and channel not in denying:
            denying.append(channel)
        if "reported" in stances and channel not in reporting:
            reporting.append(channel)
    by_side: dict[str, int] = defaultdict(int)
    for side in asserting.values():
        by_side[side or "unknown"] += 1
    first = records[0]
    return Cluster(
        claim_type=first.claim_type,
        place_key=first.place_key,
        actor=first.actor,
        asserting_channels=tuple(asserting),
        by_side=dict(by_side),
        denying_channels=tuple(denying),
        reporting_channels=tuple(reporting),
        first_at=records[0].posted_at,
        latest_at=records[-1].posted_at,
        both_sides=by_side.get("ru", 0) > 0 and by_side.get("ua", 0) > 0,
        claim_ids=tuple(r.claim_id for r in records),
    )


def text_fingerprint(text: str) -> str:
    """A hash of a post's words: case, spacing, punctuation, emoji and links are ignored, so
    verbatim copies of one post get the same fingerprint."""
    words = re.findall(r"[^\W_]+", re.sub(r"https?://\S+", " ", text.casefold().replace("ё", "е")))
    return hashlib.blake2b(" ".join(words).encode(), digest_size=12).hexdigest()
