"""rdflib Graph -> property-graph rows: read by types and properties, per document."""

from __future__ import annotations

import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, RDFS

from zhkg.errors import RDFError
from zhkg.graph.rows import DocumentRows, rows_from_graph
from zhkg.ontology.namespace import ZHKG

ID = Namespace("https://w3id.org/zhkg/id/")


def _group(groups: list[DocumentRows], document: str | None) -> DocumentRows:
    return next(group for group in groups if group.document == document)


def test_one_group_per_document(sample_groups: list[DocumentRows]) -> None:
    assert [group.document for group in sample_groups] == [str(ID["doc-law"]), str(ID["doc-paper"])]
    assert [group.title for group in sample_groups] == [
        "电子商务法（节选）",
        "直播电商各方主体责任研究",
    ]


@pytest.mark.parametrize(
    ("document", "label", "count"),
    [
        ("doc-paper", "Document", 1),
        ("doc-paper", "Sentence", 6),
        ("doc-paper", "Stakeholder", 4),
        ("doc-paper", "Responsibility", 6),
        ("doc-paper", "Category", 4),
        ("doc-law", "Sentence", 2),
        ("doc-law", "Stakeholder", 2),
        ("doc-law", "Responsibility", 1),
    ],
)
def test_node_rows(
    sample_groups: list[DocumentRows], document: str, label: str, count: int
) -> None:
    assert len(_group(sample_groups, str(ID[document])).node_rows(label)) == count


@pytest.mark.parametrize(
    ("document", "rel_type", "count"),
    [
        ("doc-paper", "RESPONSIBLE_FOR", 7),
        ("doc-paper", "EVIDENCED_BY", 7),
        ("doc-paper", "IN_CATEGORY", 5),
        ("doc-paper", "IN_DOCUMENT", 6),
        ("doc-paper", "COLLABORATES_WITH", 1),
        ("doc-paper", "GIVES_FEEDBACK_TO", 1),
        ("doc-law", "SUPERVISES", 1),
    ],
)
def test_relationship_rows(
    sample_groups: list[DocumentRows], document: str, rel_type: str, count: int
) -> None:
    assert len(_group(sample_groups, str(ID[document])).relationship_rows(rel_type)) == count


@pytest.mark.parametrize(
    ("iri", "name", "kind"),
    [
        ("streamer", "主播", "Streamer"),
        ("merchant", "商家", "Merchant"),
        ("platform-operator", "电子商务平台经营者", "PlatformOperator"),
        ("regulator", "监管部门", "Regulator"),
    ],
)
def test_stakeholder_name_and_most_specific_kind(
    sample_groups: list[DocumentRows], iri: str, name: str, kind: str
) -> None:
    rows = {row["iri"]: row for group in sample_groups for row in group.node_rows("Stakeholder")}
    assert rows[str(ID[iri])] == {"iri": str(ID[iri]), "name": name, "kind": kind}


def test_statement_edge_carries_its_evidence(sample_groups: list[DocumentRows]) -> None:
    paper = _group(sample_groups, str(ID["doc-paper"]))
    edge = next(
        r for r in paper.relationship_rows("RESPONSIBLE_FOR") if r["statement"] == str(ID["st-1"])
    )
    assert edge == {
        "source": str(ID.streamer),
        "target": str(ID["duty-aftersales-streamer"]),
        "statement": str(ID["st-1"]),
        "modality": "must",
        "evidence": "主播应当做好售后服务，及时回应消费者的退换货请求。",
        "document": str(ID["doc-paper"]),
        "sentence": 0,
        "start_offset": 12,
        "end_offset": 37,
        "page": None,
        "confidence": 0.9,
        "rule": "deontic.must",
        "asserted_by": None,
        "surface": "主播",
    }


def test_missing_optional_values_become_none(sample_graph: Graph, vocabulary: Graph) -> None:
    """A hand-edited file (loaded with --no-validate) may lack confidence and rule."""
    loose = Graph()
    loose += sample_graph
    loose.remove((ID["st-6"], ZHKG.confidence, None))
    loose.remove((ID["st-6"], ZHKG.rule, None))
    paper = _group(rows_from_graph(loose, vocabulary), str(ID["doc-paper"]))
    edge = next(
        r for r in paper.relationship_rows("RESPONSIBLE_FOR") if r["statement"] == str(ID["st-6"])
    )
    assert (edge["modality"], edge["confidence"], edge["rule"], edge["surface"]) == (
        "may",
        None,
        None,
        None,
    )
    duty = next(
        r for r in paper.node_rows("Responsibility") if r["iri"] == str(ID["duty-feedback"])
    )
    assert duty["category"] is None


def test_category_keywords_come_from_the_vocabulary(sample_groups: list[DocumentRows]) -> None:
    paper = _group(sample_groups, str(ID["doc-paper"]))
    after_sales = next(r for r in paper.node_rows("Category") if r["name"] == "售后服务")
    assert {"售后", "退换货"} <= set(after_sales["keywords"])  # type: ignore[arg-type]


def _minimal(*triples: tuple[URIRef, URIRef, object]) -> Graph:
    graph = Graph()
    for subject, predicate, obj in triples:
        graph.add((subject, predicate, obj if isinstance(obj, URIRef | Literal) else Literal(obj)))
    return graph


def test_bare_shortcut_triples_still_load() -> None:
    """A hand-written file with only `bears`/relation shortcuts keeps those facts."""
    graph = _minimal(
        (ID.a, RDF.type, ZHKG.Platform),
        (ID.a, RDFS.label, Literal("平台", lang="zh")),
        (ID.b, RDF.type, ZHKG.Merchant),
        (ID.a, ZHKG.bears, ID.duty),
        (ID.duty, RDFS.label, Literal("审核商家资质", lang="zh")),
        (ID.a, ZHKG.supervises, ID.b),
    )
    [group] = rows_from_graph(graph)
    assert group.document is None
    assert [r["name"] for r in group.node_rows("Stakeholder")] == ["平台", "b"]
    assert len(group.relationship_rows("RESPONSIBLE_FOR")) == 1
    assert group.relationship_rows("SUPERVISES")[0]["relation"] == "SUPERVISES"


@pytest.mark.parametrize(
    ("graph", "message"),
    [
        (Graph(), "holds no zhkg documents, stakeholders or responsibility statements"),
        (_minimal((ID.x, RDF.type, FOAF.Person), (ID.x, FOAF.name, "x")), "holds no zhkg"),
        (
            _minimal((ID.s, RDF.type, ZHKG.ResponsibilityStatement), (ID.s, ZHKG.duty, ID.d)),
            "has no zhkg:holder",
        ),
        (
            _minimal(
                (ID.s, RDF.type, ZHKG.ResponsibilityStatement),
                (ID.s, ZHKG.holder, ID.h),
                (ID.s, ZHKG.duty, ID.d),
                (ID.s, ZHKG.modality, "perhaps"),
            ),
            "modality perhaps",
        ),
        (
            _minimal(
                (ID.r, RDF.type, ZHKG.StakeholderRelation),
                (ID.r, ZHKG.relSubject, ID.a),
                (ID.r, ZHKG.relObject, ID.b),
                (ID.r, ZHKG.relationType, "LIKES"),
            ),
            "relationType LIKES",
        ),
        (
            _minimal(
                (ID.s, RDF.type, ZHKG.Sentence),
                (ID.s, ZHKG.sentenceIndex, "first"),
            ),
            "is not an integer",
        ),
    ],
)
def test_unusable_graphs_raise_one_line_rdf_error(graph: Graph, message: str) -> None:
    with pytest.raises(RDFError, match=message) as info:
        rows_from_graph(graph)
    assert "\n" not in str(info.value)


def test_pages_of_a_pdf_reach_the_sentence_rows_and_evidence_edges() -> None:
    from pathlib import Path

    from zhkg.extract.document import read_document
    from zhkg.extract.extractor import extract
    from zhkg.ontology.builder import build_graph
    from zhkg.ontology.lexicon import load_lexicon

    pdf = Path(__file__).resolve().parents[1] / "data" / "pdf" / "paper_two_column.pdf"
    graph = build_graph([extract(read_document(pdf), load_lexicon())])
    (group,) = rows_from_graph(graph)
    sentences = group.node_rows("Sentence")
    assert sentences and {row["page"] for row in sentences} == {1, 2}
    assert all(row["paragraph"] is None for row in sentences)
    edges = group.relationship_rows("RESPONSIBLE_FOR")
    assert edges and all(edge["page"] in (1, 2) for edge in edges)
    supplier = next(edge for edge in edges if "检验报告" in str(edge["evidence"]))
    assert supplier["page"] == 2
