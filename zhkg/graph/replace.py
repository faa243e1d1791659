"""Loading a document again replaces what the store holds of it.

A document's facts in the property graph are its sentences, the
``RESPONSIBLE_FOR`` and stakeholder-to-stakeholder edges whose ``document`` is
that document, the ``EVIDENCED_BY`` edges into its sentences and the
``MENTIONED_IN`` edges of the parties it names. Before a document is written,
these are deleted in the same transaction; after it is written, the
stakeholders, duties and categories the old facts touched and nothing supports
any more are deleted too. So a statement removed from the text, by a correction
or from a hand-edited Turtle file disappears from the store on the next load,
together with the shortcut edge it made, and reloading an unchanged document
still changes nothing.

The Cypher is the subset both backends accept (typed patterns, ``OPTIONAL MATCH``
with ``count`` instead of ``EXISTS {}``); every value is a parameter.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from zhkg.graph.schema import REL_TABLES

__all__ = ["Execute", "remove_document", "replace_documents"]

Execute = Callable[[str, Mapping[str, object]], list[dict[str, object]]]
"""Runs one statement inside the open write transaction and returns its rows."""

_RELATION_TYPES = tuple(
    table.type
    for table in REL_TABLES
    if table.source == "Stakeholder" and table.target == "Stakeholder"
)

#: (label, query returning ``iri``): nodes the document's facts touch, checked afterwards.
_TOUCHED: tuple[tuple[str, str], ...] = (
    (
        "Stakeholder",
        "MATCH (s:Stakeholder)-[e:RESPONSIBLE_FOR]->(:Responsibility) "
        "WHERE e.document IN $documents RETURN DISTINCT s.iri AS iri",
    ),
    (
        "Responsibility",
        "MATCH (:Stakeholder)-[e:RESPONSIBLE_FOR]->(r:Responsibility) "
        "WHERE e.document IN $documents RETURN DISTINCT r.iri AS iri",
    ),
    (
        "Stakeholder",
        "MATCH (s:Stakeholder)-[:MENTIONED_IN]->(d:Document) "
        "WHERE d.iri IN $documents RETURN DISTINCT s.iri AS iri",
    ),
    *(
        (
            "Stakeholder",
            f"MATCH (a:Stakeholder)-[e:{rel_type}]->(b:Stakeholder) "
            "WHERE e.document IN $documents UNWIND [a.iri, b.iri] AS iri RETURN DISTINCT iri",
        )
        for rel_type in _RELATION_TYPES
    ),
)

_DELETE: tuple[str, ...] = (
    "MATCH (:Stakeholder)-[e:RESPONSIBLE_FOR]->(:Responsibility) "
    "WHERE e.document IN $documents DELETE e",
    "MATCH (:Responsibility)-[e:EVIDENCED_BY]->(s:Sentence) "
    "WHERE s.document IN $documents DELETE e",
    "MATCH (:Stakeholder)-[e:MENTIONED_IN]->(d:Document) WHERE d.iri IN $documents DELETE e",
    *(
        f"MATCH (:Stakeholder)-[e:{rel_type}]->(:Stakeholder) "
        "WHERE e.document IN $documents DELETE e"
        for rel_type in _RELATION_TYPES
    ),
    "MATCH (s:Sentence) WHERE s.document IN $documents DETACH DELETE s",
)

#: Delete the touched nodes nothing supports any more, in this order (duties before
#: the categories they were filed under).
_SWEEP: tuple[tuple[str, str], ...] = (
    (
        "Responsibility",
        "UNWIND $iris AS iri MATCH (r:Responsibility) WHERE r.iri = iri "
        "OPTIONAL MATCH (:Stakeholder)-[e:RESPONSIBLE_FOR]->(r) "
        "WITH r, count(e) AS held WHERE held = 0 DETACH DELETE r",
    ),
    (
        "Stakeholder",
        "UNWIND $iris AS iri MATCH (s:Stakeholder) WHERE s.iri = iri "
        "OPTIONAL MATCH (s)-[e]-() WITH s, count(e) AS edges WHERE edges = 0 DELETE s",
    ),
    (
        "Category",
        "MATCH (c:Category) OPTIONAL MATCH (:Responsibility)-[e:IN_CATEGORY]->(c) "
        "WITH c, count(e) AS filed WHERE filed = 0 DELETE c",
    ),
)


def _touched(execute: Execute, documents: list[str]) -> dict[str, list[str]]:
    found: dict[str, set[str]] = {}
    for label, query in _TOUCHED:
        for row in execute(query, {"documents": documents}):
            found.setdefault(label, set()).add(str(row["iri"]))
    return {label: sorted(iris) for label, iris in found.items()}


def _sweep(execute: Execute, touched: Mapping[str, list[str]]) -> None:
    for label, query in _SWEEP:
        if label == "Category":
            execute(query, {})
        elif touched.get(label):
            execute(query, {"iris": touched[label]})


def replace_documents(
    execute: Execute, documents: Sequence[str | None], write: Callable[[], None]
) -> None:
    """Delete the documents' facts, ``write()`` the new ones, drop what lost its support.

    Several documents share one round of statements (``IN $documents``), so a
    transaction of many small documents costs a few queries, not a few per
    document. Facts tied to no document (``None``: bare shortcut triples,
    parties no document names) are only merged, never replaced.
    """
    named = sorted({document for document in documents if document is not None})
    if not named:
        write()
        return
    touched = _touched(execute, named)
    for query in _DELETE:
        execute(query, {"documents": named})
    write()
    _sweep(execute, touched)


def remove_document(execute: Execute, document: str) -> None:
    """Delete a document, its facts, and what only it supported (``zhkg load --prune``)."""
    replace_documents(execute, [document], lambda: None)
    execute("MATCH (d:Document) WHERE d.iri = $document DETACH DELETE d", {"document": document})
