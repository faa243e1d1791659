"""An Extraction as records: JSON lines, gold-style TSV rows, an aligned table.

Every record carries its provenance: the document, the section path as text,
the sentence index and the evidence sentence's span in the *original* file
(``original[start:end]`` is the sentence as written there).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from zhkg.extract.evaluation import GOLD_COLUMNS, EvalRow
from zhkg.extract.model import (
    Document,
    Extraction,
    ResponsibilityStatement,
    Section,
    StakeholderMention,
    StakeholderRelation,
)

__all__ = [
    "eval_rows",
    "jsonl_lines",
    "records",
    "section_path_text",
    "table_lines",
    "tsv_lines",
]

TABLE_COLUMNS = (
    "stakeholder",
    "label",
    "responsibility",
    "modality",
    "category",
    "section",
    "rule",
)


def section_path_text(document: Document, section: int | None) -> str:
    """ "第三章 运营者 > 第二节 一般规定 > 第十二条": the section path for reading."""
    return " > ".join(_section_label(s) for s in document.section_path(section))


def _section_label(section: Section) -> str:
    if section.number.startswith("第") and section.title:
        return f"{section.number} {section.title}"
    return section.label


def _provenance(document: Document, sentence_index: int) -> dict[str, Any]:
    sentence = document.sentences[sentence_index]
    return {
        "evidence": sentence.text,
        "doc": document.source,
        "doc_id": document.id,
        "section": section_path_text(document, sentence.section),
        "sentence": sentence.index,
        "start": sentence.orig_start,
        "end": sentence.orig_end,
        "page": sentence.page,
        "paragraph": sentence.paragraph,
        "section_kind": document.section_kind(sentence.section),
        "citations": list(sentence.citations),
    }


def responsibility_record(document: Document, statement: ResponsibilityStatement) -> dict[str, Any]:
    holder = statement.holder
    return {
        "type": "responsibility",
        "stakeholder": holder.text,
        "stakeholder_label": holder.label,
        "stakeholder_class": holder.cls,
        "responsibility": statement.duty,
        "category": statement.category,
        "modality": statement.modality.value,
        **_provenance(document, statement.sentence),
        "confidence": statement.confidence,
        "rule": statement.rule,
    }


def relation_record(document: Document, relation: StakeholderRelation) -> dict[str, Any]:
    return {
        "type": "relation",
        "subject": relation.subject.text,
        "subject_label": relation.subject.label,
        "predicate": relation.kind.value,
        "object": relation.object.text,
        "object_label": relation.object.label,
        **_provenance(document, relation.sentence),
        "confidence": relation.confidence,
        "rule": relation.rule,
    }


def stakeholder_record(document: Document, mention: StakeholderMention) -> dict[str, Any]:
    mention_start, mention_end = document.to_original(mention.start, mention.end)
    return {
        "type": "stakeholder",
        "stakeholder": mention.text,
        "stakeholder_label": mention.label,
        "stakeholder_class": mention.cls,
        "mention_start": mention_start,
        "mention_end": mention_end,
        **_provenance(document, mention.sentence),
    }


def records(extraction: Extraction) -> Iterator[dict[str, Any]]:
    """Stakeholders, then responsibilities, then relations, as JSON-ready dicts."""
    document = extraction.document
    for mention in extraction.mentions:
        yield stakeholder_record(document, mention)
    for statement in extraction.responsibilities:
        yield responsibility_record(document, statement)
    for relation in extraction.relations:
        yield relation_record(document, relation)


def jsonl_lines(extractions: Iterable[Extraction]) -> Iterator[str]:
    """One JSON object per line (UTF-8, Chinese kept readable)."""
    for extraction in extractions:
        for record in records(extraction):
            yield json.dumps(record, ensure_ascii=False)


def eval_rows(extraction: Extraction) -> list[EvalRow]:
    """The responsibilities as gold-style rows (stakeholder as written)."""
    sentences = extraction.document.sentences
    return [
        EvalRow(s.holder.text, s.duty, s.modality.value, sentences[s.sentence].text, s.rule)
        for s in extraction.responsibilities
    ]


def _tsv_cell(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")


#: Columns after the gold ones: where the evidence is in the file (PDF page, DOCX paragraph).
LOCATION_COLUMNS = ("page", "paragraph")


def tsv_lines(extractions: Iterable[Extraction]) -> Iterator[str]:
    """Header and rows in the gold columns: stakeholder, responsibility, modality, evidence.

    When a document was read from a PDF or DOCX, two more columns say where the
    evidence is in the file: its page and its paragraph (empty where unknown).
    """
    extractions = list(extractions)
    located = any(
        s.page is not None or s.paragraph is not None
        for extraction in extractions
        for s in extraction.document.sentences
    )
    yield "\t".join((*GOLD_COLUMNS, *(LOCATION_COLUMNS if located else ())))
    for extraction in extractions:
        sentences = extraction.document.sentences
        for row, statement in zip(eval_rows(extraction), extraction.responsibilities, strict=True):
            cells = [_tsv_cell(c) for c in (row.stakeholder, row.responsibility, row.modality)]
            cells.append(_tsv_cell(row.evidence))
            if located:
                sentence = sentences[statement.sentence]
                cells += [_number(sentence.page), _number(sentence.paragraph)]
            yield "\t".join(cells)


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide (CJK) characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def _clip(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def table_lines(extractions: Iterable[Extraction], *, max_width: int = 40) -> Iterator[str]:
    """Responsibilities as an aligned table for reading."""
    rows: list[Sequence[str]] = []
    for extraction in extractions:
        document = extraction.document
        for s in extraction.responsibilities:
            section = section_path_text(document, document.sentences[s.sentence].section)
            rows.append(
                (
                    s.holder.text,
                    s.holder.label,
                    s.duty,
                    s.modality.value,
                    s.category or "",
                    section.rsplit(" > ", 1)[-1],
                    s.rule,
                )
            )
    clipped = [[_clip(cell, max_width) for cell in row] for row in rows]
    widths = [
        max([display_width(name), *(display_width(row[i]) for row in clipped)])
        for i, name in enumerate(TABLE_COLUMNS)
    ]
    yield "  ".join(_pad(name, widths[i]) for i, name in enumerate(TABLE_COLUMNS)).rstrip()
    yield "  ".join("-" * width for width in widths)
    for row in clipped:
        yield "  ".join(_pad(cell, widths[i]) for i, cell in enumerate(row)).rstrip()
