"""What a post's triggers share: its places as token spans, and the analysis state."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from monitor.claims.rules import Hit
from monitor.claims.voice import gap
from monitor.domain import ClaimFinding, PlaceMention
from monitor.text.lemmas import Doc

# A claim's identity within a post: (type, place key or None, stance)
ClaimKey = tuple[str, str | None, str]


def token_at(starts: list[int], offset: int) -> int:
    """The index of the token a character `offset` falls in (`starts`: the tokens' starts)."""
    return max(0, bisect_right(starts, offset) - 1)


def finding_sentences(doc: Doc) -> Callable[[ClaimFinding], int]:
    """The sentence a finding's evidence starts in, for one post."""
    starts = [token.start for token in doc.tokens]

    def sentence_of(finding: ClaimFinding) -> int:
        return doc.tokens[token_at(starts, finding.evidence_start)].sentence

    return sentence_of


def sentence_bounds(doc: Doc, index: int) -> tuple[int, int]:
    """The first and the last token of the sentence of token `index`."""
    tokens, sentence = doc.tokens, doc.tokens[index].sentence
    first = last = index
    while first > 0 and tokens[first - 1].sentence == sentence:
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].sentence == sentence:
        last += 1
    return first, last


@dataclass(frozen=True, slots=True)
class PlaceSpan:
    mention: PlaceMention
    first: int
    last: int
    sentence: int
    rank: int
    country: str
    kind: str = ""  # the gazetteer's kind: village, town, city, district, region, facility…
    # in the front's raions (`[front] raions`); None where no front is configured
    front: bool | None = None
    held: bool = False  # where Russia has long held (`[front] held`): its strikes are Ukraine's
    # the English names of the raion and oblast it lies in, and its own for a region or raion
    within: tuple[str, ...] = ()
    own_region: str | None = None

    @property
    def facility(self) -> bool:
        """A plant, a station, a bridge: attacked, it is struck."""
        return self.kind == "facility"


def regions_of(info: Any) -> tuple[tuple[str, ...], str | None]:
    """`PlaceSpan.within` and `PlaceSpan.own_region` of a place's gazetteer facts (a
    `PlaceInfo` or a `GazetteerPlace`, whose own name a region's or raion's is)."""
    within = tuple(r for r in (getattr(info, "district", None), getattr(info, "oblast", None)) if r)
    if getattr(info, "kind", None) not in ("region", "district"):
        return within, None
    return within, getattr(info, "own_region", None) or getattr(info, "name_en", None)


@dataclass(slots=True)
class Context:
    """One post's analysis state shared by its triggers."""

    doc: Doc
    side: str | None
    cues: dict[str, list[Hit]]
    triggers: list[Hit]
    places: list[PlaceSpan]
    trigger_types: dict[int, set[str]]
    agent_slots: frozenset[int] = frozenset()
    # worked out on first use: most posts never need them
    road_ends: set[int] | None = None
    blockers: list[tuple[int, int, str]] | None = None
    headline_reported: bool | None = None
    air_report: bool | None = None
    # (marker kind, rule index) → the places its markers mark (`Targeting._marked`)
    marked: dict[tuple[str, int], set[int]] = field(default_factory=dict)
    # the lines read only for the victims of the placed line before each (`Prefilter.read`)
    victims_lines: list[tuple[int, int]] = field(default_factory=list)

    def place_nearby(self, hit: Hit) -> bool:
        """Whether the trigger's sentence names any place."""
        sentence = self.doc.tokens[hit.first].sentence
        return any(span.sentence == sentence for span in self.places)


def within(doc: Doc, hit: Hit, other: Hit, reach: int) -> bool:
    """Whether `other` is another hit in `hit`'s sentence at most `reach` words away."""
    same = doc.tokens[other.first].sentence == doc.tokens[hit.first].sentence
    return same and gap(hit, other.first, other.last) <= reach and other is not hit


def trigger_types(triggers: list[Hit], type_of: Callable[[int], str]) -> dict[int, set[str]]:
    """Token index → the claim types of the triggers over it (`type_of` a rule index's)."""
    types: dict[int, set[str]] = defaultdict(set)
    for hit in triggers:
        for index in range(hit.first, hit.last + 1):
            types[index].add(type_of(hit.payload[1]))
    return types


def placed_over_placeless(
    found: dict[ClaimKey, ClaimFinding], placed: list[ClaimFinding]
) -> dict[ClaimKey, ClaimFinding]:
    """Without a placeless claim whose words a placed reading of its type shares: «Ворог
    атакував Дніпропетровщину» is the strike on the oblast, not also one on the country."""
    return {
        key: f
        for key, f in found.items()
        if f.place_key is not None
        or not any(
            p.claim_type == f.claim_type
            and p.evidence_start < f.evidence_end
            and f.evidence_start < p.evidence_end
            for p in placed
        )
    }
