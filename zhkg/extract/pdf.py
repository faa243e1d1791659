"""A PDF's text layer -> running text, with the layout undone.

A PDF holds positioned glyphs, not paragraphs. Read naively, every line end is a
sentence boundary, running headers and page numbers become sentences and two
columns interleave. This module reads the words with their positions (pdfplumber,
on pdfminer.six) and rebuilds the text a reader sees:

- columns: a vertical gutter that no body line crosses splits a page into two
  columns, read left then right; lines that span the gutter (a title, an
  abstract) are read in place above them;
- running headers and footers: lines in the top or bottom margin whose text
  (digits ignored) repeats on several pages, and page numbers (``— 3 —``, ``第3页``,
  ``3/12``) anywhere in the margins, are removed and named in a notice;
- footnotes: lines at the page bottom in a smaller size than the body, under the
  last body line, go to a footnote section at the end of the text, with their page;
- paragraphs: a line break is kept only where a paragraph ends (a short line, an
  indented or differently sized next line, a wide vertical gap); inside a
  paragraph Chinese lines join directly, Latin words with a space, and an English
  hyphenation is undone;
- superscript markers (footnote ①, citation ``[3]``) are kept in the text where they
  stand, so the cleaning stage can turn them into citation links;
- every character's page is kept as page spans over the returned text.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zhkg.errors import DecodingError, EmptyInputError, InputError

__all__ = ["FOOTNOTE_HEADING", "PdfText", "read_pdf_layout"]

#: The heading line put before the footnotes collected from all pages.
FOOTNOTE_HEADING = "脚注"
#: Share of the page height at the top and bottom where headers and footers live.
MARGIN_SHARE = 0.12
_PAGE_NUMBER_RE = re.compile(
    r"^[\s\-–—·•]*(?:第\s*)?(?:\d{1,4}|[ivxlcdm]{1,6})(?:\s*页)?"
    r"(?:\s*[/／]\s*\d{1,4}|\s*of\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[\s\-–—·•]*$",
    re.I,
)
_CJK = r"\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_CJK_END_RE = re.compile(f"[{_CJK}]$")
_CJK_START_RE = re.compile(f"^[{_CJK}]")
_HYPHENATED_RE = re.compile(r"[A-Za-z]-$")
_TERMINAL_END_RE = re.compile(r"[。！？!?；;：:.”’」』)）]$")
_SUPERSCRIPT_NUMBER_RE = re.compile(r"\d{1,3}(?:\s*[,，\-–]\s*\d{1,3})*")
_FOOTNOTE_START_RE = re.compile(r"^(?:[①-⑳❶-❿]|\[\d{1,3}\]|\d{1,3}[\s.、)）]|\*|注[:：\d])")


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass(slots=True)
class _Line:
    """Words on one baseline within one column (or spanning the page)."""

    words: list[_Word] = field(default_factory=list)
    size: float = 0.0
    #: 0 for a single column or a line across columns, 1 left, 2 right.
    column: int = 0
    left: float = 0.0
    right: float = 0.0

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words if w.size >= self.size * 0.9)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words if w.size >= self.size * 0.9)

    @property
    def text(self) -> str:
        parts: list[str] = []
        previous: _Word | None = None
        for word in sorted(self.words, key=lambda w: w.x0):
            gap = word.x0 - previous.x1 if previous is not None else 0.0
            if previous is not None and gap > previous.size * 0.2:
                cjk = _CJK_END_RE.search(previous.text) and _CJK_START_RE.match(word.text)
                if not cjk or gap > previous.size * 0.3:
                    parts.append(" ")
            parts.append(self._marker(word))
            previous = word
        return "".join(parts).strip()

    def _marker(self, word: _Word) -> str:
        """A raised small number (a superscript citation: 研究¹²) in the bracket form
        a citation marker is written in when set on the line: [1,2]."""
        raised = word.bottom < self.bottom - 0.15 * self.size
        if word.size < 0.8 * self.size and raised and _SUPERSCRIPT_NUMBER_RE.fullmatch(word.text):
            return f"[{word.text}]"
        return word.text


@dataclass(frozen=True, slots=True)
class PdfText:
    """The rebuilt text of a PDF and what was done to get it.

    ``pages`` are (start offset, page number) pairs in text order: the characters
    from a start up to the next start lie on that page (footnotes come last, so
    page numbers need not rise). ``removed`` names the header, footer and page-number
    lines dropped, with the pages they were on.
    """

    text: str
    pages: tuple[tuple[int, int], ...]
    title: str
    removed: tuple[tuple[str, tuple[int, ...]], ...]


def read_pdf_layout(file: Path) -> PdfText:
    """The reading-order text of ``file``'s text layer (errors name the file and the cause)."""
    import logging

    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(str(file)) as pdf:
            pages = [(page.width, page.height, _words(page)) for page in pdf.pages]
            metadata_title = str((pdf.metadata or {}).get("Title") or "")
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        wrapped = type(exc).__name__ == "PdfminerException"  # pdfplumber's wrapper
        cause = exc.args[0] if wrapped and exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect):
            raise InputError(file, "PDF is password-protected", hint="decrypt it first") from exc
        if wrapped or isinstance(exc, PDFSyntaxError | ValueError | KeyError | OSError | TypeError):
            raise DecodingError(
                file, "not a readable PDF file (corrupt or another format)"
            ) from exc
        raise
    if not any(words for _, _, words in pages):
        raise EmptyInputError(
            file,
            "PDF has no text layer (scanned images only)",
            hint="run OCR on it first (e.g. ocrmypdf), then read the result",
        )
    return _rebuild(pages, metadata_title)


def _words(page: Any) -> list[_Word]:
    raw = page.extract_words(
        x_tolerance=3, y_tolerance=2, keep_blank_chars=False, extra_attrs=["size"]
    )
    return [
        _Word(w["text"], float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]),
              round(float(w["size"]), 1))
        for w in raw
        if w["text"].strip()
    ]  # fmt: skip


def _rebuild(pages: Sequence[tuple[float, float, list[_Word]]], metadata_title: str) -> PdfText:
    body_size = _body_size([w for _, _, words in pages for w in words])
    laid_out = [_page_lines(width, words, body_size) for width, _, words in pages]
    removed, dropped = _margin_lines(laid_out, [height for _, height, _ in pages], body_size)
    title = _title(laid_out, dropped, body_size) or metadata_title.strip()
    body: list[tuple[int, _Line]] = []
    footnotes: list[tuple[int, _Line]] = []
    for number, lines in enumerate(laid_out, start=1):
        kept = [line for index, line in enumerate(lines) if (number - 1, index) not in dropped]
        _set_bounds(kept)
        page_body, notes = _split_footnotes(kept, body_size)
        body += [(number, line) for line in page_body]
        footnotes += [(number, line) for line in notes]
    text, spans = _paragraphs(body, body_size)
    if footnotes:
        heading = f"\n\n{FOOTNOTE_HEADING}\n"
        notes_text, note_spans = _paragraphs(footnotes, body_size, footnotes=True)
        offset = len(text) + len(heading)
        spans += [(start + offset, page) for start, page in note_spans]
        text += heading + notes_text
    return PdfText(text, tuple(spans), title, tuple(removed))


def _body_size(words: Sequence[_Word]) -> float:
    sizes: Counter[float] = Counter()
    for word in words:
        sizes[word.size] += len(word.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


# --- lines and columns --------------------------------------------------------------------------


def _rows(words: Sequence[_Word]) -> list[list[_Word]]:
    """Words on one baseline: a word joins a row when their vertical extents overlap
    by half the smaller one (a raised superscript still overlaps its line)."""
    rows: list[tuple[float, float, list[_Word]]] = []
    for word in sorted(words, key=lambda w: (w.bottom, w.x0)):
        for index, (top, bottom, members) in enumerate(rows):
            overlap = min(bottom, word.bottom) - max(top, word.top)
            if overlap >= 0.5 * min(bottom - top, word.bottom - word.top):
                members.append(word)
                if word.size >= max(m.size for m in members) * 0.9:
                    rows[index] = (min(top, word.top), max(bottom, word.bottom), members)
                break
        else:
            rows.append((word.top, word.bottom, [word]))
    return [sorted(members, key=lambda w: w.x0) for _, _, members in sorted(rows)]


def _segments(row: Sequence[_Word]) -> list[_Line]:
    """A row cut where the horizontal gap is wide (two columns side by side)."""
    lines = [_Line([row[0]])]
    for word in row[1:]:
        previous = lines[-1].words[-1]
        if word.x0 - previous.x1 > 1.2 * max(previous.size, word.size):
            lines.append(_Line([word]))
        else:
            lines[-1].words.append(word)
    for line in lines:
        line.size = max(w.size for w in line.words)
    return lines


def _page_lines(width: float, words: Sequence[_Word], body_size: float) -> list[_Line]:
    """The lines of a page in reading order (columns left to right between spanning lines)."""
    lines = _attach_superscripts([line for row in _rows(words) for line in _segments(row)])
    gutter = _gutter(width, lines, _body_size(words) if words else body_size)
    if gutter is None:
        return sorted(lines, key=lambda line: (line.top, line.x0))
    ordered: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []
    for line in sorted(lines, key=lambda line: (line.top, line.x0)):
        if line.x0 < gutter < line.x1:
            ordered += left + right + [line]
            left, right = [], []
        elif line.x1 <= gutter:
            line.column = 1
            left.append(line)
        else:
            line.column = 2
            right.append(line)
    return ordered + left + right


def _attach_superscripts(lines: list[_Line]) -> list[_Line]:
    """A small raised marker that ended up on a line of its own (its row was taken by
    the other column's line) goes back into the line it stands in."""
    kept: list[_Line] = []
    for line in lines:
        host = None
        if len(line.text) <= 8:
            for other in lines:
                if (
                    other is not line
                    and line.size < 0.85 * other.size
                    and other.x0 - line.size <= line.x0
                    and line.x1 <= other.x1 + line.size
                    and line.bottom > other.top
                    and line.top < other.bottom
                ):
                    host = other
                    break
        if host is None:
            kept.append(line)
        else:
            host.words.extend(line.words)
            host.words.sort(key=lambda w: w.x0)
    return kept


def _gutter(width: float, lines: Sequence[_Line], body_size: float) -> float | None:
    """The x of a column gap: body lines on both sides of it, and (almost) none across it."""
    body = [line for line in lines if abs(line.size - body_size) < 0.5 and len(line.text) > 3]
    if len(body) < 6:
        return None
    best: tuple[int, float] | None = None
    step = width / 100
    for tick in range(30, 71):
        x = tick * step
        crossing = sum(1 for line in body if line.x0 < x < line.x1)
        if best is None or crossing < best[0]:
            best = (crossing, x)
    if best is None:
        return None
    crossing, x = best
    lefts = sum(1 for line in body if line.x1 <= x)
    rights = sum(1 for line in body if line.x0 >= x)
    if lefts >= 3 and rights >= 3 and crossing <= 0.15 * len(body):
        # centre the gutter in the gap between the columns
        gap_left = max(line.x1 for line in body if line.x1 <= x)
        gap_right = min(line.x0 for line in body if line.x0 >= x)
        return (gap_left + gap_right) / 2
    return None


# --- headers, footers, page numbers ---------------------------------------------------------------


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _margin_lines(
    pages: Sequence[Sequence[_Line]], heights: Sequence[float], body_size: float
) -> tuple[list[tuple[str, tuple[int, ...]]], set[tuple[int, int]]]:
    """Lines to drop: page numbers in a margin, and margin lines repeated on several pages.

    Where repetition cannot tell (a one-page document), the outermost margin line is a
    running header or footer when it is set smaller than the body or repeats a line of
    the page's text (a header naming the title printed below it).

    Returns what was removed (text, pages) and the (page, line) indexes.
    """
    candidates: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    dropped: set[tuple[int, int]] = set()
    numbers: dict[str, list[int]] = defaultdict(list)
    for page_index, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        zones = [_zone(line, height) for line in lines]
        tops = [i for i, zone in enumerate(zones) if zone == "top"]
        bottoms = [i for i, zone in enumerate(zones) if zone == "bottom"]
        # a line's place counted from the page edge: a header is the first line(s), so the
        # document's own title just under a header with the same words stays
        place = {i: rank for rank, i in enumerate(sorted(tops, key=lambda i: lines[i].top))}
        place |= {i: rank for rank, i in enumerate(sorted(bottoms, key=lambda i: -lines[i].top))}
        for line_index, line in enumerate(lines):
            zone = zones[line_index]
            if zone is None:
                continue
            zone = f"{zone}{place[line_index]}"
            text = line.text
            if _PAGE_NUMBER_RE.match(text):
                dropped.add((page_index, line_index))
                numbers[_shape(text)].append(page_index + 1)
                continue
            candidates[f"{zone}:{_shape(text)}"].append((page_index, line_index, text))
    removed: list[tuple[str, tuple[int, ...]]] = []
    least = 2 if len(pages) <= 4 else max(2, len(pages) // 4)
    for hits in candidates.values():
        pages_hit = sorted({page for page, _, _ in hits})
        if len(pages_hit) < least:
            continue
        for page, line_index, _ in hits:
            dropped.add((page, line_index))
        removed.append((hits[0][2], tuple(p + 1 for p in pages_hit)))
    if len(pages) == 1:
        lines = pages[0]
        shapes = [_shape(line.text) for line in lines]
        for key, hits in candidates.items():
            for page, line_index, text in hits:
                outermost = key.startswith(("top0:", "bottom0:"))
                smaller = lines[line_index].size < 0.9 * body_size
                repeated = shapes.count(shapes[line_index]) > 1
                if outermost and (smaller or repeated) and (page, line_index) not in dropped:
                    dropped.add((page, line_index))
                    removed.append((text, (1,)))
    for shape, pages_hit in numbers.items():
        removed.append((f"page numbers ({shape.replace('#', 'N')})", tuple(pages_hit)))
    return removed, dropped


def _zone(line: _Line, height: float) -> str | None:
    if line.bottom <= height * MARGIN_SHARE:
        return "top"
    if line.top >= height * (1 - MARGIN_SHARE):
        return "bottom"
    return None


def _title(pages: Sequence[Sequence[_Line]], dropped: set[tuple[int, int]], body: float) -> str:
    """The largest text on the first page, when clearly larger than the body."""
    if not pages:
        return ""
    first = [line for index, line in enumerate(pages[0]) if (0, index) not in dropped]
    if not first:
        return ""
    largest = max(line.size for line in first)
    if largest < body * 1.25:
        return ""
    title_lines = [line.text for line in first if line.size >= largest - 0.5]
    return _join_lines(title_lines)


# --- footnotes and paragraphs ---------------------------------------------------------------------


def _split_footnotes(lines: Sequence[_Line], body_size: float) -> tuple[list[_Line], list[_Line]]:
    """Footnotes: the smaller-size lines after the last body-size line, opening with a mark."""
    last_body = max((i for i, line in enumerate(lines) if line.size >= body_size - 0.3), default=-1)
    tail = list(lines[last_body + 1 :])
    lowest_body = max((line.bottom for line in lines[: last_body + 1]), default=0.0)
    if (
        tail
        and all(line.size < body_size - 0.3 for line in tail)
        and _FOOTNOTE_START_RE.match(tail[0].text)
        and tail[0].top > lowest_body
    ):
        return list(lines[: last_body + 1]), tail
    return list(lines), []


def _set_bounds(lines: Sequence[_Line]) -> None:
    """Each line learns the left and right edge of its column on its page."""
    edges: dict[int, list[_Line]] = defaultdict(list)
    for line in lines:
        edges[line.column].append(line)
    for members in edges.values():
        wide = [line for line in members if len(line.text) > 3] or list(members)
        left = min(line.x0 for line in wide)
        # most lines of a column run to its edge; a percentile, not the maximum, so one
        # line set a little wider (a formula, glyph widths off in the font) moves nothing
        ends = sorted(line.x1 for line in wide)
        right = ends[int(0.75 * (len(ends) - 1))] if len(ends) >= 4 else ends[-1]
        for line in members:
            line.left, line.right = left, right


def _paragraphs(
    lines: Sequence[tuple[int, _Line]], body_size: float, *, footnotes: bool = False
) -> tuple[str, list[tuple[int, int]]]:
    """Lines joined into paragraphs (one per output line), with the page spans."""
    if not lines:
        return "", []
    gaps = [
        b.top - a.bottom
        for (pa, a), (pb, b) in itertools.pairwise(lines)
        if pa == pb and a.column == b.column and 0 <= b.top - a.bottom < 2 * body_size
    ]
    usual_gap = statistics.median(gaps) if gaps else body_size * 0.5
    out = lines[0][1].text
    spans = [(0, lines[0][0])]
    for (previous_page, previous), (page, line) in itertools.pairwise(lines):
        text = line.text
        same_block = previous_page == page and previous.column == line.column
        if footnotes:
            cut = bool(_FOOTNOTE_START_RE.match(text))
        elif same_block:
            cut = _breaks(previous, line, usual_gap)
        else:
            cut = not _runs_on(previous, line)
        before = len(out)
        out = out + "\n" + text if cut else _join_lines([out, text])
        if page != previous_page:
            spans.append((before + 1 if cut else len(out) - len(text), page))
    return out, spans


def _breaks(previous: _Line, line: _Line, usual_gap: float) -> bool:
    """Whether a paragraph ends between two lines of the same column."""
    size = previous.size
    if abs(line.size - previous.size) > 0.5:
        return True
    gap = line.top - previous.bottom
    if gap < -size or gap > usual_gap + 0.6 * size:
        return True  # a blank line or a jump: a new block
    if line.x0 > line.left + 1.2 * size:
        return True  # first-line indent
    if _stops_short(previous, line):
        return True  # the previous line stops short: its paragraph ended
    return bool(_TERMINAL_END_RE.search(previous.text) and _starts_numbered(line.text))


def _stops_short(previous: _Line, line: _Line) -> bool:
    """The line before ends with room left for what opens the next one: a Latin word
    (or a number, a pinyin note) moves to the next line whole, a Chinese character alone."""
    first = min(line.words, key=lambda w: w.x0)
    run = _LATIN_RUN_RE.match(first.text)
    if run:
        width = (first.x1 - first.x0) * len(run.group()) / max(1, len(first.text))
        return previous.x1 + width < previous.right - 1.0 * previous.size
    return previous.x1 < previous.right - 2.0 * previous.size


_LATIN_RUN_RE = re.compile(r"[A-Za-z0-9\u00c0-\u024f\u0300-\u036f(),.:;\-]+")


def _runs_on(previous: _Line, line: _Line) -> bool:
    """A paragraph goes on into the next column or page: the line before fills its
    column without a sentence end, and the next is not indented, numbered or resized."""
    size = previous.size
    return (
        abs(line.size - previous.size) <= 0.5
        and not _stops_short(previous, line)
        and not _TERMINAL_END_RE.search(previous.text)
        and line.x0 <= line.left + 1.2 * size
        and not _starts_numbered(line.text)
    )


_NUMBERED_START_RE = re.compile(
    r"^(?:[\[［]\d{1,3}[\]］]|第[一二三四五六七八九十百零\d]+[编章节条]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．])"
)


def _starts_numbered(text: str) -> bool:
    return bool(_NUMBERED_START_RE.match(text))


def _join_lines(lines: Sequence[str]) -> str:
    """Lines of one paragraph as one string: CJK joins directly, Latin with a space,
    a hyphenated English word is made whole again."""
    out = ""
    for text in lines:
        if not out:
            out = text
        elif _HYPHENATED_RE.search(out) and text[:1].islower():
            out = out[:-1] + text
        elif _CJK_END_RE.search(out) or _CJK_START_RE.match(text):
            out += text
        else:
            out += " " + text
    return out
