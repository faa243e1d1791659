"""SHACL: the sample conforms; each kind of broken data gives a clear violation line."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from rdf_factory import make_extraction
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from zhkg.errors import ShapeViolationError
from zhkg.ontology.builder import build_graph
from zhkg.ontology.namespace import ZHKG, ZHKG_ID
from zhkg.ontology.ontology import TermIndex
from zhkg.ontology.validate import ensure_valid, validate_graph

STREAMER = ZHKG_ID["stakeholder/%E4%B8%BB%E6%92%AD"]
S1 = ZHKG_ID["doc/sample/sentence/1"]


def streamer_statement(graph: Graph) -> URIRef:
    (node,) = graph.subjects(ZHKG.holder, STREAMER)
    assert isinstance(node, URIRef)
    return node


def drop_holder(graph: Graph) -> None:
    graph.remove((streamer_statement(graph), ZHKG.holder, None))


def reverse_offsets(graph: Graph) -> None:
    graph.set((S1, ZHKG.startOffset, Literal(40, datatype=XSD.integer)))


def negative_offset(graph: Graph) -> None:
    graph.set((S1, ZHKG.startOffset, Literal(-3, datatype=XSD.integer)))


def bad_modality(graph: Graph) -> None:
    graph.set((streamer_statement(graph), ZHKG.modality, ZHKG.Streamer))


def two_modalities(graph: Graph) -> None:
    graph.add((streamer_statement(graph), ZHKG.modality, ZHKG.May))


def confidence_too_high(graph: Graph) -> None:
    value = Literal(Decimal("1.5"), datatype=XSD.decimal)
    graph.set((streamer_statement(graph), ZHKG.confidence, value))


def no_evidence(graph: Graph) -> None:
    graph.remove((streamer_statement(graph), ZHKG.evidence, None))


def untyped_holder(graph: Graph) -> None:
    graph.remove((STREAMER, RDF.type, None))


def holder_is_a_sentence(graph: Graph) -> None:
    graph.set((streamer_statement(graph), ZHKG.holder, S1))


def path_in_source(graph: Graph) -> None:
    graph.set((ZHKG_ID["doc/sample"], ZHKG.sourcePath, Literal("/home/someone/sample.txt")))


@pytest.fixture(scope="module")
def built(terms: TermIndex) -> Graph:
    return build_graph([make_extraction()], terms)


def test_sample_conforms(built: Graph, ontology: Graph) -> None:
    report = validate_graph(built, ontology=ontology)
    assert report.conforms, report.text()
    assert report.lines() == [f"valid: {len(built)} triples conform to the zhkg shapes"]


@pytest.mark.parametrize(
    ("breaking", "focus", "path", "message"),
    [
        (drop_holder, "zhkgid:doc/sample/statement/", "zhkg:holder", "exactly one holder"),
        (
            reverse_offsets,
            "zhkgid:doc/sample/sentence/1",
            "zhkg:startOffset",
            "less than endOffset",
        ),
        (negative_offset, "zhkgid:doc/sample/sentence/1", "zhkg:startOffset", "non-negative"),
        (bad_modality, "zhkgid:doc/sample/statement/", "zhkg:modality", "zhkg:Must, zhkg:MustNot"),
        (two_modalities, "zhkgid:doc/sample/statement/", "zhkg:modality", "exactly one modality"),
        (confidence_too_high, "zhkgid:doc/sample/statement/", "zhkg:confidence", "between 0 and 1"),
        (no_evidence, "zhkgid:doc/sample/statement/", "zhkg:evidence", "evidence sentence"),
        (untyped_holder, "zhkgid:stakeholder/主播", "-", "zhkg:Stakeholder"),
        (holder_is_a_sentence, "zhkgid:doc/sample/statement/", "zhkg:holder", "exactly one holder"),
        (path_in_source, "zhkgid:doc/sample", "zhkg:sourcePath", "without directories"),
    ],
)
def test_broken_data_gives_a_readable_violation(
    built: Graph,
    ontology: Graph,
    breaking: Callable[[Graph], None],
    focus: str,
    path: str,
    message: str,
) -> None:
    graph = Graph()
    graph += built
    breaking(graph)
    report = validate_graph(graph, ontology=ontology)
    assert not report.conforms
    matching = [
        line
        for line in report.lines()
        if line.startswith(f"Violation: {focus}") and f" {path}: " in line and message in line
    ]
    assert matching, report.text()
    assert report.lines()[-1].startswith("invalid: ")


def test_ensure_valid_raises_with_the_report(built: Graph, ontology: Graph) -> None:
    graph = Graph()
    graph += built
    drop_holder(graph)
    with pytest.raises(ShapeViolationError) as info:
        ensure_valid(graph, ontology=ontology)
    assert "exactly one holder" in str(info.value)
    assert "\n" not in str(info.value)
    assert "exactly one holder" in info.value.report
