"""What OWL tools need beyond the RDF: every instance declared an ``owl:NamedIndividual``.

Protégé and owlready2 read RDF/XML, and owlready2 lists as individuals only the
resources declared ``owl:NamedIndividual`` (OWL 2's declaration axiom); a plain
``rdf:type zhkg:Platform`` leaves a stakeholder invisible to them. The
declarations are added to a copy for the RDF/XML output only, so the Turtle
and the property graph stay as they are.
"""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

__all__ = ["with_individual_declarations"]

_NOT_INDIVIDUAL_TYPES = frozenset(
    {
        OWL.Class,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        OWL.AnnotationProperty,
        OWL.Ontology,
        OWL.NamedIndividual,
        OWL.Restriction,
        OWL.AllDisjointClasses,
        RDFS.Class,
        RDF.Property,
        RDF.List,
    }
)


def with_individual_declarations(graph: Graph) -> Graph:
    """A copy of ``graph`` in which every IRI typed by a class is an ``owl:NamedIndividual``."""
    out = Graph()
    for prefix, namespace in graph.namespaces():
        out.bind(prefix, namespace)
    out += graph
    vocabulary = set(graph.subjects(RDF.type, OWL.Class)) | set(
        graph.subjects(RDF.type, RDFS.Class)
    )
    for subject, cls in graph.subject_objects(RDF.type):
        if (
            isinstance(subject, URIRef)
            and cls not in _NOT_INDIVIDUAL_TYPES
            and not str(cls).startswith(str(OWL))
            and subject not in vocabulary
        ):
            out.add((subject, RDF.type, OWL.NamedIndividual))
    return out
