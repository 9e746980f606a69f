"""The three formats' ways of writing a digest's pieces (see `markup.Style`)."""

from __future__ import annotations

from monitor.alerts.markup import Style, clean, escape_html, escape_markdown


def _text_item(meta: str, lines: list[str], link: str | None) -> str:
    return "\n".join(
        [f"• {meta}", *(f"  {line}" for line in lines), *([f"  {link}"] if link else [])]
    )


_MD_LIST_ITEM = "  \\- "  # a claim line ("  - ..."), as escaped by `escape_markdown`


def _markdown_item(meta: str, lines: list[str], link: str | None) -> str:
    """An item as separate Markdown blocks, so any CommonMark renderer keeps them apart: the
    header paragraph, the "Claims:" paragraph and its list, the quote, the link paragraph."""
    blocks: list[str] = [f"• {meta}"]
    for line in lines:
        if line.startswith(_MD_LIST_ITEM) and blocks[-1].startswith("- "):
            blocks[-1] += "\n- " + line[len(_MD_LIST_ITEM) :]
        elif line.startswith(_MD_LIST_ITEM):
            blocks.append("- " + line[len(_MD_LIST_ITEM) :])
        else:
            blocks.append(line)
    if link:
        blocks.append(f"[{escape_markdown(link)}]({link})")
    return "\n\n".join(blocks)


def _html_item(meta: str, lines: list[str], link: str | None) -> str:
    body = "".join(f"<div>{line}</div>" for line in lines)
    anchor = f'<div><a href="{escape_html(link)}">{escape_html(link)}</a></div>' if link else ""
    return f'<div style="margin:0 0 12px 0"><div><b>{meta}</b></div>{body}{anchor}</div>'


def _html_page(body: str) -> str:
    return (
        '<!doctype html><html><head><meta charset="utf-8"></head>'
        f'<body style="font-family:sans-serif">\n{body}\n</body></html>\n'
    )


TEXT = Style(
    esc=clean,
    mark=lambda s: f"[{clean(s)}]",
    group=lambda s: f"\n== {clean(s)} ==",
    section=lambda s: f"-- {clean(s)}",
    item=_text_item,
    quote=lambda s: f"«{s}»",
    wrap=lambda s: s.lstrip("\n") + "\n",
    sep="\n",
)
MARKDOWN = Style(
    esc=escape_markdown,
    mark=lambda s: f"**{escape_markdown(s)}**",
    group=lambda s: f"**{escape_markdown(s)}**",
    section=lambda s: f"_{escape_markdown(s)}_",
    item=_markdown_item,
    quote=lambda s: f"> {s}",
    wrap=lambda s: s.lstrip("\n") + "\n",
    sep="\n\n",  # blocks apart: a heading never runs into the item below it
)
HTML = Style(
    esc=escape_html,
    mark=lambda s: f"<mark>{escape_html(s)}</mark>",
    group=lambda s: f"<h2>{escape_html(s)}</h2>",
    section=lambda s: f"<h3>{escape_html(s)}</h3>",
    item=_html_item,
    quote=lambda s: f"<blockquote>{s}</blockquote>",
    wrap=_html_page,
    sep="\n",
)
STYLES = {"text": TEXT, "markdown": MARKDOWN, "html": HTML}
