"""Whose report a claim relays: the side that speaks decides what «противник» and «наши» mean.

A Russian channel quoting DeepState or the General Staff of Ukraine («По данным DeepState,
противник продвинулся у X», «Генштаб ЗСУ: ворог атакував біля X») speaks there in the Ukrainian
voice: its «противник» is Russia, and the claim is reported. The voice is the side of a source
named before the trigger, in its sentence or in the sentence that introduces it (the headline,
or the sentence before it ending with a colon): a source of a side (`ukrainian_sources`,
`russian_sources`: «DeepState», «Минобороны РФ») or a side's force named inside a source phrase
(«по данным Генштаба ВСУ»). A source named after the claim («…, признал DeepState») only
confirms it, in the channel's own voice, unless it stands on a credit line («Источник:
DeepState»), which relays the whole post. A post in Ukrainian on a Russian channel quotes a
Ukrainian source: its «ворог» is Russia (Ukrainian channels write in Russian too, so not the other
way round).
"""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.claims.rules import Hit
from monitor.claims.voice import Cues, contradicted, in_source, introduces
from monitor.config.claims import Words
from monitor.domain import Actor
from monitor.text.labels import line_at
from monitor.text.lemmas import Doc, parse_word

# A line that credits the whole post to a source (as `voice.credit_line`), its rest captured.
_CREDIT = re.compile(r"^[^\w\n]*(?:источник|джерело|source|via)\s*:(.*)$", re.I | re.M)
Credits = tuple[tuple[str, Actor], ...]
# Cue name → the side it speaks for; forces count only inside a source phrase.
SOURCE_CUES: dict[str, Actor] = {"ukrainian_sources": "ua", "russian_sources": "ru"}
FORCES: dict[str, Actor] = {"ukrainian_forces": "ua", "russian_forces": "ru"}


def relay_side(doc: Doc, cues: Cues, hit: Hit) -> Actor | None:
    """The side whose report the trigger `hit` relays (see the module docstring), or None."""
    sentence = doc.tokens[hit.first].sentence
    best: tuple[int, Actor] | None = None
    for name, voice in (*SOURCE_CUES.items(), *FORCES.items()):
        for cue in cues.get(name, ()):
            cue_sentence = doc.tokens[cue.first].sentence
            before = cue.last < hit.first
            if not before or not introduces(doc, cue_sentence, sentence, paragraph=True):
                continue
            if _author_speaks(doc, cues, cue, hit):
                continue
            if name in FORCES and not in_source(doc, cues, cue):
                continue
            if contradicted(doc, cue):
                continue
            if best is None or cue.last > best[0]:
                best = (cue.last, voice)
    return best[1] if best is not None else None


def _author_speaks(doc: Doc, cues: Cues, source: Hit, hit: Hit) -> bool:
    """Whether the trigger's sentence, in a paragraph after the source's, names the author's own
    side («наши», «мы») outside quotes: the channel's comment on the report it relayed, in its
    own voice («Генштаб ВСУ рапортует: в Купянске «завершена зачистка».\n\nНаши штурмовики
    закрепились в северной части города»; not «…пишет в своём канале\n\n«Наши позиции …»»)."""
    tokens = doc.tokens
    mine, cue = tokens[hit.first], tokens[source.first]
    if cue.paragraph == mine.paragraph:
        return False
    if line_at(doc.text, cue.start).rstrip(" *_").endswith(":"):
        return False  # the source's line introduces what follows: «Как пишут паблики:\n\n…»
    line = doc.text[doc.text.rfind("\n", 0, mine.start) + 1 : mine.start]
    if (
        line.count("«") > line.count("»")
        or line.count('"') % 2
        or line.count("“") > line.count("”")
    ):
        return False  # its words quoted
    return any(tokens[c.first].sentence == mine.sentence for c in cues.get("own_forces", ()))


@lru_cache(maxsize=256)
def credited_side(text: str, credits: Credits) -> Actor | None:
    """The side of the source a credit line of the post names («Источник: DeepState»): the
    whole post relays it. `credits`: (casefolded source name, its side), longest first."""
    for found in _CREDIT.finditer(text):
        line = found.group(1).casefold()
        for name, side in credits:
            if name in line:
                return side
    return None


def credits_of(sources: dict[str, dict[str, list[str]]]) -> Credits:
    """(casefolded name, side) of the `ukrainian_sources` / `russian_sources` cue words."""
    pairs = {
        (word.casefold().rstrip("*"), side)
        for name, side in SOURCE_CUES.items()
        for words in sources.get(name, {}).values()
        for word in words
    }
    return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))


def voice_of(doc: Doc, cues: Cues, hit: Hit, side: str | None, credits: Credits = ()) -> str | None:
    """The side the trigger's sentence speaks for: a relayed source's (`relay_side`, then a
    credit line's), Ukraine's for Ukrainian text on a Russian channel, else the channel's."""
    relayed = relay_side(doc, cues, hit) or credited_side(doc.text, credits)
    if relayed is not None:
        return relayed
    return "ua" if side == "ru" and doc.lang == "uk" else side


def source_lemmas(names: Words) -> dict[str, frozenset[str]]:
    """Each language's names of sources (`source_names`: «Минобороны», «Генштаб») as their
    lemmas and as written, casefolded."""
    return {
        lang: frozenset(
            lemma for word in words for lemma in (*parse_word(word, lang)[1], word.casefold())
        )
        for lang, words in names.items()
    }
