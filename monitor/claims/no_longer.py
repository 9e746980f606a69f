"""A control state told as ended: «Суджа больше не находится под контролем ВСУ», «на карте
Суджа больше не обозначена как находящаяся под контролем украинских войск», «Куп'янськ вже не
під контролем росіян». Its negation denies no capture: the side that held the place is gone, a
withdrawal, in the stance the text tells it with."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from monitor.claims.ranks import clause_break
from monitor.claims.rules import Hit
from monitor.text.lemmas import Doc

# «больше не», «уже не», «більше не», «вже не» before the control state
NO_LONGER = frozenset({"больше", "уже", "більше", "вже"})
# how many words may stand between «не» and the control state's first word («не обозначена как
# находящаяся под контролем»)
NO_LONGER_REACH = 3


def held_no_longer(doc: Doc, cues: Mapping[str, Sequence[Hit]], hit: Hit) -> bool:
    """Whether a control state's trigger (its words «контроль», «контролировать») stands after
    «больше не» / «уже не» in its clause («Больше не будет обстрелов: X под контролем наших
    войск» is no such state)."""
    tokens = doc.tokens
    if not any(tokens[i].form.startswith("контрол") for i in range(hit.first, hit.last + 1)):
        return False
    sentence = tokens[hit.first].sentence
    return any(
        tokens[cue.first].sentence == sentence
        and 0 < hit.first - cue.last <= NO_LONGER_REACH + 1
        and cue.first > 0
        and tokens[cue.first - 1].form in NO_LONGER
        and not clause_break(doc, cue.last, hit.first)
        for cue in cues.get("negation", ())
    )


def without_negation(cues: Mapping[str, Sequence[Hit]]) -> dict[str, Sequence[Hit]]:
    """The cues but the negations: the stance of a state told as ended."""
    return {kind: found for kind, found in cues.items() if kind != "negation"}
