"""Markdown links inside a post's sentences («Беспилотник [атаковал](https://t.me/…) цех»), as
Telethon writes a post's text: the rules read the link's words in place of the link, and the
evidence is cut from the post as written. Hashtags of joined words are blanked alike."""

from __future__ import annotations

import dataclasses
import re

from monitor.domain import ClaimFinding, PlaceMention

# `[words](address)`: the words kept, the brackets and the address blanked to spaces, so every
# offset into the post stays the same
_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\(([^()\s]{1,2000})\)")


# A hashtag of words joined by underscores: a tag, not a sentence («#Донбасс_за_нами»,
# «#Курск_под_ударом» claim nothing; its place is a mention of the post all the same)
_JOINED_HASHTAG = re.compile(r"#\w*_\w*")


def without_links(text: str) -> str:
    """`text` with each Markdown link's brackets and address, and each joined hashtag, turned
    to spaces (same length)."""
    if "#" in text and "_" in text:
        text = _JOINED_HASHTAG.sub(lambda m: " " * len(m.group()), text)
    if "](" not in text:
        return text  # most posts
    return _LINK.sub(lambda m: f" {m.group(1)}{' ' * (len(m.group(2)) + 3)}", text)


def still_read(post: str, read: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions `read` (`without_links(post)`) still shows: no claim is about a place
    inside a link's address or a joined hashtag."""
    if read is post:
        return mentions
    return [m for m in mentions if read[m.start : m.end].strip()]


def evidence_from(text: str, read: str, findings: list[ClaimFinding]) -> list[ClaimFinding]:
    """`findings` made on `read` (`without_links(text)`), their evidence cut from `text`."""
    if read is text:
        return findings
    return [
        dataclasses.replace(f, evidence=text[f.evidence_start : f.evidence_end]) for f in findings
    ]
