"""Options several `zhkg` commands share, declared once so they read the same everywhere."""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

from zhkg.cli.graph_output import FORMATS
from zhkg.graph.config import StoreSettings, default_db_path, resolve_settings

if TYPE_CHECKING:
    from zhkg.pipeline import BuildSettings

__all__ = [
    "build_options",
    "build_settings",
    "corrections_option",
    "extension_option",
    "format_option",
    "max_chars_option",
    "param_option",
    "prune_option",
    "spooled_output",
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


def max_chars_option(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """``--max-chars N``: refuse an input text longer than N characters."""
    parser.add_argument(
        "--max-chars",
        type=_positive_int,
        default=None,
        metavar="N",
        help="refuse a text longer than N characters (default: any length; texts longer "
        "than 200,000 characters are read in bounded windows)",
    )


def _positive_int(value: str) -> int:
    try:
        number = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number of characters")
    return number


@contextlib.contextmanager
def spooled_output() -> Iterator[IO[str]]:
    """Text written here reaches stdout only when the block ends without an error.

    A command that fails half-way prints nothing; the text waits in a temporary
    file beyond a few megabytes, so a big output does not have to fit in memory.
    """
    with tempfile.SpooledTemporaryFile(
        max_size=8 * 1024 * 1024, mode="w+", encoding="utf-8", errors="surrogateescape"
    ) as spool:
        yield spool
        spool.seek(0)
        shutil.copyfileobj(spool, sys.stdout)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number of workers")
    return value


def build_options(parser: argparse.ArgumentParser) -> None:
    """How stages 1-3 run over many files: worker processes, the cache, a Dask cluster."""
    group = parser.add_argument_group("building many files")
    group.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="processes that read and extract files in parallel (default: the machine's cores)",
    )
    group.add_argument(
        "--no-cache",
        action="store_true",
        help="extract every file again (by default a file whose content, name, lexicon and "
        "zhkg version are unchanged is taken from the cache; see zhkg cache info)",
    )
    group.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="the document cache (default: ZHKG_CACHE_DIR, else the user cache folder); "
        "with --dask a folder every worker sees",
    )
    group.add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run the files as tasks on a dask.distributed scheduler (tcp://host:8786), or "
        "'local' for a cluster of --workers processes on this machine (pip install zhkg[dask])",
    )
    max_chars_option(group)


def build_settings(args: argparse.Namespace) -> BuildSettings:
    """The ``BuildSettings`` of a command line parsed with ``build_options``."""
    from zhkg.pipeline import BuildSettings, default_workers

    return BuildSettings(
        workers=args.workers or default_workers(),
        cache=not args.no_cache,
        cache_dir=args.cache_dir,
        dask=args.dask,
        max_chars=args.max_chars,
    )
