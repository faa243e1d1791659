"""Fixtures for the stage-2 tests: the lexicon, the party finder and the extraction pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from zhkg.extract.extractor import add_extraction_components
from zhkg.extract.lexicon import Lexicon
from zhkg.extract.responsibilities import SentenceAnalysis
from zhkg.extract.stakeholders import PartyFinder
from zhkg.ontology.lexicon import load_lexicon


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture(scope="session")
def finder(lexicon: Lexicon) -> PartyFinder:
    return PartyFinder(lexicon)


@pytest.fixture(scope="session")
def extraction_nlp(lexicon: Lexicon) -> Language:
    """The stage-1 pipeline with the two extraction components added (built once)."""
    from zhkg.extract.nlp import make_nlp

    return add_extraction_components(make_nlp(lexicon.vocabulary()), lexicon)


@pytest.fixture(scope="session")
def analyse(extraction_nlp: Language) -> Callable[[str], SentenceAnalysis]:
    """Run one sentence through the real pipeline and return its analysis."""

    def run(text: str) -> SentenceAnalysis:
        analysis: SentenceAnalysis = extraction_nlp(text)._.zhkg_analysis
        return analysis

    return run


@pytest.fixture(scope="session")
def tokens_of(extraction_nlp: Language) -> Callable[[str], list[tuple[int, int]]]:
    """The pipeline's token spans of a text (what the components see)."""

    def run(text: str) -> list[tuple[int, int]]:
        return [(t.idx, t.idx + len(t.text)) for t in extraction_nlp.make_doc(text)]

    return run
