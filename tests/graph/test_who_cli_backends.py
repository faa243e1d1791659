"""`zhkg who 售后` prints the same rows from Neo4j and from the embedded store."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from zhkg.cli import main
from zhkg.graph.config import Neo4jSettings
from zhkg.graph.neo4j_store import Neo4jStore

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_TTL = ROOT / "tests" / "data" / "graph_sample.ttl"
EXAMPLES = ROOT / "examples"


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


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 0, capsys.readouterr().err
    return capsys.readouterr().out


@pytest.mark.neo4j
@pytest.mark.parametrize(
    "inputs",
    [
        [SAMPLE_TTL],
        [EXAMPLES / "live_commerce_stakeholders.txt", EXAMPLES / "ecommerce_law_2018.txt"],
    ],
    ids=["fixture-ttl", "sample-texts"],
)
def test_who_after_sales_is_the_same_on_both_backends(
    inputs: list[Path],
    neo4j_store: Neo4jStore,
    neo4j_settings: Neo4jSettings,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths = [str(path) for path in inputs]
    db = ["--db", str(tmp_path / "graph.lbug")]
    neo4j = _neo4j_args(neo4j_settings)
    _run(["load", *paths, *db, "--quiet"], capsys)
    _run(["load", *paths, *neo4j, "--quiet"], capsys)
    for fmt in ("table", "json"):
        embedded_out = _run(["who", "售后", *db, "--format", fmt], capsys)
        neo4j_out = _run(["who", "售后", *neo4j, "--format", fmt], capsys)
        assert embedded_out == neo4j_out
    answer = _run(["who", "售后", *db], capsys).splitlines()
    holders = {line for line in answer if line and not line.startswith(" ")}
    assert {"主播", "商家"} <= holders


@pytest.mark.neo4j
def test_query_refuses_writes_against_neo4j_too(
    neo4j_store: Neo4jStore, neo4j_settings: Neo4jSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["query", "MERGE (n:Stakeholder {iri: 'x'})", *_neo4j_args(neo4j_settings)]) == 1
    assert "refused a query that writes: MERGE" in capsys.readouterr().err
    assert neo4j_store.counts().nodes == 0


def test_unreachable_neo4j_from_the_cli_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    uri = f"bolt://127.0.0.1:{port}"
    assert main(["who", "售后", "--neo4j-uri", uri, "--neo4j-password", "x"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"zhkg who: error: cannot reach Neo4j at {uri}: ")
    assert err.count("\n") == 1


@pytest.mark.neo4j
def test_neo4j_warnings_about_a_query_are_one_line_each(
    neo4j_store: Neo4jStore, neo4j_settings: Neo4jSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["query", "MATCH (n:NoSuchLabel) RETURN n.iri AS iri", *_neo4j_args(neo4j_settings)]
    assert main(args) == 0
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("zhkg query: warning: label does not exist")
    assert "NoSuchLabel" in err[0]
    assert not any("Received notification" in line for line in err)
