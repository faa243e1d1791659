"""OWL consistency of the ontology with instance data, by owlrl's closures.

Domains and ranges must never give an instance two of the pairwise disjoint
top classes (a Sentence inferred to be a Stakeholder, say), and OWL 2 RL
reasoning must report no inconsistency. The broken case proves the check bites.
"""

from __future__ import annotations

import owlrl
import pytest
from owl_checks import closure, contradictions, disjoint_top_classes
from owlrl.Closure import ERRNS
from rdf_factory import make_extraction
from rdflib import Graph
from rdflib.namespace import RDF, RDFS

from zhkg.ontology.builder import build_graph
from zhkg.ontology.namespace import ZHKG, ZHKG_ID
from zhkg.ontology.ontology import TermIndex


def test_top_classes_are_declared_disjoint(ontology: Graph) -> None:
    top = disjoint_top_classes(ontology)
    assert {ZHKG.Sentence, ZHKG.Stakeholder, ZHKG.ResponsibilityStatement} <= top


@pytest.mark.parametrize("semantics", [owlrl.RDFS_Semantics, owlrl.OWLRL_Semantics])
def test_sample_instances_get_no_contradictory_types(
    ontology: Graph, terms: TermIndex, semantics: type
) -> None:
    data = build_graph([make_extraction()], terms)
    inferred = closure(ontology, data, semantics)
    assert contradictions(inferred, disjoint_top_classes(ontology)) == {}
    assert list(inferred.subjects(RDF.type, ERRNS.ErrorMessage)) == []
    # the ranges did their work: holders are inferred Stakeholders
    holder = ZHKG_ID["stakeholder/%E4%B8%BB%E6%92%AD"]
    assert (holder, RDF.type, ZHKG.Stakeholder) in inferred


def test_a_sentence_used_as_holder_is_caught(ontology: Graph, terms: TermIndex) -> None:
    data = build_graph([make_extraction()], terms)
    sentence = ZHKG_ID["doc/sample/sentence/1"]
    (statement,) = data.subjects(ZHKG.holder, ZHKG_ID["stakeholder/%E5%95%86%E5%AE%B6"])
    data.set((statement, ZHKG.holder, sentence))
    rdfs = closure(ontology, data, owlrl.RDFS_Semantics)
    assert str(sentence) in contradictions(rdfs, disjoint_top_classes(ontology))
    owl = closure(ontology, data, owlrl.OWLRL_Semantics)
    assert list(owl.subjects(RDF.type, ERRNS.ErrorMessage)) != []


def test_classes_of_the_domain_lexicon_are_stakeholders_after_closure(ontology: Graph) -> None:
    inferred = Graph()
    inferred += ontology
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(inferred)
    assert (ZHKG.PlatformOperator, RDFS.subClassOf, ZHKG.Stakeholder) in inferred
    assert (ZHKG.PlatformOperator, RDFS.subClassOf, ZHKG.Sentence) not in inferred
