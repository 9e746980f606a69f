"""An item of a shelling report that names its place and, after a dash, only what was hit
there, the verb left out: «у Краматорську пошкоджено багатоповерхівку, у Ясногірці – 4
приватні будинки; у Добропіллі – ліцей та автомобіль». It takes the strike the item before it
in its sentence told (same actor and stance)."""

from __future__ import annotations

import re
from dataclasses import replace

from monitor.claims.landmarks import SCENE_PREPOSITIONS
from monitor.claims.spans import Context, PlaceSpan, finding_sentences
from monitor.domain import ClaimFinding, Stance

# What follows the item's place: a dash, then its objects to the item's end
_DASH_AFTER = re.compile(r"\s*[–—-]\s")
_ITEM_END = re.compile(r"[,;.\n]")
# What tells of no damage: «в Курске – спокойно», «у Сумах – без змін»
_QUIET = re.compile(
    r"(?i)\s*[–—-]\s*(?:спокойно|спокійно|тихо|без изменений|без змін|без происшествий|без пригод)"
)


def damage_items(
    ctx: Context, findings: list[ClaimFinding], taken: set[tuple[str, str | None, Stance]]
) -> list[ClaimFinding]:
    """The strikes carried to elliptic items (see the module docstring), not already taken."""
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
        if not before:
            continue
        source = max(before, key=lambda f: f.evidence_end)
        key = ("strike", span.mention.place_key, source.stance)
        if key in taken:
            continue
        taken.add(key)
        end = span.mention.end
        carried.append(
            replace(
                source,
                place_key=span.mention.place_key,
                evidence_start=start,
                evidence_end=end,
                evidence=ctx.doc.text[start:end],
            )
        )
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
    if "," not in opener and ";" not in opener:
        return False
    if not _DASH_AFTER.match(doc.text, span.mention.end) or _QUIET.match(
        doc.text, span.mention.end
    ):
        return False
    end = _ITEM_END.search(doc.text, span.mention.end)
    item_end = end.start() if end else len(doc.text)
    return not any(
        index in ctx.trigger_types
        for index in range(span.last + 1, len(doc.tokens))
        if doc.tokens[index].start < item_end
    )
