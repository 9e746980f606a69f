"""A front's axis («на Покровском направлении», «на Покровському напрямку») names its town only
where nothing finer does. In «Продвижение на Покровском направлении: освобождение Орловки и бои
за Новогродовку» the claims are Orlivka's and Novohrodivka's, not Pokrovsk's, as a General Staff
line's direction gets no claim beside the villages it lists; alone («бои на Покровском
направлении») the axis's claim is its town's."""

from __future__ import annotations

from monitor.claims.ranks import REGION_RANK
from monitor.claims.spans import ClaimKey, Context, finding_sentences
from monitor.domain import ClaimFinding

# Ground claims only: an air report's hromadas («Обстрілів зазнали Краснопільська громада, …»)
# are read like axes and keep their strikes
GROUND = frozenset({"capture", "advance", "withdrawal", "encirclement"})


def axes_yield(ctx: Context, found: dict[ClaimKey, ClaimFinding]) -> dict[ClaimKey, ClaimFinding]:
    """`found` without the ground claims on an axis whose sentence has a ground claim on a
    settlement or district of its own."""
    axes = {
        (span.mention.start, span.mention.place_key) for span in ctx.places if span.mention.axis
    }
    if not axes:
        return found
    sentence_of = finding_sentences(ctx.doc)

    def on_axis(finding: ClaimFinding) -> bool:
        return any(
            key == finding.place_key and finding.evidence_start <= start < finding.evidence_end
            for start, key in axes
        )

    placed = [f for f in found.values() if f.claim_type in GROUND and f.place_key is not None]
    # (an oblast listed after the axes is no finer place: «на Покровському напрямку, а також у
    # Дніпропетровській області»; one before an axis is: «границу ЛНР на купянском направлении»)
    last_axis: dict[int, int] = {}
    for span in ctx.places:
        if span.mention.axis:
            last_axis[span.sentence] = max(last_axis.get(span.sentence, -1), span.mention.start)
    listed_after = {
        (span.sentence, span.mention.place_key)
        for span in ctx.places
        if span.rank >= REGION_RANK and span.mention.start > last_axis.get(span.sentence, 1 << 30)
    }
    finer = {
        sentence_of(f)
        for f in placed
        if not on_axis(f) and (sentence_of(f), f.place_key) not in listed_after
    }
    return {
        key: f
        for key, f in found.items()
        if f not in placed or not on_axis(f) or sentence_of(f) not in finer
    }
