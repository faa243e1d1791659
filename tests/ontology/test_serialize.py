"""Formats by name and media type, round trips, atomic writes, one-line parse errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from zhkg.errors import RDFError
from zhkg.ontology.serialize import (
    FORMATS,
    format_for_path,
    output_format,
    parse_graph,
    rdf_format,
    serialize_graph,
    write_graph,
)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_round_trip_in_every_format(sample_graph: Graph, tmp_path: Path, name: str) -> None:
    fmt = FORMATS[name]
    path = write_graph(sample_graph, tmp_path / f"graph{fmt.suffix}", name)
    assert isomorphic(parse_graph(path, name), sample_graph)
    assert isomorphic(parse_graph(path), sample_graph)  # format from the suffix


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_round_trip_with_the_ontology(
    sample_graph: Graph, ontology: Graph, tmp_path: Path, name: str
) -> None:
    """The ontology has blank nodes (owl:unionOf lists) — isomorphic() must still hold."""
    combined = Graph()
    combined += sample_graph
    combined += ontology
    path = write_graph(combined, tmp_path / f"all{FORMATS[name].suffix}")
    assert isomorphic(parse_graph(path), combined)


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("turtle", "turtle"),
        ("text/turtle", "turtle"),
        ("application/ld+json", "json-ld"),
        ("JSON-LD", "json-ld"),
        ("application/n-triples", "nt"),
        ("application/trig", "trig"),
    ],
)
def test_formats_by_name_and_media_type(key: str, name: str) -> None:
    assert rdf_format(key).name == name


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("g.ttl", "turtle"),
        ("g.jsonld", "json-ld"),
        ("g.json", "json-ld"),
        ("g.nt", "nt"),
        ("g.trig", "trig"),
        ("g.rdf", "xml"),
        ("g.owl", "xml"),
        ("g.unknown", "turtle"),
    ],
)
def test_format_from_suffix(path: str, name: str) -> None:
    assert format_for_path(path).name == name


def test_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(
        RDFError, match=r"unknown RDF format 'rdfxml'.*json-ld, nt, trig, turtle, xml"
    ):
        rdf_format("rdfxml")


def test_turtle_binds_prefixes_and_tags_chinese(sample_graph: Graph) -> None:
    text = serialize_graph(sample_graph, "turtle").decode("utf-8")
    for prefix in ("zhkg:", "prov:", "dcterms:", "skos:", "rdfs:", "xsd:"):
        assert f"@prefix {prefix}" in text
    assert '"主播应当为消费者提供售后服务。"@zh' in text


def test_atomic_write_keeps_the_old_file_when_writing_fails(
    sample_graph: Graph, tmp_path: Path
) -> None:
    target = tmp_path / "out.ttl"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RDFError, match="unknown RDF format"):
        write_graph(sample_graph, target, "nope")
    assert target.read_text(encoding="utf-8") == "old"
    write_graph(sample_graph, target)
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]  # no temporary left behind


def test_writing_into_a_missing_directory_is_an_rdf_error(
    sample_graph: Graph, tmp_path: Path
) -> None:
    with pytest.raises(RDFError, match="does not exist"):
        write_graph(sample_graph, tmp_path / "missing" / "out.ttl")


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e", "not valid turtle"),
        ('<http://example.org/a> <http://example.org/b> "x"@ .', "not valid turtle"),
        ("ex:a ex:b ex:c .", "not valid turtle"),
    ],
)
def test_invalid_turtle_is_a_one_line_rdf_error(
    tmp_path: Path, content: str, fragment: str
) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RDFError) as info:
        parse_graph(path)
    assert fragment in str(info.value)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file_is_an_rdf_error(tmp_path: Path) -> None:
    with pytest.raises(RDFError, match="no such file"):
        parse_graph(tmp_path / "absent.ttl")


def test_memoised_turtle_is_byte_for_byte_rdflibs(sample_graph: Graph, ontology: Graph) -> None:
    combined = Graph()
    combined += sample_graph
    combined += ontology
    ours = serialize_graph(combined, "turtle")
    assert ours == combined.serialize(format="turtle", encoding="utf-8")


def test_written_files_get_the_usual_permissions(sample_graph: Graph, tmp_path: Path) -> None:
    fresh = write_graph(sample_graph, tmp_path / "fresh.ttl")
    umask = os.umask(0)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask
    kept = tmp_path / "kept.ttl"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    write_graph(sample_graph, kept)
    assert kept.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize(
    ("path", "name", "expected"),
    [
        ("g.ttl", None, "turtle"),
        ("g.rdf", None, "xml"),
        ("g.owl", "xml", "xml"),
        ("g", "nt", "nt"),
        ("g", None, "turtle"),
    ],
)
def test_output_format_follows_the_suffix_or_the_name(
    path: str, name: str | None, expected: str
) -> None:
    assert output_format(path, name).name == expected


@pytest.mark.parametrize(
    ("path", "name", "message"),
    [
        ("g.graphml", None, r"\.graphml is not an RDF file suffix.*zhkg export"),
        ("g.csv", "turtle", r"\.csv is not an RDF file suffix \(name it \*\.ttl"),
        ("g.ttl", "xml", r"the suffix \.ttl means turtle, but the format asked is xml"),
        ("g.jsonld", "nt", r"means json-ld.*--format json-ld"),
    ],
)
def test_output_format_refuses_a_contradicting_suffix(
    path: str, name: str | None, message: str
) -> None:
    with pytest.raises(RDFError, match=message):
        output_format(path, name)
