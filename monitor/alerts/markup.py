"""Making hostile post text inert in each digest format, and the shape of a format (`Style`).

Post text is hostile input (channels are adversarial): control and bidi-override characters are
dropped (`clean`), every piece is escaped for its format, and only http(s) links are ever
rendered as links (`safe_url`). Markdown escapes every character Telegram's MarkdownV2 reserves
(a superset of CommonMark's punctuation), so the text is inert in both. The lowest layer of
`alerts`: `styles` builds the three formats from it, `render` and the dashboard use it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

# C0 and C1 controls but tab and newline (ESC starts terminal sequences; U+009B is a one-byte
# CSI to some terminals), bidi marks, embeddings, overrides and isolates.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile(r"[\t\n\r\x0b\x0c\x85\u2028\u2029]+")
# Telegram MarkdownV2's reserved characters are a superset of CommonMark's; `<` and `&` too,
# so no raw HTML or entity reaches a CommonMark renderer.
_MARKDOWN_SPECIAL = re.compile(r"([_*\[\]()~`>#+\-=|{}.!\\<&])")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$", re.IGNORECASE)


def clean(text: str) -> str:
    """`text` without control characters (but tab and newline) and bidi overrides."""
    return _CONTROL.sub("", text)


def one_line(text: str) -> str:
    """A single-line field (a channel title, a name): cleaned, with line breaks and tabs folded
    to one space, so that it cannot forge lines of its own in a digest or a table."""
    return _CONTROL.sub("", _LINE_BREAKS.sub(" ", text))


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None (no javascript:, data:, file: ...)."""
    if not url:
        return None
    url = clean(url).strip()
    return url if _SAFE_URL.match(url) else None


def escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", clean(text))


def escape_html(text: str) -> str:
    return html.escape(clean(text), quote=True)


@dataclass(frozen=True, slots=True)
class Style:
    """How one format writes the pieces; `esc` is applied to every piece of hostile text."""

    esc: Callable[[str], str]
    mark: Callable[[str], str]
    group: Callable[[str], str]
    section: Callable[[str], str]
    item: Callable[[str, list[str], str | None], str]  # meta, lines, link
    quote: Callable[[str], str]
    wrap: Callable[[str], str]
    sep: str
