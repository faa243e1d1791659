"""The README's extension example works as printed: a Turtle file adds a party class."""

from __future__ import annotations

import json
import re
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
