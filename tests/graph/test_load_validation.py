"""`zhkg load` checks RDF files against the SHACL shapes before loading anything.

The bad files are the sample graph with one thing broken, as a careless edit
would: a confidence of 5.0, a negative offset, every label removed. Each is
refused with the lines ``zhkg validate`` prints and nothing is loaded;
``--no-validate`` loads it anyway. Graphs zhkg builds from texts in the same
run are not validated again (they are valid by construction, checked here).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDFS, SKOS, XSD

from zhkg import pipeline
from zhkg.cli import main
from zhkg.graph.config import EmbeddedSettings
from zhkg.graph.embedded_store import EmbeddedStore
from zhkg.ontology import shape_queries
from zhkg.ontology import validate as validate_module
from zhkg.ontology.namespace import ZHKG
from zhkg.ontology.shape_queries import shapes_maybe_broken
from zhkg.ontology.validate import validate_graph

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_TTL = ROOT / "tests" / "data" / "graph_sample.ttl"
EXAMPLES = ROOT / "examples"
ID = Namespace("https://w3id.org/zhkg/id/")


def _confidence_five(graph: Graph) -> None:
    graph.set((ID["st-1"], ZHKG.confidence, Literal("5.0", datatype=XSD.decimal)))


def _negative_offset(graph: Graph) -> None:
    graph.set((ID["doc-paper-s1"], ZHKG.startOffset, Literal(-3)))


def _no_labels(graph: Graph) -> None:
    for predicate in (RDFS.label, SKOS.prefLabel, SKOS.altLabel):
        graph.remove((None, predicate, None))


BREAKS: list[tuple[Callable[[Graph], None], str]] = [
    (_confidence_five, "zhkg:confidence"),
    (_negative_offset, "zhkg:startOffset"),
    (_no_labels, "skos:prefLabel"),
]


def _broken(tmp_path: Path, brk: Callable[[Graph], None]) -> Path:
    graph = Graph().parse(SAMPLE_TTL, format="turtle")
    brk(graph)
    path = tmp_path / "edited.ttl"
    graph.serialize(path, format="turtle")
    return path


@pytest.mark.parametrize(("brk", "path"), BREAKS, ids=["confidence", "offset", "labels"])
def test_load_refuses_what_validate_rejects_and_loads_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    brk: Callable[[Graph], None],
    path: str,
) -> None:
    bad = _broken(tmp_path, brk)
    assert main(["validate", str(bad)]) == 1
    validate_lines = capsys.readouterr().out.splitlines()
    db = tmp_path / "graph.lbug"
    assert main(["load", str(bad), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert lines[: len(validate_lines)] == validate_lines  # the same report, line for line
    assert any(path in line for line in validate_lines)
    assert lines[-1].startswith("zhkg load: error: ") and "nothing was loaded" in lines[-1]
    assert "--no-validate" in lines[-1]
    assert not db.exists()


def test_no_validate_loads_the_file_anyway(tmp_path: Path) -> None:
    bad = _broken(tmp_path, _confidence_five)
    db = tmp_path / "graph.lbug"
    assert main(["load", str(bad), "--db", str(db), "--no-validate", "--quiet"]) == 0
    with EmbeddedStore(EmbeddedSettings(db), read_only=True) as store:
        rows = store.run("MATCH ()-[r:RESPONSIBLE_FOR]->() RETURN max(r.confidence) AS c")
    assert rows == [{"c": 5.0}]


def test_a_valid_file_is_validated_and_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checked on its first load (in SPARQL: it conforms, so pyshacl is not needed);
    loaded again unchanged, its manifest says it conforms."""
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    checked: list[object] = []

    def counting(graph: Graph, **kwargs: object) -> object:
        checked.append(len(graph))
        return validate_graph(graph, **kwargs)  # type: ignore[arg-type]

    def asking(*args: object) -> list[str] | None:
        found = shapes_maybe_broken(*args)  # type: ignore[arg-type]
        checked.append(found)
        return found

    monkeypatch.setattr(validate_module, "validate_graph", counting)
    monkeypatch.setattr(shape_queries, "shapes_maybe_broken", asking)
    db = tmp_path / "graph.lbug"
    assert main(["load", str(SAMPLE_TTL), "--db", str(db), "--quiet"]) == 0
    assert checked == [[]]  # no shape may be broken
    checked.clear()
    other = tmp_path / "other.lbug"
    assert main(["load", str(SAMPLE_TTL), "--db", str(other), "--quiet"]) == 0
    assert checked == []
    assert main(["load", str(SAMPLE_TTL), "--db", str(other), "--quiet", "--no-cache"]) == 0
    assert checked == [[]]


def test_graphs_built_from_texts_are_not_validated_again_and_are_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [EXAMPLES / "live_commerce_stakeholders.txt"]
    built, failures = pipeline.rdf_for_paths(texts)
    assert failures == ()
    assert validate_graph(built).conforms  # valid by construction

    checked: list[int] = []
    monkeypatch.setattr(validate_module, "validate_graph", lambda graph, **_: checked.append(1))
    load = pipeline.load_graph(texts, EmbeddedSettings(tmp_path / "graph.lbug"))
    assert load.report.documents == 1
    assert checked == []
