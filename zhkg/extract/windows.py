"""Read a big text as a run of bounded windows, so memory does not grow with the file.

Stage 1 keeps several per-character structures of a text (the cleaned view, its
offset map, the sentence list), and their size grows with the whole file. A file
longer than ``WINDOW_CHARS`` is therefore split into windows of at most that
many characters, each read on its own into a Document *part*:

* a window ends at the last blank line before the limit, else at the last line
  break, else after the last sentence end (。！？；!?; …), so a text of one long
  line is split at its sentences; only a stretch of ``WINDOW_CHARS`` characters
  without any of them is cut where the limit falls, with a warning;
* every part keeps offsets into the whole file (``Document.original`` is the
  whole text, shared, not copied), so evidence points at the right characters;
* a part's id is derived from the file's id and the part's number, and its title
  says which part it is (``title [part 2/7]``).

``max_chars`` refuses a text longer than that before any work, with a message
naming the file, its length and what to do.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterator, Sequence
from typing import overload

from zhkg.errors import InputError
from zhkg.extract.model import Document, Notice, NoticeKind

__all__ = [
    "WINDOW_CHARS",
    "ShiftedOffsets",
    "check_length",
    "split_windows",
    "windowed_documents",
]

WINDOW_CHARS = 200_000
"""Characters of one window (about 600 KB of UTF-8 Chinese); a part never exceeds it."""

_SENTENCE_ENDS = "。！？；!?;…"


class ShiftedOffsets(Sequence[int]):
    """A part's offset map moved to the whole file, without copying it."""

    __slots__ = ("_base", "_shift")

    def __init__(self, base: Sequence[int], shift: int) -> None:
        self._base = base
        self._shift = shift

    def __len__(self) -> int:
        return len(self._base)

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            return [value + self._shift for value in self._base[index]]
        return self._base[index] + self._shift


def check_length(text: str, source: object, max_chars: int | None) -> None:
    """Refuse a text longer than ``max_chars`` (None: any length)."""
    if max_chars is not None and len(text) > max_chars:
        raise InputError(
            source,
            f"has {len(text):,} characters, more than --max-chars {max_chars:,}",
            hint="split the file, or raise --max-chars (big texts are read in windows, "
            "so memory stays bounded)",
        )


def _cut(text: str, start: int, limit: int) -> tuple[int, bool]:
    """Where a window from ``start`` should end (at most ``limit``); True if it cuts a line."""
    blank = text.rfind("\n\n", start, limit)
    if blank > start:
        return blank + 2, False
    newline = text.rfind("\n", start, limit)
    if newline > start:
        return newline + 1, False
    sentence_end = max(text.rfind(mark, start, limit) for mark in _SENTENCE_ENDS)
    if sentence_end > start:
        return sentence_end + 1, False
    return limit, True


def split_windows(text: str, window_chars: int = WINDOW_CHARS) -> list[tuple[int, int, bool]]:
    """``(start, end, cut_mid_line)`` of each window; one window for a short text."""
    if window_chars < 1:
        raise ValueError("window_chars must be positive")
    windows: list[tuple[int, int, bool]] = []
    start = 0
    while len(text) - start > window_chars:
        end, cut = _cut(text, start, start + window_chars)
        windows.append((start, end, cut))
        start = end
    windows.append((start, len(text), False))
    return windows


def windowed_documents(
    original: str,
    read: Callable[[str, str, int], Document],
    *,
    title: str = "",
    window_chars: int = WINDOW_CHARS,
) -> Iterator[Document]:
    """Documents of ``original``: itself if short, else one part per window.

    ``read(text, title, start)`` turns the text of the window at ``start`` into a
    Document (stage 1); it is called once per window, one window at a time.
    """
    windows = split_windows(original, window_chars)
    if len(windows) == 1:
        yield read(original, title, 0)
        return
    file_id = hashlib.sha256(original.encode("utf-8")).hexdigest()
    for number, (start, end, cut) in enumerate(windows, start=1):
        part = read(original[start:end], title, start)
        label = f"{part.title or title} [part {number}/{len(windows)}]"
        notices = [
            dataclasses.replace(n, start=n.start + start, end=n.end + start) for n in part.notices
        ]
        if cut:
            notices.append(
                Notice(
                    NoticeKind.LONG_SENTENCE,
                    f"{window_chars:,} characters without a line break or sentence end; "
                    "the text was cut here into two parts",
                    end,
                    end,
                )
            )
        yield dataclasses.replace(
            part,
            id=hashlib.sha256(f"{file_id}/part/{number}".encode()).hexdigest()[:16],
            title=label,
            original=original,
            offsets=ShiftedOffsets(part.offsets, start),
            sentences=tuple(
                dataclasses.replace(s, orig_start=s.orig_start + start, orig_end=s.orig_end + start)
                for s in part.sentences
            ),
            notices=tuple(notices),
        )
