"""Rendering a digest as plain text, Markdown or HTML.

Post text is hostile input (channels are adversarial): every piece of it is escaped for the
format, control characters are dropped, and only http(s) links are ever rendered as links."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from monitor.alerts.digest import DigestView, excerpt
from monitor.alerts.entries import Entry

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
# Telegram MarkdownV2's reserved characters are a superset of CommonMark's.
_MARKDOWN_SPECIAL = re.compile(r"([_*\[\]()~`>#+\-=|{}.!\\<&])")
SIDES = {"ru": "ru", "ua": "ua", "other": "other"}


def clean(text: str) -> str:
    return _CONTROL.sub("", text)


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None (no javascript:, data:, file: ...)."""
    if not url:
        return None
    url = clean(url).strip()
    return url if re.match(r"^https?://[^\s<>\"']+$", url, re.IGNORECASE) else None


def escape_markdown(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", clean(text))


def human_count(value: int | None) -> str:
    if value is None:
        return ""
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    return f"{value / 1000:.1f}K" if value >= 1000 else str(value)


def when(moment: datetime, zone: str = "UTC") -> str:
    utc = moment.strftime("%Y-%m-%d %H:%M UTC")
    if zone == "UTC":
        return utc
    local = moment.astimezone(ZoneInfo(zone))
    return f"{utc} ({local.strftime('%H:%M %Z')})"


def claim_line(entry: Entry) -> str:
    parts = []
    for claim in entry.claims:
        where = f" at {claim.place_name}" if claim.place_name else ""
        parts.append(f"{claim.claim_type}{where} by {claim.actor} ({claim.stance})")
    return "; ".join(dict.fromkeys(parts))


def meta_line(entry: Entry, zone: str) -> str:
    bits = [
        when(entry.posted_at, zone),
        f"{entry.channel_title or entry.channel} "
        f"(@{entry.channel}, {SIDES.get(entry.side, entry.side)})",
    ]
    if entry.views is not None:
        bits.append(f"{human_count(entry.views)} views")
    if entry.deleted_at:
        bits.append("DELETED since")
    elif entry.edited_at:
        bits.append("edited")
    return " · ".join(clean(b) for b in bits)


def _render(
    view: DigestView,
    zone: str,
    esc: Callable[[str], str],
    mark: Callable[[str], str],
    heading: Callable[[str], str],
    item: Callable[[Entry, str, str, str | None], str],
    join: str,
) -> str:
    out = [
        heading(
            f"Monitor digest “{view.rule}” — {when(view.created_at, zone)} — "
            f"{view.count} post{'s' if view.count != 1 else ''}"
        )
    ]
    for group in view.groups:
        out.append(heading(f"{group.place_name} ({len(group.entries)})"))
        for entry in group.entries:
            quote = "".join(mark(t) if m else esc(clean(t)) for t, m in excerpt(entry))
            out.append(item(entry, esc(meta_line(entry, zone)), quote, safe_url(entry.link)))
    return join.join(out) + "\n"


def render_text(view: DigestView, zone: str = "UTC") -> str:
    def item(entry: Entry, meta: str, quote: str, link: str | None) -> str:
        lines = [f"• {meta}"]
        if entry.claims:
            lines.append(f"  Claims: {clean(claim_line(entry))}")
        lines.append("  «" + " ".join(quote.split()) + "»")
        if link:
            lines.append(f"  {link}")
        return "\n".join(lines)

    return _render(
        view, zone, lambda s: s, lambda s: f"[{clean(s)}]", lambda s: f"\n== {s} ==", item, "\n"
    ).lstrip("\n")


def render_markdown(view: DigestView, zone: str = "UTC") -> str:
    def item(entry: Entry, meta: str, quote: str, link: str | None) -> str:
        lines = [f"• {meta}"]
        if entry.claims:
            lines.append(f"  _Claims: {escape_markdown(claim_line(entry))}_")
        lines.append("  > " + " ".join(quote.split()))
        if link:
            lines.append(f"  [{escape_markdown(link)}]({link})")
        return "\n".join(lines)

    return _render(
        view,
        zone,
        escape_markdown,
        lambda s: f"*{escape_markdown(s)}*",
        lambda s: f"\n*{escape_markdown(s)}*",
        item,
        "\n",
    ).lstrip("\n")


def render_html(view: DigestView, zone: str = "UTC") -> str:
    def esc(text: str) -> str:
        return html.escape(clean(text), quote=True)

    def item(entry: Entry, meta: str, quote: str, link: str | None) -> str:
        claims = f"<div><i>Claims: {esc(claim_line(entry))}</i></div>" if entry.claims else ""
        anchor = f'<div><a href="{esc(link)}">{esc(link)}</a></div>' if link else ""
        return f"<li><div><b>{meta}</b></div>{claims}<blockquote>{quote}</blockquote>{anchor}</li>"

    body = _render(
        view,
        zone,
        esc,
        lambda s: f"<mark>{esc(s)}</mark>",
        lambda s: f"<h2>{esc(s)}</h2>",
        item,
        "\n",
    )
    return f'<!doctype html><html><meta charset="utf-8"><body>\n{body}</body></html>\n'


RENDERERS: dict[str, Callable[[DigestView, str], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "html": render_html,
}
