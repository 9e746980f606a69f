"""A facility's name with its proper part in quotes, as news writes it: «аэродром «Морозовск»»,
«аеродром "Борисоглібськ"», «газоизмерительная станция “Суджа”».

A quote is a word boundary that the gapped text (`compiler.gapped`) turns into a space, so
«аэродром «Морозовск»» reads «аэродром  морозовск» with two spaces, which the gazetteer's
«аэродром Морозовск» does not match: each quoted spelling is a form of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from monitor.text.normalize import normalize_key

QUOTES = (("«", "»"), ('"', '"'), ("“", "”"), ("„", "“"))


def quoted_forms(name: str, forms: Iterable[str]) -> set[str]:
    """`forms` of `name` (its case forms, word for word) with the words from the name's first
    capitalised one on in quotes, when lowercase words come before it (the kind of facility:
    «аэродром», «газоизмерительная станция»). A name that begins with its proper part
    («Курская АЭС») or has no proper part gets none."""
    words = name.split()
    proper = next((i for i, word in enumerate(words) if word[:1].isupper()), 0)
    if proper == 0:
        return set()
    out: set[str] = set()
    for form in forms:
        parts = form.split(" ")
        if len(parts) != len(words):
            continue
        kind, named = " ".join(parts[:proper]), " ".join(parts[proper:])
        out |= {normalize_key(f"{kind} {left}{named}{right}") for left, right in QUOTES}
    return out
