"""A front's axis («на Покровском направлении», «на Покровському напрямку») names its town only
where nothing finer does. In «Продвижение на Покровском направлении: освобождение Орловки и бои
за Новогродовку» the claims are Orlivka's and Novohrodivka's, not Pokrovsk's, as a General Staff
line's direction gets no claim beside the villages it lists; alone («бои на Покровском
направлении») the axis's claim is its town's."""

from __future__ import annotations

from monitor.claims.spans import ClaimKey, Context, finding_sentences
from monitor.domain import ClaimFinding

# Ground claims only: an air report's hromadas («Обстрілів зазнали Краснопільська громада, …»)
# are read like axes and keep their strikes
GROUND = frozenset({"capture", "advance", "withdrawal", "encirclement"})


def axes_yield(ctx: Context, found: dict[ClaimKey, ClaimFinding]) -> dict[ClaimKey, ClaimFinding]:
    """`found` without the ground claims on an axis whose sentence has a ground claim on a
    place of its own."""
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
    finer = {sentence_of(f) for f in placed if not on_axis(f)}
    return {
        key: f
        for key, f in found.items()
        if f not in placed or not on_axis(f) or sentence_of(f) not in finer
    }
