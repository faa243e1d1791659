"""RDF formats by name and media type; atomic writes; parsing with one-line errors.

Formats are registered like rdflib's plugins (a name, a media type, a file
suffix), so the CLI's ``--format`` and content negotiation share one table.
TriG is written as a dataset whose default graph holds the triples, and read
back by unioning every graph, so a TriG file round-trips to the same Graph.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from rdflib import Dataset, Graph, Literal, plugin
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.serializer import Serializer
from rdflib.term import Node

from zhkg.atomic import write_atomic
from zhkg.errors import RDFError
from zhkg.ontology.formats import (
    FORMATS,
    RDFFormat,
    format_for_path,
    output_format,
    rdf_format,
    register_format,
)
from zhkg.ontology.namespace import ZHKG, ZHKG_ID
from zhkg.ontology.offline import check_jsonld_contexts

# rdflib logs a full traceback for every literal whose text does not fit its datatype;
# parse_graph reports the first such literal itself, in one line.
logging.getLogger("rdflib.term").addHandler(logging.NullHandler())

__all__ = [
    "FORMATS",
    "PREFIXES",
    "RDFFormat",
    "bind_prefixes",
    "format_for_path",
    "one_line",
    "output_format",
    "parse_graph",
    "rdf_format",
    "register_format",
    "serialize_graph",
    "write_graph",
]

PREFIXES: dict[str, str] = {
    "zhkg": str(ZHKG._NS),
    "zhkgid": str(ZHKG_ID),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "bibo": "http://purl.org/ontology/bibo/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}


class MemoTurtleSerializer(TurtleSerializer):
    """rdflib's Turtle serialiser with each IRI's prefixed name computed once.

    rdflib recomputes ``get_pname`` for every occurrence of an IRI, and instance
    IRIs (``…/id/doc/x/sentence/3``) have no prefixed name, so each occurrence
    fails through ``split_uri`` again; that was half the time of a corpus export.
    The output is byte-for-byte rdflib's.
    """

    def reset(self) -> None:
        super().reset()
        self._pnames: dict[tuple[Node, bool], str | None] = {}

    def get_pname(self, uri: Node, gen_prefix: bool = True) -> str | None:
        key = (uri, gen_prefix)
        if key not in self._pnames:
            self._pnames[key] = super().get_pname(uri, gen_prefix)
        return self._pnames[key]


plugin.register("zhkg-turtle", Serializer, __name__, "MemoTurtleSerializer")


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes (replacing rdflib's defaults for the same names)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def serialize_graph(graph: Graph, fmt: RDFFormat | str = "turtle") -> bytes:
    """The graph in a format, as UTF-8 bytes."""
    fmt = rdf_format(fmt) if isinstance(fmt, str) else fmt
    bind_prefixes(graph)
    try:
        if fmt.dataset:
            dataset = Dataset()
            bind_prefixes(dataset)
            dataset.default_graph += graph
            return dataset.serialize(format=fmt.serializer, encoding="utf-8")
        if fmt.serializer == "json-ld":
            return graph.serialize(
                format="json-ld", context=dict(PREFIXES), auto_compact=True, encoding="utf-8"
            )
        return graph.serialize(format=fmt.serializer, encoding="utf-8")
    except Exception as exc:  # rdflib's serialisers raise assorted types
        raise RDFError(f"cannot serialise the graph as {fmt.name}: {one_line(exc)}") from exc


def write_graph(graph: Graph, path: str | Path, fmt: RDFFormat | str | None = None) -> Path:
    """Write atomically: a reader sees the old file or the whole new one, never half."""
    target = Path(path)
    chosen = format_for_path(target) if fmt is None else fmt
    data = serialize_graph(graph, chosen)
    return write_atomic(target, data, error=RDFError, example=", e.g. corpus.ttl")


def parse_graph(source: str | Path, fmt: RDFFormat | str | None = None) -> Graph:
    """Read an RDF file into one Graph; a syntax error becomes a one-line RDFError."""
    path = Path(source)
    if path.is_dir():
        raise RDFError(f"{path}: is a directory", hint="give the path of an RDF file")
    if not path.is_file():
        raise RDFError(f"{path}: no such file", hint="give the path of an RDF file")
    chosen = format_for_path(path) if fmt is None else fmt
    chosen = rdf_format(chosen) if isinstance(chosen, str) else chosen
    if chosen.parser == "json-ld":
        check_jsonld_contexts(path)  # rdflib would download a referenced context
    graph = bind_prefixes(Graph())
    try:
        if chosen.dataset:
            dataset = Dataset()
            dataset.parse(path, format=chosen.parser)
            for named in dataset.graphs():
                graph += named
        else:
            graph.parse(path, format=chosen.parser)
    except Exception as exc:  # rdflib's parsers raise many exception types
        raise RDFError(
            f"{path}: not valid {chosen.name} ({one_line(exc)})",
            hint=f"fix the syntax error at the position shown (the format follows the "
            f"suffix: {', '.join(sorted(known.suffix for known in FORMATS.values()))})",
        ) from exc
    _refuse_ill_typed(graph, path)
    return graph


def _refuse_ill_typed(graph: Graph, path: Path) -> None:
    """A literal whose text is not of its datatype (``"abc"^^xsd:integer``) is an error.

    rdflib keeps such a literal (and logs a traceback, silenced above); zhkg would
    only fail later, far from the cause.
    """
    for subject, predicate, value in graph:
        if isinstance(value, Literal) and value.ill_typed:
            names = graph.namespace_manager
            datatype = names.normalizeUri(str(value.datatype))
            raise RDFError(
                f"{path}: {str(value)!r} is not a valid {datatype} "
                f"(the value of {names.normalizeUri(str(predicate))} "
                f"of {subject.n3(graph.namespace_manager)})",
                hint="write a value of that datatype, or drop the ^^datatype",
            )


def one_line(exc: BaseException, limit: int = 200) -> str:
    """An exception's message on one line, cut to ``limit`` characters (for RDF/SPARQL errors)."""
    text = re.sub(r"\s+", " ", str(exc)).strip() or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"
