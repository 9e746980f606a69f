"""A text as one byte per character, for the scans of a normalised post that C methods of
`bytes` do several times faster than a regex over the `str`.

`encode(text)` writes each character in cp1251 where it can (Russian, Ukrainian and Latin
letters, digits, the usual punctuation: nearly every character of a post); any other character
becomes a space when it is no word character (not `str.isalnum`, or astral: emoji mostly), and
`OTHER_WORD` when it is one (a Greek or CJK letter) or a lone surrogate. `OTHER_WORD` is 0x98,
the one byte cp1251 leaves undefined, so it never stands for a character cp1251 has.

Its users: `mixed_scripts` (is a Latin letter next to a Cyrillic one?) for `normalize`, and the
place matcher's word gaps (`monitor.places.matcher`).
"""

from __future__ import annotations

import codecs
from encodings import cp1251

ENCODING = "cp1251"
OTHER_WORD = 0x98
_ERRORS = "monitor-onebyte"
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюяёіїєґў"
# The one letter the mixed-script test reads that cp1251 lacks (dotless i, a Latin look-alike
# of і): a text holding it takes the regex the caller falls back to.
UNCOVERED = "ı"


def _replace(error: UnicodeError) -> tuple[bytes, int]:
    assert isinstance(error, UnicodeEncodeError)
    out = bytearray()
    for char in error.object[error.start : error.end]:
        if char > "\uffff" or not (char.isalnum() or "\ud800" <= char <= "\udfff"):
            out.append(0x20)
        else:
            out.append(OTHER_WORD)
    return bytes(out), error.end


codecs.register_error(_ERRORS, _replace)


def encode(text: str) -> bytes:
    """`text` as one byte per character (see the module docstring)."""
    # the codec's own table, without the registry's lookup and Python wrapper of `str.encode`
    return codecs.charmap_encode(text, _ERRORS, cp1251.encoding_table)[0]


def character(byte: int) -> str | None:
    """The character `byte` stands for (None for `OTHER_WORD`)."""
    return None if byte == OTHER_WORD else bytes([byte]).decode(ENCODING)


def _classes() -> bytes:
    table = bytearray(b"." * 256)
    for char in _LATIN:
        table[encode(char)[0]] = ord("L")
    for char in _CYRILLIC:
        table[encode(char)[0]] = ord("C")
    return bytes(table)


_CLASSES = _classes()


def mixed_scripts(view: bytes) -> bool:
    """Whether a Latin letter (a-z) stands next to a Cyrillic one (а-я, ё, і, ї, є, ґ, ў) in
    the text of `view` (exact for a text without `UNCOVERED`)."""
    classes = view.translate(_CLASSES)
    return b"LC" in classes or b"CL" in classes
