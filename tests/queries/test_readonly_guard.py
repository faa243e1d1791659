"""`zhkg query` refuses write clauses by tokens, not by substring."""

from __future__ import annotations

import pytest

from zhkg.errors import QueryError, ReadOnlyQueryError
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
    ("MATCH (n) RETURN n CREATE (m)", "CREATE"),
    # Bypasses through a '//' comment that the databases end at '\r' (and other line ends)
    ("WITH 1 AS one //\rLOAD CSV FROM 'file:///etc/passwd' AS l RETURN l[0]", "LOAD"),
    ("//\rTERMINATE TRANSACTIONS 'neo4j-transaction-7'", "TERMINATE at line 2"),
    ("RETURN 1 //\rCALL dbms.listConfig()", "CALL dbms.listConfig"),
    ("RETURN 1 //\rCALL dbms.listConnections()", "CALL dbms.listConnections"),
    ("RETURN 1 //\rCALL db.clearQueryCaches()", "CALL db.clearQueryCaches"),
    # LadybugDB: '//' ending at a lone '\r' is no comment but '/' and a '/* */' comment
    ("RETURN 4 //* c */ 2 AS x;\rCOPY (RETURN 'x' AS s) TO 'victim.csv'", "COPY"),
    ("RETURN 4 //* c */ 2 AS x, 1 AS y COPY (RETURN 1 AS s) TO 'v.csv'\r ", "COPY"),
    # LadybugDB: '/* a **/' does not end the comment; Neo4j: it does
    ("RETURN 1 /* a **/ ' */ COPY (RETURN 1 AS s) TO 'f' //'", "COPY"),
    # LadybugDB knows few escapes; Neo4j takes a backslash with any character
    ("RETURN 'a\\q' AS s, ' CREATE (n) //' AS t", "unterminated"),
    ("LOAD FROM '/etc/passwd' (file_format='csv', delim=':') RETURN *", "LOAD"),
    ("RETURN 1 //\rLOAD FROM 'x.csv' RETURN *", "LOAD"),
    ("COPY (RETURN 'x' AS s) TO 'victim.csv'", "COPY"),
    ("ATTACH 'other.lbug' AS o (dbtype lbug)", "ATTACH"),
    ("INSTALL json", "INSTALL"),
    ("LOAD EXTENSION json", "LOAD"),
    ("EXPORT DATABASE 'dump'", "EXPORT"),
    ("IMPORT DATABASE 'dump'", "IMPORT"),
    ("SHOW SETTINGS", "SHOW"),
    ("USE system MATCH (n) RETURN n", "USE"),
    ("RETURN 1.\nCOPY (RETURN 1 AS s) TO 'x.csv'", "COPY"),
    ("rEtUrN 1 /* x */ cOpY (RETURN 1 AS s) TO 'x.csv'", "COPY"),
    ("RETURN apoc.util.sleep(1)", "apoc.util.sleep()"),
]

SEVERAL_STATEMENTS = [
    "MATCH (n) RETURN n; CREATE (m)",
    "RETURN 4 //* c */ 2 AS x; RETURN 1\r;",
    "RETURN 1; RETURN 2",
    "RETURN 1 ;/* */; RETURN 2",
]

UNTERMINATED = [
    ("MATCH (n) RETURN n /* CREATE (m)", "comment"),
    ("RETURN 'abc", "string"),
    ('RETURN "abc\\" + 1', "string"),
    ("MATCH (`n) RETURN 1", "quoted name"),
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
    "MATCH (n) RETURN n;",
    "MATCH (n) RETURN n; // done",
    "MATCH (n) RETURN n.load AS l, n.copy AS c, n.show AS s",
    "RETURN point.distance(point({x: 1, y: 1}), point({x: 2, y: 2})) AS d",
    "RETURN duration.between(date('2024-01-01'), date('2024-02-01')) AS d",
    "RETURN 'a // b' AS s, '/* c */' AS t",
    "MATCH (n) // a comment ending at a CR LF\r\nRETURN n",
    # both databases read these line ends as part of the '//' comment (checked on both)
    "RETURN 1 //\u2028CALL dbms.listConfig()",
    "RETURN 1 //\x85 CALL dbms.listConnections()",
]


@pytest.mark.parametrize(("query", "found"), REFUSED)
def test_write_clauses_are_refused_with_their_position(query: str, found: str) -> None:
    with pytest.raises(QueryError, match=r"refused a query that writes|unterminated") as info:
        check_read_only(query)
    assert found in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("query", SEVERAL_STATEMENTS)
def test_several_statements_are_refused_before_anything_runs(query: str) -> None:
    with pytest.raises(ReadOnlyQueryError, match="several statements"):
        check_read_only(query)


@pytest.mark.parametrize(("query", "what"), UNTERMINATED)
def test_unterminated_comments_strings_and_names_are_refused(query: str, what: str) -> None:
    with pytest.raises(QueryError, match=f"unterminated {what}"):
        check_read_only(query)


@pytest.mark.parametrize("query", ALLOWED)
def test_reads_that_merely_contain_keywords_are_allowed(query: str) -> None:
    check_read_only(query)


@pytest.mark.parametrize("name", sorted(load_queries()))
def test_every_named_query_is_read_only(name: str) -> None:
    check_read_only(load_queries()[name].text)
