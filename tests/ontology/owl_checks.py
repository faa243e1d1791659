"""OWL checks shared by the RDF tests: disjoint top classes and contradictory types."""

from __future__ import annotations

from collections.abc import Iterable

import owlrl
from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF

from zhkg.ontology.namespace import ZHKG_ID


def disjoint_top_classes(ontology: Graph) -> set[URIRef]:
    (axiom,) = ontology.subjects(RDF.type, OWL.AllDisjointClasses)
    members = ontology.value(axiom, OWL.members)
    assert members is not None
    return {m for m in Collection(ontology, members) if isinstance(m, URIRef)}


def contradictions(graph: Graph, top: set[URIRef]) -> dict[str, set[str]]:
    """Instances typed by more than one of the disjoint top classes."""
    found: dict[str, set[str]] = {}
    instances: Iterable[object] = set(graph.subjects(RDF.type, None))
    for node in instances:
        if isinstance(node, URIRef) and str(node).startswith(str(ZHKG_ID)):
            types = set(graph.objects(node, RDF.type)) & top
            if len(types) > 1:
                found[str(node)] = {str(t) for t in types}
    return found


def closure(ontology: Graph, data: Graph, semantics: type) -> Graph:
    graph = Graph()
    graph += ontology
    graph += data
    owlrl.DeductiveClosure(semantics).expand(graph)
    return graph
