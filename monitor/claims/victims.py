"""Casualties whose text names no side of their own take the side of the named attack at the
same place (civilians killed in a shelling are the shelling side's victims); in a report of
strikes, the places people were hurt at were struck."""

from __future__ import annotations

import re
from dataclasses import replace

from monitor.claims.rules import Hit
from monitor.claims.scene import air_report
from monitor.claims.spans import ClaimKey, Context
from monitor.claims.voice import FORCE_CUES
from monitor.domain import Actor, ClaimFinding
from monitor.text.lemmas import Doc

_SENTENCE_END = re.compile(r"[.!?\n]")
# The places a strike is pinned to where its victims are (no oblast, no raion)
SETTLEMENTS = frozenset({"city", "town", "village", "settlement", "district"})
GROUND = frozenset({"advance", "capture", "withdrawal", "encirclement", "infiltration"})
_CIVILIANS = re.compile(r"(?i)мирн|жител|мешкан|цивіл|граждан|громадян|дет[иея]|діт|ребен|дитин")


def struck_where_hurt(
    ctx: Context, found: dict[ClaimKey, ClaimFinding], uncued: set[ClaimKey]
) -> None:
    """In a report of strikes (one found) and no ground fighting (`scene.air_report`, no move
    on the ground found), each settlement where people were killed or hurt was struck, by the side
    that hurt them: «Росіяни 14 разів обстріляли Донеччину. Загинули 3 мешканці: по 1 у
    Костянтинівці, Дружківці …» (not a region: its dead may be a tally of days)."""
    settlements = {s.mention.place_key for s in ctx.places if s.kind in SETTLEMENTS}
    hurt = [
        c for c in found.values() if c.claim_type == "casualties" and c.place_key in settlements
    ]
    if not hurt or not air_report(ctx) or any(c.claim_type in GROUND for c in found.values()):
        return
    struck = {c.place_key for c in found.values() if c.claim_type == "strike"}
    if not struck:
        return  # a blast the post tells of no strike for (a car bomb) strikes nothing
    for claim in hurt:
        if claim.place_key not in struck:
            key = ("strike", claim.place_key, claim.stance)
            found[key] = replace(claim, claim_type="strike")
            struck.add(claim.place_key)
            if ("casualties", claim.place_key, claim.stance) in uncued:
                uncued.add(key)


def victims_take_the_attacker(
    ctx: Context, found: dict[ClaimKey, ClaimFinding], uncued: set[ClaimKey]
) -> None:
    """Victims with no side of their own are the named attacker's at the same place, in the
    same sentence: «ВСУ обстреляли Алешки, погибли двое мирных жителей», «Хохлы обстреляли
    Донецк, есть погибшие» (the side in the clause before is the attacker, not the victims),
    not the side the town's country suggests. A side named from the victims' own words on, in
    their sentence, is theirs."""
    text = ctx.doc.text
    sides_at: list[int] | None = None  # where the text names a side, worked out once needed
    for key, claim in list(found.items()):
        strike_key = ("strike", key[1], key[2])
        strike = found.get(strike_key)
        if key[0] != "casualties" or strike is None or strike_key in uncued:
            continue
        first, last = sorted((strike, claim), key=lambda c: c.evidence_start)
        if _SENTENCE_END.search(text, first.evidence_end, last.evidence_start):
            continue  # another sentence may tell of another attack
        after = text[claim.evidence_end : claim.evidence_end + 40].split(".")[0]
        if sides_at is None:
            sides_at = [
                ctx.doc.tokens[c.first].start for name in FORCE_CUES for c in ctx.cues.get(name, ())
            ]
        sentence_end = _SENTENCE_END.search(text, claim.evidence_start)
        end = sentence_end.start() if sentence_end else len(text)
        own_side = any(
            claim.evidence_start <= at < end  # (the side the strike names is the attacker)
            and not strike.evidence_start <= at < strike.evidence_end
            for at in sides_at
        )
        if key in uncued or _CIVILIANS.search(claim.evidence + after) or not own_side:
            found[key] = replace(claim, actor=strike.actor)


# Words of mourning: a post that holds them mourns the channel's own dead («Вечная память»,
# «Светлая память всем, кто остался там», «Вічна пам'ять», «Помяните, кто знал»)
_MOURNING = re.compile(
    r"(?i)вечн\w* памят|светл\w* памят|вічн\w* пам.ят|світл\w* пам.ят|помяни|пом.яніть"
    r"|царство небесное|царство небесне|земля пухом|герої не вмирають|на щиті"
)


def mourned_are_the_channels(
    ctx: Context, found: dict[ClaimKey, ClaimFinding], uncued: set[ClaimKey]
) -> None:
    """Casualties with no side of their own, in a post that mourns, are the channel's side's
    dead: the enemy's act (a soldier's obituary, «Погиб под Работино … Помяните»), not the side
    the place's country suggests; but for victims of a strike told at their place («Вечная
    память. В Харькове под обстрелом погибли 5 мирных жителей»)."""
    mourned = [key for key in found if key[0] == "casualties" and key in uncued]
    if not mourned or ctx.side not in ("ru", "ua") or not _MOURNING.search(ctx.doc.text):
        return
    enemy: Actor = "ua" if ctx.side == "ru" else "ru"
    struck = {key[1] for key in found if key[0] == "strike"}
    for key in mourned:
        # victims of a strike the post tells at their place are that strike's
        if key[1] not in struck:
            found[key] = replace(found[key], actor=enemy)


# What the claims of the hurt go through once found, in order


def victims_of_a_strike(
    ctx: Context, found: dict[ClaimKey, ClaimFinding], uncued: set[ClaimKey]
) -> None:
    """Casualties read from a line read only for the victims of the placed line before it stand
    where that line told a strike at their place («Ворог бив по Марганцю.\n\nПоранено двох
    людей»), not after a crime's or an accident's line («убил деда в … области.\n\n…»)."""
    lines = ctx.victims_lines
    struck = {key[1] for key in found if key[0] == "strike"}
    for key, claim in list(found.items()) if lines else ():
        if _within(claim.evidence_start, lines) and key[1] not in struck:
            del found[key]


def read_for_victims(
    doc: Doc,
    hits: list[Hit],
    triggers: list[Hit],
    lines: list[tuple[int, int]],
    rules: frozenset[int],
) -> tuple[list[Hit], list[Hit]]:
    """The cue hits and triggers of a post, without those in `lines` (read only for the
    victims of the placed line before each) but of the `rules` that read the sentence before."""
    if not lines:
        return hits, triggers

    def kept(hit: Hit) -> bool:
        return hit.payload[1] in rules or not _within(doc.tokens[hit.first].start, lines)

    return [h for h in hits if kept(h)], [t for t in triggers if kept(t)]


def _within(offset: int, lines: list[tuple[int, int]]) -> bool:
    """Whether a text offset falls in one of `lines` (spans of the text)."""
    return any(start <= offset < end for start, end in lines)


VICTIM_STEPS = (
    victims_of_a_strike,
    struck_where_hurt,
    victims_take_the_attacker,
    mourned_are_the_channels,
)
