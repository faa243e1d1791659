"""The main job (`zhkg run`, what scripts/run-sample runs) end to end, with no server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from zhkg.cli import main

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE = REPO_ROOT / "examples" / "live_commerce_stakeholders.txt"


@pytest.fixture(scope="module")
def job_output(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    work = tmp_path_factory.mktemp("job")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "ZHKG_DB"))}
    done = subprocess.run(
        [sys.executable, "-m", "zhkg", "run", str(SAMPLE), "--db", str(work / "graph.lbug")],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return work, done.stdout


def test_after_sales_answer_names_streamer_and_merchant_with_evidence(
    job_output: tuple[Path, str],
) -> None:
    _, answer = job_output
    holders = [line for line in answer.splitlines() if line and not line.startswith(" ")]
    assert "主播" in holders
    assert "商家" in holders
    assert "“因此,主播需要承担起售后服务的责任,为消费者提供及时有效的帮助。”" in answer
    assert re.search(r"处理退换货.*\n\s+“商家的售后服务包括但不限于处理退换货", answer)


def test_turtle_is_written_where_the_readme_says_and_parses(job_output: tuple[Path, str]) -> None:
    work, _ = job_output
    turtle = work / "zhkg-out" / "live_commerce_stakeholders.ttl"
    graph = Graph().parse(turtle, format="turtle")
    assert len(graph) > 1000


def test_running_again_changes_nothing_in_the_store(
    job_output: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    work, first = job_output
    db = str(work / "graph.lbug")
    out = work / "again.ttl"
    assert main(["run", str(SAMPLE), "--db", db, "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == first
    counts = re.search(r"now holds (\d+) nodes and (\d+) relationships", captured.err)
    assert counts is not None
    assert main(["run", str(SAMPLE), "--db", db, "--out", str(out)]) == 0
    again = re.search(r"now holds (\d+) nodes and (\d+) relationships", capsys.readouterr().err)
    assert again is not None and again.groups() == counts.groups()


def test_unreadable_input_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out.ttl"
    code = main(["run", str(empty), "--db", str(tmp_path / "g.lbug"), "--out", str(out)])
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("zhkg run: error: ")
    assert "empty.txt" in err[-1]
    assert not out.exists()


@pytest.mark.parametrize("script", ["run-sample", "test", "neo4j-local", "setup-venv", "lint"])
def test_readme_scripts_exist_and_are_executable(script: str) -> None:
    path = REPO_ROOT / "scripts" / script
    assert os.access(path, os.X_OK)
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    if script in {"run-sample", "test"}:
        assert f"scripts/{script}" in readme.split("## Commands")[0]
