"""The ``zhkg`` command: one sub-command module per stage, each a thin wrapper.

Every command parses its options, calls one library function and reports. A
``ZhkgError`` becomes a one-line message on stderr and exit code 1; nothing is
half-written because the library writes outputs atomically.
"""

from __future__ import annotations

import argparse
import codecs
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from zhkg.display import has_surrogates, readable
from zhkg.errors import ZhkgError

__all__ = ["main"]

Handler = Callable[[argparse.Namespace], int]


def _command_modules() -> list[Callable[[argparse._SubParsersAction], None]]:
    """Each stage's ``register`` function, in the order the help lists them."""
    from zhkg.cli import (
        cache_command,
        export_commands,
        extract_commands,
        graph_commands,
        rdf_commands,
        run_command,
        segment_commands,
        view_commands,
    )

    return [
        run_command.register,
        segment_commands.register,
        extract_commands.register,
        rdf_commands.register,
        graph_commands.register,
        cache_command.register,
        view_commands.register,
        export_commands.register,
    ]


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions as written, and every option's default shown unless its help says it."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        default = action.default
        shown = default not in (None, False, [], (), "", argparse.SUPPRESS)
        if shown and action.option_strings and "default" not in text:
            return f"{text} (default: %(default)s)"
        return action.help


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhkg",
        description="Chinese research and policy texts -> stakeholders, responsibilities "
        "and relations, as an RDF knowledge graph and a property graph.",
        epilog="example: zhkg run sample.txt   (segment, extract, build RDF, load, ask)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"zhkg {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in _command_modules():
        register(commands)
    return parser


def _version() -> str:
    """The installed distribution's version, else the package's own."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("zhkg")
    except PackageNotFoundError:
        from zhkg import __version__

        return __version__


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a file name of non-UTF-8 bytes still prints
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=_READABLE)
    undecodable = _undecodable_argument(arguments)
    if undecodable is not None:
        print(
            f"zhkg: error: the argument '{readable(undecodable)}' holds bytes that are not "
            "UTF-8 (shown as \\xNN) and names no file (give text arguments in UTF-8: check "
            "the terminal's encoding or LANG)",
            file=sys.stderr,
        )
        return 1
    parser = build_parser()
    args = parser.parse_args(arguments)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except ZhkgError as err:
        print(f"zhkg {args.command}: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("zhkg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _undecodable_argument(arguments: Sequence[str]) -> str | None:
    """The first argument with undecodable bytes that is not a file name.

    A file name may hold any bytes (Python keeps them as surrogates and opens the
    file fine); a question, topic, query or parameter must be text, and such bytes
    would otherwise fail deep inside a store or a tokenizer.
    """
    previous = ""
    for argument in arguments:
        if has_surrogates(argument):
            path = Path(argument)
            is_new_output = previous in _OUTPUT_OPTIONS and path.parent.is_dir()
            if not (os.path.lexists(argument) or is_new_output):
                return argument
        previous = argument
    return None


_OUTPUT_OPTIONS = frozenset({"--out", "--db", "-o"})
_READABLE = "zhkg-readable"


def _readable_errors(error: UnicodeError) -> tuple[str, int]:
    """Print a lone surrogate as the byte the user typed (``\\xe9``), not as a crash."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return readable(error.object[error.start : error.end]), error.end


codecs.register_error(_READABLE, _readable_errors)


def add_command(
    commands: argparse._SubParsersAction,
    name: str,
    handler: Handler,
    *,
    help: str,
    example: str,
) -> argparse.ArgumentParser:
    """Register one sub-command; every command's help ends with an example."""
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=help,
        description=help,
        epilog=f"example:\n  {example}",
        formatter_class=HelpFormatter,
    )
    parser.set_defaults(handler=handler)
    return parser
