"""Merging per-document N-Triples: document lines copied in runs, shared lines once."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from zhkg.ontology import streaming
from zhkg.ontology.namespace import ZHKG, ZHKG_ID

DOC = f"<{ZHKG_ID}doc/"
PARTY = f"<{ZHKG_ID}stakeholder/"
TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


def _part(document: str, party: str, specific: bool) -> bytes:
    kind = "Regulator" if specific else "Stakeholder"
    lines = [
        f'{DOC}{document}> {LABEL} "文件{document}" .',
        f"{DOC}{document}/s/1> <{ZHKG}inDocument> {DOC}{document}> .",
        f"{DOC}{document}/s/1> <{ZHKG}mentions> {PARTY}{party}> .",
        f"{PARTY}{party}> {TYPE} <{ZHKG}{kind}> .",
        f'{PARTY}{party}> {LABEL} "{party}" .',
    ]
    return "".join(line + "\n" for line in sorted(lines)).encode()


def _merge(parts: list[Path | bytes]) -> tuple[int, list[bytes]]:
    out = io.BytesIO()
    written = streaming.merge_ntriples(parts, out)
    return written, out.getvalue().splitlines()


def test_document_lines_stay_and_shared_lines_come_once(tmp_path: Path) -> None:
    first = tmp_path / "a.nt"
    first.write_bytes(_part("a", "甲", specific=False))
    written, lines = _merge([first, _part("b", "甲", specific=True), _part("c", "乙", False)])
    assert written == len(lines) == 3 * 3 + 2 + 2  # documents' own lines, then each party
    text = b"\n".join(lines).decode()
    assert text.count(f'{PARTY}甲> {LABEL} "甲"') == 1
    assert f"{PARTY}甲> {TYPE} <{ZHKG}Stakeholder>" not in text  # a specific class was given
    assert f"{PARTY}乙> {TYPE} <{ZHKG}Stakeholder>" in text  # the only class it has
    assert all(text.count(f"{DOC}{d}> {LABEL}") == 1 for d in "abc")


def test_a_part_read_in_blocks_merges_as_a_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = b"".join(_part(str(n), f"方{n % 3}", specific=n % 2 == 0) for n in range(40))
    data = b"# a comment\n\n" + data.rstrip(b"\n")  # and no newline after the last line
    path = tmp_path / "big.nt"
    path.write_bytes(data)
    whole = _merge([data])
    monkeypatch.setattr(streaming, "_BLOCK", 64)  # blocks end inside lines
    assert _merge([path]) == whole
    assert whole[0] == 40 * 3 + 3 * 2 and not any(line.startswith(b"#") for line in whole[1])
