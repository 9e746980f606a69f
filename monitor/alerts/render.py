"""Rendering a digest as plain text, Markdown or HTML, as blocks that split cleanly.

Every piece of post text goes through the format's `Style` (markup.py: hostile text made inert,
only http(s) links; styles.py: the three formats). An item quotes an excerpt of its post around
the match (`excerpt`), or the start of an old text (`shorten`). HTML holds no images, no
scripts, no styles from outside.

A rendered digest is a head, a list of blocks (place headings, cluster headings, items) and a
foot; `split` packs blocks into parts under a size limit, never cutting an item, and repeats the
place and cluster headings at the top of a part that continues them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from monitor.alerts.digest import Corroboration, DigestView, Item, Section
from monitor.alerts.labels import label
from monitor.alerts.markup import Style, clean, one_line, safe_url
from monitor.alerts.styles import STYLES
from monitor.store.entries import EntryClaim, PostEntry

EXCERPT_CHARS = 320
CHANGE_CHARS = 280
Format = Literal["text", "markdown", "html"]


def human_count(value: int | None) -> str:
    if value is None:
        return ""
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    return f"{value / 1000:.1f}K" if value >= 1000 else str(value)


def when(moment: datetime, zone: str = "UTC") -> str:
    """UTC always; the reader's zone beside it when one is configured."""
    utc = moment.strftime("%Y-%m-%d %H:%M UTC")
    if zone == "UTC":
        return utc
    try:
        local = moment.astimezone(ZoneInfo(zone))
    except (OverflowError, ValueError):  # 9999-12-31 23:00 UTC is past year 9999 in Kyiv
        return utc
    return f"{utc} ({local.strftime('%H:%M %Z')})"


def _sides(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {side}" for side, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def corroboration_line(standing: Corroboration, language: str = "en") -> str:
    """'asserted by 3 channel(s): 2 ru, 1 ua; denied by 1: 1 ua; reported by 1'."""
    if standing.asserted:
        parts = [
            label(
                language,
                "asserted_by",
                n=standing.asserted,
                sides=_sides(standing.asserted_by_side),
            )
        ]
    else:
        parts = [label(language, "not_asserted")]
    if standing.denied:
        parts.append(
            label(language, "denied_by", n=standing.denied, sides=_sides(standing.denied_by_side))
        )
    if standing.reported:
        parts.append(label(language, "reported_by", n=standing.reported))
    return "; ".join(parts)


def claim_text(claim: EntryClaim, language: str = "en") -> str:
    values = {"type": claim.claim_type, "actor": claim.actor, "stance": claim.stance}
    if claim.place_name:
        return label(language, "claim", place=claim.place_name, **values)
    return label(language, "claim_noplace", **values)


def claim_lines(entry: PostEntry, view: DigestView, language: str) -> list[str]:
    lines: dict[str, None] = {}
    for claim in entry.claims:
        standing = view.corroboration_of(claim)
        extra = f" — {corroboration_line(standing, language)}" if standing else ""
        lines[claim_text(claim, language) + extra] = None
    return list(lines)


def flags_text(flags: tuple[str, ...], language: str) -> str:
    """A stored flag signature ('capture:sudzha:ru:asserted|place:sudzha') for readers."""
    out = []
    for flag in flags:
        bits = flag.split(":")
        if bits[0] == "place":
            out.append(bits[1])
        elif len(bits) == 4:
            place = None if bits[1] == "-" else bits[1]
            claim = EntryClaim(bits[0], bits[2], bits[3], place, place, "")
            out.append(claim_text(claim, language))
    return "; ".join(out) or label(language, "nothing")


def meta_line(entry: PostEntry, zone: str, language: str = "en", note: str | None = None) -> str:
    bits = [
        when(entry.posted_at, zone),
        one_line(f"{entry.channel_title or entry.channel} (@{entry.channel}, {entry.side})"),
    ]
    if entry.views is not None:
        bits.append(label(language, "views", n=human_count(entry.views)))
    if note:
        bits.append(note)
    elif entry.deleted_at:
        bits.append(label(language, "deleted"))
    elif entry.edited_at:
        bits.append(label(language, "edited"))
    return " · ".join(clean(b) for b in bits)


@dataclass(frozen=True, slots=True)
class Block:
    kind: Literal["group", "section", "item"]
    text: str


@dataclass(frozen=True, slots=True)
class Rendered:
    title: str
    head: str
    blocks: list[Block]
    style: Style
    language: str

    def body(self) -> str:
        return self.style.wrap(self.style.sep.join([self.head, *(b.text for b in self.blocks)]))


def _cut(text: str, start: int, limit: int) -> tuple[int, int]:
    """A window of about `limit` characters from near `start`, moved to word boundaries."""
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 40 else start
    end = min(len(text), start + limit)
    if end < len(text):
        space = text.find(" ", end)
        end = space if space >= 0 and space - end < 40 else end
    return start, end


def excerpt(entry: PostEntry, limit: int = EXCERPT_CHARS) -> list[tuple[str, bool]]:
    """Segments of the post text around its first tracked mention (else its first claim's
    evidence), `True` where a place or claim matched. Cut at word boundaries with an ellipsis
    where the text goes on."""
    text = entry.text
    spans = _merge(
        [(p.start, p.end) for p in entry.places if p.tracked]
        or [(c.start, c.end) for c in entry.claims if c.end > c.start]
        or [(p.start, p.end) for p in entry.places]
    )
    anchor = spans[0][0] if spans else 0
    start, end = _cut(text, max(0, anchor - limit // 3), limit)
    end = max([end, *(e for s, e in spans if s < end < e)])  # never cut a marked match
    segments: list[tuple[str, bool]] = [("…", False)] if start else []
    cursor = start
    for s, e in spans:
        if e <= cursor or s >= end:
            continue
        s = max(s, cursor)
        segments.append((text[cursor:s], False))
        segments.append((text[s:e], True))
        cursor = e
    segments.append((text[cursor:end], False))
    if end < len(text):
        segments.append(("…", False))
    return [(t, marked) for t, marked in segments if t]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def shorten(text: str, limit: int = CHANGE_CHARS) -> str:
    """The start of a text, cut at a word boundary (for old/new texts of changed posts)."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    _, end = _cut(text, 0, limit)
    return text[:end] + " …"


def _quote(entry_or_text: PostEntry | str, style: Style) -> str:
    if isinstance(entry_or_text, str):
        return style.quote(style.esc(shorten(entry_or_text)))
    segments = excerpt(entry_or_text)
    body = "".join(style.mark(t) if marked else style.esc(t) for t, marked in segments)
    return style.quote(" ".join(body.split()))


def _item(item: Item, view: DigestView, style: Style, zone: str, language: str) -> str:
    entry, change = item.entry, item.change
    link = safe_url(entry.link)
    if change is None:
        claims = claim_lines(entry, view, language)
        lines = [style.esc(f"{label(language, 'claims')}:")] if claims else []
        lines += [style.esc(f"  - {c}") for c in claims]
        lines.append(_quote(entry, style))
        return style.item(style.esc(meta_line(entry, zone, language)), lines, link)
    note = label(language, "was_deleted" if change.kind == "deleted" else "was_edited")
    lines = [
        style.esc(f"{label(language, 'flagged_for')}: {flags_text(change.old_flags, language)}")
    ]
    if change.kind == "edited":
        now = claim_lines(entry, view, language) or [label(language, "nothing")]
        lines.append(style.esc(f"{label(language, 'flagged_now')}: {'; '.join(now)}"))
    lines.append(
        style.esc(f"{label(language, 'old_text')}:") + " " + _quote(change.old_text, style)
    )
    if change.new_text is not None:
        lines.append(style.esc(f"{label(language, 'new_text')}:") + " " + _quote(entry, style))
    return style.item(style.esc(meta_line(entry, zone, language, note)), lines, link)


def _section_title(section: Section, language: str) -> str | None:
    if section.claim is None:
        return None
    title = claim_text(section.claim, language)
    if section.corroboration:
        title += f" — {corroboration_line(section.corroboration, language)}"
    return title


def render(view: DigestView, fmt: Format, zone: str = "UTC", language: str = "en") -> Rendered:
    """The digest as blocks in one format (see `split` and `Rendered.body`)."""
    style = STYLES[fmt]
    title = f"{label(language, 'digest')} “{view.rule}” — {label(language, 'posts', n=view.count)}"
    head = style.group(f"{title} — {when(view.created_at, zone)}")
    blocks: list[Block] = []
    if view.updates:
        blocks.append(
            Block("group", style.group(f"{label(language, 'changed')} ({len(view.updates)})"))
        )
        blocks += [Block("item", _item(i, view, style, zone, language)) for i in view.updates]
    for group in view.groups:
        name = label(language, "other") if group.place_key is None else group.place_name
        blocks.append(Block("group", style.group(f"{name} ({len(group.items)})")))
        several = len(group.sections) > 1
        for section in group.sections:
            heading = _section_title(section, language)
            if heading is None and several:
                heading = label(language, "mentions")
            if heading is not None:
                blocks.append(Block("section", style.section(heading)))
            blocks += [Block("item", _item(i, view, style, zone, language)) for i in section.items]
    if not view.count:
        blocks.append(Block("item", style.esc(label(language, "empty"))))
    return Rendered(title, head, blocks, style, language)


def split(rendered: Rendered, limit: int | None) -> list[str]:
    """Bodies of at most `limit` characters each (None: one body), cut only between blocks.
    A continued place or cluster heading is repeated at the top of the next part. One block
    longer than a whole part (not produced by our renderers' bounded items) is cut hard."""
    whole = rendered.body()
    if limit is None or len(whole) <= limit:
        return [whole]
    style, sep = rendered.style, rendered.style.sep
    budget = limit - len(style.wrap("")) - 40  # room for the "part i/n" line
    parts: list[list[str]] = []
    current: list[str] = [rendered.head]
    size = len(rendered.head)
    group = section = None
    for block in rendered.blocks:
        if block.kind == "group":
            group, section = block.text, None
        elif block.kind == "section":
            section = block.text
        if size + len(sep) + len(block.text) > budget and len(current) > 1:
            parts.append(current)
            current = [rendered.head]
            if block.kind != "group":
                current += [b for b in (group, section) if b and block.text != b]
            size = sum(len(t) + len(sep) for t in current)
        current.append(block.text[: max(budget - size, 1)])
        size += len(sep) + len(current[-1])
    parts.append(current)
    total = len(parts)
    return [
        style.wrap(sep.join([*p, style.esc(f"({label(rendered.language, 'part', i=i, n=total)})")]))
        for i, p in enumerate(parts, 1)
    ]
