"""Stages 1-3 on real texts through ``zhkg.pipeline``: the acceptance criteria of the RDF stage.

These depend on the stage-1 reader and the stage-2 extractor; they assert what
the exported graph must answer (after-sales duties of 主播 and 商家 with their
evidence), so a regression in extraction makes them fail.
"""

from __future__ import annotations

from pathlib import Path

import owlrl
import pytest
from owl_checks import closure, contradictions, disjoint_top_classes
from owlrl.Closure import ERRNS
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

from zhkg import pipeline
from zhkg.ontology.builder import CorpusGraph
from zhkg.ontology.namespace import ZHKG
from zhkg.ontology.ontology import load_ontology
from zhkg.ontology.serialize import parse_graph
from zhkg.ontology.sparql import resolve_query, run_query
from zhkg.ontology.validate import validate_graph

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
PAPER = CORPUS / "000_2591329908875055.txt"
LAW = CORPUS / "dianzi_shangwu_fa_2018.txt"

EXTENSION = """
@prefix zhkg: <https://w3id.org/zhkg/ontology#> .
@prefix ex:   <https://example.org/ext#> .
@prefix owl:  <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
ex:ProductSelector a owl:Class ; rdfs:subClassOf zhkg:Streamer ;
    skos:prefLabel "星选官"@zh, "product selector"@en ;
    skos:altLabel "选品官"@zh .
"""
RULES = (
    "第一条 为规范直播营销活动，制定本办法。\n"
    "第二条 星选官应当如实介绍商品的性能和质量，不得虚构交易。\n"
    "第三条 选品官应当核验供货商的资质。\n"
)


@pytest.fixture(scope="module")
def corpus() -> CorpusGraph:
    return pipeline.build_rdf([CORPUS])


@pytest.fixture(scope="module")
def corpus_file(corpus: CorpusGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pipeline.write_rdf(corpus.graph, tmp_path_factory.mktemp("rdf") / "corpus.ttl")


def test_corpus_builds_without_failures(corpus: CorpusGraph) -> None:
    assert corpus.failures == ()
    assert corpus.statements > 100
    assert len(set(corpus.graph.subjects(RDF.type, ZHKG.ResponsibilityStatement))) > 100


def test_written_corpus_loads_and_validates(corpus_file: Path, corpus: CorpusGraph) -> None:
    assert isomorphic(parse_graph(corpus_file), corpus.graph)
    report = pipeline.validate_rdf([corpus_file])
    assert report.conforms, report.text()


@pytest.mark.parametrize("holder", ["主播", "商家"])
def test_after_sales_query_names_streamer_and_merchant_with_evidence(
    corpus_file: Path, holder: str
) -> None:
    graph = load_ontology()
    graph += parse_graph(corpus_file)
    result = run_query(graph, resolve_query("category-holders"), {"category": "售后服务"})
    rows = [r for r in result.records() if r["stakeholder"] == holder]
    assert rows, result.to_tsv()
    for row in rows:
        assert holder in str(row["evidence"])
        assert str(row["source"]) == PAPER.name
        assert isinstance(row["start"], int) and isinstance(row["end"], int)
        assert 0 <= row["start"] < row["end"]


def test_sentence_offsets_point_into_the_original_file(corpus: CorpusGraph) -> None:
    """The law is clean Simplified text: original[start:end] is the sentence itself."""
    original = LAW.read_text(encoding="utf-8")
    checked = 0
    for document in corpus.graph.subjects(ZHKG.sourcePath, None):
        if str(corpus.graph.value(document, ZHKG.sourcePath)) != LAW.name:
            continue
        for sentence in corpus.graph.subjects(ZHKG.inDocument, document):
            text = corpus.graph.value(sentence, ZHKG.text)
            if text is None:
                continue
            start = int(str(corpus.graph.value(sentence, ZHKG.startOffset)))
            end = int(str(corpus.graph.value(sentence, ZHKG.endOffset)))
            assert original[start:end] == str(text)
            checked += 1
    assert checked > 100


def test_re_ingesting_a_file_gives_an_isomorphic_graph() -> None:
    first = pipeline.build_rdf([LAW]).graph
    second = pipeline.build_rdf([LAW]).graph
    assert isomorphic(first, second)


def test_two_files_merge_their_shared_stakeholders(corpus: CorpusGraph) -> None:
    graph = corpus.graph
    consumer = next(
        s
        for s in graph.subjects(RDFS.label, None)
        if str(graph.value(s, RDFS.label)) == "消费者" and (s, RDF.type, ZHKG.Consumer) in graph
    )
    documents = set(graph.subjects(ZHKG.mentions, consumer))
    sources = {str(graph.value(d, ZHKG.sourcePath)) for d in documents}
    assert {PAPER.name, LAW.name} <= sources


def _holders(graph: Graph) -> set[str]:
    return {
        str(graph.value(holder, RDFS.label))
        for holder in graph.objects(None, ZHKG.holder)
        if isinstance(holder, URIRef)
    }


def test_an_alias_in_an_extension_ontology_changes_extraction(tmp_path: Path) -> None:
    text = tmp_path / "rules.txt"
    text.write_text(RULES, encoding="utf-8")
    extension = tmp_path / "selectors.ttl"
    extension.write_text(EXTENSION, encoding="utf-8")

    plain = pipeline.build_rdf([text]).graph
    extended = pipeline.build_rdf([text], extensions=[extension]).graph

    # without the extension 星选官 is at most a generic party (an everyday noun before
    # 应当); the extension types it and merges the alias into it
    assert not set(plain.subjects(RDF.type, URIRef("https://example.org/ext#ProductSelector")))
    assert "星选官" in _holders(extended) and "选品官" not in _holders(extended)
    party = next(
        s
        for s in extended.subjects(RDFS.label, None)
        if str(extended.value(s, RDFS.label)) == "星选官"
    )
    assert (party, RDF.type, URIRef("https://example.org/ext#ProductSelector")) in extended
    written = {
        str(extended.value(statement, ZHKG.surfaceForm))
        for statement in extended.subjects(ZHKG.holder, party)
    }
    assert written == {"星选官", "选品官"}  # the alias names the same, canonical party
    report = validate_graph(extended, extensions=[extension])
    assert report.conforms, report.text()


def test_sample_paper_graph_is_consistent_with_the_ontology() -> None:
    """OWL 2 RL closure (domains, ranges, disjointness) of the sample paper's graph:
    no instance gets two disjoint types (a Sentence inferred to be a Stakeholder …)."""
    ontology = load_ontology()
    inferred = closure(ontology, pipeline.build_rdf([PAPER]).graph, owlrl.OWLRL_Semantics)
    assert contradictions(inferred, disjoint_top_classes(ontology)) == {}
    assert list(inferred.subjects(RDF.type, ERRNS.ErrorMessage)) == []


def test_a_span_naming_two_parties_gives_two_valid_mentions(tmp_path: Path) -> None:
    # 居（村）民委员会 names 居民委员会 and 村民委员会 in one written span (a bracketed
    # division alone, as in 区（县）教育局, names one level of government and stays whole)
    text = tmp_path / "rules.txt"
    text.write_text("第三条 居（村）民委员会应当定期检查楼道的消防状况。\n", encoding="utf-8")
    graph = pipeline.build_rdf([text]).graph

    forms = {str(form) for form in graph.objects(None, ZHKG.surfaceForm)}
    assert {"居民委员会", "村民委员会"} <= forms
    mentions = set(graph.subjects(RDF.type, ZHKG.Mention))
    assert all(len(set(graph.objects(m, ZHKG.refersTo))) == 1 for m in mentions)
    report = validate_graph(graph)
    assert report.conforms, report.text()
