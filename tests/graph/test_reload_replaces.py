"""Loading a document again replaces its facts, on both backends.

The reference for every check is a fresh store loaded once with the final graph:
a store that held the old facts and was loaded again must hold exactly the same
nodes and edges, so nothing removed from the graph survives in the store.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Graph, URIRef

from zhkg.graph.config import EmbeddedSettings
from zhkg.graph.embedded_store import EmbeddedStore
from zhkg.graph.rows import rows_from_graph
from zhkg.graph.store import GraphStore
from zhkg.ontology.corrections import apply_corrections, read_corrections
from zhkg.ontology.lexicon import load_lexicon
from zhkg.ontology.namespace import ZHKG

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
CORRECTIONS = EXAMPLES / "corrections.tsv"
REJECTED = ("售后服务责任", "在享受消费权益台相关政策", "为直播电商提供规范性指导和支持")
ADDED = "处理退换货问题、使用指导等售后事务"


def _copy(graph: Graph) -> Graph:
    copy = Graph()
    copy += graph
    return copy


def _content(store: GraphStore) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """Every node (label, iri) and every edge (type, source, target, key) of a store."""
    nodes = store.run("MATCH (n) RETURN label(n) AS l, n.iri AS iri ORDER BY l, iri")
    edges = store.run(
        "MATCH (a)-[e]->(b) RETURN label(e) AS t, a.iri AS src, b.iri AS dst, "
        "coalesce(e.statement, e.iri, '') AS k ORDER BY t, src, dst, k"
    )
    return [tuple(row.values()) for row in nodes], [tuple(row.values()) for row in edges]


@pytest.fixture
def reference(tmp_path: Path) -> EmbeddedStore:
    store = EmbeddedStore(EmbeddedSettings(tmp_path / "reference.lbug"))
    store.ensure_schema()
    return store


def _same_as_fresh(
    store: GraphStore, graph: Graph, vocabulary: Graph, fresh: EmbeddedStore
) -> None:
    fresh.load(rows_from_graph(graph, vocabulary))
    assert store.counts() == fresh.counts()
    if isinstance(store, EmbeddedStore):
        assert _content(store) == _content(fresh)
    else:  # Neo4j has no label(): compare by type() on its side
        edges = store.run(
            "MATCH (a)-[e]->(b) RETURN type(e) AS t, a.iri AS src, b.iri AS dst, "
            "coalesce(e.statement, e.iri, '') AS k ORDER BY t, src, dst, k"
        )
        assert [tuple(row.values()) for row in edges] == _content(fresh)[1]


def _duties(store: GraphStore) -> dict[str, set[str]]:
    rows = store.run(
        "MATCH (s:Stakeholder)-[rf:RESPONSIBLE_FOR]->(r:Responsibility) "
        "RETURN r.name AS duty, s.name AS holder, coalesce(rf.asserted_by, '') AS origin"
    )
    found: dict[str, set[str]] = {}
    for row in rows:
        found.setdefault(str(row["duty"]), set()).add(f"{row['holder']}:{row['origin']}")
    return found


def test_corrections_reloaded_replace_the_old_facts(
    store: GraphStore, pipeline_graph: Graph, vocabulary: Graph, reference: EmbeddedStore
) -> None:
    store.load(rows_from_graph(pipeline_graph, vocabulary))
    before = _duties(store)
    assert all(duty in before for duty in REJECTED) and ADDED not in before
    corrected = _copy(pipeline_graph)
    report = apply_corrections(corrected, read_corrections(CORRECTIONS), load_lexicon())
    assert (report.rejected_statements, report.added_statements) == (3, 1)
    store.load(rows_from_graph(corrected, vocabulary))
    after = _duties(store)
    assert not any(duty in after for duty in REJECTED)
    assert after[ADDED] == {"主播:correction"}
    # the shortcut edges went with their statements: no holder still "bears" a rejected duty
    shortcut = store.run(
        "MATCH (s:Stakeholder)-[:RESPONSIBLE_FOR]->(r:Responsibility) "
        "WHERE r.name IN $duties RETURN count(*) AS n",
        {"duties": list(REJECTED)},
    )
    assert shortcut == [{"n": 0}]
    _same_as_fresh(store, corrected, vocabulary, reference)


def test_a_hand_edited_turtle_replaces_the_document(
    store: GraphStore, pipeline_graph: Graph, vocabulary: Graph, reference: EmbeddedStore
) -> None:
    """A statement deleted by hand goes, even when its zhkg:bears triple was left behind."""
    store.load(rows_from_graph(pipeline_graph, vocabulary))
    edited = _copy(pipeline_graph)
    statements = sorted(edited.subjects(RDF.type, ZHKG.ResponsibilityStatement), key=str)[:3]
    duties = {edited.value(s, ZHKG.duty) for s in statements}
    for statement in statements:
        edited.remove((statement, None, None))  # the bears triple stays, as a researcher leaves it
    store.load(rows_from_graph(edited, vocabulary))
    left = store.run(
        "MATCH ()-[rf:RESPONSIBLE_FOR]->() WHERE rf.statement IN $s RETURN count(*) AS n",
        {"s": [str(s) for s in statements]},
    )
    assert left == [{"n": 0}]
    for duty in duties:
        assert isinstance(duty, URIRef)
        if not any(True for _ in edited.subjects(ZHKG.duty, duty)):
            gone = store.run(
                "MATCH (r:Responsibility) WHERE r.iri = $iri RETURN count(r) AS n",
                {"iri": str(duty)},
            )
            assert gone == [{"n": 0}]
    _same_as_fresh(store, edited, vocabulary, reference)


def test_reloading_unchanged_input_changes_nothing(
    store: GraphStore, pipeline_graph: Graph, vocabulary: Graph
) -> None:
    groups = rows_from_graph(pipeline_graph, vocabulary)
    store.load(groups)
    first = store.counts()
    store.load(groups)
    assert store.counts() == first


def test_removing_a_document_leaves_what_the_others_support(
    store: GraphStore, pipeline_graph: Graph, vocabulary: Graph, reference: EmbeddedStore
) -> None:
    groups = rows_from_graph(pipeline_graph, vocabulary)
    store.load(groups)
    law = next(g.document for g in groups if g.title == "中华人民共和国电子商务法")
    documents = store.documents()
    assert law in documents and len(documents) == 2
    store.remove_document(law)
    assert law not in store.documents() and len(store.documents()) == 1
    # what remains equals a fresh load of the paper alone
    from zhkg import pipeline

    paper, _ = pipeline.rdf_for_paths([EXAMPLES / "live_commerce_stakeholders.txt"])
    _same_as_fresh(store, paper, vocabulary, reference)
