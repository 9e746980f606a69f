"""Names that label a war post's lines: a town opening a report's line before a dash or a
colon («Оріхів: за добу 3 авіаудари КАБ») or a comma and the blasts heard there («Київ, гучно!»,
«Харьков, громко»), and a name that is a sentence of its own on the
post's first line, a dateline («Кринки. Тримаємось…») or a heading's last word («Лівий берег.
Кринки.»). A village whose name is also a word counts there."""

from __future__ import annotations

import re

from monitor.places.context import MatchContext
from monitor.places.front import war_post
from monitor.text.labels import opens_a_label

# Strikes and explosions, which a report's line labels by the town hit
_STRIKE_WORDS = re.compile(
    r"(?<!\w)(?:\w*удар\w*|каб\w*|ракет\w*|шахед\w*|приліт\w*|прил[её]т\w*|влучан\w*|"
    r"попадани\w*|обстріл\w*|обстрел\w*|уламк\w*|обломк\w*|вибух\w*|взрыв\w*)"
)


# A comma and the blasts a town's channel hears in it: «Київ, гучно!», «Харьков, громко»
_LOUD_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?:(?:гучно|громко)(?![ \t]*\w)|вибух|взрыв|прил[іеё]т|прильот)", re.I
)  # (not «Киев, громко заявил»: the government)


def loud_label(ctx: MatchContext) -> bool:
    """Whether the name opens its line before a comma and the blasts heard there."""
    opening = ctx.t[ctx.t.rfind("\n", 0, ctx.match.start) + 1 : ctx.match.start]
    return not any(c.isalnum() for c in opening) and bool(_LOUD_AFTER.match(ctx.t, ctx.match.end))


def war_label(ctx: MatchContext) -> bool:
    """Whether the name labels a line of a war report («Оріхів: за добу 3 авіаудари КАБ»,
    «Київ, гучно!»)."""
    if loud_label(ctx):
        return True
    line_end = ctx.t.find("\n", ctx.match.end)
    line = ctx.t[ctx.match.end : line_end if line_end >= 0 else len(ctx.t)]
    return opens_a_label(ctx.t, ctx.match.start, ctx.match.end) and (
        war_post(line) or _STRIKE_WORDS.search(line) is not None
    )


# What follows a name that is a sentence of its own: the line's end, or a full stop and more text
_LINE_END = re.compile(r"[ \t]*\.?[*_]*[ \t]*(?:\n|$)")
_FULL_STOP = re.compile(r"\.[*_]*[ \t]+\S")


def dateline(ctx: MatchContext) -> bool:
    """A capitalised name that is a sentence of its own on a war post's first line: a dateline
    («Кринки. Тримаємось…») or the last word of a heading over more lines («Лівий берег.
    Кринки.\n…»); on a later line, only a bold label that opens it («**Димитров.** Противник
    пытается…»). Not a word the post uses as a word too («Мирный. Наконец-то мирный день»)."""
    text, match = ctx.text, ctx.match
    head = text.lstrip()
    first_line_end = text.find("\n", len(text) - len(head))
    opening = text[text.rfind("\n", 0, match.o_start) + 1 : match.o_start]
    opens_line = not any(c.isalnum() for c in opening)
    if first_line_end >= 0 and match.o_end > first_line_end:
        bold = opens_line and opening.rstrip().endswith("**")
        if not (bold and text.startswith(".**", match.o_end)):
            return False
    # (a line's last word heads more lines; a post's last word signs it: «…Работино. Горняк»)
    rest = text[match.o_end :].strip()
    heading = _LINE_END.match(text, match.o_end) is not None and "\n" in rest
    return (
        ctx.capital
        and (heading or (opens_line and _FULL_STOP.match(text, match.o_end) is not None))
        and not _as_a_word(ctx)
        and war_post(ctx.t)
    )


def _as_a_word(ctx: MatchContext) -> bool:
    """Whether the name's word stands elsewhere in the post uncapitalised, as an ordinary word."""
    word = ctx.text[ctx.match.o_start : ctx.match.o_end].casefold()
    stem = re.escape(word[: max(3, len(word) - 2)])
    rest = ctx.text[ctx.match.o_end :]
    # (or repeated to open the next sentence: «Золоте. Золоте правило: …»)
    return (
        re.search(rf"(?<!\w){stem}\w*", rest) is not None
        or re.match(rf"\.\s+{stem}", rest.casefold()) is not None
    )
