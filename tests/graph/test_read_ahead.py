"""The read-ahead thread of a load: order, errors in their turn, an early stop."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from zhkg.graph.ahead import read_ahead


def _threads() -> int:
    return sum(1 for thread in threading.enumerate() if thread.name == "zhkg-read-ahead")


@pytest.mark.parametrize("depth", [0, 1, 3, 100])
def test_items_come_in_order(depth: int) -> None:
    assert list(read_ahead(iter(range(50)), depth)) == list(range(50))


def test_items_are_computed_in_another_thread_ahead_of_the_caller() -> None:
    seen: list[str] = []

    def items() -> Iterator[int]:
        for number in range(3):
            seen.append(threading.current_thread().name)
            yield number

    ahead = read_ahead(items(), 3)
    assert next(ahead) == 0
    deadline = time.monotonic() + 5
    while len(seen) < 3 and time.monotonic() < deadline:  # the rest, without asking
        time.sleep(0.01)
    assert seen == ["zhkg-read-ahead"] * 3
    assert list(ahead) == [1, 2]


def test_an_error_of_the_input_is_raised_after_the_items_before_it() -> None:
    def items() -> Iterator[int]:
        yield 1
        yield 2
        raise ValueError("line 3 is not N-Triples")

    got: list[int] = []
    with pytest.raises(ValueError, match="line 3"):
        for item in read_ahead(items(), 2):
            got.append(item)
    assert got == [1, 2]


def test_a_caller_that_stops_early_stops_the_thread() -> None:
    def endless() -> Iterator[int]:
        number = 0
        while True:
            yield number
            number += 1

    ahead = read_ahead(endless(), 2)
    assert next(ahead) == 0
    ahead.close()  # what a failed transaction does to the loop over documents
    deadline = time.monotonic() + 5
    while _threads() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _threads() == 0
