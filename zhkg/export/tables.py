"""The property graph as CSV tables: plain node and edge lists, and neo4j-admin import files.

Plain CSV (``nodes.csv``, ``edges.csv``) follows Gephi's spreadsheet import
(``Id``/``Label`` for nodes; ``Source``/``Target``/``Type``/``Id``/``Label`` for
edges), every property a further column.

The neo4j-admin files load a big corpus into an empty Neo4j offline with
``neo4j-admin database import full``. One file per node label and per
relationship type, each with its header on the first line (see
docs/exports.md): ``iri:ID`` (one id space: IRIs are unique across labels),
typed properties (``position:long``, ``confidence:double``,
``keywords:string[]``) and ``:LABEL`` (a stakeholder also gets its class,
``Stakeholder;Platform``, as the Neo4j loader gives it); relationships
``:START_ID``, ``:END_ID``, ``:TYPE`` and their properties. The types come from
``zhkg.graph.schema``, the declaration both stores load from.
"""

from __future__ import annotations

import csv
import io
import shlex
from pathlib import Path

from zhkg.export.files import OutputError, write_atomic
from zhkg.export.property_graph import PropertyGraph, plain_properties
from zhkg.graph.schema import NODE_TABLES, REL_TABLES, Property, is_safe_label

__all__ = [
    "IMPORT_COMMAND_FILE",
    "import_command",
    "neo4j_admin_files",
    "neo4j_header",
    "plain_csv_files",
    "write_files",
]

IMPORT_COMMAND_FILE = "import-command.sh"

_ADMIN_TYPES = {"STRING": "", "INT64": ":long", "DOUBLE": ":double", "STRING[]": ":string[]"}


def _csv(rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def _text(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ";".join(str(item).replace(";", ",") for item in value)
    return value


def plain_csv_files(graph: PropertyGraph) -> dict[str, bytes]:
    """``nodes.csv`` and ``edges.csv`` (Gephi's spreadsheet import, or any table tool)."""
    node_keys = sorted({k for n in graph.nodes.values() for k in n.properties if k != "iri"})
    node_rows: list[list[object]] = [["Id", "Label", "type", *node_keys]]
    for node in graph.nodes.values():
        props = plain_properties(node.properties)
        node_rows.append(
            [node.id, node.display, node.label, *(props.get(k, "") for k in node_keys)]
        )
    edge_keys = sorted({k for e in graph.edges for k in e.properties})
    edge_rows: list[list[object]] = [["Source", "Target", "Type", "Id", "Label", *edge_keys]]
    for index, edge in enumerate(graph.edges):
        props = plain_properties(edge.properties)
        edge_rows.append(
            [
                edge.source,
                edge.target,
                "Directed",
                f"e{index}",
                edge.type,
                *(props.get(k, "") for k in edge_keys),
            ]
        )
    return {"nodes.csv": _csv(node_rows), "edges.csv": _csv(edge_rows)}


def neo4j_header(prop: Property, *, node: bool = True) -> str:
    """``name``, ``position:long``, ``keywords:string[]`` … (a node's ``iri`` is its ``:ID``)."""
    if prop.name == "iri" and node:
        return "iri:ID"
    return prop.name + _ADMIN_TYPES[prop.type]


def neo4j_admin_files(graph: PropertyGraph) -> dict[str, bytes]:
    """``nodes-<Label>.csv``, ``relationships-<TYPE>.csv``: ``neo4j-admin database import``."""
    files: dict[str, bytes] = {}
    for table in NODE_TABLES:
        nodes = list(graph.nodes_with_label(table.label))
        rows: list[list[object]] = [[*(neo4j_header(p) for p in table.properties), ":LABEL"]]
        for node in nodes:
            labels = [table.label]
            kind = str(node.properties.get("kind") or "")
            if table.label == "Stakeholder" and kind and is_safe_label(kind):
                labels.append(kind)
            rows.append(
                [*(_text(node.properties.get(p.name)) for p in table.properties), ";".join(labels)]
            )
        files[f"nodes-{table.label}.csv"] = _csv(rows)
    for rel in REL_TABLES:
        edges = [edge for edge in graph.edges if edge.type == rel.type]
        if not edges:
            continue
        rows = [
            [
                ":START_ID",
                ":END_ID",
                ":TYPE",
                *(neo4j_header(p, node=False) for p in rel.properties),
            ]
        ]
        for edge in edges:
            rows.append(
                [
                    edge.source,
                    edge.target,
                    edge.type,
                    *(_text(edge.properties.get(p.name)) for p in rel.properties),
                ]
            )
        files[f"relationships-{rel.type}.csv"] = _csv(rows)
    files[IMPORT_COMMAND_FILE] = import_command(sorted(files)).encode("utf-8")
    return files


def import_command(names: list[str], database: str = "neo4j") -> str:
    """The shell script that imports the files (run it where they are, Neo4j stopped)."""
    nodes = " ".join(f"--nodes={shlex.quote(n)}" for n in names if n.startswith("nodes-"))
    rels = " ".join(
        f"--relationships={shlex.quote(n)}" for n in names if n.startswith("relationships-")
    )
    return (
        "#!/bin/sh\n"
        "# Import these files into an empty Neo4j 5 database (Neo4j stopped; the database\n"
        "# must not exist or is overwritten). Run in this folder; NEO4J_ADMIN may name the\n"
        "# neo4j-admin to use. Afterwards start Neo4j and run `zhkg load` once against it\n"
        "# (or create the iri constraints by hand) so later loads merge onto these nodes.\n"
        "set -e\n"
        f'"${{NEO4J_ADMIN:-neo4j-admin}}" database import full "${{1:-{database}}}" '
        f"--overwrite-destination=true --multiline-fields=true --array-delimiter=';' "
        f"{nodes} {rels}\n"
    )


def write_files(folder: str | Path, files: dict[str, bytes]) -> list[Path]:
    """Write several files into ``folder`` (created if missing; a file there is refused)."""
    target = Path(folder)
    if target.exists() and not target.is_dir():
        raise OutputError(
            f"{target}: is a file; CSV exports write a folder of files",
            hint="give a folder name, e.g. --out graph-csv/",
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{target}: cannot create ({exc.strerror or exc})") from exc
    written = [write_atomic(target / name, data) for name, data in files.items()]
    script = target / IMPORT_COMMAND_FILE
    if script in written:
        script.chmod(0o755)
    return written
