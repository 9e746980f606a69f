"""Axes named by their adjective alone, the noun left out, as a roundup's headings: «1.
Харьковское. В Волчанске без изменений…», «5. Покровское. По-прежнему главное направление»,
«— Торецкое: позиционные бои». Such a heading is the axis its adjective names with the noun
(«покровское направление» → Pokrovsk, «харьковское направление» → Kharkiv Oblast), not a
village of the name (Pokrovske), where the post has two such headings or more and is about the
fighting (it names an axis, a front or a sector, and the war: lists of beers, highways, salads
and the villages a governor names have such headings too). The post is read again with the
nouns written out, so the axes settle the namesakes under them as a written-out axis does
(«Торецкое. … бои в районе Шумов»: Toretsk's Shumy)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from monitor.domain import PlaceMention

# A line's first word, after a number or a bullet, that may be an axis's adjective (Russian
# neuter: the bloggers' shorthand; a Ukrainian masculine «-ський:» heads a list of districts or
# raions far more often), closed by a full stop, a colon or a dash
_HEADING = re.compile(
    r"^[ \t]*(?:\d{1,2}[.)][ \t]*|[-—–•▪▫◾️🔻🔸🔹➖·*]+[ \t]*)?"
    r"([А-ЯЁ][а-яё-]+(?:ское|цкое))"
    r"[ \t]*(?:[.:]|[—–-][ \t])",
    re.MULTILINE,
)
_NOUN = " направление"
# Words of the fighting: a list of axes is a roundup of the war, not of traffic or of beers
_WAR_WORDS = re.compile(
    r"(?i)(?<!\w)(?:всу|зсу|вс рф|противник\w*|ворог\w*|наши|наші|штурм\w*|бо[йиї]\w*|"
    r"продвин\w*|просун\w*|освобо\w*|звільн\w*|обстр\w*|атак\w*|зачист\w*|закреп\w*|"
    r"закріп\w*|наступ\w*|укры|хохл\w*)(?!\w)"
)
# Words of a post about the front, whole (not «фронтмен», «участник»)
_FRONT_WORDS = re.compile(
    r"(?i)(?<!\w)(?:направлени\w*|напрям\w*|фронт(?:а|е|у|ом|ов|ы|ах)?|"
    r"участ(?:ок|ка|ке|ки|ков|ках)|ділянц\w*|ділянк\w*)(?!\w)"
)


def elliptic_axes(
    text: str, mentions: list[PlaceMention], find: Callable[[str], list[PlaceMention]]
) -> list[PlaceMention]:
    """`mentions`, or, where the post has axis headings, its places read with each heading's
    noun written out (`find` gives the places of a text: the place matcher's)."""
    if "\n" not in text and not text[:1].isupper():
        return mentions
    headings = [h for h in _HEADING.finditer(text) if _is_axis(h.group(1), find)]
    if len(headings) < 2 or not (_FRONT_WORDS.search(text) and _WAR_WORDS.search(text)):
        return mentions
    return read_with_nouns(text, [(h.end(1), _NOUN) for h in headings], find)


def read_with_nouns(
    text: str, nouns: list[tuple[int, str]], find: Callable[[str], list[PlaceMention]]
) -> list[PlaceMention]:
    """The places `find` gives of `text` with each noun of `nouns` (the offset it goes at, in
    order, and the noun) written out, in the original text's offsets."""
    pieces: list[str] = []
    shifts: list[tuple[int, int]] = []  # where each noun starts in the full text, its length
    last = added = 0
    for at, noun in nouns:
        pieces += [text[last:at], noun]
        shifts.append((at + added, len(noun)))
        added += len(noun)
        last = at
    pieces.append(text[last:])
    return [back_to_original(m, text, shifts) for m in find("".join(pieces))]


def _is_axis(word: str, find: Callable[[str], list[PlaceMention]]) -> bool:
    """Whether the adjective names an axis with its noun: a town's («покровское направление»)
    or an oblast's («харьковское направление»), not a village's name."""
    phrase = word + _NOUN
    return any(m.start == 0 and (m.axis or "adjective" in m.reason) for m in find(phrase))


def back_to_original(
    mention: PlaceMention, text: str, shifts: list[tuple[int, int]]
) -> PlaceMention:
    """A mention of the text with the nouns written out (`shifts`: where each noun starts in
    it, and its length) in the original text's offsets; an axis ends at its adjective."""

    def original(offset: int) -> int:
        removed = 0
        for at, added in shifts:
            if offset >= at + added:
                removed += added
            elif offset > at:
                return at - removed
        return offset - removed

    start, end = original(mention.start), original(mention.end)
    return replace(mention, start=start, end=end, surface=text[start:end])
