"""The matrix as a heatmap image (PNG or SVG), labels in a font that has their glyphs.

Drawn on a bare matplotlib ``Figure`` (no pyplot, no global backend or rcParams
change), so embedding zhkg in a notebook or a GUI program leaves its state alone.
"""

from __future__ import annotations

import io
from pathlib import Path

from zhkg.errors import ZhkgError
from zhkg.export.files import write_atomic
from zhkg.views.fonts import cjk_font
from zhkg.views.matrix import Matrix

__all__ = ["IMAGE_FORMATS", "heatmap_bytes", "write_heatmap"]

IMAGE_FORMATS: tuple[str, ...] = ("png", "svg")


def heatmap_bytes(matrix: Matrix, fmt: str = "png", *, title: str | None = None) -> bytes:
    """Render the matrix (statements per cell, the number written in each) as PNG or SVG."""
    if fmt not in IMAGE_FORMATS:
        raise ZhkgError(f"unknown image format {fmt!r}", hint="use png or svg")
    if not matrix.rows:
        raise ZhkgError(
            "the matrix is empty (no responsibility statements), so there is nothing to draw",
            hint="check the input with zhkg extract",
        )
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
        from matplotlib.font_manager import FontProperties
    except ImportError as exc:
        raise ZhkgError(
            "drawing the heatmap needs matplotlib, which is not installed",
            hint="pip install 'zhkg[report]'",
        ) from exc
    rows = [matrix.row_labels[row] for row in matrix.rows]
    columns = [matrix.column_labels[column] for column in matrix.columns]
    heading = title or ("责任矩阵：利益相关者 × " + ("文档" if matrix.by == "document" else "类别"))
    font = FontProperties(fname=str(cjk_font([*rows, *columns, heading])))
    values = [[matrix.cell(r, c).total for c in matrix.columns] for r in matrix.rows]
    width = min(40.0, 2.5 + 0.7 * len(columns) + 0.12 * max(map(len, rows)))
    height = min(60.0, 2.0 + 0.35 * len(rows) + 0.12 * max(map(len, columns)))
    figure = Figure(figsize=(max(width, 5.0), max(height, 3.0)), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    image = axes.imshow(values, cmap="Reds", aspect="auto", vmin=0)
    axes.set_xticks(range(len(columns)), columns, rotation=45, ha="right", fontproperties=font)
    axes.set_yticks(range(len(rows)), rows, fontproperties=font)
    peak = max(1, matrix.peak)
    for y, line in enumerate(values):
        for x, value in enumerate(line):
            if value:
                axes.text(
                    x,
                    y,
                    str(value),
                    ha="center",
                    va="center",
                    fontproperties=font,
                    fontsize=8,
                    color="white" if value > peak * 0.6 else "black",
                )
    axes.set_title(heading, fontproperties=font)
    colorbar = figure.colorbar(image, ax=axes, shrink=0.6)
    colorbar.set_label("陈述数", fontproperties=font)
    buffer = io.BytesIO()
    figure.savefig(buffer, format=fmt, dpi=150)
    return buffer.getvalue()


def write_heatmap(matrix: Matrix, path: str | Path, fmt: str = "png") -> Path:
    return write_atomic(path, heatmap_bytes(matrix, fmt))
