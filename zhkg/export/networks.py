"""The property graph as GraphML and GEXF (Gephi, Cytoscape, yEd), through networkx.

One node per property-graph node (id = IRI), one edge per relationship (a
multigraph: a stakeholder can bear several duties towards the same node), so
the counts are those of the store after a load. Every node has ``label`` (what
Gephi shows: a name, title or sentence) and ``type`` (its property-graph label);
every edge ``relationship`` (its type; GEXF reserves ``type`` for directedness)
and ``label`` for Gephi. Missing
values are left out; lists (a category's keywords) are joined with ``;``.
"""

from __future__ import annotations

import io
from typing import Any

from zhkg.errors import ZhkgError
from zhkg.export.property_graph import Node, PropertyGraph

__all__ = ["NETWORK_FORMATS", "network_bytes", "to_networkx"]

NETWORK_FORMATS: tuple[str, ...] = ("graphml", "gexf")

_DISPLAY = {
    "Stakeholder": "name",
    "Responsibility": "name",
    "Category": "name",
    "Document": "title",
    "Sentence": "text",
}


def _display(node: Node) -> str:
    value = node.properties.get(_DISPLAY.get(node.label, "name"))
    text = str(value) if value not in (None, "") else node.iri.rsplit("/", 1)[-1]
    return text if len(text) <= 80 else text[:79] + "…"


def _clean(properties: dict[str, object]) -> dict[str, Any]:
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


def to_networkx(graph: PropertyGraph) -> Any:
    """A networkx ``MultiDiGraph`` of the property graph."""
    try:
        import networkx as nx
    except ImportError as exc:
        raise ZhkgError(
            "GraphML and GEXF need networkx, which is not installed",
            hint="pip install 'zhkg[export]'",
        ) from exc
    network = nx.MultiDiGraph()
    for node in graph.nodes.values():
        attributes = _clean(node.properties)
        attributes["type"] = node.label
        attributes["label"] = _display(node)
        network.add_node(node.id, **attributes)
    for index, edge in enumerate(graph.edges):
        attributes = _clean(edge.properties)
        attributes["relationship"] = edge.type  # "type" means directedness in GEXF
        attributes["label"] = edge.type
        network.add_edge(edge.source, edge.target, key=f"e{index}", **attributes)
    return network


def network_bytes(graph: PropertyGraph, fmt: str) -> bytes:
    """GraphML or GEXF (UTF-8) of the property graph."""
    import networkx as nx

    if fmt not in NETWORK_FORMATS:
        raise ZhkgError(f"unknown network format {fmt!r}", hint="use graphml or gexf")
    network = to_networkx(graph)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(network, buffer, encoding="utf-8", named_key_ids=True)
    else:
        nx.write_gexf(network, buffer, encoding="utf-8")
    return buffer.getvalue()
