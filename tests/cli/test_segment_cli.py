"""`zhkg segment`: the outline, JSON, help, and one-line errors with exit code 1."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from zhkg.cli import main

REPO_DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
PAPER = EXAMPLES / "live_commerce_stakeholders.txt"
LAW = EXAMPLES / "ecommerce_law_2018.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["segment", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_outline_of_the_paper(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(PAPER))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == "直播电商中的利益相关者角色与责任分配"
    top = [
        line.strip().split("  ")[0]
        for line in lines
        if line.startswith("  ") and not line.startswith("   ")
    ]
    parts = [item for item in top if item[:2] in ("一、", "二、", "三、", "四、", "五、")]
    assert parts[-5:] == [
        "一、直播电商中的利益相关者角色与责任分配",
        "二、品牌影响力在直播电商生态中的作用",
        "三、直播电商生态的起源与发展趋势",
        "四、直播电商中的供应链协同与价值流动",
        "五、用户与平台在直播电商中的互动模式",
    ]
    assert "    (二)平台的角色与责任  [" in out
    assert "      1、平台的运营责任  [" in out
    warnings = out[out.index("warnings (") :]
    assert warnings.count("mojibake") >= 5
    assert "truncation" in warnings


def test_outline_of_the_law(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(LAW))
    assert code == 0
    assert out.count("\n  第") == 7  # chapters at level 1
    assert "  第一章 总则  [" in out
    assert out.count("第八十九条") == 1
    assert "warnings (0):" in out


def test_json_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(PAPER), "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"id", "title", "sections", "sentences", "notices", "toc"}
    assert len(data["toc"]) == 5
    original = PAPER.read_text(encoding="utf-8")
    for sentence in data["sentences"]:
        assert original[sentence["orig_start"] : sentence["orig_end"]] == sentence["original"]
        assert {"text", "start", "end", "section"} <= set(sentence)
    kinds = {notice["kind"] for notice in data["notices"]}
    assert {"mojibake", "chrome", "pinyin", "toc", "truncation"} <= kinds


def test_json_of_a_folder_is_a_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("一、总则\n平台应当公示规则。", encoding="utf-8")
    (tmp_path / "b.md").write_text("商家应当负责。", encoding="utf-8")
    code, out, _ = run(capsys, str(tmp_path), "--json")
    assert code == 0
    assert [Path(doc["source"]).name for doc in json.loads(out)] == ["a.txt", "b.md"]


def test_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["segment", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "example:" in out and "zhkg segment" in out


@pytest.mark.parametrize(
    ("bad_input", "message"),
    [
        ("empty file", "file is empty"),
        ("binary file", "binary data, not text"),
        ("unsupported extension", "unsupported file type '.xlsx'"),
        ("missing path", "no such file or directory"),
        ("empty directory", "directory holds no supported file"),
        ("pdf without text", "PDF has no text layer"),
    ],
    indirect=["bad_input"],
)
def test_bad_input_is_one_line_and_exit_1(
    bad_input: Path, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, str(bad_input))
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"zhkg segment: error: {bad_input}: {message}")


def test_a_bad_file_in_a_folder_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("平台应当公示规则。", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    code, out, err = run(capsys, str(tmp_path))
    assert (code, out) == (1, "")
    assert "b.txt: file is empty" in err


def test_the_installed_command_has_no_traceback(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = subprocess.run(
        [sys.executable, "-m", "zhkg", "segment", str(empty)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"zhkg segment: error: {empty}: file is empty (give a file with text)"
    ]
