"""pyoxigraph answers every named query with the same rows as rdflib, on a real corpus graph.

The graph is built from the two sample texts by the real pipeline (jieba, spaCy,
the extractor), written as Turtle and queried by ``zhkg sparql``'s two engines.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

import pytest

from zhkg import pipeline
from zhkg.errors import QueryError, RDFError
from zhkg.ontology.oxstore import open_query_store, query_graphs, store_path
from zhkg.ontology.sparql import QueryResult, load_named_queries, query_files, substitute

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
DATA = Path(__file__).resolve().parents[1] / "data"

#: Parameter sets per named query: each query runs with every set listed here.
PARAMETERS: dict[str, list[dict[str, str]]] = {
    "category-holders": [
        {"category": "售后服务"},
        {"category": "售后"},
        {"category": "信息保护"},
        {"category": "合规"},
        {"category": "不存在的类别"},
    ],
    "stakeholder-duties": [
        {"stakeholder": "平台"},
        {"stakeholder": "电子商务经营者", "modality": "must"},
        {"stakeholder": "商家", "modality": "should"},
        {"stakeholder": "平台", "modality": "may"},
        {"stakeholder": "主播"},
    ],
    "shared-duties": [{}],
    "responsibility-matrix": [{}],
    "stakeholder-relations": [
        {},
        {"stakeholder": "平台"},
        {"relation": "SERVES"},
        {"stakeholder": "平台", "relation": "SERVES"},
    ],
    "relation-network": [{}, {"stakeholders": "平台、主播、商家、消费者"}],
    "statement-evidence": [{}, {"stakeholder": "电子商务经营者"}, {"duty": "信息"}],
}


@pytest.fixture(scope="module")
def corpus_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # the research paper and the law's first chapter: rdflib's engine needs seconds per
    # query even on a graph this size, so the whole law would make the test slow
    corpus = pipeline.build_rdf(
        [EXAMPLES / "live_commerce_stakeholders.txt", DATA / "ecommerce_law_ch1_simplified.txt"]
    )
    return pipeline.write_rdf(corpus.graph, tmp_path_factory.mktemp("sparql") / "corpus.ttl")


def test_every_named_query_has_parameter_sets() -> None:
    assert set(PARAMETERS) == set(load_named_queries())


#: GROUP_CONCAT columns: SPARQL leaves the order of the joined values to the engine.
CONCATENATED = {"shared-duties": ("stakeholders", "、")}


def comparable(
    name: str, columns: tuple[str, ...], rows: tuple[tuple[object, ...], ...]
) -> Counter:
    """The rows as a multiset, with concatenated values in sorted order."""
    column, separator = CONCATENATED.get(name, ("", ""))
    at = columns.index(column) if column in columns else -1
    return Counter(
        tuple(
            separator.join(sorted(str(value).split(separator))) if i == at else value
            for i, value in enumerate(row)
        )
        for row in rows
    )


CASES = [(name, params) for name, sets in PARAMETERS.items() for params in sets]


@pytest.mark.parametrize(("name", "params"), CASES, ids=[f"{n}{p}" for n, p in CASES])
def test_oxigraph_gives_the_rows_of_rdflib(
    corpus_file: Path, name: str, params: dict[str, str]
) -> None:
    expected = query_files([corpus_file], name, params, engine="rdflib")
    got = query_files([corpus_file], name, params, engine="oxigraph")
    assert got.columns == expected.columns
    # the same rows (ties of the ORDER BY may swap places)
    assert comparable(name, got.columns, got.rows) == comparable(name, *_parts(expected))
    assert len(got.rows) == len(expected.rows)


def _parts(result: QueryResult) -> tuple[tuple[str, ...], tuple[tuple[object, ...], ...]]:
    return result.columns, result.rows


def test_the_parity_is_not_vacuous(corpus_file: Path) -> None:
    """Every query run above but the unknown category returns rows, with typed values."""
    non_empty = sum(
        bool(query_files([corpus_file], name, params, engine="oxigraph").rows)
        for name, params in CASES
    )
    assert non_empty == len(CASES) - 1
    rows = query_files([corpus_file], "category-holders", {"category": "售后服务"}).records()
    assert rows and all(isinstance(row["start"], int) for row in rows)


def test_the_store_is_kept_beside_the_file_and_rebuilt_when_it_changes(
    corpus_file: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.ttl"
    shutil.copyfile(corpus_file, copy)
    first = query_files([copy], "shared-duties")
    kept = store_path(copy)
    assert kept.is_dir() and kept.name == ".copy.ttl.oxigraph"
    stamp = (kept / "zhkg-stamp.json").read_text(encoding="utf-8")
    assert query_files([copy], "shared-duties") == first
    assert (kept / "zhkg-stamp.json").read_text(encoding="utf-8") == stamp  # reused
    # a changed file (here: emptied of data) is re-read, not answered from the old store
    copy.write_text("@prefix zhkg: <https://w3id.org/zhkg/ontology#> .\n", encoding="utf-8")
    os.utime(copy, ns=(1, 1))
    assert query_files([copy], "shared-duties").rows == ()
    assert not [p for p in tmp_path.iterdir() if ".building-" in p.name or ".old-" in p.name]


def test_an_extension_ontology_changes_the_kept_store(corpus_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.ttl"
    shutil.copyfile(corpus_file, copy)
    extension = tmp_path / "ext.ttl"
    extension.write_text(
        "@prefix zhkg: <https://w3id.org/zhkg/ontology#> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "<https://example.org/food#Rider> a owl:Class ; rdfs:subClassOf zhkg:Stakeholder ;\n"
        '    skos:prefLabel "骑手"@zh .\n',
        encoding="utf-8",
    )
    ask = 'ASK { ?c ?p "骑手"@zh }'
    plain = open_query_store([copy])
    assert not plain.query(ask, **query_graphs(plain))
    del plain
    extended = open_query_store([copy], extensions=[extension])
    assert extended.query(ask, **query_graphs(extended))  # in the ontology's graph
    assert not extended.query(ask)  # not in the data's


def test_several_files_are_queried_together(corpus_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.ttl"
    shutil.copyfile(corpus_file, copy)
    one = query_files([corpus_file], "shared-duties")
    both = query_files([corpus_file, copy], "shared-duties", engine="oxigraph")
    # the same triples twice are the same graph
    assert comparable("shared-duties", both.columns, both.rows) == comparable(
        "shared-duties", one.columns, one.rows
    )


def test_a_broken_file_and_a_non_select_query_are_one_line_errors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(RDFError, match="not valid turtle"):
        query_files([broken], "shared-duties")
    construct = tmp_path / "build.rq"
    construct.write_text("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", encoding="utf-8")
    with pytest.raises(QueryError, match="only SELECT and ASK"):
        query_files([broken], str(construct))


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        ("SELECT ?a WHERE { ?a ?p ?v }", {"v": '"x"'}, 'SELECT ?a WHERE { ?a ?p "x" }'),
        (
            "SELECT ?a ?v WHERE { ?a ?p ?v }",
            {"v": '"x"'},
            'SELECT ?a ("x" AS ?v) WHERE { ?a ?p "x" }',
        ),
        (
            "SELECT ?a WHERE { FILTER(!BOUND(?v)) }",
            {"v": "<urn:x>"},
            "SELECT ?a WHERE { FILTER(!true) }",
        ),
        ("SELECT ?a WHERE { FILTER(!BOUND(?v)) }", {}, "SELECT ?a WHERE { FILTER(!BOUND(?v)) }"),
        # strings, IRIs and comments keep what looks like a variable
        (
            'SELECT ?a WHERE { ?a <urn:?v> "?v" # ?v\n}',
            {"v": '"x"'},
            'SELECT ?a WHERE { ?a <urn:?v> "?v" # ?v\n}',
        ),
        ("SELECT ?a WHERE { ?a ?p $v, ?vv }", {"v": '"x"'}, 'SELECT ?a WHERE { ?a ?p "x", ?vv }'),
    ],
)
def test_parameters_are_pre_bound_as_terms(text: str, terms: dict[str, str], expected: str) -> None:
    assert substitute(text, terms) == expected


def test_a_value_cannot_change_the_query(corpus_file: Path) -> None:
    """A quote in a value stays inside the literal: no row matches, nothing is injected."""
    hostile = '售后" || true || "'
    assert query_files([corpus_file], "category-holders", {"category": hostile}).rows == ()


def test_category_holders_runs_its_pyoxigraph_plan() -> None:
    """The parity above compares the plan (pyoxigraph) with the portable text (rdflib)."""
    query = load_named_queries()["category-holders"]
    plan = query.text_for("oxigraph")
    assert "LATERAL" in plan and "LATERAL" not in query.text
    assert query.text_for("rdflib") == query.text


def test_a_query_file_takes_the_plan_beside_it(corpus_file: Path, tmp_path: Path) -> None:
    portable = tmp_path / "holders.rq"
    portable.write_text(
        "PREFIX zhkg: <https://w3id.org/zhkg/ontology#>\n"
        "SELECT ?s WHERE { ?s a zhkg:ResponsibilityStatement }\n",
        encoding="utf-8",
    )
    (tmp_path / "oxigraph").mkdir()
    # a plan that asks for nothing shows which text each engine ran
    (tmp_path / "oxigraph" / "holders.rq").write_text(
        "SELECT ?s WHERE { ?s ?p ?o } LIMIT 0\n", encoding="utf-8"
    )
    assert query_files([corpus_file], str(portable), engine="rdflib").rows
    assert query_files([corpus_file], str(portable), engine="oxigraph").rows == ()
