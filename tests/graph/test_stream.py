"""Turtle and N-Triples loaded batch by batch give the rows and the SHACL report of the whole graph.

Each case is a real file: the hand-written sample, the two sample texts through
stages 1-3 (as Turtle and as N-Triples), and small hand-written graphs with the
odd shapes a hand-edited file can have (facts of no document, a party no
document names, shortcut triples alone, a document only named by its sentences).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from zhkg.errors import RDFError
from zhkg.graph import stream
from zhkg.graph.rows import DocumentRows, rows_from_graph
from zhkg.graph.stream import RDFDocuments
from zhkg.ontology.oxstore import open_query_store
from zhkg.ontology.validate import validate_graph

DATA = Path(__file__).resolve().parents[1] / "data"
HEAD = """@prefix zhkg: <https://w3id.org/zhkg/ontology#> .
@prefix id: <https://w3id.org/zhkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
"""

ODD = {
    "fact of no document": """
id:d1 a zhkg:Document ; zhkg:mentions id:p1 .
id:p1 a zhkg:Platform ; skos:prefLabel "平台"@zh .
id:p2 a zhkg:Merchant ; skos:prefLabel "商家"@zh .
id:st a zhkg:ResponsibilityStatement ; zhkg:holder id:p2 ; zhkg:duty id:duty ;
    zhkg:modality zhkg:Must .
id:duty a zhkg:Responsibility ; rdfs:label "审核资质"@zh .
""",
    "evidence in a sentence of no document": """
id:d1 a zhkg:Document .
id:s0 a zhkg:Sentence ; zhkg:text "某句。"@zh ; zhkg:sentenceIndex 0 .
id:st a zhkg:ResponsibilityStatement ; zhkg:holder id:p1 ; zhkg:duty id:duty ;
    zhkg:evidence id:s0 ; zhkg:inDocument id:d1 .
id:p1 a zhkg:Platform ; skos:prefLabel "平台"@zh .
id:duty a zhkg:Responsibility ; rdfs:label "审核资质"@zh .
""",
    "a party no document names": """
id:d1 a zhkg:Document ; zhkg:mentions id:p1 .
id:p1 a zhkg:Platform ; skos:prefLabel "平台"@zh .
id:lonely a zhkg:Regulator ; skos:prefLabel "监管部门"@zh .
""",
    "shortcut triples alone": """
id:a a zhkg:Platform ; rdfs:label "平台"@zh ; zhkg:bears id:duty ; zhkg:supervises id:b .
id:b a zhkg:Merchant .
id:duty rdfs:label "审核商家资质"@zh .
""",
    "a document named only by its sentences, through a section": """
id:sec zhkg:inDocument id:d9 .
id:s1 a zhkg:Sentence ; zhkg:inSection id:sec ; zhkg:text "甲。"@zh ; zhkg:sentenceIndex 1 .
id:st a zhkg:ResponsibilityStatement ; zhkg:holder id:p1 ; zhkg:duty id:duty ;
    prov:wasDerivedFrom id:s1 .
id:p1 a zhkg:Platform ; skos:prefLabel "平台"@zh .
id:duty a zhkg:Responsibility ; rdfs:label "审核资质"@zh .
id:d8 a zhkg:Document .
""",
}


def _key(group: DocumentRows) -> tuple[bool, str]:
    return (group.document is None, group.document or "")


def _plain(groups: list[DocumentRows]) -> list[tuple[object, ...]]:
    return [
        (group.document, group.title, group.nodes, group.relationships)
        for group in sorted(groups, key=_key)
    ]


def _files(tmp_path: Path, pipeline_graph: Graph) -> dict[str, Path]:
    files = {"sample": DATA / "graph_sample.ttl"}
    for suffix, fmt in ((".ttl", "turtle"), (".nt", "nt")):
        path = tmp_path / f"texts{suffix}"
        pipeline_graph.serialize(path, format=fmt, encoding="utf-8")
        files[f"texts{suffix}"] = path
    for name, body in ODD.items():
        path = tmp_path / (name.replace(" ", "-").replace(",", "") + ".ttl")
        path.write_text(HEAD + body, encoding="utf-8")
        files[name] = path
    return files


@pytest.fixture
def files(tmp_path: Path, pipeline_graph: Graph) -> dict[str, Path]:
    return _files(tmp_path, pipeline_graph)


@pytest.mark.parametrize(
    "name", ["sample", "texts.ttl", "texts.nt", *ODD], ids=lambda name: name.replace(" ", "-")
)
@pytest.mark.parametrize("size", [1, 20])
def test_rows_batch_by_batch_equal_the_rows_of_the_whole_graph(
    files: dict[str, Path], vocabulary: Graph, name: str, size: int
) -> None:
    path = files[name]
    whole = rows_from_graph(Graph().parse(path), vocabulary)
    with RDFDocuments([path]) as documents:
        streamed = list(documents.groups(vocabulary, size=size))
    assert _plain(streamed) == _plain(whole)
    assert len(streamed) == len(whole)  # no document twice


def _broken_sample(tmp_path: Path) -> Path:
    """The sample with a section of no document, an untyped holder and a bad confidence."""
    text = (DATA / "graph_sample.ttl").read_text(encoding="utf-8")
    text += """
id:orphan-section a zhkg:Section ; rdfs:label "无主章节"@zh .
id:st-x a zhkg:ResponsibilityStatement ; zhkg:holder id:nobody ; zhkg:duty id:duty-x ;
    zhkg:confidence 5.0 .
id:someone zhkg:bears id:duty-y .
id:duty-y a zhkg:Responsibility ; rdfs:label "某项义务"@zh .
"""
    path = tmp_path / "broken.ttl"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["sample", "texts.nt", "broken"])
def test_validation_batch_by_batch_reports_what_the_whole_graph_reports(
    files: dict[str, Path], tmp_path: Path, name: str
) -> None:
    path = _broken_sample(tmp_path) if name == "broken" else files[name]
    with RDFDocuments([path]) as documents:
        streamed = documents.validate((), size=1)
    whole = validate_graph(Graph().parse(path))
    # the store keeps numbers in canonical form ("5" for 5.0): compare without the values
    assert [(v.focus, v.path, v.message, v.severity) for v in streamed.violations] == [
        (v.focus, v.path, v.message, v.severity) for v in whole.violations
    ]
    assert streamed.conforms is whole.conforms is (name != "broken")
    assert streamed.triples == whole.triples


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n<http://x> foaf:name 'x' .\n", "no zhkg"),
        ("<http://x> <http://y> .\n", "not valid turtle"),
    ],
)
def test_a_file_that_is_not_zhkg_turtle_is_a_one_line_error(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RDFError, match=message) as info, RDFDocuments([path]):
        pass
    assert "\n" not in str(info.value)


def test_the_scratch_store_is_removed(tmp_path: Path) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with RDFDocuments([DATA / "graph_sample.ttl"], scratch=scratch) as documents:
        assert len(documents.documents()) == 2
        assert any(scratch.iterdir())
    assert not any(scratch.iterdir())


@pytest.mark.parametrize("name", ["texts.ttl", "texts.nt", "broken", "a party no document names"])
def test_a_queried_file_is_read_from_the_store_kept_beside_it(
    files: dict[str, Path], tmp_path: Path, vocabulary: Graph, name: str
) -> None:
    path = _broken_sample(tmp_path) if name == "broken" else files[name]
    open_query_store([path])  # what `zhkg sparql` builds beside the file: data and ontology
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with RDFDocuments([path], scratch=scratch) as documents:
        assert not any(scratch.iterdir())  # nothing bulk-loaded again
        streamed = list(documents.groups(vocabulary, size=1))
        report = documents.validate((), size=1)
    whole = Graph().parse(path)
    assert _plain(streamed) == _plain(rows_from_graph(whole, vocabulary))
    expected = validate_graph(whole)
    assert [(v.focus, v.path, v.message) for v in report.violations] == [
        (v.focus, v.path, v.message) for v in expected.violations
    ]  # the ontology's own nodes are not checked as orphans
    assert report.triples == expected.triples  # the ontology's triples are not counted


def test_a_stale_kept_store_is_not_read(files: dict[str, Path], tmp_path: Path) -> None:
    path = files["texts.ttl"]
    open_query_store([path])
    path.write_text(HEAD + ODD["a party no document names"], encoding="utf-8")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    with RDFDocuments([path], scratch=scratch) as documents:
        assert any(scratch.iterdir())  # the file changed: loaded afresh
        assert documents.documents() == ["https://w3id.org/zhkg/id/d1"]


@pytest.mark.parametrize("name", ["texts.ttl", "broken"])
def test_reopening_the_store_between_batches_changes_no_row_and_no_violation(
    files: dict[str, Path],
    tmp_path: Path,
    vocabulary: Graph,
    name: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(stream, "_BATCHES_PER_OPENING", 1)  # a new opening for every batch
    path = _broken_sample(tmp_path) if name == "broken" else files[name]
    with RDFDocuments([path]) as documents:
        first = documents.store
        streamed = list(documents.groups(vocabulary, size=1))
        assert documents.store is not first
        report = documents.validate((), size=1)
    whole = Graph().parse(path)
    assert _plain(streamed) == _plain(rows_from_graph(whole, vocabulary))
    assert [(v.focus, v.message) for v in report.violations] == [
        (v.focus, v.message) for v in validate_graph(whole).violations
    ]
