"""The character tables of `normalize`, worked out from Python's Unicode database.

Working them out means NFKC, casefolding and a few tests for each of the ~200,000 code points
of planes 0 and 1: ~0.15 CPU-s that every process importing `normalize` paid at start (every
command, the analyzer, loading the place matcher). They depend on nothing but the Unicode
version and the code below, so they ship computed in `monitor/data/unicode_tables.json` for
the Unicode version that file names; under any other version (another Python) `tables()`
computes them as before. tests/text/test_unicode_tables.py holds the file to the computation;
`python -m monitor.text.unicode_tables` writes it again.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import NamedTuple

APOSTROPHES = "\u2019\u02bc\u2018\u0060\u00b4\u2032\u02b9\u02bb\u02c8\uff07"
DASHES = "\u2010\u2011\u2012\ufe63\uff0d"  # hyphens; long dashes are never inside a name
# Dropped: soft hyphens, zero-width characters, and Markdown's emphasis marks (Telethon's
# «**жирный**», «~~»), which stand inside phrases: «на **Кураховском** направлении» (the
# underscore stays: it joins the words of a handle, @rybar_kursk)
DROP = "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u180e*~"
# The mapped characters most posts hold, which `normalize` replaces with `str.replace`.
BULK = ("ё", "\u00a0")
STORED = Path(__file__).resolve().parent.parent / "data" / "unicode_tables.json"


class Tables(NamedTuple):
    mapped: dict[int, str]  # a casefolded character's 1:1 image
    variable: str  # the characters that change length
    attention: list[int]  # see `attention`


def compute() -> Tables:
    mapped, variable = _mapping()
    return Tables(mapped, variable, attention(mapped, variable))


def _mapping() -> tuple[dict[int, str], str]:
    """The 1:1 mapping of casefolded characters, and the characters that change length.

    Only what matters for matching is mapped: letters and digits (NFKC, Latin diacritics
    folded, ё→е), apostrophes, dashes and spaces. Punctuation whose NFKC is longer («…», «№»)
    is left alone: it is never part of a place name.
    """
    spaces = {chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Zs"}
    table: dict[int, str] = {ord("ё"): "е"}
    variable: list[str] = list(DROP)
    ranges = [range(0x80, 0x10000), range(0x1D400, 0x1D800), range(0x1F100, 0x1F200)]
    for code in (c for r in ranges for c in r):
        char = chr(code)
        if 0xD800 <= code < 0xE000 or char in DROP:
            continue
        if unicodedata.combining(char) or "\u0483" <= char <= "\u0489":
            variable.append(char)
            continue
        if char in APOSTROPHES:
            table[code] = "'"
            continue
        if char in DASHES:
            table[code] = "-"
            continue
        if char in spaces and char != " ":
            table[code] = " "
            continue
        mapped = unicodedata.normalize("NFKC", char).casefold()
        if mapped.isascii() is False and _is_latin(mapped):
            mapped = "".join(
                c for c in unicodedata.normalize("NFD", mapped) if not unicodedata.combining(c)
            )
        mapped = mapped.replace("ё", "е")
        if len(mapped) == 1:
            if mapped != char:
                table[code] = mapped
        elif any(c.isalnum() for c in mapped):
            variable.append(char)
    table.update({ord("ø"): "o", ord("đ"): "d", ord("ł"): "l", ord("ħ"): "h"})
    return table, "".join(variable)


def _is_latin(piece: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in piece)


def attention(mapped: dict[int, str], variable: str) -> list[int]:
    """Characters of an original text that normalisation changes beyond casefolding and the
    bulk replacements: the length-changing ones and those whose casefold is mapped (but not in
    bulk) or longer. Planes 0 and 1 hold every one of them (the tables stop at plane 1; no
    character beyond it has a case)."""
    codes = {ord(c) for c in variable}
    bulk = {ord(char) for char in BULK}
    for code in range(0x20000):
        if 0xD800 <= code < 0xE000:
            continue
        folded = chr(code).casefold()
        if len(folded) != 1 or (ord(folded) in mapped and ord(folded) not in bulk):
            codes.add(code)
    return sorted(codes)


def tables(path: Path = STORED) -> Tables:
    """The stored tables when `path` holds them for this Python's Unicode version, else
    computed (a missing or unreadable file is no error: it only costs the time)."""
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored["unidata_version"] == unicodedata.unidata_version:
            return Tables(
                dict(zip(map(ord, stored["mapped"]), stored["images"], strict=True)),
                stored["variable"],
                [ord(c) for c in stored["attention"]],
            )
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return compute()


def store(path: Path = STORED) -> None:
    """Write the tables of this Python's Unicode version to `path`."""
    mapped, variable, codes = compute()
    data = {
        "unidata_version": unicodedata.unidata_version,
        "mapped": "".join(map(chr, mapped)),
        "images": "".join(mapped.values()),
        "variable": variable,
        "attention": "".join(map(chr, codes)),
    }
    path.write_text(json.dumps(data, ensure_ascii=True, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    store()
    print(f"wrote {STORED} (Unicode {unicodedata.unidata_version})")
