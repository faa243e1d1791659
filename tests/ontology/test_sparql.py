"""Named SPARQL queries: documented headers, parameters bound (never pasted), answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from zhkg.errors import QueryError
from zhkg.ontology.sparql import (
    bind_parameters,
    load_named_queries,
    parse_query_file,
    resolve_query,
    run_query,
)


@pytest.fixture()
def queried(sample_graph: Graph, ontology: Graph) -> Graph:
    graph = Graph()
    graph += sample_graph
    graph += ontology
    return graph


def column(graph: Graph, name: str, params: dict[str, str], key: str) -> list[object]:
    result = run_query(graph, resolve_query(name), params)
    return [record[key] for record in result.records()]


def test_every_packaged_query_is_documented() -> None:
    queries = load_named_queries()
    assert {
        "category-holders",
        "stakeholder-duties",
        "shared-duties",
        "statement-evidence",
        "responsibility-matrix",
        "stakeholder-relations",
        "relation-network",
    } <= set(queries)
    for query in queries.values():
        assert query.description, query.name
        assert Path(query.source).stem == query.name
        for parameter in query.parameters:
            assert parameter.description, (query.name, parameter.name)
            assert f"?{parameter.variable}" in query.text


@pytest.mark.parametrize(
    ("name", "params", "key", "expected"),
    [
        ("category-holders", {"category": "售后服务"}, "stakeholder", ["主播", "商家"]),
        ("category-holders", {"category": "售后"}, "stakeholder", ["主播", "商家"]),
        ("category-holders", {"category": "退货"}, "stakeholder", ["主播", "商家"]),
        ("category-holders", {"category": "after-sales service"}, "stakeholder", ["主播", "商家"]),
        ("category-holders", {"category": "信息保护"}, "stakeholder", []),
        (
            "category-holders",
            {"category": "售后服务"},
            "evidence",
            ["主播应当为消费者提供售后服务。", "商家不得拒绝退货。"],
        ),
        ("stakeholder-duties", {"stakeholder": "商家"}, "duty", ["拒绝退货"]),
        (
            "stakeholder-duties",
            {"stakeholder": "商家", "modality": "must_not"},
            "duty",
            ["拒绝退货"],
        ),
        ("stakeholder-duties", {"stakeholder": "商家", "modality": "must"}, "duty", []),
        ("stakeholder-duties", {"stakeholder": "平台", "modality": "may"}, "duty", ["监督商家"]),
        (
            "statement-evidence",
            {"stakeholder": "主播"},
            "evidence",
            ["主播应当为消费者提供售后服务。"],
        ),
        ("statement-evidence", {"duty": "退货"}, "start", [23]),
        ("stakeholder-relations", {"stakeholder": "消费者"}, "relationType", ["SERVES"]),
        ("stakeholder-relations", {}, "relationType", ["SUPERVISES", "SERVES"]),
        ("stakeholder-relations", {"relation": "SUPERVISES"}, "modality", ["May"]),
        ("stakeholder-relations", {"stakeholder": "主播"}, "modality", [""]),
        ("relation-network", {}, "relationType", ["SERVES", "SUPERVISES"]),
        ("relation-network", {"stakeholders": "平台、商家"}, "object", ["商家"]),
        ("relation-network", {"stakeholders": "平台、主播"}, "object", []),
        ("responsibility-matrix", {}, "categoryLabel", ["售后服务", "售后服务", ""]),
        ("shared-duties", {}, "duty", []),
    ],
)
def test_named_query_answers(
    queried: Graph, name: str, params: dict[str, str], key: str, expected: list[object]
) -> None:
    assert sorted(map(str, column(queried, name, params, key))) == sorted(map(str, expected))


def test_shared_duties_across_holders(queried: Graph, terms: object) -> None:
    from rdf_factory import make_extraction, replace_statement

    from zhkg.ontology.builder import build_graph

    extraction = make_extraction()
    merchant = extraction.responsibilities[1].holder
    shared = replace_statement(extraction, 1, duty="为消费者提供售后服务", holder=merchant)
    graph = build_graph([shared], terms)  # type: ignore[arg-type]
    result = run_query(graph, resolve_query("shared-duties"), {})
    assert result.records() == [
        {
            "duty": "为消费者提供售后服务",
            "holders": 2,
            "stakeholders": result.rows[0][2],
            "statements": 2,
        }
    ]
    assert set(str(result.rows[0][2]).split("、")) == {"主播", "商家"}


def test_statement_evidence_by_iri(queried: Graph) -> None:
    first = run_query(queried, resolve_query("statement-evidence"), {"stakeholder": "商家"})
    iri = str(first.records()[0]["statement"])
    short = iri.replace("https://w3id.org/zhkg/id/", "zhkgid:")
    for value in (iri, short, f"<{iri}>"):
        again = run_query(queried, resolve_query("statement-evidence"), {"statement": value})
        assert [r["evidence"] for r in again.records()] == ["商家不得拒绝退货。"]


@pytest.mark.parametrize(
    "hostile",
    ['售后") || true || ("', "售后' } } UNION { ?s ?p ?o } #", '"; DROP ALL; "'],
)
def test_values_are_bound_not_pasted(queried: Graph, hostile: str) -> None:
    assert column(queried, "category-holders", {"category": hostile}, "stakeholder") == []


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "needs --param category=VALUE"),
        ({"category": "售后", "colour": "red"}, "has no parameter 'colour'"),
    ],
)
def test_parameter_errors(params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        bind_parameters(resolve_query("category-holders"), params)


def test_unknown_query_lists_the_known_ones() -> None:
    with pytest.raises(QueryError, match=r"unknown query 'nobody'.*category-holders"):
        resolve_query("nobody")


def test_query_file_with_header(tmp_path: Path, queried: Graph) -> None:
    path = tmp_path / "labels.rq"
    path.write_text(
        "# name: duty-labels\n"
        "# description: duties containing a word\n"
        "# param: word ?w (literal, required) the word\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "PREFIX zhkg: <https://w3id.org/zhkg/ontology#>\n"
        "SELECT ?label WHERE { ?r a zhkg:Responsibility ; rdfs:label ?label .\n"
        "  FILTER (CONTAINS(STR(?label), STR(?w))) }\n",
        encoding="utf-8",
    )
    query = parse_query_file(path)
    assert query.name == "duty-labels"
    assert [p.variable for p in query.parameters] == ["w"]
    assert run_query(queried, query, {"word": "监督"}).rows == (("监督商家",),)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT ?x WHERE { ?x ?y }", "not valid SPARQL"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "only SELECT and ASK"),
    ],
)
def test_bad_queries_are_query_errors(queried: Graph, text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        run_query(queried, text)


def test_bad_parameter_line_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.rq"
    path.write_text("# param: x (float) nope\nSELECT * WHERE { ?s ?p ?o }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="cannot read parameter line"):
        parse_query_file(path)
