"""A Markdown digest renders as intended in common Markdown renderers: each post's header,
"Claims:" line, claim list, quote and link are separate blocks, and headings stand alone."""

from __future__ import annotations

from markdown_it import MarkdownIt

from monitor.alerts.digest import build_digest
from monitor.store.entries import EntryClaim
from tests.alerts.test_render import NOW, body, entry

CLAIMS = [
    EntryClaim("capture", "ru", "asserted", "sudzha", "Sudzha", "зашли"),
    EntryClaim("advance", "ru", "asserted", "sudzha", "Sudzha", "зашли"),
]


def blocks(markdown: str) -> list[tuple[str, str]]:
    """(block type, its source text) of the top-level blocks, as CommonMark parses them."""
    tokens = MarkdownIt("commonmark").parse(markdown)
    out: list[tuple[str, str]] = []
    depth = 0
    for index, token in enumerate(tokens):
        if token.nesting == 1 and depth == 0:
            closing = next(
                i for i in range(index + 1, len(tokens))
                if tokens[i].level == token.level and tokens[i].nesting == -1
            )  # fmt: skip
            text = " ".join(t.content for t in tokens[index:closing] if t.type == "inline")
            out.append((token.type.removesuffix("_open"), text))
        depth += token.nesting
    return out


def test_each_part_of_an_item_is_its_own_block() -> None:
    post = entry(1, "бои в районе Суджи, наши зашли", claims=CLAIMS)
    parsed = blocks(body("markdown", build_digest("x", [post], NOW)))
    kinds = [kind for kind, _ in parsed]
    start = next(i for i, (_, text) in enumerate(parsed) if text.startswith("• "))
    assert kinds[start : start + 5] == [
        "paragraph", "paragraph", "bullet_list", "blockquote", "paragraph",
    ]  # fmt: skip
    header, claims, claim_list, quote, link = parsed[start : start + 5]
    assert "butusov\\_plus" in header[1] and "Claims" not in header[1]
    assert claims[1] == "Claims:"
    assert "capture at Sudzha by ru \\(asserted\\)" in claim_list[1]
    assert "advance at Sudzha" in claim_list[1]
    assert "https://" not in quote[1]  # the link is not pulled into the quote
    assert "(https://t.me/butusov_plus/1)" in link[1]


def test_headings_stand_alone() -> None:
    post = entry(1, "бои в районе Суджи", claims=CLAIMS[:1])
    parsed = blocks(body("markdown", build_digest("x", [post], NOW)))
    texts = [text for _, text in parsed]
    assert texts[0].startswith("**Monitor digest")
    assert "**Sudzha \\(1\\)**" in texts  # the place heading is a paragraph of its own
