"""Options several `zhkg` commands share, declared once so they read the same everywhere."""

from __future__ import annotations

import argparse

from zhkg.cli.graph_output import FORMATS
from zhkg.graph.config import StoreSettings, default_db_path, resolve_settings

__all__ = [
    "corrections_option",
    "extension_option",
    "format_option",
    "param_option",
    "prune_option",
    "store_options",
    "store_settings",
]


def extension_option(parser: argparse.ArgumentParser) -> None:
    """``--ontology``/``--lexicon FILE.ttl``: extension ontologies adding parties and categories."""
    parser.add_argument(
        "--ontology",
        "--lexicon",
        dest="ontology",
        action="append",
        default=[],
        metavar="EXT.ttl",
        help="an extension ontology (Turtle) adding stakeholder classes, aliases or "
        "categories; repeat for several",
    )


def corrections_option(parser: argparse.ArgumentParser) -> None:
    """``--corrections FILE.tsv``: reject, add, merge and rename facts before writing or loading."""
    parser.add_argument(
        "--corrections",
        metavar="FILE.tsv",
        help="a corrections file applied to the graph: reject wrong statements, relations or "
        "mentions, add missed ones, merge or rename stakeholders (see docs/corrections.md)",
    )


def prune_option(parser: argparse.ArgumentParser) -> None:
    """``--prune``: remove documents the store holds that the input no longer has."""
    parser.add_argument(
        "--prune",
        action="store_true",
        help="remove from the store the documents that are not in this input (with what "
        "only they supported); skipped when an input file fails",
    )


def param_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="a query parameter (repeat for several)",
    )


def format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=FORMATS, default="table", help="output format (default: table)"
    )


def store_options(parser: argparse.ArgumentParser) -> None:
    """Where the property graph lives: an embedded store or a Neo4j server."""
    group = parser.add_argument_group(
        "graph store",
        "default for every command: NEO4J_URI if set, else ZHKG_DB, else the embedded "
        f"store {default_db_path()}",
    )
    group.add_argument("--db", metavar="PATH", help="embedded LadybugDB database file")
    group.add_argument("--neo4j-uri", metavar="URI", help="Neo4j server (env NEO4J_URI)")
    group.add_argument("--neo4j-user", metavar="USER", help="Neo4j user (env NEO4J_USER)")
    group.add_argument(
        "--neo4j-password", metavar="PASSWORD", help="Neo4j password (env NEO4J_PASSWORD)"
    )
    group.add_argument(
        "--neo4j-database", metavar="NAME", help="Neo4j database (env NEO4J_DATABASE, neo4j)"
    )


def store_settings(args: argparse.Namespace) -> StoreSettings:
    """The store the ``store_options`` of a parsed command line point at."""
    return resolve_settings(
        db=args.db,
        neo4j_uri=args.neo4j_uri,
        neo4j_user=args.neo4j_user,
        neo4j_password=args.neo4j_password,
        neo4j_database=args.neo4j_database,
    )
