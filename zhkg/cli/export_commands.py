"""`zhkg export`: the property graph as files for Gephi, Cytoscape, spreadsheets, neo4j-admin.

Reads texts (built first) or RDF files from ``zhkg build``; writes what a load
into a store would hold. Exit codes: 0 success; 1 an error or at least one
input file that failed (the others are still exported); 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from zhkg.cli import add_command
from zhkg.cli.options import extension_option
from zhkg.cli.outcomes import skipped_line
from zhkg.errors import ZhkgError
from zhkg.export.files import check_output_suffix, write_atomic

if TYPE_CHECKING:
    from zhkg.ontology.builder import FileOutcome

EXPORT_FORMATS: dict[str, tuple[str, ...]] = {
    "graphml": (".graphml",),
    "gexf": (".gexf",),
    "csv": (),
    "neo4j-admin": (),
}
"""Formats and their file suffixes; csv and neo4j-admin write a folder of files."""

_FOLDERS = ("csv", "neo4j-admin")


def register(commands: argparse._SubParsersAction) -> None:
    """Add `zhkg export` to the parser."""
    export = add_command(
        commands,
        "export",
        _export,
        help="Export the property graph: GraphML or GEXF (Gephi, Cytoscape), node and edge "
        "CSVs, or the header-annotated CSVs of `neo4j-admin database import` (a folder with "
        "the import command beside them).",
        example="zhkg export corpus/ --format graphml --out corpus.graphml",
    )
    export.add_argument("paths", nargs="+", metavar="PATH", help="texts, folders or RDF files")
    export.add_argument(
        "--format",
        choices=list(EXPORT_FORMATS),
        help="default: from the --out suffix (.graphml, .gexf)",
    )
    export.add_argument(
        "--out",
        required=True,
        metavar="FILE|DIR",
        help="a file (graphml, gexf) or a folder (csv, neo4j-admin)",
    )
    extension_option(export)
    export.add_argument("--quiet", action="store_true", help="no summary (failures still shown)")


def _format(args: argparse.Namespace) -> str:
    suffix = Path(args.out).suffix.lower()
    if args.format is None:
        for name, suffixes in EXPORT_FORMATS.items():
            if suffix in suffixes:
                return name
        raise ZhkgError(
            f"{args.out}: cannot tell the format from the suffix {suffix or '(none)'}",
            hint="give --format graphml, gexf, csv or neo4j-admin",
        )
    if args.format in _FOLDERS:
        known = {s for suffixes in EXPORT_FORMATS.values() for s in suffixes}
        if suffix in known or Path(args.out).is_file():
            raise ZhkgError(
                f"{args.out}: --format {args.format} writes a folder of CSV files, not one file",
                hint="give a folder name, e.g. --out graph-csv",
            )
        return str(args.format)
    check_output_suffix(args.out, args.format, {k: v for k, v in EXPORT_FORMATS.items() if v})
    return str(args.format)


def _export(args: argparse.Namespace) -> int:
    from zhkg.export.tables import neo4j_admin_files, plain_csv_files, write_files
    from zhkg.views.sources import collect

    fmt = _format(args)

    def report(outcome: FileOutcome) -> None:
        if outcome.error is not None:
            where = f"[{outcome.done}/{outcome.total}] {outcome.path.name}"
            print(skipped_line("export", outcome, where), file=sys.stderr)

    collected = collect(args.paths, extensions=args.ontology, on_file=report)
    graph = collected.property_graph
    if fmt in _FOLDERS:
        files = plain_csv_files(graph) if fmt == "csv" else neo4j_admin_files(graph)
        written = write_files(args.out, files)
        where = f"{args.out}/ ({len(written)} files)"
    else:
        from zhkg.export.networks import network_bytes

        where = str(write_atomic(args.out, network_bytes(graph, fmt)))
    if not args.quiet:
        print(
            f"wrote {where}: {len(graph.nodes)} nodes, {len(graph.edges)} relationships",
            file=sys.stderr,
        )
    return 1 if collected.failures else 0
