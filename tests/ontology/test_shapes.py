"""SHACL: the sample conforms; each kind of broken data gives a clear violation line."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdf_factory import make_extraction
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from zhkg.errors import ShapeViolationError
from zhkg.ontology.builder import build_graph
from zhkg.ontology.namespace import ZHKG, ZHKG_ID
from zhkg.ontology.ontology import TermIndex, load_shapes
from zhkg.ontology.oxstore import add_ontology, query_graphs
from zhkg.ontology.shape_queries import DOUBTFUL_LITERAL, compile_shapes, shapes_maybe_broken
from zhkg.ontology.validate import ensure_valid, validate_graph

STREAMER = ZHKG_ID["stakeholder/%E4%B8%BB%E6%92%AD"]
S1 = ZHKG_ID["doc/sample/sentence/1"]


def streamer_statement(graph: Graph) -> URIRef:
    (node,) = graph.subjects(ZHKG.holder, STREAMER)
    assert isinstance(node, URIRef)
    return node


def drop_holder(graph: Graph) -> None:
    graph.remove((streamer_statement(graph), ZHKG.holder, None))


def reverse_offsets(graph: Graph) -> None:
    graph.set((S1, ZHKG.startOffset, Literal(40, datatype=XSD.integer)))


def negative_offset(graph: Graph) -> None:
    graph.set((S1, ZHKG.startOffset, Literal(-3, datatype=XSD.integer)))


def bad_modality(graph: Graph) -> None:
    graph.set((streamer_statement(graph), ZHKG.modality, ZHKG.Streamer))


def two_modalities(graph: Graph) -> None:
    graph.add((streamer_statement(graph), ZHKG.modality, ZHKG.May))


def confidence_too_high(graph: Graph) -> None:
    value = Literal(Decimal("1.5"), datatype=XSD.decimal)
    graph.set((streamer_statement(graph), ZHKG.confidence, value))


def no_evidence(graph: Graph) -> None:
    graph.remove((streamer_statement(graph), ZHKG.evidence, None))


def untyped_holder(graph: Graph) -> None:
    graph.remove((STREAMER, RDF.type, None))


def holder_is_a_sentence(graph: Graph) -> None:
    graph.set((streamer_statement(graph), ZHKG.holder, S1))


def path_in_source(graph: Graph) -> None:
    graph.set((ZHKG_ID["doc/sample"], ZHKG.sourcePath, Literal("/home/someone/sample.txt")))


@pytest.fixture(scope="module")
def built(terms: TermIndex) -> Graph:
    return build_graph([make_extraction()], terms)


def test_sample_conforms(built: Graph, ontology: Graph) -> None:
    report = validate_graph(built, ontology=ontology)
    assert report.conforms, report.text()
    assert report.lines() == [f"valid: {len(built)} triples conform to the zhkg shapes"]


@pytest.mark.parametrize(
    ("breaking", "focus", "path", "message"),
    [
        (drop_holder, "zhkgid:doc/sample/statement/", "zhkg:holder", "exactly one holder"),
        (
            reverse_offsets,
            "zhkgid:doc/sample/sentence/1",
            "zhkg:startOffset",
            "less than endOffset",
        ),
        (negative_offset, "zhkgid:doc/sample/sentence/1", "zhkg:startOffset", "non-negative"),
        (bad_modality, "zhkgid:doc/sample/statement/", "zhkg:modality", "zhkg:Must, zhkg:MustNot"),
        (two_modalities, "zhkgid:doc/sample/statement/", "zhkg:modality", "exactly one modality"),
        (confidence_too_high, "zhkgid:doc/sample/statement/", "zhkg:confidence", "between 0 and 1"),
        (no_evidence, "zhkgid:doc/sample/statement/", "zhkg:evidence", "evidence sentence"),
        (untyped_holder, "zhkgid:stakeholder/主播", "-", "zhkg:Stakeholder"),
        (holder_is_a_sentence, "zhkgid:doc/sample/statement/", "zhkg:holder", "exactly one holder"),
        (path_in_source, "zhkgid:doc/sample", "zhkg:sourcePath", "without directories"),
    ],
)
def test_broken_data_gives_a_readable_violation(
    built: Graph,
    ontology: Graph,
    breaking: Callable[[Graph], None],
    focus: str,
    path: str,
    message: str,
) -> None:
    graph = Graph()
    graph += built
    breaking(graph)
    report = validate_graph(graph, ontology=ontology)
    assert not report.conforms
    matching = [
        line
        for line in report.lines()
        if line.startswith(f"Violation: {focus}") and f" {path}: " in line and message in line
    ]
    assert matching, report.text()
    assert report.lines()[-1].startswith("invalid: ")


def test_ensure_valid_raises_with_the_report(built: Graph, ontology: Graph) -> None:
    graph = Graph()
    graph += built
    drop_holder(graph)
    with pytest.raises(ShapeViolationError) as info:
        ensure_valid(graph, ontology=ontology)
    assert "exactly one holder" in str(info.value)
    assert "\n" not in str(info.value)
    assert "exactly one holder" in info.value.report


# --- the same shapes asked in SPARQL (zhkg.ontology.shape_queries) ------------------


def _oxstore(data: Graph, ontology: Graph) -> ox.Store:
    store = ox.Store()
    store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    add_ontology(store, ontology)
    return store


def _quick(data: Graph, ontology: Graph, shapes: Graph | None = None) -> list[str] | None:
    store = _oxstore(data, ontology)
    return shapes_maybe_broken(store, shapes or load_shapes(), query_graphs(store))


def _bare_string_offset(graph: Graph) -> None:
    graph.set((S1, ZHKG.startOffset, Literal("3")))


def _ill_typed_offset(graph: Graph) -> None:
    graph.set((S1, ZHKG.startOffset, Literal("three", datatype=XSD.integer)))


def _subclass_holder(graph: Graph) -> None:
    """A holder typed only by a subclass of a stakeholder class is still a stakeholder."""
    local = URIRef("urn:example:LocalStreamer")
    graph.add((local, RDFS.subClassOf, ZHKG.Streamer))
    graph.remove((STREAMER, RDF.type, None))
    graph.add((STREAMER, RDF.type, local))


@pytest.mark.parametrize(
    "breaking",
    [
        None,
        drop_holder,
        reverse_offsets,
        negative_offset,
        bad_modality,
        two_modalities,
        confidence_too_high,
        no_evidence,
        untyped_holder,
        holder_is_a_sentence,
        path_in_source,
        _bare_string_offset,
        _ill_typed_offset,
        _subclass_holder,
    ],
    ids=lambda breaking: getattr(breaking, "__name__", "intact"),
)
def test_the_shapes_in_sparql_find_what_pyshacl_finds(
    built: Graph, ontology: Graph, breaking: Callable[[Graph], None] | None
) -> None:
    graph = Graph()
    graph += built
    if breaking is not None:
        breaking(graph)
    report = validate_graph(graph, ontology=ontology)
    maybe_broken = _quick(graph, ontology)
    assert maybe_broken is not None
    assert (maybe_broken == []) is (report.violations == ()), (maybe_broken, report.text())


def test_a_doubtful_value_counts_as_maybe_broken(built: Graph, ontology: Graph) -> None:
    """A number the store cannot read back as written is left to pyshacl."""
    graph = Graph()
    graph += built
    _ill_typed_offset(graph)
    assert _quick(graph, ontology) == [
        DOUBTFUL_LITERAL,
        "https://w3id.org/zhkg/shapes#SentenceShape",
    ]


def test_an_ill_typed_literal_of_no_shape_is_doubtful_too(built: Graph, ontology: Graph) -> None:
    """rdflib refuses it whatever node it is on, so the exact check must run."""
    graph = Graph()
    graph += built
    graph.add(
        (URIRef("urn:example:untyped"), ZHKG.sentenceIndex, Literal("x", datatype=XSD.integer))
    )
    assert _quick(graph, ontology) == [DOUBTFUL_LITERAL]


def test_shapes_beyond_the_compiled_features_are_left_to_pyshacl(
    built: Graph, ontology: Graph
) -> None:
    shapes = Graph().parse(
        data="""
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix zhkg: <https://w3id.org/zhkg/ontology#> .
<urn:x:shape> a sh:NodeShape ; sh:targetClass zhkg:Sentence ;
    sh:property [ sh:path zhkg:inDocument ; sh:node <urn:x:other> ] .
""",
        format="turtle",
    )
    assert compile_shapes(shapes, lambda cls: [cls]) is None
    assert _quick(built, ontology, shapes) is None
