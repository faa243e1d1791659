"""The `zhkg segment` command: a document's outline, or the whole Document as JSON."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from typing import IO

from zhkg.cli.options import max_chars_option, spooled_output
from zhkg.extract.model import PAPER_KINDS, Document, Notice, NoticeKind, Reference

__all__ = ["format_outline", "register"]

#: Notices that report what was removed on purpose, as opposed to damage in the text.
_REMOVALS = (NoticeKind.CHROME, NoticeKind.PINYIN, NoticeKind.TOC, NoticeKind.LAYOUT)
_EXCERPT = 40


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this stage's sub-commands to the `zhkg` parser."""
    from zhkg.cli import add_command

    parser = add_command(
        commands,
        "segment",
        _segment,
        help="Read, clean and structure a document (or every document in a folder) and "
        "show its outline: numbered headings, sentences per section, warnings with "
        "their spans in the original file.",
        example="zhkg segment paper.txt          (or: zhkg segment laws/ --json > docs.json)",
    )
    parser.add_argument("path", metavar="PATH", help="a .txt/.md/.html/.docx/.pdf file or a folder")
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the Document(s) as JSON: sections, sentences with normalised and "
        "original spans, notices, table of contents",
    )
    max_chars_option(parser)


def _segment(args: argparse.Namespace) -> int:
    from zhkg import pipeline

    # all read before anything is printed (the output waits in a spool file, so a
    # big text streams through one bounded part at a time)
    documents = pipeline.read_all([args.path], max_chars=args.max_chars)
    with spooled_output() as spool:
        if args.json:
            _write_json(documents, spool)
        else:
            for number, document in enumerate(documents):
                spool.write(("\n\n" if number else "") + format_outline(document))
            spool.write("\n")
    return 0


def _write_json(documents: Iterable[Document], out: IO[str]) -> None:
    """One Document as an object, several as a list, written one at a time."""
    from zhkg import pipeline

    first: str | None = None
    count = 0
    for document in documents:
        text = json.dumps(pipeline.document_as_dict(document), ensure_ascii=False, indent=2)
        count += 1
        if count == 1:
            first = text
            continue
        if count == 2:
            out.write("[\n" + _indented(first or ""))
        out.write(",\n" + _indented(text))
    if count == 1:
        out.write(first or "")
    elif count > 1:
        out.write("\n]")
    else:
        out.write("[]")
    out.write("\n")


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))


def format_outline(document: Document) -> str:
    """The readable outline: heading tree with sentence counts, TOC, removals, warnings."""
    counts = Counter(sentence.section for sentence in document.sentences)
    lines = [
        f"{document.title or '(untitled)'}",
        f"  source: {document.source}",
        f"  id: {document.id}   sections: {len(document.sections)}   "
        f"sentences: {len(document.sentences)}",
    ]
    if document.toc:
        lines.append(f"table of contents ({len(document.toc)} entries, kept out of the body):")
        lines.extend(f"  {entry}" for entry in document.toc)
    lines.append("outline:")
    if counts.get(None):
        lines.append(f"  (before the first heading)  [{counts[None]} sentences]")
    inferred = {
        notice.start for notice in document.notices
        if notice.kind is NoticeKind.TRUNCATION and notice.start == notice.end
    }  # fmt: skip
    for section in document.sections:
        spacer = (
            " " if section.kind in ("part", "chapter", "section") and "第" in section.number else ""
        )
        label = f"{section.number}{spacer}{section.title}".strip()
        note = ""
        if section.start == section.end and document.offsets[section.start] in inferred:
            note = "  (heading on a skipped page, from the table of contents)"
        if section.kind in PAPER_KINDS:
            note += f"  ({section.kind})"
        indent = "  " * section.level
        lines.append(f"{indent}{label}  [{counts.get(section.index, 0)}]{note}")
    if not document.sections:
        lines.append("  (no headings found)")
    if document.references:
        lines.append(f"references ({len(document.references)} entries parsed):")
        lines.extend(_reference_line(reference) for reference in document.references)
    removals = [n for n in document.notices if n.kind in _REMOVALS]
    warnings = [n for n in document.notices if n.kind not in _REMOVALS]
    if removals:
        lines.append(f"removed ({len(removals)}):")
        lines.extend(_notice_line(notice) for notice in removals)
    lines.append(f"warnings ({len(warnings)}):")
    lines.extend(_notice_line(notice) for notice in warnings)
    return "\n".join(lines)


def _reference_line(reference: Reference) -> str:
    authors = "，".join(reference.authors)
    fields = [f for f in (authors, reference.title, reference.venue, reference.year) if f]
    kind = f"[{reference.kind}]" if reference.kind else ""
    shown = " | ".join(fields) if fields else reference.text
    page = f"  (p. {reference.page})" if reference.page is not None else ""
    return f"  [{reference.label}]{kind} {shown}{page}"


def _notice_line(notice: Notice) -> str:
    excerpt = " ".join(notice.text.split())
    if len(excerpt) > _EXCERPT:
        excerpt = excerpt[:_EXCERPT] + "…"
    shown = f": {excerpt}" if excerpt else ""
    return f"  {notice.kind.value:<10} [{notice.start}:{notice.end}] {notice.message}{shown}"
