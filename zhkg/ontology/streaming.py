"""Merge per-document N-Triples into one graph file without holding the graph in memory.

Each document's triples arrive as a sorted N-Triples file. A triple about the
document's own nodes (``zhkgid:doc/<id>/…``) belongs to that document alone and
is written straight through; a triple about a shared node (a stakeholder, a
duty, a category) may come from many documents and is written once (a set of
short digests of the lines seen). The generic ``zhkg:Stakeholder`` type of a
party is held back to the end and dropped where a document gave the party a
more specific class, as ``settle_stakeholder_types`` does for an rdflib graph.
Memory grows with the shared nodes only, never with the documents' own triples,
and a part file is read line by line.

The merged N-Triples then become Turtle or TriG by pyoxigraph's streaming
serialiser (prefixed names, one subject block per run of lines); JSON-LD, which
needs the whole graph to compact, goes through rdflib.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

import pyoxigraph as ox

from zhkg.errors import RDFError
from zhkg.ontology.formats import RDFFormat, format_for_path, rdf_format
from zhkg.ontology.namespace import ZHKG, ZHKG_ID

__all__ = ["line_blocks", "merge_ntriples", "write_merged"]

_DOCUMENT_SUBJECT = f"<{ZHKG_ID}doc/".encode()
_TYPE = b"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_GENERIC = f"<{ZHKG.Stakeholder}>".encode()
_STAKEHOLDER_SUBJECT = f"<{ZHKG_ID}stakeholder/".encode()


def _split(line: bytes) -> tuple[bytes, bytes, bytes]:
    subject, _, rest = line.partition(b" ")
    predicate, _, obj = rest.partition(b" ")
    return subject, predicate, obj


_BLOCK = 1 << 22
"""Bytes of a part read at a time (then completed to the end of a line)."""
#: A run of whole lines about a document's own nodes: copied in one write, not line by line
#: (most of a part's lines; a sorted part holds them in one run).
_DOCUMENT_RUN = re.compile(rb"^(?:" + re.escape(_DOCUMENT_SUBJECT) + rb"[^\n]*\n)+", re.M)


class _Merger:
    """The union of N-Triples parts written to ``out`` as they come (see ``merge_ntriples``)."""

    def __init__(self, out: _Writer) -> None:
        self.out = out
        self.seen: set[bytes] = set()
        self.generic: dict[bytes, bytes] = {}  # subject -> its generic type line, held back
        self.specific: set[bytes] = set()  # parties with a class other than the generic one
        self.written = 0

    def add(self, part: Path | bytes) -> None:
        for block in line_blocks(part):
            position = 0
            for run in _DOCUMENT_RUN.finditer(block):
                self._lines(block[position : run.start()])
                self.out.write(run.group())
                self.written += run.group().count(b"\n")
                position = run.end()
            self._lines(block[position:])

    def _lines(self, text: bytes) -> None:
        seen = self.seen
        for line in text.splitlines(keepends=True):
            if not line.endswith(b"\n"):
                line += b"\n"
            if line.startswith(_DOCUMENT_SUBJECT):
                self._write(line)
                continue
            # most shared lines came before (from another document): skipped first thing
            digest = hashlib.blake2b(line, digest_size=16).digest()
            if digest in seen:
                continue
            seen.add(digest)
            if not line.strip() or line.startswith(b"#"):
                continue
            subject, predicate, obj = _split(line)
            if predicate == _TYPE and subject.startswith(_STAKEHOLDER_SUBJECT):
                if obj.startswith(_GENERIC + b" "):
                    self.generic.setdefault(subject, line)
                    continue
                self.specific.add(subject)
            self._write(line)

    def _write(self, line: bytes) -> None:
        self.out.write(line)
        self.written += 1

    def finish(self) -> int:
        """Write the generic types held back; the number of triples written."""
        for subject, line in self.generic.items():
            if subject not in self.specific:
                self._write(line)
        return self.written


class _Writer(Protocol):
    def write(self, data: bytes, /) -> int: ...


class _Tee:
    """Writes to a file and hands the same bytes to a sink."""

    def __init__(self, out: BinaryIO, sink: Callable[[bytes], None]) -> None:
        self.out = out
        self.sink = sink

    def write(self, data: bytes, /) -> int:
        self.sink(data)
        return self.out.write(data)


def merge_ntriples(parts: Iterable[Path | bytes], out: _Writer) -> int:
    """Write the union of N-Triples parts (files or bytes) to ``out``; the triples written."""
    merger = _Merger(out)
    for part in parts:
        merger.add(part)
    return merger.finish()


def line_blocks(part: Path | bytes) -> Iterator[bytes]:
    """A part in blocks of whole lines; a file is read a block at a time, never whole (a big
    text's part may be hundreds of megabytes)."""
    if isinstance(part, bytes):
        yield part
        return
    with Path(part).open("rb") as handle:
        while block := handle.read(_BLOCK):
            if not block.endswith(b"\n"):
                block += handle.readline()
            yield block


def write_merged(
    parts: Iterable[Path | bytes],
    target: str | Path,
    fmt: RDFFormat | str | None = None,
    *,
    prefixes: dict[str, str] | None = None,
    check: Callable[[int], None] | None = None,
    sink: Callable[[bytes], None] | None = None,
) -> int:
    """Merge parts into ``target`` atomically, in its format; the number of triples.

    ``parts`` may be a generator (merged as it yields); ``check`` hears the number of
    triples once all are merged, and may raise to leave ``target`` as it was; ``sink``
    hears the merged N-Triples as they are written (a store filled alongside).
    """
    path = Path(target)
    chosen = format_for_path(path) if fmt is None else fmt
    chosen = rdf_format(chosen) if isinstance(chosen, str) else chosen
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise RDFError(f"{path}: directory {directory} does not exist", hint="create it first")
    merged = _temporary(directory, path.name, ".nt.tmp")
    final = _temporary(directory, path.name, ".tmp")
    try:
        with merged.open("wb") as handle:
            triples = merge_ntriples(parts, handle if sink is None else _Tee(handle, sink))
        if check is not None:
            check(triples)
        if chosen.name == "nt":
            os.replace(merged, final)
        elif chosen.name in ("turtle", "trig"):
            with final.open("wb") as handle:
                ox.serialize(
                    ox.parse(path=merged, format=ox.RdfFormat.N_TRIPLES),
                    handle,
                    ox.RdfFormat.TURTLE if chosen.name == "turtle" else ox.RdfFormat.TRIG,
                    prefixes=prefixes,
                )
        else:
            from rdflib import Graph

            from zhkg.ontology.serialize import serialize_graph

            graph = Graph()
            graph.parse(merged, format="nt")
            final.write_bytes(serialize_graph(graph, chosen))
        os.chmod(final, _mode(path))
        os.replace(final, path)
    except OSError as exc:
        raise RDFError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    finally:
        for leftover in (merged, final):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return triples


def _temporary(directory: Path, name: str, suffix: str) -> Path:
    try:
        descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=f".{name}.", suffix=suffix)
    except OSError as exc:
        raise RDFError(
            f"{directory / name}: cannot write in {directory} ({exc.strerror or exc})",
            hint="give a path in a writable directory",
        ) from exc
    os.close(descriptor)
    return Path(temporary)


def _mode(target: Path) -> int:
    if target.exists():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
