"""The byte stream of a Desktop export: counted (progress, error positions) and bounded.

Limits on a JSON byte stream, checked before the parser sees it.

ijson's C backend builds every event of a read chunk, each with its full prefix, before the
first one is handed over: 200 KB of `[` costs it tens of GB. `JsonLimits.feed` scans each chunk
as it is read (strings skipped in one regex pass) and stops at the first byte that opens a value
nested deeper than `max_depth` or makes a string longer than `max_string` bytes.
"""

from __future__ import annotations

import ast
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import BinaryIO

from monitor.errors import ImportFileError

MAX_DEPTH = 64  # a Desktop export nests about 8 deep (account, chats, list, chat, message, text)
MAX_STRING = 4 * 1024 * 1024  # bytes of one JSON string; a Telegram message is 4,096 characters

Progress = Callable[[int], None]
_OUTSIDE = re.compile(rb'[\[\]{}"]')
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')
_SIGN = bytes.maketrans(b"[]{}", b"\x01\xff\x01\xff")
_STRING_REST = re.compile(rb'[^"\\]*(?:\\.[^"\\]*)*', re.DOTALL)


class LimitExceeded(ValueError):
    def __init__(self, position: int, problem: str) -> None:
        self.position, self.problem = position, problem
        super().__init__(problem)


@dataclass(slots=True)
class JsonLimits:
    max_depth: int = MAX_DEPTH
    max_string: int = MAX_STRING
    depth: int = 0
    offset: int = 0  # bytes fed before the current chunk
    in_string: bool = False
    escape: bool = False
    string_length: int = 0

    def feed(self, chunk: bytes) -> None:
        """Scan the next chunk; LimitExceeded at the first byte over a limit. The fast path
        blanks escapes, splits at quotes and counts brackets outside strings, all at C speed
        (a chunk shorter than `max_string`, as every read of the import is, splits only its
        quotes and brackets: 4x faster); a chunk that goes over a limit is followed byte by
        byte, for the exact position."""
        if not chunk:  # nothing to scan; a backslash that ended the last chunk still escapes
            return
        start = JsonLimits(self.max_depth, self.max_string, self.depth, self.offset,
                           self.in_string, self.escape, self.string_length)  # fmt: skip
        text = (b"_" + chunk[1:]) if self.escape and chunk else chunk
        if b"\\" in text:
            text = text.replace(b"\\\\", b"__").replace(b'\\"', b"__")
        self.escape = text.endswith(b"\\")
        scan = self._scan_short if len(text) < self.max_string else self._scan_long
        if scan(text):
            start._exact(chunk)  # raises, unless the string only grew long across chunks
            for name in self.__slots__:
                setattr(self, name, getattr(start, name))
            return
        self.offset += len(chunk)

    def _scan_short(self, text: bytes) -> bool:
        """A chunk shorter than the longest string allowed: only the string it continues can
        be too long, so its quotes and brackets alone are split (the text of a chunk is
        dropped in one C call first), not its strings. True when a limit may be exceeded."""
        inside = self.in_string
        first = text.find(b'"')
        if inside:
            continued = self.string_length + (len(text) if first < 0 else first)
            if continued > self.max_string:
                return True
        parts = text.translate(None, _NOT_STRUCTURE).split(b'"')
        self.in_string = inside != (len(parts) % 2 == 0)
        if self.in_string:
            self.string_length = continued if first < 0 else len(text) - text.rfind(b'"') - 1
        return self._brackets(parts, inside)

    def _scan_long(self, text: bytes) -> bool:
        parts = text.split(b'"')
        inside = self.in_string
        first_length = self.string_length + len(parts[0]) if inside else 0
        strings = parts[0 if inside else 1 :: 2]
        longest = max(first_length, *map(len, strings[1 if inside else 0 :]), 0)
        self.in_string = inside != (len(parts) % 2 == 0)
        if self.in_string:
            self.string_length = first_length if len(parts) == 1 else len(parts[-1])
        return self._brackets(parts, inside) or longest > self.max_string

    def _brackets(self, parts: list[bytes], inside: bool) -> bool:
        """Moves the depth by the brackets outside strings; True (depth left as it was) when
        some bracket goes deeper than allowed."""
        steps = array("b", b"".join(parts[1 if inside else 0 :: 2]).translate(_SIGN, _NOT_BRACKET))
        if steps and max(accumulate(steps, initial=self.depth)) > self.max_depth:
            return True
        self.depth += sum(steps)
        return False

    def _exact(self, chunk: bytes) -> None:
        i, size = 0, len(chunk)
        while i < size:
            if self.in_string:
                i = self._in_string(chunk, i)
                continue
            found = _OUTSIDE.search(chunk, i)
            if found is None:
                break
            char, i = chunk[found.start()], found.end()
            if char == 0x22:  # '"'
                self.in_string, self.string_length = True, 0
            elif char in (0x5B, 0x7B):  # '[' '{'
                self.depth += 1
                if self.depth > self.max_depth:
                    raise LimitExceeded(
                        self.offset + found.start(),
                        f"nested more than {self.max_depth} levels deep",
                    )
            else:
                self.depth -= 1
        self.offset += size

    def _in_string(self, chunk: bytes, i: int) -> int:
        if self.escape:  # the previous chunk ended on a backslash
            self.escape, i = False, i + 1
            self.string_length += 1
        rest = _STRING_REST.match(chunk, i)
        end = rest.end() if rest else i
        self.string_length += end - i
        if self.string_length > self.max_string:
            raise LimitExceeded(
                self.offset + end,
                f"a string longer than {self.max_string // (1024 * 1024)} MB",
            )
        if end >= len(chunk):
            return end
        if chunk[end] == 0x22:
            self.in_string = False
            return end + 1
        self.escape = True  # a backslash as the chunk's last byte
        self.string_length += 1
        return end + 1


class CountingReader:
    """A binary file that counts what the parser read, for progress and error positions."""

    def __init__(self, path: Path, raw: BinaryIO, progress: Progress | None) -> None:
        self.path, self._raw, self._progress = path, raw, progress
        self.position = 0
        self.chunk_start = 0
        self.chunk = b""
        self.limits = JsonLimits()

    def error(self, reason: str, position: int | None = None) -> ImportFileError:
        """The file is malformed at `position` (default: as far as the parser has read)."""
        at = self.position if position is None else position
        return ImportFileError(str(self.path), f"byte {at}", reason)

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self.limits.feed(data)
        if size:
            self.chunk_start, self.chunk = self.position, data
            self.position += len(data)
            if self._progress is not None:
                self._progress(self.position)
        return data


def _yajl_window(chunk: bytes, offset: int) -> bytes:
    """The context line yajl prints for an error `offset` bytes into `chunk`."""
    pad = 40 - offset if offset < 30 else 10
    window = b" " * pad + chunk[max(0, offset - 30) : offset + 30]
    return window.replace(b"\n", b" ").replace(b"\r", b" ")


def _error_position(reader: CountingReader, message: str) -> int:
    """The byte where yajl stopped. Its message shows the bytes around the error, laid out by
    the error's offset in the chunk being parsed (ijson shows them as a bytes literal when
    they are not valid UTF-8): the first offset that lays them out the same is taken. Falls
    back to the end of that chunk, an upper bound."""
    try:
        shown = ast.literal_eval(message) if message[:2] in ("b'", 'b"') else message.encode()
    except (ValueError, SyntaxError):
        return reader.position
    lines = shown.split(b"\n")
    if len(lines) < 3:
        return reader.position
    for offset in range(len(reader.chunk) + 1):
        if _yajl_window(reader.chunk, offset) == lines[1]:
            return reader.chunk_start + max(offset - 1, 0)  # yajl counts the bad byte as read
    return reader.position


def json_error(reader: CountingReader, exc: Exception) -> ImportFileError:
    text = str(exc)
    reason = text.removeprefix("b'").removeprefix('b"').split("\n", 1)[0].split("\\n", 1)[0]
    if "premature EOF" in text or "Incomplete JSON" in text:
        return reader.error("the file ends before the JSON does (truncated?)")
    return reader.error(f"not JSON: {reason}", _error_position(reader, text))
