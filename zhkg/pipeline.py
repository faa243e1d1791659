"""The only module that knows the order of the stages.

read (extract stage 1) -> extract (stage 2) -> build RDF (ontology) -> load (graph)
-> ask (queries). Each section below belongs to one stage; the CLI calls these.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from rdflib import Graph

from zhkg.extract.document import document_to_dict, read_document, read_documents
from zhkg.extract.evaluation import Score, read_gold, score
from zhkg.extract.export import eval_rows
from zhkg.extract.extractor import extract as extract_document
from zhkg.extract.model import Document, Extraction
from zhkg.extract.reading import iter_input_files
from zhkg.ontology.builder import CorpusGraph, FileOutcome, build_corpus
from zhkg.ontology.lexicon import lexicon_from_graph, load_lexicon
from zhkg.ontology.ontology import TermIndex, load_ontology
from zhkg.ontology.serialize import parse_graph, write_graph
from zhkg.ontology.validate import ValidationReport, validate_graph

# --- stage 1: read, clean, structure, segment --------------------------------


def read(path: str | Path) -> Document:
    """Stage 1 for one file: read, clean, structure and split it into sentences."""
    return read_document(path)


def read_all(paths: Iterable[str | Path]) -> Iterator[Document]:
    """Stage 1 for files and folders (folders sorted, recursive); bad paths fail first."""
    return read_documents(list(paths))


def document_as_dict(document: Document) -> dict[str, Any]:
    """A Document as JSON-ready data (what `zhkg segment --json` prints)."""
    return document_to_dict(document)


# --- stage 2: extract stakeholders, responsibilities, relations ---------------


def extract_paths(
    paths: str | Path | Iterable[str | Path], *, extensions: Iterable[str | Path] = ()
) -> Iterator[Extraction]:
    """Stages 1-2 for files and folders: one Extraction per document.

    ``extensions`` are extension ontologies (Turtle) adding parties, aliases and
    categories to the lexicon; it is loaded once for all documents.
    """
    lexicon = load_lexicon(extensions)
    for document in read_documents(paths):
        yield extract_document(document, lexicon)


def evaluate(
    paths: str | Path | Iterable[str | Path],
    gold: str | Path,
    *,
    extensions: Iterable[str | Path] = (),
) -> Score:
    """Score the responsibilities extracted from ``paths`` against a gold TSV."""
    gold_rows = read_gold(gold)  # a bad gold file fails before any extraction
    predictions = [row for ex in extract_paths(paths, extensions=extensions) for row in eval_rows(ex)]
    return score(predictions, gold_rows)


# --- stage 3: RDF ------------------------------------------------------------


def build_rdf(
    paths: Sequence[str | Path],
    *,
    extensions: Sequence[str | Path] = (),
    with_ontology: bool = False,
    on_file: Callable[[FileOutcome], None] | None = None,
    extract: Callable[[Path], Extraction] | None = None,
) -> CorpusGraph:
    """Stages 1-3 over files and directories: one merged RDF graph.

    Every path is expanded first, so a missing path fails before any work. A
    file that cannot be read or extracted is recorded in the outcome and
    skipped; the others still make the graph. ``extensions`` are extension
    ontologies: they extend the extractor's lexicon and the graph's classes alike.
    """
    files = [file for path in paths for file in iter_input_files(path)]
    ontology = load_ontology(extensions)
    if extract is None:
        lexicon = lexicon_from_graph(ontology)

        def extract(path: Path) -> Extraction:
            return extract_document(read(path), lexicon)

    corpus = build_corpus(files, extract, TermIndex.from_graph(ontology), on_file=on_file)
    if with_ontology:
        graph = corpus.graph
        graph += ontology
    return corpus


def write_rdf(graph: Graph, out: str | Path, fmt: str | None = None) -> Path:
    """Write a graph atomically in a named format (or the one ``out``'s suffix implies)."""
    return write_graph(graph, out, fmt)


def validate_rdf(
    paths: Sequence[str | Path], *, extensions: Sequence[str | Path] = ()
) -> ValidationReport:
    """Parse RDF files and check them against the zhkg SHACL shapes."""
    data = Graph()
    for path in paths:
        data += parse_graph(path)
    return validate_graph(data, extensions=extensions)


# --- stage 4: property graph and questions ------------------------------------
