"""A side named as the subject of a sentence that claims nothing acts in the next sentence too,
where that sentence names no side: «Противник начал то, что все ждали. С утра — несколько волн
атак на Работино», «Хохлы снова полезли. Пытались накатить на Крынки» (both Ukraine's, not the
channel's side the rule would default to).

Only a subject counts (a nominative name, or one that opens its sentence: «ВСУ активизировались»),
only with a verb of going at the other side (not «Укры в панике», «ВСУ упорно обороняются»),
only one side, only in the author's own voice (a report relays its source's subjects), and only
where the sentence before tells no claim of its own: a claim there is its own event, and the
rule's default stands after it («Сили оборони звільнили Роботине. Штурмові дії біля Покровська»).
A sentence in the first person («Продвигаемся к X») is the author's side's.
"""

from __future__ import annotations

from dataclasses import replace

from monitor.claims.morphology import is_first_person_verb, subject_form
from monitor.claims.rules import Hit
from monitor.claims.spans import ClaimKey, Context, finding_sentences
from monitor.claims.voice import FORCE_CUES, in_source, resolve
from monitor.domain import Actor, ClaimFinding
from monitor.text.lemmas import Doc, parse_word

# The claims whose actor is the side acting, as a subject does
ACTING = frozenset(
    {"advance", "capture", "strike", "encirclement", "infiltration", "deployment", "withdrawal"}
)
SIDES: frozenset[Actor] = frozenset({"ru", "ua"})
# Verbs of going at the other side (lemmas)
ONSET = frozenset(
    [
        "полезть",
        "лезть",
        "начать",
        "начинать",
        "активизироваться",
        "попереть",
        "переть",
        "пытаться",
        "попытаться",
        "пробовать",
        "рваться",
        "ломиться",
        "наседать",
        "напирать",
        "полізти",
        "лізти",
        "почати",
        "починати",
        "активізуватися",
        "пертися",
        "намагатися",
        "спробувати",
        "пробувати",
        "рватися",
        "насідати",
    ]
)


def side_of_the_subject_before(
    ctx: Context, found: dict[ClaimKey, ClaimFinding], uncued: set[ClaimKey]
) -> None:
    """Give the uncued acting claims of `found` the side the sentence before names as its
    subject, where that sentence claims nothing and theirs names no side."""
    if not uncued:
        return
    doc = ctx.doc
    sentence_of = finding_sentences(doc)
    claimed = {sentence_of(f) for f in found.values()}
    # a trigger the sentence before has of another type is its own event, kept or not
    # («Противник отступает. Купянск взят»: the retreat is no one's capture)
    told: dict[int, set[str]] = {}
    for hit in ctx.triggers:
        told.setdefault(doc.tokens[hit.first].sentence, set()).update(
            ctx.trigger_types.get(hit.first, ())
        )
    named: dict[int, set[Actor]] = {}  # sentence → the sides a cue names as its subject
    mentioned: set[int] = set()  # sentences that name any side at all
    for name, side_cue in FORCE_CUES.items():
        for cue in ctx.cues.get(name, ()):
            sentence = doc.tokens[cue.first].sentence
            mentioned.add(sentence)
            actor = resolve(side_cue, ctx.side)
            if actor in SIDES and _subject(doc, cue) and not in_source(doc, ctx.cues, cue):
                named.setdefault(sentence, set()).add(actor)
    if not named:
        return
    sentences = _sentence_spans(doc)
    for key in list(uncued):
        finding = found.get(key)  # (an uncued reading may have yielded to another one)
        if finding is None or finding.claim_type not in ACTING or finding.stance != "asserted":
            continue
        sentence = sentence_of(finding)
        sides = named.get(sentence - 1, set())
        if (
            len(sides) == 1
            and sentence - 1 not in claimed
            and told.get(sentence - 1, set()) <= {finding.claim_type}
            and sentence not in mentioned
            and _same_paragraph(doc, sentences[sentence - 1], sentences[sentence])
            and _goes_at_it(doc, sentences[sentence - 1])
            and not _first_person(doc, sentences[sentence])
        ):
            (side,) = sides
            found[key] = replace(finding, actor=side)


def _subject(doc: Doc, cue: Hit) -> bool:
    """A side's name in the nominative, or one that opens its sentence («ВСУ снова …»)."""
    opens = cue.first == 0 or doc.tokens[cue.first - 1].sentence != doc.tokens[cue.first].sentence
    return subject_form(doc, cue) or opens


def _sentence_spans(doc: Doc) -> dict[int, range]:
    """Each sentence's token positions."""
    spans: dict[int, range] = {}
    for index, token in enumerate(doc.tokens):
        first = spans[token.sentence].start if token.sentence in spans else index
        spans[token.sentence] = range(first, index + 1)
    return spans


def _same_paragraph(doc: Doc, before: range, sentence: range) -> bool:
    return doc.tokens[before[-1]].paragraph == doc.tokens[sentence[0]].paragraph


def _goes_at_it(doc: Doc, sentence: range) -> bool:
    """A verb of going at the other side: «полезли», «активизировались», «начал», «пытаются»
    (not «обороняются», «сдаются», «стримують»: a side defending or giving up lends no side
    to the attacks told next)."""
    return any(ONSET.intersection(parse_word(doc.tokens[i].form, doc.lang)[1]) for i in sentence)


def _first_person(doc: Doc, sentence: range) -> bool:
    return any(is_first_person_verb(doc.tokens[i].form, doc.lang) for i in sentence)
