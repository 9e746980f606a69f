"""A push told over several sentences keeps its side: «Сили оборони звільнили Роботине. Бої
тривають південніше, біля Новопрокопівки» (the fights are the Ukrainian push going on further
south).

An advance whose sentence names no side but goes on in a direction from the last one
(«південніше», «дальше») takes the side that, in the sentence right before it (same
paragraph), took a place by a cue of its own, where that sentence names one such side only.
Only a taking counts: an advance's side is read less surely («теснить врага в сторону
границы»). Elsewhere the rule's default stands: «Сили оборони звільнили Роботине. Штурмові дії
біля Покровська» is the attacker's, Russia's, as in any front update that names none.
"""

from __future__ import annotations

from dataclasses import replace

from monitor.claims.spans import ClaimKey, Context, finding_sentences
from monitor.domain import Actor, ClaimFinding

PUSHES = frozenset({"capture"})
# Words that carry a push on from the place just told
ONWARD = frozenset(
    [
        "південніше",
        "північніше",
        "західніше",
        "східніше",
        "далі",
        "южнее",
        "севернее",
        "западнее",
        "восточнее",
        "дальше",
    ]
)
SIDES: frozenset[Actor] = frozenset({"ru", "ua"})


def carry_the_side(
    ctx: Context, found: dict[ClaimKey, ClaimFinding], uncued: set[ClaimKey]
) -> None:
    """Give the uncued advances of `found` the side of the push the sentence before tells."""
    if not uncued or len(found) < 2:
        return
    tokens = ctx.doc.tokens
    sentence_of = finding_sentences(ctx.doc)

    pushed: dict[int, set[Actor]] = {}  # sentence → the sides a cue names as pushing there
    for key, finding in found.items():
        if key not in uncued and finding.claim_type in PUSHES and finding.actor in SIDES:
            pushed.setdefault(sentence_of(finding), set()).add(finding.actor)
    if not pushed:
        return
    # the paragraph where each sentence starts and ends, and the sentences that go onward
    opens: dict[int, int] = {}
    closes: dict[int, int] = {}
    onward: set[int] = set()
    for token in tokens:
        opens.setdefault(token.sentence, token.paragraph)
        closes[token.sentence] = token.paragraph
        if token.form in ONWARD:
            onward.add(token.sentence)
    for key in uncued:
        advance = found.get(key)  # (an uncued reading may have yielded to another one)
        if advance is None or advance.claim_type != "advance":
            continue
        sentence = sentence_of(advance)
        sides = pushed.get(sentence - 1, set())
        if sentence in onward and len(sides) == 1 and closes.get(sentence - 1) == opens[sentence]:
            (side,) = sides
            found[key] = replace(advance, actor=side)
