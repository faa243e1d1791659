"""Big texts are read as bounded windows whose parts keep offsets into the whole file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zhkg.cli import main
from zhkg.extract.document import document_from_text, read_document, read_document_parts
from zhkg.extract.windows import ShiftedOffsets, split_windows, windowed_documents

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "live_commerce_stakeholders.txt"
LAW = ROOT / "examples" / "ecommerce_law_2018.txt"


@pytest.mark.parametrize(
    ("text", "size", "expected"),
    [
        ("甲乙。\n\n丙丁。\n戊己。", 100, [(0, 12, False)]),
        ("甲乙。\n\n丙丁。\n戊己。", 6, [(0, 5, False), (5, 9, False), (9, 12, False)]),
        ("甲乙。丙丁。戊己。", 7, [(0, 6, False), (6, 9, False)]),  # one line: at sentence ends
        ("甲乙丙丁戊己庚辛", 3, [(0, 3, True), (3, 6, True), (6, 8, False)]),  # nothing to cut at
    ],
    ids=["short", "paragraphs-then-lines", "single-line", "no-boundary"],
)
def test_windows_end_at_paragraphs_lines_sentences_or_the_limit(
    text: str, size: int, expected: list[tuple[int, int, bool]]
) -> None:
    windows = split_windows(text, size)
    assert windows == expected
    assert all(end - start <= size for start, end, _ in windows)
    assert "".join(text[start:end] for start, end, _ in windows) == text


def _read(source: str) -> object:
    def read(text: str, title: str, start: int) -> object:
        return document_from_text(text, source=source, title=title)

    return read


def test_parts_keep_the_sentences_and_original_offsets_of_the_whole_text() -> None:
    original = LAW.read_text(encoding="utf-8")  # simplified, so slices compare as text
    whole = document_from_text(original, source="law.txt")
    parts = list(windowed_documents(original, _read("law.txt"), window_chars=2000))  # type: ignore[arg-type]
    assert len(parts) == len(split_windows(original, 2000)) > 4
    assert len({part.id for part in parts}) == len(parts)
    assert all(part.original is original for part in parts)  # shared, not copied
    assert parts[1].title.endswith(f"[part 2/{len(parts)}]")
    assert all(isinstance(part.offsets, ShiftedOffsets) for part in parts)

    sentences = [s for part in parts for s in part.sentences]
    for sentence in sentences:  # every span points at its words in the whole file
        written = original[sentence.orig_start : sentence.orig_end]
        assert re.sub(r"\s", "", written) == re.sub(r"\s", "", sentence.text)
    for part in parts:
        for sentence in part.sentences:
            assert part.to_original(sentence.start, sentence.end) == (
                sentence.orig_start,
                sentence.orig_end,
            )
    whole_spans = {(s.orig_start, s.orig_end) for s in whole.sentences}
    part_spans = {(s.orig_start, s.orig_end) for s in sentences}
    assert len(whole_spans & part_spans) > 0.95 * len(whole_spans)  # edges may differ


def test_a_short_file_is_one_document_as_before(tmp_path: Path) -> None:
    parts = list(read_document_parts(SAMPLE))
    assert len(parts) == 1
    assert parts[0] == read_document(SAMPLE)


def test_a_long_line_without_sentence_ends_is_cut_with_a_warning() -> None:
    original = "主播" * 50
    parts = list(windowed_documents(original, _read("x.txt"), window_chars=30))  # type: ignore[arg-type]
    assert len(parts) == 4
    warnings = [n for part in parts for n in part.notices if "was cut here" in n.message]
    assert [n.start for n in warnings] == [30, 60, 90]


@pytest.mark.parametrize("command", ["segment", "extract"])
def test_max_chars_refuses_a_longer_text_in_one_line(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([command, str(SAMPLE), "--max-chars", "1000"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.strip().splitlines()
    assert "more than --max-chars 1,000" in line
    assert main([command, str(SAMPLE), "--max-chars", "1_000_000"]) == 0
