"""A push told over several sentences keeps its side: «Сили оборони звільнили Роботине. Бої
тривають південніше, біля Новопрокопівки» (the fights are the Ukrainian push going on).

An advance whose sentence names no side takes the side that, in the sentence right before it
(same paragraph), took a place by a cue of its own, where that sentence names one such side
only. Only a taking counts: an advance's side is read less surely («теснить врага в сторону
границы»). Without such a sentence the rule's default stands (the attacker of a front update,
the channel's side of a blogger).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from monitor.claims.spans import Context
from monitor.domain import Actor, ClaimFinding

ClaimKey = tuple[str, str | None, str]

PUSHES = frozenset({"capture"})
SIDES: frozenset[Actor] = frozenset({"ru", "ua"})


def carry_the_side(
    ctx: Context, found: dict[ClaimKey, ClaimFinding], uncued: set[ClaimKey]
) -> None:
    """Give the uncued advances of `found` the side of the push the sentence before tells."""
    if not uncued or len(found) < 2:
        return
    tokens = ctx.doc.tokens
    starts = [token.start for token in tokens]

    def sentence_of(finding: ClaimFinding) -> int:
        return tokens[max(0, bisect_right(starts, finding.evidence_start) - 1)].sentence

    pushed: dict[int, set[Actor]] = {}  # sentence → the sides a cue names as pushing there
    for key, finding in found.items():
        if key not in uncued and finding.claim_type in PUSHES and finding.actor in SIDES:
            pushed.setdefault(sentence_of(finding), set()).add(finding.actor)
    if not pushed:
        return
    # the paragraph where each sentence starts and ends
    opens: dict[int, int] = {}
    closes: dict[int, int] = {}
    for token in tokens:
        opens.setdefault(token.sentence, token.paragraph)
        closes[token.sentence] = token.paragraph
    for key in uncued:
        advance = found.get(key)  # (an uncued reading may have yielded to another one)
        if advance is None or advance.claim_type != "advance":
            continue
        sentence = sentence_of(advance)
        sides = pushed.get(sentence - 1, set())
        if len(sides) == 1 and closes.get(sentence - 1) == opens[sentence]:
            (side,) = sides
            found[key] = replace(advance, actor=side)
