"""The named Cypher queries of ``zhkg/queries/*.cypher``, read from their header comments.

Each file starts with ``//`` lines::

    // name: who_is_responsible
    // description: Who is responsible for a topic …
    // param: topic — a category label or keyword …
    // param: min_holders: int = 2 — the least number of holders
    // example: zhkg run-query who_is_responsible --param topic=售后

A ``param`` is ``NAME[: str|int|float|list][ = DEFAULT] — DESCRIPTION``; the
default is a JSON value (``""``, ``2``) and a param without one is required. A
``list`` parameter (always required: the embedded store cannot type an empty
list) is given on the command line as ``a,b`` or ``a、b``. The query
text is the Cypher subset both backends accept (see the design notes), so the
same file runs on Neo4j and on the embedded store.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from zhkg.errors import QueryError
from zhkg.extract.model import Modality, RelationKind
from zhkg.graph.store import GraphStore, QueryRows

__all__ = [
    "NamedQuery",
    "QueryParam",
    "get_query",
    "load_queries",
    "parse_named_query",
    "run_named",
]

_HEADER = re.compile(r"^//\s*(?P<key>name|description|param|example)\s*:\s*(?P<value>.*)$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)"
    r"(?:\s*:\s*(?P<type>str|int|float|list))?"
    r"(?:\s*=\s*(?P<default>\"[^\"]*\"|-?\d+(?:\.\d+)?))?"
    r"\s*(?:—|--)\s*(?P<description>.+)$"
)
_LIST_SEPARATORS = re.compile(r"[,，、]")


def _as_list(value: object) -> list[str]:
    """A list parameter from the command line: ``主播,商家`` (or 、) -> ["主播", "商家"]."""
    if isinstance(value, list | tuple):
        return [str(item) for item in value]
    return [item.strip() for item in _LIST_SEPARATORS.split(str(value)) if item.strip()]


_CONVERT: dict[str, Callable[[Any], object]] = {
    "str": str,
    "int": int,
    "float": float,
    "list": _as_list,
}


@dataclass(frozen=True, slots=True)
class QueryParam:
    """One parameter of a named query; ``default`` None means required."""

    name: str
    type: str
    default: object | None
    description: str

    @property
    def required(self) -> bool:
        return self.default is None

    def convert(self, value: object, query: str) -> object:
        """``value`` (often a string from the command line) as this parameter's type."""
        if self.type == "list":
            return _as_list(value)
        if self.type != "str" and isinstance(value, str):
            try:
                return _CONVERT[self.type](value)
            except ValueError as exc:
                raise QueryError(
                    f"query {query}: parameter {self.name} must be {self.type}, got {value!r}",
                    hint=f"e.g. --param {self.name}={self.default if self.default else 2}",
                ) from exc
        return value


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A documented, parameterised query."""

    name: str
    description: str
    params: tuple[QueryParam, ...]
    text: str
    example: str = ""

    def bind(self, values: Mapping[str, object]) -> dict[str, object]:
        """Checked, typed parameters with defaults filled in."""
        known = {param.name: param for param in self.params}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise QueryError(
                f"query {self.name} has no parameter {', '.join(unknown)}",
                hint="its parameters: " + (", ".join(known) or "none"),
            )
        bound: dict[str, object] = {}
        for param in self.params:
            if param.name in values:
                value = param.convert(values[param.name], self.name)
                _check_value(self, param, value)
                bound[param.name] = value
            elif param.required:
                raise QueryError(
                    f"query {self.name} needs the parameter {param.name} ({param.description})",
                    hint=self.example or f"--param {param.name}=VALUE",
                )
            else:
                bound[param.name] = param.default
        return bound


#: Parameters whose values come from a closed vocabulary, checked before the query runs
#: (an unknown modality would otherwise match nothing and print no rows).
_VOCABULARIES: dict[str, tuple[str, ...]] = {
    "modality": tuple(m.value for m in Modality),
    "relation": tuple(k.value for k in RelationKind),
    "role": ("subject", "object"),
}


def _check_value(query: NamedQuery, param: QueryParam, value: object) -> None:
    """A required text parameter is not blank; a vocabulary parameter holds a known term."""
    if param.required and isinstance(value, list) and not value:
        raise QueryError(
            f"query {query.name}: parameter {param.name} is an empty list ({param.description})",
            hint=query.example or f"--param {param.name}=A,B",
        )
    if param.required and isinstance(value, str) and not value.strip():
        raise QueryError(
            f"query {query.name}: parameter {param.name} is empty ({param.description})",
            hint=query.example or f"--param {param.name}=VALUE",
        )
    allowed = _VOCABULARIES.get(param.name)
    if allowed is not None and value not in (*allowed, param.default):
        raise QueryError(
            f"query {query.name}: {param.name} {value!r} is not one of {', '.join(allowed)}",
            hint=f"e.g. --param {param.name}={allowed[0]}",
        )


def parse_named_query(text: str, source: str) -> NamedQuery:
    """Read the header comment and the body of one ``.cypher`` file."""
    fields: dict[str, str] = {}
    params: list[QueryParam] = []
    body: list[str] = []
    for line in text.splitlines():
        header = _HEADER.match(line.strip()) if not body else None
        if header is None:
            if line.strip() or body:
                body.append(line)
            continue
        key, value = header.group("key"), header.group("value").strip()
        if key == "param":
            params.append(_parse_param(value, source))
        else:
            fields[key] = value
    for required in ("name", "description"):
        if not fields.get(required):
            raise QueryError(
                f"{source}: the header has no '// {required}:' line",
                hint="start the file with // name:, // description: and // param: lines",
            )
    query = "\n".join(body).strip()
    if not query:
        raise QueryError(f"{source}: no Cypher after the header", hint="add the query text")
    return NamedQuery(
        name=fields["name"],
        description=fields["description"],
        params=tuple(params),
        text=query,
        example=fields.get("example", ""),
    )


def _parse_param(value: str, source: str) -> QueryParam:
    found = _PARAM.match(value)
    if found is None:
        raise QueryError(
            f"{source}: cannot read the parameter line {value!r}",
            hint="write // param: NAME[: int] [= DEFAULT] — DESCRIPTION",
        )
    kind = found.group("type") or "str"
    default_text = found.group("default")
    default = None if default_text is None else _CONVERT[kind](json.loads(default_text))
    return QueryParam(found.group("name"), kind, default, found.group("description").strip())


@cache
def load_queries() -> dict[str, NamedQuery]:
    """Every named query shipped with zhkg, by name."""
    queries: dict[str, NamedQuery] = {}
    folder = resources.files("zhkg.queries")
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if not entry.name.endswith(".cypher"):
            continue
        query = parse_named_query(entry.read_text(encoding="utf-8"), entry.name)
        if query.name in queries:
            raise QueryError(f"{entry.name}: a second query named {query.name}")
        queries[query.name] = query
    return queries


def get_query(name: str) -> NamedQuery:
    """The named query ``name``, or a QueryError listing the known names."""
    queries = load_queries()
    if name not in queries:
        raise QueryError(
            f"no named query {name!r}",
            hint="known: " + ", ".join(sorted(queries)) + " (zhkg run-query --list)",
        )
    return queries[name]


def run_named(
    store: GraphStore, name: str, params: Mapping[str, object] | None = None
) -> QueryRows:
    """Run a named query with checked parameters on any backend."""
    query = get_query(name)
    return store.run(query.text, query.bind(params or {}))
