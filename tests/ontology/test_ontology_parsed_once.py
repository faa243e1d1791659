"""A whole run parses each packaged ontology file once, however many stages read it."""

from __future__ import annotations

from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from zhkg import pipeline
from zhkg.graph.config import EmbeddedSettings
from zhkg.ontology import packaged
from zhkg.ontology.packaged import packaged_graph

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "live_commerce_stakeholders.txt"
PACKAGED = ("core.ttl", "domain.ttl", "shapes.ttl")


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Counts rdflib parses of each packaged file from now on (the process cache emptied)."""
    texts = {
        resources.files("zhkg.ontology").joinpath(name).read_text(encoding="utf-8"): name
        for name in PACKAGED
    }
    counted: Counter[str] = Counter()
    original = Graph.parse

    def parse(self: Graph, *args: Any, **kwargs: Any) -> Graph:
        name = texts.get(kwargs.get("data"))  # type: ignore[arg-type]
        if name is not None:
            counted[name] += 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Graph, "parse", parse)
    packaged._triples.cache_clear()
    yield counted
    packaged._triples.cache_clear()


def test_the_main_job_parses_the_ontology_once(tmp_path: Path, parses: Counter[str]) -> None:
    result = pipeline.run_job(
        [EXAMPLE], out=tmp_path / "out.ttl", settings=EmbeddedSettings(tmp_path / "g.lbug")
    )
    assert result.answer.rows  # every stage ran: extraction, RDF, load, the question
    assert parses["domain.ttl"] == 1
    assert parses["core.ttl"] == 1


def test_each_caller_gets_a_graph_of_its_own(parses: Counter[str]) -> None:
    first = packaged_graph("domain.ttl")
    size = len(first)
    first.remove((None, None, None))
    assert len(packaged_graph("domain.ttl")) == size > 0
    assert parses["domain.ttl"] == 1
