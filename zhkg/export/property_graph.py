"""The property graph as one in-memory graph: the per-document rows merged like MERGE does.

``zhkg.graph.rows`` groups rows by document because the stores load one document
per transaction; a stakeholder cited by three documents is in three groups and
becomes one node. Exports and views need the merged result, so this module
applies the stores' MERGE keys (a node by label and ``iri``; an edge by type,
end nodes and the table's key property) without a store.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph

from zhkg.graph.rows import DocumentRows, Row, rows_from_graph
from zhkg.graph.schema import NODE_TABLES, REL_TABLES, NodeTable, RelTable
from zhkg.graph.store import document_fingerprint

__all__ = ["Edge", "Node", "PropertyGraph", "merge_rows", "plain_properties", "property_graph"]

_REL_TABLES: dict[str, RelTable] = {table.type: table for table in REL_TABLES}


@dataclass(frozen=True, slots=True)
class Node:
    """A node: its primary label, IRI and properties (``iri`` included)."""

    label: str
    iri: str
    properties: Row

    @property
    def id(self) -> str:
        """The node's id in every export: its IRI (unique across labels)."""
        return self.iri

    @property
    def display(self) -> str:
        """What a graph tool shows on the node: a name, a title or the sentence (cut short)."""
        value = self.properties.get(_DISPLAY.get(self.label, "name"))
        text = str(value) if value not in (None, "") else self.iri.rsplit("/", 1)[-1]
        return text if len(text) <= 80 else text[:79] + "…"


_DISPLAY = {"Document": "title", "Sentence": "text"}


def plain_properties(properties: Row) -> dict[str, Any]:
    """Properties as flat scalars for file formats: None dropped, lists joined with ``;``."""
    out: dict[str, Any] = {}
    for key, value in properties.items():
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            out[key] = ";".join(map(str, value))
        elif isinstance(value, (bool, int, float, str)):
            out[key] = value
        else:
            out[key] = str(value)
    return out


@dataclass(frozen=True, slots=True)
class Edge:
    """A relationship between two node IRIs, with its type and properties."""

    type: str
    source: str
    target: str
    source_label: str
    target_label: str
    properties: Row


@dataclass
class PropertyGraph:
    """Nodes by IRI and edges in a stable order, as a store holds them after a load."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)

    def nodes_with_label(self, label: str) -> Iterator[Node]:
        return (node for node in self.nodes.values() if node.label == label)

    @property
    def labels(self) -> list[str]:
        return [table.label for table in NODE_TABLES]

    @property
    def relationship_types(self) -> list[str]:
        present = {edge.type for edge in self.edges}
        return [table.type for table in REL_TABLES if table.type in present]


def _edge_key(table: RelTable, row: Row) -> tuple[object, ...]:
    key = row.get(table.key) if table.key else None
    return (table.type, row["source"], row["target"], key)


def merge_rows(groups: Iterable[DocumentRows]) -> PropertyGraph:
    """Merge document groups in load order; later values win, as ``SET`` after ``MERGE`` does."""
    nodes: dict[tuple[str, str], Row] = {}
    edges: dict[tuple[object, ...], tuple[RelTable, Row]] = {}
    for group in groups:
        fingerprint = document_fingerprint(group) if group.document is not None else None
        for node_table in NODE_TABLES:
            for row in group.node_rows(node_table.label):
                merged = nodes.setdefault((node_table.label, str(row["iri"])), {})
                merged.update(_node_properties(node_table, row))
                if node_table.label == "Document" and row["iri"] == group.document:
                    # what `zhkg load` stores, so a database imported from these files
                    # skips the unchanged documents of a later load
                    merged["fingerprint"] = fingerprint
        for rel_table in REL_TABLES:
            for row in group.relationship_rows(rel_table.type):
                key = _edge_key(rel_table, row)
                if key in edges:
                    edges[key][1].update(row)
                else:
                    edges[key] = (rel_table, dict(row))
    graph = PropertyGraph()
    labels: dict[str, str] = {}
    for (label, iri), row in sorted(nodes.items(), key=lambda item: (item[0][1], item[0][0])):
        labels[iri] = label
        graph.nodes[iri] = Node(label, iri, row)
    for rel_table, row in edges.values():
        # The stores MATCH both ends by label and IRI; an edge whose end is missing is not made.
        if labels.get(str(row["source"])) != rel_table.source:
            continue
        if labels.get(str(row["target"])) != rel_table.target:
            continue
        properties = {
            name: row.get(name) for name in rel_table.names if name not in ("source", "target")
        }
        graph.edges.append(
            Edge(
                rel_table.type,
                str(row["source"]),
                str(row["target"]),
                rel_table.source,
                rel_table.target,
                properties,
            )
        )
    graph.edges.sort(key=lambda e: (e.type, e.source, e.target, str(_edge_sort_key(e))))
    return graph


def _edge_sort_key(edge: Edge) -> object:
    table = _REL_TABLES[edge.type]
    return edge.properties.get(table.key) if table.key else ""


def _node_properties(table: NodeTable, row: Row) -> Row:
    return {name: row.get(name) for name in table.names}


def property_graph(graph: Graph, vocabulary: Graph | None = None) -> PropertyGraph:
    """The property graph a load of ``graph`` makes (see ``zhkg.graph.rows``)."""
    return merge_rows(rows_from_graph(graph, vocabulary))
