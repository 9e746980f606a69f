"""A line's label: the words that open a line of a bulleted report, a dash or a colon after them
(«📍 Киев — прилёты по ТЭЦ», «Харків: влучання в підстанцію»)."""

from __future__ import annotations

import re

LABEL_MARK = re.compile(r"[ \t]*[—–:-]\s")


def opens_a_label(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` opens its line (after bullet marks only) and a dash or a colon
    follows it."""
    opening = text[text.rfind("\n", 0, start) + 1 : start]
    return not any(c.isalnum() for c in opening) and LABEL_MARK.match(text, end) is not None
