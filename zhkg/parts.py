"""Stages 1-3 of one document, as a task a worker process or a Dask worker runs.

A task reads a file, extracts it and writes its triples as sorted N-Triples into
the document cache (a shared folder when the task runs on other machines). A big
text is read as bounded windows (``zhkg.extract.windows``), each part extracted
and its triples written to the entry before the next is read: only the file's
text is held whole, never its analysis or its graph. The
spaCy pipeline, jieba's dictionary, the lexicon and the ontology's term index
are loaded once per process and per set of extension ontologies, then reused by
every task that process runs. Only small, picklable values go to and from a task.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
    max_chars: int | None = None
    """A longer text fails (``--max-chars``); None: any length."""


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
    lexicon, terms = _context(task.extensions)
    counts = _Counts()
    if extract is None:
        extractions = extract_parts(task.path, lexicon, max_chars=task.max_chars)
    else:
        extractions = (extract(path) for path in [task.path])  # fails inside the try
    chunks = (document_ntriples(counts.add(extraction), terms) for extraction in extractions)
    try:
        entry = cache.put_chunks(task.key, chunks, counts.totals)
    except ZhkgError as err:
        return DocumentPart(task.path, None, error=str(err))
    return DocumentPart(task.path, entry.path, entry.statements, entry.relations, entry.warnings)


def extract_parts(
    path: Path, lexicon: Lexicon, *, max_chars: int | None = None
) -> Iterator[Extraction]:
    """Stages 1-2 of one file, one window at a time (a short file is one part).

    A file whose first part has no Chinese is refused, as a short one is; a
    later part without Chinese (an appendix of figures, say) is extracted like
    the others and yields no facts.
    """
    from zhkg.extract import windows
    from zhkg.extract.document import read_document_parts
    from zhkg.extract.extractor import extract
    from zhkg.pipeline import extract_chinese

    parts = read_document_parts(path, max_chars=max_chars, window_chars=windows.WINDOW_CHARS)
    for number, document in enumerate(parts):
        yield extract_chinese(document, lexicon) if number == 0 else extract(document, lexicon)


class _Counts:
    """Statements, relations and warnings of a file's parts, summed as they pass."""

    def __init__(self) -> None:
        self.statements = self.relations = self.warnings = 0

    def add(self, extraction: Extraction) -> Extraction:
        self.statements += len(extraction.responsibilities)
        self.relations += len(extraction.relations)
        self.warnings += len(extraction.document.notices)
        return extraction

    def totals(self) -> tuple[int, int, int]:
        return self.statements, self.relations, self.warnings
