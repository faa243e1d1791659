"""Files on disk -> text: format dispatch and encoding detection.

Encodings are detected, never assumed. Detectors are unreliable on short Chinese
texts (a few dozen bytes are valid GB18030 *and* Big5), so the order is: a BOM,
strict UTF-8 (unless it is a handful of two-byte characters that a plausible GB
reading explains better), then every legacy Chinese encoding that decodes
strictly, ranked by how likely the decoded characters are in Chinese prose (after
conversion to Simplified, so Big5's Traditional characters are not penalised);
charset-normalizer is the fallback for anything else.

For HTML, DOCX and PDF the "original text" every span refers to is the text as
extracted here (visible text, paragraphs and tables, the text layer).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from zhkg.errors import DecodingError, EmptyInputError, InputError, UnsupportedFormatError
from zhkg.extract import hanzi

__all__ = [
    "SUPPORTED_SUFFIXES",
    "RawText",
    "decode_bytes",
    "iter_input_files",
    "read_file",
]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUPPORTED_SUFFIXES = frozenset({*TEXT_SUFFIXES, *HTML_SUFFIXES, ".docx", ".pdf"})
#: Graph files a user may hand to a text command by mistake; they get their own message.
RDF_SUFFIXES = frozenset({".ttl", ".nt", ".n3", ".jsonld", ".trig", ".rdf", ".owl", ".nq"})

#: Legacy Chinese encodings tried (strictly) when the bytes are not UTF-8.
LEGACY_ENCODINGS = ("gb18030", "big5", "big5hkscs")
#: Below this share of common characters a legacy decoding is taken for noise and
#: charset-normalizer decides (Cyrillic or Latin-1 bytes often "decode" as GB18030).
MIN_PLAUSIBILITY = 0.5
#: Bytes that never occur in text: NUL and most C0 controls.
_BINARY_BYTES = bytes(range(0, 9)) + bytes((11, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25))
_BINARY_BYTES += bytes((26, 27, 28, 29, 30, 31))
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SUPPORTED_LIST = ", ".join(sorted(SUPPORTED_SUFFIXES))
_LATIN_WORD_RE = re.compile(r"[A-Za-z][\u0080-\u07ff]|[\u0080-\u07ff][A-Za-z]")


@dataclass(frozen=True, slots=True)
class RawText:
    """The text of one file and how it was obtained."""

    path: Path
    text: str
    encoding: str
    title: str = ""
    #: (start offset, page number) pairs in text order, for a PDF.
    pages: tuple[tuple[int, int], ...] = ()
    #: (start offset, paragraph number) pairs, for a DOCX (tables count a paragraph per row).
    paragraphs: tuple[tuple[int, int], ...] = ()
    #: Layout lines dropped while reading (running headers, footers, page numbers) and
    #: the pages they were on.
    removed: tuple[tuple[str, tuple[int, ...]], ...] = ()


def iter_input_files(path: str | Path) -> Iterator[Path]:
    """The supported files at ``path``: the file itself, or a directory's, sorted, recursive.

    A directory without any supported file is an error, so a typo'd folder never
    silently yields nothing. Hidden files and folders are skipped.
    """
    root = Path(path)
    if not root.exists():
        raise InputError(root, "no such file or directory", hint="check the path")
    if root.is_file():
        yield root
        return
    if not root.is_dir():
        raise InputError(root, "not a regular file or directory")
    try:
        children = sorted(root.rglob("*"))
    except OSError as exc:
        raise InputError(root, f"cannot be listed ({exc.strerror or exc})") from exc
    found = False
    for child in children:
        relative = child.relative_to(root).parts
        if any(part.startswith(".") for part in relative) or not child.is_file():
            continue
        if child.suffix.lower() in SUPPORTED_SUFFIXES:
            found = True
            yield child
    if not found:
        raise EmptyInputError(
            root, f"directory holds no supported file ({_SUPPORTED_LIST})", hint="add files"
        )


def read_file(path: str | Path) -> RawText:
    """Read one supported file to text; errors name the file and the reason."""
    file = Path(path)
    if not file.exists():
        raise InputError(file, "no such file or directory", hint="check the path")
    if file.is_dir():
        raise InputError(file, "is a directory", hint="use read_documents for folders")
    suffix = file.suffix.lower()
    if suffix in RDF_SUFFIXES:
        raise UnsupportedFormatError(
            file,
            f"'{suffix}' is an RDF graph, not a document",
            hint="load, validate or query it with zhkg load, zhkg validate or zhkg sparql",
        )
    if suffix not in SUPPORTED_SUFFIXES:
        kind = f"'{suffix}'" if suffix else "a file without extension"
        raise UnsupportedFormatError(
            file, f"unsupported file type {kind}", hint=f"zhkg reads {_SUPPORTED_LIST}"
        )
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(file, f"cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise EmptyInputError(file, "file is empty", hint="give a file with text")
    if suffix in TEXT_SUFFIXES:
        text, encoding = decode_bytes(data, file)
        raw = RawText(file, text, encoding)
    elif suffix in HTML_SUFFIXES:
        raw = _read_html(file, data)
    elif suffix == ".docx":
        raw = _read_docx(file)
    else:
        raw = _read_pdf(file)
    if not raw.text.strip():
        raise EmptyInputError(file, "file holds no text", hint="give a file with text")
    if not any(char.isalnum() for char in raw.text):
        raise EmptyInputError(
            file,
            "file holds only whitespace and punctuation, no words",
            hint="give a file with text",
        )
    return raw


# --- plain text --------------------------------------------------------------


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` to text and name the encoding found.

    Raises :class:`DecodingError` for binary data or bytes in no detectable encoding.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding), path), encoding
            except UnicodeDecodeError as exc:
                raise DecodingError(path, f"starts with a {encoding} mark but is not") from exc
    if b"\x00" in data[:8192]:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
    if _looks_binary(data):
        raise DecodingError(
            path, "binary data, not text", hint="give a text, HTML, DOCX or PDF file"
        )
    candidates: list[tuple[float, float, int, str, str]] = []
    for rank, encoding in enumerate(LEGACY_ENCODINGS):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        simplified = _simplified(text)
        plausible = hanzi.plausibility(simplified)
        if plausible >= MIN_PLAUSIBILITY:
            candidates.append((hanzi.likelihood(simplified), plausible, -rank, encoding, text))
    best = max(candidates) if candidates else None
    try:
        utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        utf8 = None
    if utf8 is not None and (best is None or not _short_utf8_lookalike(utf8)):
        return _checked(utf8, path), "utf-8"
    if best is not None:
        return _checked(best[4], path), best[3]
    text, encoding = _charset_normalizer(data, path)
    return _checked(text, path), encoding


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark: its ASCII characters carry NUL bytes.

    Accepted only when one byte order decodes strictly, without control
    characters, to plausible Chinese; binary data (and the wrong byte order)
    picks characters at random and fails this.
    """
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _CONTROL_RE.search(text[:8192]):
            continue
        if hanzi.plausibility(_simplified(text)) >= MIN_PLAUSIBILITY:
            return text, encoding
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes((byte,))) for byte in _BINARY_BYTES)
    return controls > max(2, len(sample) // 100)


def _checked(text: str, path: str | Path) -> str:
    """Refuse text that decoded but is really control-character soup."""
    if len(_CONTROL_RE.findall(text[:8192])) > max(2, len(text[:8192]) // 100):
        raise DecodingError(path, "binary data, not text", hint="give a text file")
    return text


@lru_cache(maxsize=1)
def _t2s() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def _simplified(text: str) -> str:
    """A sample of ``text`` in Simplified characters, so Big5 is not penalised."""
    converted: str = _t2s().convert(text[:20000])  # type: ignore[attr-defined]
    return converted


def _short_utf8_lookalike(text: str) -> bool:
    """UTF-8 that is really GB bytes: short, no CJK, only two-byte characters.

    A few GB18030 characters can form valid two-byte UTF-8 sequences (平台 reads
    as ƽ̨); real UTF-8 Chinese uses three-byte characters.
    """
    non_ascii = [ch for ch in text if ord(ch) > 0x7F]
    if not non_ascii or any(ord(ch) >= 0x800 for ch in non_ascii):
        return False
    return not _LATIN_WORD_RE.search(text)  # café, Köln: European text, really UTF-8


def _charset_normalizer(data: bytes, path: str | Path) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodingError(
            path,
            "text in no encoding zhkg can detect (tried UTF-8, GB18030, Big5)",
            hint="save the file as UTF-8",
        )
    return str(best), best.encoding


# --- HTML ----------------------------------------------------------------------


def _read_html(file: Path, data: bytes) -> RawText:
    """The page's main content and its title without the site's name (zhkg.extract.webpage)."""
    from zhkg.extract.webpage import main_text

    markup, encoding = decode_bytes(data, file)
    text, title = main_text(markup)
    return RawText(file, text, encoding, title)


# --- DOCX ------------------------------------------------------------------------


def _read_docx(file: Path) -> RawText:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(file))
    except Exception as exc:  # python-docx raises zipfile/KeyError/lxml errors
        raise DecodingError(file, "not a readable DOCX file (corrupt or another format)") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells = [cell.text.strip() for cell in row.cells]
                lines.append("\t".join(dict.fromkeys(cells)))  # merged cells repeat
    title = document.core_properties.title or ""
    paragraphs: list[tuple[int, int]] = []
    position = 0
    for number, line in enumerate(lines, start=1):
        if line.strip():
            paragraphs.append((position, number))
        position += len(line) + 1
    text = "\n".join(lines)
    stripped = text.lstrip("\n")
    shift = len(text) - len(stripped)
    spans = tuple((max(0, start - shift), number) for start, number in paragraphs)
    return RawText(file, stripped.rstrip("\n"), "docx", title, paragraphs=spans)


# --- PDF ---------------------------------------------------------------------------


def _read_pdf(file: Path) -> RawText:
    """The text layer in reading order (see :mod:`zhkg.extract.pdf`)."""
    from zhkg.extract.pdf import read_pdf_layout

    layout = read_pdf_layout(file)
    return RawText(
        file, layout.text, "pdf", layout.title, pages=layout.pages, removed=layout.removed
    )
