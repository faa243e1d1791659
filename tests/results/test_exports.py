"""Exports: GraphML/GEXF/CSV hold exactly the property graph; neo4j-admin CSVs have the
documented headers; RDF/XML loads in owlready2; contradicting suffixes are refused."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import networkx as nx
import pytest

from zhkg.cli import main
from zhkg.export.grass import grass_style
from zhkg.export.networks import network_bytes
from zhkg.export.tables import neo4j_admin_files
from zhkg.graph.config import resolve_settings
from zhkg.graph.rows import DocumentRows, rows_from_graph
from zhkg.graph.schema import STAKEHOLDER_RELATION_TYPES
from zhkg.ontology.ontology import load_ontology
from zhkg.pipeline import load_rdf
from zhkg.views.sources import Collected

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "live_commerce_stakeholders.txt"


@pytest.fixture(scope="module")
def store_counts(sample: Collected, tmp_path_factory: pytest.TempPathFactory) -> tuple[int, int]:
    """What the embedded store holds after loading the sample's graph."""
    db = tmp_path_factory.mktemp("store") / "g.lbug"
    load = load_rdf(sample.graph, resolve_settings(db=db, environ={}))
    return load.counts.nodes, load.counts.relationships


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_network_files_hold_the_property_graph(
    sample: Collected, store_counts: tuple[int, int], tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"g.{fmt}"
    assert main(["export", str(SAMPLE), "--format", fmt, "--out", str(out), "--quiet"]) == 0
    network = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert (network.number_of_nodes(), network.number_of_edges()) == store_counts
    assert network.number_of_nodes() == len(sample.property_graph.nodes)
    for iri, info in sample.facts().stakeholders.items():
        assert network.nodes[iri]["type"] == "Stakeholder"
        assert (network.nodes[iri]["name"], network.nodes[iri]["kind"]) == (info.name, info.kind)
    types = {d["relationship"] for _, _, d in network.edges(data=True)}
    assert {"RESPONSIBLE_FOR", "IN_CATEGORY", "EVIDENCED_BY", "IN_DOCUMENT"} <= types
    stakeholder_types = {e.type for e in sample.property_graph.edges} - {
        "RESPONSIBLE_FOR", "IN_CATEGORY", "EVIDENCED_BY", "IN_DOCUMENT", "MENTIONED_IN"
    }  # fmt: skip
    relations = [
        d for _, _, d in network.edges(data=True) if d["relationship"] in stakeholder_types
    ]
    assert relations and all(d["evidence"] for d in relations)


def test_the_corpus_graphml_matches_its_property_graph(corpus: Collected) -> None:
    network = nx.read_graphml(
        __import__("io").BytesIO(network_bytes(corpus.property_graph, "graphml"))
    )
    assert network.number_of_nodes() == len(corpus.property_graph.nodes) > 500
    assert network.number_of_edges() == len(corpus.property_graph.edges)


def test_plain_csv_has_a_row_per_node_and_edge(sample: Collected, tmp_path: Path) -> None:
    assert main(["export", str(SAMPLE), "--format", "csv", "--out", str(tmp_path / "c")]) == 0
    with (tmp_path / "c" / "nodes.csv").open(encoding="utf-8") as handle:
        nodes = list(csv.DictReader(handle))
    with (tmp_path / "c" / "edges.csv").open(encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    assert len(nodes) == len(sample.property_graph.nodes)
    assert len(edges) == len(sample.property_graph.edges)
    ids = {row["Id"] for row in nodes}
    assert all(row["Source"] in ids and row["Target"] in ids for row in edges)
    assert list(edges[0])[:5] == ["Source", "Target", "Type", "Id", "Label"]


DOCUMENTED_HEADERS = {
    "nodes-Stakeholder.csv": "iri:ID,name,kind,:LABEL",
    "nodes-Responsibility.csv": "iri:ID,name,category,:LABEL",
    "nodes-Category.csv": "iri:ID,name,keywords:string[],:LABEL",
    "nodes-Document.csv": "iri:ID,title,source,fingerprint,:LABEL",
    "nodes-Sentence.csv": (
        "iri:ID,text,position:long,start_offset:long,end_offset:long,page:long,paragraph:long,document,:LABEL"
    ),
    "relationships-RESPONSIBLE_FOR.csv": (
        ":START_ID,:END_ID,:TYPE,statement,modality,evidence,document,sentence:long,"
        "start_offset:long,end_offset:long,page:long,confidence:double,rule,asserted_by,surface"
    ),
    "relationships-IN_CATEGORY.csv": ":START_ID,:END_ID,:TYPE",
    "relationships-EVIDENCED_BY.csv": ":START_ID,:END_ID,:TYPE,statement",
    "relationships-IN_DOCUMENT.csv": ":START_ID,:END_ID,:TYPE",
    "relationships-MENTIONED_IN.csv": ":START_ID,:END_ID,:TYPE",
}
RELATION_HEADER = (
    ":START_ID,:END_ID,:TYPE,iri,relation,modality,evidence,document,sentence:long,"
    "start_offset:long,end_offset:long,page:long,confidence:double,rule,asserted_by"
)


def test_neo4j_admin_files_have_the_documented_headers(sample: Collected) -> None:
    files = neo4j_admin_files(sample.property_graph)
    for name, header in DOCUMENTED_HEADERS.items():
        assert files[name].decode("utf-8").splitlines()[0] == header, name
    relation_files = [
        name
        for name in files
        if name.startswith("relationships-")
        and name[len("relationships-") : -4] in STAKEHOLDER_RELATION_TYPES
    ]
    assert relation_files  # the sample states relations between stakeholders
    for name in relation_files:
        assert files[name].decode("utf-8").splitlines()[0] == RELATION_HEADER, name
    docs = (REPO / "docs" / "exports.md").read_text(encoding="utf-8")
    for header in [*DOCUMENTED_HEADERS.values(), RELATION_HEADER]:
        assert header in docs


def test_neo4j_admin_files_are_a_consistent_import(sample: Collected) -> None:
    files = neo4j_admin_files(sample.property_graph)
    ids: set[str] = set()
    node_count = edge_count = 0
    for name, data in files.items():
        if name.startswith("nodes-"):
            rows = list(csv.DictReader(data.decode("utf-8").splitlines()))
            node_count += len(rows)
            assert not ids & {r["iri:ID"] for r in rows}  # one id space, no duplicates
            ids |= {r["iri:ID"] for r in rows}
            if name == "nodes-Stakeholder.csv":
                assert all(re.fullmatch(r"Stakeholder(;[A-Za-z]\w*)?", r[":LABEL"]) for r in rows)
    for name, data in files.items():
        if name.startswith("relationships-"):
            rows = list(csv.DictReader(data.decode("utf-8").splitlines()))
            edge_count += len(rows)
            assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rows)
            assert {r[":TYPE"] for r in rows} == {name[len("relationships-") : -4]}
    assert node_count == len(sample.property_graph.nodes)
    assert edge_count == len(sample.property_graph.edges)
    command = files["import-command.sh"].decode("utf-8")
    assert "database import full" in command
    assert all(f"={name}" in command for name in files if name.endswith(".csv"))


def test_rdf_xml_loads_in_owlready2_with_ontology_and_instances(
    sample: Collected, tmp_path: Path
) -> None:
    import owlready2

    out = tmp_path / "g.rdf"
    assert main(["build", str(SAMPLE), "--format", "xml", "--out", str(out), "--with-ontology",
                 "--quiet"]) == 0  # fmt: skip
    world = owlready2.World()
    world.get_ontology(out.as_uri()).load()
    zhkg = world.get_namespace("https://w3id.org/zhkg/ontology#")
    facts = sample.facts()
    stakeholders = {str(x.iri) for x in zhkg.Stakeholder.instances(world=world)}
    assert stakeholders == set(facts.stakeholders)
    statements = zhkg.ResponsibilityStatement.instances(world=world)
    assert len(statements) == len(facts.duties)
    assert all(statement.holder for statement in statements)
    assert zhkg.Platform in zhkg.PlatformOperator.is_a


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["build", "{s}", "--out", "{d}/g.graphml"], ".graphml is not an RDF file suffix"),
        (["build", "{s}", "--out", "{d}/g.ttl", "--format", "xml"], "the suffix .ttl means turtle"),
        (["build", "{s}", "--out", "{d}/g.rdf", "--format", "nt"], "the suffix .rdf means xml"),
        (
            ["export", "{s}", "--format", "graphml", "--out", "{d}/g.gexf"],
            "the suffix .gexf is gexf",
        ),
        (
            ["export", "{s}", "--format", "gexf", "--out", "{d}/g.ttl"],
            "the suffix .ttl is not a gexf",
        ),
        (["export", "{s}", "--out", "{d}/g.txt"], "cannot tell the format from the suffix .txt"),
        (["export", "{s}", "--format", "csv", "--out", "{d}/g.graphml"], "writes a folder"),
        (["report", "{s}", "--out", "{d}/r.pdf"], "the suffix .pdf is not a html file"),
    ],
)
def test_an_output_suffix_contradicting_the_format_is_refused(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [a.format(s=SAMPLE, d=tmp_path) for a in argv]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_the_documented_grass_file_is_the_generated_one() -> None:
    style = grass_style(load_ontology())
    assert (REPO / "docs" / "zhkg.grass").read_text(encoding="utf-8") == style
    assert "node.Platform {" in style and "node.Consumer {" in style
    assert 'relationship.RESPONSIBLE_FOR {\n  shaft-width: 1px;\n  caption: "{modality}";' in style
    assert "zhkg.grass" in (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["matrix", "report", "export"])
def test_new_commands_have_help_with_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert f"example:\n  zhkg {command}" in capsys.readouterr().out


def test_merging_documents_counts_like_a_store(corpus: Collected, tmp_path: Path) -> None:
    """Stakeholders cited by several documents are one node, as the store's MERGE makes them."""
    load = load_rdf(corpus.graph, resolve_settings(db=tmp_path / "c.lbug", environ={}))
    graph = corpus.property_graph
    assert (load.counts.nodes, load.counts.relationships) == (len(graph.nodes), len(graph.edges))
    per_document = sum(len(group.node_rows("Stakeholder")) for group in _groups(corpus))
    assert per_document > sum(1 for _ in graph.nodes_with_label("Stakeholder"))


def _groups(collected: Collected) -> list[DocumentRows]:
    return rows_from_graph(collected.graph, load_ontology())
