"""Keep untrusted RDF and SPARQL off the network.

A data file decides what rdflib fetches: a JSON-LD ``@context`` (or ``@import``)
naming a URL is downloaded while parsing, and a SPARQL ``SERVICE`` clause or a
``FROM``/``FROM NAMED`` dataset is requested while querying. A graph file handed
to zhkg is data, so neither may reach out. The checks read the parsed input
(the JSON document, the SPARQL syntax tree) before any parser or engine acts on
it, so they hold whichever engine runs the query afterwards.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pyparsing import ParseResults
from rdflib import Variable
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.plugins.sparql.parserutils import CompValue

from zhkg.errors import QueryError, RDFError

__all__ = ["check_jsonld_contexts", "check_sparql_offline", "remote_contexts", "remote_requests"]


_NETWORK_WORD = re.compile(r"\b(?:SERVICE|FROM)\b", re.IGNORECASE)


def remote_contexts(document: Any) -> Iterator[str]:
    """Every context the JSON-LD ``document`` refers to instead of inlining it.

    A string in ``@context`` (alone or in a list) and the value of ``@import``
    are references; rdflib would fetch them (a relative one against the file's
    base, i.e. another file). Scoped contexts inside term definitions count too.
    """
    if isinstance(document, list):
        for item in document:
            yield from remote_contexts(item)
        return
    if not isinstance(document, dict):
        return
    for key, value in document.items():
        if key == "@context":
            yield from _context_references(value)
        elif key == "@import" and isinstance(value, str):
            yield value
        else:
            yield from remote_contexts(value)


def _context_references(context: Any) -> Iterator[str]:
    if isinstance(context, str):
        yield context
    elif isinstance(context, list):
        for item in context:
            yield from _context_references(item)
    elif isinstance(context, dict):
        yield from remote_contexts({k: v for k, v in context.items() if k != "@context"})
        if "@context" in context:
            yield from _context_references(context["@context"])


def check_jsonld_contexts(path: str | Path) -> None:
    """Refuse a JSON-LD file whose context would be fetched, naming the first URL."""
    source = Path(path)
    try:
        with source.open("rb") as handle:
            document = json.load(handle)
    except (ValueError, RecursionError) as exc:
        raise RDFError(
            f"{source}: not valid JSON-LD ({' '.join(str(exc).split())[:200]})",
            hint="fix the JSON syntax at the position shown",
        ) from exc
    except OSError as exc:
        raise RDFError(f"{source}: cannot read ({exc.strerror or exc})") from exc
    for reference in remote_contexts(document):
        raise RDFError(
            f"{source}: its JSON-LD @context refers to {reference}, which zhkg does not fetch",
            hint="inline the context: put the object that URL serves in place of the reference",
        )


def remote_requests(query: str) -> Iterator[str]:
    """What a SPARQL query would request over the network: SERVICE and FROM targets."""
    try:
        parsed = parseQuery(query)
    except Exception:  # pyparsing raises its own types
        # A query this parser cannot read may still run on another engine: refuse the
        # words outright then, as no one can tell what they would fetch.
        word = _NETWORK_WORD.search(query)
        if word is not None:
            yield f"{word.group().upper()} (in a query that could not be checked)"
        return
    yield from _requests(parsed)


def _requests(node: Any) -> Iterator[str]:
    if isinstance(node, CompValue):
        if node.name == "ServiceGraphPattern":
            yield f"SERVICE <{_iri(dict.get(node, 'term'))}>"
        elif node.name == "DatasetClause":  # CompValue.get answers a missing key with the key
            key = "named" if "named" in node else "default"
            yield f"{'FROM NAMED' if key == 'named' else 'FROM'} <{_iri(dict.get(node, key))}>"
        for value in node.values():
            yield from _requests(value)
    elif isinstance(node, ParseResults | list | tuple):
        for item in node:
            yield from _requests(item)


def _iri(term: Any) -> str:
    if isinstance(term, Variable):
        return f"?{term}"
    if isinstance(term, CompValue):  # a prefixed name, kept unexpanded by the parser
        return f"{dict.get(term, 'prefix') or ''}:{dict.get(term, 'localname') or ''}"
    return str(term)


def check_sparql_offline(query: str, *, allow_service: bool = False) -> None:
    """Refuse a SPARQL query that would reach the network, unless ``allow_service``."""
    if allow_service:
        return
    for request in remote_requests(query):
        raise QueryError(
            f"refused a SPARQL query that reaches the network: {request}",
            hint="zhkg sparql queries the given files; pass --allow-service to let the "
            "query contact other endpoints",
        )
