"""`zhkg build`, `zhkg validate`, `zhkg sparql`: exit codes, one-line errors, outputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdf_factory import make_extraction
from rdflib import Graph
from rdflib.namespace import OWL, RDF

from zhkg.cli import main
from zhkg.ontology.builder import build_graph
from zhkg.ontology.namespace import ZHKG, ZHKG_ONTOLOGY_IRI
from zhkg.ontology.serialize import parse_graph, write_graph

TEXTS = {
    "a.txt": "第一条 主播应当为消费者提供售后服务。\n第二条 商家不得拒绝退货。\n",
    "b.txt": "第一条 平台应当建立投诉举报机制。\n第二条 消费者可以要求商家退货。\n",
}


@pytest.fixture()
def sample_file(tmp_path: Path) -> Path:
    return write_graph(build_graph([make_extraction()]), tmp_path / "sample.ttl")


@pytest.fixture()
def texts(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("command", ["build", "validate", "sparql"])
def test_help_has_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert f"example:\n  zhkg {command} " in capsys.readouterr().out


def test_validate_a_valid_file(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(sample_file)]) == 0
    assert capsys.readouterr().out.startswith("valid: ")


def test_validate_reports_each_violation_on_one_line(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = parse_graph(sample_file)
    for statement in list(graph.subjects(RDF.type, ZHKG.ResponsibilityStatement)):
        graph.remove((statement, ZHKG.holder, None))
    write_graph(graph, sample_file)
    assert main(["validate", str(sample_file)]) == 1
    lines = capsys.readouterr().out.splitlines()
    holder_lines = [line for line in lines if " zhkg:holder: " in line]
    assert len(holder_lines) == 3
    assert all(line.startswith("Violation: zhkgid:doc/sample/statement/") for line in holder_lines)
    assert lines[-1].startswith("invalid: 3 violation(s)")


def test_validate_invalid_turtle_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .", encoding="utf-8")
    assert main(["validate", str(broken)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("zhkg validate: error: ") and "not valid turtle" in err
    assert err.count("\n") == 1


def test_sparql_named_query_with_parameters(
    sample_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["sparql", "category-holders", "--param", "category=售后服务", str(sample_file)])
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:2] == ["stakeholder", "duty"]
    assert sorted(line.split("\t")[0] for line in lines[1:]) == ["主播", "商家"]


def test_sparql_json_output(sample_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["sparql", "stakeholder-duties", "--param", "stakeholder=商家", "--output", "json"]
    assert main([*argv, str(sample_file)]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [(r["duty"], r["modality"]) for r in records] == [("拒绝退货", "MustNot")]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["sparql", "category-holders"], "needs --param category=VALUE"),
        (["sparql", "nobody"], "unknown query 'nobody'"),
        (["sparql", "category-holders", "--param", "category"], "is not KEY=VALUE"),
    ],
)
def test_sparql_errors_are_one_line(
    sample_file: Path, argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, str(sample_file)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_sparql_list(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["sparql", "--list"])
    assert info.value.code == 0
    assert "category-holders --param category=…" in capsys.readouterr().out


def test_build_a_directory(texts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.ttl"
    assert main(["build", str(texts), "--out", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("[1/2] a.txt: ") and err[1].startswith("[2/2] b.txt: ")
    assert err[-1].startswith(f"wrote {out}: 2/2 files: ")
    graph = parse_graph(out)
    assert len(set(graph.subjects(RDF.type, ZHKG.Document))) == 2
    assert len(set(graph.subjects(RDF.type, ZHKG.ResponsibilityStatement))) >= 3


def test_build_skips_a_failing_file_and_exits_1(
    texts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (texts / "c.txt").write_bytes(b"")  # an empty file cannot be read
    out = tmp_path / "out.ttl"
    assert main(["build", str(texts), "--out", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("zhkg build: skipped [3/3] c.txt: ")
    assert len(set(parse_graph(out).subjects(RDF.type, ZHKG.Document))) == 2


def test_build_nothing_readable_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out.ttl"
    assert main(["build", str(empty), "--out", str(out)]) == 1
    assert not out.exists()
    assert "nothing written" in capsys.readouterr().err


def test_build_json_ld_with_ontology(texts: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonld"
    argv = ["build", str(texts / "a.txt"), "--out", str(out), "--with-ontology", "--quiet"]
    assert main([*argv, "--format", "json-ld"]) == 0
    graph = Graph().parse(out, format="json-ld")
    assert (ZHKG_ONTOLOGY_IRI, RDF.type, OWL.Ontology) in graph
    assert (ZHKG.Streamer, RDF.type, OWL.Class) in graph


def test_build_missing_path_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(tmp_path / "nope"), "--out", str(tmp_path / "o.ttl")]) == 1
    err = capsys.readouterr().err
    assert "no such file or directory" in err and err.count("\n") == 1
