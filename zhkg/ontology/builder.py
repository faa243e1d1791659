"""Extraction -> rdflib Graph, following the instance model of docs/rdf-model.md.

Each responsibility is an n-ary ``zhkg:ResponsibilityStatement`` (holder, duty,
modality, category, evidence, provenance) plus the shortcut triple
``stakeholder zhkg:bears responsibility``; each relation likewise is a
``zhkg:StakeholderRelation`` node plus the direct property. IRIs come from
``zhkg.ontology.iris`` only, so building is deterministic and graphs of several
documents merge on their shared stakeholders and duties.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path, PurePath

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, XSD, Namespace

from zhkg.errors import RDFError
from zhkg.extract.model import (
    Document,
    Extraction,
    Modality,
    Reference,
    RelationKind,
    ResponsibilityStatement,
    Sentence,
    StakeholderMention,
    StakeholderRelation,
)
from zhkg.ontology import iris
from zhkg.ontology.namespace import ZHKG
from zhkg.ontology.ontology import TermIndex
from zhkg.ontology.serialize import bind_prefixes

__all__ = [
    "MODALITY_INDIVIDUALS",
    "RELATION_PROPERTIES",
    "CorpusGraph",
    "FileOutcome",
    "GraphBuilder",
    "build_graph",
    "check_extraction",
    "merge_graphs",
    "settle_stakeholder_types",
]

MODALITY_INDIVIDUALS: dict[Modality, URIRef] = {
    Modality.MUST: ZHKG.Must,
    Modality.MUST_NOT: ZHKG.MustNot,
    Modality.SHOULD: ZHKG.Should,
    Modality.MAY: ZHKG.May,
}

RELATION_PROPERTIES: dict[RelationKind, URIRef] = {
    RelationKind.SUPERVISES: ZHKG.supervises,
    RelationKind.REQUIRES: ZHKG.requires,
    RelationKind.COLLABORATES_WITH: ZHKG.collaboratesWith,
    RelationKind.SERVES: ZHKG.serves,
    RelationKind.INFORMS: ZHKG.informs,
    RelationKind.REPORTS_TO: ZHKG.reportsTo,
    RelationKind.GIVES_FEEDBACK_TO: ZHKG.givesFeedbackTo,
    RelationKind.CONTRACTS_WITH: ZHKG.contractsWith,
    RelationKind.COMPENSATES: ZHKG.compensates,
    RelationKind.JOINTLY_LIABLE_WITH: ZHKG.jointlyLiableWith,
}

_CONFIDENCE_DIGITS = 4
BIBO = Namespace("http://purl.org/ontology/bibo/")
#: GB/T 7714 document type codes -> BIBO classes.
REFERENCE_CLASSES: dict[str, URIRef] = {
    "J": BIBO.AcademicArticle,
    "N": BIBO.Article,
    "M": BIBO.Book,
    "A": BIBO.BookSection,
    "C": BIBO.BookSection,
    "G": BIBO.Book,
    "D": BIBO.Thesis,
    "R": BIBO.Report,
    "S": BIBO.Standard,
    "P": BIBO.Patent,
    "EB": BIBO.Webpage,
}


@functools.lru_cache(maxsize=1)
def content_hash(original: str) -> str:
    """SHA-256 hex of a text's UTF-8; remembered for the last text, which the parts of a
    big file share (hashing the whole file once per part would cost time as its square)."""
    return hashlib.sha256(original.encode("utf-8")).hexdigest()


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _integer(value: int) -> Literal:
    return Literal(value, datatype=XSD.integer)


def _confidence(value: float) -> Literal:
    """xsd:decimal with a fixed number of digits, so float noise never changes the graph."""
    return Literal(Decimal(str(round(value, _CONFIDENCE_DIGITS))), datatype=XSD.decimal)


class GraphBuilder:
    """Adds extractions to one graph; the graph is what several documents share."""

    def __init__(self, terms: TermIndex, graph: Graph | None = None) -> None:
        self.terms = terms
        self.graph = bind_prefixes(graph if graph is not None else Graph())
        self._parties: set[tuple[str, str]] = set()  # (label, class) already written
        self._concepts: set[URIRef] = set()

    def add(self, extraction: Extraction) -> None:
        """Add one document's extraction (adding the same one twice changes nothing).

        The extraction is checked whole before the first triple is added, so a
        bad extraction raises RDFError and leaves the graph as it was.
        """
        check_extraction(extraction, self.terms)
        document = extraction.document
        doc = self._document(document)
        self._sections(document)
        for index, reference in enumerate(document.references):
            self._reference(document, doc, index, reference)
        for sentence in document.sentences:
            self._sentence(document, sentence)
        for mention in _all_mentions(extraction):
            self.graph.add((doc, ZHKG.mentions, self._stakeholder(mention)))
            self._mention(document, mention)
        for statement in extraction.responsibilities:
            self._statement(document, statement)
        for relation in extraction.relations:
            self._relation(document, relation)

    def finish(self) -> Graph:
        """The graph, with generic stakeholder types dropped where a specific one is known."""
        settle_stakeholder_types(self.graph)
        return self.graph

    # --- documents and structure -------------------------------------------

    def _document(self, document: Document) -> URIRef:
        node = iris.document_iri(document.id)
        add = self.graph.add
        add((node, RDF.type, ZHKG.Document))
        add((node, DCTERMS.identifier, Literal(document.id)))
        if document.title.strip():
            add((node, DCTERMS.title, _zh(document.title.strip())))
        add((node, ZHKG.sourcePath, Literal(PurePath(document.source).name)))
        add((node, ZHKG.contentHash, Literal(content_hash(document.original))))
        return node

    def _sections(self, document: Document) -> None:
        doc = iris.document_iri(document.id)
        add = self.graph.add
        for section in document.sections:
            node = iris.section_iri(document.id, section.index)
            add((node, RDF.type, ZHKG.Section))
            add((node, ZHKG.inDocument, doc))
            if section.number:
                add((node, ZHKG.sectionNumber, Literal(section.number)))
            title = section.title.strip() or section.label
            if title:
                add((node, RDFS.label, _zh(title)))
            add((node, ZHKG.sectionLevel, _integer(section.level)))
            add((node, ZHKG.sectionKind, Literal(section.kind)))
            if section.parent is not None:
                add((node, ZHKG.parentSection, iris.section_iri(document.id, section.parent)))

    def _sentence(self, document: Document, sentence: Sentence) -> URIRef:
        node = iris.sentence_iri(document.id, sentence.index)
        add = self.graph.add
        add((node, RDF.type, ZHKG.Sentence))
        add((node, ZHKG.text, _zh(sentence.text)))
        add((node, ZHKG.sentenceIndex, _integer(sentence.index)))
        add((node, ZHKG.startOffset, _integer(sentence.orig_start)))
        add((node, ZHKG.endOffset, _integer(sentence.orig_end)))
        add((node, ZHKG.inDocument, iris.document_iri(document.id)))
        if sentence.section is not None:
            add((node, ZHKG.inSection, iris.section_iri(document.id, sentence.section)))
        if sentence.page is not None:
            add((node, ZHKG.page, _integer(sentence.page)))
        if sentence.paragraph is not None:
            add((node, ZHKG.paragraphIndex, _integer(sentence.paragraph)))
        if sentence.citations:
            cited = {ref.label: i for i, ref in enumerate(document.references)}
            for label in sentence.citations:
                if label in cited:
                    add((node, ZHKG.cites, iris.reference_iri(document.id, cited[label])))
        return node

    def _reference(self, document: Document, doc: URIRef, index: int, ref: Reference) -> None:
        """A reference-list entry as a BIBO record (DCTERMS fields), linked from its document."""
        node = iris.reference_iri(document.id, index)
        add = self.graph.add
        add((doc, DCTERMS.references, node))
        add((node, RDF.type, REFERENCE_CLASSES.get(ref.kind.split("/")[0], BIBO.Document)))
        add((node, DCTERMS.bibliographicCitation, Literal(ref.text)))
        if ref.label:
            add((node, ZHKG.referenceLabel, Literal(ref.label)))
        if ref.title:
            add((node, DCTERMS.title, Literal(ref.title)))
        for author in ref.authors:
            agent = iris.agent_iri(author)
            add((agent, RDF.type, FOAF.Agent))
            add((agent, FOAF.name, Literal(author)))
            add((node, DCTERMS.creator, agent))
        if ref.year:
            add((node, DCTERMS.issued, Literal(ref.year, datatype=XSD.gYear)))
        if ref.venue:
            venue = iris.venue_iri(ref.venue)
            add((venue, RDF.type, BIBO.Periodical if ref.kind in ("J", "N") else BIBO.Document))
            add((venue, DCTERMS.title, Literal(ref.venue)))
            add((node, DCTERMS.isPartOf, venue))
        if ref.publisher:
            publisher = iris.agent_iri(ref.publisher)
            add((publisher, RDF.type, FOAF.Agent))
            add((publisher, FOAF.name, Literal(ref.publisher)))
            add((node, DCTERMS.publisher, publisher))
        for value, predicate in ((ref.volume, BIBO.volume), (ref.issue, BIBO.issue)):
            if value:
                add((node, predicate, Literal(value)))
        if ref.pages:
            add((node, BIBO.pages, Literal(ref.pages)))
        if ref.page is not None:
            add((node, ZHKG.page, _integer(ref.page)))

    # --- parties ---------------------------------------------------------------

    def _stakeholder(self, mention: StakeholderMention) -> URIRef:
        node = iris.stakeholder_iri(mention.label)
        if (mention.label, mention.cls) not in self._parties:
            self._parties.add((mention.label, mention.cls))
            add = self.graph.add
            add((node, RDF.type, self.terms.class_iri(mention.cls)))
            add((node, RDFS.label, _zh(mention.label)))
            add((node, SKOS.prefLabel, _zh(mention.label)))
        return node

    def _mention(self, document: Document, mention: StakeholderMention) -> None:
        rebuilt = document.text[mention.start : mention.end] != mention.text
        node = iris.mention_iri(document.id, mention, rebuilt=rebuilt)
        sentence = iris.sentence_iri(document.id, mention.sentence)
        add = self.graph.add
        add((node, RDF.type, ZHKG.Mention))
        add((node, ZHKG.surfaceForm, _zh(mention.text)))
        add((node, ZHKG.refersTo, iris.stakeholder_iri(mention.label)))
        add((node, PROV.wasDerivedFrom, sentence))
        if 0 <= mention.start < mention.end < len(document.offsets):
            start, end = document.to_original(mention.start, mention.end)
            add((node, ZHKG.startOffset, _integer(start)))
            add((node, ZHKG.endOffset, _integer(end)))

    # --- statements ------------------------------------------------------------

    def _category(self, label: str) -> URIRef:
        concept = self.terms.category_iri(label)
        if concept not in self._concepts:
            self._concepts.add(concept)
            add = self.graph.add
            add((concept, RDF.type, SKOS.Concept))
            add((concept, SKOS.inScheme, ZHKG.ResponsibilityCategories))
            for literal in self.terms.concept_labels.get(concept, ()):
                add((concept, SKOS.prefLabel, literal))
        return concept

    def _statement(self, document: Document, statement: ResponsibilityStatement) -> None:
        node = iris.statement_iri(document.id, statement)
        sentence = iris.sentence_iri(document.id, statement.sentence)
        holder = iris.stakeholder_iri(statement.holder.label)
        duty = iris.responsibility_iri(statement.duty)
        add = self.graph.add
        add((duty, RDF.type, ZHKG.Responsibility))
        add((duty, RDFS.label, _zh(statement.duty.strip())))
        add((node, RDF.type, ZHKG.ResponsibilityStatement))
        add((node, ZHKG.holder, holder))
        add((node, ZHKG.duty, duty))
        add((node, ZHKG.modality, MODALITY_INDIVIDUALS[statement.modality]))
        if statement.category:
            concept = self._category(statement.category)
            add((node, ZHKG.category, concept))
            add((duty, ZHKG.category, concept))
        add((node, ZHKG.evidence, sentence))
        add((node, PROV.wasDerivedFrom, sentence))
        add((node, ZHKG.confidence, _confidence(statement.confidence)))
        add((node, ZHKG.rule, Literal(statement.rule)))
        add((node, ZHKG.surfaceForm, _zh(statement.holder.text)))
        add((holder, ZHKG.bears, duty))

    def _relation(self, document: Document, relation: StakeholderRelation) -> None:
        node = iris.relation_iri(document.id, relation)
        sentence = iris.sentence_iri(document.id, relation.sentence)
        subject = iris.stakeholder_iri(relation.subject.label)
        obj = iris.stakeholder_iri(relation.object.label)
        add = self.graph.add
        add((node, RDF.type, ZHKG.StakeholderRelation))
        add((node, ZHKG.relSubject, subject))
        add((node, ZHKG.relObject, obj))
        add((node, ZHKG.relationType, Literal(relation.kind.value)))
        add((node, ZHKG.evidence, sentence))
        add((node, PROV.wasDerivedFrom, sentence))
        add((node, ZHKG.confidence, _confidence(relation.confidence)))
        add((node, ZHKG.rule, Literal(relation.rule)))
        if relation.modality is not None:
            add((node, ZHKG.modality, MODALITY_INDIVIDUALS[relation.modality]))
        add((subject, RELATION_PROPERTIES[relation.kind], obj))


def _all_mentions(extraction: Extraction) -> list[StakeholderMention]:
    """Every mention of the extraction, including holders and relation ends, once each."""
    mentions = dict.fromkeys(extraction.mentions)
    for statement in extraction.responsibilities:
        mentions.setdefault(statement.holder)
    for relation in extraction.relations:
        mentions.setdefault(relation.subject)
        mentions.setdefault(relation.object)
    return list(mentions)


def check_extraction(extraction: Extraction, terms: TermIndex) -> None:
    """RDFError for what would make a broken graph: dangling evidence, unknown terms, no duty."""
    document = extraction.document
    indices = {sentence.index for sentence in document.sentences}
    facts: list[tuple[int, str]] = [(m.sentence, "a mention") for m in _all_mentions(extraction)]
    facts += [(s.sentence, "a statement") for s in extraction.responsibilities]
    facts += [(r.sentence, "a relation") for r in extraction.relations]
    for index, what in facts:
        if index not in indices:
            raise RDFError(
                f"{document.id}: {what} refers to sentence {index}, "
                f"but the document has {len(indices)} sentences",
                hint="the extraction does not belong to this document; re-run the extractor",
            )
    for mention in _all_mentions(extraction):
        terms.class_iri(mention.cls)
    for statement in extraction.responsibilities:
        if not statement.duty.strip():
            raise RDFError(
                f"{document.id}: a responsibility of {statement.holder.label} in sentence "
                f"{statement.sentence} has an empty duty",
                hint="the extractor must give every statement a duty text",
            )
        if statement.category:
            terms.category_iri(statement.category)


def settle_stakeholder_types(graph: Graph) -> None:
    """Drop ``zhkg:Stakeholder`` from parties that also have a more specific class.

    One document may name a party only by a generic head while another gives
    its class; the merged graph keeps the specific class only.
    """
    generic = URIRef(ZHKG.Stakeholder)
    for node in list(graph.subjects(RDF.type, generic)):
        if any(cls != generic for cls in graph.objects(node, RDF.type)):
            graph.remove((node, RDF.type, generic))


def build_graph(extractions: Iterable[Extraction], terms: TermIndex | None = None) -> Graph:
    """The instance graph of several extractions, merged on shared IRIs."""
    builder = GraphBuilder(terms if terms is not None else TermIndex.packaged())
    for extraction in extractions:
        builder.add(extraction)
    return builder.finish()


def merge_graphs(graphs: Iterable[Graph]) -> Graph:
    """The union of graphs built separately, with prefixes bound and types settled."""
    merged = bind_prefixes(Graph())
    for graph in graphs:
        merged += graph
    settle_stakeholder_types(merged)
    return merged


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What happened to one input file: its counts, or the one-line reason it failed."""

    path: Path
    done: int
    total: int
    statements: int = 0
    relations: int = 0
    warnings: int = 0
    error: str | None = None
    cached: bool = False


@dataclass(frozen=True, slots=True)
class CorpusGraph:
    """The merged graph of several files and the outcome of each file."""

    graph: Graph
    outcomes: tuple[FileOutcome, ...]

    @property
    def failures(self) -> tuple[FileOutcome, ...]:
        return tuple(outcome for outcome in self.outcomes if outcome.error is not None)

    @property
    def statements(self) -> int:
        return sum(outcome.statements for outcome in self.outcomes)

    @property
    def relations(self) -> int:
        return sum(outcome.relations for outcome in self.outcomes)

    @property
    def warnings(self) -> int:
        return sum(outcome.warnings for outcome in self.outcomes)

    def summary(self) -> str:
        built = len(self.outcomes) - len(self.failures)
        failed = f", {len(self.failures)} failed" if self.failures else ""
        return (
            f"{built}/{len(self.outcomes)} files{failed}: {self.statements} statements, "
            f"{self.relations} relations, {self.warnings} warnings, {len(self.graph)} triples"
        )
