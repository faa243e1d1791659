"""Fixtures for the views and exports: the sample and the corpus, built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from zhkg.views.sources import Collected, collect

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE = REPO_ROOT / "examples" / "live_commerce_stakeholders.txt"


@pytest.fixture(scope="session")
def sample() -> Collected:
    """The bundled sample paper, built (read, extracted, RDF, property graph) once."""
    return collect([SAMPLE])


@pytest.fixture(scope="session")
def corpus_dir(shared_dir: Path) -> Path:
    folder = shared_dir / "corpus"
    if not folder.is_dir():
        pytest.skip("no corpus folder in the shared folder")
    return folder


@pytest.fixture(scope="session")
def corpus(corpus_dir: Path) -> Collected:
    return collect([corpus_dir])


@pytest.fixture(autouse=True)
def _no_store_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Views given --db must read that store, not one named in the environment."""
    for name in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE", "ZHKG_DB"):
        monkeypatch.delenv(name, raising=False)
