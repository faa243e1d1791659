"""Document rows parked in a temporary file between mapping them and writing them.

Loading a Turtle or N-Triples file maps its documents to rows from a pyoxigraph
store (``zhkg.graph.stream``) and writes them to the property graph. Done in
turns, batch by batch, the two phases share the process: the embedded store's
working set sits on top of the pyoxigraph store (whose readers grow with the
corpus) and of the mapping's rdflib terms, and every transaction's allocations
interleave with the next batch's, so what is left between the store's openings
grew with every batch: a 1,000-document load peaked far above a 100-document one.
Mapping every document first into a file (pickled rows, about ten megabytes a
hundred documents), closing the pyoxigraph store and handing its memory back, and
only then writing from the file gives each phase the process to itself.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zhkg.graph.rows import DocumentRows

__all__ = ["SpilledGroups"]


class SpilledGroups:
    """Document groups written to a temporary file, read back in the same order.

    Made empty, filled by ``write`` (here or in a child process that shares the
    open file: ``zhkg.memory.run_apart``), read by iterating, as often as needed.
    The file is removed on ``close`` (use ``contextlib.closing``).
    """

    def __init__(self, *, directory: str | Path | None = None) -> None:
        # closed by close(), not by a with block: the file outlives the constructor
        self._file = tempfile.TemporaryFile(prefix="zhkg-rows-", dir=directory)  # noqa: SIM115

    def write(self, groups: Iterable[DocumentRows]) -> int:
        """Append ``groups`` to the file; the number written."""
        written = 0
        for group in groups:
            # one pickle per group: its memo (and the group) are freed before the next
            pickle.dump(group, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            written += 1
        self._file.flush()
        return written

    def __iter__(self) -> Iterator[DocumentRows]:
        self._file.seek(0)
        while True:
            try:
                yield pickle.load(self._file)
            except EOFError:  # the end of the file: every group was read
                return

    def close(self) -> None:
        self._file.close()
