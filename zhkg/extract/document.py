"""Assemble a :class:`~zhkg.extract.model.Document`: read, clean, structure, split.

The Document keeps the original text and, for every character of the normalised
text, its original position, so any span found later reports back to the file as
written. Its ``id`` is a hash of the original text: re-reading the same content
gives the same id, which keeps re-ingestion idempotent.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from zhkg.display import readable
from zhkg.extract.cleaning import TextView, clean, drop_spans
from zhkg.extract.lang import lang_data
from zhkg.extract.model import (
    PAPER_KINDS,
    Document,
    Notice,
    NoticeKind,
    Reference,
    Section,
    Sentence,
)
from zhkg.extract.paper import (
    CitationMarker,
    find_citation_markers,
    front_matter_headings,
    paper_headings,
    parse_reference,
    part_of_title,
    reference_entries,
    type_name,
)
from zhkg.extract.reading import iter_input_files, read_file
from zhkg.extract.sentences import find_cuts, make_sentences, split_sentences
from zhkg.extract.structure import (
    RANKS,
    Heading,
    Toc,
    build_sections,
    find_headings,
    find_toc,
    infer_from_toc,
)
from zhkg.extract.windows import WINDOW_CHARS, check_length, windowed_documents

__all__ = [
    "document_from_text",
    "document_id",
    "document_to_dict",
    "read_document",
    "read_document_parts",
    "read_documents",
    "unique_files",
]

_TITLE_LINE_RE = re.compile(r"^[ \t\u3000#]*(?P<title>[^\n。！？；!?;]{2,60}?)[ \t\u3000]*$", re.M)
#: An attachment's label on a line of its own (附件, 附件2, 附件一：; lang attachment_labels).
_ATTACHMENT_RE = re.compile(
    r"(?:{})\s*[0-9０-９一二三四五六七八九十]*\s*[：:]?$".format(
        lang_data().alternation("attachment_labels")
    )
)
#: The colon closing a salutation line (甲县政府，乙局：), never a title's end.
_SALUTATION_ENDS = ("：", ":")
#: The document a covering letter issues (《甲办法》经乙同意，现予印发).
_ISSUED_TITLE_RE = re.compile(
    r"《(?P<title>[^《》\n]{{4,80}})》[^。\n]{{0,40}}?(?:{})".format(
        lang_data().alternation("issuing_verbs")
    )
)
#: A first line that breaks off a title (甲部关于推进): 关于 opens it, and no noun of a
#: document's kind closes it; the next line closing with one (…的指导意见) completes it.
_BROKEN_TITLE_RE = re.compile(
    "关于(?!.*(?:{})$)".format(lang_data().alternation("normative_titles"))
)
_TITLE_CLOSE_RE = re.compile(
    "^[^，,：:]{{2,30}}(?:{})$".format(lang_data().alternation("normative_titles"))
)


def document_id(original: str) -> str:
    """A deterministic id of a text: the same content always gives the same id."""
    return hashlib.sha256(original.encode("utf-8")).hexdigest()[:16]


def read_document(path: str | Path, *, max_chars: int | None = None) -> Document:
    """Read one file into a Document (raises a zhkg.errors InputError on bad input).

    The whole file is one Document; ``read_document_parts`` bounds the memory of
    a big one. ``max_chars`` refuses a longer text before any work.
    """
    raw = read_file(path)
    check_length(raw.text, raw.path, max_chars)
    return document_from_text(
        raw.text,
        source=readable(str(raw.path)),
        title=raw.title,
        pages=raw.pages,
        paragraphs=raw.paragraphs,
        removed=raw.removed,
    )


def read_document_parts(
    path: str | Path, *, max_chars: int | None = None, window_chars: int = WINDOW_CHARS
) -> Iterator[Document]:
    """One file as Documents of at most ``window_chars`` characters each (``zhkg.extract.windows``).

    A file up to that length is one Document, the same ``read_document`` gives.
    """
    raw = read_file(path)
    check_length(raw.text, raw.path, max_chars)
    source = readable(str(raw.path))
    if len(raw.text) <= window_chars:
        yield document_from_text(
            raw.text,
            source=source,
            title=raw.title,
            pages=raw.pages,
            paragraphs=raw.paragraphs,
            removed=raw.removed,
        )
        return

    def read(text: str, title: str, start: int) -> Document:
        return document_from_text(
            text,
            source=source,
            title=title,
            pages=_within(raw.pages, start, len(text)),
            paragraphs=_within(raw.paragraphs, start, len(text)),
            removed=raw.removed if start == 0 else (),
        )

    yield from windowed_documents(raw.text, read, title=raw.title, window_chars=window_chars)


def _within(marks: Sequence[tuple[int, int]], start: int, length: int) -> list[tuple[int, int]]:
    """(offset, number) marks of the window at ``start``, moved into it (the mark in force
    at its start, such as the page it begins on, becomes offset 0)."""
    before = [number for offset, number in marks if offset <= start]
    inside = [
        (offset - start, number) for offset, number in marks if start < offset < start + length
    ]
    return ([(0, before[-1])] if before else []) + inside


def read_documents(
    paths: str | Path | Iterable[str | Path], *, max_chars: int | None = None
) -> Iterator[Document]:
    """Documents of files and directories (each directory sorted and recursive).

    Every path is checked before the first Document is produced, so a bad path
    fails the whole call instead of leaving a half-processed batch. A big file
    comes as several parts (``read_document_parts``), one at a time.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files = unique_files(file for path in paths for file in iter_input_files(path))
    for file in files:
        yield from read_document_parts(file, max_chars=max_chars)


def unique_files(files: Iterable[Path]) -> list[Path]:
    """Each file once, in first-seen order: a folder and a file inside it overlap.

    Otherwise ``zhkg build corpus/ corpus/law.txt`` reads the law twice and
    counts its statements twice.
    """
    seen: set[Path] = set()
    unique: list[Path] = []
    for file in files:
        key = file.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(file)
    return unique


def document_from_text(
    original: str,
    *,
    source: str = "<text>",
    title: str = "",
    pages: Sequence[tuple[int, int]] = (),
    paragraphs: Sequence[tuple[int, int]] = (),
    removed: Sequence[tuple[str, tuple[int, ...]]] = (),
) -> Document:
    """Clean, structure and split an already decoded text.

    ``pages`` and ``paragraphs`` are (start offset in ``original``, number) pairs from
    the reader (PDF pages, DOCX paragraphs); ``removed`` the layout lines it dropped.
    """
    original, surrogates = _without_lone_surrogates(original)
    cleaned = clean(original)
    view = cleaned.view
    notices: list[Notice] = [*surrogates, *cleaned.notices]
    notices.extend(_layout_notices(removed))
    breaks = list(cleaned.breaks)
    markers = find_citation_markers(view.text)
    if markers:
        view, breaks, markers = _without_markers(view, breaks, markers)

    toc = find_toc(view.text)
    body_start = 0
    resumes_mid_line = False
    if toc is not None:
        notices.append(_toc_notice(view, original, toc))
        view, breaks, body_start, resumes_mid_line = _without_toc(view, breaks, toc)

    text = view.text
    headings = find_headings(text, toc.titles() if toc else ())
    headings = infer_from_toc(headings, toc, body_start)
    headings = _with_paper_parts(text, headings)
    notices.extend(_inferred_heading_notices(view, headings))
    sections = build_sections(headings, len(text))
    spans = split_sentences(text, [*breaks, *_unglued_heading_starts(headings)])
    spans = _without_bare_numbers(text, spans, headings)
    pieces, overlong = _split_overlong(text, spans)
    sentences = make_sentences(text, view.offsets, pieces, sections)
    sentences = _located(sentences, markers, pages, paragraphs)
    notices.extend(_truncations(view, original, spans, sections, resumes_mid_line, body_start))
    notices.extend(_overlong_notices(view, original, overlong))
    notices.sort(key=lambda notice: (notice.start, notice.end, notice.kind.value))
    return Document(
        id=document_id(original),
        source=source,
        title=_title(cleaned.title, title, text, source),
        original=original,
        text=text,
        offsets=tuple(view.offsets),
        sections=sections,
        sentences=sentences,
        notices=tuple(notices),
        toc=toc.titles() if toc else (),
        pages=tuple(pages),
        references=_references(text, view.offsets, sections, pages),
    )


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(text: str) -> tuple[str, list[Notice]]:
    """Lone surrogates (no character; they break UTF-8 output and the tokenizers) as U+FFFD.

    One code point for one, so every offset stays valid; a notice says where.
    """
    if _SURROGATE_RE.search(text) is None:
        return text, []
    found = [index for index, char in enumerate(text) if "\ud800" <= char <= "\udfff"]
    fixed = "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in text)
    notice = Notice(
        NoticeKind.ENCODING,
        f"{len(found)} lone surrogate code point(s) (not characters) replaced with U+FFFD",
        found[0],
        found[-1] + 1,
    )
    return fixed, [notice]


def _layout_notices(removed: Sequence[tuple[str, tuple[int, ...]]]) -> list[Notice]:
    """One notice per kind of layout line the reader dropped, naming it and its pages."""
    notices = []
    for text, on_pages in removed:
        shown = _page_ranges(on_pages)
        notices.append(
            Notice(
                NoticeKind.LAYOUT,
                f"running header/footer removed from page{'s' if len(on_pages) > 1 else ''} "
                f"{shown}",
                0,
                0,
                text,
            )
        )
    return notices


def _page_ranges(numbers: Sequence[int]) -> str:
    """1, 2, 3, 5 -> "1-3, 5"."""
    ranges: list[str] = []
    ordered = sorted(set(numbers))
    start = previous = ordered[0] if ordered else 0
    for number in [*ordered[1:], None]:
        if number is not None and number == previous + 1:
            previous = number
            continue
        ranges.append(str(start) if start == previous else f"{start}-{previous}")
        if number is not None:
            start = previous = number
    return ", ".join(ranges)


def _without_markers(
    view: TextView, breaks: Sequence[int], markers: Sequence[CitationMarker]
) -> tuple[TextView, list[int], list[CitationMarker]]:
    """The view without its citation markers; each marker keeps the position it was cut
    at (in the new text), so the sentence around it can link to what it cites."""
    spans = [(m.start, m.end) for m in markers]
    new_view = drop_spans(view, spans)
    removed_before = 0
    moved: list[CitationMarker] = []
    for marker in markers:
        position = marker.start - removed_before
        moved.append(CitationMarker(position, position, marker.labels))
        removed_before += marker.end - marker.start

    def shift(position: int) -> int:
        return position - sum(
            min(end, position) - start for start, end in spans if start < position
        )

    return new_view, [shift(b) for b in breaks], moved


def _with_kind(heading: Heading, kind: str) -> Heading:
    """``heading`` of ``kind`` (itself if it is of that kind: dataclasses.replace is slow)."""
    return heading if heading.kind == kind else replace(heading, kind=kind)


def _with_paper_parts(text: str, headings: list[Heading]) -> list[Heading]:
    """Add a paper's named parts (摘要, 关键词, 参考文献 …) and its front matter."""
    top_rank = _top_rank(headings)
    numbered = [_with_kind(h, part_of_title(h.title) or h.kind) for h in headings]
    parts = paper_headings(text, top_rank)
    if not parts:
        return numbered
    taken = [(h.start, h.end) for h in parts]
    numbered = [h for h in numbered if not any(s <= h.start < e for s, e in taken)]
    abstract = next((h.start for h in parts if h.kind in ("abstract", "keywords")), None)
    front: list[Heading] = []
    first_numbered = min((h.start for h in numbered), default=len(text))
    if abstract is not None and abstract < first_numbered:
        front = front_matter_headings(text, abstract, top_rank)
    found = sorted([*front, *numbered, *parts], key=lambda h: h.start)
    starts = [h.start for h in found]
    for keywords in (h for h in parts if h.kind == "keywords"):
        following = bisect.bisect_right(starts, keywords.start)
        after = found[following] if following < len(found) else None
        body = _body_after_keywords(text, keywords, after, top_rank)
        if body is not None:
            found.insert(following, body)
            starts.insert(following, body.start)
    return found


#: A line of prose: long, and ends a sentence somewhere.
_PROSE_LINE_RE = re.compile(r"^[^\n]{40,}[。！？][^\n]*$", re.M)


def _body_after_keywords(
    text: str, keywords: Heading, after: Heading | None, top_rank: int
) -> Heading | None:
    """An untitled body heading at the first prose line after the keywords, or at the
    next heading when that one is numbered below the top level.

    Why: a paper often runs from its keywords into its introduction without a heading
    (关键词：甲；乙 / 分类号… / 本文讨论…), and an excerpt may open its body with a
    subsection (2.3.1 …) that would otherwise nest under the keywords; the keywords
    part ends where the body starts, or the body is never read.
    """
    line_end = text.find("\n", keywords.end)
    if line_end < 0:
        return None
    limit = after.start if after is not None else len(text)
    prose = _PROSE_LINE_RE.search(text, line_end + 1, limit)
    if prose is not None:
        start = prose.start()
    elif after is not None and after.kind not in PAPER_KINDS and after.rank > top_rank:
        start = after.start
    else:
        return None  # the next heading opens the body
    return Heading(start, start, "", "", "paper", 0, rank_override=top_rank, kind="body")


def _top_rank(headings: Sequence[Heading]) -> int:
    """The rank of the body's top-level headings; a lone first heading above all the
    others (a Markdown "# title") is the document's title, not a sibling of its parts."""
    ranks = sorted({h.rank for h in headings})
    if not ranks:
        return RANKS["cn"]
    top = [h for h in headings if h.rank == ranks[0]]
    if len(top) == 1 and len(ranks) > 1 and top[0].start == min(h.start for h in headings):
        return ranks[1]
    return ranks[0]


def _located(
    sentences: Sequence[Sentence],
    markers: Sequence[CitationMarker],
    pages: Sequence[tuple[int, int]],
    paragraphs: Sequence[tuple[int, int]],
) -> tuple[Sentence, ...]:
    """Sentences with their page or paragraph and the references their markers cite."""
    if not (markers or pages or paragraphs):
        return tuple(sentences)
    page_starts = [start for start, _ in pages]
    paragraph_starts = [start for start, _ in paragraphs]
    marker_starts = [m.start for m in markers]
    # markers in text order: a sentence's are found by bisection, not by a scan of all
    ordered = marker_starts == sorted(marker_starts)
    located = []
    for sentence in sentences:
        if ordered:
            first = bisect.bisect_right(marker_starts, sentence.start)
            inside = markers[first : bisect.bisect_right(marker_starts, sentence.end, first)]
        else:
            inside = [m for m in markers if sentence.start < m.start <= sentence.end]
        cited = tuple(dict.fromkeys(label for m in inside for label in m.labels))
        page = _number_at(pages, page_starts, sentence.orig_start)
        paragraph = _number_at(paragraphs, paragraph_starts, sentence.orig_start)
        if (page, paragraph, cited) == (sentence.page, sentence.paragraph, sentence.citations):
            located.append(sentence)  # nothing to add (dataclasses.replace is slow)
        else:
            located.append(replace(sentence, page=page, paragraph=paragraph, citations=cited))
    return tuple(located)


def _number_at(
    spans: Sequence[tuple[int, int]], starts: Sequence[int], position: int
) -> int | None:
    index = bisect.bisect_right(starts, position) - 1
    return spans[index][1] if index >= 0 else None


def _references(
    text: str,
    offsets: Sequence[int],
    sections: Sequence[Section],
    pages: Sequence[tuple[int, int]],
) -> tuple[Reference, ...]:
    """The parsed entries of the reference list(s), with original spans and pages."""
    page_starts = [start for start, _ in pages]
    references = []
    for label, start, end in reference_entries(text, sections):
        orig_start, orig_end = offsets[start], offsets[end - 1] + 1
        entry = parse_reference(label, text[start:end])
        references.append(
            replace(
                entry,
                start=orig_start,
                end=orig_end,
                page=_number_at(pages, page_starts, orig_start),
            )
        )
    return tuple(references)


def _toc_notice(view: TextView, original: str, toc: Toc) -> Notice:
    orig_start, orig_end = view.original_span(toc.start, toc.end)
    return Notice(
        NoticeKind.TOC,
        f"table of contents ({len(toc.entries)} entries) kept out of the body",
        orig_start,
        orig_end,
        original[orig_start:orig_end],
    )


def _without_toc(
    view: TextView, breaks: list[int], toc: Toc
) -> tuple[TextView, list[int], int, bool]:
    """The text without its table of contents: (view, line breaks, where the body starts,
    whether the body resumes in the middle of the TOC's last line)."""
    same_line = "\n" not in view.text[toc.end - 1 : toc.end + 1]
    toc_length = toc.end - toc.start
    breaks = [
        b if b < toc.start else b - toc_length for b in breaks if not toc.start <= b < toc.end
    ]
    view = drop_spans(view, [(toc.start, toc.end)])
    body_start = _skip_space(view.text, toc.start)
    return view, breaks, body_start, same_line and body_start < len(view.text)


def _inferred_heading_notices(view: TextView, headings: Sequence[Heading]) -> list[Notice]:
    """A warning for each heading taken from the TOC because its page was skipped."""
    notices = []
    for heading in headings:
        if heading.inferred:
            position = view.offsets[heading.start]
            notices.append(
                Notice(
                    NoticeKind.TRUNCATION,
                    f"heading {heading.number}{heading.title} is on a skipped page; "
                    "taken from the table of contents",
                    position,
                    position,
                )
            )
    return notices


def _overlong_notices(
    view: TextView, original: str, overlong: Sequence[tuple[int, int]]
) -> list[Notice]:
    """A warning for each stretch too long for one sentence, which was cut into pieces."""
    notices = []
    for start, end in overlong:
        orig_start, orig_end = view.original_span(start, end)
        notices.append(
            Notice(
                NoticeKind.LONG_SENTENCE,
                f"{end - start} characters without a sentence end; split into pieces of at "
                f"most {MAX_SENTENCE_CHARS}",
                orig_start,
                orig_end,
                original[orig_start : min(orig_end, orig_start + 200)],
            )
        )
    return notices


def _unglued_heading_starts(headings: Sequence[Heading]) -> list[int]:
    """Heading starts that begin a sentence: every real heading.

    Of chained run-in headings ((二)…1、…) each one before the last is a sentence
    of its own, so evidence never carries a string of headings; the last stays at
    the start of the body it is glued to. A heading after text cut off
    mid-sentence starts a new sentence too.
    """
    return [heading.start for heading in headings if not heading.inferred]


def _without_bare_numbers(
    text: str, spans: Sequence[tuple[int, int]], headings: Sequence[Heading]
) -> list[tuple[int, int]]:
    """Sentences opening with a bare number (第五条, （一） of a law) start after it.

    A number without a title is not part of what the sentence says ("第五条 经营者
    应当…" says "经营者应当…"); a titled run-in heading stays (2、物业公司的管理责任…).
    """
    bare_end = {h.start: h.end for h in headings if not h.title and not h.inferred}
    result = []
    for start, end in spans:
        if start in bare_end:
            start = _skip_space(text, bare_end[start])
        if start < end:
            result.append((start, end))
    return result


MAX_SENTENCE_CHARS = 1000
"""Longer "sentences" (text without 。！？, e.g. a scraped page on one line) are split.

The NLP stage cannot take a sentence of megabytes (spaCy refuses a text over a
million characters) and evidence that long is useless; no Chinese sentence of a
law or paper comes near this length.
"""
_CLAUSE_ENDS = "，,；;：:、 \t\u3000\n"


def _split_overlong(
    text: str, spans: Sequence[tuple[int, int]], limit: int = MAX_SENTENCE_CHARS
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans no longer than ``limit``, cut after the last clause mark of each window.

    Returns the pieces and the overlong spans they came from (for a notice), so
    no text is dropped and the user is told where sentences were split.
    """
    pieces: list[tuple[int, int]] = []
    overlong: list[tuple[int, int]] = []
    for start, end in spans:
        if end - start > limit:
            overlong.append((start, end))
        while end - start > limit:
            window = text[start : start + limit]
            mark = max(window.rfind(char) for char in _CLAUSE_ENDS)
            cut = start + mark + 1 if mark >= limit // 2 else start + limit
            pieces.append((start, cut))
            start = _skip_space(text, cut)
        if start < end:
            pieces.append((start, end))
    return pieces, overlong


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\u3000\r\n":
        position += 1
    return position


def _truncations(
    view: TextView,
    original: str,
    spans: list[tuple[int, int]],
    sections: Iterable[Any],
    resumes_mid_line: bool,
    body_start: int,
) -> list[Notice]:
    section_list = list(sections)
    notices = []
    for start, end in find_cuts(view.text, spans, section_list):
        orig_start, orig_end = view.original_span(start, end)
        notices.append(
            Notice(
                NoticeKind.TRUNCATION,
                "sentence cut off (text missing after it)",
                orig_start,
                orig_end,
                original[orig_start:orig_end],
            )
        )
    heading_starts = {s.start for s in section_list if s.end > s.start}
    resumes = resumes_mid_line and bool(spans) and spans[0][0] == body_start
    if resumes and body_start not in heading_starts:
        start, end = spans[0]
        orig_start, orig_end = view.original_span(start, end)
        notices.append(
            Notice(
                NoticeKind.TRUNCATION,
                "text resumes mid-passage after the table of contents (pages skipped)",
                orig_start,
                orig_end,
                original[orig_start:orig_end],
            )
        )
    return notices


def _title(from_chrome: str, from_file: str, text: str, source: str) -> str:
    """The page title a site repeated, the file's own title, its first line, or its name."""
    if from_chrome:
        return from_chrome
    if from_file.strip():
        return clean(from_file.strip()).view.text
    lines = (line.group("title").strip() for line in _TITLE_LINE_RE.finditer(text[:2000]))
    # (附件 on a line of its own labels the attachment whose title follows it)
    candidate = next((line for line in lines if line and not _ATTACHMENT_RE.match(line)), "")
    if candidate.endswith(_SALUTATION_ENDS):
        # a salutation (甲县政府，乙局：) opens a covering letter, no title: the
        # document it issues is the text's, else the next line names it
        issued = _ISSUED_TITLE_RE.search(text, 0, 2000)
        if issued:
            return issued.group("title")
        candidate = next(
            (line for line in lines if line and not line.endswith(_SALUTATION_ENDS)), ""
        )
    if candidate and _BROKEN_TITLE_RE.search(candidate):
        following = next((line for line in lines if line), "")
        if _TITLE_CLOSE_RE.search(following):
            return candidate + following  # 甲部关于推进 / 乙工作的意见: one title
    return candidate or (Path(source).stem if source and not source.startswith("<") else "")


def document_to_dict(document: Document) -> dict[str, Any]:
    """A JSON-ready view: sections, sentences with both spans, references, notices, TOC."""
    return {
        "id": document.id,
        "source": document.source,
        "title": document.title,
        "toc": list(document.toc),
        "sections": [_section_dict(document, s) for s in document.sections],
        "sentences": [_sentence_dict(document, s) for s in document.sentences],
        "references": [_reference_dict(r) for r in document.references],
        "notices": [
            {
                "kind": n.kind.value,
                "message": n.message,
                "start": n.start,
                "end": n.end,
                "text": n.text,
            }
            for n in document.notices
        ],
    }


def _section_dict(document: Document, s: Section) -> dict[str, Any]:
    orig_start, orig_end = document.to_original(s.start, s.end)
    return {
        "index": s.index,
        "number": s.number,
        "title": s.title,
        "level": s.level,
        "kind": s.kind,
        "parent": s.parent,
        "start": s.start,
        "end": s.end,
        "body_end": s.body_end,
        "orig_start": orig_start,
        "orig_end": orig_end,
    }


def _sentence_dict(document: Document, s: Sentence) -> dict[str, Any]:
    return {
        "index": s.index,
        "text": s.text,
        "start": s.start,
        "end": s.end,
        "section": s.section,
        "orig_start": s.orig_start,
        "orig_end": s.orig_end,
        "original": document.original[s.orig_start : s.orig_end],
        "page": s.page,
        "paragraph": s.paragraph,
        "section_kind": document.section_kind(s.section),
        "citations": list(s.citations),
    }


def _reference_dict(r: Reference) -> dict[str, Any]:
    return {
        "label": r.label,
        "type": r.kind,
        "type_name": type_name(r.kind),
        "authors": list(r.authors),
        "title": r.title,
        "venue": r.venue,
        "year": r.year,
        "volume": r.volume,
        "issue": r.issue,
        "pages": r.pages,
        "publisher": r.publisher,
        "text": r.text,
        "orig_start": r.start,
        "orig_end": r.end,
        "page": r.page,
    }
