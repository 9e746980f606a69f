"""What a claim becomes at one of its places: ground near a place, a whole district or a road
taken is no capture of the place."""

from __future__ import annotations

from monitor.claims.morphology import clause_between
from monitor.claims.ranks import DISTRICT_RANK
from monitor.claims.rules import Hit
from monitor.claims.spans import Context, PlaceSpan
from monitor.claims.targeting import is_road
from monitor.config import ClaimRule


def kind_at(
    ctx: Context, hit: Hit, rule: ClaimRule, claim_type: str, span: PlaceSpan | None
) -> str:
    """The claim's type at one of its places: a capture of ground near the place, or of a
    whole district or oblast, is an advance; taking a road cuts it (an encirclement)."""
    if span is None:
        return claim_type
    if is_road(span):
        return "encirclement" if claim_type in ("capture", "advance") else claim_type
    if claim_type == "capture" and (
        _ground_between(ctx, hit, span)  # «выбили из лесопосадок севернее X»
        or (
            rule.region_capture_is_advance
            and span.rank >= DISTRICT_RANK
            and span.mention.place_key.casefold() not in rule.held_whole
        )
    ):
        return "advance"
    return claim_type


def _ground_between(ctx: Context, hit: Hit, span: PlaceSpan) -> bool:
    """Whether ground near the place («лесопосадки», «севернее», «опорник») stands between
    the trigger and the place, in one clause: the place itself was not taken."""
    left, right = (hit.last, span.first) if span.first > hit.last else (span.last, hit.first)
    return any(
        left < c.first and c.last < right and not clause_between(ctx.doc, left, right)
        for c in ctx.cues.get("partial_near", ())
    )
