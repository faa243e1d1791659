"""Work out the next items in a thread while the caller waits on something else.

A load into a server spends most of its time waiting for the server to answer;
mapping and fingerprinting the next documents meanwhile, in a second thread,
lets the client's work and the server's overlap (the thread runs while the
caller sits in a socket read, which releases the GIL). The queue between the
two is bounded, so memory stays flat however long the input.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Generator, Iterable
from typing import Generic, TypeVar

__all__ = ["read_ahead"]

T = TypeVar("T")

_POLL_S = 0.1
"""How often a producer blocked on a full queue looks whether the consumer has gone."""


class _End:
    """The producer's last message: the input is exhausted, or failed with ``error``."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


class _Producer(Generic[T]):
    def __init__(self, items: Iterable[T], depth: int) -> None:
        self.items = items
        self.queue: queue.Queue[T | _End] = queue.Queue(maxsize=depth)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.run, name="zhkg-read-ahead", daemon=True)

    def put(self, item: T | _End) -> bool:
        """Queue ``item``; False when the consumer stopped while the queue was full."""
        while not self.stopped.is_set():
            try:
                self.queue.put(item, timeout=_POLL_S)
                return True
            except queue.Full:
                continue
        return False

    def run(self) -> None:
        try:
            for item in self.items:
                if not self.put(item):
                    return
        except BaseException as exc:  # handed to the consumer, raised there in order
            self.put(_End(exc))
            return
        self.put(_End())


def read_ahead(items: Iterable[T], depth: int) -> Generator[T, None, None]:
    """``items`` in order, up to ``depth`` of them computed ahead in a thread.

    An exception raised by ``items`` is raised here when its turn comes, after
    the items before it. Closing the iterator early (the caller failed) stops
    the thread at its next item. ``depth`` 0 or less: no thread, ``items`` as is.
    """
    if depth <= 0:
        yield from items
        return
    producer = _Producer(items, depth)
    producer.thread.start()
    try:
        while True:
            item = producer.queue.get()
            if isinstance(item, _End):
                if item.error is not None:
                    raise item.error
                return
            yield item
    finally:
        producer.stopped.set()
