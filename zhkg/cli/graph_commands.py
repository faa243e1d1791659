"""The `zhkg` sub-commands of the graph stage: load, query, who, run-query, ask.

Where the graph lives: ``--db PATH`` (embedded LadybugDB) or ``--neo4j-uri``
(with user, password and database options, or the NEO4J_* environment
variables); with neither, the embedded store in the user data directory (see
``zhkg.graph.config``). Tables are for people; ``--format json|csv`` for programs.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from zhkg.cli import add_command
from zhkg.cli.graph_output import render
from zhkg.cli.options import (
    build_options,
    build_settings,
    corrections_option,
    extension_option,
    format_option,
    param_option,
    prune_option,
    store_options,
    store_settings,
)
from zhkg.cli.outcomes import skipped_line
from zhkg.cli.progress import LoadProgressDisplay
from zhkg.errors import QueryError, ShapeViolationError
from zhkg.graph.store import DEFAULT_BATCH_SIZE, DEFAULT_TRANSACTION_ROWS
from zhkg.queries.ask import forms_help

if TYPE_CHECKING:
    from zhkg.ontology.builder import FileOutcome

#: Numbers as Cypher writes them; "007" or "0123" (an id, a code) stay text.
_INTEGER = re.compile(r"^-?(?:0|[1-9]\d*)$")
_DECIMAL = re.compile(r"^-?(?:0|[1-9]\d*)\.\d+$")


def register(commands: argparse._SubParsersAction) -> None:
    """Add this stage's sub-commands to the `zhkg` parser."""
    load = add_command(
        commands,
        "load",
        _load,
        help="Load RDF files (.ttl/.nt/.jsonld/.trig) or texts (read, extracted and built "
        "first) into the property graph, several whole documents per transaction; a document "
        "loaded again replaces what the store held of it, and one the store holds unchanged "
        "is skipped.",
        example="zhkg load corpus.ttl --db graph.lbug",
    )
    load.add_argument("paths", nargs="+", metavar="PATH", help="RDF files, text files or folders")
    store_options(load)
    extension_option(load)
    build_options(load)
    corrections_option(load)
    prune_option(load)
    load.add_argument(
        "--batch-size",
        type=int,
        default=DEFAULT_BATCH_SIZE,
        metavar="N",
        help="rows per UNWIND statement",
    )
    load.add_argument(
        "--transaction-size",
        type=int,
        default=DEFAULT_TRANSACTION_ROWS,
        metavar="ROWS",
        help="documents share a transaction up to this many rows (nodes and edges); a "
        "document is never split, a bigger one goes alone, and a failed transaction keeps "
        "none of its documents",
    )
    load.add_argument(
        "--force",
        action="store_true",
        help="write every document, also those the store already holds unchanged",
    )
    load.add_argument(
        "--quiet", action="store_true", help="no progress and no summary (failures still shown)"
    )
    load.add_argument(
        "--no-validate",
        action="store_true",
        help="load RDF files without checking them against the SHACL shapes first",
    )

    query = add_command(
        commands,
        "query",
        _query,
        help="Run a read-only Cypher query (write clauses are refused).",
        example='zhkg query "MATCH (s:Stakeholder) WHERE s.name = $name RETURN s.kind AS kind" '
        "--param name=主播",
    )
    query.add_argument("cypher", metavar="CYPHER", help="the query text")
    param_option(query)
    store_options(query)
    format_option(query)

    who = add_command(
        commands,
        "who",
        _who,
        help="Who is responsible for a topic (category label or keyword, or a word of the "
        "duty), with modality and evidence.",
        example="zhkg who 售后",
    )
    who.add_argument("topic", metavar="TOPIC", help="e.g. 售后, 合规, 信息保护")
    store_options(who)
    format_option(who)

    run_query = add_command(
        commands,
        "run-query",
        _run_query,
        help="Run a named query of the library (list them with --list).",
        example="zhkg run-query stakeholder_duties --param stakeholder=主播 --param modality=must",
    )
    run_query.add_argument("name", nargs="?", metavar="NAME", help="the query's name")
    run_query.add_argument("--list", action="store_true", help="list the named queries and exit")
    param_option(run_query)
    store_options(run_query)
    format_option(run_query)

    ask = add_command(
        commands,
        "ask",
        _ask,
        help="Answer a Chinese question about responsibilities and relations, with evidence. "
        "Question forms:\n" + forms_help(),
        example='zhkg ask "谁负责售后？"',
    )
    ask.add_argument("question", metavar="QUESTION", help="the question in Chinese")
    store_options(ask)
    extension_option(ask)
    format_option(ask)


def _params(items: Sequence[str], *, typed: bool) -> dict[str, object]:
    """KEY=VALUE pairs; for ad-hoc queries numbers become numbers (named queries declare types)."""
    values: dict[str, object] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise QueryError(f"--param {item!r} is not KEY=VALUE", hint="e.g. --param topic=售后")
        if key.strip() in values:
            raise QueryError(f"--param {key.strip()} is given twice", hint="give each key once")
        if typed and _INTEGER.match(value):
            values[key.strip()] = int(value)
        elif typed and _DECIMAL.match(value):
            values[key.strip()] = float(value)
        else:
            values[key.strip()] = value
    return values


def _print_rows(rows: list[dict[str, object]], fmt: str) -> int:
    if not rows and fmt == "table":
        print("(no rows)", file=sys.stderr)
        return 0
    print(render(rows, fmt))
    return 0


def _load(args: argparse.Namespace) -> int:
    from zhkg import pipeline

    def report(outcome: FileOutcome) -> None:
        if outcome.error is not None:
            print(skipped_line("load", outcome), file=sys.stderr)

    try:
        with LoadProgressDisplay("load", quiet=args.quiet) as progress:
            result = pipeline.load_graph(
                args.paths,
                store_settings(args),
                extensions=args.ontology,
                on_file=report,
                batch_size=args.batch_size,
                build=build_settings(args),
                prune=args.prune,
                corrections=args.corrections,
                validate=not args.no_validate,
                transaction_rows=args.transaction_size,
                force=args.force,
                on_progress=progress,
            )
    except ShapeViolationError as err:
        print(err.report, file=sys.stderr)  # the lines zhkg validate prints
        raise
    if not args.quiet:
        print(result.summary(), file=sys.stderr)
    return 1 if result.failures else 0


def _query(args: argparse.Namespace) -> int:
    from zhkg import pipeline

    def warn(notice: str) -> None:
        print(f"zhkg query: warning: {notice}", file=sys.stderr)

    rows = pipeline.query_graph(
        store_settings(args), args.cypher, _params(args.param, typed=True), on_notice=warn
    )
    return _print_rows(rows, args.format)


def _who(args: argparse.Namespace) -> int:
    from zhkg import pipeline

    rows = pipeline.run_named_query(
        store_settings(args), "who_is_responsible", {"topic": args.topic}
    )
    return _print_rows(rows, args.format)


def _run_query(args: argparse.Namespace) -> int:
    from zhkg import pipeline
    from zhkg.queries.library import load_queries

    if args.list:
        for query in load_queries().values():
            params = " ".join(
                f"{p.name}=…" if p.required else f"[{p.name}={p.default!r}]" for p in query.params
            )
            print(f"{query.name} {params}".rstrip() + f"\n    {query.description}")
        return 0
    if args.name is None:
        raise QueryError("give a query name", hint="see zhkg run-query --list")
    rows = pipeline.run_named_query(
        store_settings(args), args.name, _params(args.param, typed=False)
    )
    return _print_rows(rows, args.format)


def _ask(args: argparse.Namespace) -> int:
    from zhkg import pipeline

    answer = pipeline.ask_graph(store_settings(args), args.question, extensions=args.ontology)
    reading = answer.interpretation
    params = ", ".join(f"{key}={value!r}" for key, value in reading.params.items())
    print(f"{reading.reading} ({reading.query}: {params})", file=sys.stderr)
    if not answer.rows:
        print(f"(no answer: {answer.note})", file=sys.stderr)
        return 0
    return _print_rows(answer.rows, args.format)
