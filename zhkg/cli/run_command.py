"""`zhkg run`: the main job — every stage on a corpus, then one question answered.

Segment, extract, build the RDF graph, write it as Turtle, load the property graph
(the embedded store unless a Neo4j server is configured) and answer a Chinese
question, printing each answer row with its evidence sentence.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from zhkg.cli import add_command
from zhkg.cli.graph_output import render
from zhkg.cli.options import (
    build_options,
    build_settings,
    corrections_option,
    extension_option,
    format_option,
    prune_option,
    store_options,
    store_settings,
)
from zhkg.cli.outcomes import skipped_line
from zhkg.cli.progress import LoadProgressDisplay
from zhkg.queries.questions import DEFAULT_QUESTION

if TYPE_CHECKING:
    from zhkg.ontology.builder import FileOutcome

__all__ = ["register"]

DEFAULT_OUT_DIR = Path("zhkg-out")


def register(commands: argparse._SubParsersAction) -> None:
    """Add `zhkg run` to the `zhkg` parser."""
    parser = add_command(
        commands,
        "run",
        _run,
        help="the whole pipeline on files or folders: segment, extract, build RDF, write "
        "Turtle, load the property graph and answer a question (default 谁负责售后？)",
        example="zhkg run examples/live_commerce_stakeholders.txt",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="text files or folders")
    parser.add_argument(
        "--out",
        metavar="FILE.ttl",
        help=f"Turtle output (default: {DEFAULT_OUT_DIR}/<name of the first input>.ttl)",
    )
    parser.add_argument(
        "--question",
        default=DEFAULT_QUESTION,
        help=f"the Chinese question to answer (default: {DEFAULT_QUESTION})",
    )
    parser.add_argument("--quiet", action="store_true", help="print only the answer")
    extension_option(parser)
    corrections_option(parser)
    prune_option(parser)
    format_option(parser)
    store_options(parser)
    build_options(parser)


def _default_out(first: str) -> Path:
    stem = Path(first).stem or "corpus"
    return DEFAULT_OUT_DIR / f"{stem}.ttl"


def _run(args: argparse.Namespace) -> int:
    from zhkg import pipeline

    def note(message: str) -> None:
        if not args.quiet:
            print(message, file=sys.stderr)

    def report(outcome: FileOutcome) -> None:
        if outcome.error is not None:
            print(skipped_line("run", outcome), file=sys.stderr)
        else:
            note(
                f"[{outcome.done}/{outcome.total}] {outcome.path.name}: "
                f"{outcome.statements} responsibilities, {outcome.relations} relations, "
                f"{outcome.warnings} warnings"
            )

    out = Path(args.out) if args.out else _default_out(args.paths[0])
    with LoadProgressDisplay("run", quiet=args.quiet) as progress:
        result = pipeline.run_job(
            args.paths,
            out=out,
            create_out_dir=not args.out,
            settings=store_settings(args),
            question=args.question,
            extensions=args.ontology,
            on_file=report,
            build=build_settings(args),
            corrections=args.corrections,
            prune=args.prune,
            on_progress=progress,
        )
    note(f"RDF: {len(result.corpus.graph)} triples written to {result.turtle}")
    note(result.load.summary())
    reading = result.answer.interpretation
    note(f"\n{result.answer.question}  ->  {reading.reading}")
    if result.answer.rows:
        rows = result.answer.rows
        print(render(rows, args.format))
    else:
        print(f"(no answer in the graph: {result.answer.note})", file=sys.stderr)
    return 1 if result.corpus.failures else 0
