"""Fixtures of the RDF tests: the packaged ontology, its term index, a sample graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdf_factory import make_extraction
from rdflib import Graph

from zhkg.ontology.builder import build_graph
from zhkg.ontology.ontology import TermIndex, load_ontology

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="session")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="session")
def terms(ontology: Graph) -> TermIndex:
    return TermIndex.from_graph(ontology)


@pytest.fixture()
def sample_graph(terms: TermIndex) -> Graph:
    """The instance graph of the hand-made sample extraction."""
    return build_graph([make_extraction()], terms)
