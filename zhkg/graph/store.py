"""The small interface both property-graph backends implement.

``ensure_schema()`` declares constraints or tables, ``load(groups)`` writes one
document per transaction with batched ``UNWIND $rows … MERGE`` statements (so
reloading changes nothing and a failure leaves no half-loaded document),
``run(query, params)`` reads and returns plain dict rows, ``close()`` releases
the connection. The MERGE statements are generated here from
``zhkg.graph.schema`` so both backends write exactly the same graph.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from importlib import import_module
from types import TracebackType
from typing import TYPE_CHECKING

from zhkg.errors import GraphStoreError
from zhkg.graph.config import StoreSettings
from zhkg.graph.schema import NODE_TABLES, REL_TABLES, NodeTable, Property, RelTable

if TYPE_CHECKING:  # rows need rdflib, which reading a store does not
    from zhkg.graph.rows import DocumentRows, Row

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "Batch",
    "GraphStore",
    "LoadReport",
    "Params",
    "QueryRows",
    "StoreCounts",
    "document_batches",
    "node_batches",
    "node_statement",
    "open_store",
    "register_backend",
    "relationship_batches",
    "relationship_statement",
]

DEFAULT_BATCH_SIZE = 1000

QueryRows = list[dict[str, object]]
Params = Mapping[str, object] | None


@dataclass(frozen=True, slots=True)
class Batch:
    """One parameterised statement and the rows it unwinds."""

    query: str
    rows: list[Row]


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What a load wrote: documents (transactions), node rows and edge rows merged."""

    documents: int
    nodes: int
    relationships: int


@dataclass(frozen=True, slots=True)
class StoreCounts:
    """How many nodes and relationships a store holds."""

    nodes: int
    relationships: int


def _value(prop: Property, typed: bool) -> str:
    """``row.p``, or ``CAST(row.p AS T)`` where the store infers a batch's types.

    LadybugDB types a parameter column from its values, so a batch where every
    ``start_offset`` is missing arrives as STRING; the cast keeps the column type.
    """
    if typed and prop.type != "STRING":
        return f"CAST(row.{prop.name} AS {prop.type})"
    return f"row.{prop.name}"


def node_statement(table: NodeTable, *, typed: bool = False) -> str:
    """``UNWIND $rows AS row MERGE (n:Label {iri: row.iri}) SET n.p = row.p …``."""
    sets = ", ".join(
        f"n.{prop.name} = {_value(prop, typed)}" for prop in table.properties if prop.name != "iri"
    )
    return f"UNWIND $rows AS row MERGE (n:{table.label} {{iri: row.iri}}) SET {sets}"


def relationship_statement(table: RelTable, *, typed: bool = False) -> str:
    """MERGE one edge per row between two nodes matched by IRI."""
    key = f" {{{table.key}: row.{table.key}}}" if table.key else ""
    sets = ", ".join(
        f"e.{prop.name} = {_value(prop, typed)}"
        for prop in table.properties
        if prop.name != table.key
    )
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:{table.source} {{iri: row.source}}) "
        f"MATCH (b:{table.target} {{iri: row.target}}) "
        f"MERGE (a)-[e:{table.type}{key}]->(b)" + (f" SET {sets}" if sets else "")
    )


def _chunks(rows: list[Row], size: int) -> Iterator[list[Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def node_batches(
    group: DocumentRows, batch_size: int = DEFAULT_BATCH_SIZE, *, typed: bool = False
) -> list[Batch]:
    """The node MERGE statements of one document, label by label."""
    batches: list[Batch] = []
    for node_table in NODE_TABLES:
        query = node_statement(node_table, typed=typed)
        batches.extend(
            Batch(query, chunk) for chunk in _chunks(group.node_rows(node_table.label), batch_size)
        )
    return batches


def relationship_batches(
    group: DocumentRows, batch_size: int = DEFAULT_BATCH_SIZE, *, typed: bool = False
) -> list[Batch]:
    """The edge MERGE statements of one document; its nodes must exist first."""
    batches: list[Batch] = []
    for rel_table in REL_TABLES:
        query = relationship_statement(rel_table, typed=typed)
        batches.extend(
            Batch(query, chunk)
            for chunk in _chunks(group.relationship_rows(rel_table.type), batch_size)
        )
    return batches


def document_batches(
    group: DocumentRows, batch_size: int = DEFAULT_BATCH_SIZE, *, typed: bool = False
) -> list[Batch]:
    """Every statement of one document: all nodes first, then all edges."""
    return node_batches(group, batch_size, typed=typed) + relationship_batches(
        group, batch_size, typed=typed
    )


class GraphStore(ABC):
    """A property-graph backend; use it as a context manager."""

    backend: str = ""
    notices: list[str]
    """Warnings the store gave about the last ``run`` (e.g. an unknown label on Neo4j)."""

    @abstractmethod
    def ensure_schema(self) -> None:
        """Declare constraints / tables; safe to call on every start."""

    @abstractmethod
    def load_document(self, group: DocumentRows, *, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        """Write one document in one transaction; raise LoadError after rolling back."""

    @abstractmethod
    def run(self, query: str, params: Params = None) -> QueryRows:
        """Run a read-only query; rows as dicts of plain values, in the query's order."""

    @abstractmethod
    def run_read_only(self, query: str, params: Params = None) -> QueryRows:
        """Run a query from outside zhkg: refused unless the database's plan is a read.

        ``run`` is for zhkg's own named queries; this is the path of ``zhkg
        query``, behind the tokenizer guard of ``zhkg.queries.readonly``.
        """

    @abstractmethod
    def remove_document(self, document: str) -> None:
        """Delete a document, its facts and what only it supported, in one transaction."""

    def documents(self) -> list[str]:
        """The IRIs of the documents the store holds."""
        rows = self.run("MATCH (d:Document) RETURN d.iri AS iri ORDER BY iri")
        return [str(row["iri"]) for row in rows]

    @abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship (tests, benchmarks, a fresh reload)."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection; the store cannot be used afterwards."""

    @abstractmethod
    def describe(self) -> str:
        """Where the store is, for messages."""

    def load(
        self, groups: Iterable[DocumentRows], *, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> LoadReport:
        """Load each document in its own transaction (schema first)."""
        if batch_size < 1:  # range(0, n, 0) fails, a negative step loads nothing at all
            raise GraphStoreError(
                f"batch size {batch_size} is not a positive number of rows",
                hint="give --batch-size 1 or more; the default is 1000",
            )
        self.ensure_schema()
        documents = nodes = relationships = 0
        for group in groups:
            self.load_document(group, batch_size=batch_size)
            documents += 1
            nodes += group.node_count
            relationships += group.relationship_count
        return LoadReport(documents=documents, nodes=nodes, relationships=relationships)

    def counts(self) -> StoreCounts:
        """Node and relationship totals, e.g. to show that a reload changed nothing."""
        nodes = self.run("MATCH (n) RETURN count(n) AS n")
        edges = self.run("MATCH ()-[r]->() RETURN count(r) AS n")
        return StoreCounts(nodes=_as_int(nodes[0]["n"]), relationships=_as_int(edges[0]["n"]))

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def _as_int(value: object) -> int:
    return int(value) if isinstance(value, int | float | str) else 0


#: Backends by the name of their settings class: "module:Class", imported on first use
#: (rdflib-plugin style), so this module never imports a driver.
_BACKENDS: dict[str, str] = {
    "Neo4jSettings": "zhkg.graph.neo4j_store:Neo4jStore",
    "EmbeddedSettings": "zhkg.graph.embedded_store:EmbeddedStore",
}


def register_backend(settings_class: str, implementation: str) -> None:
    """Make ``open_store`` open settings of ``settings_class`` with "module:Class"."""
    _BACKENDS[settings_class] = implementation


def open_store(settings: StoreSettings, *, read_only: bool = False) -> GraphStore:
    """The backend for ``settings``; nothing connects until the first call.

    Every backend takes the settings and ``read_only`` (a server enforces it
    per session, the embedded store per file).
    """
    implementation = _BACKENDS.get(type(settings).__name__)
    if implementation is None:
        raise TypeError(f"unknown store settings {settings!r}")
    module, _, name = implementation.partition(":")
    backend: type[GraphStore] = getattr(import_module(module), name)
    return backend(settings, read_only=read_only)  # type: ignore[call-arg]  # abstract base
