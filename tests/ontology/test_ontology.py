"""The packaged ontology: parses, is labelled, declares what the code uses, loads elsewhere."""

from __future__ import annotations

from importlib import resources

import pyoxigraph
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from zhkg.extract.model import Modality, RelationKind
from zhkg.ontology.builder import MODALITY_INDIVIDUALS, RELATION_PROPERTIES
from zhkg.ontology.namespace import ZHKG, ZHKG_ONTOLOGY_IRI

NS = str(ZHKG._NS)


def zhkg_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}


def languages(graph: Graph, term: URIRef, predicate: URIRef) -> set[str]:
    return {
        o.language or ""
        for o in graph.objects(term, predicate)
        if isinstance(o, Literal) and o.language
    }


def test_ontology_header_has_iri_and_version(ontology: Graph) -> None:
    assert (ZHKG_ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ZHKG_ONTOLOGY_IRI, OWL.versionInfo) is not None
    version_iri = ontology.value(ZHKG_ONTOLOGY_IRI, OWL.versionIRI)
    assert str(version_iri).startswith(str(ZHKG_ONTOLOGY_IRI) + "/")


@pytest.mark.parametrize("predicate", [RDFS.label, SKOS.prefLabel])
def test_every_term_has_zh_and_en_labels(ontology: Graph, predicate: URIRef) -> None:
    missing = sorted(
        str(term)
        for term in zhkg_terms(ontology)
        if not {"zh", "en"} <= languages(ontology, term, predicate)
    )
    assert missing == []


def test_every_term_has_a_definition(ontology: Graph) -> None:
    missing = sorted(
        str(term) for term in zhkg_terms(ontology) if ontology.value(term, SKOS.definition) is None
    )
    assert missing == []


def test_at_most_one_preflabel_per_language(ontology: Graph) -> None:
    for term in zhkg_terms(ontology):
        tags = [
            o.language for o in ontology.objects(term, SKOS.prefLabel) if isinstance(o, Literal)
        ]
        assert len(tags) == len(set(tags)), term


def test_namespace_and_ontology_declare_the_same_terms(ontology: Graph) -> None:
    declared = {URIRef(NS + name) for name in ZHKG.__annotations__}
    assert declared == zhkg_terms(ontology)


def test_no_term_is_both_class_and_individual(ontology: Graph) -> None:
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    individuals = set(ontology.subjects(RDF.type, OWL.NamedIndividual))
    properties = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(
        ontology.subjects(RDF.type, OWL.DatatypeProperty)
    )
    assert classes & individuals == set()
    assert classes & properties == set()
    assert individuals & properties == set()


@pytest.mark.parametrize(("modality", "individual"), list(MODALITY_INDIVIDUALS.items()))
def test_modality_individuals_carry_the_model_codes(
    ontology: Graph, modality: Modality, individual: URIRef
) -> None:
    assert (individual, RDF.type, ZHKG.Modality) in ontology
    assert (individual, RDF.type, OWL.NamedIndividual) in ontology
    assert str(ontology.value(individual, SKOS.notation)) == modality.value


@pytest.mark.parametrize(("kind", "prop"), list(RELATION_PROPERTIES.items()))
def test_relation_properties_carry_the_relation_kind(
    ontology: Graph, kind: RelationKind, prop: URIRef
) -> None:
    assert str(ontology.value(prop, SKOS.notation)) == kind.value
    assert ontology.value(prop, RDFS.domain) == ZHKG.Stakeholder
    assert ontology.value(prop, RDFS.range) == ZHKG.Stakeholder
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology
    assert (prop, RDFS.subPropertyOf, ZHKG.relatedTo) in ontology
    assert ((prop, RDF.type, OWL.SymmetricProperty) in ontology) is kind.symmetric
    for predicate in (RDFS.label, SKOS.prefLabel, SKOS.definition):
        languages = {value.language for value in ontology.objects(prop, predicate)}  # type: ignore[attr-defined]
        assert languages == {"zh", "en"}, (prop, predicate)


def test_every_relation_type_has_a_property() -> None:
    assert set(RELATION_PROPERTIES) == set(RelationKind)
    assert len(set(RELATION_PROPERTIES.values())) == len(RelationKind) == 10


@pytest.mark.parametrize(
    ("prop", "kind"),
    [
        (ZHKG.holder, OWL.ObjectProperty),
        (ZHKG.duty, OWL.ObjectProperty),
        (ZHKG.bears, OWL.ObjectProperty),
        (ZHKG.evidence, OWL.ObjectProperty),
        (ZHKG.startOffset, OWL.DatatypeProperty),
        (ZHKG.confidence, OWL.DatatypeProperty),
        (ZHKG.text, OWL.DatatypeProperty),
        (ZHKG.headNoun, OWL.AnnotationProperty),
    ],
)
def test_properties_are_typed_with_domain_and_range(
    ontology: Graph, prop: URIRef, kind: URIRef
) -> None:
    assert (prop, RDF.type, kind) in ontology
    if kind != OWL.AnnotationProperty:
        assert ontology.value(prop, RDFS.domain) is not None
        assert ontology.value(prop, RDFS.range) is not None


def test_stakeholder_classes_come_from_the_domain_lexicon(ontology: Graph) -> None:
    subclasses = set(ontology.transitive_subjects(RDFS.subClassOf, ZHKG.Stakeholder))
    for cls in (
        ZHKG.Platform,
        ZHKG.Streamer,
        ZHKG.Merchant,
        ZHKG.Consumer,
        ZHKG.Regulator,
        ZHKG.Brand,
        ZHKG.Supplier,
        ZHKG.LogisticsProvider,
        ZHKG.PaymentProvider,
        ZHKG.IndustryOrganisation,
    ):
        assert cls in subclasses


def test_ontology_loads_in_pyoxigraph() -> None:
    """A second, independent RDF implementation parses both files and answers SPARQL."""
    store = pyoxigraph.Store()
    for name in ("core.ttl", "domain.ttl"):
        data = resources.files("zhkg.ontology").joinpath(name).read_bytes()
        store.load(data, format=pyoxigraph.RdfFormat.TURTLE)
    rows = store.query(
        """
        PREFIX zhkg: <https://w3id.org/zhkg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?label WHERE {
          ?cls rdfs:subClassOf+ zhkg:Stakeholder ; skos:prefLabel ?label .
          FILTER (LANG(?label) = "zh")
        }
        """
    )
    assert isinstance(rows, pyoxigraph.QuerySolutions)
    labels = {row["label"].value for row in rows}
    assert {"平台", "主播", "商家", "消费者", "电子商务平台经营者", "平台内经营者"} <= labels
    ask = store.query(
        "PREFIX owl: <http://www.w3.org/2002/07/owl#> "
        "ASK { <https://w3id.org/zhkg/ontology> a owl:Ontology ; owl:versionIRI ?v }"
    )
    assert bool(ask)
