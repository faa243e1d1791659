"""The embedded backend: LadybugDB (the maintained fork of Kuzu), no server needed.

LadybugDB needs declared node and relationship tables with one label per node,
so a stakeholder's class is only its ``kind`` property here (Neo4j adds it as a
second label too). Each document is written between ``BEGIN TRANSACTION`` and
``COMMIT``; on any failure the transaction is rolled back (LadybugDB already
rolls back by itself when a statement fails, so a ROLLBACK with no active
transaction is expected and ignored). Reads run in ``BEGIN TRANSACTION READ
ONLY``; a query from outside zhkg (``run_read_only``) needs a store opened
read-only and an ``EXPLAIN`` plan that passes ``zhkg.graph.plan_check``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import ladybug

from zhkg.errors import LoadError, QueryError, ReadOnlyQueryError, StoreUnavailableError
from zhkg.graph.config import EmbeddedSettings
from zhkg.graph.plan_check import embedded_plan_refusal
from zhkg.graph.replace import remove_document, replace_documents
from zhkg.graph.schema import NODE_TABLES, REL_TABLES, Property
from zhkg.graph.store import (
    DEFAULT_BATCH_SIZE,
    Batch,
    GraphStore,
    Params,
    QueryRows,
    document_batches,
    merge_documents,
    not_loaded,
)
from zhkg.memory import release_memory

if TYPE_CHECKING:  # rows need rdflib, which reading a store does not
    from zhkg.graph.rows import DocumentRows, Row

#: A query naming a zhkg table that does not exist ran on a store without the zhkg
#: schema (another database, or one never loaded), not on a typo of the user's.
_MISSING_TABLE = re.compile(r"Table (\w+) does not exist")
_ZHKG_TABLES = frozenset({*(t.label for t in NODE_TABLES), *(t.type for t in REL_TABLES)})

__all__ = ["EmbeddedStore", "cypher_for_ladybug"]

_CHECKPOINT_BYTES = 64 * 1024 * 1024
"""Write-ahead log size that makes LadybugDB checkpoint. Its default checkpoints every
few transactions of a big load, each costing more the fuller the store (a commit in the
last fifth of a 1,000-document load took 7x one in the first fifth); at 64 MiB commits
stay flat and the whole load is quicker."""

_BUFFER_POOL_BYTES = 256 * 1024 * 1024
"""LadybugDB's page cache. Its default, most of the machine's memory, keeps every page a
long load touches, so a 1,000-document load peaked 30 % above a 100-document one. A
transaction too big for it is retried once with the default (``_load_once``)."""

_TRANSACTIONS_PER_OPENING = 5
"""Loading transactions after which the database is closed and opened again (before the
next one): what the engine keeps between transactions (index and table pages of the store
so far) grows with the store, and closing is the only way to hand it back. Every ten
transactions, a 1,000-document load peaked at 1.22x a 100-document one; every five,
at 1.17x, in the same time."""

_POOL_FULL = "buffer pool is full"

#: Quoted text (strings, escaped names) and comments, which a rewrite must not touch.
_LITERAL = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
#: Standard Cypher ``type(r)`` is ``label(r)`` in LadybugDB.
_TYPE_CALL = re.compile(r"(?<![\w.$])type(\s*\()", re.IGNORECASE)


def cypher_for_ladybug(query: str) -> str:
    """Standard Cypher functions LadybugDB names differently, renamed outside quoted text.

    ``type(r)`` -> ``label(r)``, so the relationship type reads the same on both backends.
    """
    parts: list[str] = []
    last = 0
    for literal in _LITERAL.finditer(query):
        parts.append(_TYPE_CALL.sub(r"label\1", query[last : literal.start()]))
        parts.append(literal.group())
        last = literal.end()
    parts.append(_TYPE_CALL.sub(r"label\1", query[last:]))
    return "".join(parts)


def _columns(properties: tuple[Property, ...], *, primary: str | None = None) -> str:
    return ", ".join(
        f"{prop.name} {prop.type}" + (" PRIMARY KEY" if prop.name == primary else "")
        for prop in properties
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _plain(value: Any) -> Any:
    """Plain Python values: drop internal ``_ID``/``_LABEL`` keys of nodes and edges."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items() if not key.startswith("_")}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, Decimal):  # sum() of integers is a 128-bit integer here, an int on Neo4j
        return int(value) if value == value.to_integral_value() else float(value)
    return value


class EmbeddedStore(GraphStore):
    """A LadybugDB database file opened on first use."""

    backend = "embedded"

    def __init__(self, settings: EmbeddedSettings, *, read_only: bool = False) -> None:
        self.settings = settings
        self.read_only = read_only
        self._database: ladybug.Database | None = None
        self._connection: ladybug.Connection | None = None
        self._pool_bytes = _BUFFER_POOL_BYTES
        self._transactions = 0  # loading transactions since the database was opened
        self.notices: list[str] = []

    def describe(self) -> str:
        return self.settings.describe()

    def _conn(self) -> ladybug.Connection:
        if self._connection is not None:
            return self._connection
        path = self.settings.path
        if self.read_only and not path.exists():
            raise StoreUnavailableError(
                f"no graph at {path}",
                hint="load one first: zhkg load FILE --db " + str(path),
            )
        if path.is_dir():
            raise StoreUnavailableError(
                f"cannot open the embedded store {path}: it is a directory",
                hint="give a database file path with --db, e.g. --db graph.lbug",
            )
        try:
            if self._database is None:
                path.parent.mkdir(parents=True, exist_ok=True)
                self._database = ladybug.Database(
                    str(path),
                    read_only=self.read_only,
                    checkpoint_threshold=_CHECKPOINT_BYTES,
                    buffer_pool_size=self._pool_bytes,
                )
            self._connection = ladybug.Connection(self._database)
        except (RuntimeError, OSError) as exc:
            raise StoreUnavailableError(
                f"cannot open the embedded store {path}: {_first_line(exc)}",
                hint=_open_hint(str(exc)),
            ) from exc
        return self._connection

    def _execute(self, query: str, params: Mapping[str, object] | None = None) -> Any:
        result = self._conn().execute(query, dict(params or {}))
        if isinstance(result, list):
            raise QueryError(
                "the query holds several statements",
                hint="give one statement at a time, without ';' between statements",
            )
        return result

    def ensure_schema(self) -> None:
        if self.read_only:
            return
        for node in NODE_TABLES:
            self._execute(
                f"CREATE NODE TABLE IF NOT EXISTS {node.label}"
                f"({_columns(node.properties, primary='iri')})"
            )
            self._add_missing_columns(node.label, node.properties)
        for rel in REL_TABLES:
            columns = _columns(rel.properties)
            self._execute(
                f"CREATE REL TABLE IF NOT EXISTS {rel.type}"
                f"(FROM {rel.source} TO {rel.target}" + (f", {columns}" if columns else "") + ")"
            )

    def _add_missing_columns(self, table: str, properties: tuple[Property, ...]) -> None:
        """Columns a store made by an earlier zhkg lacks (e.g. a document's fingerprint)."""
        info = self._execute(f"CALL table_info('{table}') RETURN name")
        present = {str(row[0]) for row in info.get_all()}
        for prop in properties:
            if prop.name not in present:
                self._execute(f"ALTER TABLE {table} ADD IF NOT EXISTS {prop.name} {prop.type}")

    def _execute_batch(self, query: str, rows: list[Row] | list[list[object]]) -> None:
        """One UNWIND statement inside the open transaction (a seam for failure tests)."""
        self._execute(query, {"rows": rows})

    def load_documents(
        self,
        groups: Sequence[DocumentRows],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        held: Collection[str] | None = None,
        prepared: Sequence[Batch] | None = None,  # unused: its statements query the store
    ) -> None:
        if self.read_only:
            raise LoadError(f"{self.describe()} was opened read-only", hint="open it for writing")
        if self._transactions >= _TRANSACTIONS_PER_OPENING:
            # reopened before the next transaction, not after the last one: the closing of
            # a load's final opening is the store's own close(), once, when the load is done
            self._close_database()
            release_memory()  # what the engine held goes back, not into the next opening
        try:
            self._load_once(groups, batch_size, held)
        except LoadError as exc:
            if _POOL_FULL not in str(exc).lower() or not self._pool_bytes:
                raise
            self._close_database()
            self._pool_bytes = 0  # the engine's default: most of the machine's memory
            self._load_once(groups, batch_size, held)
        self._transactions += 1

    def _load_once(
        self, groups: Sequence[DocumentRows], batch_size: int, held: Collection[str] | None
    ) -> None:
        """One transaction writing ``groups``; on failure none of them is kept."""
        merged = merge_documents(groups)
        documents = [group.document for group in groups]
        replaced = [d for d in documents if held is None or (d is not None and d in held)]

        def write() -> None:  # after the replaced documents' facts are deleted
            changed = self._without_unchanged_nodes(merged)
            for batch in document_batches(changed, batch_size, typed=True):
                self._execute_batch(batch.query, batch.rows)

        self._execute("BEGIN TRANSACTION")
        try:
            replace_documents(self._rows, replaced, write)
            self._execute("COMMIT")
        except Exception as exc:
            self._rollback()
            raise not_loaded(documents, self.describe(), _first_line(exc)) from exc
        finally:
            self._release_connection()

    def _release_connection(self) -> None:
        """Close the connection after a loading transaction; the next statement opens one.

        LadybugDB's connection keeps the prepared statement of every parameter shape
        it has run, bound to its last values (a thousand rows each), until it is
        closed: over a long load that held a hundred megabytes and more.
        """
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _without_unchanged_nodes(self, group: DocumentRows) -> DocumentRows:
        """The rows less the nodes the store holds with the same values (looked up by key).

        A party or duty many documents share is written once, not again by every
        document: rewriting a stored node costs LadybugDB more the fuller the store.
        """
        from zhkg.graph.rows import DocumentRows

        changed = DocumentRows(group.document, group.title)
        changed.relationships = group.relationships
        for table in NODE_TABLES:
            rows = group.nodes.get(table.label)
            if not rows:
                continue
            stored = self._stored_nodes(table.label, table.names, list(rows))
            kept = {
                iri: row
                for iri, row in rows.items()
                if stored.get(iri) != {name: row.get(name) for name in table.names}
            }
            if kept:
                changed.nodes[table.label] = kept
        return changed

    def _stored_nodes(
        self, label: str, names: tuple[str, ...], iris: list[str]
    ) -> dict[str, dict[str, object]]:
        """The stored values of the nodes of ``label`` among ``iris``, by IRI."""
        columns = ", ".join(f"n.{name} AS {name}" for name in names)
        query = f"UNWIND $iris AS key MATCH (n:{label} {{iri: key}}) RETURN {columns}"
        found: dict[str, dict[str, object]] = {}
        for start in range(0, len(iris), DEFAULT_BATCH_SIZE):
            for row in self._rows(query, {"iris": iris[start : start + DEFAULT_BATCH_SIZE]}):
                found[str(row["iri"])] = row
        return found

    def _rows(self, query: str, params: Mapping[str, object]) -> list[dict[str, object]]:
        """Rows of a statement inside the open transaction (no transaction of its own)."""
        result = self._execute(query, params)
        columns = result.get_column_names()
        rows: list[dict[str, object]] = []
        while result.has_next():
            rows.append(dict(zip(columns, map(_plain, result.get_next()), strict=True)))
        return rows

    def remove_document(self, document: str) -> None:
        if self.read_only:
            raise LoadError(f"{self.describe()} was opened read-only", hint="open it for writing")
        self._execute("BEGIN TRANSACTION")
        try:
            remove_document(self._rows, document)
            self._execute("COMMIT")
        except Exception as exc:
            self._rollback()
            raise LoadError(
                f"document {document} was not removed from {self.describe()}: {_first_line(exc)}",
                hint="nothing was changed; try again",
            ) from exc

    def _rollback(self) -> None:
        try:
            self._execute("ROLLBACK")
        except RuntimeError as exc:
            if "no active transaction" not in str(exc).lower():
                raise

    def run(self, query: str, params: Params = None) -> QueryRows:
        return self._read(query, params, check_plan=False)

    def run_read_only(self, query: str, params: Params = None) -> QueryRows:
        """Run a query from outside zhkg on a store opened read-only, after a plan check.

        A read-only database still lets ``COPY … TO`` and ``EXPORT DATABASE``
        write files and ``LOAD FROM`` read them, so LadybugDB's ``EXPLAIN`` plan of
        the query must pass ``embedded_plan_refusal`` first. The caller has made
        sure (``zhkg.queries.readonly``) that the text is one statement: several
        would each run, the EXPLAIN prefix applying to the first alone.
        """
        if not self.read_only:
            raise QueryError(
                f"{self.describe()} was opened for writing; outside queries need it read-only",
                hint="open the store with read_only=True",
            )
        return self._read(query, params, check_plan=True)

    def _read(self, query: str, params: Params, *, check_plan: bool) -> QueryRows:
        self._execute("BEGIN TRANSACTION READ ONLY")
        try:
            if check_plan:
                plan = self._execute("EXPLAIN " + cypher_for_ladybug(query), params)
                refusal = embedded_plan_refusal(
                    "\n".join(str(cell) for row in plan.get_all() for cell in row)
                )
                if refusal is not None:
                    raise ReadOnlyQueryError(
                        f"refused a query that is not a plain read: {refusal}",
                        hint="zhkg query only reads (MATCH … RETURN); load data with zhkg load",
                    )
            result = self._execute(cypher_for_ladybug(query), params)
            columns = result.get_column_names()
            rows: QueryRows = []
            while result.has_next():
                rows.append(dict(zip(columns, map(_plain, result.get_next()), strict=True)))
            self._execute("COMMIT")
        except RuntimeError as exc:
            self._rollback()
            message = _first_line(exc)
            if "read-only" in message.lower() or "read only" in message.lower():
                raise ReadOnlyQueryError(
                    f"the embedded store refused a write: {message}",
                    hint="zhkg query only reads; load data with zhkg load",
                ) from exc
            missing = _MISSING_TABLE.search(message)
            if missing is not None and missing.group(1) in _ZHKG_TABLES:
                raise StoreUnavailableError(
                    f"the embedded store {self.settings.path} holds no zhkg graph "
                    f"(no {missing.group(1)} table)",
                    hint=f"load one first: zhkg load FILE --db {self.settings.path}",
                ) from exc
            raise QueryError(
                f"the embedded store rejected the query: {message}",
                hint="check the Cypher (LadybugDB dialect: declared labels, no EXISTS {})",
            ) from exc
        except BaseException:
            self._rollback()
            raise
        return rows

    def clear(self) -> None:
        if self.read_only:
            raise LoadError(f"{self.describe()} was opened read-only", hint="open it for writing")
        self.ensure_schema()
        self._execute("MATCH (n) DETACH DELETE n")

    def close(self) -> None:
        self._close_database()

    def _close_database(self) -> None:
        """Close connection and database; the next statement opens them again."""
        self._release_connection()
        if self._database is not None:
            self._database.close()
        self._database = None
        self._transactions = 0


def _open_hint(reason: str) -> str:
    """What to do about a store that would not open, by what LadybugDB said."""
    lowered = reason.lower()
    if "not a valid" in lowered:
        return "that file is not a zhkg graph database; give another path with --db"
    if "lock" in lowered:
        return "another zhkg process is using it; wait for it or give another path with --db"
    return "give a path in a writable directory with --db"
