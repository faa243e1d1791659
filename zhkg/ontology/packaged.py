"""The packaged Turtle files (core, domain, shapes), each parsed once per process.

One command reads the ontology in several stages (the extractor's lexicon, the
builder's term index, the loader's vocabulary, the question reader), and parsing
Turtle with rdflib is the slow part; each caller still gets a graph of its own,
so adding to it changes nothing for the others.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from rdflib import Graph
from rdflib.term import Node

__all__ = ["packaged_graph"]


@cache
def _triples(name: str) -> tuple[tuple[Node, Node, Node], ...]:
    graph = Graph()
    source = resources.files("zhkg.ontology").joinpath(name)
    graph.parse(data=source.read_text(encoding="utf-8"), format="turtle")
    return tuple(graph)


def packaged_graph(name: str) -> Graph:
    """A new graph holding the packaged file ``name`` (e.g. ``domain.ttl``)."""
    graph = Graph()
    graph.addN((s, p, o, graph) for s, p, o in _triples(name))
    return graph
