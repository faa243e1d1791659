"""Shared fixtures: repository paths, the sample documents and the spaCy pipeline.

Tests find the project's shared folder (corpus, gold sets) beside the repository
root, never at a fixed absolute path; fixed texts a test depends on are copied
into tests/data/ (origins in tests/data/README.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from zhkg.extract.document import read_document
from zhkg.extract.model import Document

REPO_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = REPO_ROOT / "tests" / "data"
SHARED_DIR = REPO_ROOT / ".." / "shared"
PAPER = DATA_DIR / "paper_scraped_traditional.txt"
LAW = DATA_DIR / "ecommerce_law_2018.txt"


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


# --- input factories ----------------------------------------------------------------


def write_text_pdf(path: Path, lines: list[str]) -> Path:
    """Write a one-page PDF whose text layer holds ``lines`` (any BMP characters).

    The font is a non-embedded CID font with a ToUnicode map, which is all a text
    extractor needs; written by hand so the tests need no PDF-writing package.
    """
    chars = sorted(set("".join(lines)))
    cid = {char: index + 1 for index, char in enumerate(chars)}
    shown = "".join(
        "<" + "".join(f"{cid[char]:04X}" for char in line) + "> Tj T*\n" for line in lines
    )
    content = f"BT /F1 12 Tf 72 720 Td 16 TL\n{shown}ET".encode("ascii")
    blocks = []
    for first in range(0, len(chars), 100):  # a bfchar block holds at most 100 entries
        chunk = chars[first : first + 100]
        entries = "".join(f"<{cid[c]:04X}> <{ord(c):04X}>\n" for c in chunk)
        blocks.append(f"{len(chunk)} beginbfchar\n{entries}endbfchar\n")
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        + "".join(blocks)
        + "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(out))
    return path


def write_blank_pdf(path: Path) -> Path:
    """A valid PDF with one page and no text layer (what a scan without OCR looks like)."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def write_docx(path: Path, paragraphs: list[str], table: list[list[str]]) -> Path:
    """A DOCX with ``paragraphs`` followed by a table of ``table`` rows."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    grid = document.add_table(rows=len(table), cols=len(table[0]))
    for row, values in zip(grid.rows, table, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(str(path))
    return path


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
