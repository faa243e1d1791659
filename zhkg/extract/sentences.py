"""Sentence splitting of the normalised text, and each sentence's section.

Sentences end at 。！？； (full-width or ASCII; an ASCII "." only between non-Latin,
non-digit characters so 1.5 and U.S. survive) and at line ends; a closing quote or
bracket stays with its sentence. A heading run into the body stays at the start of
the sentence it is glued to, but every heading start begins a new sentence, so
text cut off before a heading (skipped pages) never swallows the heading.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence

from zhkg.extract.model import Section, Sentence

__all__ = ["TERMINALS", "assign_sections", "find_cuts", "make_sentences", "split_sentences"]

TERMINALS = "。！？；!?;"
_SENTENCE_RE = re.compile(
    r"(?:[^。！？；!?;.\n]+|(?<=[\dA-Za-z])\.|\.(?=[\dA-Za-z]))*"
    r"(?:[。！？；!?;.]+[”’」』)）\]】》\"']*|\n|$)"
)
_LEADING_JUNK = " \t\u3000\r\n，,、：:"
_TRAILING_SPACE = " \t\u3000\r\n"
_CONTENT_RE = re.compile(r"[^\W_]")


def split_sentences(text: str, breaks: Iterable[int] = ()) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text``; ``breaks`` are extra positions that start one."""
    cut_points = sorted(set(breaks))
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE_RE.finditer(text):
        start, end = match.span()
        if start == end:
            continue
        low = bisect.bisect_right(cut_points, start)
        high = bisect.bisect_left(cut_points, end)
        pieces = [start, *cut_points[low:high], end]
        for piece_start, piece_end in itertools.pairwise(pieces):
            span = _trim(text, piece_start, piece_end)
            if span is not None:
                spans.append(span)
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _LEADING_JUNK:
        start += 1
    while end > start and text[end - 1] in _TRAILING_SPACE:
        end -= 1
    if start >= end or not _CONTENT_RE.search(text, start, end):
        return None
    return start, end


def assign_sections(
    spans: Sequence[tuple[int, int]], sections: Sequence[Section]
) -> list[int | None]:
    """The innermost section of each sentence.

    A sentence that opens with one or more run-in headings belongs to the last of
    them (the one whose body it starts): "(三)物业的职责1、物业的管理责任物业公司作为…"
    belongs to 1、物业的管理责任.
    """
    starts = [section.start for section in sections]
    by_start: dict[int, int] = {}
    for section in sections:
        by_start[section.start] = section.index
    result: list[int | None] = []
    for start, end in spans:
        position = start
        while position in by_start:
            heading = sections[by_start[position]]
            if position < heading.end < end and heading.end in by_start:
                position = heading.end
            else:
                break
        index = bisect.bisect_right(starts, position) - 1
        result.append(_innermost(sections, index, position))
    return result


def _innermost(sections: Sequence[Section], index: int, position: int) -> int | None:
    while index >= 0:
        section = sections[index]
        if section.start <= position and (position < section.body_end or section.start == position):
            return index
        index = section.parent if section.parent is not None else -1
    return None


def make_sentences(
    text: str,
    offsets: Sequence[int],
    spans: Sequence[tuple[int, int]],
    sections: Sequence[Section],
) -> tuple[Sentence, ...]:
    """Sentence records with normalised and original spans."""
    owners = assign_sections(spans, sections)
    return tuple(
        Sentence(
            index=index,
            text=text[start:end],
            start=start,
            end=end,
            section=owner,
            orig_start=offsets[start],
            orig_end=offsets[end - 1] + 1,
        )
        for index, ((start, end), owner) in enumerate(zip(spans, owners, strict=True))
    )


def find_cuts(
    text: str, spans: Sequence[tuple[int, int]], sections: Sequence[Section]
) -> list[tuple[int, int]]:
    """Sentences cut off mid-way: a fragment that runs into a heading on the same
    line, or the unfinished last sentence of the text — where pages were skipped."""
    heading_starts = {section.start for section in sections if section.end > section.start}
    heading_ends = {section.end for section in sections}
    cuts: list[tuple[int, int]] = []
    for number, (start, end) in enumerate(spans):
        if text[end - 1] in TERMINALS or text[end - 1] in "”’」』)）】》\"'":
            continue
        if end in heading_ends:
            continue  # the sentence is (or ends with) a heading
        next_start = spans[number + 1][0] if number + 1 < len(spans) else len(text)
        gap = text[end:next_start]
        run_into_heading = next_start in heading_starts and "\n" not in gap
        # prose (a clause comma, or long) left unfinished at the very end
        prose = end - start > 30 or any(mark in text[start:end] for mark in "，,")
        at_text_end = number + 1 == len(spans) and prose
        if run_into_heading or at_text_end:
            cuts.append((start, end))
    return cuts
