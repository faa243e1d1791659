"""`zhkg cache info|clear`: the document cache that lets a re-run skip unchanged files."""

from __future__ import annotations

import argparse
import sys

from zhkg.cli import add_command

__all__ = ["register"]


def register(commands: argparse._SubParsersAction) -> None:
    """Add `zhkg cache` to the `zhkg` parser."""
    parser = add_command(
        commands,
        "cache",
        _cache,
        help="Show or clear the document cache (each built document's triples, kept by the "
        "file's content and name, the lexicon and the zhkg version).",
        example="zhkg cache info   (or: zhkg cache clear)",
    )
    parser.add_argument("action", choices=("info", "clear"), help="what to do")
    parser.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="the cache folder (default: ZHKG_CACHE_DIR, else the user cache folder)",
    )


def _cache(args: argparse.Namespace) -> int:
    from zhkg.cache import DocumentCache

    cache = DocumentCache(args.cache_dir)
    if args.action == "info":
        print(cache.info().text())
    else:
        removed = cache.clear()
        print(f"removed {removed} cached document(s) from {cache.directory}", file=sys.stderr)
    return 0
