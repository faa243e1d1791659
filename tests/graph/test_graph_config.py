"""Where the graph lives: options first, then NEO4J_* / ZHKG_DB, then the user data dir."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.errors import GraphStoreError
from zhkg.graph.config import (
    EmbeddedSettings,
    Neo4jSettings,
    StoreSettings,
    default_db_path,
    resolve_settings,
)

ENV = {
    "NEO4J_URI": "bolt://db.example:7687",
    "NEO4J_USER": "reader",
    "NEO4J_PASSWORD": "secret",
    "NEO4J_DATABASE": "zhkg",
}


@pytest.mark.parametrize(
    ("options", "environ", "expected"),
    [
        ({}, {}, EmbeddedSettings(default_db_path())),
        ({}, {"ZHKG_DB": "/data/g.lbug"}, EmbeddedSettings(Path("/data/g.lbug"))),
        ({"db": "x.lbug"}, ENV, EmbeddedSettings(Path("x.lbug"))),
        ({}, ENV, Neo4jSettings("bolt://db.example:7687", "reader", "secret", "zhkg")),
        ({}, {"NEO4J_URI": "neo4j://h:1"}, Neo4jSettings("neo4j://h:1", "neo4j", "", "neo4j")),
        (
            {"neo4j_uri": "bolt://other:1", "neo4j_password": "pw"},
            ENV,
            Neo4jSettings("bolt://other:1", "reader", "pw", "zhkg"),
        ),
        (
            {"neo4j_user": "u", "neo4j_database": "d", "neo4j_password": ""},
            ENV,
            Neo4jSettings("bolt://db.example:7687", "u", "", "d"),
        ),
        (
            {},
            {"NEO4J_URI": "bolt://h:1", "NEO4J_USERNAME": "alt"},
            Neo4jSettings("bolt://h:1", "alt"),
        ),
    ],
)
def test_resolution_order(
    options: dict[str, str], environ: dict[str, str], expected: StoreSettings
) -> None:
    assert resolve_settings(**options, environ=environ) == expected  # type: ignore[arg-type]


def test_db_and_neo4j_uri_together_are_refused() -> None:
    with pytest.raises(GraphStoreError, match="both --db and --neo4j-uri"):
        resolve_settings(db="x.lbug", neo4j_uri="bolt://h:1", environ={})


def test_the_default_store_is_in_the_user_data_dir() -> None:
    path = default_db_path()
    assert path.name == "graph.lbug"
    assert path.parent.name == "zhkg"


def test_the_password_is_not_in_the_repr() -> None:
    assert "secret" not in repr(Neo4jSettings("bolt://h:1", "u", "secret"))
