"""Every named query runs on both backends and returns the same rows.

The library is written in the Cypher subset Neo4j and LadybugDB share; these
tests are what proves it, on the hand-written fixture and on the two sample
texts through the real pipeline.
"""

from __future__ import annotations

import pytest

from zhkg.graph.embedded_store import EmbeddedStore
from zhkg.graph.neo4j_store import Neo4jStore
from zhkg.graph.rows import DocumentRows
from zhkg.queries.library import load_queries, run_named

# (query, parameters): every named query at least once, with topics, names and modalities
CASES: list[tuple[str, dict[str, object]]] = [
    ("who_is_responsible", {"topic": "售后"}),
    ("who_is_responsible", {"topic": "售后服务"}),
    ("who_is_responsible", {"topic": "合规"}),
    ("who_is_responsible", {"topic": "信息保护"}),
    ("who_is_responsible", {"topic": "个人信息"}),
    ("who_is_responsible", {"topic": "押金"}),
    ("stakeholder_duties", {"stakeholder": "主播"}),
    ("stakeholder_duties", {"stakeholder": "商家", "modality": "must"}),
    ("stakeholder_duties", {"stakeholder": "主播", "modality": "must_not"}),
    ("stakeholder_duties", {"stakeholder": "消费者", "modality": "should"}),
    ("stakeholder_duties", {"stakeholder": "电子商务平台经营者", "modality": "may"}),
    ("stakeholder_duties", {"stakeholder": "Streamer"}),
    ("shared_duties", {}),
    ("shared_duties", {"topic": "合规"}),
    ("shared_duties", {"min_holders": 3}),
    ("responsibility_matrix", {}),
    ("stakeholder_relations", {"stakeholder": "主播"}),
    ("stakeholder_relations", {"stakeholder": "平台"}),
    ("stakeholder_relations", {"stakeholder": "主播", "other": "商家"}),
    ("stakeholder_relations", {"stakeholder": "平台", "relation": "SERVES", "role": "subject"}),
    ("stakeholder_relations", {"stakeholder": "消费者", "role": "object"}),
    (
        "stakeholder_relations",
        {"stakeholder": "电子商务平台经营者", "relation": "REPORTS_TO", "role": "subject"},
    ),
    ("relation_network", {}),
    ("relation_network", {"stakeholders": "平台、主播、商家、消费者"}),
    ("relation_path", {"source": "平台", "target": "消费者"}),
    ("relation_path", {"source": "监管部门", "target": "消费者"}),
    ("relation_path", {"source": "监管部门", "target": "平台内经营者"}),
    ("stakeholders", {}),
    ("duties_of", {"stakeholders": ["主播", "平台"], "modalities": ["must", "should"]}),
    ("duties_of", {"stakeholders": ["监管部门"], "modalities": ["must"], "surface": "网信部门"}),
    ("duties_of", {"stakeholders": ["消费者", "电子商务平台经营者"], "modalities": ["may"]}),
    ("who_among", {"stakeholders": ["平台", "主播"], "topic": "内容审核"}),
    ("who_among", {"stakeholders": ["商家", "主播"], "topic": "售后"}),
    ("documents_about", {"stakeholders": ["电子商务平台经营者", "平台"], "topic": "信息保护"}),
    ("related_parties", {"relation": "SERVES", "stakeholders": ["消费者"]}),
    ("related_parties", {"relation": "SERVES", "stakeholders": ["平台"], "role": "subject"}),
    ("duties_with_verb", {"verb": "报告", "stakeholders": ["电子商务平台经营者"]}),
    ("duties_with_verb", {"verb": "监督", "stakeholders": ["平台内经营者"], "role": "object"}),
    ("relations_between", {"stakeholders": ["主播", "品牌方"], "others": ["商家", "平台"]}),
    ("relations_of", {"stakeholders": ["平台", "电子商务平台经营者"]}),
]


def test_cases_cover_every_named_query() -> None:
    assert {name for name, _ in CASES} | {"statement_evidence"} == set(load_queries())


def _load_both(groups: list[DocumentRows], embedded: EmbeddedStore, neo4j: Neo4jStore) -> None:
    embedded.load(groups)
    neo4j.load(groups)
    assert embedded.counts() == neo4j.counts()


def _statements(store: EmbeddedStore) -> list[str]:
    rows = store.run(
        "MATCH ()-[rf:RESPONSIBLE_FOR]->() RETURN rf.statement AS s ORDER BY s LIMIT 5"
    )
    return [str(row["s"]) for row in rows]


@pytest.mark.neo4j
@pytest.mark.parametrize("source", ["sample_groups", "pipeline_groups"])
def test_every_named_query_gives_the_same_rows_on_both_backends(
    source: str,
    request: pytest.FixtureRequest,
    embedded_store: EmbeddedStore,
    neo4j_store: Neo4jStore,
) -> None:
    groups: list[DocumentRows] = request.getfixturevalue(source)
    _load_both(groups, embedded_store, neo4j_store)
    cases = CASES + [("statement_evidence", {"statement": s}) for s in _statements(embedded_store)]
    answered = 0
    for name, params in cases:
        embedded_rows = run_named(embedded_store, name, params)
        neo4j_rows = run_named(neo4j_store, name, params)
        assert embedded_rows == neo4j_rows, f"{name} {params}"
        answered += bool(embedded_rows)
    assert answered >= len(cases) // 2  # the comparison is not one of empty results


WHO_AFTER_SALES = [
    (
        "主播",
        "must",
        "做好售后服务",
        "售后服务",
        "主播应当做好售后服务，及时回应消费者的退换货请求。",
    ),
    ("商家", "must", "提供退货、换货等售后服务", "售后服务", "商家应当提供退货、换货等售后服务。"),
]


def test_who_is_responsible_for_after_sales_on_the_fixture(
    store: EmbeddedStore | Neo4jStore, sample_groups: list[DocumentRows]
) -> None:
    store.load(sample_groups)
    rows = run_named(store, "who_is_responsible", {"topic": "售后"})
    assert [
        (r["stakeholder"], r["modality"], r["duty"], r["category"], r["evidence"]) for r in rows
    ] == WHO_AFTER_SALES


@pytest.mark.parametrize(
    ("name", "params", "columns", "expected"),
    [
        (
            "stakeholder_duties",
            {"stakeholder": "主播", "modality": "must_not"},
            ("stakeholder", "duty"),
            [("主播", "进行虚假宣传")],
        ),
        (
            "stakeholder_duties",
            {"stakeholder": "消费者", "modality": "may"},
            ("stakeholder", "duty"),
            [("消费者", "向平台反馈意见")],
        ),
        (
            "shared_duties",
            {"topic": "合规"},
            ("duty", "holders", "stakeholder"),
            [("遵守法律法规", 2, "主播"), ("遵守法律法规", 2, "商家")],
        ),
        (
            "stakeholder_relations",
            {"stakeholder": "商家"},
            ("subject", "relation", "object"),
            [("主播", "COLLABORATES_WITH", "商家")],
        ),
        (
            "stakeholder_relations",
            {"stakeholder": "电子商务平台经营者"},
            ("subject", "relation", "object"),
            [("监管部门", "SUPERVISES", "电子商务平台经营者")],
        ),
    ],
)
def test_named_query_answers_on_the_fixture(
    store: EmbeddedStore | Neo4jStore,
    sample_groups: list[DocumentRows],
    name: str,
    params: dict[str, object],
    columns: tuple[str, ...],
    expected: list[tuple[object, ...]],
) -> None:
    store.load(sample_groups)
    rows = run_named(store, name, params)
    assert [tuple(row[column] for column in columns) for row in rows] == expected


def test_statement_evidence_gives_source_and_offsets(
    store: EmbeddedStore | Neo4jStore, sample_groups: list[DocumentRows]
) -> None:
    store.load(sample_groups)
    [row] = run_named(store, "statement_evidence", {"statement": "https://w3id.org/zhkg/id/st-2"})
    assert (row["stakeholder"], row["evidence"], row["start_offset"], row["end_offset"]) == (
        "商家",
        "商家应当提供退货、换货等售后服务。",
        37,
        54,
    )
    assert (row["document"], row["source"], row["rule"]) == (
        "直播电商各方主体责任研究",
        "paper.txt",
        "deontic.must",
    )


def test_matrix_counts_statements_per_category_and_modality(
    store: EmbeddedStore | Neo4jStore, sample_groups: list[DocumentRows]
) -> None:
    store.load(sample_groups)
    rows = run_named(store, "responsibility_matrix")
    streamer = [r for r in rows if r["stakeholder"] == "主播"]
    assert [(r["category"], r["statements"], r["must"], r["must_not"]) for r in streamer] == [
        ("内容审核", 1, 0, 1),
        ("合规", 1, 1, 0),
        ("售后服务", 1, 1, 0),
    ]


def test_after_sales_on_the_sample_paper_names_streamer_and_merchant(
    store: EmbeddedStore | Neo4jStore, pipeline_groups: list[DocumentRows]
) -> None:
    store.load(pipeline_groups)
    rows = run_named(store, "who_is_responsible", {"topic": "售后"})
    paper = [r for r in rows if r["document"] == "直播电商中的利益相关者角色与责任分配"]
    assert {"主播", "商家"} <= {r["stakeholder"] for r in paper}
    for row in paper:
        assert row["evidence"]
        assert row["category"] == "售后服务" or "售后" in str(row["duty"])


@pytest.mark.neo4j
def test_every_relation_type_is_its_own_edge_type_with_provenance_on_both_backends(
    pipeline_groups: list[DocumentRows], embedded_store: EmbeddedStore, neo4j_store: Neo4jStore
) -> None:
    from zhkg.extract.model import RelationKind

    _load_both(pipeline_groups, embedded_store, neo4j_store)
    for kind in RelationKind:
        query = (
            f"MATCH (a:Stakeholder)-[e:{kind.value}]->(b:Stakeholder) "
            "RETURN a.name AS subject, b.name AS object, e.relation AS relation, "
            "e.modality AS modality, "
            "e.document AS document, e.sentence AS sentence, e.start_offset AS start, "
            "e.end_offset AS stop, e.evidence AS evidence, e.rule AS rule "
            "ORDER BY subject, object, sentence, rule"
        )
        embedded_rows = embedded_store.run(query)
        assert embedded_rows, kind  # every type is read from the two sample texts
        assert embedded_rows == neo4j_store.run(query), kind
        for row in embedded_rows:
            assert row["relation"] == kind.value
            assert row["document"] and row["evidence"] and row["rule"]
            assert 0 <= int(row["start"]) < int(row["stop"])  # type: ignore[call-overload]
            assert row["modality"] in (None, "must", "must_not", "should", "may")
            assert row["modality"] != "must_not"  # a prohibition is no relation


def test_relation_network_among_a_set_keeps_both_ends_inside(
    store: EmbeddedStore | Neo4jStore, pipeline_groups: list[DocumentRows]
) -> None:
    store.load(pipeline_groups)
    names = ["平台", "主播", "商家", "消费者"]
    rows = run_named(store, "relation_network", {"stakeholders": "、".join(names)})
    assert rows and all(row["subject"] in names and row["object"] in names for row in rows)
    assert ("平台", "SERVES", "商家") in {(r["subject"], r["relation"], r["object"]) for r in rows}
    everything = run_named(store, "relation_network", {})
    assert len(everything) > len(rows)


def test_relation_path_finds_who_supervises_the_party_that_serves_consumers(
    store: EmbeddedStore | Neo4jStore, pipeline_groups: list[DocumentRows]
) -> None:
    store.load(pipeline_groups)
    rows = run_named(store, "relation_path", {"source": "监管部门", "target": "消费者"})
    chains = {(r["first"], r["via"], r["second"], r["steps"]) for r in rows}
    assert ("SUPERVISES", "电子商务平台经营者", "SERVES", 2) in chains


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("平台和主播是什么关系？", ("平台", "SERVES", "主播")),
        ("谁监管平台？", ("监管部门", "SUPERVISES", "电子商务平台经营者")),
        ("平台需要向谁报告？", ("电子商务平台经营者", "REPORTS_TO", "税务部门")),
        ("谁对消费者承担赔偿责任？", ("电子商务平台经营者", "COMPENSATES", "消费者")),
    ],
)
def test_relation_questions_are_answered_with_evidence(
    store: EmbeddedStore | Neo4jStore,
    pipeline_groups: list[DocumentRows],
    question: str,
    expected: tuple[str, str, str],
) -> None:
    from zhkg.ontology.lexicon import load_lexicon
    from zhkg.queries.ask import answer_question

    store.load(pipeline_groups)
    answer = answer_question(store, question, load_lexicon())
    triples = {(row["subject"], row["relation"], row["object"]) for row in answer.rows}
    assert expected in triples
    relation = answer.interpretation.params.get("relation")
    assert all(row["evidence"] and row["document"] for row in answer.rows)
    assert relation is None or all(row["relation"] == relation for row in answer.rows)
