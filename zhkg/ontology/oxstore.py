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
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from zhkg.errors import RDFError
from zhkg.ontology.formats import format_for_path
from zhkg.ontology.serialize import one_line

__all__ = ["STORE_SUFFIX", "bulk_load_chunked", "ontology_digest", "open_query_store", "store_path"]

STORE_SUFFIX = ".oxigraph"
_LAYOUT = 2
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


BULK_CHUNK = 100_000
"""Triples parsed and bulk-loaded at a time (pyoxigraph's own ``bulk_load`` holds a
gigabyte for a hundred megabytes of Turtle; this holds one chunk)."""


def bulk_load_chunked(store: ox.Store, path: Path, fmt: ox.RdfFormat) -> None:
    """Parse ``path`` as it is read and bulk-load it a chunk at a time (flat memory).

    Syntax errors come as pyoxigraph raises them (SyntaxError), after the chunks before.
    """
    triples = ox.parse(path=path, format=fmt)
    while chunk := [
        ox.Quad(triple.subject, triple.predicate, triple.object)
        for triple in itertools.islice(triples, BULK_CHUNK)
    ]:
        store.bulk_extend(chunk)


def _load_file(store: ox.Store, path: Path, *, bulk: bool) -> None:
    """Parse one RDF file into the store (format from its suffix); RDFError when invalid."""
    if path.is_dir():
        raise RDFError(f"{path}: is a directory", hint="give the path of an RDF file")
    if not path.is_file():
        raise RDFError(f"{path}: no such file", hint="give the path of an RDF file")
    fmt = format_for_path(path)
    try:
        if bulk and fmt.name in ("turtle", "nt"):
            bulk_load_chunked(store, path, _OX_FORMATS[fmt.name])
        elif bulk:
            store.bulk_load(path=path, format=_OX_FORMATS[fmt.name])
        else:
            store.load(path=path, format=_OX_FORMATS[fmt.name])
    except (SyntaxError, ValueError, OSError) as exc:
        raise RDFError(
            f"{path}: not valid {fmt.name} ({one_line(exc)})",
            hint="fix the syntax error at the position shown (the format follows the suffix)",
        ) from exc


def _load_ontology(store: ox.Store, extensions: Sequence[str | Path]) -> None:
    """The ontology (checked and merged by rdflib, as everywhere else) in the default graph.

    Not in a named graph of its own: querying the union of all graphs costs
    pyoxigraph ten times a query of the default graph.
    """
    from zhkg.ontology.ontology import load_ontology

    data = load_ontology(extensions).serialize(format="nt", encoding="utf-8")
    store.load(data, format=ox.RdfFormat.N_TRIPLES)


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


def _kept_store(
    source: Path, with_ontology: bool, extensions: Sequence[str | Path]
) -> ox.Store | None:
    """The store kept beside ``source``, built now if missing or stale; None if unwritable."""
    target = store_path(source)
    wanted = _stamp(source, with_ontology, extensions)
    if _read_stamp(target) == wanted:
        with contextlib.suppress(OSError):
            return ox.Store.read_only(str(target))
    try:
        building = Path(tempfile.mkdtemp(dir=source.parent, prefix=f"{target.name}.building-"))
    except OSError:
        return None
    try:
        store = ox.Store(str(building))
        _load_file(store, source, bulk=True)
        if with_ontology:
            _load_ontology(store, extensions)
        store.flush()
        del store  # release the directory's lock before it is renamed
        (building / _STAMP).write_text(json.dumps(wanted), encoding="utf-8")
        _replace_directory(building, target)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    return ox.Store.read_only(str(target))


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
    """A store holding the files' triples (and the ontology) in its default graph.

    TriG files keep their named graphs (the query then reads the union of all).

    With one file and ``keep``, the store kept beside it is used (and built when
    missing or stale); otherwise an in-memory store is loaded.
    """
    files = [Path(path) for path in paths]
    if keep and len(files) == 1 and files[0].is_file():
        store = _kept_store(files[0], with_ontology, extensions)
        if store is not None:
            return store
    return _memory_store(files, with_ontology, extensions)
