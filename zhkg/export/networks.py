"""The property graph as GraphML and GEXF (Gephi, Cytoscape, yEd), through networkx.

One node per property-graph node (id = IRI), one edge per relationship (a
multigraph: a stakeholder can bear several duties towards the same node), so
the counts are those of the store after a load. Every node has ``label`` (what
Gephi shows: a name, title or sentence) and ``type`` (its property-graph label);
every edge ``relationship`` (its type; GEXF reserves ``type`` for directedness)
and ``label`` for Gephi. Missing values are left out; lists (a category's
keywords) are joined with ``;``.
"""

from __future__ import annotations

import io
from typing import Any

from zhkg.errors import ZhkgError
from zhkg.export.property_graph import PropertyGraph, plain_properties

__all__ = ["NETWORK_FORMATS", "network_bytes", "to_networkx"]

NETWORK_FORMATS: tuple[str, ...] = ("graphml", "gexf")


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
        attributes = plain_properties(node.properties)
        attributes["type"] = node.label
        attributes["label"] = node.display
        network.add_node(node.id, **attributes)
    for index, edge in enumerate(graph.edges):
        attributes = plain_properties(edge.properties)
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
