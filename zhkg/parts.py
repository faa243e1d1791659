"""Stages 1-3 of one document, as a task a worker process or a Dask worker runs.

A task reads a file, extracts it and writes its triples as sorted N-Triples into
the document cache (a shared folder when the task runs on other machines). The
spaCy pipeline, jieba's dictionary, the lexicon and the ontology's term index
are loaded once per process and per set of extension ontologies, then reused by
every task that process runs. Only small, picklable values go to and from a task.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from zhkg.errors import ZhkgError

if TYPE_CHECKING:
    from zhkg.extract.lexicon import Lexicon
    from zhkg.extract.model import Extraction
    from zhkg.ontology.ontology import TermIndex

__all__ = ["DocumentPart", "PartTask", "build_part", "document_ntriples", "warm_up"]


@dataclass(frozen=True, slots=True)
class PartTask:
    """One document to build: the file, its cache key and where the cache is."""

    path: Path
    key: str
    cache_dir: Path
    extensions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DocumentPart:
    """A built (or cached) document's N-Triples file and counts, or the reason it failed."""

    path: Path
    ntriples: Path | None
    statements: int = 0
    relations: int = 0
    warnings: int = 0
    error: str | None = None
    cached: bool = False


_CONTEXTS: dict[tuple[str, ...], tuple[Lexicon, TermIndex]] = {}
"""This process's lexicon and term index per set of extension ontologies."""


def _context(extensions: tuple[str, ...]) -> tuple[Lexicon, TermIndex]:
    if extensions not in _CONTEXTS:
        from zhkg.ontology.lexicon import lexicon_from_graph
        from zhkg.ontology.ontology import TermIndex, load_ontology

        ontology = load_ontology(extensions)
        _CONTEXTS[extensions] = (lexicon_from_graph(ontology), TermIndex.from_graph(ontology))
    return _CONTEXTS[extensions]


def warm_up(extensions: tuple[str, ...] = ()) -> None:
    """Load the lexicon and the spaCy pipeline now (a pool worker's initialiser)."""
    from zhkg.extract.nlp import make_nlp

    lexicon, _ = _context(extensions)
    make_nlp(lexicon.vocabulary())


def document_ntriples(extraction: object, terms: TermIndex) -> bytes:
    """One document's graph as N-Triples, lines sorted (so each subject's lines are together)."""
    from zhkg.extract.model import Extraction
    from zhkg.ontology.builder import GraphBuilder

    assert isinstance(extraction, Extraction)
    builder = GraphBuilder(terms)
    builder.add(extraction)
    data = builder.graph.serialize(format="nt", encoding="utf-8")
    lines = sorted(set(data.splitlines(keepends=True)))
    return b"".join(line for line in lines if line.strip())


def build_part(task: PartTask, extract: Callable[[Path], Extraction] | None = None) -> DocumentPart:
    """Read, extract and write one document into the cache; a failure is recorded, not raised.

    ``extract`` replaces reading and extracting (a caller that also wants the
    Extraction itself); its parts are never taken from the cache.
    """
    from zhkg.cache import DocumentCache

    cache = DocumentCache(task.cache_dir)
    entry = cache.get(task.key) if extract is None else None
    if entry is not None:  # another worker or run made it meanwhile
        return DocumentPart(
            task.path, entry.path, entry.statements, entry.relations, entry.warnings, cached=True
        )
    from zhkg.pipeline import extract_chinese, read

    lexicon, terms = _context(task.extensions)
    try:
        if extract is None:
            extraction = extract_chinese(read(task.path), lexicon)
        else:
            extraction = extract(task.path)
        data = document_ntriples(extraction, terms)
    except ZhkgError as err:
        return DocumentPart(task.path, None, error=str(err))
    entry = cache.put(
        task.key,
        data,
        statements=len(extraction.responsibilities),
        relations=len(extraction.relations),
        warnings=len(extraction.document.notices),
    )
    return DocumentPart(task.path, entry.path, entry.statements, entry.relations, entry.warnings)
