"""A line's label: the words that open a line of a bulleted report, a dash or a colon after them
(«📍 Киев — прилёты по ТЭЦ», «Харків: влучання в підстанцію»)."""

from __future__ import annotations

import re

# a dash or a colon after the label, past a short parenthesis that places it («Торопец
# (Тверская область): ночью атака БПЛА»)
LABEL_MARK = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[—–:-]\s")


def opens_a_label(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` opens its line (after bullet marks only) and a dash or a colon
    follows it."""
    opening = text[text.rfind("\n", 0, start) + 1 : start]
    return not any(c.isalnum() for c in opening) and LABEL_MARK.match(text, end) is not None


# What opens a line that is no bullet: a word, a quote, a bracket
NOT_BULLETS = "«\"'„“([*_"
# A numbered list item's number: «3. Гродовка — …», «2) Селидово»
ITEM_NUMBER = re.compile(r"\d{1,2}[.)]\s")


def is_bullet(line: str) -> bool:
    """Whether a line is a list's item: it opens with a mark (a dash, an emoji), not with a
    word, a quote or a bracket, or with an item's number («3. », «2) »)."""
    line = line.lstrip()
    return bool(line) and (
        (not line[:1].isalnum() and line[:1] not in NOT_BULLETS)
        or ITEM_NUMBER.match(line) is not None
    )


# A sentence's end inside a line: a full stop, a question or an exclamation and a space
_SENTENCE_END = re.compile(r"[.!?…][»\")]*[ \t]+\S")
# A clause set against the one before: «Из Белгорода вывезли детей, а на фронте за день:»
_CONTRAST = re.compile(r",[ \t]+(?:а|но|але|однак|однако|зато|натомість)[ \t]", re.IGNORECASE)


def line_at(text: str, offset: int) -> str:
    """The whole line of `text` that `offset` stands in."""
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1 : len(text) if end < 0 else end]


def heads_bullets(text: str, at: int, offset: int) -> bool:
    """Whether the line of `at`, no bullet itself, heads a run of bulleted lines that reaches
    the line of `offset` with no blank line between («Итоги дня под Курахово\n— уничтожено 3
    танка\n— 15 двухсотых»; a digest's «Основное:\n\n— …» are items of their own), the place
    in the head's last sentence."""
    head_start = text.rfind("\n", 0, at) + 1
    head_end = text.find("\n", at)
    if head_end < 0 or offset <= head_end:
        return False
    # a heading that ends in a colon may open with an emoji and stand a blank line above its
    # items («📊 Тиждень роботи бригади на Покровському напрямку:\n\n☠️ 200 — 487»)
    colon = text[head_start:head_end].rstrip().endswith(":")
    if is_bullet(text[head_start:head_end]) and not colon:
        return False
    if _SENTENCE_END.search(text, at, head_end) or _CONTRAST.search(text, at, head_end):
        return False  # an earlier sentence's or clause's: «У Львові тихо. А на фронті:»
    line_end = text.find("\n", offset)
    lines = text[head_end + 1 : line_end if line_end >= 0 else len(text)].split("\n")
    if colon and len(lines) > 1 and not lines[0].strip():
        lines = lines[1:]
    return all(is_bullet(line) for line in lines)
