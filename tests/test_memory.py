"""``zhkg.memory.release_memory``: garbage collected and heap trimmed between load phases."""

from __future__ import annotations

import gc
import platform
import weakref

import pytest

from zhkg import memory


class _Node:
    def __init__(self) -> None:
        self.partner: _Node | None = None


def test_release_memory_collects_cyclic_garbage() -> None:
    gc.disable()  # only release_memory may collect here
    first, second = _Node(), _Node()
    first.partner, second.partner = second, first  # a cycle: reference counting never frees it
    gone = weakref.ref(first)
    del first, second
    try:
        assert gone() is not None
        memory.release_memory()
    finally:
        gc.enable()
    assert gone() is None


@pytest.mark.skipif(
    platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc only"
)
def test_the_heap_is_trimmed_with_glibc() -> None:
    trim = memory._malloc_trim()
    assert trim is not None
    assert trim(0) in (0, 1)  # 1: memory was given back, 0: there was none to give
