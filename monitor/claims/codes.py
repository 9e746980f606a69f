"""Soldiers' codes written as bare numbers: «200» (killed), «300» (wounded).

A number counts as a code only where the text sets it apart as one: in quotes («Ті, хто не
встиг, — «200»»), or tied by a dash to the count it codes («☠️ 200 — 487», «Попередньо: 1 —
200, 3 — 300»). Elsewhere «200» is a number like any other («200 рублей», «на 200 метров»).
"""

from __future__ import annotations

import re

from monitor.claims.titles import a_quoted_name
from monitor.config import ClaimRule
from monitor.text.lemmas import Doc

_DASH = "—–-"
_OPENING = "«\"“„'"
_CLOSING = "»\"”'"
_COUNT = re.compile(r"\d+")


def written_as_a_trigger(doc: Doc, index: int, rule: ClaimRule) -> bool:
    """Whether token `index` is written as `rule`'s trigger: a code set apart as one, for a rule
    of codes; no quoted name but a weapon's, for any other («драма «Наступление»», not «Ночью
    «Герани» по Харькову»)."""
    if rule.coded_number:
        return coded_number(doc, index)
    return rule.type == "strike" or not a_quoted_name(doc, index)


def coded_number(doc: Doc, index: int) -> bool:
    """Whether token `index` (a number) is set apart as a code: quoted, or a dash joins it to
    a count on either side."""
    tokens = doc.tokens
    before = doc.gap(index)
    after = doc.gap(index + 1) if index + 1 < len(tokens) else doc.text[tokens[index].end :]
    opened, closed = before.rstrip()[-1:], after.lstrip()[:1]
    if opened and closed and opened in _OPENING and closed in _CLOSING:
        return True
    if index > 0 and _dashed(before.strip()[-1:]) and _count(tokens[index - 1].form):
        return _closes(after, index + 1 < len(tokens)) and not _time_or_date(doc, index - 1)
    if index + 1 < len(tokens) and _dashed(after.strip()[:1]) and _count(tokens[index + 1].form):
        following = doc.gap(index + 2) if index + 2 < len(tokens) else ""
        return _closes(following, index + 2 < len(tokens)) and not _time_or_date(doc, index)
    return False


def _closes(gap: str, word_follows: bool) -> bool:
    """The pair ends its item: a range or a count of things goes on («200 — 300 домов»)."""
    mark = gap.strip()[:1]
    return not word_follows or "\n" in gap or (bool(mark) and mark in ",.;)")


def _time_or_date(doc: Doc, index: int) -> bool:
    """The number is the tail of a time or a date («18:00 — 200», «12.03 — 200»)."""
    return index > 0 and doc.gap(index)[-1:] in ":."


def _dashed(mark: str) -> bool:
    return bool(mark) and mark in _DASH


def _count(form: str) -> bool:
    return _COUNT.fullmatch(form) is not None
