"""The only module that knows the order of the stages.

read (extract stage 1) -> extract (stage 2) -> build RDF (ontology) -> load (graph)
-> ask (queries). Each section below belongs to one stage; the CLI calls these.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from zhkg.extract.document import document_to_dict, read_document, read_documents
from zhkg.extract.evaluation import Score, read_gold, score
from zhkg.extract.export import eval_rows
from zhkg.extract.extractor import extract as extract_document
from zhkg.extract.model import Document, Extraction
from zhkg.ontology.lexicon import load_lexicon

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

# --- stage 4: property graph and questions ------------------------------------
