"""The typed contract between the stages: plain frozen dataclasses, no spaCy objects.

Offsets: ``start``/``end`` on sections, sentences and mentions are into the
*normalised* text (``Document.text``); ``Document.to_original`` maps such a span to
the *original* file's text, which is what every exported fact reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum

__all__ = [
    "PAPER_KINDS",
    "UNMINED_KINDS",
    "Document",
    "Extraction",
    "Modality",
    "Notice",
    "NoticeKind",
    "Reference",
    "RelationKind",
    "ResponsibilityStatement",
    "Section",
    "Sentence",
    "StakeholderMention",
    "StakeholderRelation",
]


class Modality(str, Enum):
    """Deontic force of a statement (GUIDELINES: must / must_not / should / may)."""

    MUST = "must"
    MUST_NOT = "must_not"
    SHOULD = "should"
    MAY = "may"


class RelationKind(str, Enum):
    """Stakeholder-to-stakeholder relation types; values are the property-graph types.

    The ten types of the relation conventions. Three are symmetric (either end may
    be written first); the others point from the acting party to the one acted on.
    """

    SUPERVISES = "SUPERVISES"
    REQUIRES = "REQUIRES"
    COLLABORATES_WITH = "COLLABORATES_WITH"
    SERVES = "SERVES"
    INFORMS = "INFORMS"
    REPORTS_TO = "REPORTS_TO"
    GIVES_FEEDBACK_TO = "GIVES_FEEDBACK_TO"
    CONTRACTS_WITH = "CONTRACTS_WITH"
    COMPENSATES = "COMPENSATES"
    JOINTLY_LIABLE_WITH = "JOINTLY_LIABLE_WITH"

    @property
    def symmetric(self) -> bool:
        """True for the types whose two ends play the same role (A 与 B 合作)."""
        return self in _SYMMETRIC_KINDS


_SYMMETRIC_KINDS = frozenset(
    {
        RelationKind.COLLABORATES_WITH,
        RelationKind.CONTRACTS_WITH,
        RelationKind.JOINTLY_LIABLE_WITH,
    }
)


class NoticeKind(str, Enum):
    """What a reading/cleaning warning is about."""

    MOJIBAKE = "mojibake"
    TRUNCATION = "truncation"
    CHROME = "chrome"
    TOC = "toc"
    PINYIN = "pinyin"
    ENCODING = "encoding"
    LONG_SENTENCE = "long_sentence"
    LAYOUT = "layout"


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning about the input, with its span in the *original* text."""

    kind: NoticeKind
    message: str
    start: int
    end: int
    text: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the stretch of text it governs.

    ``number`` is the numbering as written (一、 / （一） / 1、 / 第一章 / 第十条),
    ``title`` the heading text without it (may be empty for a bare 第X条),
    ``kind`` one of part, chapter, section, article, item, heading, or a part of a
    research paper (see ``PAPER_KINDS``): title, authors, affiliation, abstract,
    keywords, footnotes, references, acknowledgements, appendix.
    ``start``/``end`` cover the heading; ``body_end`` the whole section.
    """

    index: int
    number: str
    title: str
    level: int
    kind: str
    parent: int | None
    start: int
    end: int
    body_end: int

    @property
    def label(self) -> str:
        return f"{self.number}{self.title}".strip()


#: Section kinds of a research paper's parts (besides the numbered body headings).
PAPER_KINDS = (
    "title",
    "authors",
    "affiliation",
    "abstract",
    "keywords",
    "footnotes",
    "references",
    "acknowledgements",
    "appendix",
)
#: Parts never read for facts: bibliographic and front-matter text states no duties.
UNMINED_KINDS = frozenset({"authors", "affiliation", "keywords", "references"})


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the normalised text and the innermost section it belongs to.

    ``page`` (PDF) and ``paragraph`` (DOCX) locate it in the file as a reader cites
    it; ``citations`` are the numbers of the references its citation markers point
    to (the markers themselves are not part of ``text``).
    """

    index: int
    text: str
    start: int
    end: int
    section: int | None
    orig_start: int
    orig_end: int
    page: int | None = None
    paragraph: int | None = None
    citations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reference:
    """One entry of a reference list (or a bibliographic footnote), parsed.

    ``label`` is its number as cited ("3" for [3], "①" for a footnote);
    ``kind`` the document type code of GB/T 7714 (J journal article, M book,
    D thesis, C proceedings, N newspaper, S standard, R report, EB/OL web page …),
    "" when not given. ``start``/``end`` are into the original text.
    """

    label: str
    text: str
    authors: tuple[str, ...] = ()
    title: str = ""
    kind: str = ""
    venue: str = ""
    year: str = ""
    volume: str = ""
    issue: str = ""
    pages: str = ""
    publisher: str = ""
    start: int = 0
    end: int = 0
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A read, cleaned, normalised and structured text.

    ``offsets[i]`` is the index in ``original`` of the character ``text[i]``
    (``len(offsets) == len(text) + 1``; the last entry is the end of the
    original text), so a normalised span maps back to the original file.
    """

    id: str
    source: str
    title: str
    original: str
    text: str
    offsets: Sequence[int]
    sections: tuple[Section, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    notices: tuple[Notice, ...] = ()
    toc: tuple[str, ...] = ()
    #: (start offset in ``original``, page number) pairs of a PDF, in text order.
    pages: tuple[tuple[int, int], ...] = ()
    references: tuple[Reference, ...] = ()

    def section_kind(self, section: int | None) -> str:
        """The paper part a section lies in (abstract, references …), else "body"."""
        for current in reversed(self.section_path(section)):
            if current.kind in PAPER_KINDS:
                return current.kind
        return "body"

    def minable(self, sentence: Sentence) -> bool:
        """Whether facts are read from ``sentence`` (not from a reference list, keywords …)."""
        return self.section_kind(sentence.section) not in UNMINED_KINDS

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the span of the original it came from."""
        if start >= end:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def section_path(self, section: int | None) -> tuple[Section, ...]:
        """The chain of sections from the top level down to ``section``."""
        path: list[Section] = []
        while section is not None:
            current = self.sections[section]
            path.append(current)
            section = current.parent
        return tuple(reversed(path))


@dataclass(frozen=True, slots=True)
class StakeholderMention:
    """A party as written (``text``) and what it is (``label``, ``cls``).

    ``label`` is the canonical stakeholder name (入驻商户 and 平台运营者
    stay distinct), ``cls`` the ontology class local name (``Platform``,
    ``Merchant`` … or ``Stakeholder``). Span is into the normalised text; a
    party inherited from a heading or previous sentence points at that mention.
    """

    text: str
    label: str
    cls: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True, slots=True)
class ResponsibilityStatement:
    """One duty of one party, with its evidence sentence and how it was found."""

    holder: StakeholderMention
    duty: str
    modality: Modality
    category: str | None
    sentence: int
    confidence: float
    rule: str


@dataclass(frozen=True, slots=True)
class StakeholderRelation:
    """A relation between two parties stated in one sentence.

    ``modality`` is the force of the clause the relation was read from (a relation
    that a duty requires differs from one that is described: ``None``); ``rule``
    names the rules that made it, joined by ``+``; ``start``/``end`` span the cue
    in the normalised text (``-1`` when unknown).
    """

    subject: StakeholderMention
    kind: RelationKind
    object: StakeholderMention
    sentence: int
    confidence: float
    rule: str
    modality: Modality | None = None
    start: int = -1
    end: int = -1


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one Document."""

    document: Document
    mentions: tuple[StakeholderMention, ...] = ()
    responsibilities: tuple[ResponsibilityStatement, ...] = ()
    relations: tuple[StakeholderRelation, ...] = field(default=())
