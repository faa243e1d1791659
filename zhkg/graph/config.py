"""Where the property graph lives: Neo4j connection settings or an embedded path.

Resolution order (first wins):

1. ``--db PATH`` — the embedded LadybugDB store at PATH;
2. ``--neo4j-uri`` or the ``NEO4J_URI`` environment variable — Neo4j, with user,
   password and database from ``--neo4j-user``/``--neo4j-password``/
   ``--neo4j-database`` or ``NEO4J_USER``/``NEO4J_PASSWORD``/``NEO4J_DATABASE``
   (defaults ``neo4j``, no password, ``neo4j``);
3. the ``ZHKG_DB`` environment variable — an embedded store at that path;
4. the embedded store ``graph.lbug`` in the user data directory
   (``platformdirs.user_data_path("zhkg")``, e.g. ``~/.local/share/zhkg/graph.lbug``
   on Linux), so ``zhkg load`` and ``zhkg who`` find the same graph from any
   directory without a server.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_path

from zhkg.errors import GraphStoreError

__all__ = [
    "DEFAULT_DB_NAME",
    "EmbeddedSettings",
    "Neo4jSettings",
    "StoreSettings",
    "default_db_path",
    "resolve_settings",
]

DEFAULT_DB_NAME = "graph.lbug"


@dataclass(frozen=True, slots=True)
class Neo4jSettings:
    """A Neo4j server; the database name is always passed to the driver."""

    uri: str
    user: str = "neo4j"
    password: str = field(default="", repr=False)
    database: str = "neo4j"

    def describe(self) -> str:
        return f"Neo4j at {self.uri} (database {self.database})"


@dataclass(frozen=True, slots=True)
class EmbeddedSettings:
    """An embedded LadybugDB database file."""

    path: Path

    def describe(self) -> str:
        return f"embedded store {self.path}"


StoreSettings = Neo4jSettings | EmbeddedSettings


def default_db_path() -> Path:
    """The embedded store used when nothing else is configured."""
    return user_data_path("zhkg", appauthor=False) / DEFAULT_DB_NAME


def resolve_settings(
    *,
    db: str | Path | None = None,
    neo4j_uri: str | None = None,
    neo4j_user: str | None = None,
    neo4j_password: str | None = None,
    neo4j_database: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> StoreSettings:
    """Options first, then the environment, then the default embedded store."""
    env = os.environ if environ is None else environ
    # an empty value is an unset shell variable ("--db $DB"), not a choice of the default
    if db is not None and not str(db).strip():
        raise GraphStoreError(
            "--db is empty", hint="give a database file, e.g. --db graph.lbug, or leave it out"
        )
    if neo4j_uri is not None and not neo4j_uri.strip():
        raise GraphStoreError(
            "--neo4j-uri is empty",
            hint="give a URI such as bolt://127.0.0.1:7687, or leave it out for the embedded store",
        )
    if db is not None and neo4j_uri:
        raise GraphStoreError(
            "both --db and --neo4j-uri were given",
            hint="choose the embedded store (--db) or a Neo4j server (--neo4j-uri)",
        )
    if db is not None:
        return EmbeddedSettings(Path(db).expanduser())
    uri = neo4j_uri or env.get("NEO4J_URI", "")
    if uri:
        return Neo4jSettings(
            uri=uri,
            user=neo4j_user or env.get("NEO4J_USER") or env.get("NEO4J_USERNAME") or "neo4j",
            password=(
                neo4j_password if neo4j_password is not None else env.get("NEO4J_PASSWORD", "")
            ),
            database=neo4j_database or env.get("NEO4J_DATABASE") or "neo4j",
        )
    if env.get("ZHKG_DB"):
        return EmbeddedSettings(Path(env["ZHKG_DB"]).expanduser())
    return EmbeddedSettings(default_db_path())
