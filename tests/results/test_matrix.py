"""The responsibility matrix: counts that add up to the statements, in every output format."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from zhkg.cli import main
from zhkg.views.facts import MODALITIES, Facts
from zhkg.views.matrix import build_matrix
from zhkg.views.matrix_output import matrix_csv, matrix_table, statement_rows
from zhkg.views.sources import Collected

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "live_commerce_stakeholders.txt"


def test_every_statement_is_counted_once_in_its_row_and_column(sample: Collected) -> None:
    facts = sample.facts()
    responsible = [e for e in sample.property_graph.edges if e.type == "RESPONSIBLE_FOR"]
    matrix = build_matrix(facts)
    assert matrix.total == len(facts.duties) == len(responsible) > 20
    for (row, column), cell in matrix.cells.items():
        assert all(d.stakeholder == row and d.category == column for d in cell.duties)
        assert cell.total == sum(cell.count(m) for m in MODALITIES)
    # rows are ordered by their totals, the busiest first
    totals = [matrix.row_total(row) for row in matrix.rows]
    assert totals == sorted(totals, reverse=True)


def test_statements_behind_cells_carry_their_evidence_and_section(sample: Collected) -> None:
    facts = sample.facts()
    rows = statement_rows(build_matrix(facts), facts)
    assert len(rows) == len(facts.duties)
    for row in rows:
        assert row["evidence"] and row["document"] and row["section"]
    from zhkg import read

    sentences = {s.index: s.text for s in read(SAMPLE).sentences}
    for duty in facts.duties:
        assert duty.sentence is not None and duty.evidence == sentences[duty.sentence]


def test_table_and_csv_agree(sample: Collected) -> None:
    matrix = build_matrix(sample.facts())
    table = matrix_table(matrix)
    assert table.splitlines()[0].startswith("利益相关者")
    assert table.splitlines()[-1].split()[-1] == str(matrix.total)
    records = list(csv.DictReader(io.StringIO(matrix_csv(matrix))))
    assert [r["stakeholder"] for r in records] == [matrix.row_labels[r] for r in matrix.rows]
    assert sum(int(r["total"]) for r in records) == matrix.total
    first = matrix.columns[0]
    label = matrix.column_labels[first]
    for record in records:
        assert int(record[label]) == sum(int(record[f"{label}:{m}"]) for m in MODALITIES)


def test_corpus_by_document_as_xlsx_has_one_column_per_document(
    corpus: Collected, corpus_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "m.xlsx"
    status = main(
        ["matrix", str(corpus_dir), "--by", "document", "--format", "xlsx", "--out", str(out)]
    )
    assert status == 0
    facts = corpus.facts()
    book = load_workbook(out)
    assert book.sheetnames == ["matrix", "by modality", "statements"]
    sheet = book["matrix"]
    header = [cell.value for cell in sheet[1]]
    assert header[:2] == ["利益相关者", "类别"] and header[-1] == "合计"
    assert sorted(header[2:-1]) == sorted(facts.document_title(d) for d in facts.documents)
    assert len(facts.documents) >= 2
    body = list(sheet.iter_rows(min_row=2, values_only=True))
    stakeholders = {duty.stakeholder for duty in facts.duties}
    assert len(body) == len(stakeholders) + 1  # one row each, then the totals
    assert body[-1][-1] == len(facts.duties)
    for line in body[:-1]:
        assert sum(line[2:-1]) == line[-1]
    assert book["statements"].max_row == len(facts.duties) + 1


def test_matrix_reads_a_loaded_store_like_the_files(
    sample: Collected, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "g.lbug"
    assert main(["load", str(SAMPLE), "--db", str(db), "--quiet"]) == 0
    capsys.readouterr()
    assert main(["matrix", "--db", str(db), "--format", "csv"]) == 0
    from_store = capsys.readouterr().out
    assert from_store == matrix_csv(build_matrix(sample.facts()))


def test_statements_option_lists_the_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["matrix", str(SAMPLE), "--statements", "--format", "csv"]) == 0
    records = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert records and {"stakeholder", "evidence", "section", "modality"} <= set(records[0])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "xlsx", "--out", "m.csv"], "the suffix .csv is csv"),
        (["--out", "m.docx"], "cannot tell the format from the suffix .docx"),
        (["--format", "png", "--statements"], "--statements lists rows as text"),
        (["--by", "author"], "invalid choice"),
    ],
)
def test_bad_matrix_options_fail_in_one_line(
    args: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["matrix", str(SAMPLE), *[a.replace("m.", f"{tmp_path}/m.") for a in args]]
    try:
        status = main(argv)
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    assert status in (1, 2)
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not list(tmp_path.iterdir())


def test_empty_facts_give_an_empty_matrix() -> None:
    matrix = build_matrix(Facts())
    assert matrix.rows == [] and matrix.total == 0
    assert matrix_table(matrix) == "(no responsibility statements)"


def test_matrix_of_a_store_without_a_graph_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["matrix", "--db", str(tmp_path / "none.lbug")]) == 1
    err = capsys.readouterr().err
    assert "no graph at" in err and "zhkg load" in err and "Traceback" not in err


def test_an_empty_store_is_an_error_not_an_empty_matrix(tmp_path: Path) -> None:
    from zhkg.errors import StoreUnavailableError
    from zhkg.graph.config import resolve_settings
    from zhkg.graph.store import open_store
    from zhkg.views.sources import store_facts

    settings = resolve_settings(db=tmp_path / "empty.lbug", environ={})
    with open_store(settings) as store:
        store.ensure_schema()
    with pytest.raises(StoreUnavailableError, match=r"holds no graph \(it is empty\)"):
        store_facts(settings)


def test_documents_with_one_title_get_distinct_columns(tmp_path: Path) -> None:
    text = "第一条 平台经营者应当建立投诉机制。\n第二条 消费者可以投诉。\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("同一标题\n\n" + text.replace("投诉", f"投诉{name[0]}"))
    from zhkg.views.sources import facts_for

    facts, _ = facts_for([tmp_path])
    matrix = build_matrix(facts, "document")
    labels = sorted(matrix.column_labels.values())
    assert len(labels) == 2 == len(set(labels))
    assert all(label.startswith(facts.document_title(matrix.columns[0])) for label in labels)
    assert {label.rsplit("(", 1)[-1] for label in labels} == {"a.txt)", "b.txt)"}


def test_xlsx_without_out_goes_to_a_named_file_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["matrix", str(SAMPLE), "--by", "document", "--format", "xlsx"]) == 0
    assert "wrote matrix-by-document.xlsx" in capsys.readouterr().err
    sheet = load_workbook(tmp_path / "matrix-by-document.xlsx")["matrix"]
    from zhkg import read

    assert [c.value for c in sheet[1]][2:-1] == [read(SAMPLE).title]
