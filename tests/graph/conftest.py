"""Fixtures of the property-graph tests: both backends and the graphs to load.

Neo4j comes from NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE (``scripts/test``
starts a local server and sets them). When no server is configured or reachable,
the Neo4j tests FAIL if ZHKG_REQUIRE_NEO4J=1 or CI=true, and skip with the
reason otherwise. Every Neo4j test is marked ``@pytest.mark.neo4j``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph

from zhkg.errors import ZhkgError
from zhkg.graph.config import EmbeddedSettings, Neo4jSettings, resolve_settings
from zhkg.graph.embedded_store import EmbeddedStore
from zhkg.graph.neo4j_store import Neo4jStore
from zhkg.graph.rows import DocumentRows, rows_from_graph
from zhkg.ontology.ontology import load_ontology

DATA = Path(__file__).resolve().parents[1] / "data"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SAMPLE_TTL = DATA / "graph_sample.ttl"
START_HINT = 'start one with: scripts/neo4j-local start && eval "$(scripts/neo4j-local env)"'


def neo4j_required() -> bool:
    return os.environ.get("ZHKG_REQUIRE_NEO4J") == "1" or os.environ.get("CI") == "true"


def _unavailable(reason: str) -> None:
    if neo4j_required():
        pytest.fail(f"Neo4j is required (ZHKG_REQUIRE_NEO4J=1 or CI=true) but {reason}")
    pytest.skip(f"no Neo4j: {reason}; {START_HINT}")


@pytest.fixture(scope="session")
def neo4j_settings() -> Neo4jSettings:
    """The configured Neo4j, verified once per session."""
    if not os.environ.get("NEO4J_URI"):
        _unavailable("NEO4J_URI is not set")
    settings = resolve_settings()
    assert isinstance(settings, Neo4jSettings)
    store = Neo4jStore(settings)
    try:
        store.run("RETURN 1 AS ok")
    except ZhkgError as err:
        _unavailable(f"it is unreachable: {err}")
    finally:
        store.close()
    return settings


@pytest.fixture
def neo4j_store(neo4j_settings: Neo4jSettings) -> Iterator[Neo4jStore]:
    """A Neo4j store on an emptied database."""
    store = Neo4jStore(neo4j_settings)
    store.clear()
    store.ensure_schema()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def embedded_store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    """A fresh embedded store in a temporary directory."""
    store = EmbeddedStore(EmbeddedSettings(tmp_path / "graph.lbug"))
    store.ensure_schema()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest) -> EmbeddedStore | Neo4jStore:
    """Each backend in turn."""
    return request.getfixturevalue(f"{request.param}_store")  # type: ignore[no-any-return]


@pytest.fixture(scope="session")
def vocabulary() -> Graph:
    return load_ontology()


@pytest.fixture(scope="session")
def sample_graph() -> Graph:
    return Graph().parse(SAMPLE_TTL, format="turtle")


@pytest.fixture(scope="session")
def sample_groups(sample_graph: Graph, vocabulary: Graph) -> list[DocumentRows]:
    return rows_from_graph(sample_graph, vocabulary)


@pytest.fixture(scope="session")
def pipeline_graph() -> Graph:
    """The two bundled sample texts through the real stages 1-3."""
    from zhkg import pipeline

    graph, failures = pipeline.rdf_for_paths(
        [EXAMPLES / "live_commerce_stakeholders.txt", EXAMPLES / "ecommerce_law_2018.txt"]
    )
    assert failures == ()
    return graph


@pytest.fixture(scope="session")
def pipeline_groups(pipeline_graph: Graph, vocabulary: Graph) -> list[DocumentRows]:
    return rows_from_graph(pipeline_graph, vocabulary)
