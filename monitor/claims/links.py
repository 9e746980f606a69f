"""Markdown links inside a post's sentences («Беспилотник [атаковал](https://t.me/…) цех»), as
Telethon writes a post's text: the rules read the link's words in place of the link, and the
evidence is cut from the post as written."""

from __future__ import annotations

import dataclasses
import re

from monitor.domain import ClaimFinding, PlaceMention
from monitor.text.normalize import JOINED_HASHTAG

# `[words](address)`: the words kept, the brackets and the address blanked to spaces, so every
# offset into the post stays the same
_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\(([^()\s]{1,2000})\)")


def without_links(text: str) -> str:
    """`text` with each Markdown link's brackets and address turned to spaces (same length)."""
    if "](" not in text:
        return text  # most posts
    return _LINK.sub(lambda m: f" {m.group(1)}{' ' * (len(m.group(2)) + 3)}", text)


def still_read(post: str, read: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions a claim may be about: not a place inside a link's address (blanked in
    `read`, `without_links(post)`) nor inside a hashtag of joined words («#Донбасс_за_нами»,
    «#Курск_под_ударом»: a mention of the post, no claim's place)."""
    tags = [m.span() for m in JOINED_HASHTAG.finditer(post)] if "_" in post else []
    if read is post and not tags:
        return mentions
    return [
        m
        for m in mentions
        if read[m.start : m.end].strip() and not any(a <= m.start < b for a, b in tags)
    ]


def evidence_from(text: str, read: str, findings: list[ClaimFinding]) -> list[ClaimFinding]:
    """`findings` made on `read` (`without_links(text)`), their evidence cut from `text`."""
    if read is text:
        return findings
    return [
        dataclasses.replace(f, evidence=text[f.evidence_start : f.evidence_end]) for f in findings
    ]
