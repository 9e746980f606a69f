"""An attack told as failed after its verb: «противник атаковал у X, но безуспешно», «атаки в
районе X и Y, пока без успеха», «спроби просунутися біля X були невдалими». The attempt is an
advance the text denies (gold conventions: an explicit failure is denied, an attack merely
repelled stays asserted). A negation before the trigger is `voice.stance_of`'s; this reads the
`failed` cues after the claim, in its sentence, where no other trigger stands between them and
none right after the cue takes it for its own («…, а противник безуспешно пытался
контратаковать у Y» fails at Y, not at what came before).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from monitor.claims.rules import Hit
from monitor.claims.spans import ClaimKey, Context
from monitor.claims.voice import FORCE_CUES
from monitor.domain import ClaimFinding

# The claims an attempt makes: fighting for a place, creeping into it
FAILED_TYPES = frozenset({"advance", "infiltration"})
# How many words after the claim's evidence the failure may be told
REACH = 12
# How near before a trigger a failure word is that trigger's own («безуспешно пытался …»)
OWN_REACH = 3
# The conjunctions of a clause set against the one before
CONTRASTS = frozenset({"а", "но", "хотя", "однако", "але", "проте", "хоча", "однак", "зато"})


def failures_deny(ctx: Context, found: dict[ClaimKey, ClaimFinding]) -> None:
    """Deny, in place, the attempts of `found` that a failure cue after them tells failed."""
    cues = [c for c in ctx.cues.get("failed", ()) if not _negated(ctx, c)]
    if not cues:
        return
    starts = [token.start for token in ctx.doc.tokens]
    # what stands between a claim and its failure: another trigger, or another side, the
    # subject of a clause of its own («зашли в Торецк, противник пытался помешать, но
    # безуспешно»)
    stops = sorted(
        {t.first for t in ctx.triggers}
        | {c.first for name in FORCE_CUES for c in ctx.cues.get(name, ())}
    )
    for key, claim in list(found.items()):
        if key[0] not in FAILED_TYPES or claim.stance == "denied":
            continue
        last = max(0, bisect_left(starts, claim.evidence_end) - 1)
        if any(_told_failed(ctx, stops, last, cue) for cue in cues):
            del found[key]
            found.setdefault((key[0], key[1], "denied"), replace(claim, stance="denied"))


def _told_failed(ctx: Context, stops: list[int], last: int, cue: Hit) -> bool:
    """Whether the failure cue tells of the claim whose evidence ends at token `last`: in its
    sentence and clause («…; переговори були невдалими»), no trigger nor side between, no
    trigger right after the cue, and no clause set against the claim with a subject of its
    own before the cue («…, а переговоры провалились»; not «…, но безуспешно»)."""
    tokens = ctx.doc.tokens
    if (
        not (last < cue.first <= last + REACH)
        or tokens[cue.first].sentence != tokens[last].sentence
        or ";" in ctx.doc.text[tokens[last].end : tokens[cue.first].start]
    ):
        return False
    between = any(last < t < cue.first for t in stops)
    owned = any(cue.last < t <= cue.last + OWN_REACH for t in stops)
    contrast = [i for i in range(last + 1, cue.first) if tokens[i].form in CONTRASTS]
    return not between and not owned and not (contrast and cue.first - contrast[-1] > 2)


def _negated(ctx: Context, cue: Hit) -> bool:
    """«не без успеха», «не безрезультатно»: some success, no failure."""
    return cue.first > 0 and ctx.doc.tokens[cue.first - 1].form in ("не", "ні")
