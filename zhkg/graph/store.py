"""The small interface both property-graph backends implement.

``ensure_schema()`` declares constraints or tables, ``load(groups)`` writes
documents with batched ``UNWIND $rows … MERGE`` statements, ``run(query,
params)`` reads and returns plain dict rows, ``close()`` releases the
connection. The MERGE statements are generated here from ``zhkg.graph.schema``
so both backends write exactly the same graph.

A load groups consecutive documents into one transaction up to a bounded number
of rows (a round trip per statement, not per document, is what a corpus of small
documents pays for), but never splits a document: one bigger than the bound is a
transaction of its own, and a failed transaction leaves none of its documents.
Each document's rows have a fingerprint stored on its ``Document`` node; a
document the store already holds with the same fingerprint is skipped.
"""

from __future__ import annotations

import hashlib
import json
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence, Sized
from contextlib import closing
from dataclasses import dataclass
from importlib import import_module
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from zhkg.errors import GraphStoreError, LoadError
from zhkg.graph.ahead import read_ahead
from zhkg.graph.config import StoreSettings
from zhkg.graph.schema import NODE_TABLES, REL_TABLES, NodeTable, Property, RelTable

if TYPE_CHECKING:  # rows need rdflib, which reading a store does not
    from zhkg.graph.rows import DocumentRows, Row

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_TRANSACTION_ROWS",
    "Batch",
    "GraphStore",
    "LoadProgress",
    "LoadReport",
    "Params",
    "QueryRows",
    "StoreCounts",
    "document_batches",
    "document_fingerprint",
    "merge_documents",
    "node_batches",
    "node_statement",
    "not_loaded",
    "open_store",
    "register_backend",
    "relationship_batches",
    "relationship_statement",
    "row_chunks",
    "transactions",
]

DEFAULT_BATCH_SIZE = 1000
DEFAULT_TRANSACTION_ROWS = 5000
"""Rows (nodes and edges) per transaction before the next document starts a new one."""

QueryRows = list[dict[str, object]]
_T = TypeVar("_T")
Params = Mapping[str, object] | None


@dataclass(frozen=True, slots=True)
class Batch:
    """One parameterised statement and the rows it unwinds (maps, or lists by position)."""

    query: str
    rows: list[Row] | list[list[object]]


@dataclass(frozen=True, slots=True)
class LoadReport:
    """What a load wrote: documents written, node rows and edge rows merged, what it skipped."""

    documents: int
    nodes: int
    relationships: int
    skipped: int = 0
    """Documents the store already held with the same fingerprint (not written again)."""
    transactions: int = 0


@dataclass(frozen=True, slots=True)
class LoadProgress:
    """How far a load is: documents done (written or skipped) of ``total`` (None: unknown)."""

    done: int
    total: int | None
    written: int
    skipped: int


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


def relationship_statement(table: RelTable, *, typed: bool = False, create: bool = False) -> str:
    """MERGE (or, with ``create``, CREATE) one edge per row between two nodes matched by IRI."""
    key = f" {{{table.key}: row.{table.key}}}" if table.key else ""
    sets = ", ".join(
        f"e.{prop.name} = {_value(prop, typed)}"
        for prop in table.properties
        if prop.name != table.key
    )
    verb = "CREATE" if create else "MERGE"
    return (
        f"UNWIND $rows AS row "
        f"MATCH (a:{table.source} {{iri: row.source}}) "
        f"MATCH (b:{table.target} {{iri: row.target}}) "
        f"{verb} (a)-[e:{table.type}{key}]->(b)" + (f" SET {sets}" if sets else "")
    )


def row_chunks(rows: list[_T], size: int) -> Iterator[list[_T]]:
    """``rows`` in consecutive slices of at most ``size``."""
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def node_batches(
    group: DocumentRows, batch_size: int = DEFAULT_BATCH_SIZE, *, typed: bool = False
) -> list[Batch]:
    """The node MERGE statements of one document, label by label."""
    batches: list[Batch] = []
    for node_table in NODE_TABLES:
        query = node_statement(node_table, typed=typed)
        # every row names every property (a missing one is a null), as LadybugDB requires
        empty = dict.fromkeys(node_table.names)
        rows = [
            row if all(name in row for name in empty) else empty | row
            for row in group.node_rows(node_table.label)
        ]
        batches.extend(Batch(query, chunk) for chunk in row_chunks(rows, batch_size))
    return batches


def relationship_batches(
    group: DocumentRows,
    batch_size: int = DEFAULT_BATCH_SIZE,
    *,
    typed: bool = False,
    owned: Collection[str] = (),
) -> list[Batch]:
    """The edge statements of one document; its nodes must exist first.

    Edges are merged, except those whose ``document`` is one of ``owned``: the
    documents whose facts the transaction has just deleted (or that the store
    never held), so their edges cannot exist yet and are created, which spares
    the server a look for an equal edge on every row.
    """
    batches: list[Batch] = []
    for rel_table in REL_TABLES:
        empty = dict.fromkeys(rel_table.names)
        rows = [
            row if all(name in row for name in empty) else empty | row
            for row in group.relationship_rows(rel_table.type)
        ]
        new = [row for row in rows if row.get("document") in owned]
        merged = [row for row in rows if row.get("document") not in owned]
        for create, part in ((False, merged), (True, new)):
            query = relationship_statement(rel_table, typed=typed, create=create)
            batches.extend(Batch(query, chunk) for chunk in row_chunks(part, batch_size))
    return batches


def document_batches(
    group: DocumentRows, batch_size: int = DEFAULT_BATCH_SIZE, *, typed: bool = False
) -> list[Batch]:
    """Every statement of one document: all nodes first, then all edges."""
    return node_batches(group, batch_size, typed=typed) + relationship_batches(
        group, batch_size, typed=typed
    )


_SCHEMA_DIGEST = hashlib.sha256(repr((NODE_TABLES, REL_TABLES)).encode()).hexdigest()


def document_fingerprint(group: DocumentRows) -> str:
    """A digest of everything a document writes (and of the schema it is written in).

    Equal fingerprints mean a load would write exactly what the store already
    holds of the document, so it can be skipped. The stored fingerprint itself
    is left out.
    """
    nodes = {
        label: {
            iri: {key: value for key, value in row.items() if key != "fingerprint"}
            for iri, row in rows.items()
        }
        for label, rows in group.nodes.items()
    }
    text = json.dumps(
        [_SCHEMA_DIGEST, group.document, nodes, group.relationships],
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(text.encode()).hexdigest()


def merge_documents(groups: Sequence[DocumentRows]) -> DocumentRows:
    """The rows of several documents as one group, for one transaction.

    A node two documents share is written once, with the later document's row
    (what loading them one after the other would leave); edges are told apart by
    their ends as well as their key, since a key is only unique within a document.
    """
    from zhkg.graph.rows import DocumentRows

    merged = DocumentRows(document=None)
    for group in groups:
        for label, rows in group.nodes.items():
            merged.nodes.setdefault(label, {}).update(rows)
        for rel_type, edges in group.relationships.items():
            for key, row in edges.items():
                merged.add_relationship(
                    rel_type, f"{key}\x00{row.get('source')}\x00{row.get('target')}", row
                )
    return merged


def transactions(groups: Iterable[DocumentRows], max_rows: int) -> Iterator[list[DocumentRows]]:
    """Consecutive documents, as many per transaction as fit in ``max_rows`` rows.

    A document is never split: one with more rows than ``max_rows`` goes alone.
    """
    pending: list[DocumentRows] = []
    rows = 0
    for group in groups:
        size = group.node_count + group.relationship_count
        if pending and rows + size > max_rows:
            yield pending
            pending, rows = [], 0
        pending.append(group)
        rows += size
    if pending:
        yield pending


def not_loaded(documents: Sequence[str | None], where: str, reason: str) -> LoadError:
    """The error of a failed load transaction: the documents it held, and that none was kept."""
    shown = ", ".join(document or "(no document)" for document in documents[:3])
    more = f" and {len(documents) - 3} more" if len(documents) > 3 else ""
    if len(documents) == 1:
        return LoadError(
            f"document {shown} was not loaded into {where}: {reason}",
            hint="nothing of it was kept; fix the input and load again",
        )
    return LoadError(
        f"documents {shown}{more} were not loaded into {where}: {reason}",
        hint="nothing of these documents was kept (documents loaded before them are); "
        "fix the input and load again",
    )


class _Tally:
    """What a load has done so far, told to its progress callback.

    Skipped documents are met where the input is read, which for a server is the
    read-ahead thread, and written ones in the caller's thread: a lock keeps the
    counts and the callbacks in one order.
    """

    def __init__(self, total: int | None, on_progress: Callable[[LoadProgress], None] | None):
        self.total = total
        self.on_progress = on_progress
        self.lock = threading.Lock()
        self.written = self.skipped = self.nodes = self.relationships = self.transactions = 0
        self.done = 0  # documents written or skipped (the group of no document is not one)

    def _report(self) -> None:
        if self.on_progress is not None:
            progress = LoadProgress(self.done, self.total, self.done - self.skipped, self.skipped)
            self.on_progress(progress)

    def skip(self) -> None:
        with self.lock:
            self.skipped += 1
            self.done += 1
            self._report()

    def write(self, batch: Sequence[DocumentRows]) -> None:
        with self.lock:
            self.transactions += 1
            self.written += len(batch)
            self.done += sum(1 for group in batch if group.document is not None)
            self.nodes += sum(group.node_count for group in batch)
            self.relationships += sum(group.relationship_count for group in batch)
            self._report()

    def report(self) -> LoadReport:
        """The load's report; an empty load still tells its callback once."""
        with self.lock:
            if not self.transactions and not self.skipped:
                self._report()
            return LoadReport(
                self.written,
                self.nodes,
                self.relationships,
                skipped=self.skipped,
                transactions=self.transactions,
            )


class GraphStore(ABC):
    """A property-graph backend; use it as a context manager."""

    backend: str = ""
    read_ahead: int = 0
    """Transactions read, fingerprinted and prepared ahead, in a thread, while one runs
    (for a server, whose answers the client waits for); 0: none, one thread only."""
    notices: list[str]
    """Warnings the store gave about the last ``run`` (e.g. an unknown label on Neo4j)."""

    @abstractmethod
    def ensure_schema(self) -> None:
        """Declare constraints / tables; safe to call on every start."""

    @abstractmethod
    def load_documents(
        self,
        groups: Sequence[DocumentRows],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        held: Collection[str] | None = None,
        prepared: Sequence[Batch] | None = None,
    ) -> None:
        """Write whole documents in one transaction; raise LoadError after rolling back.

        Each document replaces what the store held of it. ``held`` (when known)
        are the documents the store holds: the others have nothing to replace,
        which spares a new document the replace queries. The rows are
        ``merge_documents(groups)``; on failure none of the documents is kept.
        ``prepared`` is what ``prepare`` returned for these groups.
        """

    def prepare(self, groups: Sequence[DocumentRows], batch_size: int) -> Sequence[Batch] | None:
        """The statements writing ``groups``, when they can be worked out ahead of the
        transaction without the store (a read-ahead thread does it); None: at write time."""
        return None

    def load_document(self, group: DocumentRows, *, batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        """Write one document in one transaction."""
        self.load_documents([group], batch_size=batch_size)

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

    def fingerprints(self) -> dict[str, str]:
        """The fingerprint stored with each document (documents loaded without one: none)."""
        rows = self.run("MATCH (d:Document) RETURN d.iri AS iri, d.fingerprint AS fingerprint")
        return {str(row["iri"]): str(row["fingerprint"]) for row in rows if row["fingerprint"]}

    def load(
        self,
        groups: Iterable[DocumentRows],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        transaction_rows: int = DEFAULT_TRANSACTION_ROWS,
        force: bool = False,
        total: int | None = None,
        on_progress: Callable[[LoadProgress], None] | None = None,
    ) -> LoadReport:
        """Load documents, several per transaction up to ``transaction_rows`` rows (schema first).

        Documents the store holds with the same fingerprint are skipped unless
        ``force``. ``groups`` may be a generator (documents are taken as they
        come); ``total`` (or ``len(groups)``) lets ``on_progress`` show how many
        remain. It is called after every transaction.
        """
        for name, value in (("batch size", batch_size), ("transaction size", transaction_rows)):
            if value < 1:  # range(0, n, 0) fails, a negative step loads nothing at all
                option = "--batch-size" if name == "batch size" else "--transaction-size"
                raise GraphStoreError(
                    f"{name} {value} is not a positive number of rows",
                    hint=f"give {option} 1 or more",
                )
        if total is None and isinstance(groups, Sized):
            total = len(groups)
        self.ensure_schema()
        held = set(self.documents())
        known = {} if force else self.fingerprints()
        tally = _Tally(total, on_progress)
        fingerprints: dict[str, str] = {}

        def changed() -> Iterator[DocumentRows]:
            for group in groups:
                if group.document is not None:
                    fingerprint = document_fingerprint(group)
                    if known.get(group.document) == fingerprint:
                        tally.skip()
                        continue
                    fingerprints[group.document] = fingerprint
                yield group

        def planned() -> Iterator[tuple[list[DocumentRows], Sequence[Batch] | None]]:
            for batch in transactions(changed(), transaction_rows):
                documents = [_with_fingerprint(group, fingerprints) for group in batch]
                yield documents, self.prepare(documents, batch_size)

        with closing(read_ahead(planned(), self.read_ahead)) as plan:
            for batch, prepared in plan:
                self.load_documents(batch, batch_size=batch_size, held=held, prepared=prepared)
                # a document written now is held: met again in this load, it is replaced
                held.update(group.document for group in batch if group.document is not None)
                tally.write(batch)
        return tally.report()

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


def _with_fingerprint(group: DocumentRows, fingerprints: Mapping[str, str]) -> DocumentRows:
    """``group`` with its fingerprint on its Document row (the caller's rows stay as they are)."""
    fingerprint = fingerprints.get(group.document or "")
    row = group.nodes.get("Document", {}).get(group.document or "")
    if fingerprint is None or row is None:
        return group
    nodes = {**group.nodes, "Document": {**group.nodes["Document"]}}
    nodes["Document"][str(group.document)] = {**row, "fingerprint": fingerprint}
    return type(group)(group.document, group.title, nodes, group.relationships)


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
