"""The RDF formats zhkg reads and writes, by name, media type and file suffix.

Kept apart from ``serialize`` (and free of rdflib) so the command line can list
the formats in its help without importing an RDF library.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from zhkg.errors import RDFError

__all__ = ["FORMATS", "RDFFormat", "format_for_path", "rdf_format", "register_format"]


@dataclass(frozen=True, slots=True)
class RDFFormat:
    """One serialisation: our name, rdflib's serialiser and parser names, media type, suffix."""

    name: str
    serializer: str
    parser: str
    media_type: str
    suffix: str
    dataset: bool = False


FORMATS: dict[str, RDFFormat] = {}


def register_format(fmt: RDFFormat) -> None:
    """Make a format available by its name and its media type."""
    FORMATS[fmt.name] = fmt


for _fmt in (
    RDFFormat("turtle", "zhkg-turtle", "turtle", "text/turtle", ".ttl"),
    RDFFormat("json-ld", "json-ld", "json-ld", "application/ld+json", ".jsonld"),
    RDFFormat("nt", "nt", "nt", "application/n-triples", ".nt"),
    RDFFormat("trig", "trig", "trig", "application/trig", ".trig", dataset=True),
):
    register_format(_fmt)


def rdf_format(name: str) -> RDFFormat:
    """The format with this name or media type, or RDFError listing the known ones."""
    key = name.strip().lower()
    for fmt in FORMATS.values():
        if key in (fmt.name, fmt.media_type):
            return fmt
    known = ", ".join(sorted(FORMATS))
    raise RDFError(f"unknown RDF format {name!r}", hint=f"use one of {known}")


def format_for_path(path: str | Path, default: str = "turtle") -> RDFFormat:
    """The format a file name's suffix implies (``.ttl``, ``.jsonld``, ``.nt``, ``.trig``)."""
    suffix = Path(path).suffix.lower()
    aliases = {".json": "json-ld", ".n3": "turtle"}
    for fmt in FORMATS.values():
        if suffix == fmt.suffix:
            return fmt
    return rdf_format(aliases.get(suffix, default))
