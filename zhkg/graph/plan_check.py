"""Refuse a Cypher query by what the database plans to do, not by its words.

The query guard of ``zhkg.queries.readonly`` reads tokens, and a tokenizer can
disagree with the database on where a comment or string ends. Neo4j's own
``EXPLAIN`` cannot: it returns the plan the database would run, with its query
type (``r`` read, ``rw``, ``w``, ``s`` schema) and its operators. A query from
outside zhkg runs only when that plan is a read without LOAD CSV, procedures
outside ``READ_PROCEDURES``, administration or transaction commands and
``CALL { … } IN TRANSACTIONS``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["READ_PROCEDURES", "embedded_plan_refusal", "plan_operators", "plan_refusal"]

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
"""Procedures an outside query may CALL (lower case); every other procedure is refused."""

#: Operators of administration commands (SHOW/TERMINATE TRANSACTIONS, SHOW SETTINGS,
#: CREATE USER …) start with one of these; LoadCSV and the transaction batching
#: operators (TransactionApply, TransactionForeach) are named in full.
_REFUSED_PREFIXES = (
    "Show", "Terminate", "Alter", "Create", "Drop", "Grant", "Deny", "Revoke", "Rename",
    "Start", "Stop", "Enable", "Disable", "Assert", "Ensure", "Wait", "System", "Log",
    "Administration", "Set", "Delete", "Remove", "Merge", "Foreach", "Load",
)  # fmt: skip
_REFUSED_NAMES = ("LoadCSV", "TransactionApply", "TransactionForeach")


def plan_operators(plan: Mapping[str, Any] | None) -> Iterator[Mapping[str, Any]]:
    """Every operator of a plan (the driver's ``summary.plan`` dict), depth first."""
    if not plan:
        return
    yield plan
    for child in plan.get("children") or ():
        yield from plan_operators(child)


def _operator_name(operator: Mapping[str, Any]) -> str:
    return str(operator.get("operatorType") or "").split("@", 1)[0]


def _procedure(operator: Mapping[str, Any]) -> str:
    """The procedure an operator calls, from its ``Details`` (``db.labels() :: (…)``)."""
    details = str((operator.get("args") or {}).get("Details") or "")
    return details.split("(", 1)[0].strip()


def plan_refusal(query_type: str | None, plan: Mapping[str, Any] | None) -> str | None:
    """Why a Neo4j plan may not run as an outside read, or None if it may.

    Type ``s`` is accepted only for a call of a listed procedure (Neo4j types
    ``CALL dbms.components()`` so); schema commands have no ProcedureCall.
    """
    operators = list(plan_operators(plan))
    names = {_operator_name(operator) for operator in operators}
    if query_type != "r" and not (query_type == "s" and "ProcedureCall" in names):
        kind = {"rw": "reads and writes", "w": "writes", "s": "changes the schema"}
        return f"the query {kind.get(str(query_type), f'is of type {query_type!r}')}"
    if plan is None:
        return "Neo4j returned no plan for the query"
    for operator in operators:
        name = _operator_name(operator)
        if name == "ProcedureCall":
            procedure = _procedure(operator)
            if procedure.lower() not in READ_PROCEDURES:
                return f"it calls {procedure or 'a procedure'} (not a known read-only procedure)"
        elif name in _REFUSED_NAMES or name.startswith("Transaction"):
            return f"its plan holds {name}"
        elif name.startswith(_REFUSED_PREFIXES):
            return f"its plan holds {name} (an administration or write operation)"
    return None


#: First words of LadybugDB's physical operators that touch files, extensions, other
#: databases, transactions or data (COPY_TO, EXPORT_DATABASE, INSTALL_EXTENSION,
#: SET_NODE_PROPERTY …); ``ORDER_BY_MERGE`` and the like are reads.
_EMBEDDED_REFUSED_WORDS = frozenset(
    {
        "COPY", "EXPORT", "IMPORT", "INSTALL", "UNINSTALL", "LOAD", "ATTACH", "DETACH",
        "USE", "TRANSACTION", "CHECKPOINT", "CREATE", "DROP", "ALTER", "SET", "DELETE",
        "MERGE", "INSERT", "STANDALONE",
    }
)  # fmt: skip
#: Table functions a read may scan: its own intermediate results and the listed procedures.
_EMBEDDED_READ_FUNCTIONS = frozenset({"read_ftable"} | READ_PROCEDURES)
_EMBEDDED_OPERATOR = re.compile(r"([A-Z][A-Z_]*)\[\d+\]")
_EMBEDDED_FUNCTION = re.compile(r"Function: (\S+)")


def embedded_plan_refusal(plan_text: str) -> str | None:
    """Why a LadybugDB ``EXPLAIN`` plan may not run as an outside read, or None.

    LadybugDB prints its plan as boxes of ``OPERATOR[n]``; a table function
    (``LOAD FROM`` reads a file through ``READ_CSV…``) shows as ``Function: NAME``.
    """
    for operator in _EMBEDDED_OPERATOR.findall(plan_text):
        words = operator.split("_")
        if words[0] in _EMBEDDED_REFUSED_WORDS or {"EXTENSION", "DATABASE"} & set(words):
            return f"its plan holds {operator}"
    for function in _EMBEDDED_FUNCTION.findall(plan_text):
        if function.lower() not in _EMBEDDED_READ_FUNCTIONS:
            return f"it calls the table function {function} (reads a file or is not read-only)"
    return None
