"""Both backends: idempotent loading, rollback per document, verbatim values, clear errors."""

from __future__ import annotations

import copy
import socket
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

from zhkg.errors import LoadError, ReadOnlyQueryError, StoreUnavailableError
from zhkg.graph.config import EmbeddedSettings, Neo4jSettings
from zhkg.graph.embedded_store import EmbeddedStore
from zhkg.graph.neo4j_store import Neo4jStore
from zhkg.graph.rows import DocumentRows, rows_from_graph
from zhkg.graph.schema import is_safe_label
from zhkg.graph.store import GraphStore, StoreCounts
from zhkg.ontology.namespace import ZHKG

ID = Namespace("https://w3id.org/zhkg/id/")
SAMPLE_COUNTS = StoreCounts(nodes=28, relationships=33)


def test_load_writes_every_row_once(store: GraphStore, sample_groups: list[DocumentRows]) -> None:
    report = store.load(sample_groups)
    assert (report.documents, report.nodes, report.relationships) == (2, 28, 33)
    assert store.counts() == SAMPLE_COUNTS


def test_loading_twice_changes_nothing(
    store: GraphStore, sample_groups: list[DocumentRows]
) -> None:
    store.load(sample_groups)
    first = store.counts()
    store.load(sample_groups, batch_size=3)
    assert store.counts() == first == SAMPLE_COUNTS


def test_a_document_met_twice_in_one_load_is_held_once(
    store: GraphStore, sample_groups: list[DocumentRows]
) -> None:
    # one row per transaction: the second copy comes after the first was committed,
    # so it must replace it, not add its edges a second time
    twice = [*sample_groups, *sample_groups]
    store.load(twice, transaction_rows=1, force=True)
    assert store.counts() == SAMPLE_COUNTS


def test_reloading_the_sample_texts_changes_nothing(
    store: GraphStore, pipeline_groups: list[DocumentRows]
) -> None:
    report = store.load(pipeline_groups)
    first = store.counts()
    assert first.relationships == report.relationships  # every edge row is its own edge
    store.load(pipeline_groups)
    assert store.counts() == first


def _document_count(store: GraphStore, iri: str) -> int:
    rows = store.run("MATCH (d:Document) WHERE d.iri = $iri RETURN count(d) AS n", {"iri": iri})
    return int(rows[0]["n"])  # type: ignore[call-overload]


def test_failure_after_the_first_batch_leaves_nothing_of_the_document(
    store: GraphStore, sample_groups: list[DocumentRows], monkeypatch: pytest.MonkeyPatch
) -> None:
    law, paper = sample_groups
    store.load([law])
    before = store.counts()
    original = store._execute_batch  # type: ignore[attr-defined]
    calls: list[int] = []

    def fail_after_first_batch(*args: object) -> None:
        calls.append(1)
        if len(calls) > 1:
            raise RuntimeError("injected failure after the first batch")
        original(*args)

    monkeypatch.setattr(store, "_execute_batch", fail_after_first_batch)
    with pytest.raises(LoadError, match="injected failure") as info:
        store.load([paper], batch_size=2)
    assert str(paper.document) in str(info.value)
    assert len(calls) == 2
    monkeypatch.undo()
    assert store.counts() == before
    assert _document_count(store, str(paper.document)) == 0


def test_a_row_the_store_rejects_rolls_the_document_back(
    store: GraphStore, sample_groups: list[DocumentRows]
) -> None:
    paper = copy.deepcopy(sample_groups[1])
    paper.nodes["Sentence"]["zz-broken"] = {"iri": None, "text": "no IRI", "position": 99}
    with pytest.raises(LoadError, match="was not loaded") as info:
        store.load([paper], batch_size=1)
    assert "\n" not in str(info.value)
    assert store.counts() == StoreCounts(0, 0)


TRICKY_TEXTS = [
    "他说：\"主播应当'如实'宣传\"。",
    "反斜杠 \\ 和 \\n 以及 \\' 都要原样保存",
    "花括号 {x: 1} 与 ${param} 和 $rows",
    "'; MATCH (n) DETACH DELETE n //",
    '"}) CREATE (x:Stakeholder {iri: "evil"}) //',
    "换行\n制表\t结束 /* 注释 */ MERGE SET REMOVE DROP",
    "emoji 😀 与生僻字 𠮷",
]


def test_document_text_loads_verbatim(store: GraphStore) -> None:
    graph = Graph()
    doc = ID["doc-tricky"]
    graph.add((doc, RDF.type, ZHKG.Document))
    for index, text in enumerate(TRICKY_TEXTS):
        sentence = ID[f"doc-tricky-s{index}"]
        graph.add((sentence, RDF.type, ZHKG.Sentence))
        graph.add((sentence, ZHKG.text, Literal(text, lang="zh")))
        graph.add((sentence, ZHKG.sentenceIndex, Literal(index)))
        graph.add((sentence, ZHKG.inDocument, doc))
    store.load(rows_from_graph(graph))
    rows = store.run(
        "MATCH (s:Sentence)-[:IN_DOCUMENT]->(d:Document) WHERE d.iri = $doc "
        "RETURN s.text AS text ORDER BY s.position",
        {"doc": str(doc)},
    )
    assert [row["text"] for row in rows] == TRICKY_TEXTS
    assert store.run("MATCH (s:Stakeholder) RETURN count(s) AS n") == [{"n": 0}]


def test_run_refuses_writes_in_read_mode(
    store: GraphStore, sample_groups: list[DocumentRows]
) -> None:
    """The second line of defence: even a query the guard missed cannot write."""
    store.load(sample_groups)
    with pytest.raises(ReadOnlyQueryError):
        store.run("MERGE (s:Stakeholder {iri: 'written'}) RETURN s.iri AS iri")
    assert store.counts() == SAMPLE_COUNTS


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Platform", True),
        ("MCNAgency", True),
        ("Platform_2", True),
        ("Stakeholder", False),
        ("Document", False),
        ("Platform) DETACH DELETE n //", False),
        ("平台", False),
        ("", False),
        ("1Platform", False),
        ("A" * 65, False),
    ],
)
def test_only_plain_identifiers_become_secondary_labels(name: str, safe: bool) -> None:
    assert is_safe_label(name) is safe


@pytest.mark.neo4j
def test_neo4j_adds_the_class_as_a_second_label(
    neo4j_store: Neo4jStore, sample_groups: list[DocumentRows]
) -> None:
    neo4j_store.load(sample_groups)
    rows = neo4j_store.run(
        "MATCH (s:Stakeholder) RETURN s.name AS name, labels(s) AS labels ORDER BY name"
    )
    labels = {row["name"]: sorted(row["labels"]) for row in rows}  # type: ignore[arg-type]
    assert labels["主播"] == ["Stakeholder", "Streamer"]
    assert labels["电子商务平台经营者"] == ["PlatformOperator", "Stakeholder"]


@pytest.mark.neo4j
def test_neo4j_an_unsafe_class_name_gets_no_label_but_loads(neo4j_store: Neo4jStore) -> None:
    graph = Graph()
    evil = URIRef("https://example.org/classes#Evil)-[]-(n) DETACH DELETE n")
    graph.add((evil, RDFS.subClassOf, ZHKG.Stakeholder))
    graph.add((ID.x, RDF.type, evil))
    neo4j_store.load(rows_from_graph(graph))
    rows = neo4j_store.run("MATCH (s:Stakeholder) RETURN s.kind AS kind, labels(s) AS labels")
    assert rows == [{"kind": "Evil)-[]-(n) DETACH DELETE n", "labels": ["Stakeholder"]}]


@pytest.mark.neo4j
def test_neo4j_schema_has_a_uniqueness_constraint_per_label(neo4j_store: Neo4jStore) -> None:
    neo4j_store.ensure_schema()
    rows = neo4j_store.run(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type "
        "WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties AS properties"
    )
    found = {row["label"]: row["properties"] for row in rows}
    for label in ("Stakeholder", "Responsibility", "Category", "Document", "Sentence"):
        assert found[label] == ["iri"]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_unreachable_neo4j_is_a_one_line_error_naming_uri_and_cause() -> None:
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    store = Neo4jStore(Neo4jSettings(uri=uri, password="x"))
    with pytest.raises(StoreUnavailableError) as info:
        store.run("RETURN 1 AS x")
    message = str(info.value)
    assert uri in message
    assert "refused" in message.lower()
    assert "\n" not in message


@pytest.mark.parametrize("uri", ["http://127.0.0.1:7474", "localhost:7687", ""])
def test_a_uri_without_a_bolt_scheme_is_refused(uri: str) -> None:
    with pytest.raises(StoreUnavailableError, match="scheme must be one of"):
        Neo4jStore(Neo4jSettings(uri=uri)).run("RETURN 1 AS x")


@pytest.mark.neo4j
def test_wrong_password_is_a_one_line_error_naming_uri_and_cause(
    neo4j_settings: Neo4jSettings,
) -> None:
    settings = Neo4jSettings(
        uri=neo4j_settings.uri, user=neo4j_settings.user, password="not-the-password"
    )
    with pytest.raises(StoreUnavailableError) as info:
        Neo4jStore(settings).run("RETURN 1 AS x")
    message = str(info.value)
    assert neo4j_settings.uri in message
    assert "credentials" in message and "authentication failure" in message
    assert "\n" not in message


@pytest.mark.neo4j
def test_unknown_database_is_named(neo4j_settings: Neo4jSettings) -> None:
    settings = Neo4jSettings(
        uri=neo4j_settings.uri,
        user=neo4j_settings.user,
        password=neo4j_settings.password,
        database="nosuchdb",
    )
    with pytest.raises(StoreUnavailableError, match="no database 'nosuchdb'"):
        Neo4jStore(settings).run("RETURN 1 AS x")


def test_embedded_read_only_store_must_exist(tmp_path: Path) -> None:
    store = EmbeddedStore(EmbeddedSettings(tmp_path / "missing.lbug"), read_only=True)
    with pytest.raises(StoreUnavailableError, match=r"no graph at .*zhkg load"):
        store.run("MATCH (n) RETURN count(n) AS n")
