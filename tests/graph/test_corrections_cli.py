"""The correction loop from the command line, on both backends.

`zhkg run` on the sample, then again with `--corrections examples/corrections.tsv`
on the same store: the corrected answer is printed, and the three rejected
statements are gone from the Turtle file (statement nodes and `zhkg:bears`
shortcuts) and from the store (edges and duty nodes); the added one is there
with its origin. Then `zhkg load --prune` drops a document no longer in the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDFS, Graph, Literal

from zhkg.cli import main
from zhkg.graph.config import EmbeddedSettings, Neo4jSettings
from zhkg.graph.embedded_store import EmbeddedStore
from zhkg.graph.neo4j_store import Neo4jStore
from zhkg.graph.store import GraphStore
from zhkg.ontology.namespace import ZHKG

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PAPER = EXAMPLES / "live_commerce_stakeholders.txt"
LAW = EXAMPLES / "ecommerce_law_2018.txt"
CORRECTIONS = EXAMPLES / "corrections.tsv"
REJECTED = ("售后服务责任", "在享受消费权益台相关政策", "为直播电商提供规范性指导和支持")
ADDED = "处理退换货问题、使用指导等售后事务"


def _neo4j_args(settings: Neo4jSettings) -> list[str]:
    return [
        "--neo4j-uri",
        settings.uri,
        "--neo4j-user",
        settings.user,
        "--neo4j-password",
        settings.password,
        "--neo4j-database",
        settings.database,
    ]


def _backend(
    name: str, request: pytest.FixtureRequest, tmp_path: Path
) -> tuple[list[str], GraphStore]:
    if name == "embedded":
        path = tmp_path / "graph.lbug"
        return ["--db", str(path)], EmbeddedStore(EmbeddedSettings(path))
    store: Neo4jStore = request.getfixturevalue("neo4j_store")  # emptied
    return _neo4j_args(request.getfixturevalue("neo4j_settings")), store


def _duty_edges(store: GraphStore, duty: str) -> int:
    rows = store.run(
        "MATCH (:Stakeholder)-[rf:RESPONSIBLE_FOR]->(r:Responsibility) WHERE r.name = $duty "
        "RETURN count(rf) AS n",
        {"duty": duty},
    )
    return int(rows[0]["n"])  # type: ignore[call-overload]


def _duty_nodes(store: GraphStore, duty: str) -> int:
    rows = store.run(
        "MATCH (r:Responsibility) WHERE r.name = $duty RETURN count(r) AS n", {"duty": duty}
    )
    return int(rows[0]["n"])  # type: ignore[call-overload]


@pytest.mark.parametrize("backend", ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_run_with_corrections_shows_the_corrected_answer_everywhere(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store_args, store = _backend(backend, request, tmp_path)
    before_ttl, after_ttl = tmp_path / "before.ttl", tmp_path / "after.ttl"
    assert main(["run", str(PAPER), "--out", str(before_ttl), *store_args, "--quiet"]) == 0
    first = capsys.readouterr().out
    assert "  售后服务责任  [" in first and ADDED not in first
    for duty in REJECTED:
        assert _duty_edges(store, duty) == 1
    store.close()  # an embedded store is read afresh after another process wrote it
    args = ["run", str(PAPER), "--out", str(after_ttl), "--corrections", str(CORRECTIONS)]
    assert main([*args, *store_args, "--quiet"]) == 0
    answer = capsys.readouterr().out
    assert f"  {ADDED}  [" in answer and "  售后服务责任  [" not in answer
    # Turtle: no statement and no zhkg:bears shortcut of a rejected duty; the added one marked
    graph = Graph().parse(after_ttl, format="turtle")
    for duty in REJECTED:
        nodes = set(graph.subjects(RDFS.label, Literal(duty, lang="zh")))
        assert not any(graph.triples((None, ZHKG.bears, node)) for node in nodes)
        assert not any(graph.triples((None, ZHKG.duty, node)) for node in nodes)
    [added] = graph.subjects(RDFS.label, Literal(ADDED, lang="zh"))
    [statement] = graph.subjects(ZHKG.duty, added)
    assert str(graph.value(statement, ZHKG.assertedBy)) == "correction"
    # the store: the edges (the shortcut in the property graph) and the orphaned duties gone
    for duty in REJECTED:
        assert _duty_edges(store, duty) == 0
        assert _duty_nodes(store, duty) == 0
    origin = store.run(
        "MATCH (s:Stakeholder)-[rf:RESPONSIBLE_FOR]->(r:Responsibility) WHERE r.name = $duty "
        "RETURN s.name AS holder, rf.asserted_by AS origin, rf.sentence AS sentence",
        {"duty": ADDED},
    )
    assert origin == [{"holder": "主播", "origin": "correction", "sentence": 0}]
    store.close()


@pytest.mark.parametrize("backend", ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def test_load_prune_removes_documents_no_longer_in_the_input(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store_args, store = _backend(backend, request, tmp_path)
    both = tmp_path / "both.ttl"
    paper = tmp_path / "paper.ttl"
    assert main(["build", str(PAPER), str(LAW), "--out", str(both), "--quiet"]) == 0
    assert main(["build", str(PAPER), "--out", str(paper), "--quiet"]) == 0
    assert main(["load", str(both), *store_args, "--quiet"]) == 0
    assert len(store.documents()) == 2
    store.close()  # an embedded store is read afresh after another process wrote it
    assert main(["load", str(paper), *store_args, "--quiet"]) == 0
    assert len(store.documents()) == 2  # without --prune the law stays
    store.close()
    assert main(["load", str(paper), *store_args, "--prune"]) == 0
    assert "pruned 1 document(s)" in capsys.readouterr().err
    assert len(store.documents()) == 1
    law_only = store.run(
        "MATCH (s:Stakeholder) WHERE s.name = $name RETURN count(s) AS n",
        {"name": "电子商务经营者"},  # a party only the law names
    )
    assert law_only == [{"n": 0}]
    store.close()
