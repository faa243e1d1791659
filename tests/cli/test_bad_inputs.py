"""Bad input a real user gives every command: one line on stderr, a non-zero exit, nothing left.

Each row of ``CASES`` is (argv, a fragment the error line must hold, exit code,
a path that must not exist afterwards). ``{d}`` in argv is a folder of bad
inputs made once per test; ``{db}`` is an embedded store loaded with the sample
graph. Every command runs in process, the way the console script does.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from stage1_inputs import write_blank_pdf

from zhkg.cli import main
from zhkg.graph.config import EmbeddedSettings
from zhkg.graph.embedded_store import EmbeddedStore

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE_TTL = DATA / "graph_sample.ttl"
GOOD_TEXT = "第一条 电子商务平台经营者应当建立健全信用评价制度。\n第二条 主播不得虚假宣传。\n"
GOLD_HEADER = "stakeholder\tresponsibility\tmodality\tevidence\n"
EXTENSION_PREFIXES = (
    "@prefix zhkg: <https://w3id.org/zhkg/ontology#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "@prefix ex: <http://example.org/food#> .\n"
)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00"))
        + chunk(b"IEND", b"")
    )


def _make_inputs(folder: Path) -> None:
    """Every kind of bad file the table refers to, and one good text."""
    noise = bytes((index * 7919 + 13) % 256 for index in range(4000))  # no valid header
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "english.txt").write_text("The platform shall protect consumers.\n")
    (folder / "punct.txt").write_text("  \n，。！？……——  ...\n\t", encoding="utf-8")
    (folder / "image.txt").write_bytes(_png())
    (folder / "program.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8)
    (folder / "table.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (folder / "corrupt.docx").write_bytes(noise)
    (folder / "corrupt.pdf").write_bytes(noise)
    write_blank_pdf(folder / "scan.pdf")
    (folder / "empty_dir").mkdir()
    (folder / "no_supported").mkdir()
    (folder / "no_supported" / "a.csv").write_text("x\n", encoding="utf-8")
    (folder / "mixed").mkdir()
    (folder / "mixed" / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "mixed" / "b.docx").write_bytes(noise)
    # RDF and extension ontologies
    (folder / "broken.ttl").write_text("@prefix ex: <http://e/> .\nex:a ex:b ;; ]\n")
    (folder / "foreign.ttl").write_text("@prefix ex: <http://e/> .\nex:a ex:b ex:c .\n")
    (folder / "empty.ttl").write_text("")
    (folder / "no_label.ttl").write_text(
        EXTENSION_PREFIXES + "ex:Cafe a owl:Class ; rdfs:subClassOf zhkg:Stakeholder ; "
        'skos:prefLabel "cafe"@en .\n'
    )
    (folder / "wrong_namespace.ttl").write_text(
        EXTENSION_PREFIXES.replace("ontology#", "ontology/")
        + 'ex:Cafe a owl:Class ; rdfs:subClassOf zhkg:Stakeholder ; skos:prefLabel "咖啡馆"@zh .\n'
    )
    # gold files
    (folder / "empty_cell.tsv").write_text(GOLD_HEADER + "\t建立制度\tmust\t\n", encoding="utf-8")
    (folder / "bad_modality.tsv").write_text(GOLD_HEADER + "主播\t售后\tmaybe\t\n")
    (folder / "wrong_header.tsv").write_text("who\twhat\tmodality\n主播\t售后\tmust\n")
    (folder / "short_row.tsv").write_text(GOLD_HEADER + "主播\t售后\n", encoding="utf-8")
    (folder / "empty_gold.tsv").write_bytes(b"")
    (folder / "tab_in_cell.tsv").write_text(GOLD_HEADER + "主播\t售后\tmust\t主播\t负责售后\n")
    (folder / "gbk_gold.tsv").write_bytes((GOLD_HEADER + "主播\t售后\tmust\t\n").encode("gbk"))
    # queries
    (folder / "insert.rq").write_text("INSERT DATA { <a:b> <a:c> <a:d> }\n")
    (folder / "binary.rq").write_bytes(b"\xd0\xcf\x11\xe0" + noise)


NOT_A_DB = "not a zhkg graph database"
WRITES = "refused a query that writes"

CASES: list[tuple[list[str], str, int, str | None]] = [
    # --- reading: segment / extract --------------------------------------------
    (["segment", "{d}/missing.txt"], "missing.txt: no such file or directory", 1, None),
    (["segment", "{d}/empty_dir"], "directory holds no supported file", 1, None),
    (["segment", "{d}/no_supported"], "directory holds no supported file", 1, None),
    (["segment", "{d}/empty.txt"], "empty.txt: file is empty", 1, None),
    (["segment", "{d}/punct.txt"], "only whitespace and punctuation", 1, None),
    (["segment", "{d}/image.txt"], "image.txt: binary data, not text", 1, None),
    (["segment", "{d}/program.txt"], "program.txt: binary data, not text", 1, None),
    (["segment", "{d}/table.csv"], "unsupported file type '.csv'", 1, None),
    (["extract", "{d}/foreign.ttl"], "'.ttl' is an RDF graph, not a document", 1, None),
    (["run", "{d}/foreign.ttl", "--db", "{d}/r.lbug"], "could be read", 1, "{d}/r.lbug"),
    (["segment", "{d}/corrupt.docx"], "corrupt.docx: not a readable DOCX file", 1, None),
    (["segment", "{d}/corrupt.pdf"], "corrupt.pdf: not a readable PDF file", 1, None),
    (["segment", "{d}/scan.pdf"], "scan.pdf: PDF has no text layer", 1, None),
    (["extract", "{d}/punct.txt"], "only whitespace and punctuation", 1, None),
    (["extract", "{d}/english.txt"], "english.txt: no Chinese text in it", 1, None),
    (["build", "{d}/english.txt", "--out", "{d}/o.ttl"], "nothing written", 1, "{d}/o.ttl"),
    (["extract", "{d}/mixed", "--format", "jsonl"], "b.docx: not a readable DOCX", 1, None),
    (["extract", "{d}/good.txt", "--format", "xml"], "invalid choice: 'xml'", 2, None),
    # --- extension ontologies (every command that takes one reads them alike) --
    (["extract", "{d}/good.txt", "--lexicon", "{d}/broken.ttl"], "not valid Turtle", 1, None),
    (["extract", "{d}/good.txt", "--lexicon", "{d}/empty_dir"], "is a directory", 1, None),
    (["extract", "{d}/good.txt", "--lexicon", "{d}/nope.ttl"], "nope.ttl: no such file", 1, None),
    (
        ["extract", "{d}/good.txt", "--ontology", "{d}/no_label.ttl"],
        "no_label.ttl: class http://example.org/food#Cafe has no skos:prefLabel in Chinese",
        1,
        None,
    ),
    (
        ["extract", "{d}/good.txt", "--ontology", "{d}/foreign.ttl"],
        "foreign.ttl: adds no stakeholder class, alias or category",
        1,
        None,
    ),
    (
        ["build", "{d}/good.txt", "--out", "{d}/o.ttl", "--ontology", "{d}/wrong_namespace.ttl"],
        "wrong_namespace.ttl: adds no stakeholder class",
        1,
        "{d}/o.ttl",
    ),
    (
        ["sparql", "category-holders", "{d}/o.ttl", "--ontology", "{d}/no_label.ttl"],
        "has no skos:prefLabel in Chinese",
        1,
        None,
    ),
    # --- eval ---------------------------------------------------------------------
    (["eval", "{d}/good.txt", "--gold", "{d}/nope.tsv"], "no such gold file", 1, None),
    (["eval", "{d}/good.txt", "--gold", "{d}/empty_dir"], "is a directory, not a gold", 1, None),
    (["eval", "{d}/good.txt", "--gold", "{d}/empty_gold.tsv"], "empty gold file", 1, None),
    (["eval", "{d}/good.txt", "--gold", "{d}/wrong_header.tsv"], "lacks column(s)", 1, None),
    (["eval", "{d}/good.txt", "--gold", "{d}/short_row.tsv"], "line 2 has 2 column(s)", 1, None),
    (["eval", "{d}/good.txt", "--gold", "{d}/bad_modality.tsv"], "modality 'maybe'", 1, None),
    (["eval", "{d}/good.txt", "--gold", "{d}/gbk_gold.tsv"], "not UTF-8", 1, None),
    (
        ["eval", "{d}/good.txt", "--gold", "{d}/tab_in_cell.tsv"],
        "line 2 has 5 columns, the header 4",
        1,
        None,
    ),
    (
        ["eval", "{d}/good.txt", "--gold", "{d}/empty_cell.tsv"],
        "line 2: the stakeholder column is empty",
        1,
        None,
    ),
    # --- build --------------------------------------------------------------------
    (["build", "{d}/empty.txt", "--out", "{d}/o.ttl"], "nothing written", 1, "{d}/o.ttl"),
    (["build", "{d}/nope", "--out", "{d}/o.ttl"], "no such file", 1, "{d}/o.ttl"),
    (
        ["build", "{d}/good.txt", "--out", "{d}/no/such/dir/o.ttl"],
        "directory {d}/no/such/dir does not exist",
        1,
        "{d}/no",
    ),
    (
        ["build", "{d}/good.txt", "--out", "{d}/good.txt/o.ttl"],
        "good.txt is not a directory",
        1,
        None,
    ),
    (["build", "{d}/good.txt", "--out", "{d}/empty_dir"], "empty_dir: is a directory", 1, None),
    (
        ["run", "{d}/good.txt", "--out", "{d}/empty_dir", "--db", "{d}/r.lbug"],
        "empty_dir: is a directory",
        1,
        "{d}/r.lbug",
    ),
    (
        ["run", "{d}/good.txt", "--out", "{d}/good.txt/r.ttl", "--db", "{d}/r.lbug"],
        "good.txt is not a directory",
        1,
        "{d}/r.lbug",
    ),
    (["build", "{d}/good.txt", "--out", "{d}/good.txt"], "is one of the input files", 1, None),
    (["build", "{d}/mixed", "--out", "{d}/mixed/a.txt"], "is one of the input files", 1, None),
    (
        ["run", "{d}/good.txt", "--out", "{d}/good.txt", "--db", "{d}/r.lbug"],
        "is one of the input files",
        1,
        "{d}/r.lbug",
    ),
    (
        ["build", "{d}/good.txt", "--out", "{d}/o.ttl", "--format", "rdfxml"],
        "invalid choice",
        2,
        None,
    ),
    (
        ["build", "{d}/good.txt", "--out", "{d}/o.ttl", "--format", "xml"],
        "the suffix .ttl means turtle, but the format asked is xml",
        1,
        None,
    ),
    (
        ["build", "{d}/good.txt", "--out", "{d}/o.graphml"],
        ".graphml is not an RDF file suffix",
        1,
        None,
    ),
    # --- validate / sparql -----------------------------------------------------------
    (["validate", "{d}/nope.ttl"], "nope.ttl: no such file", 1, None),
    (["validate", "{d}/empty_dir"], "empty_dir: is a directory", 1, None),
    (["validate", "{d}/broken.ttl"], "broken.ttl: not valid turtle", 1, None),
    (["validate", "{d}/foreign.ttl"], "foreign.ttl: holds no zhkg data", 1, None),
    (["validate", "{d}/empty.ttl"], "empty.ttl: holds no zhkg data", 1, None),
    (["sparql", "nosuch", "{d}/foreign.ttl"], "unknown query 'nosuch'", 1, None),
    (["sparql", "category-holders", "{d}/foreign.ttl"], "needs --param category", 1, None),
    (
        [
            "sparql",
            "category-holders",
            "{d}/foreign.ttl",
            "--param",
            "category=售后",
            "--param",
            "x=1",
        ],
        "has no parameter 'x'",
        1,
        None,
    ),
    (["sparql", "category-holders", "{d}/x.ttl", "--param", "category"], "not KEY=VALUE", 1, None),
    (
        ["sparql", "category-holders", "{d}/foreign.ttl", "--param", "category="],
        "parameter category is empty",
        1,
        None,
    ),
    (["sparql", "{d}/binary.rq", "{d}/foreign.ttl"], "binary.rq: query file is not UTF-8", 1, None),
    (["sparql", "{d}/insert.rq", "{d}/foreign.ttl"], "is not valid SPARQL", 1, None),
    (
        ["sparql", "{d}/insert.rq", "{d}/foreign.ttl", "--param", "x=1"],
        "it declares none; a .rq file declares one with a header line '# param: x",
        1,
        None,
    ),
    (["sparql", "{d}/nope.rq", "{d}/foreign.ttl"], "nope.rq: no such query file", 1, None),
    # --- load and the store options ---------------------------------------------------
    (["load", "{d}/foreign.ttl", "--db", "{d}/g.lbug"], "holds no zhkg data", 1, None),
    (["load", "{d}/broken.ttl", "--db", "{d}/g.lbug"], "not valid turtle", 1, None),
    (["load", "{d}/empty.txt", "--db", "{d}/g.lbug"], "nothing loaded", 1, None),
    (["load", str(SAMPLE_TTL), "--db", "{d}/good.txt"], NOT_A_DB, 1, None),
    (["load", str(SAMPLE_TTL), "--db", "{d}/empty_dir"], "it is a directory", 1, None),
    (
        ["load", str(SAMPLE_TTL), "--db", "{d}/b.lbug", "--batch-size", "0"],
        "batch size 0 is not a positive number",
        1,
        "{d}/b.lbug",
    ),
    (
        ["load", str(SAMPLE_TTL), "--db", "{d}/b.lbug", "--batch-size", "-5"],
        "batch size -5 is not a positive number",
        1,
        "{d}/b.lbug",
    ),
    (
        ["load", str(SAMPLE_TTL), "--db", "{d}/b.lbug", "--transaction-size", "0"],
        "transaction size 0 is not a positive number",
        1,
        "{d}/b.lbug",
    ),
    (["who", "售后", "--db", "{d}/none.lbug"], "no graph at", 1, "{d}/none.lbug"),
    (["who", "售后", "--db", "{d}/image.txt"], NOT_A_DB, 1, None),
    (["who", "售后", "--neo4j-uri", "bolt://127.0.0.1:1"], "cannot reach Neo4j", 1, None),
    (["who", "售后", "--neo4j-uri", "http://127.0.0.1:7474"], "scheme must be one of", 1, None),
    (["who", "售后", "--neo4j-uri", "foo"], "cannot use Neo4j URI 'foo'", 1, None),
    (["who", "售后", "--neo4j-uri", ""], "--neo4j-uri is empty", 1, None),
    (["load", str(SAMPLE_TTL), "--db", ""], "--db is empty", 1, None),
    (["who", "售后", "--db", "{db}", "--neo4j-uri", "bolt://x:1"], "both --db and", 1, None),
    # --- query: read-only guard, parameters, syntax -------------------------------------
    (["query", "cReAtE (n:X) RETURN n", "--db", "{db}"], f"{WRITES}: CREATE", 1, None),
    (["query", "MATCH (n) merge (m:X)", "--db", "{db}"], f"{WRITES}: MERGE", 1, None),
    (["query", "MATCH (n) Set n.x = 1", "--db", "{db}"], f"{WRITES}: SET", 1, None),
    (["query", "MATCH (n) DETACH delete n", "--db", "{db}"], f"{WRITES}: DETACH", 1, None),
    (["query", "MATCH (n) delete n", "--db", "{db}"], f"{WRITES}: DELETE", 1, None),
    (["query", "MATCH (n) remove n.name", "--db", "{db}"], f"{WRITES}: REMOVE", 1, None),
    (["query", "drop TABLE Stakeholder", "--db", "{db}"], f"{WRITES}: DROP", 1, None),
    (["query", "load csv FROM 'f' AS l RETURN l", "--db", "{db}"], f"{WRITES}: LOAD", 1, None),
    (["query", "// read?\nCREATE (n:X)", "--db", "{db}"], "CREATE at line 2, column 1", 1, None),
    (["query", "/* c */ create (n:X)", "--db", "{db}"], "CREATE at line 1, column 9", 1, None),
    (["query", "CALL db.createLabel('X')", "--db", "{db}"], "CALL db.createLabel", 1, None),
    (["query", "call { create (n:X) } in transactions", "--db", "{db}"], WRITES, 1, None),
    (["query", "MATCH (n RETURN n", "--db", "{db}"], "rejected the query", 1, None),
    (["query", "  ", "--db", "{db}"], "the query is empty", 1, None),
    (["query", "RETURN $x AS x", "--db", "{db}"], "uses $x but no value was given", 1, None),
    (
        ["query", "RETURN $x AS x", "--param", "x=1", "--param", "y=2", "--db", "{db}"],
        "--param y is not used by the query",
        1,
        None,
    ),
    (["query", "RETURN $x AS x", "--param", "x", "--db", "{db}"], "not KEY=VALUE", 1, None),
    (
        ["query", "RETURN $x AS x", "--param", "x=1", "--param", "x=2", "--db", "{db}"],
        "--param x is given twice",
        1,
        None,
    ),
    (
        [
            "sparql",
            "category-holders",
            "{d}/x.ttl",
            "--param",
            "category=a",
            "--param",
            "category=b",
        ],
        "--param category is given twice",
        1,
        None,
    ),
    (["query", "RETURN 1 AS x", "--format", "xml", "--db", "{db}"], "invalid choice", 2, None),
    # --- named queries, who, ask ---------------------------------------------------------
    (["run-query", "nosuch", "--db", "{db}"], "no named query 'nosuch'", 1, None),
    (["run-query", "--db", "{db}"], "give a query name", 1, None),
    (["run-query", "stakeholder_duties", "--db", "{db}"], "needs the parameter", 1, None),
    (
        [
            "run-query",
            "stakeholder_duties",
            "--param",
            "stakeholder=主播",
            "--param",
            "x=1",
            "--db",
            "{db}",
        ],
        "has no parameter x",
        1,
        None,
    ),
    (
        [
            "run-query",
            "stakeholder_duties",
            "--param",
            "stakeholder=主播",
            "--param",
            "modality=maybe",
            "--db",
            "{db}",
        ],
        "modality 'maybe' is not one of must, must_not, should, may",
        1,
        None,
    ),
    (["run-query", "shared_duties", "--param", "min_holders=abc", "--db", "{db}"], "int", 1, None),
    (["who", "", "--db", "{db}"], "parameter topic is empty", 1, None),
    (["ask", "", "--db", "{db}"], "the question is empty", 1, None),
    (["ask", "who is responsible?", "--db", "{db}"], "has no Chinese in it", 1, None),
    (["ask", "外星人应当做什么？", "--db", "{db}"], "no stakeholder '外星人'", 1, None),
    (["ask", "今天天气怎么样", "--db", "{db}"], "cannot map the question", 1, None),
    (["ask", "谁负责什么？", "--db", "{db}"], "the question names no topic", 1, None),
    (["ask", "谁来负责呢", "--db", "{db}"], "the question names no topic", 1, None),
    (["ask", "谁负责售后？谁负责退货？", "--db", "{db}"], "more than one question", 1, None),
    (["ask", "谁" * 300, "--db", "{db}"], "'" + "谁" * 40 + "…'", 1, None),
    # --- run: checks first, nothing left behind --------------------------------------------
    (["run", "{d}/nope.txt", "--db", "{d}/r.lbug"], "no such file", 1, "zhkg-out"),
    (
        ["run", "{d}/good.txt", "--question", "", "--db", "{d}/r.lbug"],
        "the question is empty",
        1,
        "{d}/r.lbug",
    ),
    (
        ["run", "{d}/empty.txt", "{d}/image.txt", "--db", "{d}/r.lbug"],
        "none of the 2 input file(s) could be read",
        1,
        "zhkg-out",
    ),
    (
        ["run", "{d}/good.txt", "--db", "{d}/good.txt", "--out", "{d}/r.ttl"],
        NOT_A_DB,
        1,
        "{d}/r.ttl",
    ),
    (
        ["run", "{d}/good.txt", "--neo4j-uri", "bolt://127.0.0.1:1", "--out", "{d}/r.ttl"],
        "cannot reach Neo4j",
        1,
        "{d}/r.ttl",
    ),
    (
        ["run", "{d}/good.txt", "--db", "{d}/r.lbug", "--out", "{d}/no/r.ttl"],
        "directory {d}/no does not exist",
        1,
        "{d}/r.lbug",
    ),
]


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No store from the environment; the working directory is the test's own."""
    for name in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "ZHKG_DB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("store") / "graph.lbug"
    assert main(["load", str(SAMPLE_TTL), "--db", str(path), "--quiet"]) == 0
    return str(path)


def _fill(text: str, folder: Path, db: str) -> str:
    return text.replace("{d}", str(folder)).replace("{db}", db)


@pytest.mark.parametrize(("argv", "fragment", "code", "absent"), CASES)
def test_bad_input_is_one_clear_line_and_a_failure(
    argv: list[str],
    fragment: str,
    code: int,
    absent: str | None,
    tmp_path: Path,
    sample_db: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _make_inputs(folder)
    args = [_fill(arg, folder, sample_db) for arg in argv]
    if code == 2:  # argparse's usage errors exit through SystemExit
        with pytest.raises(SystemExit) as exit_info:
            main(args)
        assert exit_info.value.code == code
    else:
        assert main(args) == code
    out, err = capsys.readouterr()
    error_lines = [line for line in err.splitlines() if "error:" in line]
    assert len(error_lines) == 1, err
    assert _fill(fragment, folder, sample_db) in error_lines[0]
    assert "Traceback" not in err
    assert out == "", "a failed command printed (part of) a result"
    if absent is not None:
        assert not Path(_fill(absent, folder, sample_db)).exists(), f"{absent} was left behind"


def test_an_unwritable_output_directory_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """What chmod 000 on the output folder does for a user who is not root."""
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")

    def refuse(*_: object, **__: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("zhkg.atomic.tempfile.mkstemp", refuse)
    assert main(["build", str(tmp_path / "good.txt"), "--out", str(tmp_path / "o.ttl")]) == 1
    err = capsys.readouterr().err
    assert "o.ttl: cannot write in" in err and "Permission denied" in err
    assert err.count("\n") == 1
    assert not (tmp_path / "o.ttl").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a chmod 000 file anyway")
def test_an_unreadable_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD_TEXT, encoding="utf-8")
    locked.chmod(0)
    try:
        assert main(["segment", str(locked)]) == 1
    finally:
        locked.chmod(0o644)
    assert "locked.txt: cannot be read (Permission denied)" in capsys.readouterr().err


def test_a_skipped_file_is_named_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _make_inputs(folder)
    out = tmp_path / "o.ttl"
    assert main(["build", str(folder / "mixed"), "--out", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("zhkg build: skipped [2/2] b.docx: not a readable DOCX file"), err
    assert out.exists()  # the readable file is still built


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("平台经营者应当保护消费者权益，" * 300, 5),  # clause marks: cut after the last ， in reach
        ("平台经营者应当保护消费者权益" * 150, 3),  # none at all: cut at the limit
    ],
)
def test_a_huge_single_line_is_split_into_sentences_not_lost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, pieces: int
) -> None:
    """A page without 。 used to reach the NLP stage as one sentence of megabytes and crash."""
    source = tmp_path / "one_line.txt"
    source.write_text(text, encoding="utf-8")
    assert main(["segment", str(source), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    sentences = document["sentences"]
    assert len(sentences) == pieces
    assert all(s["end"] - s["start"] <= 1000 for s in sentences)
    assert "".join(s["original"] for s in sentences) == text  # every character kept
    assert [n["kind"] for n in document["notices"]].count("long_sentence") == 1
    assert main(["extract", str(source), "--format", "tsv"]) == 0
    assert "平台经营者" in capsys.readouterr().out


@pytest.mark.parametrize("uri", ["neo4j://127.0.0.1:1", "bolt://127.0.0.1:1"])
def test_an_unreachable_server_is_exactly_one_line(uri: str) -> None:
    """The driver's own log records ("Unable to retrieve routing information") stay quiet.

    Run as a process: pytest's log capture would hide a stray record in process.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "ZHKG_DB"))}
    done = subprocess.run(
        [sys.executable, "-m", "zhkg", "who", "售后", "--neo4j-uri", uri],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith(f"zhkg who: error: cannot reach Neo4j at {uri}"), done.stderr
    assert done.stderr.count("\n") == 1, done.stderr


def test_the_input_file_survives_an_output_path_equal_to_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    law = tmp_path / "law.txt"
    law.write_text(GOOD_TEXT, encoding="utf-8")
    assert main(["build", str(law), "--out", str(law)]) == 1
    assert "is one of the input files" in capsys.readouterr().err
    assert law.read_text(encoding="utf-8") == GOOD_TEXT


@pytest.mark.parametrize(
    "inputs",
    [["law.txt", "law.txt"], ["corpus", "corpus/law.txt"], ["corpus/law.txt", "corpus/../law.txt"]],
)
def test_a_file_named_twice_is_read_once(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    inputs: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Overlapping inputs (a folder and a file in it) used to count every statement twice."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "law.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "law.txt").symlink_to(corpus / "law.txt")
    monkeypatch.chdir(tmp_path)
    assert main(["build", *inputs, "--out", "o.ttl"]) == 0
    assert "wrote o.ttl: 1/1 files:" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("value", "shown"), [("007", '"007"'), ("0123", '"0123"'), ("7", "7"), ("-2.5", "-2.5")]
)
def test_query_parameters_keep_leading_zeros(
    value: str, shown: str, sample_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """An id such as 007 used to reach the store as the number 7."""
    assert main(["query", "RETURN $x AS x", "--param", f"x={value}", "--db", sample_db,
                 "--format", "json"]) == 0  # fmt: skip
    assert f'"x": {shown}' in capsys.readouterr().out


def test_an_empty_store_says_to_load_a_graph(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store that exists but holds nothing answers with "load one first", not "(no rows)"."""
    path = tmp_path / "empty.lbug"
    assert main(["load", str(SAMPLE_TTL), "--db", str(path), "--quiet"]) == 0
    store = EmbeddedStore(EmbeddedSettings(path))
    store.clear()
    store.close()
    capsys.readouterr()
    for argv in (["who", "售后"], ["ask", "谁负责售后？"], ["run-query", "stakeholders"]):
        assert main([*argv, "--db", str(path)]) == 1
        err = capsys.readouterr().err
        assert f"embedded store {path} holds no graph (it is empty)" in err, err


@pytest.mark.parametrize(
    "argv",
    [["who", "售后"], ["ask", "谁负责售后？"], ["run-query", "stakeholders"]],
)
def test_a_database_without_the_zhkg_graph_says_to_load_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """A LadybugDB file of another application: "load one first", not "check the Cypher"."""
    import ladybug

    path = tmp_path / "other.lbug"
    database = ladybug.Database(str(path))
    connection = ladybug.Connection(database)
    connection.execute("CREATE NODE TABLE Person(name STRING, PRIMARY KEY(name))")
    connection.close()
    database.close()
    assert main([*argv, "--db", str(path)]) == 1
    err = capsys.readouterr().err
    # ask checks for an empty store first; who and run-query meet the missing table
    assert "other.lbug holds no" in err and "load one first" in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("encoding", "name"),
    [
        ("utf-16-le", "notes.txt"),  # Windows "Unicode" saved without a byte-order mark
        ("utf-16-be", "notes.txt"),
        ("gbk", "notes.md"),  # a GBK file named like a UTF-8 one
        ("big5", "notes.txt"),
    ],
)
def test_chinese_in_another_encoding_is_read_not_called_binary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, name: str
) -> None:
    source = tmp_path / name
    text = GOOD_TEXT if encoding != "big5" else "第一條 主播不得虛假宣傳。\n"  # Big5 is Traditional
    source.write_bytes(text.encode(encoding))
    assert main(["extract", str(source), "--format", "tsv"]) == 0
    assert "主播" in capsys.readouterr().out
