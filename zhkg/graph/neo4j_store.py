"""The Neo4j backend, through the official driver.

Uniqueness constraints on ``iri`` come first (``CREATE CONSTRAINT … IF NOT
EXISTS``); each document is one managed write transaction
(``session.execute_write``) of batched ``UNWIND $rows … MERGE`` statements, so
a failure rolls the whole document back and a reload changes nothing. Every
value is a parameter; the only text spliced into Cypher is a stakeholder's
secondary class label (labels cannot be parameters), used only after
``is_safe_label`` accepts it. Reads run in sessions with READ access mode
through ``execute_read``; a query from outside zhkg (``run_read_only``) runs
only after Neo4j's ``EXPLAIN`` plan of it passed ``zhkg.graph.plan_check``.
The database name is always passed.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import neo4j
from neo4j import NotificationSeverity
from neo4j.exceptions import AuthError, DriverError, Neo4jError, ServiceUnavailable

from zhkg.errors import (
    GraphStoreError,
    LoadError,
    QueryError,
    ReadOnlyQueryError,
    StoreUnavailableError,
)
from zhkg.graph.config import Neo4jSettings
from zhkg.graph.plan_check import plan_refusal
from zhkg.graph.replace import Execute, remove_document, replace_documents
from zhkg.graph.schema import NODE_TABLES, REL_TABLES, is_safe_label
from zhkg.graph.store import (
    DEFAULT_BATCH_SIZE,
    Batch,
    GraphStore,
    Params,
    QueryRows,
    merge_documents,
    node_batches,
    node_statement,
    not_loaded,
    relationship_batches,
    row_chunks,
)

if TYPE_CHECKING:  # rows need rdflib, which reading a store does not
    from zhkg.graph.rows import DocumentRows, Row

__all__ = [
    "Neo4jStore",
    "constraint_statements",
    "duty_edge_batches",
    "duty_edge_statement",
    "stakeholder_batches",
]

_CONNECT_TIMEOUT_S = 5.0
_RETRY_TIME_S = 5.0
_CLEAR_BATCH = 10_000


# The driver logs every server notification; zhkg reports a query's warnings itself
# (``GraphStore.notices``), so the log records are dropped unless an application
# configures logging for them.
logging.getLogger("neo4j.notifications").addHandler(logging.NullHandler())
# The driver also logs connection failures ("Unable to retrieve routing information")
# that reach us as exceptions anyway; without a handler Python prints them to stderr
# as a second, bare line before zhkg's own message.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_REASON = re.compile(r"\(reason (?P<reason>[^)]*)\)")


def _first_line(exc: BaseException) -> str:
    text = (getattr(exc, "message", None) or str(exc)).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _cause(exc: BaseException) -> str:
    """The socket-level reason of a connection failure (the driver nests it in prose)."""
    text = " ".join(str(exc).split())
    found = _REASON.search(text)
    return found.group("reason") if found else (text or type(exc).__name__)


def constraint_statements() -> list[str]:
    """One uniqueness constraint on ``iri`` per node label, then the replace indexes.

    Reloading a document deletes its facts by their ``document`` property
    (``zhkg.graph.replace``); without an index each load would scan every edge
    of the store, so a load would slow down as the store fills.
    """
    indexed = [
        f"CREATE INDEX {table.type.lower()}_document IF NOT EXISTS "
        f"FOR ()-[e:{table.type}]-() ON (e.document)"
        for table in REL_TABLES
        if "document" in table.names
    ]
    return [
        *(
            f"CREATE CONSTRAINT {table.label.lower()}_iri IF NOT EXISTS "
            f"FOR (n:{table.label}) REQUIRE n.iri IS UNIQUE"
            for table in NODE_TABLES
        ),
        "CREATE INDEX sentence_document IF NOT EXISTS FOR (n:Sentence) ON (n.document)",
        *indexed,
    ]


def _schema_name(statement: str) -> tuple[str, str]:
    """What a ``constraint_statements`` statement creates: ``("CONSTRAINT", name)`` or
    ``("INDEX", name)``."""
    words = statement.split()
    return words[1], words[2]


_STAKEHOLDER = next(table for table in NODE_TABLES if table.label == "Stakeholder")
_DUTY_EDGE = next(table for table in REL_TABLES if table.type == "RESPONSIBLE_FOR")
_DUTY = next(table for table in NODE_TABLES if table.label == _DUTY_EDGE.target)
_DUTY_PROPERTIES = tuple(name for name in _DUTY.names if name != "iri")


def stakeholder_batches(group: DocumentRows, batch_size: int) -> list[Batch]:
    """Stakeholder MERGEs, one statement per class, which also gets it as a second label.

    ``SET n:Platform`` is spliced in only for a class ``is_safe_label`` accepts;
    other stakeholders are merged with no second label.
    """
    empty = dict.fromkeys(_STAKEHOLDER.names)
    by_kind: dict[str, list[Row]] = {}
    for row in group.node_rows(_STAKEHOLDER.label):
        kind = str(row.get("kind") or "")
        by_kind.setdefault(kind if is_safe_label(kind) else "", []).append(empty | row)
    merge = node_statement(_STAKEHOLDER)
    return [
        Batch(merge + (f", n:{kind}" if kind else ""), chunk)
        for kind in sorted(by_kind)
        for chunk in row_chunks(by_kind[kind], batch_size)
    ]


def duty_edge_statement(*, create: bool) -> str:
    """Merge duties and create (or merge) the RESPONSIBLE_FOR edges to them, in one pass.

    A row is a list: a holder's IRI, then that holder's duty rows, each a list of the
    duty's IRI, its properties and the edge's (``_DUTY_PROPERTIES`` and
    ``_DUTY_EDGE.names`` in order). So a holder is found by one index seek per row,
    not one per duty, and a duty by one seek instead of one to merge it and one to
    match it again.
    """
    duty = ", ".join(f"b.{name} = d[{1 + i}]" for i, name in enumerate(_DUTY_PROPERTIES))
    at = {name: 1 + len(_DUTY_PROPERTIES) + i for i, name in enumerate(_DUTY_EDGE.names)}
    key = _DUTY_EDGE.key
    assert key is not None
    edge = ", ".join(f"e.{name} = d[{at[name]}]" for name in _DUTY_EDGE.names if name != key)
    verb = "CREATE" if create else "MERGE"
    return (
        f"UNWIND $rows AS row MATCH (a:{_DUTY_EDGE.source} {{iri: row[0]}}) "
        f"UNWIND row[1] AS d MERGE (b:{_DUTY.label} {{iri: d[0]}}) SET {duty} "
        f"{verb} (a)-[e:{_DUTY_EDGE.type} {{{key}: d[{at[key]}]}}]->(b) SET {edge}"
    )


def _by_holder(
    rows: list[tuple[object, list[object]]], batch_size: int
) -> Iterator[list[list[object]]]:
    """``(holder, duty row)`` pairs as chunks of ``[holder, [duty rows]]`` rows, at most
    ``batch_size`` duty rows a chunk, a holder's rows together (in the pairs' order)."""
    grouped: dict[object, list[list[object]]] = {}
    for holder, row in rows:
        grouped.setdefault(holder, []).append(row)
    chunk: list[list[object]] = []
    size = 0
    for holder, duties in grouped.items():
        for part in row_chunks(duties, batch_size):
            if size + len(part) > batch_size:
                yield chunk
                chunk, size = [], 0
            chunk.append([holder, part])
            size += len(part)
    if chunk:
        yield chunk


def duty_edge_batches(
    group: DocumentRows, batch_size: int, owned: Collection[str]
) -> tuple[list[Batch], DocumentRows]:
    """The RESPONSIBLE_FOR edges whose duty row is in ``group``, written with their duties.

    Returns their statements and the rest of ``group`` (its other nodes and edges, and
    the duties no such edge reaches). An edge of an ``owned`` document is created
    (see ``relationship_batches``), any other merged.
    """
    duties = group.nodes.get(_DUTY.label, {})
    edges = group.relationships.get(_DUTY_EDGE.type, {})
    parts: dict[bool, list[tuple[object, list[object]]]] = {False: [], True: []}
    reached: set[str] = set()
    left: dict[str, Row] = {}
    for key in sorted(edges):
        row = edges[key]
        duty = duties.get(str(row.get("target")))
        if duty is None:  # a duty written before: matched, as relationship_batches does
            left[key] = row
            continue
        reached.add(str(row["target"]))
        parts[row.get("document") in owned].append(
            (
                row.get("source"),
                [
                    row["target"],
                    *(duty.get(name) for name in _DUTY_PROPERTIES),
                    *(row.get(name) for name in _DUTY_EDGE.names),
                ],
            )
        )
    batches = [
        Batch(duty_edge_statement(create=create), chunk)
        for create in (False, True)
        for chunk in _by_holder(parts[create], batch_size)
    ]
    nodes = {
        **group.nodes,
        _DUTY.label: {iri: row for iri, row in duties.items() if iri not in reached},
    }
    relationships = {**group.relationships, _DUTY_EDGE.type: left}
    return batches, type(group)(group.document, group.title, nodes, relationships)


def _warnings(summary: neo4j.ResultSummary) -> list[str]:
    """The server's WARNING notifications about a query, one line each."""
    return [
        " ".join(str(status.status_description).split()).removeprefix("warn: ")
        for status in summary.gql_status_objects
        if status.is_notification and status.severity == NotificationSeverity.WARNING
    ]


def _plain(value: Any) -> Any:
    """Driver graph objects to plain values (named queries return plain values anyway)."""
    if isinstance(value, neo4j.graph.Node | neo4j.graph.Relationship):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _executor(tx: neo4j.ManagedTransaction) -> Execute:
    """Run statements inside ``tx`` and return their rows (for ``zhkg.graph.replace``)."""

    def execute(query: str, params: Mapping[str, object]) -> list[dict[str, object]]:
        return [dict(record) for record in tx.run(query, dict(params))]

    return execute


class Neo4jStore(GraphStore):
    """A Neo4j database; the driver is created and verified on first use."""

    backend = "neo4j"
    read_ahead = 2

    def __init__(self, settings: Neo4jSettings, *, read_only: bool = False) -> None:
        self.settings = settings
        self.read_only = read_only
        self._driver: neo4j.Driver | None = None
        self.notices: list[str] = []

    def describe(self) -> str:
        return self.settings.describe()

    def _unavailable(self, exc: BaseException) -> StoreUnavailableError:
        uri = self.settings.uri
        if isinstance(exc, AuthError):
            return StoreUnavailableError(
                f"Neo4j at {uri} refused the credentials of user {self.settings.user!r}: "
                f"{_first_line(exc)}",
                hint=(
                    "no password was given: pass --neo4j-password or set NEO4J_PASSWORD"
                    if not self.settings.password
                    else "check --neo4j-user/--neo4j-password or NEO4J_USER/NEO4J_PASSWORD"
                ),
            )
        return StoreUnavailableError(
            f"cannot reach Neo4j at {uri}: {_cause(exc)}",
            hint="is the server running? start one with scripts/neo4j-local start",
        )

    def driver(self) -> neo4j.Driver:
        """The verified driver (connects and authenticates on first call)."""
        if self._driver is not None:
            return self._driver
        settings = self.settings
        scheme = settings.uri.split("://", 1)[0].lower() if "://" in settings.uri else ""
        if scheme not in _SCHEMES:
            raise StoreUnavailableError(
                f"cannot use Neo4j URI {settings.uri!r}: the scheme must be one of "
                + ", ".join(_SCHEMES),
                hint="give a URI like neo4j://localhost:7687 or bolt://127.0.0.1:7687",
            )
        try:
            driver = neo4j.GraphDatabase.driver(
                settings.uri,
                auth=(settings.user, settings.password),
                connection_timeout=_CONNECT_TIMEOUT_S,
                connection_acquisition_timeout=_CONNECT_TIMEOUT_S * 2,
                max_transaction_retry_time=_RETRY_TIME_S,
            )
        except (ValueError, DriverError) as exc:
            raise StoreUnavailableError(
                f"cannot use Neo4j URI {settings.uri!r}: {_first_line(exc)}",
                hint="give a URI like neo4j://localhost:7687 or bolt://127.0.0.1:7687",
            ) from exc
        try:
            driver.verify_connectivity()
        except (DriverError, Neo4jError, OSError) as exc:
            driver.close()
            raise self._unavailable(exc) from exc
        self._driver = driver
        return driver

    def _session(self, *, read: bool) -> neo4j.Session:
        return self.driver().session(
            database=self.settings.database,
            default_access_mode=neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS,
        )

    def _database_error(self, exc: Neo4jError) -> GraphStoreError | None:
        if (exc.code or "").endswith("DatabaseNotFound"):
            return StoreUnavailableError(
                f"Neo4j at {self.settings.uri} has no database {self.settings.database!r}",
                hint="give an existing one with --neo4j-database or NEO4J_DATABASE",
            )
        return None

    def ensure_schema(self) -> None:
        """Create the constraints and indexes the database lacks.

        One read of the schema's names comes first: a load of a store that has them all
        (every load but the first) then costs one query, not a schema transaction per
        statement. A name the read does not show, or a read the user may not make, gets
        its ``CREATE … IF NOT EXISTS`` as before.
        """
        try:
            with self._session(read=False) as session:
                present = self._schema_names(session)
                for statement in constraint_statements():
                    if _schema_name(statement) not in present:
                        session.run(statement).consume()
        except ServiceUnavailable as exc:
            raise self._unavailable(exc) from exc
        except Neo4jError as exc:
            raise self._database_error(exc) or GraphStoreError(
                f"Neo4j at {self.settings.uri} refused the schema: {_first_line(exc)}",
                hint="the user needs the right to create constraints",
            ) from exc

    @staticmethod
    def _schema_names(session: neo4j.Session) -> set[tuple[str, str]]:
        """``("CONSTRAINT", name)`` of each constraint, ``("INDEX", name)`` of each other index."""
        try:
            return {
                ("CONSTRAINT", str(record["owner"]))
                if record["owner"] is not None
                else ("INDEX", str(record["name"]))
                for record in session.run("SHOW INDEXES YIELD name, owningConstraint AS owner")
            }
        except Neo4jError:  # no SHOW INDEX privilege: create every one IF NOT EXISTS
            return set()

    @staticmethod
    def _execute_batch(
        tx: neo4j.ManagedTransaction, query: str, rows: list[Row] | list[list[object]]
    ) -> None:
        """One UNWIND statement inside the document's transaction (a seam for failure tests)."""
        tx.run(query, {"rows": rows}).consume()

    def _write_documents(
        self,
        tx: neo4j.ManagedTransaction,
        batches: Sequence[Batch],
        documents: list[str | None],
    ) -> None:
        def write() -> None:
            for batch in batches:
                self._execute_batch(tx, batch.query, batch.rows)

        replace_documents(_executor(tx), documents, write)

    def prepare(self, groups: Sequence[DocumentRows], batch_size: int) -> list[Batch]:
        rows = merge_documents(groups)
        # a document's old facts are deleted before it is written, and a document the store
        # does not hold has none: its edges are all new
        owned = {group.document for group in groups if group.document is not None}
        with_duties, rest = duty_edge_batches(rows, batch_size, owned)
        others = {label: kept for label, kept in rest.nodes.items() if label != _STAKEHOLDER.label}
        return [
            *stakeholder_batches(rows, batch_size),
            *node_batches(type(rest)(rest.document, rest.title, others), batch_size),
            *with_duties,
            *relationship_batches(rest, batch_size, owned=owned),
        ]

    def load_documents(
        self,
        groups: Sequence[DocumentRows],
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        held: Collection[str] | None = None,
        prepared: Sequence[Batch] | None = None,
    ) -> None:
        documents = [group.document for group in groups]
        replaced = [d for d in documents if held is None or (d is not None and d in held)]
        batches = prepared if prepared is not None else self.prepare(groups, batch_size)
        try:
            with self._session(read=False) as session:
                session.execute_write(self._write_documents, batches, replaced)
        except ServiceUnavailable as exc:
            raise self._unavailable(exc) from exc
        except Exception as exc:  # any failure: the transaction was rolled back
            if isinstance(exc, Neo4jError) and (known := self._database_error(exc)):
                raise known from exc
            raise not_loaded(documents, self.describe(), _first_line(exc)) from exc

    def remove_document(self, document: str) -> None:
        def remove(tx: neo4j.ManagedTransaction) -> None:
            remove_document(_executor(tx), document)

        try:
            with self._session(read=False) as session:
                session.execute_write(remove)
        except ServiceUnavailable as exc:
            raise self._unavailable(exc) from exc
        except Neo4jError as exc:
            raise self._database_error(exc) or LoadError(
                f"document {document} was not removed from {self.describe()}: {_first_line(exc)}",
                hint="nothing was changed; try again",
            ) from exc

    def run(self, query: str, params: Params = None) -> QueryRows:
        return self._read(query, params, check_plan=False)

    def run_read_only(self, query: str, params: Params = None) -> QueryRows:
        """Run a query from outside zhkg only if Neo4j's plan for it is a plain read.

        ``EXPLAIN`` runs in the same read transaction just before the query, so
        the plan checked is the plan of exactly this text (see ``plan_check``).
        """
        return self._read(query, params, check_plan=True)

    def _read(self, query: str, params: Params, *, check_plan: bool) -> QueryRows:
        values = dict(params or {})

        def read(tx: neo4j.ManagedTransaction) -> QueryRows:
            if check_plan:
                summary = tx.run("EXPLAIN " + query, values).consume()
                refusal = plan_refusal(summary.query_type, summary.plan)
                if refusal is not None:
                    raise ReadOnlyQueryError(
                        f"refused a query that is not a plain read: {refusal}",
                        hint="zhkg query only reads (MATCH … RETURN); load data with zhkg load",
                    )
            result = tx.run(query, values)
            rows = [{key: _plain(value) for key, value in record.items()} for record in result]
            self.notices = _warnings(result.consume())
            return rows

        try:
            with self._session(read=True) as session:
                return session.execute_read(read)
        except ServiceUnavailable as exc:
            raise self._unavailable(exc) from exc
        except Neo4jError as exc:
            if known := self._database_error(exc):
                raise known from exc
            code = exc.code or ""
            if "AccessMode" in code or "ForbiddenOnReadOnlyDatabase" in code:
                raise ReadOnlyQueryError(
                    f"Neo4j refused a write in a read-only session: {_first_line(exc)}",
                    hint="zhkg query only reads; load data with zhkg load",
                ) from exc
            raise QueryError(
                f"Neo4j rejected the query: {_first_line(exc)}",
                hint="check the Cypher and the --param values",
            ) from exc

    def clear(self) -> None:
        def delete_some(tx: neo4j.ManagedTransaction) -> int:
            record = tx.run(
                "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted",
                {"limit": _CLEAR_BATCH},
            ).single()
            return int(record["deleted"]) if record else 0

        try:
            with self._session(read=False) as session:
                while session.execute_write(delete_some):
                    pass
        except ServiceUnavailable as exc:
            raise self._unavailable(exc) from exc
        except Neo4jError as exc:
            raise self._database_error(exc) or GraphStoreError(
                f"could not clear {self.describe()}: {_first_line(exc)}"
            ) from exc

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None
