"""The RDF formats zhkg reads and writes, by name, media type and file suffix.

Kept apart from ``serialize`` (and free of rdflib) so the command line can list
the formats in its help without importing an RDF library.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from zhkg.errors import RDFError

__all__ = [
    "FORMATS",
    "RDFFormat",
    "format_for_path",
    "output_format",
    "rdf_format",
    "register_format",
]


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
    # RDF/XML: what owlready2 and Protégé read (they cannot read Turtle).
    RDFFormat("xml", "xml", "xml", "application/rdf+xml", ".rdf"),
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
    for fmt in FORMATS.values():
        if suffix == fmt.suffix:
            return fmt
    return rdf_format(_SUFFIX_ALIASES.get(suffix, default))


_SUFFIX_ALIASES = {".json": "json-ld", ".n3": "turtle", ".owl": "xml", ".xml": "xml"}


def output_format(path: str | Path, name: str | None = None) -> RDFFormat:
    """The format to write ``path`` in; a suffix that contradicts ``name`` is refused.

    ``x.graphml`` or ``x.csv`` are not RDF at all, and ``x.ttl`` with
    ``--format nt`` would mislead every tool that trusts the suffix; a path
    without a suffix takes ``name`` (default Turtle).
    """
    suffix = Path(path).suffix.lower()
    implied = next((f for f in FORMATS.values() if suffix == f.suffix), None)
    if implied is None and suffix in _SUFFIX_ALIASES:
        implied = rdf_format(_SUFFIX_ALIASES[suffix])
    chosen = rdf_format(name) if name else (implied or rdf_format("turtle"))
    if suffix and implied is None:
        raise RDFError(
            f"{path}: {suffix} is not an RDF file suffix",
            hint=f"name it *{chosen.suffix} for {chosen.name}"
            + ("; GraphML, GEXF and CSV come from `zhkg export`" if not name else ""),
        )
    if implied is not None and implied.name != chosen.name:
        raise RDFError(
            f"{path}: the suffix {suffix} means {implied.name}, but the format asked is "
            f"{chosen.name}",
            hint=f"name the file *{chosen.suffix} or give --format {implied.name}",
        )
    return chosen
