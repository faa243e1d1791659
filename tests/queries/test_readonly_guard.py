"""`zhkg query` refuses write clauses by tokens, not by substring."""

from __future__ import annotations

import pytest

from zhkg.errors import ReadOnlyQueryError
from zhkg.queries.library import load_queries
from zhkg.queries.readonly import check_read_only

REFUSED = [
    ("CREATE (n:Stakeholder {iri: 'x'})", "CREATE"),
    ("MATCH (n) SET n.name = 'x'", "SET"),
    ("MERGE (n:Stakeholder {iri: 'x'}) RETURN n", "MERGE"),
    ("MATCH (n) DELETE n", "DELETE"),
    ("match (n) detach delete n", "DETACH"),
    ("MATCH (n:Stakeholder) REMOVE n:Platform", "REMOVE"),
    ("DROP CONSTRAINT stakeholder_iri", "DROP"),
    ("DROP TABLE Stakeholder", "DROP"),
    ("LOAD CSV FROM 'file:///x.csv' AS row RETURN row", "LOAD"),
    ("MATCH (n) FOREACH (x IN [1] | SET n.y = x)", "FOREACH"),
    ("CALL apoc.create.node(['X'], {})", "CALL apoc.create.node"),
    (
        "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})",
        "CALL apoc.periodic.iterate",
    ),
    ("CALL db.createLabel('X')", "CALL db.createLabel"),
    ("CALL apoc.cypher.runWrite('CREATE (n)', {})", "CALL apoc.cypher.runWrite"),
    ("MATCH (n) CALL { WITH n RETURN n.x AS x } IN TRANSACTIONS RETURN x", "IN TRANSACTIONS"),
    ("MATCH (n)\n  // a comment\n  SET n.x = 1", "SET at line 3, column 3"),
    ("COPY Stakeholder FROM 'x.csv'", "COPY"),
    ("BEGIN TRANSACTION", "BEGIN"),
    ("MATCH (n) RETURN n; CREATE (m)", "CREATE"),
]

ALLOWED = [
    "MATCH (s:Stakeholder) RETURN s.name",
    "MATCH (s:Sentence) WHERE s.text CONTAINS 'CREATE' RETURN s.text",
    'MATCH (s:Sentence) WHERE s.text CONTAINS "DETACH DELETE n" RETURN s.text',
    "MATCH (s:Sentence) WHERE s.text = 'it\\'s SET' RETURN s.text",
    "// CREATE (n) is a comment\nMATCH (n) RETURN count(n)",
    "/* MERGE\n DELETE */ MATCH (n) RETURN n",
    "MATCH (n) RETURN n.set AS set_value, n.`create` AS c",
    "MATCH (n) WHERE n.name = $delete RETURN n",
    "RETURN {create: 1, merge: 2} AS m",
    "MATCH (n:Set) RETURN n",
    "CALL db.labels()",
    "CALL db.labels() YIELD label RETURN label",
    "MATCH (n) CALL { WITH n RETURN n.x AS x } RETURN x",
    "MATCH (s:Stakeholder) WHERE s.kind STARTS WITH 'Plat' RETURN s.name ORDER BY s.name",
]


@pytest.mark.parametrize(("query", "found"), REFUSED)
def test_write_clauses_are_refused_with_their_position(query: str, found: str) -> None:
    with pytest.raises(ReadOnlyQueryError, match="refused a query that writes") as info:
        check_read_only(query)
    assert found in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("query", ALLOWED)
def test_reads_that_merely_contain_keywords_are_allowed(query: str) -> None:
    check_read_only(query)


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_every_named_query_is_read_only(name: str) -> None:
    check_read_only(load_queries()[name].text)
