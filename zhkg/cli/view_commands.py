"""The `zhkg` sub-commands that show results to people: matrix and report.

Both read files or folders (texts are built first; RDF files from ``zhkg build``
are read as they are); ``matrix`` can read a loaded store instead (``--db`` or
``--neo4j-uri``). Exit codes: 0 success; 1 an error or at least one input file
that failed (the others are still shown); 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from zhkg.cli import add_command
from zhkg.cli.options import extension_option, store_options, store_settings
from zhkg.cli.outcomes import skipped_line
from zhkg.errors import ZhkgError
from zhkg.export.files import check_output_suffix, write_atomic

if TYPE_CHECKING:
    from zhkg.ontology.builder import FileOutcome
    from zhkg.views.facts import Facts
    from zhkg.views.matrix import Matrix

MATRIX_FORMATS: dict[str, tuple[str, ...]] = {
    "table": (".txt",),
    "csv": (".csv",),
    "xlsx": (".xlsx",),
    "png": (".png",),
    "svg": (".svg",),
}
_BINARY = ("xlsx", "png", "svg")


def register(commands: argparse._SubParsersAction) -> None:
    """Add the matrix and report sub-commands to the `zhkg` parser."""
    matrix = add_command(
        commands,
        "matrix",
        _matrix,
        help="The responsibility matrix: stakeholders x categories (or x documents with "
        "--by document), statements per cell by modality; as a table, CSV, XLSX or a "
        "heatmap (PNG/SVG).",
        example="zhkg matrix corpus/ --by document --format xlsx --out matrix.xlsx",
    )
    matrix.add_argument(
        "paths", nargs="*", metavar="PATH", help="files or folders (none: read the store)"
    )
    matrix.add_argument(
        "--by",
        choices=("category", "document"),
        default="category",
        help="the columns: responsibility categories (default) or documents, to compare them",
    )
    matrix.add_argument(
        "--format",
        choices=sorted(MATRIX_FORMATS),
        help="table (default), csv, xlsx, png or svg; default from the --out suffix",
    )
    matrix.add_argument(
        "--out",
        metavar="FILE",
        help="write here (xlsx/png/svg default to matrix-by-<by>.<format> in this folder)",
    )
    matrix.add_argument(
        "--statements",
        action="store_true",
        help="table/csv: list the statements behind the cells (with evidence) instead",
    )
    store_options(matrix)
    extension_option(matrix)
    matrix.add_argument("--quiet", action="store_true", help="no progress (failures still shown)")

    report = add_command(
        commands,
        "report",
        _report,
        help="One self-contained HTML report (works offline): summary, matrix, stakeholders "
        "with duties and evidence, the interactive stakeholder network, the comparison "
        "across documents and the reading warnings, for the corpus and each document.",
        example="zhkg report corpus/ --out report.html",
    )
    report.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    report.add_argument("--out", required=True, metavar="FILE.html", help="the report file")
    report.add_argument("--title", help="the report's title")
    extension_option(report)
    report.add_argument("--quiet", action="store_true", help="no progress (failures still shown)")


def _progress(command: str, quiet: bool) -> Callable[[FileOutcome], None]:
    def report(outcome: FileOutcome) -> None:
        where = f"[{outcome.done}/{outcome.total}] {outcome.path.name}"
        if outcome.error is not None:
            print(skipped_line(command, outcome, where), file=sys.stderr)
        elif not quiet and outcome.total > 1:
            print(f"{where}: {outcome.statements} statements", file=sys.stderr)

    return report


def _facts(args: argparse.Namespace, command: str) -> tuple[Facts, int]:
    from zhkg.views.sources import facts_for, store_facts

    if args.paths:
        facts, failures = facts_for(
            args.paths, extensions=args.ontology, on_file=_progress(command, args.quiet)
        )
        return facts, len(failures)
    return store_facts(store_settings(args)), 0


def _matrix_format(args: argparse.Namespace) -> str:
    if args.format:
        if args.out:
            check_output_suffix(args.out, args.format, MATRIX_FORMATS)
        return str(args.format)
    if args.out:
        suffix = Path(args.out).suffix.lower()
        for name, suffixes in MATRIX_FORMATS.items():
            if suffix in suffixes:
                return name
        raise ZhkgError(
            f"{args.out}: cannot tell the format from the suffix {suffix or '(none)'}",
            hint="give --format table, csv, xlsx, png or svg",
        )
    return "table"


def _matrix(args: argparse.Namespace) -> int:
    from zhkg.views.matrix import build_matrix
    from zhkg.views.matrix_output import matrix_csv, matrix_table, statements_csv

    fmt = _matrix_format(args)
    if args.statements and fmt not in ("table", "csv"):
        raise ZhkgError("--statements lists rows as text", hint="use it with --format table or csv")
    facts, failed = _facts(args, "matrix")
    matrix = build_matrix(facts, args.by)
    if fmt in _BINARY:
        out = Path(args.out or f"matrix-by-{args.by}.{fmt}")
        if fmt == "xlsx":
            from zhkg.views.matrix_output import write_xlsx

            write_xlsx(matrix, facts, out)
        else:
            from zhkg.views.heatmap import write_heatmap

            write_heatmap(matrix, out, fmt)
        if not args.quiet:
            print(
                f"wrote {out}: {len(matrix.rows)} stakeholders x {len(matrix.columns)} "
                f"{args.by} columns, {matrix.total} statements",
                file=sys.stderr,
            )
        return 1 if failed else 0
    if args.statements:
        text = statements_csv(matrix, facts) if fmt == "csv" else _statements_table(matrix, facts)
    else:
        text = matrix_csv(matrix) if fmt == "csv" else matrix_table(matrix) + "\n"
    if args.out:
        write_atomic(args.out, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return 1 if failed else 0


def _statements_table(matrix: Matrix, facts: Facts) -> str:
    from zhkg.views.matrix_output import MODALITY_LABELS, statement_rows

    lines = []
    for row in statement_rows(matrix, facts):
        where = " · ".join(str(v) for v in (row["document"], row["section"]) if v)
        lines.append(
            f"{row['stakeholder']}\t{row['column']}\t"
            f"{MODALITY_LABELS.get(str(row['modality']), row['modality'])}\t{row['duty']}\n"
            f"    {row['evidence']}\n    ({where})"
        )
    return "\n".join(lines) + "\n" if lines else "(no responsibility statements)\n"


def _report(args: argparse.Namespace) -> int:
    from zhkg.report.html import write_report

    check_output_suffix(args.out, "html", {"html": (".html", ".htm")})
    facts, failed = _facts(args, "report")
    out = write_report(facts, args.out, title=args.title)
    if not args.quiet:
        print(
            f"wrote {out}: {len(facts.documents)} document(s), {len(facts.stakeholders)} "
            f"stakeholders, {len(facts.duties)} statements, {len(facts.relations)} relations",
            file=sys.stderr,
        )
    return 1 if failed else 0
