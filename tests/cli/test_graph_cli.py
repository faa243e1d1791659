"""The graph commands on the embedded store: load, query, who, run-query, ask."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from zhkg.cli import main
from zhkg.cli.graph_output import display_width, render_table
from zhkg.queries.library import load_queries

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE_TTL = DATA / "graph_sample.ttl"


@pytest.fixture(autouse=True)
def _no_neo4j_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "ZHKG_DB"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "graph.lbug"
    assert main(["load", str(SAMPLE_TTL), "--db", str(path), "--quiet"]) == 0
    return str(path)


@pytest.mark.parametrize("command", ["load", "query", "who", "run-query", "ask"])
def test_every_graph_command_has_help_with_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert f"example:\n  zhkg {command}" in capsys.readouterr().out


def test_load_reports_what_it_merged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "graph.lbug"
    assert main(["load", str(SAMPLE_TTL), "--db", str(path)]) == 0
    assert main(["load", str(SAMPLE_TTL), "--db", str(path)]) == 0
    lines = capsys.readouterr().err.splitlines()
    summaries = [line for line in lines if line.startswith("loaded ")]
    assert len(summaries) == 2
    assert all("holds 28 nodes and 33 relationships" in line for line in summaries)
    assert "loaded 2 document group(s)" in summaries[0]
    assert "loaded 0 document group(s)" in summaries[1]
    assert "(2 unchanged document(s) skipped)" in summaries[1]
    progress = [line for line in lines if line.startswith("zhkg load: ")]
    assert [line.split(",")[0] for line in progress] == ["zhkg load: 2/2 documents (100%)"] * 2


def test_who_prints_holders_with_evidence(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["who", "售后", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    holders = [line for line in lines if not line.startswith(" ")]
    assert holders == ["主播", "商家"]
    streamer = lines[lines.index("主播") : lines.index("商家")]
    assert streamer[1].split()[0] in {"must", "must_not", "should", "may"}
    assert "[售后服务]" in streamer[1]
    evidence = [line.strip() for line in streamer if line.strip().startswith("“")]
    assert evidence and "主播应当做好售后服务" in evidence[0]
    assert evidence[0].endswith("”")  # printed whole, never clipped


def test_who_json_is_the_full_rows(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["who", "售后", "--db", db, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["stakeholder"], r["evidence"]) for r in rows] == [
        ("主播", "主播应当做好售后服务，及时回应消费者的退换货请求。"),
        ("商家", "商家应当提供退货、换货等售后服务。"),
    ]


def test_run_query_csv(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["run-query", "stakeholder_duties", "--param", "stakeholder=主播", "--format", "csv"]
    assert main([*args, "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "stakeholder,modality,duty,category,evidence,document,sentence,statement"
    assert len(lines) == 4


def test_run_query_list_names_every_query(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run-query", "--list"]) == 0
    out = capsys.readouterr().out
    for name in load_queries():
        assert name in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run-query", "stakeholder_duties"], "needs the parameter stakeholder"),
        (["run-query", "nope"], "no named query 'nope'"),
        (["run-query", "who_is_responsible", "--param", "topic"], "is not KEY=VALUE"),
        (["query", "CREATE (n:Stakeholder {iri: 'x'})"], "refused a query that writes: CREATE"),
        (["query", "MATCH (n) DETACH DELETE n"], "refused a query that writes: DETACH"),
        (["query", "CALL apoc.create.node(['X'], {})"], "CALL apoc.create.node"),
        (["query", "MATCH (n RETURN n"], "rejected the query"),
        (
            ["ask", "今天天气怎么样"],
            "questions understood: 谁负责X / X由谁负责 / 谁应当X (e.g. 谁负责售后？)",
        ),
    ],
)
def test_errors_are_one_line(
    db: str, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*args, "--db", db]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_query_reads_with_parameters(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    query = (
        "MATCH (s:Sentence) WHERE s.text CONTAINS $word AND s.position >= $min "
        "RETURN s.text AS text ORDER BY text"
    )
    args = ["query", query, "--param", "word=虚假", "--param", "min=1", "--format", "json"]
    assert main([*args, "--db", db]) == 0
    assert json.loads(capsys.readouterr().out) == [{"text": "主播不得进行虚假宣传。"}]


def test_ask_answers_with_evidence(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "主播不得做什么？", "--db", db, "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "duties_of" in captured.err
    rows = json.loads(captured.out)
    assert [(r["duty"], r["evidence"]) for r in rows] == [
        ("进行虚假宣传", "主播不得进行虚假宣传。")
    ]


def test_query_on_a_missing_store_says_to_load_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["who", "售后", "--db", str(tmp_path / "none.lbug")]) == 1
    assert "no graph at" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("@prefix ex: <http://example.org/> . ex:a ex:b ex:c .", "holds no zhkg data"),
        ("this is not turtle", "not valid turtle"),
    ],
)
def test_load_of_unusable_rdf_is_a_one_line_error(
    tmp_path: Path, content: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "input.ttl"
    source.write_text(content, encoding="utf-8")
    assert main(["load", str(source), "--db", str(tmp_path / "g.lbug")]) == 1
    err = capsys.readouterr().err
    assert message in err.lower()
    assert err.count("\n") == 1


def test_tables_align_wide_characters() -> None:
    rows = [{"name": "主播", "kind": "Streamer"}, {"name": "电子商务平台经营者", "kind": "X"}]
    lines = render_table(rows).splitlines()
    starts = {
        display_width(line[: line.index(kind)])
        for line, kind in zip(lines[2:], ["Streamer", "X"], strict=True)
    }
    assert starts == {display_width("电子商务平台经营者") + 2}
    assert display_width("主播a") == 5


def test_load_a_folder_of_rdf_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "rdf"
    folder.mkdir()
    (folder / "sample.ttl").write_bytes(SAMPLE_TTL.read_bytes())
    (folder / ".hidden.ttl").write_text("not turtle at all", encoding="utf-8")
    assert main(["load", str(folder), "--db", str(tmp_path / "g.lbug")]) == 0
    assert "holds 28 nodes and 33 relationships" in capsys.readouterr().err
