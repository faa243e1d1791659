"""The property-graph schema shared by both backends.

One declaration drives the Neo4j uniqueness constraints, the LadybugDB node and
relationship tables and the loader's MERGE statements, so the two backends can
never disagree on a label, a property or a key.

Property names avoid words LadybugDB reserves (``index``, ``end``): a sentence's
position is ``position`` and character offsets are ``start_offset``/``end_offset``
(the names of the RDF properties ``zhkg:startOffset``/``zhkg:endOffset``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zhkg.extract.model import RelationKind

__all__ = [
    "IDENTIFIER",
    "NODE_TABLES",
    "REL_TABLES",
    "STAKEHOLDER_RELATION_TYPES",
    "NodeTable",
    "Property",
    "RelTable",
    "is_safe_label",
]

IDENTIFIER = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")
"""What a label or type must look like before it is spliced into Cypher text."""


@dataclass(frozen=True, slots=True)
class Property:
    """A property and its LadybugDB column type (Neo4j is schema-free)."""

    name: str
    type: str = "STRING"


@dataclass(frozen=True, slots=True)
class NodeTable:
    """A node label keyed by ``iri``."""

    label: str
    properties: tuple[Property, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(prop.name for prop in self.properties)


@dataclass(frozen=True, slots=True)
class RelTable:
    """A relationship type; ``key`` names the property that makes one edge unique.

    ``key`` is None for edges of which there is at most one per node pair
    (IN_CATEGORY, IN_DOCUMENT); otherwise MERGE matches on the key, so two
    statements with the same holder and duty stay two edges.
    """

    type: str
    source: str
    target: str
    properties: tuple[Property, ...] = ()
    key: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(prop.name for prop in self.properties)


_EVIDENCE_PROPERTIES = (
    Property("evidence"),
    Property("document"),
    Property("sentence", "INT64"),
    Property("start_offset", "INT64"),
    Property("end_offset", "INT64"),
    Property("page", "INT64"),
    Property("confidence", "DOUBLE"),
    Property("rule"),
    Property("asserted_by"),
)

NODE_TABLES: tuple[NodeTable, ...] = (
    NodeTable("Stakeholder", (Property("iri"), Property("name"), Property("kind"))),
    NodeTable("Responsibility", (Property("iri"), Property("name"), Property("category"))),
    NodeTable("Category", (Property("iri"), Property("name"), Property("keywords", "STRING[]"))),
    NodeTable(
        "Document",
        (Property("iri"), Property("title"), Property("source"), Property("fingerprint")),
    ),
    NodeTable(
        "Sentence",
        (
            Property("iri"),
            Property("text"),
            Property("position", "INT64"),
            Property("start_offset", "INT64"),
            Property("end_offset", "INT64"),
            Property("page", "INT64"),
            Property("paragraph", "INT64"),
            Property("document"),
        ),
    ),
)

STAKEHOLDER_RELATION_TYPES: tuple[str, ...] = tuple(kind.value for kind in RelationKind)

REL_TABLES: tuple[RelTable, ...] = (
    RelTable(
        "RESPONSIBLE_FOR",
        "Stakeholder",
        "Responsibility",
        (
            Property("statement"),
            Property("modality"),
            *_EVIDENCE_PROPERTIES,
            Property("surface"),
        ),
        key="statement",
    ),
    RelTable("IN_CATEGORY", "Responsibility", "Category"),
    RelTable("EVIDENCED_BY", "Responsibility", "Sentence", (Property("statement"),), "statement"),
    RelTable("IN_DOCUMENT", "Sentence", "Document"),
    # zhkg:mentions as an edge: which documents name a party, so reloading or pruning
    # a document can tell a party only it named from one another document still names
    RelTable("MENTIONED_IN", "Stakeholder", "Document"),
    *(
        RelTable(
            name,
            "Stakeholder",
            "Stakeholder",
            (Property("iri"), Property("relation"), Property("modality"), *_EVIDENCE_PROPERTIES),
            key="iri",
        )
        for name in STAKEHOLDER_RELATION_TYPES
    ),
)

_NODE_LABELS = frozenset(table.label for table in NODE_TABLES)


def is_safe_label(name: str) -> bool:
    """True when ``name`` may be spliced into Cypher as a secondary label.

    Labels cannot be query parameters, so a class name read from a (possibly
    hand-edited) RDF file is used only when it is a plain identifier and not one
    of the primary labels, which would silently change what a node is.
    """
    return bool(IDENTIFIER.match(name)) and name not in _NODE_LABELS
