"""Shared fixtures: repository paths, the sample documents and the spaCy pipeline.

Tests find the project's shared folder (corpus, gold sets) beside the repository
root, never at a fixed absolute path; fixed texts a test depends on are copied
into tests/data/ (origins in tests/data/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from stage1_inputs import write_blank_pdf

from zhkg.extract.document import read_document
from zhkg.extract.model import Document

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = REPO_ROOT / "tests" / "data"
SHARED_DIR = REPO_ROOT / ".." / "shared"
EXAMPLES_DIR = REPO_ROOT / "examples"
PAPER = EXAMPLES_DIR / "live_commerce_stakeholders.txt"
LAW = EXAMPLES_DIR / "ecommerce_law_2018.txt"


@pytest.fixture(autouse=True)
def _document_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Commands run in tests keep their document cache in a temporary folder, not the user's."""
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "zhkg-cache"))


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA_DIR


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The shared folder (corpus, dev gold sets) beside the repository; skip if absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip("the shared folder is not beside the repository")
    return SHARED_DIR.resolve()


@pytest.fixture(scope="session")
def paper_document() -> Document:
    """The scraped Traditional-Chinese research paper, read through stage 1."""
    return read_document(PAPER)


@pytest.fixture(scope="session")
def law_document() -> Document:
    """The 2018 E-Commerce Law, read through stage 1."""
    return read_document(LAW)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The spaCy zh pipeline with jieba, the user dictionary and the lexicon's words."""
    from zhkg.extract.nlp import make_nlp
    from zhkg.ontology.lexicon import load_lexicon

    return make_nlp(load_lexicon().vocabulary())


# --- bad inputs -----------------------------------------------------------------------

BAD_INPUTS = {
    "empty file": ("empty.txt", b""),
    "whitespace only": ("blank.txt", b" \n\t\n"),
    "binary file": ("image.txt", bytes(range(256)) * 4),
    "unsupported extension": ("table.xlsx", "数据".encode()),
    "corrupt docx": ("broken.docx", b"this is not a zip archive"),
    "corrupt pdf": ("broken.pdf", b"%PDF-1.4 garbage without objects"),
}


@pytest.fixture()
def bad_input(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    """A bad input named by the test's parameter (see BAD_INPUTS, plus special cases)."""
    kind: str = request.param
    if kind == "missing path":
        return tmp_path / "does-not-exist.txt"
    if kind == "empty directory":
        folder = tmp_path / "empty-folder"
        folder.mkdir()
        (folder / "notes.xlsx").write_bytes(b"x")
        return folder
    if kind == "pdf without text":
        return write_blank_pdf(tmp_path / "scan.pdf")
    name, data = BAD_INPUTS[kind]
    path = tmp_path / name
    path.write_bytes(data)
    return path
