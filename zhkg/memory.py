"""Handing memory back to the operating system between the phases of a long run.

A load validates the whole input, then opens and closes the embedded store every few
transactions. What each phase leaves behind is cyclic garbage (rdflib graphs, SHACL
reports) that waits for Python's rare full collection, and freed heap that glibc
keeps for reuse: the process stays as big as the biggest phase so far, and the next
phase's own memory comes on top of it. Collecting and trimming between phases keeps
the peak to what one phase needs.
"""

from __future__ import annotations

import ctypes
import functools
import gc
from collections.abc import Callable

__all__ = ["release_memory"]


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library has none (macOS, musl).

    Looked up among the symbols the process has already loaded: no search for the
    library file (``ctypes.util.find_library`` runs external programs to find it).
    """
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def release_memory() -> None:
    """Collect cyclic garbage and return the freed heap to the operating system."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
