"""Query rows for people (aligned tables, wide characters counted as two columns)
and for programs (JSON, CSV)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence

__all__ = ["FORMATS", "display_width", "render", "render_evidence", "render_table"]

FORMATS = ("table", "json", "csv")
MAX_CELL_WIDTH = 60


def display_width(text: str) -> int:
    """Terminal columns of ``text``: CJK and full-width characters take two."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3g}"
    if isinstance(value, list | tuple):
        return "、".join(_cell(item) for item in value)
    return " ".join(str(value).split())


def _clip(text: str, limit: int) -> str:
    if display_width(text) <= limit:
        return text
    kept, width = [], 0
    for char in text:
        width += display_width(char)
        if width > limit - 1:
            break
        kept.append(char)
    return "".join(kept) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def render_table(rows: Sequence[dict[str, object]], max_cell: int = MAX_CELL_WIDTH) -> str:
    """Columns aligned by display width; long cells are clipped with an ellipsis."""
    if not rows:
        return ""
    columns = list(rows[0])
    cells = [[_clip(_cell(row.get(column)), max_cell) for column in columns] for row in rows]
    widths = [
        max([display_width(column), *(display_width(line[i]) for line in cells)])
        for i, column in enumerate(columns)
    ]
    lines = [
        "  ".join(_pad(column, widths[i]) for i, column in enumerate(columns)).rstrip(),
        "  ".join("-" * width for width in widths),
    ]
    lines.extend(
        "  ".join(_pad(cell, widths[i]) for i, cell in enumerate(line)).rstrip() for line in cells
    )
    return "\n".join(lines)


#: Columns that say where a fact comes from; shown under its evidence, not beside it.
_SOURCE_COLUMNS = frozenset(
    {"document", "sentence", "statement", "source", "start_offset", "end_offset"}
    | {"confidence", "rule", "surface"}
)


def render_evidence(rows: Sequence[dict[str, object]]) -> str:
    """Facts grouped by their first column, each followed by its whole evidence sentence.

    A table would clip the evidence, which is the point of the answer; here every
    sentence is printed in full with its document and sentence number.
    """
    if not rows:
        return ""
    columns = list(rows[0])
    group, facts = (
        columns[0],
        [c for c in columns[1:] if c != "evidence" and c not in _SOURCE_COLUMNS],
    )
    lines: list[str] = []
    current: object = None
    for row in rows:
        if row.get(group) != current or not lines:
            current = row.get(group)
            lines.append(_cell(current))
        parts = [_cell(row.get(column)) for column in facts]
        if "category" in facts and parts[facts.index("category")]:
            parts[facts.index("category")] = f"[{parts[facts.index('category')]}]"
        lines.append("  " + "  ".join(part for part in parts if part))
        evidence = _cell(row.get("evidence"))
        if evidence:
            lines.append(f"      “{evidence}”")
        where = _cell(row.get("document"))
        sentence = row.get("sentence")
        if where and isinstance(sentence, int) and sentence >= 0:
            where = f"{where}, sentence {sentence}"
        if where:
            lines.append(f"      — {where}")
    return "\n".join(lines)


def render(rows: Sequence[dict[str, object]], fmt: str) -> str:
    """``rows`` as JSON (a list of objects), CSV with a header line, or for people:
    facts with their evidence in full (``render_evidence``) or an aligned table."""
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2)
    if fmt == "csv":
        buffer = io.StringIO()
        if rows:
            writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow({key: _csv_value(value) for key, value in row.items()})
        return buffer.getvalue().rstrip("\n")
    if rows and "evidence" in rows[0]:
        return render_evidence(rows)
    return render_table(rows)


def _csv_value(value: object) -> object:
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return "" if value is None else value
