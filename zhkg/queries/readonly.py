"""Refuse Cypher that writes, before it reaches a store.

The guard tokenises the query: string literals, backtick-quoted names and
comments are skipped, so ``WHERE s.text CONTAINS 'CREATE'`` is a read. A clause
keyword counts only where a clause can start: not after ``.`` (a property such
as ``n.set``), ``:`` (a label), ``$`` (a parameter) and not before ``:`` (a map
key). ``CALL`` is allowed for subqueries (``CALL { … }``, whose body is checked
too, unless followed by ``IN TRANSACTIONS``) and for a short list of read-only
procedures. The stores' read access mode is the second line of defence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from zhkg.errors import QueryError, ReadOnlyQueryError

__all__ = [
    "READ_PROCEDURES",
    "WRITE_KEYWORDS",
    "Token",
    "check_parameters",
    "check_read_only",
    "parameter_names",
    "tokens",
]

WRITE_KEYWORDS = frozenset(
    {
        # Cypher writes and schema/admin commands
        "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "FOREACH",
        "LOAD", "INSERT", "ALTER", "GRANT", "DENY", "REVOKE", "RENAME", "TERMINATE",
        # LadybugDB / Kuzu: bulk import/export, extensions, databases, transactions
        "COPY", "IMPORT", "EXPORT", "INSTALL", "ATTACH", "CHECKPOINT",
        "BEGIN", "COMMIT", "ROLLBACK",
    }
)  # fmt: skip

READ_PROCEDURES = frozenset(
    {
        "db.labels",
        "db.relationshiptypes",
        "db.propertykeys",
        "db.schema.visualization",
        "db.schema.nodetypeproperties",
        "db.schema.reltypeproperties",
        "db.constraints",
        "db.indexes",
        "db.info",
        "db.ping",
        "dbms.components",
        "show_tables",
        "table_info",
        "show_connection",
        "current_setting",
        "db_version",
    }
)
"""Procedures ``zhkg query`` may CALL (lower case); every other procedure is refused."""

_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<line_comment>//[^\n]*)
  | (?P<block_comment>/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^'\\]|\\.)*(?:'|\Z)|"(?:[^"\\]|\\.)*(?:"|\Z))
  | (?P<quoted>`(?:[^`]|``)*(?:`|\Z))
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word, quoted name or punctuation character and where it starts."""

    kind: str
    text: str
    offset: int


def tokens(query: str) -> list[Token]:
    """The query's tokens without whitespace, comments and string contents."""
    found: list[Token] = []
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup or "other"
        if kind in ("space", "line_comment", "block_comment"):
            continue
        found.append(Token(kind, match.group(), match.start()))
    return found


def _position(query: str, offset: int) -> str:
    line = query.count("\n", 0, offset) + 1
    column = offset - (query.rfind("\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


def _refuse(query: str, what: str, offset: int) -> ReadOnlyQueryError:
    return ReadOnlyQueryError(
        f"refused a query that writes: {what} at {_position(query, offset)}",
        hint="zhkg query only reads (MATCH … RETURN); load data with zhkg load",
    )


def _procedure_name(items: list[Token], start: int) -> str:
    """The dotted name after CALL at ``items[start]``."""
    parts: list[str] = []
    index = start
    while index < len(items):
        token = items[index]
        if token.kind in ("word", "quoted"):
            parts.append(token.text.strip("`"))
        elif token.text != ".":
            break
        index += 1
    return ".".join(parts)


def check_read_only(query: str) -> None:
    """Raise ReadOnlyQueryError naming the first write clause in ``query``."""
    items = tokens(query)
    for index, token in enumerate(items):
        if token.kind != "word":
            continue
        before = items[index - 1].text if index else ""
        after = items[index + 1].text if index + 1 < len(items) else ""
        if before in (".", ":", "$") or after == ":":
            continue
        word = token.text.upper()
        if word in WRITE_KEYWORDS:
            raise _refuse(query, word if word != "LOAD" else "LOAD (CSV/FROM)", token.offset)
        if word == "IN" and after.upper() == "TRANSACTIONS":
            raise _refuse(query, "CALL { … } IN TRANSACTIONS", token.offset)
        if word == "CALL":
            if after == "{" or after == "(":
                continue  # a subquery: its clauses are checked as the loop goes on
            name = _procedure_name(items, index + 1)
            if name.lower() not in READ_PROCEDURES:
                raise _refuse(
                    query, f"CALL {name or '…'} (not a known read-only procedure)", token.offset
                )


def parameter_names(query: str) -> set[str]:
    """The ``$name`` parameters the query uses (not inside strings or comments)."""
    items = tokens(query)
    return {
        token.text.strip("`")
        for before, token in itertools.pairwise(items)
        if before.text == "$" and token.kind in ("word", "quoted")
    }


def check_parameters(query: str, params: Mapping[str, object]) -> None:
    """Refuse a query whose ``$parameters`` and the given values differ.

    Neo4j fails a missing parameter but LadybugDB reads it as NULL and answers
    nothing; an unused value is almost always a misspelt name. Both are caught
    here, alike on every backend.
    """
    if not query.strip():
        raise QueryError(
            "the query is empty", hint="give a Cypher query, e.g. MATCH (s:Stakeholder) RETURN s"
        )
    used = parameter_names(query)
    missing = sorted(used - set(params))
    if missing:
        raise QueryError(
            f"the query uses ${missing[0]} but no value was given",
            hint=" ".join(f"--param {name}=VALUE" for name in missing),
        )
    unused = sorted(set(params) - used)
    if unused:
        raise QueryError(
            f"--param {unused[0]} is not used by the query"
            + (f" (it uses: {', '.join('$' + name for name in sorted(used))})" if used else ""),
            hint="check the parameter's name, or drop it",
        )
