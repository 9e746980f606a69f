"""A list that runs on into the next sentence: «Обстрілів зазнали Юнаківка, Новеньке. А також
Краснопілля та Велика Писарівка.», «Ворог атакував біля Липців.\nТакож — біля Вовчанська».

A sentence that opens with a continuation word (`continuation` cues: «а також», «также», «ще»),
holds no trigger nor a passive of its own («Також уточнено лінію біля X» tells a map
correction) and names places carries the claims of the sentence before it (in the same
paragraph) over to each of its places: same type, actor and stance. So do the members of a
count listed after a comma in its own sentence («ударів по Харкову та 14 населених пунктах
області, зокрема Куп'янськ, Борова»): they take the claims of the trigger before the count;
so do the places where a clause's fighting was fiercest, after a comma («…, найактивніше –
поблизу X та Y»); and an elliptic item of a shelling report takes the strike of the item before
it («у Краматорську пошкоджено багатоповерхівку, у Ясногірці – 4 приватні будинки»).
"""

from __future__ import annotations

import re
from dataclasses import replace

from monitor.claims.landmarks import SCENE_PREPOSITIONS
from monitor.claims.morphology import is_passive
from monitor.claims.ranks import DISTRICT_RANK, headline_end
from monitor.claims.roads import is_road
from monitor.claims.spans import Context, PlaceSpan, finding_sentences
from monitor.domain import ClaimFinding, Stance

# A claim carried already: (type, place key, stance)
Taken = tuple[str, str | None, Stance]
# How many words may stand before the continuation word in its sentence («— А також …»).
OPENING_WORDS = 1
# How far after it the list's first place stands: «Також — біля X», «Вони тривали в районах X»
LIST_REACH = 3


def continued(ctx: Context, findings: list[ClaimFinding]) -> list[ClaimFinding]:
    """The claims that continuation sentences carry over (see the module docstring), and the
    strikes of elliptic items (`damage_items`), not already among `findings`."""
    if not findings:
        return []
    taken = {(f.claim_type, f.place_key, f.stance) for f in findings}
    cues = ctx.cues.get("continuation", ())
    if not cues:
        return damage_items(ctx, findings, taken) + report_items(ctx, findings, taken)
    doc = ctx.doc
    sentence_at = finding_sentences(doc)
    sentence_of = {id(f): sentence_at(f) for f in findings}
    with_triggers = {doc.tokens[hit.first].sentence for hit in ctx.triggers}
    carried: list[ClaimFinding] = []
    for cue in cues:
        sentence = doc.tokens[cue.first].sentence
        if sentence in with_triggers or not _opens(ctx, cue.first) or _predicates(ctx, sentence):
            continue
        places = _places(ctx, sentence)
        if places and _no_list_after(ctx, cue.last, places[0].first):
            continue  # «Среди них — 12 детей, … родила в Сумах», «Среди них — житель Горловки»
        previous = [
            f for f in findings if f.place_key is not None and sentence_of[id(f)] == sentence - 1
        ]
        # (a headline's claims reach the members listed under it: «**Освобождены 12 сёл**\n\n
        # Среди них — X, Y»; not «Також X …» after it)
        headed = (
            doc.tokens[cue.first].form in _MEMBER_OPENERS
            and bool(previous)
            and all(f.evidence_end <= headline_end(doc.text) for f in previous)
        )
        if not places or not previous or ("\n\n" in _gap_before(ctx, sentence) and not headed):
            continue
        carried += _carry(ctx, cue.first, places, previous, taken)
    return (
        carried
        + _counted_members(ctx, findings, taken)
        + damage_items(ctx, findings, taken)
        + report_items(ctx, findings, taken)
    )


def _carry(
    ctx: Context,
    cue_first: int,
    places: list[PlaceSpan],
    previous: list[ClaimFinding],
    taken: set[Taken],
) -> list[ClaimFinding]:
    """Each of `previous` for each of `places`, but for those already taken, with the text
    from the continuation word to the place for evidence."""
    doc = ctx.doc
    carried = []
    for span in places:
        for finding in previous:
            key = (finding.claim_type, span.mention.place_key, finding.stance)
            if key in taken:
                continue
            taken.add(key)
            start, end = doc.tokens[cue_first].start, span.mention.end
            carried.append(
                replace(
                    finding,
                    claim_type=_taken_here(ctx, finding, span),
                    place_key=span.mention.place_key,
                    evidence_start=start,
                    evidence_end=end,
                    evidence=doc.text[start:end],
                )
            )
    return carried


def _taken_here(ctx: Context, finding: ClaimFinding, span: PlaceSpan) -> str:
    """A settlement among those a capture in a region took is taken: «освободила 12 населённых
    пунктов в Курской области. Среди них — Малая Локня» (the region's claim is an advance)."""
    if finding.claim_type != "advance" or span.rank >= DISTRICT_RANK:
        return finding.claim_type
    tokens = ctx.doc.tokens
    types = {
        kind
        for t in ctx.triggers
        if finding.evidence_start <= tokens[t.first].start < finding.evidence_end
        for kind in ctx.trigger_types.get(t.first, ())
    }
    # (an attempt is no taking: «пытались захватить три села … Среди них — X»)
    return "capture" if "capture" in types and "advance" not in types else finding.claim_type


# The first words of the continuation cues that open the members of a count in its own
# sentence: «ударів по 14 населених пунктах області, зокрема X, Y», «обстреляли 9 сёл, в том
# числе X и Y», «…, серед них X»
_MEMBER_OPENERS = frozenset({"зокрема", "серед", "среди", "в", "у"})
# The first words of the cues that tell where the clause before was fiercest, after a comma
# with no count: «штурмував позиції на Гуляйпільському напрямку, найактивніше – поблизу X»
_FIERCEST = frozenset(
    {"наиболее", "особенно", "найактивніше", "найбільш", "особливо", "найінтенсивніше"}
)
# How many words before the cue the count may stand («14 населених пунктах області, зокрема»)
_COUNT_REACH = 5
# What may stand between two members: a comma, a conjunction
_MEMBER_GLUE = re.compile(r"\s*(?:,|,?\s*(?:и|та|і|й|а также|а також))?\s*", re.IGNORECASE)


def _counted_members(
    ctx: Context, findings: list[ClaimFinding], taken: set[Taken]
) -> list[ClaimFinding]:
    """The claims of the trigger before a count carried over to the count's members listed
    after a comma in the same sentence («завдав ударів по Харкову та 14 населених пунктах
    області, зокрема Куп'янськ, Борова»)."""
    doc = ctx.doc
    sentence_of = finding_sentences(doc)
    carried: list[ClaimFinding] = []
    for cue in ctx.cues.get("continuation", ()):
        form = doc.tokens[cue.first].form
        if not (
            (form in _MEMBER_OPENERS and _after_a_count(ctx, cue.first))
            or (form in _FIERCEST and _after_a_comma(ctx, cue.first))
        ):
            continue
        start = doc.tokens[cue.first].start
        sentence = doc.tokens[cue.first].sentence
        before = [
            f
            for f in findings
            if f.place_key is not None and f.evidence_end <= start and sentence_of(f) == sentence
        ]
        if before:
            nearest = max(f.evidence_start for f in before)
            source = [f for f in before if f.evidence_start == nearest]
            carried += _carry(ctx, cue.first, _members(ctx, cue.last), source, taken)
    return carried


def _after_a_comma(ctx: Context, cue_first: int) -> bool:
    doc = ctx.doc
    return (
        cue_first > 0
        and "," in doc.text[doc.tokens[cue_first - 1].end : doc.tokens[cue_first].start]
    )


def _after_a_count(ctx: Context, cue_first: int) -> bool:
    """A comma right before the cue and a number among the words before that."""
    doc = ctx.doc
    if not _after_a_comma(ctx, cue_first):
        return False
    first = max(0, cue_first - _COUNT_REACH)
    return any(doc.tokens[i].form.isdigit() for i in range(first, cue_first))


def _members(ctx: Context, cue_last: int) -> list[PlaceSpan]:
    """The places listed right after the cue: the first within `LIST_REACH` words, each next
    one past a comma or a conjunction alone."""
    after = [s for s in ctx.places if s.first > cue_last and not is_road(s)]
    if (
        not after
        or after[0].first - cue_last > LIST_REACH
        or _no_list_after(ctx, cue_last, after[0].first)
    ):
        return []
    members = [after[0]]
    for span in after[1:]:
        gap = ctx.doc.text[members[-1].mention.end : span.mention.start]
        if not _MEMBER_GLUE.fullmatch(gap):
            break
        members.append(span)
    return members


# Words that make the place after them a person's home, not a place of the claim: «Среди них —
# житель Горловки», «дети из Донецка», «волонтер з Києва», «уродженець Донеччини»
ORIGIN_WORDS = frozenset(
    [
        "из", "с", "со", "от", "з", "із", "зі", "від", "житель", "жителя", "жители", "жителей",
        "жительница", "уроженец", "уроженка", "уроженцы", "мешканець", "мешканка", "мешканці",
        "жителька", "уродженець", "уродженка", "уродженці", "беженец", "беженцы", "біженець",
        "біженці", "родом",
    ]
)  # fmt: skip


def _no_list_after(ctx: Context, cue_last: int, first: int) -> bool:
    """Whether the sentence's first place stands too far after the continuation word, or
    after a word of where someone comes from: then no list of places runs on."""
    if first - cue_last > LIST_REACH:
        return True
    return any(ctx.doc.tokens[i].form in ORIGIN_WORDS for i in range(cue_last + 1, first))


def _predicates(ctx: Context, sentence: int) -> bool:
    """Whether the sentence has a passive of its own («уточнено»), a statement of its own;
    an active verb may continue the sentence before («Вони тривали в районах X, Y»)."""
    lang = ctx.doc.lang
    return any(t.sentence == sentence and is_passive(t.form, lang) for t in ctx.doc.tokens)


def _opens(ctx: Context, index: int) -> bool:
    """Whether token `index` stands among the first OPENING_WORDS + 1 words of its sentence."""
    sentence = ctx.doc.tokens[index].sentence
    first = index - OPENING_WORDS - 1
    return first < 0 or ctx.doc.tokens[first].sentence != sentence


def _places(ctx: Context, sentence: int) -> list[PlaceSpan]:
    """The sentence's places of the finest rank, roads left out."""
    spans = [s for s in ctx.places if s.sentence == sentence and not is_road(s)]
    if not spans:
        return []
    finest = min(s.rank for s in spans)
    return [s for s in spans if s.rank == finest]


def _gap_before(ctx: Context, sentence: int) -> str:
    """The text between the sentence before `sentence` and its own first word."""
    tokens = ctx.doc.tokens
    first = next(i for i, t in enumerate(tokens) if t.sentence == sentence)
    return ctx.doc.text[tokens[first - 1].end : tokens[first].start] if first else ""


# An item of a shelling report that names its place and, after a dash, only what was hit
# there, the verb left out: «у Краматорську пошкоджено багатоповерхівку, у Ясногірці – 4
# приватні будинки». It takes the strike the item before it in its sentence told.
_DASH_AFTER = re.compile(r"\s*[–—-]\s")
_ITEM_END = re.compile(r"[,;.\n]")
# What tells of no damage: «в Курске – спокойно», «у Сумах – без змін»
_QUIET = re.compile(
    r"(?i)\s*[–—-]\s*(?:спокойно|спокійно|тихо|без изменений|без змін|без происшествий|без пригод)"
)


def damage_items(
    ctx: Context, findings: list[ClaimFinding], taken: set[Taken]
) -> list[ClaimFinding]:
    """The strikes carried to elliptic items (see above), not already taken."""
    strikes = [f for f in findings if f.claim_type == "strike" and f.place_key is not None]
    if not strikes:
        return []
    sentence_of = finding_sentences(ctx.doc)
    carried: list[ClaimFinding] = []
    for span in ctx.places:
        if not _elliptic_item(ctx, span):
            continue
        start = ctx.doc.tokens[span.first - 1].start
        before = [f for f in strikes if f.evidence_end <= start and sentence_of(f) == span.sentence]
        if before:
            source = max(before, key=lambda f: f.evidence_end)
            carried += _carry(ctx, span.first - 1, [span], [source], taken)
    return carried


def _elliptic_item(ctx: Context, span: PlaceSpan) -> bool:
    """A place after a preposition of place that opens an item (after a comma or a
    semicolon), a dash right after it, and no trigger in the rest of the item."""
    doc = ctx.doc
    preposition = span.first - 1
    if preposition < 1 or doc.tokens[preposition].form not in SCENE_PREPOSITIONS:
        return False
    if doc.tokens[preposition - 1].sentence != span.sentence:
        return False
    opener = doc.text[doc.tokens[preposition - 1].end : doc.tokens[preposition].start]
    if ("," not in opener and ";" not in opener) or _QUIET.match(doc.text, span.mention.end):
        return False
    if not _DASH_AFTER.match(doc.text, span.mention.end):
        return False
    end = _ITEM_END.search(doc.text, span.mention.end)
    item_end = end.start() if end else len(doc.text)
    return not any(
        index in ctx.trigger_types
        for index in range(span.last + 1, len(doc.tokens))
        if doc.tokens[index].start < item_end
    )


# A report's heading that counts the places struck: «окупанти завдали ударів по Харкову та 14
# населених пунктах області», «обстреляли 9 населённых пунктов»
_COUNTED_PLACES = re.compile(r"\d+\s+(?:населен|населён|н\.\s?п\.|сел|громад)", re.IGNORECASE)
# A line's opening before its place: a bullet or a number, then «с.», «смт», «м.», «пос.»
_ITEM_OPENING = re.compile(
    r"(?:^|\n)[ \t]*(?:[-—–•▪▫◾🔻🔺🔸🔹➖·*]\ufe0f?|\d{1,2}[.)])[ \t]*"
    r"(?:(?:с|смт|м|г|пос|село|селище|місто|город)\.?[ \t]+)?$"
)


def report_items(
    ctx: Context, findings: list[ClaimFinding], taken: set[Taken]
) -> list[ClaimFinding]:
    """The heading's strike carried to each bulleted item right under it whose place took
    casualties of its own but no strike («Окупанти завдали ударів по Харкову та 14 населених
    пунктах області. 🔻 с. Петропавлівка — загинула жінка. 🔻 м. Чугуїв — поранено 2 людей»):
    the heading counts the places struck, and the items are they (not the items under a heading
    of their own after it, «Главное за день:», nor an evacuation's)."""
    doc = ctx.doc
    sentence_of = finding_sentences(doc)
    strikes = [f for f in findings if f.claim_type == "strike" and f.place_key is not None]
    if not strikes:
        return []
    text_of = _sentence_texts(ctx)
    headings = [f for f in strikes if _COUNTED_PLACES.search(text_of.get(sentence_of(f), ""))]
    if not headings:
        return []
    heading = headings[0]
    carried: list[ClaimFinding] = []
    for span in ctx.places:
        start = span.mention.start
        line_end = doc.text.find("\n", start)
        line_end = len(doc.text) if line_end < 0 else line_end
        # (by the heading's side: not «Курська область — ЗСУ взяли в полон 20 військових»)
        hurt = any(
            f.claim_type == "casualties"
            and f.actor == heading.actor
            and f.place_key == span.mention.place_key
            and start <= f.evidence_end <= line_end
            for f in findings
        )
        if (
            hurt
            and span.sentence > sentence_of(heading)
            and _ITEM_OPENING.search(doc.text, max(0, start - 40), start) is not None
            and not _OWN_HEADING.search(doc.text, heading.evidence_end, start)
        ):
            carried += _carry(ctx, span.first, [span], [heading], taken)
    return carried


# A line of its own heading the items after it: «Главное за день:», «Фронт:»
_OWN_HEADING = re.compile(r"\n[^\n]*:[ \t]*\n")


def _sentence_texts(ctx: Context) -> dict[int, str]:
    """Each sentence's text, from its first token to its last."""
    spans: dict[int, tuple[int, int]] = {}
    for token in ctx.doc.tokens:
        start, _ = spans.get(token.sentence, (token.start, token.end))
        spans[token.sentence] = (start, token.end)
    return {sentence: ctx.doc.text[a:b] for sentence, (a, b) in spans.items()}
