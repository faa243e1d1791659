"""The graph as flat records: one per duty statement, one per stakeholder relation.

Built from the merged property graph (``zhkg.export.property_graph``), so every
view counts what a load into Neo4j would hold; the RDF adds what the rows leave
out (the section of an evidence sentence).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from zhkg.export.property_graph import PropertyGraph
from zhkg.extract.model import Notice
from zhkg.ontology.namespace import ZHKG

__all__ = ["Duty", "Facts", "Relation", "StakeholderInfo", "facts_from_property_graph"]

MODALITIES: tuple[str, ...] = ("must", "must_not", "should", "may")
"""Deontic forces in the order every view lists them (strongest first)."""

UNCATEGORISED = "(未分类)"
"""Column of duties without a category (a label the matrix shows, not a category IRI)."""

UNSPECIFIED = "unspecified"
"""Modality of a hand-written shortcut duty that states none."""


@dataclass(frozen=True, slots=True)
class StakeholderInfo:
    iri: str
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class Duty:
    """One responsibility statement with everything a reader needs beside it."""

    stakeholder: str
    category: str
    modality: str
    duty: str
    evidence: str | None
    document: str | None
    sentence: int | None
    section: str | None = None
    statement: str = ""


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed, directed relation between two stakeholders (IRIs) and its evidence."""

    source: str
    target: str
    type: str
    evidence: str | None
    document: str | None
    sentence: int | None
    section: str | None = None


@dataclass
class Facts:
    """Stakeholders, duties, relations and documents (IRI -> title) of one graph."""

    stakeholders: dict[str, StakeholderInfo] = field(default_factory=dict)
    duties: list[Duty] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    documents: dict[str, str] = field(default_factory=dict)
    notices: dict[str, tuple[Notice, ...]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    """Document IRI -> the file it was read from (where known)."""

    def name(self, iri: str) -> str:
        info = self.stakeholders.get(iri)
        return info.name if info else iri

    def document_title(self, iri: str | None) -> str:
        if iri is None:
            return "(无文档)"
        return self.documents.get(iri) or iri.rsplit("/", 1)[-1]

    def for_document(self, document: str) -> Facts:
        """The facts one document states (its stakeholders are those it cites)."""
        duties = [duty for duty in self.duties if duty.document == document]
        relations = [rel for rel in self.relations if rel.document == document]
        cited = {duty.stakeholder for duty in duties} | {
            iri for rel in relations for iri in (rel.source, rel.target)
        }
        return Facts(
            stakeholders={iri: info for iri, info in self.stakeholders.items() if iri in cited},
            duties=duties,
            relations=relations,
            documents={document: self.documents.get(document, "")},
            sources={d: source for d, source in self.sources.items() if d == document},
            notices={d: found for d, found in self.notices.items() if d == document},
        )


def facts_from_property_graph(
    pg: PropertyGraph,
    graph: Graph | None = None,
    notices: Mapping[str, Sequence[Notice]] | None = None,
) -> Facts:
    """Flatten a merged property graph; ``graph`` (the RDF) supplies evidence sections."""
    facts = Facts(notices={doc: tuple(found) for doc, found in (notices or {}).items()})
    for node in pg.nodes_with_label("Stakeholder"):
        facts.stakeholders[node.iri] = StakeholderInfo(
            node.iri, str(node.properties.get("name") or node.iri), str(node.properties["kind"])
        )
    for node in pg.nodes_with_label("Document"):
        facts.documents[node.iri] = str(
            node.properties.get("title") or node.properties.get("source") or node.iri
        )
        if node.properties.get("source"):
            facts.sources[node.iri] = str(node.properties["source"])
    responsibilities = {node.iri: node for node in pg.nodes_with_label("Responsibility")}
    evidence_sentence = {
        str(edge.properties.get("statement")): edge.target
        for edge in pg.edges
        if edge.type == "EVIDENCED_BY"
    }
    sections = _Sections(graph)
    for edge in pg.edges:
        if edge.type == "RESPONSIBLE_FOR":
            duty = responsibilities.get(edge.target)
            statement = str(edge.properties.get("statement") or "")
            facts.duties.append(
                Duty(
                    stakeholder=edge.source,
                    category=str(
                        (duty.properties.get("category") if duty else None) or UNCATEGORISED
                    ),
                    modality=str(edge.properties.get("modality") or UNSPECIFIED),
                    duty=str(duty.properties.get("name") if duty else edge.target),
                    evidence=_text(edge.properties.get("evidence")),
                    document=_text(edge.properties.get("document")),
                    sentence=_int(edge.properties.get("sentence")),
                    section=sections.of(evidence_sentence.get(statement)),
                    statement=statement,
                )
            )
        elif edge.source_label == "Stakeholder" and edge.target_label == "Stakeholder":
            facts.relations.append(
                Relation(
                    source=edge.source,
                    target=edge.target,
                    type=edge.type,
                    evidence=_text(edge.properties.get("evidence")),
                    document=_text(edge.properties.get("document")),
                    sentence=_int(edge.properties.get("sentence")),
                    section=sections.of(_sentence_iri(graph, edge.properties.get("iri"))),
                )
            )
    facts.duties.sort(key=lambda d: (d.document or "", d.sentence or 0, d.statement))
    facts.relations.sort(key=lambda r: (r.document or "", r.sentence or 0, r.type, r.source))
    return facts


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _int(value: object) -> int | None:
    return value if isinstance(value, int) else None


def _sentence_iri(graph: Graph | None, relation: object) -> str | None:
    if graph is None or relation is None:
        return None
    found = graph.value(URIRef(str(relation)), ZHKG.evidence)
    return None if found is None else str(found)


class _Sections:
    """``第三条 平台责任`` for a sentence IRI: the section path as the reader sees it."""

    def __init__(self, graph: Graph | None) -> None:
        self.graph = graph
        self.cache: dict[str, str | None] = {}

    def of(self, sentence: str | None) -> str | None:
        if self.graph is None or sentence is None:
            return None
        if sentence not in self.cache:
            self.cache[sentence] = self._label(URIRef(sentence))
        return self.cache[sentence]

    def _label(self, sentence: URIRef) -> str | None:
        assert self.graph is not None
        section = self.graph.value(sentence, ZHKG.inSection)
        parts: list[str] = []
        seen: set[object] = set()
        while section is not None and section not in seen and len(parts) < 8:
            seen.add(section)
            number = self.graph.value(section, ZHKG.sectionNumber)
            title = self.graph.value(section, RDFS.label)
            pieces = [str(number or ""), "" if title == number else str(title or "")]
            label = "".join(pieces).strip()
            if label:
                parts.append(label)
            section = self.graph.value(section, ZHKG.parentSection)
        return " › ".join(reversed(parts)) or None
