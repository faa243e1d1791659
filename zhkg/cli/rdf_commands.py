"""The `zhkg` sub-commands of the rdf stage: build, validate, sparql.

Exit codes: 0 success; 1 an error, an invalid graph (validate) or — for build —
at least one input file that failed (the others are still written); 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from zhkg.cli import add_command
from zhkg.cli.options import (
    build_options,
    build_settings,
    corrections_option,
    extension_option,
    param_option,
)
from zhkg.cli.outcomes import skipped_line
from zhkg.errors import InputError, QueryError
from zhkg.ontology.formats import FORMATS, output_format

if TYPE_CHECKING:
    from zhkg.ontology.builder import FileOutcome


def register(commands: argparse._SubParsersAction) -> None:
    """Add this stage's sub-commands to the `zhkg` parser."""
    build = add_command(
        commands,
        "build",
        _build,
        help="Read, extract and write the RDF knowledge graph of files or directories.",
        example="zhkg build corpus/ --out corpus.ttl --with-ontology",
    )
    build.add_argument("paths", nargs="+", metavar="PATH", help="files or directories to read")
    build.add_argument("--out", required=True, metavar="FILE", help="the graph file to write")
    build.add_argument(
        "--format",
        choices=sorted(FORMATS),
        help="RDF format (default: from the --out suffix, else turtle); xml is RDF/XML, "
        "which owlready2 and Protégé read; a suffix that contradicts it is refused",
    )
    build.add_argument(
        "--with-ontology",
        action="store_true",
        help="include the ontology (classes, labels, categories) in the output",
    )
    build.add_argument(
        "--query-store",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="fill the store that `zhkg sparql`, `load` and `validate` keep beside the "
        "file (.FILE.oxigraph) while the documents are merged, so the first query of a "
        "large corpus need not parse it (default: for 100 documents or more)",
    )
    extension_option(build)
    build_options(build)
    corrections_option(build)
    build.add_argument(
        "--quiet", action="store_true", help="no progress or summary (failures still shown)"
    )

    validate = add_command(
        commands,
        "validate",
        _validate,
        help="Check RDF files against the zhkg SHACL shapes; one line per violation.",
        example="zhkg validate corpus.ttl",
    )
    validate.add_argument("files", nargs="+", metavar="FILE", help="RDF files (turtle, nt …)")
    extension_option(validate)

    sparql = add_command(
        commands,
        "sparql",
        _sparql,
        help="Run a named SPARQL query (or a .rq file) on RDF files.",
        example="zhkg sparql category-holders --param category=售后服务 corpus.ttl",
    )
    sparql.add_argument("query", metavar="NAME|FILE.rq", help="query name or file")
    sparql.add_argument("files", nargs="+", metavar="FILE", help="RDF files to query")
    param_option(sparql)
    sparql.add_argument("--output", choices=("tsv", "json"), default="tsv", help="result format")
    sparql.add_argument(
        "--no-ontology",
        action="store_true",
        help="query the files alone (by default the ontology is added for category keywords)",
    )
    sparql.add_argument(
        "--allow-service",
        action="store_true",
        help="let the query contact other endpoints (SERVICE, FROM <url>); refused by default",
    )
    sparql.add_argument(
        "--engine",
        choices=("oxigraph", "rdflib"),
        default="oxigraph",
        help="SPARQL engine: pyoxigraph (default; one file's store is kept beside it as "
        ".FILE.oxigraph and reused while the file is unchanged) or rdflib",
    )
    sparql.add_argument(
        "--list", action=_ListQueries, help="list the named queries with their parameters and exit"
    )
    extension_option(sparql)


class _ListQueries(argparse.Action):
    """``--list`` acts during parsing (like ``--version``), so NAME and FILE are not needed."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help", "")))

    def __call__(self, parser: argparse.ArgumentParser, *_: object, **__: object) -> None:
        from zhkg.ontology.sparql import load_named_queries

        for query in load_named_queries().values():
            params = " ".join(
                f"--param {p.name}=…" if p.required else f"[--param {p.name}=…]"
                for p in query.parameters
            )
            print(f"{query.name} {params}".rstrip())
            print(f"    {query.description}")
        parser.exit()


def _build(args: argparse.Namespace) -> int:
    from zhkg import pipeline

    def report(outcome: FileOutcome) -> None:
        where = f"[{outcome.done}/{outcome.total}] {outcome.path.name}"
        if outcome.error is not None:
            print(skipped_line("build", outcome, where), file=sys.stderr)
        elif not args.quiet and outcome.total > 1:
            print(
                f"{where}: {outcome.statements} statements, {outcome.relations} relations, "
                f"{outcome.warnings} warnings",
                file=sys.stderr,
            )

    pipeline.check_output(args.out, args.paths)
    fmt = output_format(args.out, args.format)
    if fmt.name == "xml" or args.corrections:
        # corrections change the merged graph, and RDF/XML for OWL tools (Protégé,
        # owlready2) declares the individuals: both need the graph in memory
        corpus = pipeline.build_rdf(
            args.paths,
            extensions=args.ontology,
            with_ontology=args.with_ontology,
            on_file=report,
            settings=build_settings(args),
            corrections=args.corrections,
        )
        if len(corpus.failures) == len(corpus.outcomes):
            raise InputError(args.paths[0], "no input file could be built; nothing written")
        graph = corpus.graph
        if fmt.name == "xml":
            from zhkg.export.owl import with_individual_declarations

            graph = with_individual_declarations(graph)
        written = pipeline.write_rdf(graph, args.out, fmt.name)
        if pipeline.wants_query_store(args.query_store, len(corpus.outcomes)):
            pipeline.keep_query_store(args.out, args.ontology)
        if not args.quiet:
            print(f"wrote {written}: {corpus.summary()}", file=sys.stderr)
        return 1 if corpus.failures else 0
    built = pipeline.build_file(
        args.paths,
        args.out,
        fmt=fmt.name,
        extensions=args.ontology,
        with_ontology=args.with_ontology,
        on_file=report,
        settings=build_settings(args),
        query_store=args.query_store,
    )
    if not args.quiet:
        verb = "kept (nothing changed)" if built.kept else "wrote"
        print(f"{verb} {built.path}: {built.summary()}", file=sys.stderr)
    return 1 if built.failures else 0


def _validate(args: argparse.Namespace) -> int:
    from zhkg import pipeline

    report = pipeline.validate_rdf(args.files, extensions=args.ontology)
    print(report.text())
    return 0 if report.conforms else 1


def _sparql(args: argparse.Namespace) -> int:
    from zhkg.ontology.sparql import query_files

    values: dict[str, str] = {}
    for item in args.param:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise QueryError(
                f"--param {item!r} is not KEY=VALUE", hint="e.g. --param category=售后服务"
            )
        if key.strip() in values:
            raise QueryError(f"--param {key.strip()} is given twice", hint="give each key once")
        values[key.strip()] = value
    result = query_files(
        args.files,
        args.query,
        values,
        with_ontology=not args.no_ontology,
        extensions=args.ontology,
        allow_service=args.allow_service,
        engine=args.engine,
    )
    print(result.to_json() if args.output == "json" else result.to_tsv())
    return 0
