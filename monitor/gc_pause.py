"""Pausing the cyclic garbage collector around a bounded burst of allocation."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a large structure is read or a short command starts:
    each collection would rescan every object allocated so far (measured: a third of loading
    the matcher from its cache, a sixth of `monitor status`). The previous state comes back
    afterwards; a caller's own pause is left alone."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
