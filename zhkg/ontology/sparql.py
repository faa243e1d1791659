"""Named SPARQL queries: ``zhkg/queries/*.rq`` files with a documented header.

Header lines (comments before the query)::

    # name: category-holders
    # description: Who bears duties of a responsibility category …
    # param: category (literal, required) a category label or keyword, e.g. 售后服务
    # param: stakeholder ?name (literal, optional) …   <- binds ?name instead of ?stakeholder

Parameters are bound as RDF terms, never pasted into the query text, so a value
cannot change what the query does: rdflib's ``initBindings``, pyoxigraph's
``substitutions``. Files are queried with pyoxigraph (``ENGINES``: "oxigraph", the
default, or "rdflib"); every query is parsed and checked by ``check_query`` before
either engine runs it.

A query may also come with a plan for one engine: a file of the same name in a
folder named after the engine (``queries/oxigraph/category-holders.rq``), asking
for the same rows in a form that engine answers faster (pyoxigraph's ``LATERAL``
join, which rdflib cannot parse, makes a keyword search over a thousand documents
start from the few matching duties instead of from every statement). The portable
text stays the definition: ``tests/ontology/test_sparql_engines.py`` checks that
each plan returns its rows.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query
from rdflib.term import Identifier, Node

from zhkg.errors import QueryError
from zhkg.ontology.offline import check_jsonld_contexts, check_sparql_offline
from zhkg.ontology.ontology import load_ontology
from zhkg.ontology.oxstore import query_graphs
from zhkg.ontology.serialize import PREFIXES, format_for_path, one_line, parse_graph

__all__ = [
    "ENGINES",
    "NamedQuery",
    "QueryParameter",
    "QueryResult",
    "bind_parameters",
    "check_query",
    "load_named_queries",
    "parse_query_file",
    "queries_directory",
    "query_files",
    "resolve_query",
    "run_query",
    "run_query_oxigraph",
]

ENGINES = ("oxigraph", "rdflib")
"""SPARQL engines ``query_files`` can use; the first is the default."""

PARAMETER_KINDS = ("literal", "iri", "integer")

_HEADER = re.compile(r"^#\s*(name|description|param):\s*(.*?)\s*$")
_PARAMETER = re.compile(
    r"^(?P<name>[A-Za-z_][\w-]*)\s*(?:\?(?P<variable>\w+)\s*)?"
    r"\((?P<kind>\w+)(?:\s*,\s*(?P<need>required|optional))?\)\s*(?P<description>.*)$"
)


def queries_directory() -> Path:
    """Where the packaged ``.rq`` files are (``zhkg/queries``, beside this package).

    Located by path rather than by importing ``zhkg.queries``, which sits above
    this stage in the layering.
    """
    return Path(__file__).resolve().parent.parent / "queries"


@dataclass(frozen=True, slots=True)
class QueryParameter:
    """A documented query parameter and the SPARQL variable it binds."""

    name: str
    variable: str
    kind: str
    required: bool
    description: str


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    description: str
    parameters: tuple[QueryParameter, ...]
    text: str
    source: str
    plans: tuple[tuple[str, str], ...] = ()
    """(engine, query text) pairs: the same query written for one engine's planner."""

    def parameter(self, name: str) -> QueryParameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    def text_for(self, engine: str) -> str:
        """The text the engine runs: its own plan when there is one, else the portable text."""
        return next((text for name, text in self.plans if name == engine), self.text)


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Rows of plain values (str, int, Decimal, bool) under their column names."""

    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]

    def records(self) -> list[dict[str, object]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def to_tsv(self) -> str:
        lines = ["\t".join(self.columns)]
        lines += ["\t".join(_cell(value) for value in row) for row in self.rows]
        return "\n".join(lines)

    def to_json(self) -> str:
        return json.dumps(self.records(), ensure_ascii=False, indent=2, default=str)


def _cell(value: object) -> str:
    if value is None:
        return ""
    return re.sub(r"[\t\n\r]+", " ", str(value))


def _read_query_text(source: Path) -> str:
    try:
        return source.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise QueryError(
            f"{source}: query file is not UTF-8 text", hint="give a SPARQL .rq file saved as UTF-8"
        ) from None
    except OSError as exc:
        raise QueryError(f"{source}: cannot read query file ({exc.strerror or exc})") from exc


_PLANNED_ENGINES = ("oxigraph",)
"""Engines that run a plan of their own when one is kept beside the query (rdflib
runs the portable text, which it parses and checks anyway)."""


def _engine_plans(source: Path) -> tuple[tuple[str, str], ...]:
    """The engine plans kept beside a query file (``oxigraph/NAME.rq``)."""
    plans = []
    for engine in _PLANNED_ENGINES:
        plan = source.parent / engine / source.name
        if plan.is_file():
            plans.append((engine, _read_query_text(plan)))
    return tuple(plans)


def parse_query_file(path: str | Path) -> NamedQuery:
    """A query file and its header; the name defaults to the file's stem."""
    source = Path(path)
    text = _read_query_text(source)
    name, description, parameters = source.stem, "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        match = _HEADER.match(line)
        if match is None:
            continue
        key, value = match.groups()
        if key == "name":
            name = value
        elif key == "description":
            description = value
        else:
            parameters.append(_parse_parameter(source, value))
    return NamedQuery(
        name, description, tuple(parameters), text, str(source), _engine_plans(source)
    )


def _parse_parameter(source: Path, spec: str) -> QueryParameter:
    match = _PARAMETER.match(spec)
    if match is None or match["kind"] not in PARAMETER_KINDS:
        raise QueryError(
            f"{source}: cannot read parameter line {spec!r}",
            hint="write '# param: NAME [?VAR] (literal|iri|integer, required|optional) text'",
        )
    return QueryParameter(
        name=match["name"],
        variable=match["variable"] or match["name"],
        kind=match["kind"],
        required=match["need"] == "required",
        description=match["description"],
    )


def load_named_queries(directory: str | Path | None = None) -> dict[str, NamedQuery]:
    """Every ``*.rq`` of the directory (the packaged queries by default), by name."""
    folder = Path(directory) if directory is not None else queries_directory()
    queries: dict[str, NamedQuery] = {}
    for path in sorted(folder.glob("*.rq")):
        query = parse_query_file(path)
        if query.name in queries:
            raise QueryError(f"{path}: query name {query.name!r} is used twice in {folder}")
        queries[query.name] = query
    return queries


def resolve_query(name_or_path: str) -> NamedQuery:
    """A packaged query by name, or a query file by path."""
    path = Path(name_or_path)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return parse_query_file(path)
    queries = load_named_queries()
    if name_or_path not in queries:
        known = ", ".join(sorted(queries))
        raise QueryError(
            f"unknown query {name_or_path!r}", hint=f"use one of {known}, or a .rq file"
        )
    return queries[name_or_path]


def _iri(value: str) -> URIRef:
    prefix, _, local = value.partition(":")
    if prefix in PREFIXES and not value.startswith(f"{prefix}://"):
        return URIRef(PREFIXES[prefix] + local)
    return URIRef(value.strip("<>"))


def bind_parameters(query: NamedQuery, values: Mapping[str, str]) -> dict[str, Identifier]:
    """``initBindings`` for the given parameter values, checked against the header."""
    unknown = sorted(set(values) - {p.name for p in query.parameters})
    if unknown:
        known = ", ".join(p.name for p in query.parameters)
        raise QueryError(
            f"query {query.name!r} has no parameter {unknown[0]!r}",
            hint=f"its parameters: {known}"
            if known
            else f"it declares none; a .rq file declares one with a header line "
            f"'# param: {unknown[0]} (literal, required) what it is'",
        )
    bindings: dict[str, Identifier] = {}
    for parameter in query.parameters:
        if parameter.name not in values:
            if parameter.required:
                raise QueryError(
                    f"query {query.name!r} needs --param {parameter.name}=VALUE",
                    hint=parameter.description,
                )
            continue
        raw = values[parameter.name]
        if parameter.required and not raw.strip():  # CONTAINS(?x, "") would match everything
            raise QueryError(
                f"query {query.name!r}: parameter {parameter.name} is empty",
                hint=parameter.description,
            )
        if parameter.kind == "integer":
            try:
                bindings[parameter.variable] = Literal(int(raw))
            except ValueError:
                raise QueryError(f"parameter {parameter.name}={raw!r} is not an integer") from None
        elif parameter.kind == "iri":
            bindings[parameter.variable] = _iri(raw)
        else:
            bindings[parameter.variable] = Literal(raw)
    return bindings


@lru_cache(maxsize=32)
def _prepare(text: str) -> Query:
    return prepareQuery(text)


def check_query(query: NamedQuery) -> Query:
    """Parse the query and refuse what zhkg does not run, before any engine sees it.

    Only SELECT and ASK run (a query never writes or builds graphs); a query
    that does not parse is a one-line QueryError. The parsed query is returned
    (and kept), so rdflib does not parse it again.
    """
    try:
        prepared = _prepare(query.text)
    except Exception as exc:  # pyparsing raises its own exception types
        raise QueryError(f"query {query.name!r} is not valid SPARQL ({one_line(exc)})") from exc
    if prepared.algebra.name not in ("SelectQuery", "AskQuery"):
        raise QueryError(
            f"query {query.name!r} is a {prepared.algebra.name}; only SELECT and ASK are run",
        )
    return prepared


def _named(query: NamedQuery | str) -> NamedQuery:
    return query if isinstance(query, NamedQuery) else NamedQuery("query", "", (), query, "")


def run_query(
    graph: Graph,
    query: NamedQuery | str,
    values: Mapping[str, str] | None = None,
    *,
    allow_service: bool = False,
) -> QueryResult:
    """Run a named query (or a query text without parameters) on an rdflib graph.

    ``SERVICE`` and ``FROM`` (requests to other endpoints) are refused unless
    ``allow_service``; the check reads the parsed query before it is run.
    """
    named = _named(query)
    check_sparql_offline(named.text, allow_service=allow_service)
    bindings = bind_parameters(named, values or {})
    prepared = check_query(named)
    result = graph.query(prepared, initBindings={Variable(k): v for k, v in bindings.items()})
    if result.type == "ASK":
        return QueryResult(("answer",), ((bool(result.askAnswer),),))
    columns = tuple(str(var) for var in result.vars or ())
    rows = tuple(tuple(_python(row[i]) for i in range(len(columns))) for row in result)  # type: ignore[index]
    return QueryResult(columns, rows)


def run_query_oxigraph(
    store: ox.Store,
    query: NamedQuery | str,
    values: Mapping[str, str] | None = None,
    *,
    allow_service: bool = False,
) -> QueryResult:
    """Run a named query (or a query text without parameters) on a pyoxigraph store.

    The data and the ontology count as the default graph (``query_graphs``: a TriG
    file's graphs too, as when rdflib reads it); values are pre-bound as RDF terms.
    ``SERVICE`` and ``FROM`` are refused unless ``allow_service``, as on rdflib.
    """
    named = _named(query)
    plan = named.text_for("oxigraph")  # what runs is what is checked for network requests
    check_sparql_offline(plan, allow_service=allow_service)
    bindings = bind_parameters(named, values or {})
    check_query(named)
    text = substitute(plan, {k: str(_ox_term(v)) for k, v in bindings.items()})
    try:
        result = store.query(text, **query_graphs(store))
    except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
        raise QueryError(
            f"query {named.name!r} failed on pyoxigraph ({one_line(exc)})",
            hint="try --engine rdflib",
        ) from exc
    if isinstance(result, ox.QueryBoolean):
        return QueryResult(("answer",), ((bool(result),),))
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(f"query {named.name!r} returned triples; only SELECT and ASK are run")
    columns = tuple(v.value for v in result.variables)
    rows = tuple(tuple(_ox_python(solution[c]) for c in columns) for solution in result)
    return QueryResult(columns, rows)


#: Strings, IRIs and comments of a SPARQL text (kept as they are), BOUND(?v), variables.
_TOKENS = re.compile(
    r'(?P<keep>"""(?:[^\\]|\\.)*?"""'
    r"|'''(?:[^\\]|\\.)*?'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*)'
    r"|(?P<bound>\bBOUND\s*\(\s*[?$](?P<bvar>\w+)\s*\))"
    r"|(?P<var>[?$](?P<name>\w+))",
    re.I,
)
_PROJECTION = re.compile(r"\bSELECT\b(?P<list>.*?)(?=\bWHERE\b|\{)", re.I | re.S)


def substitute(text: str, terms: Mapping[str, str]) -> str:
    """The query with parameter variables pre-bound to RDF terms (given in N-Triples form).

    This is what rdflib's ``initBindings`` does, and what pyoxigraph's own
    ``substitutions`` does not do inside BOUND() and BIND, so the query is
    rewritten instead: each occurrence becomes the term, ``BOUND(?v)`` becomes
    true, and a projected ``?v`` becomes ``(term AS ?v)``. Terms come from
    pyoxigraph's N-Triples escaping, so a value cannot change what the query
    does; strings, IRIs and comments of the query are never touched.
    """
    if not terms:
        return text

    def replace(match: re.Match[str], projection: bool) -> str:
        if match["keep"] is not None:
            return match["keep"]
        if match["bound"] is not None:
            return "true" if match["bvar"] in terms else match["bound"]
        name = match["name"]
        if name not in terms:
            return match["var"]
        return f"({terms[name]} AS ?{name})" if projection else terms[name]

    out: list[str] = []
    position = 0
    for select in _PROJECTION.finditer(text):
        if select.start() < position:
            continue
        head = text[position : select.start("list")]
        out.append(_TOKENS.sub(lambda m: replace(m, False), head))
        out.append(_TOKENS.sub(lambda m: replace(m, True), select["list"]))
        position = select.end("list")
    out.append(_TOKENS.sub(lambda m: replace(m, False), text[position:]))
    return "".join(out)


def _ox_term(term: Identifier) -> ox.NamedNode | ox.Literal:
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.NamedNode(str(term))


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = frozenset(
    _XSD + name
    for name in [
        "integer",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    ]
)


def _ox_python(term: object) -> object:
    """The plain value rdflib's ``_python`` gives for the same term (str for IRIs and text)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INTEGERS:
                return int(term.value)
            if datatype == _XSD + "decimal":
                return Decimal(term.value)
            if datatype in (_XSD + "double", _XSD + "float"):
                return float(term.value)
            if datatype == _XSD + "boolean":
                return term.value in ("true", "1")
        except (ValueError, ArithmeticError):
            return term.value  # an ill-typed literal: rdflib too gives its text
        return term.value
    if isinstance(term, ox.NamedNode | ox.BlankNode):
        return term.value
    return str(term)


def _python(node: Node | None) -> object:
    if node is None:
        return None
    if isinstance(node, Literal):
        value = node.toPython()
        return value if isinstance(value, int | Decimal | bool | float) else str(node)
    return str(node)


def query_files(
    paths: Sequence[str | Path],
    query: str,
    values: Mapping[str, str] | None = None,
    *,
    with_ontology: bool = True,
    extensions: Sequence[str | Path] = (),
    allow_service: bool = False,
    engine: str = ENGINES[0],
) -> QueryResult:
    """Run one query on RDF files (plus the ontology, for category keywords).

    With pyoxigraph (the default) one file's store is kept beside it for the
    next query; rdflib parses the files into one graph each time.
    """
    named = resolve_query(query)
    check_sparql_offline(named.text, allow_service=allow_service)  # before parsing the files
    for path in paths:  # whichever engine parses them, a remote JSON-LD context is refused
        if format_for_path(path).parser == "json-ld":
            check_jsonld_contexts(path)
    if with_ontology and extensions:
        load_ontology(extensions)  # a broken extension is reported first, as by every command
    bind_parameters(named, values or {})  # a bad parameter fails before any data is read
    check_query(named)
    if engine == "oxigraph":
        from zhkg.ontology.oxstore import open_query_store

        store = open_query_store(paths, with_ontology=with_ontology, extensions=extensions)
        return run_query_oxigraph(store, named, values, allow_service=allow_service)
    if engine != "rdflib":
        raise QueryError(f"unknown SPARQL engine {engine!r}", hint=f"use one of {ENGINES}")
    graph = load_ontology(extensions) if with_ontology else Graph()
    for path in paths:
        graph += parse_graph(path)
    return run_query(graph, named, values, allow_service=allow_service)
