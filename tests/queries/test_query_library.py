"""Named queries: header comments give name, description and typed parameters."""

from __future__ import annotations

import pytest

from zhkg.errors import QueryError
from zhkg.queries.library import QueryParam, get_query, load_queries, parse_named_query

EXPECTED_QUERIES = {
    "who_is_responsible": ("topic",),
    "stakeholder_duties": ("stakeholder", "modality"),
    "shared_duties": ("topic", "min_holders"),
    "responsibility_matrix": (),
    "stakeholder_relations": ("stakeholder", "other", "relation", "role", "kinds"),
    "relation_network": ("stakeholders",),
    "relation_path": ("source", "target"),
    "statement_evidence": ("statement",),
    "stakeholders": (),
    "duties_of": ("stakeholders", "modalities", "surface"),
    "who_among": ("stakeholders", "topic"),
    "documents_about": ("stakeholders", "topic"),
    "related_parties": ("relation", "stakeholders", "role"),
    "duties_with_verb": ("verb", "stakeholders", "role"),
    "relations_between": ("stakeholders", "others"),
    "relations_of": ("stakeholders",),
}


def test_the_library_holds_the_documented_queries() -> None:
    queries = load_queries()
    assert {
        name: tuple(p.name for p in q.params) for name, q in queries.items()
    } == EXPECTED_QUERIES
    for query in queries.values():
        assert query.description and query.example.startswith("zhkg run-query " + query.name)
        assert "ORDER BY" in query.text  # results are deterministic on both backends
        assert "EXISTS" not in query.text.upper()


HEADER = """// name: demo
// description: A demo query.
// param: topic — a topic
// param: modality = "" — a modality or empty
// param: min_holders: int = 2 — at least this many
// example: zhkg run-query demo --param topic=售后
MATCH (n) RETURN n.name AS name ORDER BY name
"""


def test_header_parsing() -> None:
    query = parse_named_query(HEADER, "demo.cypher")
    assert query.name == "demo"
    assert query.description == "A demo query."
    assert query.params == (
        QueryParam("topic", "str", None, "a topic"),
        QueryParam("modality", "str", "", "a modality or empty"),
        QueryParam("min_holders", "int", 2, "at least this many"),
    )
    assert query.text == "MATCH (n) RETURN n.name AS name ORDER BY name"


@pytest.mark.parametrize(
    ("values", "bound"),
    [
        ({"topic": "售后"}, {"topic": "售后", "modality": "", "min_holders": 2}),
        (
            {"topic": "售后", "min_holders": "3"},
            {"topic": "售后", "modality": "", "min_holders": 3},
        ),
        ({"topic": "x", "modality": "must"}, {"topic": "x", "modality": "must", "min_holders": 2}),
    ],
)
def test_bind_fills_defaults_and_converts_types(
    values: dict[str, object], bound: dict[str, object]
) -> None:
    assert parse_named_query(HEADER, "demo.cypher").bind(values) == bound


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({}, "needs the parameter topic"),
        ({"topic": "x", "colour": "red"}, "has no parameter colour"),
        ({"topic": "x", "min_holders": "many"}, "min_holders must be int"),
    ],
)
def test_bind_errors_are_clear(values: dict[str, object], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_named_query(HEADER, "demo.cypher").bind(values)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("MATCH (n) RETURN n", "no '// name:' line"),
        ("// name: x\nMATCH (n) RETURN n", "no '// description:' line"),
        ("// name: x\n// description: d\n", "no Cypher after the header"),
        ("// name: x\n// description: d\n// param: 1bad\nRETURN 1", "cannot read the parameter"),
    ],
)
def test_malformed_headers_are_refused(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_named_query(text, "bad.cypher")


def test_unknown_query_lists_the_known_ones() -> None:
    with pytest.raises(QueryError, match=r"no named query 'nope'.*who_is_responsible"):
        get_query("nope")


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("平台、主播，商家", ["平台", "主播", "商家"]),
        ("平台, 主播", ["平台", "主播"]),
        (["平台", "主播"], ["平台", "主播"]),
        ("", []),
    ],
)
def test_a_list_parameter_takes_names_separated_by_commas(value: object, names: list[str]) -> None:
    query = get_query("relation_network")
    assert query.bind({"stakeholders": value}) == {"stakeholders": names}
    assert query.bind({}) == {"stakeholders": []}


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"stakeholder": "平台", "relation": "HELPS"}, "relation 'HELPS' is not one of SUPERVISES"),
        ({"stakeholder": "平台", "role": "actor"}, "role 'actor' is not one of subject, object"),
    ],
)
def test_relation_parameters_are_checked_against_their_vocabulary(
    values: dict[str, object], message: str
) -> None:
    with pytest.raises(QueryError, match=message):
        get_query("stakeholder_relations").bind(values)
