"""Refuse Cypher that writes, before it reaches a store.

The guard tokenises the query: string literals, backtick-quoted names and
comments are skipped, so ``WHERE s.text CONTAINS 'CREATE'`` is a read. A clause
keyword counts only where a clause can start: not after ``.`` (a property such
as ``n.set``), ``:`` (a label), ``$`` (a parameter) and not before ``:`` (a map
key). ``CALL`` is allowed for subqueries (``CALL { … }``, whose body is checked
too, unless followed by ``IN TRANSACTIONS``) and for a short list of read-only
procedures. Behind it, the stores check the plan the database makes of the query
(``zhkg.graph.plan_check``) and run it in a read-only transaction.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from zhkg.errors import QueryError, ReadOnlyQueryError
from zhkg.graph.plan_check import READ_PROCEDURES

__all__ = [
    "DIALECTS",
    "FILE_AND_ADMIN_KEYWORDS",
    "READ_FUNCTION_NAMESPACES",
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

_COMMON = r"""
  | (?P<quoted>`(?:[^`]|``)*`)
  | (?P<unterminated>/\*|['"`])
  | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<other>.)
"""

#: How each database splits a query into comments, strings and code. The guard
#: checks a query as both read it, so a comment or string that one of them ends
#: elsewhere cannot hide a statement from it:
#:
#: * Neo4j 5 ends ``//`` at ``\r`` or ``\n``, ``/* */`` at the first ``*/``,
#:   and takes a backslash with any character as an escape in strings;
#: * LadybugDB (the openCypher grammar of Kuzu) takes ``//`` as a comment only
#:   when it ends at ``\n``, ``\r\n`` or the end of the text (``//x\ry`` is a
#:   division, then code), ends ``/* */`` at a ``*/`` whose ``*`` does not follow
#:   another ``*`` inside the comment (``/* a **/`` goes on), and knows only the
#:   escapes ``\\ \' \" \b \f \n \r \t \xHH \uHHHH`` (another one breaks the string).
DIALECTS: dict[str, re.Pattern[str]] = {
    "neo4j": re.compile(
        r"""
    (?P<space>\s+)
  | (?P<line_comment>//[^\r\n]*)
  | (?P<block_comment>/\*.*?\*/)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
        + _COMMON,
        re.VERBOSE | re.DOTALL,
    ),
    "ladybug": re.compile(
        r"""
    (?P<space>\s+)
  | (?P<line_comment>//[^\r\n]*(?:\r?\n|\r?\Z))
  | (?P<block_comment>/\*(?:[^*]|\*[^/])*\*/)
  | (?P<string>'(?:[^'\\]|\\(?:[\\'"bfnrtBFNRT]|[xX][0-9a-fA-F]{2}|[uU][0-9a-fA-F]{4}))*'
              |"(?:[^"\\]|\\(?:[\\'"bfnrtBFNRT]|[xX][0-9a-fA-F]{2}|[uU][0-9a-fA-F]{4}))*")"""
        + _COMMON,
        re.VERBOSE | re.DOTALL,
    ),
}

#: Words that start a statement touching files, extensions, other databases or the
#: server itself (LadybugDB's ``LOAD FROM``/``COPY``/``ATTACH``, Neo4j's ``USE``,
#: ``SHOW`` and ``TERMINATE``): refused as clause words like the writes.
FILE_AND_ADMIN_KEYWORDS = frozenset(
    {"LOAD", "COPY", "IMPORT", "EXPORT", "INSTALL", "ATTACH", "TERMINATE", "USE", "SHOW"}
)

#: Namespaces of Neo4j's built-in functions (``point.distance``, ``duration.between`` …);
#: a call of any other dotted function name (a plugin's, e.g. ``x.util.run()``) is refused.
READ_FUNCTION_NAMESPACES = frozenset(
    {"point", "date", "datetime", "localdatetime", "time", "localtime", "duration", "vector"}
)

_UNTERMINATED = {"/*": "comment", "'": "string", '"': "string", "`": "quoted name"}


@dataclass(frozen=True, slots=True)
class Token:
    """A word, quoted name or punctuation character and where it starts."""

    kind: str
    text: str
    offset: int


def tokens(query: str, dialect: str = "neo4j") -> list[Token]:
    """The query's tokens without whitespace, comments and string contents.

    ``dialect`` is ``neo4j`` or ``ladybug`` (see ``DIALECTS``). An unterminated
    comment, string or quoted name is kept as a token of kind ``unterminated``
    (the rest of the query is read as code after it).
    """
    found: list[Token] = []
    for match in DIALECTS[dialect].finditer(query):
        kind = match.lastgroup or "other"
        if kind in ("space", "line_comment", "block_comment"):
            continue
        found.append(Token(kind, match.group(), match.start()))
    return found


def _position(query: str, offset: int) -> str:
    lines = re.split(r"\r\n|[\r\n]", query[:offset])
    return f"line {len(lines)}, column {len(lines[-1]) + 1}"


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


def _dotted_name(items: list[Token], start: int) -> tuple[str, int]:
    """The dotted name starting at ``items[start]`` and the index after it."""
    parts = [items[start].text.strip("`")]
    index = start + 1
    while (
        index + 1 < len(items)
        and items[index].text == "."
        and items[index + 1].kind in ("word", "quoted")
    ):
        parts.append(items[index + 1].text.strip("`"))
        index += 2
    return ".".join(parts), index


def _is_name_position(items: list[Token], index: int) -> bool:
    """Whether the word at ``index`` is a property, label, parameter or map key."""
    before = items[index - 1] if index else None
    after = items[index + 1].text if index + 1 < len(items) else ""
    if before is not None and before.text == "$":
        return True
    if before is not None and before.text in (".", ":") and index >= 2:
        owner = items[index - 2]
        if owner.kind in ("word", "quoted") or owner.text in (")", "]", "}"):
            return True
        if before.text == ":" and owner.text in ("(", "[", "|", "&", "!", "%"):
            return True
    return after == ":" and before is not None and before.text in ("{", ",")


def check_read_only(query: str) -> None:
    """Raise ReadOnlyQueryError naming the first write clause in ``query``.

    The query is read as each database reads it (``DIALECTS``). Also refused:
    more than one statement (``;`` followed by anything), and an unterminated
    comment, string or quoted name, whose end the databases place differently.
    """
    for dialect in DIALECTS:
        _check_tokens(query, tokens(query, dialect))


def _check_tokens(query: str, items: list[Token]) -> None:
    for index, token in enumerate(items):
        if token.kind == "unterminated":
            raise QueryError(
                f"the query has an unterminated {_UNTERMINATED[token.text]} "
                f"at {_position(query, token.offset)}",
                hint="close it (*/, a matching quote or backtick) or remove it",
            )
        if token.text == ";" and index + 1 < len(items):
            raise ReadOnlyQueryError(
                f"refused a query of several statements: a second one follows ';' at "
                f"{_position(query, token.offset)}",
                hint="give one statement at a time",
            )
        if token.kind != "word" or _is_name_position(items, index):
            continue
        word = token.text.upper()
        after = items[index + 1].text if index + 1 < len(items) else ""
        if word in WRITE_KEYWORDS or word in FILE_AND_ADMIN_KEYWORDS:
            raise _refuse(query, _describe(word), token.offset)
        if word == "IN" and after.upper() == "TRANSACTIONS":
            raise _refuse(query, "CALL { … } IN TRANSACTIONS", token.offset)
        if after == "." and (not index or items[index - 1].text.upper() != "CALL"):
            name, end = _dotted_name(items, index)
            called = end < len(items) and items[end].text == "("
            if called and word.lower() not in READ_FUNCTION_NAMESPACES:
                raise _refuse(query, f"{name}() (not a known read-only function)", token.offset)
        if word == "CALL":
            if after == "{" or after == "(":
                continue  # a subquery: its clauses are checked as the loop goes on
            name = _procedure_name(items, index + 1)
            if name.lower() not in READ_PROCEDURES:
                raise _refuse(
                    query, f"CALL {name or '…'} (not a known read-only procedure)", token.offset
                )


def _describe(word: str) -> str:
    return {"LOAD": "LOAD (CSV/FROM/EXTENSION)"}.get(word, word)


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
