"""Query rows for people (aligned tables, wide characters counted as two columns)
and for programs (JSON, CSV)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence

__all__ = ["FORMATS", "display_width", "render", "render_table"]

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


def render(rows: Sequence[dict[str, object]], fmt: str) -> str:
    """``rows`` as a table, JSON (a list of objects) or CSV with a header line."""
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
    return render_table(rows)


def _csv_value(value: object) -> object:
    if isinstance(value, list | tuple):
        return json.dumps(list(value), ensure_ascii=False)
    return "" if value is None else value
