"""Where a view's graph comes from: texts (built here), RDF files, or a property-graph store.

Texts are built once through the pipeline; the reading warnings of each document
(mojibake, truncation, removed chrome), which the RDF does not carry, are kept
on the side for the report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from zhkg import pipeline
from zhkg.errors import InputError, StoreUnavailableError
from zhkg.export.property_graph import PropertyGraph, property_graph
from zhkg.extract.model import Extraction, Notice
from zhkg.graph.config import StoreSettings
from zhkg.graph.store import open_store
from zhkg.ontology.builder import FileOutcome
from zhkg.ontology.iris import document_iri
from zhkg.ontology.lexicon import load_lexicon
from zhkg.ontology.ontology import load_ontology
from zhkg.views.facts import Facts, facts_from_property_graph
from zhkg.views.store_facts import facts_from_store

__all__ = ["Collected", "collect", "facts_for", "store_facts"]


@dataclass(frozen=True, slots=True)
class Collected:
    """The RDF of the inputs, its property graph, reading warnings by document IRI, failures."""

    graph: Graph
    property_graph: PropertyGraph
    notices: dict[str, tuple[Notice, ...]]
    failures: tuple[FileOutcome, ...]

    def facts(self) -> Facts:
        return facts_from_property_graph(self.property_graph, self.graph, self.notices)


def collect(
    paths: Sequence[str | Path],
    *,
    extensions: Sequence[str | Path] = (),
    on_file: Callable[[FileOutcome], None] | None = None,
) -> Collected:
    """Build (texts) or parse (``.ttl``/``.nt``/… files) the inputs into one graph."""
    rdf_files = [Path(p) for p in paths if Path(p).suffix.lower() in pipeline.RDF_SUFFIXES]
    texts = [p for p in paths if Path(p).suffix.lower() not in pipeline.RDF_SUFFIXES]
    graph = Graph()
    for path in rdf_files:
        graph += pipeline.parse_zhkg_graph(path)
    notices: dict[str, tuple[Notice, ...]] = {}
    failures: tuple[FileOutcome, ...] = ()
    if texts:
        lexicon = load_lexicon(extensions)

        def extract(path: Path) -> Extraction:
            extraction = pipeline.extract_chinese(pipeline.read(path), lexicon)
            notices[str(document_iri(extraction.document.id))] = extraction.document.notices
            return extraction

        corpus = pipeline.build_rdf(texts, extensions=extensions, on_file=on_file, extract=extract)
        if len(corpus.failures) == len(corpus.outcomes) and not rdf_files:
            raise InputError(texts[0], "no input file could be read; nothing to show")
        graph += corpus.graph
        failures = corpus.failures
    return Collected(graph, property_graph(graph, load_ontology(extensions)), notices, failures)


def facts_for(
    paths: Sequence[str | Path],
    *,
    extensions: Sequence[str | Path] = (),
    on_file: Callable[[FileOutcome], None] | None = None,
) -> tuple[Facts, tuple[FileOutcome, ...]]:
    """The facts of files or folders, and the files that failed."""
    collected = collect(paths, extensions=extensions, on_file=on_file)
    return collected.facts(), collected.failures


def store_facts(settings: StoreSettings) -> Facts:
    """The facts held by a property-graph store (embedded or Neo4j), read-only."""
    with open_store(settings, read_only=True) as store:
        if store.counts().nodes == 0:
            raise StoreUnavailableError(
                f"{store.describe()} holds no graph (it is empty)",
                hint="give files or folders, or load them first with zhkg load PATH",
            )
        return facts_from_store(store)
