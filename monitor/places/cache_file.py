"""The compiled matcher's cache file: a header that vouches for the pickle behind it.

A damaged pickle does not always fail cleanly: random bytes flipped inside the automaton's
state can crash pyahocorasick's unpickler (a segmentation fault, not an exception), where a
truncated file only raises. So the file starts with `MAGIC`, the payload's length and its
CRC-32, and `read` checks both before anything is unpickled (the CRC of a cache of ~70 MB costs
some 20 ms, against ~0.2 s to unpickle it). A file that fails the check raises `DamagedCache`,
which the matcher treats like any unreadable cache: a warning naming it, then a recompile.
"""

from __future__ import annotations

import mmap
import os
import pickle
import struct
import tempfile
import zlib
from pathlib import Path
from typing import Any

# The format's name and version, then the payload's length and CRC-32 (big-endian).
MAGIC = b"monitor places cache 1\n"
_HEADER = struct.Struct(">QI")


class DamagedCache(ValueError):
    """The file is not a cache of this format, or its payload is not the one written."""


def write(path: Path, payload: Any) -> None:
    """Pickle `payload` into `path` behind its header, atomically (a temporary file in the
    same folder, then renamed over `path`)."""
    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(MAGIC + _HEADER.pack(len(data), zlib.crc32(data)))
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read(path: Path) -> Any:
    """The payload `write` stored in `path`; `DamagedCache` when the header, the length or the
    CRC does not match (nothing is unpickled then). The file is mapped, not read into a copy
    (a fresh buffer of ~70 MB cost more than the CRC)."""
    start = len(MAGIC) + _HEADER.size
    with path.open("rb") as handle:
        if os.fstat(handle.fileno()).st_size < start:
            raise DamagedCache("not a matcher cache of this format")
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        with mapped, memoryview(mapped) as data:
            return _payload(data, start)


def _payload(data: memoryview, start: int) -> Any:
    if data[: len(MAGIC)] != MAGIC:
        raise DamagedCache("not a matcher cache of this format")
    length, crc = _HEADER.unpack_from(data, len(MAGIC))
    with data[start:] as payload:
        if len(payload) != length:
            raise DamagedCache(f"{len(payload)} bytes of payload where the header says {length}")
        if zlib.crc32(payload) != crc:
            raise DamagedCache("checksum mismatch: the file was damaged after it was written")
        return pickle.loads(payload)
