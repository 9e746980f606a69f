"""A region named to say where a place lies takes no claim that place has.

«Підрозділи СБС уразили Туапсинський НПЗ у Краснодарському краї: зафіксовано влучання …»: the
second trigger reaches back to the krai, but the krai only says where the refinery is, and the
claim is the refinery's, the finest place (the labelling conventions' most specific place).
"""

from __future__ import annotations

from monitor.claims.spans import ClaimKey, Context
from monitor.domain import ClaimFinding

# What may stand between a place and the region that says where it is: «X у Y», «X, Y»
_QUALIFYING = frozenset({"у", "в", "во"})


def qualifiers_give_way(ctx: Context, found: dict[ClaimKey, ClaimFinding]) -> None:
    """Drop the claims of a region right after a place it holds («X у Краснодарському краї»,
    «X Курської області») where that place has a claim of the same type and stance."""
    tokens = ctx.doc.tokens
    for place, region in zip(ctx.places, ctx.places[1:], strict=False):
        if region.own_region is None or region.own_region not in place.within:
            continue
        between = tokens[place.last + 1 : region.first]
        if len(between) > 1 or any(t.form not in _QUALIFYING for t in between):
            continue
        mention = region.mention
        for key, claim in list(found.items()):
            told_here = claim.evidence_start <= mention.start < claim.evidence_end
            if (
                key[1] == mention.place_key
                and told_here
                and (key[0], place.mention.place_key, key[2]) in found
            ):
                del found[key]
