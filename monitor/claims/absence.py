"""What a trigger noun after «без» names did not happen («оставили без боя», «обошлось без
жертв»), except where two negations say it did («не обошлось без жертв»)."""

from __future__ import annotations

from monitor.text.lemmas import Doc

# «без боя», «без втрат»: what a trigger noun names did not happen
WITHOUT = frozenset(["без", "безо"])


def not_spared(doc: Doc, first: int) -> bool:
    """«не обошлось без жертв», «не обійшлося без поранених»: two negations that say there were
    some (the «не» denies nothing)."""
    if first < 3 or doc.tokens[first - 1].form not in WITHOUT:
        return False
    verb = doc.tokens[first - 2].form
    negated = doc.tokens[first - 3].form in ("не", "ні")
    return negated and verb.startswith(("обош", "обойд", "обійш", "обійд"))


def without(doc: Doc, first: int) -> bool:
    """A trigger noun after «без», unless «не обошлось без» (there were some)."""
    return first > 0 and doc.tokens[first - 1].form in WITHOUT and not not_spared(doc, first)
