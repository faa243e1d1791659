"""The README's extension example works as printed: a Turtle file adds a party class."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from zhkg.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
TEXT = "第一条 外卖骑手应当遵守道路交通安全法律法规。\n第二条 配送员不得私自拆开包装。\n"


@pytest.fixture(scope="module")
def extension(tmp_path_factory: pytest.TempPathFactory) -> Path:
    blocks = re.findall(r"```turtle\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert len(blocks) == 1, "the README shows one extension example"
    path = tmp_path_factory.mktemp("ext") / "riders.ttl"
    path.write_text(blocks[0], encoding="utf-8")
    return path


def _responsibilities(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, str]]:
    assert main(args) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]
    return [row for row in rows if row["type"] == "responsibility"]


def test_extension_adds_the_party_class(
    tmp_path: Path, extension: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "rules.txt"
    text.write_text(TEXT, encoding="utf-8")
    base = _responsibilities(["extract", str(text), "--format", "jsonl"], capsys)
    extended = _responsibilities(
        ["extract", str(text), "--format", "jsonl", "--lexicon", str(extension)], capsys
    )
    assert not any(row["stakeholder_class"] == "Rider" for row in base)
    by_surface = {row["stakeholder"]: row for row in extended}
    assert by_surface["外卖骑手"]["stakeholder_label"] == "骑手"
    assert by_surface["外卖骑手"]["stakeholder_class"] == "Rider"
    assert by_surface["配送员"]["modality"] == "must_not"
    assert by_surface["配送员"]["stakeholder_class"] == "Rider"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_the_readme_shows_python_examples() -> None:
    blocks = _python_blocks()
    assert len(blocks) >= 2
    assert any("zhkg.ask(" in block and ".to_pandas()" in block for block in blocks)


@pytest.mark.parametrize("index", range(2))
def test_readme_python_example_runs_as_printed(index: int, tmp_path: Path) -> None:
    """Each Python block runs in a fresh interpreter, from a folder holding examples/."""
    (tmp_path / "examples").symlink_to(README.parent / "examples")
    (tmp_path / "zhkg-out").mkdir()
    block = _python_blocks()[index]
    result = subprocess.run(
        [sys.executable, "-c", block],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "ZHKG_DB": str(tmp_path / "default.lbug")},
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    if "zhkg.ask(" in block:
        assert "处理退换货问题、使用指导等售后事务" in result.stdout  # the corrected answer
