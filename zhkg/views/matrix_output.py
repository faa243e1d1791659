"""The matrix for people (an aligned table), for programs (CSV) and for Excel (XLSX).

The table and CSV show one number per cell (statements) with the modality split
beside it; the XLSX workbook has the matrix, the counts by modality and every
statement behind the cells on three sheets.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from pathlib import Path

from zhkg.errors import ZhkgError
from zhkg.export.files import write_atomic
from zhkg.views.facts import MODALITIES, UNSPECIFIED, Facts
from zhkg.views.matrix import Matrix

__all__ = [
    "MODALITY_LABELS",
    "matrix_csv",
    "matrix_table",
    "statement_rows",
    "statements_csv",
    "write_xlsx",
]

MODALITY_LABELS: dict[str, str] = {
    "must": "必须",
    "must_not": "禁止",
    "should": "应当",
    "may": "可以",
    UNSPECIFIED: "未标明",
}
"""How a modality reads in Chinese output (the data keeps the English keys)."""

STATEMENT_COLUMNS = (
    "stakeholder",
    "kind",
    "column",
    "modality",
    "duty",
    "evidence",
    "document",
    "section",
    "sentence",
)


def _width(text: str) -> int:
    """Columns a terminal gives ``text``: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * max(0, width - _width(text))
    return fill + text if right else text + fill


def _cell_text(matrix: Matrix, row: str, column: str) -> str:
    cell = matrix.cell(row, column)
    if not cell.total:
        return "·"
    if len(cell.modalities) == 1:
        return f"{cell.total} {MODALITY_LABELS[cell.modalities[0]]}"
    split = " ".join(f"{MODALITY_LABELS[m]}{cell.count(m)}" for m in cell.modalities)
    return f"{cell.total} ({split})"


def matrix_table(matrix: Matrix) -> str:
    """The matrix as aligned text: a row per stakeholder, a column per category or document."""
    if not matrix.rows:
        return "(no responsibility statements)"
    header = ["利益相关者", *(matrix.column_labels[c] for c in matrix.columns), "合计"]
    body = [
        [
            matrix.row_labels[row],
            *(_cell_text(matrix, row, column) for column in matrix.columns),
            str(matrix.row_total(row)),
        ]
        for row in matrix.rows
    ]
    footer = ["合计", *(str(matrix.column_total(c)) for c in matrix.columns), str(matrix.total)]
    table = [header, *body, footer]
    widths = [max(_width(line[i]) for line in table) for i in range(len(header))]
    lines = [
        "  ".join(_pad(text, widths[i], right=i > 0) for i, text in enumerate(line)).rstrip()
        for line in table
    ]
    rule = "  ".join("-" * w for w in widths)
    return "\n".join([lines[0], rule, *lines[1:-1], rule, lines[-1]])


def matrix_csv(matrix: Matrix) -> str:
    """Wide CSV: stakeholder, kind, then per column its count and its count per modality."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = ["stakeholder", "kind", "total"]
    for column in matrix.columns:
        label = matrix.column_labels[column]
        header.append(label)
        header.extend(f"{label}:{m}" for m in MODALITIES)
    writer.writerow(header)
    for row in matrix.rows:
        line: list[object] = [matrix.row_labels[row], matrix.row_kinds[row], matrix.row_total(row)]
        for column in matrix.columns:
            cell = matrix.cell(row, column)
            line.append(cell.total)
            line.extend(cell.count(m) for m in MODALITIES)
        writer.writerow(line)
    return out.getvalue()


def statement_rows(matrix: Matrix, facts: Facts) -> list[dict[str, object]]:
    """Every statement behind the matrix's cells, in row and column order."""
    rows: list[dict[str, object]] = []
    for row in matrix.rows:
        for column in matrix.columns:
            for duty in matrix.cell(row, column).duties:
                rows.append(
                    {
                        "stakeholder": matrix.row_labels[row],
                        "kind": matrix.row_kinds[row],
                        "column": matrix.column_labels[column],
                        "modality": duty.modality,
                        "duty": duty.duty,
                        "evidence": duty.evidence or "",
                        "document": facts.document_title(duty.document),
                        "section": duty.section or "",
                        "sentence": "" if duty.sentence is None else duty.sentence,
                    }
                )
    return rows


def statements_csv(matrix: Matrix, facts: Facts) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=STATEMENT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(statement_rows(matrix, facts))
    return out.getvalue()


def write_xlsx(matrix: Matrix, facts: Facts, path: str | Path) -> Path:
    """A workbook: ``matrix`` (counts), ``by modality`` (long form), ``statements`` (evidence)."""
    try:
        from openpyxl import Workbook
        from openpyxl.comments import Comment
        from openpyxl.formatting.rule import ColorScaleRule
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter
    except ImportError as exc:
        raise ZhkgError(
            "writing XLSX needs openpyxl, which is not installed",
            hint="pip install 'zhkg[report]'",
        ) from exc
    book = Workbook()
    sheet = book.active
    sheet.title = "matrix"
    bold = Font(bold=True)
    header = ["利益相关者", "类别", *(matrix.column_labels[c] for c in matrix.columns), "合计"]
    sheet.append(header)
    for row in matrix.rows:
        values: list[object] = [matrix.row_labels[row], matrix.row_kinds[row]]
        values.extend(matrix.cell(row, column).total for column in matrix.columns)
        values.append(matrix.row_total(row))
        sheet.append(values)
        for index, column in enumerate(matrix.columns, start=3):
            cell = matrix.cell(row, column)
            if cell.total:
                split = ", ".join(f"{MODALITY_LABELS[m]} {cell.count(m)}" for m in cell.modalities)
                sheet.cell(sheet.max_row, index).comment = Comment(split, "zhkg")
    sheet.append(["合计", "", *(matrix.column_total(c) for c in matrix.columns), matrix.total])
    for cell in sheet[1]:
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "C2"
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 16
    for index in range(3, len(header) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 14
    if matrix.rows and matrix.columns:
        area = f"C2:{get_column_letter(2 + len(matrix.columns))}{1 + len(matrix.rows)}"
        sheet.conditional_formatting.add(
            area,
            ColorScaleRule(
                start_type="num",
                start_value=0,
                start_color="FFFFFF",
                end_type="max",
                end_color="C0392B",
            ),
        )

    modality = book.create_sheet("by modality")
    modality.append(["stakeholder", "column", *MODALITIES, "total"])
    for row in matrix.rows:
        for column in matrix.columns:
            cell = matrix.cell(row, column)
            if cell.total:
                modality.append(
                    [
                        matrix.row_labels[row],
                        matrix.column_labels[column],
                        *(cell.count(m) for m in MODALITIES),
                        cell.total,
                    ]
                )
    statements = book.create_sheet("statements")
    statements.append(list(STATEMENT_COLUMNS))
    for record in statement_rows(matrix, facts):
        statements.append([record[name] for name in STATEMENT_COLUMNS])
    for extra in (modality, statements):
        for cell in extra[1]:
            cell.font = bold
        extra.freeze_panes = "A2"
    statements.column_dimensions["E"].width = 30
    statements.column_dimensions["F"].width = 60
    buffer = io.BytesIO()
    book.save(buffer)
    return write_atomic(path, buffer.getvalue())
