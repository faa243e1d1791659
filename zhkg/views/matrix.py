"""The responsibility matrix: stakeholders x categories (or x documents), counts by modality.

Each cell keeps the statements behind it, so every number can be traced to its
evidence sentences. ``by="document"`` compares documents: which document gives
how many duties to whom.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from zhkg.errors import ZhkgError
from zhkg.views.facts import MODALITIES, UNCATEGORISED, UNSPECIFIED, Duty, Facts

__all__ = ["DIMENSIONS", "Cell", "Matrix", "build_matrix"]

DIMENSIONS: tuple[str, ...] = ("category", "document")
"""What the matrix's columns can be."""


@dataclass
class Cell:
    """The statements of one stakeholder in one column, and their count per modality."""

    duties: list[Duty] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.duties)

    def count(self, modality: str) -> int:
        return sum(1 for duty in self.duties if duty.modality == modality)

    @property
    def modalities(self) -> list[str]:
        """Modalities present, strongest first (``unspecified`` last)."""
        present = {duty.modality for duty in self.duties}
        return [m for m in (*MODALITIES, UNSPECIFIED) if m in present]


@dataclass
class Matrix:
    """Rows are stakeholder IRIs, columns category names or document IRIs."""

    by: str
    rows: list[str]
    row_labels: dict[str, str]
    row_kinds: dict[str, str]
    columns: list[str]
    column_labels: dict[str, str]
    cells: dict[tuple[str, str], Cell]

    def cell(self, row: str, column: str) -> Cell:
        return self.cells.get((row, column)) or Cell()

    def row_total(self, row: str) -> int:
        return sum(self.cell(row, column).total for column in self.columns)

    def column_total(self, column: str) -> int:
        return sum(self.cell(row, column).total for row in self.rows)

    @property
    def total(self) -> int:
        return sum(cell.total for cell in self.cells.values())

    @property
    def peak(self) -> int:
        return max((cell.total for cell in self.cells.values()), default=0)


def _document_labels(facts: Facts, columns: list[str]) -> dict[str, str]:
    """Document titles, with the file name added where two documents share a title."""
    titles = {column: facts.document_title(column or None) for column in columns}
    seen = Counter(titles.values())
    labels: dict[str, str] = {}
    for column, title in titles.items():
        if seen[title] > 1:
            title = f"{title} ({facts.sources.get(column) or column.rsplit('/', 1)[-1]})"
        labels[column] = title
    return labels


def build_matrix(facts: Facts, by: str = "category") -> Matrix:
    """Count ``facts``' duties per stakeholder and column; rows and columns by total, descending."""
    if by not in DIMENSIONS:
        raise ZhkgError(f"unknown matrix dimension {by!r}", hint="use category or document")
    cells: dict[tuple[str, str], Cell] = {}
    for duty in facts.duties:
        column = duty.category if by == "category" else (duty.document or "")
        cells.setdefault((duty.stakeholder, column), Cell()).duties.append(duty)
    row_totals: Counter[str] = Counter()
    column_totals: Counter[str] = Counter()
    for (row, column), cell in cells.items():
        row_totals[row] += cell.total
        column_totals[column] += cell.total
    rows = sorted(row_totals, key=lambda r: (-row_totals[r], facts.name(r), r))
    if by == "document":
        # Every document is a column, also one without duties: comparing shows its absence.
        columns = sorted(
            set(facts.documents) | set(column_totals),
            key=lambda c: (facts.document_title(c or None), c),
        )
        labels = _document_labels(facts, columns)
    else:
        columns = sorted(
            column_totals,
            key=lambda c: (c == UNCATEGORISED, -column_totals[c], c),
        )
        labels = {column: column for column in columns}
    return Matrix(
        by=by,
        rows=rows,
        row_labels={row: facts.name(row) for row in rows},
        row_kinds={
            row: facts.stakeholders[row].kind if row in facts.stakeholders else "Stakeholder"
            for row in rows
        },
        columns=columns,
        column_labels=labels,
        cells=cells,
    )
