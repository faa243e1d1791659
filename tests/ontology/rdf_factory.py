"""Small, hand-made Extractions for the RDF tests (the real pipeline is tested elsewhere).

The text is a short policy paragraph written for these tests; its sentences and
offsets are computed, not typed, so the Document is internally consistent.
"""

from __future__ import annotations

import dataclasses

from zhkg.extract.model import (
    Document,
    Extraction,
    Modality,
    RelationKind,
    ResponsibilityStatement,
    Section,
    Sentence,
    StakeholderMention,
    StakeholderRelation,
)

HEADING = "一、售后责任"
SENTENCES = (
    "主播应当为消费者提供售后服务。",
    "商家不得拒绝退货。",
    "平台可以监督商家。",
)
PREFIX = "  "  # the original file starts with two spaces that normalisation drops


def make_document(doc_id: str = "sample", source: str = "/data/in/sample.txt") -> Document:
    """A document of one section heading and three sentences."""
    text = HEADING + "".join(SENTENCES)
    original = PREFIX + text
    offsets = [len(PREFIX) + i for i in range(len(text) + 1)]
    section = Section(
        index=0,
        number="一、",
        title="售后责任",
        level=1,
        kind="heading",
        parent=None,
        start=0,
        end=len(HEADING),
        body_end=len(text),
    )
    sentences = []
    cursor = len(HEADING)
    for index, sentence in enumerate(SENTENCES):
        end = cursor + len(sentence)
        sentences.append(
            Sentence(index, sentence, cursor, end, 0, offsets[cursor], offsets[end - 1] + 1)
        )
        cursor = end
    return Document(
        id=doc_id,
        source=source,
        title="测试文档",
        original=original,
        text=text,
        offsets=offsets,
        sections=(section,),
        sentences=tuple(sentences),
    )


def mention(
    document: Document, sentence: int, surface: str, label: str, cls: str
) -> StakeholderMention:
    """The mention of ``surface`` in sentence ``sentence`` (offsets found, not typed)."""
    sent = document.sentences[sentence]
    start = sent.start + sent.text.index(surface)
    return StakeholderMention(surface, label, cls, start, start + len(surface), sentence)


def make_extraction(doc_id: str = "sample", source: str = "/data/in/sample.txt") -> Extraction:
    """Two statements (主播 must, 商家 must not), one may, and one relation."""
    document = make_document(doc_id, source)
    streamer = mention(document, 0, "主播", "主播", "Streamer")
    consumer = mention(document, 0, "消费者", "消费者", "Consumer")
    merchant = mention(document, 1, "商家", "商家", "Merchant")
    platform = mention(document, 2, "平台", "平台", "Platform")
    merchant2 = mention(document, 2, "商家", "商家", "Merchant")
    statements = (
        ResponsibilityStatement(
            streamer, "为消费者提供售后服务", Modality.MUST, "售后服务", 0, 0.9, "deontic"
        ),
        ResponsibilityStatement(
            merchant, "拒绝退货", Modality.MUST_NOT, "售后服务", 1, 0.85, "deontic"
        ),
        ResponsibilityStatement(platform, "监督商家", Modality.MAY, None, 2, 0.7, "deontic"),
    )
    relations = (
        StakeholderRelation(streamer, RelationKind.SERVES, consumer, 0, 0.6, "serves"),
        StakeholderRelation(
            platform, RelationKind.SUPERVISES, merchant2, 2, 0.8, "supervises", Modality.MAY
        ),
    )
    return Extraction(
        document=document,
        mentions=(streamer, consumer, merchant, platform, merchant2),
        responsibilities=statements,
        relations=relations,
    )


def replace_statement(extraction: Extraction, index: int, **changes: object) -> Extraction:
    """The extraction with one statement changed (for tests of broken data)."""
    statements = list(extraction.responsibilities)
    statements[index] = dataclasses.replace(statements[index], **changes)  # type: ignore[arg-type]
    return dataclasses.replace(extraction, responsibilities=tuple(statements))
