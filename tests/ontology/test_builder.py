"""Extraction -> RDF: the agreed instance model, deterministic IRIs, merging, bad input."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from rdf_factory import make_document, make_extraction, mention, replace_statement
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from zhkg.errors import RDFError
from zhkg.extract.model import Extraction, Modality, ResponsibilityStatement
from zhkg.ontology import iris
from zhkg.ontology.builder import FileOutcome, GraphBuilder, build_graph, merge_graphs
from zhkg.ontology.namespace import ZHKG, ZHKG_ID
from zhkg.ontology.ontology import TermIndex

DOC = ZHKG_ID["doc/sample"]
STREAMER = ZHKG_ID["stakeholder/%E4%B8%BB%E6%92%AD"]  # 主播
MERCHANT = ZHKG_ID["stakeholder/%E5%95%86%E5%AE%B6"]  # 商家
S0 = ZHKG_ID["doc/sample/sentence/0"]


def the(graph: Graph, subject: Node, predicate: URIRef) -> Node:
    values = list(graph.objects(subject, predicate))
    assert len(values) == 1, (subject, predicate, values)
    return values[0]


def statement_of(graph: Graph, holder: URIRef) -> URIRef:
    (node,) = graph.subjects(ZHKG.holder, holder)
    assert isinstance(node, URIRef)
    return node


@pytest.mark.parametrize(
    ("subject", "predicate", "expected"),
    [
        (DOC, RDF.type, ZHKG.Document),
        (DOC, DCTERMS.title, Literal("测试文档", lang="zh")),
        (DOC, ZHKG.sourcePath, Literal("sample.txt")),
        (ZHKG_ID["doc/sample/section/0"], RDFS.label, Literal("售后责任", lang="zh")),
        (ZHKG_ID["doc/sample/section/0"], ZHKG.sectionNumber, Literal("一、")),
        (ZHKG_ID["doc/sample/section/0"], ZHKG.sectionLevel, Literal(1, datatype=XSD.integer)),
        (S0, ZHKG.text, Literal("主播应当为消费者提供售后服务。", lang="zh")),
        # offsets are into the original file, which has two more leading characters
        (S0, ZHKG.startOffset, Literal(8, datatype=XSD.integer)),
        (S0, ZHKG.endOffset, Literal(23, datatype=XSD.integer)),
        (S0, ZHKG.inSection, ZHKG_ID["doc/sample/section/0"]),
        (S0, ZHKG.inDocument, DOC),
        (STREAMER, RDF.type, ZHKG.Streamer),
        (STREAMER, SKOS.prefLabel, Literal("主播", lang="zh")),
        (MERCHANT, RDF.type, ZHKG.Merchant),
        (ZHKG_ID["doc/sample/mention/0-6-8"], ZHKG.refersTo, STREAMER),
        (ZHKG_ID["doc/sample/mention/0-6-8"], PROV.wasDerivedFrom, S0),
        (ZHKG_ID["doc/sample/mention/0-6-8"], ZHKG.startOffset, Literal(8, datatype=XSD.integer)),
    ],
)
def test_instance_model_triples(
    sample_graph: Graph, subject: URIRef, predicate: URIRef, expected: object
) -> None:
    assert the(sample_graph, subject, predicate) == expected


@pytest.mark.parametrize(
    ("holder", "modality", "duty", "category", "confidence"),
    [
        (STREAMER, ZHKG.Must, "为消费者提供售后服务", ZHKG.AfterSales, Decimal("0.9")),
        (MERCHANT, ZHKG.MustNot, "拒绝退货", ZHKG.AfterSales, Decimal("0.85")),
    ],
)
def test_statement_is_an_nary_node_with_shortcut(
    sample_graph: Graph,
    holder: URIRef,
    modality: URIRef,
    duty: str,
    category: URIRef,
    confidence: Decimal,
) -> None:
    node = statement_of(sample_graph, holder)
    responsibility = iris.responsibility_iri(duty)
    assert (node, RDF.type, ZHKG.ResponsibilityStatement) in sample_graph
    assert the(sample_graph, node, ZHKG.duty) == responsibility
    assert the(sample_graph, node, ZHKG.modality) == modality
    assert the(sample_graph, node, ZHKG.category) == category
    evidence = the(sample_graph, node, ZHKG.evidence)
    assert the(sample_graph, node, PROV.wasDerivedFrom) == evidence
    assert (evidence, RDF.type, ZHKG.Sentence) in sample_graph
    literal = the(sample_graph, node, ZHKG.confidence)
    assert isinstance(literal, Literal) and literal.datatype == XSD.decimal
    assert literal.toPython() == confidence
    assert the(sample_graph, responsibility, RDFS.label) == Literal(duty, lang="zh")
    assert (holder, ZHKG.bears, responsibility) in sample_graph
    assert (category, SKOS.prefLabel, Literal("售后服务", lang="zh")) in sample_graph


def test_relation_is_a_node_with_direct_triple(sample_graph: Graph) -> None:
    (node,) = sample_graph.subjects(ZHKG.relationType, Literal("SERVES"))
    assert the(sample_graph, node, ZHKG.relSubject) == STREAMER
    consumer = the(sample_graph, node, ZHKG.relObject)
    assert (STREAMER, ZHKG.serves, consumer) in sample_graph
    assert the(sample_graph, node, ZHKG.evidence) == S0


def test_statement_without_category_has_none(sample_graph: Graph) -> None:
    platform = ZHKG_ID["stakeholder/%E5%B9%B3%E5%8F%B0"]
    node = statement_of(sample_graph, platform)
    assert list(sample_graph.objects(node, ZHKG.category)) == []


def test_same_input_gives_isomorphic_graphs(terms: TermIndex) -> None:
    first = build_graph([make_extraction()], terms)
    second = build_graph([make_extraction()], terms)
    assert isomorphic(first, second)
    assert set(first) == set(second)  # no blank nodes: even the IRIs are equal


def test_re_ingesting_changes_nothing(terms: TermIndex) -> None:
    builder = GraphBuilder(terms)
    builder.add(make_extraction())
    once = len(builder.graph)
    builder.add(make_extraction())
    assert len(builder.graph) == once


def test_two_documents_share_stakeholders_and_duties(terms: TermIndex) -> None:
    graph = build_graph([make_extraction("a", "a.txt"), make_extraction("b", "b.txt")], terms)
    assert len(set(graph.subjects(RDF.type, ZHKG.Document))) == 2
    assert len(set(graph.subjects(RDF.type, ZHKG.Streamer))) == 1
    responsibility = iris.responsibility_iri("为消费者提供售后服务")
    statements = set(graph.subjects(ZHKG.duty, responsibility))
    assert len(statements) == 2  # one per document, one shared duty node
    separate = merge_graphs(
        [
            build_graph([make_extraction("a", "a.txt")], terms),
            build_graph([make_extraction("b", "b.txt")], terms),
        ]
    )
    assert isomorphic(graph, separate)


def test_generic_type_yields_to_a_specific_one(terms: TermIndex) -> None:
    extraction = make_extraction()
    generic = dataclasses.replace(extraction.responsibilities[0].holder, cls="Stakeholder")
    other = make_extraction("other", "other.txt")
    other = replace_statement(other, 0, holder=generic)
    graph = build_graph([extraction, other], terms)
    assert set(graph.objects(STREAMER, RDF.type)) == {ZHKG.Streamer}


def test_extension_class_in_its_own_namespace(ontology: Graph) -> None:
    extended = Graph()
    extended += ontology
    extended.parse(
        data="""
        @prefix ex: <https://example.org/parties#> .
        @prefix zhkg: <https://w3id.org/zhkg/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        ex:Influencer rdfs:subClassOf zhkg:Streamer ; skos:prefLabel "达人主播"@zh .
        """,
        format="turtle",
    )
    extraction = make_extraction()
    holder = dataclasses.replace(extraction.responsibilities[0].holder, cls="Influencer")
    graph = build_graph(
        [replace_statement(extraction, 0, holder=holder)], TermIndex.from_graph(extended)
    )
    assert URIRef("https://example.org/parties#Influencer") in set(
        graph.objects(STREAMER, RDF.type)
    )


def _with_unknown_class(extraction: Extraction) -> Extraction:
    holder = dataclasses.replace(extraction.responsibilities[0].holder, cls="Astronaut")
    return replace_statement(extraction, 0, holder=holder)


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (_with_unknown_class, "stakeholder class 'Astronaut' is not in the ontology"),
        (lambda e: replace_statement(e, 0, category="太空旅行"), "category '太空旅行'"),
        (lambda e: replace_statement(e, 0, sentence=99), "refers to sentence 99"),
        (lambda e: replace_statement(e, 0, duty="  "), "empty duty"),
    ],
)
def test_bad_extractions_raise_one_line_rdf_errors(
    terms: TermIndex, broken: object, message: str
) -> None:
    with pytest.raises(RDFError) as info:
        build_graph([broken(make_extraction())], terms)  # type: ignore[operator]
    assert message in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            ("s", 0, "主播", "提供售后服务", Modality.MUST),
            ("s", 0, "主播", "提供售后服务", Modality.MUST),
            True,
        ),
        (
            ("s", 0, "主播", "提供售后服务", Modality.MUST),
            ("s", 0, "主播", "提供售后服务", Modality.MAY),
            False,
        ),
        (
            ("s", 0, "主播", "提供售后服务", Modality.MUST),
            ("s", 1, "主播", "提供售后服务", Modality.MUST),
            False,
        ),
        (
            ("s", 0, "主播", "提供售后服务", Modality.MUST),
            ("s", 0, "商家", "提供售后服务", Modality.MUST),
            False,
        ),
        (
            ("s", 0, "主播", "提供售后服务", Modality.MUST),
            ("t", 0, "主播", "提供售后服务", Modality.MUST),
            False,
        ),
    ],
)
def test_statement_iris_depend_on_exactly_their_key(
    a: tuple[str, int, str, str, Modality], b: tuple[str, int, str, str, Modality], same: bool
) -> None:
    def iri(doc: str, sentence: int, label: str, duty: str, modality: Modality) -> URIRef:
        document = make_document(doc)
        holder = mention(document, 0, "主播", label, "Streamer")
        statement = ResponsibilityStatement(holder, duty, modality, None, sentence, 0.5, "r")
        return iris.statement_iri(doc, statement)

    assert (iri(*a) == iri(*b)) is same


@pytest.mark.parametrize(
    ("label", "iri"),
    [
        ("主播", "https://w3id.org/zhkg/id/stakeholder/%E4%B8%BB%E6%92%AD"),
        ("A/B 平台", "https://w3id.org/zhkg/id/stakeholder/A%2FB%20%E5%B9%B3%E5%8F%B0"),
        (" 主播 ", "https://w3id.org/zhkg/id/stakeholder/%E4%B8%BB%E6%92%AD"),
    ],
)
def test_stakeholder_iris_are_percent_encoded(label: str, iri: str) -> None:
    assert str(iris.stakeholder_iri(label)) == iri


def test_a_rejected_extraction_adds_nothing(terms: TermIndex) -> None:
    builder = GraphBuilder(terms)
    builder.add(make_extraction("first", "first.txt"))
    before = set(builder.graph)
    broken = replace_statement(make_extraction("second", "second.txt"), 2, sentence=42)
    with pytest.raises(RDFError, match="refers to sentence 42"):
        builder.add(broken)
    assert set(builder.graph) == before


def test_a_corpus_build_skips_failing_files(tmp_path: Path) -> None:
    from zhkg import pipeline

    (tmp_path / "a.txt").write_text("第一条 平台应当建立投诉制度。\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("第一条 商家不得拒绝退货。\n", encoding="utf-8")
    seen: list[FileOutcome] = []
    corpus = pipeline.build_rdf([tmp_path], on_file=seen.append)
    assert [(o.path.name, o.done, o.total, o.error is None) for o in seen] == [
        ("a.txt", 1, 3, True),
        ("bad.txt", 2, 3, False),
        ("c.txt", 3, 3, True),
    ]
    assert corpus.outcomes == tuple(seen)
    assert corpus.statements == 2
    assert len(set(corpus.graph.subjects(RDF.type, ZHKG.Document))) == 2
    assert corpus.summary().startswith("2/3 files, 1 failed: 2 statements")
