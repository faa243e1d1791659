"""No comment, whitespace, case or string trick gets a forbidden statement run, on either backend.

Hypothesis builds queries from a harmless read and a forbidden statement (a
file read, a file write, a database write, an admin call) joined and dressed up
with the tricks that once fooled the guard: ``//`` comments ended by ``\\r``,
``\\u2028`` and friends, ``//*`` that LadybugDB reads as a division and a
comment, ``/* a **/`` that it reads as an open comment, strings with escapes,
keywords in any case, statements after ``;``. Whatever the query, the test
checks the effects: no file written or created, no file content returned, the
graph unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zhkg import pipeline
from zhkg.errors import QueryError
from zhkg.graph.config import EmbeddedSettings, Neo4jSettings, StoreSettings
from zhkg.graph.embedded_store import EmbeddedStore
from zhkg.graph.neo4j_store import Neo4jStore
from zhkg.graph.rows import DocumentRows

SECRET_LINE = "secret-line-of-a-local-file"
#: Reads that end in an expression, so that a following ``/`` is a valid division.
HARMLESS = [
    "RETURN 4",
    "MATCH (n) RETURN count(n)",
    "MATCH (s:Stakeholder) RETURN s.name",
    "RETURN 'it\\'s // not /* a comment'",
]
#: What may open a comment or string before the forbidden statement …
OPENERS = [
    "", " ", ";", "; ", "//", "//x", "//* c */ 2 AS x;", "//* c */ 2 AS x,", "/* a **/",
    "/*", "' //", '" //', "`", "\\", "/* '", "*/", "//\u2028", "//\x0b", " AS y;",
]  # fmt: skip
#: … what may end it (line ends both databases read differently) …
CLOSERS = ["", " ", "\r", "\n", "\r\n", "\u2028", "\u2029", "\x85", "\t", "*/", "'", '"', "`"]
#: … and what may follow the statement.
TRAILERS = ["", ";", "\r;", "\r", "\r ", "//'", "*/", "'", " //", "\n"]
SPACES = [" ", "\t", "\n", "\r", "\r\n", "\u2028", "\u00a0", "/* c */", "/**/", "//x\r\n"]


@dataclass(frozen=True)
class Scene:
    """A store holding the sample graph, and the files a forbidden statement would touch."""

    settings: StoreSettings
    secret: Path
    victim: Path
    elsewhere: Path
    nodes: int


def _mixed_case(draw: st.DrawFn, text: str) -> str:
    """Random case for the words outside quotes (paths and strings stay as they are)."""
    parts = text.split("'")
    for index in range(0, len(parts), 2):
        parts[index] = "".join(
            char.swapcase() if char.isalpha() and draw(st.booleans()) else char
            for char in parts[index]
        )
    return "'".join(parts)


def _spaced(draw: st.DrawFn, text: str) -> str:
    """Each space outside quotes replaced by a whitespace or comment variant."""
    parts = text.split("'")
    for index in range(0, len(parts), 2):
        pieces = parts[index].split(" ")
        parts[index] = pieces[0] + "".join(
            draw(st.sampled_from(SPACES)) + piece for piece in pieces[1:]
        )
    return "'".join(parts)


@st.composite
def hostile_queries(draw: st.DrawFn, forbidden: tuple[str, ...]) -> str:
    statement = draw(st.sampled_from(forbidden))
    statement = _spaced(draw, _mixed_case(draw, statement))
    opener, closer = draw(st.sampled_from(OPENERS)), draw(st.sampled_from(CLOSERS))
    trailer = draw(st.sampled_from(TRAILERS))
    if draw(st.booleans()):
        return draw(st.sampled_from(HARMLESS)) + opener + closer + statement + trailer
    return opener + closer + statement + trailer + draw(st.sampled_from(HARMLESS))


def _placed(scene: Scene, template: str) -> str:
    return (
        template.replace("VICTIM", str(scene.victim))
        .replace("SECRET", str(scene.secret))
        .replace("ELSEWHERE", str(scene.elsewhere))
    )


def _assert_nothing_ran(scene: Scene, template: str) -> None:
    query = _placed(scene, template)
    try:
        rows = pipeline.query_graph(scene.settings, query)
    except QueryError as refused:
        text = str(refused)
        assert "\n" not in text
    else:
        text = repr(rows)
    assert SECRET_LINE not in text, query
    assert scene.victim.read_text(encoding="utf-8") == "original content\n", query
    assert not scene.elsewhere.exists(), query
    with _reopen(scene.settings) as store:
        assert store.counts().nodes == scene.nodes, query


def _reopen(settings: StoreSettings) -> EmbeddedStore | Neo4jStore:
    if isinstance(settings, EmbeddedSettings):
        return EmbeddedStore(settings, read_only=True)
    assert isinstance(settings, Neo4jSettings)
    return Neo4jStore(settings)


def _files(folder: Path) -> tuple[Path, Path, Path]:
    secret = folder / "secret.csv"
    secret.write_text(f"{SECRET_LINE},x\n", encoding="utf-8")
    victim = folder / "victim_file.csv"
    victim.write_text("original content\n", encoding="utf-8")
    return secret, victim, folder / "elsewhere"


@pytest.fixture(scope="module")
def embedded_scene(
    tmp_path_factory: pytest.TempPathFactory, sample_groups: list[DocumentRows]
) -> Scene:
    folder = tmp_path_factory.mktemp("embedded-guard")
    secret, victim, elsewhere = _files(folder)
    settings = EmbeddedSettings(folder / "graph.lbug")
    with EmbeddedStore(settings) as store:
        store.load(sample_groups)
        nodes = store.counts().nodes
    return Scene(settings, secret, victim, elsewhere, nodes)


@pytest.fixture(scope="module")
def neo4j_scene(
    tmp_path_factory: pytest.TempPathFactory,
    neo4j_settings: Neo4jSettings,
    sample_groups: list[DocumentRows],
) -> Iterator[Scene]:
    folder = tmp_path_factory.mktemp("neo4j-guard")
    secret, victim, elsewhere = _files(folder)
    with Neo4jStore(neo4j_settings) as store:
        store.clear()
        store.load(sample_groups)
        nodes = store.counts().nodes
    yield Scene(neo4j_settings, secret, victim, elsewhere, nodes)
    with Neo4jStore(neo4j_settings) as store:
        store.clear()


EMBEDDED_FORBIDDEN = (
    "COPY (RETURN 'pwned' AS s) TO 'VICTIM'",
    "LOAD FROM 'SECRET' (header=false) RETURN *",
    "EXPORT DATABASE 'ELSEWHERE'",
    "ATTACH 'ELSEWHERE' AS other (dbtype lbug)",
    "CREATE (n:Stakeholder {iri: 'urn:x', name: 'x'})",
    "MATCH (n) DETACH DELETE n",
)
NEO4J_FORBIDDEN = (
    "LOAD CSV FROM 'file://SECRET' AS l RETURN l",
    "CREATE (n:Stakeholder {iri: 'urn:x', name: 'x'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Stakeholder) SET n.name = 'x'",
    "CALL dbms.listConfig() YIELD name RETURN name",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "UNWIND [1] AS x CALL (x) { CREATE (n:Stakeholder {iri: 'urn:y'}) } IN TRANSACTIONS",
)
#: The bypasses found by hand, always tried first.
EMBEDDED_KNOWN = [
    "RETURN 4 //* c */ 2 AS x;\rCOPY (RETURN 'pwned' AS s) TO 'VICTIM'",
    "RETURN 4 //* c */ 2 AS x; COPY (RETURN 'pwned' AS s) TO 'VICTIM'\r;",
    "RETURN 1 /* a **/ ' */ COPY (RETURN 'pwned' AS s) TO 'VICTIM' //'",
    "MATCH (n) RETURN count(n) //\rLOAD FROM 'SECRET' (header=false) RETURN *",
]
NEO4J_KNOWN = [
    "WITH 1 AS one //\rLOAD CSV FROM 'file://SECRET' AS l RETURN l[0]",
    "//\rTERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "//\rCALL dbms.listConfig() YIELD name RETURN name",
    "RETURN 1 AS a //\rCREATE (n:Stakeholder {iri: 'urn:x', name: 'x'})",
]

_SETTINGS = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.mark.parametrize("template", EMBEDDED_KNOWN)
def test_known_bypasses_run_nothing_on_the_embedded_store(
    embedded_scene: Scene, template: str
) -> None:
    _assert_nothing_ran(embedded_scene, template)


@_SETTINGS
@given(query=hostile_queries(EMBEDDED_FORBIDDEN))
def test_no_forbidden_statement_runs_on_the_embedded_store(
    embedded_scene: Scene, query: str
) -> None:
    _assert_nothing_ran(embedded_scene, query)


@pytest.mark.neo4j
@pytest.mark.parametrize("template", NEO4J_KNOWN)
def test_known_bypasses_run_nothing_on_neo4j(neo4j_scene: Scene, template: str) -> None:
    _assert_nothing_ran(neo4j_scene, template)


@pytest.mark.neo4j
@settings(_SETTINGS, max_examples=60)
@given(query=hostile_queries(NEO4J_FORBIDDEN))
def test_no_forbidden_statement_runs_on_neo4j(neo4j_scene: Scene, query: str) -> None:
    _assert_nothing_ran(neo4j_scene, query)
