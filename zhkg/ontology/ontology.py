"""Load the packaged ontology and index the terms the instance builder needs.

The ontology is ``core.ttl`` (documents, statements, relations, modality) plus
``domain.ttl`` (stakeholder classes and the SKOS responsibility categories) plus
any extension Turtle files a user gives with ``--ontology``. The builder does
not assume every class is a ``zhkg:`` term: an extension may declare its own
namespace, so class ids are resolved through the loaded graph.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from zhkg.errors import RDFError
from zhkg.ontology.lexicon import load_domain_graph
from zhkg.ontology.namespace import ZHKG

__all__ = ["CORE_FILE", "SHAPES_FILE", "TermIndex", "load_ontology", "load_shapes", "local_name"]

CORE_FILE = "core.ttl"
SHAPES_FILE = "shapes.ttl"


def _packaged_turtle(name: str) -> Graph:
    from zhkg.ontology.packaged import packaged_graph

    return packaged_graph(name)


def load_ontology(extensions: Iterable[str | Path] = ()) -> Graph:
    """core.ttl + domain.ttl + the extension files, as one graph.

    A missing or unparsable extension raises ``LexiconError`` (it is the same
    file the extractor reads its lexicon from).
    """
    graph = load_domain_graph(extensions)
    graph += _packaged_turtle(CORE_FILE)
    return graph


def load_shapes() -> Graph:
    """The packaged SHACL shapes."""
    return _packaged_turtle(SHAPES_FILE)


def local_name(term: URIRef) -> str:
    """The part of an IRI after its last ``#`` or ``/`` — how the lexicon names classes."""
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


@dataclass(frozen=True)
class TermIndex:
    """Stakeholder classes by id and category concepts by label, from one ontology graph.

    ``classes`` maps a class id (``Platform``) to its IRI; ``categories`` maps a
    category's Chinese labels and its id (``售后服务``, ``AfterSales``) to the
    concept; ``concept_labels`` holds each concept's ``skos:prefLabel`` values,
    which the builder copies into instance data so a graph answers category
    questions without the ontology beside it.
    """

    classes: Mapping[str, URIRef]
    categories: Mapping[str, URIRef]
    concept_labels: Mapping[URIRef, tuple[Literal, ...]]

    @classmethod
    def from_graph(cls, graph: Graph) -> TermIndex:
        root = URIRef(ZHKG.Stakeholder)
        classes: dict[str, URIRef] = {local_name(root): root}
        for term in graph.transitive_subjects(RDFS.subClassOf, root):
            if isinstance(term, URIRef):
                classes.setdefault(local_name(term), term)
        categories: dict[str, URIRef] = {}
        concept_labels: dict[URIRef, tuple[Literal, ...]] = {}
        concepts = graph.subjects(SKOS.inScheme, ZHKG.ResponsibilityCategories)
        for concept in sorted(c for c in concepts if isinstance(c, URIRef)):
            labels = tuple(
                sorted(
                    (
                        obj
                        for obj in graph.objects(concept, SKOS.prefLabel)
                        if isinstance(obj, Literal)
                    ),
                    key=lambda lit: (lit.language or "", str(lit)),
                )
            )
            concept_labels[concept] = labels
            categories.setdefault(local_name(concept), concept)
            for label in labels:
                if (label.language or "").startswith("zh"):
                    categories.setdefault(str(label), concept)
        return cls(classes=classes, categories=categories, concept_labels=concept_labels)

    @classmethod
    def packaged(cls, extensions: Iterable[str | Path] = ()) -> TermIndex:
        return cls.from_graph(load_ontology(extensions))

    def class_iri(self, class_id: str) -> URIRef:
        """The IRI of a stakeholder class id, or RDFError naming the unknown id."""
        try:
            return self.classes[class_id]
        except KeyError:
            raise RDFError(
                f"stakeholder class {class_id!r} is not in the ontology",
                hint="declare it under zhkg:Stakeholder in an extension ontology (--ontology)",
            ) from None

    def category_iri(self, label: str) -> URIRef:
        """The concept of a category label or id, or RDFError naming the unknown category."""
        try:
            return self.categories[label]
        except KeyError:
            raise RDFError(
                f"responsibility category {label!r} is not in zhkg:ResponsibilityCategories",
                hint="add it as a skos:Concept of that scheme in an extension (--ontology)",
            ) from None
