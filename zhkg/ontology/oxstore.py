"""A pyoxigraph store of RDF files for SPARQL: built once, kept next to the file.

rdflib's SPARQL engine needs minutes for a join over a corpus graph that
pyoxigraph answers in a second, so ``zhkg sparql`` queries a pyoxigraph store;
rdflib stays for building graphs and for SHACL. For one file the store is
bulk-loaded into a hidden directory beside it (``.corpus.ttl.oxigraph``) and
reused while the file and the ontology are unchanged (a stamp records the
file's size and modification time and a digest of the ontology files). It is
built in a temporary directory and renamed into place, so a killed or
concurrent run never leaves a half-built store that a later run would trust.
Several files, or a file beside which nothing can be written, are loaded into
an in-memory store instead.

The file's triples are the default graph and the ontology is the named graph
``ONTOLOGY_GRAPH``: queries read both (``query_graphs``), and ``zhkg load`` and
``zhkg validate``, which take documents out of the default graph, read a fresh
kept store rather than bulk-loading the file again (they do not build one: a
store beside a file is what querying it asks for).
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

import pyoxigraph as ox

from zhkg.errors import RDFError
from zhkg.ontology.formats import format_for_path
from zhkg.ontology.serialize import one_line
from zhkg.ontology.streaming import line_blocks

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = [
    "ONTOLOGY_GRAPH",
    "STORE_SUFFIX",
    "QueryGraphs",
    "StoreBuilder",
    "add_ontology",
    "bulk_load_chunked",
    "check_readable",
    "data_triples",
    "kept_store",
    "ontology_digest",
    "open_query_store",
    "query_graphs",
    "store_path",
    "syntax_errors",
]

STORE_SUFFIX = ".oxigraph"
ONTOLOGY_GRAPH = ox.NamedNode("https://w3id.org/zhkg/ontology#vocabularyGraph")
"""The named graph holding the ontology in a query store (the data is the default graph)."""
_LAYOUT = 3
"""Bumped when what a kept store holds changes, so older stores are rebuilt."""

_STAMP = "zhkg-stamp.json"
_OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "trig": ox.RdfFormat.TRIG,
    "json-ld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}
_PACKAGED = ("core.ttl", "domain.ttl")
_NT = ox.RdfFormat.N_TRIPLES


def store_path(path: str | Path) -> Path:
    """Where the store of an RDF file is kept: a hidden directory beside it."""
    source = Path(path)
    return source.with_name(f".{source.name}{STORE_SUFFIX}")


def ontology_digest(extensions: Sequence[str | Path]) -> str:
    """A digest of the ontology files (packaged and extensions): a change rebuilds the store."""
    from zhkg import __version__

    digest = hashlib.sha256(__version__.encode())
    for name in _PACKAGED:
        digest.update(resources.files("zhkg.ontology").joinpath(name).read_bytes())
    for extension in extensions:
        try:
            digest.update(Path(extension).read_bytes())
        except OSError:
            digest.update(str(extension).encode())  # load_ontology reports it when building
    return digest.hexdigest()


def _stamp(
    source: Path, with_ontology: bool, extensions: Sequence[str | Path]
) -> dict[str, object]:
    info = source.stat()
    return {
        "layout": _LAYOUT,
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
        "ontology": ontology_digest(extensions) if with_ontology else None,
    }


BULK_CHUNK = 50_000
"""Triples parsed and bulk-loaded at a time (pyoxigraph's own ``bulk_load`` of a whole
file holds a gigabyte for a hundred megabytes of Turtle; this holds one chunk). Each
bulk load also holds memory in proportion to the store already written, so the chunk
is kept small: at two million triples, chunks of 50,000 peak at a third of what chunks
of 200,000 do, in the same time."""

NTRIPLES_CHUNK_BYTES = 4 * 2**20
"""N-Triples handed to one bulk load (some 25,000 triples; ``BULK_CHUNK`` is the same
bound for triples parsed from a file): a load per document is several times slower,
and the bulk loader's memory grows with its chunk (for a million triples, chunks of
32 MiB peak at 270 MiB, of 8 MiB at 120 MiB, of 4 MiB and less at the 100 MiB the
process holds anyway, in the same time)."""


def bulk_load_chunked(store: ox.Store, path: Path, fmt: ox.RdfFormat) -> None:
    """Parse ``path`` as it is read and bulk-load it a chunk at a time (flat memory).

    Each chunk goes to the native loader as N-Triples, which costs half of handing it
    the same triples as Python objects. Syntax errors come as pyoxigraph raises them
    (SyntaxError), after the chunks before.
    """
    triples = ox.parse(path=path, format=fmt)
    while chunk := ox.serialize(itertools.islice(triples, BULK_CHUNK), format=_NT):
        store.bulk_load(chunk, format=_NT)


def check_readable(path: Path) -> None:
    """An RDFError unless ``path`` is a file."""
    if path.is_dir():
        raise RDFError(f"{path}: is a directory", hint="give the path of an RDF file")
    if not path.is_file():
        raise RDFError(f"{path}: no such file", hint="give the path of an RDF file")


@contextlib.contextmanager
def syntax_errors(path: Path, format_name: str) -> Iterator[None]:
    """pyoxigraph's parse errors in the block as an RDFError naming the file and format."""
    try:
        yield
    except (SyntaxError, ValueError, OSError) as exc:
        raise RDFError(
            f"{path}: not valid {format_name} ({one_line(exc)})",
            hint="fix the syntax error at the position shown (the format follows the suffix)",
        ) from exc


def _load_file(store: ox.Store, path: Path, *, bulk: bool) -> None:
    """Parse one RDF file into the store (format from its suffix); RDFError when invalid."""
    check_readable(path)
    fmt = format_for_path(path)
    with syntax_errors(path, fmt.name):
        if bulk and fmt.name in ("turtle", "nt"):
            bulk_load_chunked(store, path, _OX_FORMATS[fmt.name])
        elif bulk:
            store.bulk_load(path=path, format=_OX_FORMATS[fmt.name])
        else:
            store.load(path=path, format=_OX_FORMATS[fmt.name])


def _load_ontology(store: ox.Store, extensions: Sequence[str | Path]) -> None:
    """The ontology (checked and merged by rdflib, as everywhere else) in ``ONTOLOGY_GRAPH``.

    A graph of its own keeps the data's default graph as the file wrote it; a query
    naming both graphs as its default graph costs what one over a merged graph does.
    """
    from zhkg.ontology.ontology import load_ontology

    add_ontology(store, load_ontology(extensions))


def add_ontology(store: ox.Store, ontology: Graph) -> None:
    """Put an ontology graph (rdflib) in the store's ``ONTOLOGY_GRAPH``."""
    data = ontology.serialize(format="nt", encoding="utf-8")
    store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ONTOLOGY_GRAPH)


class QueryGraphs(TypedDict, total=False):
    """Keyword arguments of ``Store.query`` saying which graphs are its default graph."""

    use_default_graph_as_union: bool
    default_graph: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph]


def query_graphs(store: ox.Store) -> QueryGraphs:
    """The ``Store.query`` arguments that read what the user's files and the ontology hold.

    A TriG file's named graphs all count, as when rdflib reads the file.
    """
    graphs = set(store.named_graphs())
    if graphs - {ONTOLOGY_GRAPH}:
        return {"use_default_graph_as_union": True}
    if graphs:
        return {"default_graph": [ox.DefaultGraph(), ONTOLOGY_GRAPH]}
    return {}


def data_triples(store: ox.Store) -> int:
    """The triples of the user's files in a store (the ontology's graph aside)."""
    return len(store) - sum(1 for _ in store.quads_for_pattern(None, None, None, ONTOLOGY_GRAPH))


def _memory_store(
    paths: Iterable[Path], with_ontology: bool, extensions: Sequence[str | Path]
) -> ox.Store:
    store = ox.Store()
    for path in paths:
        _load_file(store, path, bulk=False)
    if with_ontology:
        _load_ontology(store, extensions)
    return store


def _read_stamp(directory: Path) -> object:
    try:
        return json.loads((directory / _STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def kept_store(
    source: Path,
    *,
    with_ontology: bool = True,
    extensions: Sequence[str | Path] = (),
    build: bool = True,
) -> ox.Store | None:
    """The store kept beside ``source`` (read-only), built now if missing or stale.

    None when it is missing or stale and ``build`` is false, or when nothing can be
    written beside the file. A syntax error is an RDFError.
    """
    target = store_path(source)
    wanted = _stamp(source, with_ontology, extensions)
    if _read_stamp(target) == wanted:
        with contextlib.suppress(OSError):
            return ox.Store.read_only(str(target))
    if not build:
        return None
    try:
        builder = StoreBuilder(source)
    except OSError:
        return None
    with builder:
        _load_file(builder.store, source, bulk=True)
        builder.finish(with_ontology=with_ontology, extensions=extensions, stamp=wanted)
    return ox.Store.read_only(str(target))


class StoreBuilder:
    """The kept store of a file being written, from the triples as they are produced.

    ``zhkg build --query-store`` hands it each document's N-Triples as the document
    is done, so the store costs no parse of the finished file and the first query
    runs at once. They are gathered in a scratch file and bulk-loaded by ``finish``,
    once the documents are built: the bulk loader's threads, run beside the build's
    workers, cost a corpus build twice their own time. The store is built in a
    temporary directory beside the file and put in place by ``finish`` (stamped with
    the file as then written); leaving the ``with`` block without ``finish`` removes
    it. OSError when nothing can be written there.
    """

    def __init__(self, source: str | Path) -> None:
        self.source = Path(source)
        self._target = store_path(self.source)
        self._building = Path(
            tempfile.mkdtemp(dir=self._target.parent, prefix=f"{self._target.name}.building-")
        )
        self.store = ox.Store(str(self._building))
        self._gathered = tempfile.TemporaryFile(prefix="zhkg-store-", dir=self._building)  # noqa: SIM115
        self._done = False

    def __enter__(self) -> StoreBuilder:
        return self

    def __exit__(self, *_: object) -> None:
        self._gathered.close()
        if not self._done:
            del self.store
            shutil.rmtree(self._building, ignore_errors=True)

    def add_ntriples(self, part: bytes | Path) -> None:
        """Add a part in N-Triples (bytes, or a file read in blocks of whole lines)."""
        for block in line_blocks(part):
            self._gathered.write(block if block.endswith(b"\n") else block + b"\n")

    def _load_gathered(self) -> None:
        """Bulk-load what was gathered, ``NTRIPLES_CHUNK_BYTES`` of whole lines at a time."""
        self._gathered.seek(0)
        while chunk := self._gathered.read(NTRIPLES_CHUNK_BYTES):
            if not chunk.endswith(b"\n"):
                chunk += self._gathered.readline()
            self.store.bulk_load(chunk, format=_NT)

    def finish(
        self,
        *,
        with_ontology: bool = True,
        extensions: Sequence[str | Path] = (),
        stamp: dict[str, object] | None = None,
    ) -> None:
        """Add the ontology, stamp the store and put it in place.

        The stamp is the file as it now is, or ``stamp`` taken before the file was read
        (a file changed meanwhile then no longer matches it).
        """
        self._load_gathered()
        if with_ontology:
            _load_ontology(self.store, extensions)
        # compacted once written: the bulk loads leave dozens of small sorted files that
        # every later read must merge (2.2 million triples: 2 s to compact, then the
        # first query 1.0 s instead of 2.0 s)
        self.store.optimize()
        self.store.flush()
        del self.store  # release the directory's lock before it is renamed
        stamp = stamp or _stamp(self.source, with_ontology, extensions)
        (self._building / _STAMP).write_text(json.dumps(stamp), encoding="utf-8")
        _replace_directory(self._building, self._target)
        self._done = True


def _replace_directory(new: Path, target: Path) -> None:
    """Put ``new`` at ``target``: readers see the old store or the new one, never a mix."""
    old = target.with_name(f"{target.name}.old-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        os.replace(target, old)
    try:
        os.replace(new, target)
    except OSError:
        if not target.exists():  # another run put its (equally fresh) store there first
            raise
        shutil.rmtree(new, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)


def open_query_store(
    paths: Sequence[str | Path],
    *,
    with_ontology: bool = True,
    extensions: Sequence[str | Path] = (),
    keep: bool = True,
) -> ox.Store:
    """A store holding the files' triples and the ontology (query it with ``query_graphs``).

    TriG files keep their named graphs.

    With one file and ``keep``, the store kept beside it is used (and built when
    missing or stale); otherwise an in-memory store is loaded.
    """
    files = [Path(path) for path in paths]
    if keep and len(files) == 1 and files[0].is_file():
        store = kept_store(files[0], with_ontology=with_ontology, extensions=extensions)
        if store is not None:
            return store
    return _memory_store(files, with_ontology, extensions)
