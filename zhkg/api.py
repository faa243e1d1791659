"""The Python API for scripts and notebooks: each stage as one call, results as DataFrames.

A thin layer over ``zhkg.pipeline``, like the CLI: ``extract`` (stages 1-2),
``build_graph`` (1-3, with corrections), ``load`` (into the embedded store or
Neo4j), ``ask`` and ``query``. The store is chosen as on the command line: a
path is an embedded LadybugDB file, a ``bolt://``/``neo4j://`` URI is a Neo4j
server (user, password and database from ``NEO4J_*``), and nothing means the
configured default (``NEO4J_URI``, ``ZHKG_DB`` or ``graph.lbug`` in the user
data directory), the same store every ``zhkg`` command uses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from rdflib import Graph

from zhkg import pipeline
from zhkg.extract.export import records
from zhkg.extract.model import Extraction
from zhkg.graph.config import EmbeddedSettings, Neo4jSettings, StoreSettings, resolve_settings
from zhkg.graph.store import DEFAULT_BATCH_SIZE
from zhkg.ontology.builder import CorpusGraph
from zhkg.queries.ask import Answer
from zhkg.queries.frames import Rows, to_frame

__all__ = ["Extractions", "ask", "build_graph", "extract", "load", "query", "store_settings"]

Store = str | Path | StoreSettings | None
"""Where the property graph is: a database path, a Neo4j URI, settings, or the default."""

_KINDS = {
    "responsibilities": "responsibility",
    "relations": "relation",
    "stakeholders": "stakeholder",
}


def store_settings(store: Store = None) -> StoreSettings:
    """The settings ``store`` names (see the module docstring)."""
    if isinstance(store, EmbeddedSettings | Neo4jSettings):
        return store
    if store is None:
        return resolve_settings()
    text = str(store)
    if "://" in text:
        return resolve_settings(neo4j_uri=text)
    return resolve_settings(db=text)


class Extractions(list[Extraction]):
    """The Extraction of each document, with its facts as DataFrames."""

    def records(self, kind: str = "responsibilities") -> list[dict[str, Any]]:
        """One dict per responsibility, relation or stakeholder mention, with provenance."""
        if kind not in _KINDS:
            raise ValueError(f"kind must be one of {', '.join(_KINDS)}, not {kind!r}")
        return [
            record
            for extraction in self
            for record in records(extraction)
            if record["type"] == _KINDS[kind]
        ]

    def to_pandas(self, kind: str = "responsibilities") -> Any:
        """``responsibilities`` (default), ``relations`` or ``stakeholders`` as a DataFrame."""
        return to_frame(self.records(kind))


def extract(
    paths: str | Path | Iterable[str | Path], *, extensions: Iterable[str | Path] = ()
) -> Extractions:
    """Read and extract files or folders: stakeholders, responsibilities, relations."""
    return Extractions(pipeline.extract_paths(paths, extensions=extensions))


def build_graph(
    paths: str | Path | Sequence[str | Path],
    *,
    extensions: Sequence[str | Path] = (),
    corrections: str | Path | None = None,
    with_ontology: bool = False,
) -> CorpusGraph:
    """The RDF graph of files or folders (``.graph``), corrected by a corrections file."""
    return pipeline.build_rdf(
        [paths] if isinstance(paths, str | Path) else list(paths),
        extensions=extensions,
        corrections=corrections,
        with_ontology=with_ontology,
    )


def load(
    source: str | Path | Sequence[str | Path] | Graph | CorpusGraph,
    *,
    store: Store = None,
    extensions: Sequence[str | Path] = (),
    corrections: str | Path | None = None,
    prune: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> pipeline.GraphLoad:
    """Load a graph, RDF files or texts into the property graph.

    A document loaded again replaces what the store held of it; ``prune``
    removes the store's documents that ``source`` does not hold.
    """
    settings = store_settings(store)
    if isinstance(source, CorpusGraph | Graph):
        graph = source.graph if isinstance(source, CorpusGraph) else source
        if corrections is not None:
            graph = _copy(graph)
            pipeline.correct_rdf(graph, corrections, extensions=extensions)
        failures = source.failures if isinstance(source, CorpusGraph) else ()
        return pipeline.load_rdf(
            graph,
            settings,
            extensions=extensions,
            failures=failures,
            batch_size=batch_size,
            prune=prune,
        )
    paths = [source] if isinstance(source, str | Path) else list(source)
    return pipeline.load_graph(
        paths,
        settings,
        extensions=extensions,
        batch_size=batch_size,
        prune=prune,
        corrections=corrections,
    )


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True)
    copy += graph
    return copy


def ask(question: str, *, store: Store = None, extensions: Sequence[str | Path] = ()) -> Answer:
    """Answer a Chinese question; ``.rows`` with evidence, ``.to_pandas()``, ``.note`` if none."""
    return pipeline.ask_graph(store_settings(store), question, extensions=extensions)


def query(cypher: str, params: Mapping[str, object] | None = None, *, store: Store = None) -> Rows:
    """Run a read-only Cypher query; the rows convert with ``.to_pandas()``."""
    return Rows(pipeline.query_graph(store_settings(store), cypher, params))
