"""Casualties whose text names no side of their own take the side of the named attack at the
same place (civilians killed in a shelling are the shelling side's victims)."""

from __future__ import annotations

import re
from dataclasses import replace

from monitor.domain import ClaimFinding

ClaimKey = tuple[str, str | None, str]

_SENTENCE_END = re.compile(r"[.!?\n]")
_CIVILIANS = re.compile(r"(?i)мирн|жител|мешкан|цивіл|граждан|громадян|дет[иея]|діт|ребен|дитин")


def victims_take_the_attacker(
    text: str,
    found: dict[ClaimKey, ClaimFinding],
    uncued: set[ClaimKey],
) -> None:
    """Victims with no side of their own are the named attacker's at the same place, in the
    same sentence: «ВСУ обстреляли Алешки, погибли двое мирных жителей» (the side in the clause
    before is the attacker, not the victims), not the side the town's country suggests."""
    for key, claim in list(found.items()):
        strike_key = ("strike", key[1], key[2])
        strike = found.get(strike_key)
        if key[0] != "casualties" or strike is None or strike_key in uncued:
            continue
        first, last = sorted((strike, claim), key=lambda c: c.evidence_start)
        if _SENTENCE_END.search(text, first.evidence_end, last.evidence_start):
            continue  # another sentence may tell of another attack
        after = text[claim.evidence_end : claim.evidence_end + 40].split(".")[0]
        if key in uncued or _CIVILIANS.search(claim.evidence + after):
            found[key] = replace(claim, actor=strike.actor)
