"""Inputs that once ended in a traceback now end in one line.

Run as real processes, because the traceback came from what a process gets:
bytes that are not UTF-8 in ``argv`` and in file names, and rdflib's logging.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from zhkg.display import readable
from zhkg.errors import InputError
from zhkg.extract.document import document_from_text
from zhkg.extract.model import NoticeKind

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "live_commerce_stakeholders.txt"


def _zhkg(*args: str | bytes, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "zhkg", *args],
        cwd=cwd,
        capture_output=True,
        timeout=300,
        check=False,
        env={**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"},
    )


def _one_line_error(result: subprocess.CompletedProcess[bytes]) -> str:
    err = result.stderr.decode("utf-8")
    assert result.returncode == 1, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err
    return err


@pytest.mark.parametrize(
    "args",
    [
        [b"ask", b"\xff\xfe"],
        [b"who", b"\xe5\x94"],
        [b"query", b"RETURN '\xff' AS x"],
        [b"query", b"RETURN $x AS x", b"--param", b"x=\xff"],
        [b"segment", b"missing-\xe9.txt"],
    ],
    ids=["ask", "who", "query", "param", "missing-file"],
)
def test_arguments_that_are_not_utf8_get_one_line(args: list[bytes], tmp_path: Path) -> None:
    err = _one_line_error(_zhkg(*args, "--db", str(tmp_path / "g.lbug"), cwd=tmp_path))
    assert "not UTF-8" in err
    assert "\\x" in err


def test_a_file_name_of_non_utf8_bytes_is_built_loaded_and_shown_as_typed(
    tmp_path: Path,
) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_bytes(SAMPLE.read_bytes())
    out = os.fsdecode(b"out\xe9.ttl")
    built = _zhkg("build", name, "--out", out, cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert b"out\\xe9.ttl" in built.stderr + built.stdout
    turtle = (tmp_path / out).read_text(encoding="utf-8")
    assert 'zhkg:sourcePath "caf\\\\xe9.txt"' in turtle
    assert "?" not in turtle.split("zhkg:sourcePath", 1)[1].split("\n", 1)[0]
    loaded = _zhkg("load", name, "--db", "g.lbug", cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    assert b"Traceback" not in loaded.stderr


def test_an_unreadable_file_with_a_non_utf8_name_is_named_as_typed(tmp_path: Path) -> None:
    name = os.fsdecode(b"empty\xe9.txt")
    (tmp_path / name).write_bytes(b"")
    err = _one_line_error(_zhkg("segment", name, cwd=tmp_path))
    assert "empty\\xe9.txt" in err
    assert "doc/" not in err


@pytest.mark.parametrize("command", ["validate", "load"])
def test_a_literal_not_of_its_datatype_gets_one_line(command: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix zhkg: <https://w3id.org/zhkg/ontology#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        '<urn:x:s> zhkg:sentenceIndex "abc"^^xsd:integer .\n',
        encoding="utf-8",
    )
    args = [command, str(bad)] + (["--db", str(tmp_path / "g.lbug")] if command == "load" else [])
    err = _one_line_error(_zhkg(*args, cwd=tmp_path))
    assert "'abc' is not a valid xsd:integer" in err


def test_a_lone_surrogate_in_text_becomes_a_replacement_character_and_a_warning() -> None:
    document = document_from_text("主播应当\udfff提供售后服务。")
    assert not any("\ud800" <= char <= "\udfff" for char in document.original + document.text)
    notice = next(n for n in document.notices if "surrogate" in n.message)
    assert notice.kind is NoticeKind.ENCODING
    assert (notice.start, notice.end) == (4, 5)
    assert document.original[4] == "\ufffd"


def test_readable_shows_undecodable_bytes_as_typed() -> None:
    assert readable(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"
    assert readable("a\udfffb") == "a\\udfffb"
    assert readable("主播.txt") == "主播.txt"
    assert str(InputError(os.fsdecode(b"x\xff.txt"), "empty")) == "x\\xff.txt: empty"
