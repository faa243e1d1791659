"""The only module that knows the order of the stages.

read (extract stage 1) -> extract (stage 2) -> build RDF (ontology) -> load (graph)
-> ask (queries). Each section below belongs to one stage; the CLI calls these.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from zhkg.extract.document import document_to_dict, read_document, read_documents
from zhkg.extract.model import Document

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

# --- stage 3: RDF ------------------------------------------------------------

# --- stage 4: property graph and questions ------------------------------------
