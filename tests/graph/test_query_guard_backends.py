"""`zhkg query` cannot read files, write files or run admin commands, on either backend.

Each query below once got past the guard (a ``//`` comment that the databases
end at ``\\r``, several statements in one text, a plan the tokenizer cannot
see); every one is now refused, and the test checks that its effect did not
happen: the victim file is unchanged, no file content came back, the other
client's transaction still commits.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest

from zhkg import pipeline
from zhkg.errors import QueryError, ZhkgError
from zhkg.graph.config import EmbeddedSettings, Neo4jSettings
from zhkg.graph.embedded_store import EmbeddedStore
from zhkg.graph.neo4j_store import Neo4jStore
from zhkg.graph.rows import DocumentRows

SECRET_LINE = "secret-line-of-a-local-file"


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    """A local file a query must not read (a stand-in for /etc/passwd)."""
    path = tmp_path / "secret.csv"
    path.write_text(f"{SECRET_LINE},x\n", encoding="utf-8")
    return path


@pytest.fixture
def victim_file(tmp_path: Path) -> Path:
    """An existing file a query must not overwrite."""
    path = tmp_path / "victim_file.csv"
    path.write_text("original content\n", encoding="utf-8")
    return path


@pytest.fixture
def embedded_settings(
    tmp_path: Path, sample_groups: list[DocumentRows]
) -> Iterator[EmbeddedSettings]:
    """An embedded store file holding the sample graph, closed again for ``zhkg query``."""
    settings = EmbeddedSettings(tmp_path / "graph.lbug")
    with EmbeddedStore(settings) as store:
        store.load(sample_groups)
    yield settings


def _refused(settings: object, query: str) -> ZhkgError:
    with pytest.raises(QueryError) as info:
        pipeline.query_graph(settings, query)  # type: ignore[arg-type]
    message = str(info.value)
    assert "\n" not in message
    assert SECRET_LINE not in message
    return info.value


# --- the embedded store ------------------------------------------------------------


def test_embedded_load_from_a_local_file_is_refused(
    embedded_settings: EmbeddedSettings, secret_file: Path
) -> None:
    for query in (
        f"LOAD FROM '{secret_file}' (header=false) RETURN *",
        f"MATCH (n) RETURN count(n) AS c //\rLOAD FROM '{secret_file}' (header=false) RETURN *",
        f"load from '{secret_file}' (header=false) return *",
    ):
        _refused(embedded_settings, query)


def test_embedded_copy_to_behind_a_cr_comment_does_not_overwrite_a_file(
    embedded_settings: EmbeddedSettings, victim_file: Path
) -> None:
    queries = [
        f"RETURN 4 //* c */ 2 AS x;\rCOPY (RETURN 'pwned' AS s) TO '{victim_file}'",
        f"RETURN 4 //* c */ 2 AS x; COPY (RETURN 'pwned' AS s) TO '{victim_file}'\r;",
        f"COPY (RETURN 'pwned' AS s) TO '{victim_file}'",
        f"RETURN 1 /* a **/ ' */ COPY (RETURN 'pwned' AS s) TO '{victim_file}' //'",
    ]
    for query in queries:
        _refused(embedded_settings, query)
        assert victim_file.read_text(encoding="utf-8") == "original content\n", query


def test_embedded_plan_check_refuses_what_the_tokenizer_let_through(
    embedded_settings: EmbeddedSettings, secret_file: Path, victim_file: Path
) -> None:
    """The second line: LadybugDB's EXPLAIN plan, with the tokenizer not consulted."""
    with EmbeddedStore(embedded_settings, read_only=True) as store:
        with pytest.raises(QueryError, match="READ_CSV"):
            store.run_read_only(f"LOAD FROM '{secret_file}' (header=false) RETURN *")
        with pytest.raises(QueryError, match="COPY_TO"):
            store.run_read_only(f"COPY (RETURN 'pwned' AS s) TO '{victim_file}'")
        assert victim_file.read_text(encoding="utf-8") == "original content\n"
        assert store.run_read_only("MATCH (s:Stakeholder) RETURN count(s) AS n")[0]["n"] > 0


def test_embedded_store_for_outside_queries_is_opened_read_only(
    embedded_settings: EmbeddedSettings,
) -> None:
    with EmbeddedStore(embedded_settings) as store, pytest.raises(QueryError, match="read-only"):
        store.run_read_only("MATCH (n) RETURN count(n) AS n")


# --- Neo4j -------------------------------------------------------------------------

NEO4J_PLAN_REFUSALS = [
    ("LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l[0]", "LoadCSV"),
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TerminateTransactions"),
    ("SHOW TRANSACTIONS", "ShowTransactions"),
    ("SHOW SETTINGS", "ShowSettings"),
    ("CALL dbms.listConfig()", "dbms.listConfig"),
    ("CALL dbms.listConnections()", "dbms.listConnections"),
    ("CALL db.clearQueryCaches()", "db.clearQueryCaches"),
    ("UNWIND [1] AS x CALL (x) { RETURN x AS y } IN TRANSACTIONS RETURN y", "Transaction"),
    ("CREATE (n:Stakeholder {iri: 'x'}) RETURN n", "writes"),
]


@pytest.mark.neo4j
@pytest.mark.parametrize(("query", "named"), NEO4J_PLAN_REFUSALS)
def test_neo4j_plan_check_refuses_what_the_tokenizer_let_through(
    neo4j_store: Neo4jStore, query: str, named: str
) -> None:
    """The second line: Neo4j's EXPLAIN plan, with the tokenizer not consulted."""
    with pytest.raises(QueryError) as info:
        neo4j_store.run_read_only(query)
    assert named in str(info.value) or "procedure" in str(info.value), info.value
    assert neo4j_store.counts().nodes == 0


@pytest.mark.neo4j
def test_neo4j_plan_check_lets_reads_and_listed_procedures_run(neo4j_store: Neo4jStore) -> None:
    assert neo4j_store.run_read_only("RETURN 1 AS one") == [{"one": 1}]
    neo4j_store.run_read_only("CALL db.labels()")
    assert neo4j_store.run_read_only("CALL dbms.components() YIELD name RETURN name")


@pytest.mark.neo4j
@pytest.mark.parametrize(
    "query",
    [
        "WITH 1 AS one //\rLOAD CSV FROM 'file:///etc/passwd' AS l RETURN l[0]",
        "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
        "//\rCALL dbms.listConfig()",
        "//\rCALL dbms.listConnections()",
        "//\rCALL db.clearQueryCaches()",
    ],
)
def test_neo4j_comment_hidden_file_reads_and_admin_calls_are_refused(
    neo4j_settings: Neo4jSettings, query: str
) -> None:
    _refused(neo4j_settings, query)


@pytest.mark.neo4j
def test_neo4j_terminate_behind_a_cr_comment_leaves_other_transactions_alone(
    neo4j_settings: Neo4jSettings, neo4j_store: Neo4jStore
) -> None:
    driver = neo4j_store.driver()
    with driver.session(database=neo4j_settings.database) as victim:
        tx = victim.begin_transaction()
        tx.run("CREATE (:Stakeholder {iri: 'urn:victim', name: 'v'})").consume()
        with driver.session(database=neo4j_settings.database) as admin:
            ids = [
                row["transactionId"]
                for row in admin.run("SHOW TRANSACTIONS YIELD transactionId, currentQuery")
                if "SHOW TRANSACTIONS" not in (row["currentQuery"] or "")
            ]
        assert ids
        for transaction_id in ids:
            _refused(neo4j_settings, f"//\rTERMINATE TRANSACTIONS '{transaction_id}'")
        tx.commit()  # would raise had the transaction been terminated
    assert neo4j_store.run("MATCH (s:Stakeholder {iri: 'urn:victim'}) RETURN s.name AS n") == [
        {"n": "v"}
    ]


# --- the bundled server's own configuration ------------------------------------------


@pytest.fixture
def bundled_driver(neo4j_settings: Neo4jSettings) -> Iterator[neo4j.Driver]:
    """A plain driver on the server ``scripts/neo4j-local`` runs (not a user's own server)."""
    if os.environ.get("ZHKG_NEO4J_BUNDLED") != "1":
        pytest.skip("the configured Neo4j is not the one scripts/neo4j-local runs")
    driver = neo4j.GraphDatabase.driver(
        neo4j_settings.uri, auth=(neo4j_settings.user, neo4j_settings.password)
    )
    try:
        yield driver
    finally:
        driver.close()


@pytest.mark.neo4j
def test_bundled_neo4j_refuses_file_urls_in_load_csv(
    bundled_driver: neo4j.Driver, neo4j_settings: Neo4jSettings, secret_file: Path
) -> None:
    with (
        bundled_driver.session(database=neo4j_settings.database) as session,
        pytest.raises(neo4j.exceptions.Neo4jError) as info,
    ):
        session.run(f"LOAD CSV FROM 'file://{secret_file}' AS l RETURN l").data()
    assert "file" in str(info.value).lower()
    assert SECRET_LINE not in str(info.value)


@pytest.mark.neo4j
def test_bundled_neo4j_blocks_load_csv_from_the_network(
    bundled_driver: neo4j.Driver, neo4j_settings: Neo4jSettings
) -> None:
    with (
        bundled_driver.session(database=neo4j_settings.database) as session,
        pytest.raises(neo4j.exceptions.Neo4jError, match="blocked"),
    ):
        session.run("LOAD CSV FROM 'http://127.0.0.1:9/x.csv' AS l RETURN l").consume()


@pytest.mark.neo4j
def test_bundled_neo4j_loads_no_plugin_procedures_but_the_listed_ones(
    bundled_driver: neo4j.Driver, neo4j_settings: Neo4jSettings
) -> None:
    with bundled_driver.session(database=neo4j_settings.database) as session:
        rows = session.run(
            "SHOW SETTINGS YIELD name, value "
            "WHERE name = 'dbms.security.procedures.allowlist' RETURN value"
        ).data()
    listed = set(rows[0]["value"].split(","))
    assert "db.labels" in listed
    assert not any(name.startswith(("apoc", "dbms.listConfig", "*")) for name in listed)
