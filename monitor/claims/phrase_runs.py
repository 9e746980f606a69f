"""Where a phrase of several words runs in a post: its later words after its first one, in
order, none across a cut (`cuts`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from monitor.claims.patterns import WordPattern
from monitor.text.lemmas import Doc, Token

MAX_GAP = 2
# A phrase's words do not reach across a dash, a colon, a bracket or a comma: «заход в город —
# результат давления наших», «опять лезут, наши держат рубеж» and «прилетел в дом, пострадал
# житель» are no «город наш», «опять наш», «дом пострадал»
PHRASE_BREAKS = ("—", "–", ":", ";", "(", ")", ",")
_BREAK_RE = re.compile("[" + re.escape("".join(PHRASE_BREAKS)) + "]")


def match_rest(
    tokens: tuple[Token, ...],
    cuts: bytearray,
    words: tuple[WordPattern, ...],
    first: int,
    max_gap: int = MAX_GAP,
) -> int | None:
    """The last token of `words` matched from token `first` on, its words in order with at
    most `max_gap` others between, none across a cut (see `phrase_cuts`); None when they are
    not."""
    position = first
    count = len(tokens)
    for word in words[1:]:
        prefix, lemmas = word.prefix, word.lemmas
        for candidate in range(position + 1, min(position + 2 + max_gap, count)):
            if cuts[candidate]:
                return None
            token = tokens[candidate]
            if word.matches_form(token.form) if prefix else not lemmas.isdisjoint(token.lemmas):
                position = candidate
                break
        else:
            return None
    return position


def phrase_cuts(doc: Doc) -> bytearray:
    """Per token, 1 where no phrase runs from the token before to it: the two stand in
    different sentences, or a phrase break stands between them (no break mark is part of a
    word, so each mark falls in the gap before the first token that starts after it)."""
    tokens = doc.tokens
    cuts = bytearray(1) + bytes(a.sentence != b.sentence for a, b in pairwise(tokens))
    if len(tokens) > 1:
        starts = [token.start for token in tokens]
        for mark in _BREAK_RE.finditer(doc.text, tokens[0].end, tokens[-1].start):
            cuts[bisect_right(starts, mark.start())] = 1
    return cuts
