"""rdflib Graph -> property-graph rows, grouped per document.

The mapping reads the graph by types and properties only (never by how zhkg
mints IRIs), so a Turtle file a researcher edited by hand loads as well as
zhkg's own build. Optional values may be missing and come out as None; a
statement without its holder or duty, an unknown modality or relation type, or
a graph with no zhkg statements at all raises a one-line ``RDFError``.

Rows are grouped by the document whose sentence is a fact's evidence, because the
backends load one document per transaction: a failure leaves no half-loaded
document. Facts tied to no document (a stakeholder declared but never cited)
form one last group with ``document = None``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from rdflib import RDF, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDFS, SKOS
from rdflib.term import Node

from zhkg.errors import RDFError
from zhkg.graph.schema import STAKEHOLDER_RELATION_TYPES
from zhkg.ontology.namespace import ZHKG

if TYPE_CHECKING:
    from zhkg.graph.triples import TripleIndex

_N = TypeVar("_N", int, float)

__all__ = ["DocumentRows", "Row", "rows_from_graph", "stakeholder_classes"]

Row = dict[str, object]

_MODALITIES: Mapping[str, str] = {
    "Must": "must",
    "MustNot": "must_not",
    "Should": "should",
    "May": "may",
    "must": "must",
    "must_not": "must_not",
    "should": "should",
    "may": "may",
}

_RELATION_SHORTCUTS: Mapping[URIRef, str] = {
    ZHKG.supervises: "SUPERVISES",
    ZHKG.requires: "REQUIRES",
    ZHKG.collaboratesWith: "COLLABORATES_WITH",
    ZHKG.serves: "SERVES",
    ZHKG.informs: "INFORMS",
    ZHKG.reportsTo: "REPORTS_TO",
    ZHKG.givesFeedbackTo: "GIVES_FEEDBACK_TO",
    ZHKG.contractsWith: "CONTRACTS_WITH",
    ZHKG.compensates: "COMPENSATES",
    ZHKG.jointlyLiableWith: "JOINTLY_LIABLE_WITH",
}


@dataclass
class DocumentRows:
    """Everything one document contributes: node rows by label, edge rows by type.

    Edge rows carry ``source`` and ``target`` (node IRIs) beside their properties.
    """

    document: str | None
    title: str = ""
    nodes: dict[str, dict[str, Row]] = field(default_factory=dict)
    relationships: dict[str, dict[str, Row]] = field(default_factory=dict)

    def add_node(self, label: str, row: Row) -> None:
        self.nodes.setdefault(label, {})[str(row["iri"])] = row

    def add_relationship(self, rel_type: str, key: str, row: Row) -> None:
        self.relationships.setdefault(rel_type, {})[key] = row

    def node_rows(self, label: str) -> list[Row]:
        """Rows of one label, sorted by IRI so loads are reproducible."""
        table = self.nodes.get(label, {})
        return [table[key] for key in sorted(table)]

    def relationship_rows(self, rel_type: str) -> list[Row]:
        table = self.relationships.get(rel_type, {})
        return [table[key] for key in sorted(table)]

    @property
    def node_count(self) -> int:
        return sum(len(rows) for rows in self.nodes.values())

    @property
    def relationship_count(self) -> int:
        return sum(len(rows) for rows in self.relationships.values())


def rows_from_graph(
    graph: Graph | TripleIndex, vocabulary: Graph | None = None, *, allow_empty: bool = False
) -> list[DocumentRows]:
    """Map ``graph`` to property-graph rows, one group per document.

    ``vocabulary`` supplies class hierarchy and labels the instance graph may
    omit (zhkg passes its packaged domain ontology); the instance graph wins.
    A graph with nothing to load is an RDFError unless ``allow_empty`` (a part
    of a bigger graph, see ``zhkg.graph.stream``).
    """
    return _Mapper(graph, vocabulary).map(allow_empty=allow_empty)


def stakeholder_classes(
    graph: Graph | TripleIndex, vocabulary: Graph | None = None
) -> list[URIRef]:
    """zhkg:Stakeholder and every class below it, in ``graph`` and ``vocabulary``."""
    return sorted(_Mapper(graph, vocabulary).depth, key=str)


def _curie(term: URIRef) -> str:
    """``zhkg:holder`` for a zhkg term, else the full IRI (messages only)."""
    namespace = str(ZHKG._NS)
    return "zhkg:" + str(term)[len(namespace) :] if str(term).startswith(namespace) else str(term)


def _local_name(term: Node) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


class _Mapper:
    """One pass over a graph; a class so the helpers share the lookups."""

    def __init__(self, graph: Graph | TripleIndex, vocabulary: Graph | None) -> None:
        self.graph = graph
        self.vocabulary = vocabulary if vocabulary is not None else Graph()
        self.depth = self._stakeholder_class_depths()
        self.groups: dict[str | None, DocumentRows] = {}

    # --- lookups ----------------------------------------------------------------

    def _value(self, subject: Node, *predicates: URIRef) -> Node | None:
        """The first predicate's value (the least by text when there are several)."""
        for source in (self.graph, self.vocabulary):
            for predicate in predicates:
                found = min(source.objects(subject, predicate), key=str, default=None)
                if found is not None:
                    return found
        return None

    def _label(self, subject: Node, *predicates: URIRef) -> str | None:
        """A Chinese literal of the first predicate that has one, else any literal."""
        for source in (self.graph, self.vocabulary):
            for predicate in predicates:
                literals = sorted(
                    (obj for obj in source.objects(subject, predicate) if isinstance(obj, Literal)),
                    key=lambda lit: (not (lit.language or "").startswith("zh"), str(lit)),
                )
                if literals:
                    return str(literals[0])
        return None

    def _labels(self, subject: Node, predicate: URIRef) -> list[str]:
        found = {
            str(obj)
            for source in (self.graph, self.vocabulary)
            for obj in source.objects(subject, predicate)
            if isinstance(obj, Literal) and (obj.language or "zh").startswith("zh")
        }
        return sorted(found)

    def _int(self, subject: Node, predicate: URIRef) -> int | None:
        return self._number(subject, predicate, int, "an integer")

    def _float(self, subject: Node, predicate: URIRef) -> float | None:
        return self._number(subject, predicate, float, "a number")

    def _number(
        self, subject: Node, predicate: URIRef, convert: Callable[[Any], _N], what: str
    ) -> _N | None:
        """A literal as a number; anything else is a one-line error naming the triple."""
        value = self._value(subject, predicate)
        if not isinstance(value, Literal):
            return None
        try:
            return convert(value.toPython())
        except (TypeError, ValueError) as exc:
            raise RDFError(
                f"{subject} {predicate}: {value!s} is not {what}",
                hint="fix the value in the Turtle file",
            ) from exc

    def _text(self, subject: Node, *predicates: URIRef) -> str | None:
        return self._label(subject, *predicates)

    def _stakeholder_class_depths(self) -> dict[URIRef, int]:
        """Every stakeholder class and its depth below zhkg:Stakeholder."""
        parents: dict[URIRef, set[URIRef]] = defaultdict(set)
        for source in (self.graph, self.vocabulary):
            for child, parent in source.subject_objects(RDFS.subClassOf):
                if isinstance(child, URIRef) and isinstance(parent, URIRef):
                    parents[child].add(parent)
        depth: dict[URIRef, int] = {URIRef(ZHKG.Stakeholder): 0}
        changed = True
        while changed:
            changed = False
            for child, ups in parents.items():
                known = [depth[up] + 1 for up in ups if up in depth]
                if known and depth.get(child, -1) < max(known):
                    if max(known) > len(parents) + 1:  # a subclass cycle
                        raise RDFError(
                            f"rdfs:subClassOf cycle through {child}",
                            hint="remove the cycle from the class hierarchy",
                        )
                    depth[child] = max(known)
                    changed = True
        return depth

    def _kind(self, stakeholder: Node) -> str:
        """The most specific stakeholder class of ``stakeholder`` (its local name)."""
        classes = [
            cls
            for cls in self.graph.objects(stakeholder, RDF.type)
            if isinstance(cls, URIRef) and cls in self.depth
        ]
        if not classes:
            return "Stakeholder"
        best = max(classes, key=lambda cls: (self.depth[cls], str(cls)))
        return _local_name(best)

    # --- groups -----------------------------------------------------------------

    def _group(self, document: str | None) -> DocumentRows:
        if document not in self.groups:
            self.groups[document] = DocumentRows(document=document)
        return self.groups[document]

    def _document_of_sentence(self, sentence: Node) -> str | None:
        document = self._value(sentence, ZHKG.inDocument)
        if document is None:
            section = self._value(sentence, ZHKG.inSection)
            document = self._value(section, ZHKG.inDocument) if section is not None else None
        return str(document) if isinstance(document, URIRef) else None

    def _mentioning_document(self, stakeholder: Node) -> str | None:
        """The first document (by IRI) that mentions a stakeholder with no statement."""
        documents = sorted(
            str(doc)
            for doc in self.graph.subjects(ZHKG.mentions, stakeholder)
            if (doc, RDF.type, ZHKG.Document) in self.graph
        )
        return documents[0] if documents else None

    def _typed(self, cls: URIRef) -> list[Node]:
        return sorted(set(self.graph.subjects(RDF.type, cls)), key=str)

    # --- mapping ----------------------------------------------------------------

    def map(self, *, allow_empty: bool = False) -> list[DocumentRows]:
        documents = self._typed(ZHKG.Document)
        statements = self._typed(ZHKG.ResponsibilityStatement)
        relations = self._typed(ZHKG.StakeholderRelation)
        stakeholders = sorted(
            {
                subject
                for cls in self.depth
                for subject in self.graph.subjects(RDF.type, cls)
                if isinstance(subject, URIRef)
            },
            key=str,
        )
        shortcuts = self._shortcut_triples()
        sentences = self._typed(ZHKG.Sentence)
        if not (documents or sentences or statements or relations or stakeholders or shortcuts):
            if allow_empty:
                return []
            raise RDFError(
                "the graph holds no zhkg documents, stakeholders or responsibility statements",
                hint="load RDF from `zhkg build` or written after the model in docs/rdf-model.md",
            )
        for document in documents:
            self._add_document(document)
            self._add_mentions(document)
        for sentence in sentences:
            self._add_sentence(self._group(self._document_of_sentence(sentence)), sentence)
        covered: set[tuple[str, str, str]] = set()
        for statement in statements:
            covered.add(self._add_statement(statement))
        for relation in relations:
            covered.add(self._add_relation(relation))
        # A shortcut triple is derived from a statement or relation node. In a graph that
        # has such nodes, one that no node supports is left over from a removed fact (a
        # statement deleted by hand, the triple forgotten) and is not loaded; only a file
        # written with shortcuts alone keeps them as facts without evidence.
        derived = bool(statements or relations)
        for subject, rel_type, obj in shortcuts:
            if (str(subject), rel_type, str(obj)) not in covered and not derived:
                self._add_shortcut(subject, rel_type, obj)
        placed = {
            iri for group in self.groups.values() for iri in group.nodes.get("Stakeholder", {})
        }
        for stakeholder in stakeholders:
            if str(stakeholder) not in placed:
                self._add_stakeholder(
                    self._group(self._mentioning_document(stakeholder)), stakeholder
                )
        for group in self.groups.values():
            if group.document is not None and not group.nodes.get("Document"):
                self._add_document(URIRef(group.document))
        return [self.groups[key] for key in sorted(self.groups, key=lambda k: (k is None, k or ""))]

    def _shortcut_triples(self) -> list[tuple[Node, str, Node]]:
        found: list[tuple[Node, str, Node]] = [
            (subject, "BEARS", obj) for subject, obj in self.graph.subject_objects(ZHKG.bears)
        ]
        for predicate, rel_type in _RELATION_SHORTCUTS.items():
            found.extend(
                (subject, rel_type, obj) for subject, obj in self.graph.subject_objects(predicate)
            )
        return sorted(found, key=lambda triple: tuple(map(str, triple)))

    def _add_document(self, document: Node) -> None:
        group = self._group(str(document))
        group.title = self._text(document, DCTERMS.title, RDFS.label) or _local_name(document)
        group.add_node(
            "Document",
            {
                "iri": str(document),
                "title": group.title,
                "source": self._text(document, ZHKG.sourcePath),
            },
        )

    def _add_mentions(self, document: Node) -> None:
        """``document zhkg:mentions party`` as MENTIONED_IN edges of the document's group."""
        group = self._group(str(document))
        for party in sorted(self.graph.objects(document, ZHKG.mentions), key=str):
            if isinstance(party, URIRef):
                self._add_stakeholder(group, party)
                group.add_relationship(
                    "MENTIONED_IN", str(party), {"source": str(party), "target": str(document)}
                )

    def _add_sentence(self, group: DocumentRows, sentence: Node) -> Row:
        row: Row = {
            "iri": str(sentence),
            "text": self._text(sentence, ZHKG.text, RDFS.label),
            "position": self._int(sentence, ZHKG.sentenceIndex),
            "start_offset": self._int(sentence, ZHKG.startOffset),
            "end_offset": self._int(sentence, ZHKG.endOffset),
            "page": self._int(sentence, ZHKG.page),
            "paragraph": self._int(sentence, ZHKG.paragraphIndex),
            "document": group.document,
        }
        group.add_node("Sentence", row)
        if group.document is not None:
            group.add_relationship(
                "IN_DOCUMENT",
                str(sentence),
                {"source": str(sentence), "target": group.document},
            )
        return row

    def _add_stakeholder(self, group: DocumentRows, stakeholder: Node) -> None:
        group.add_node(
            "Stakeholder",
            {
                "iri": str(stakeholder),
                "name": self._text(stakeholder, SKOS.prefLabel, RDFS.label)
                or _local_name(stakeholder),
                "kind": self._kind(stakeholder),
            },
        )

    def _add_category(self, group: DocumentRows, category: Node) -> str:
        name = self._text(category, SKOS.prefLabel, RDFS.label) or _local_name(category)
        group.add_node(
            "Category",
            {"iri": str(category), "name": name, "keywords": self._labels(category, SKOS.altLabel)},
        )
        return name

    def _required(self, subject: Node, predicate: URIRef, what: str) -> URIRef:
        value = self._value(subject, predicate)
        if not isinstance(value, URIRef):
            raise RDFError(
                f"{what} {subject} has no {_curie(predicate)}",
                hint="every statement needs its holder and duty; see docs/rdf-model.md",
            )
        return value

    def _evidence(self, subject: Node) -> tuple[DocumentRows, Row | None]:
        """The group of a fact and its evidence sentence row (None when it has none)."""
        sentence = self._value(subject, ZHKG.evidence, PROV.wasDerivedFrom)
        if not isinstance(sentence, URIRef):
            document = self._value(subject, ZHKG.inDocument)
            return self._group(str(document) if isinstance(document, URIRef) else None), None
        group = self._group(self._document_of_sentence(sentence))
        return group, self._add_sentence(group, sentence)

    @staticmethod
    def _evidence_properties(group: DocumentRows, sentence: Row | None) -> Row:
        return {
            "evidence": sentence["text"] if sentence else None,
            "document": group.document,
            "sentence": sentence["position"] if sentence else None,
            "start_offset": sentence["start_offset"] if sentence else None,
            "end_offset": sentence["end_offset"] if sentence else None,
            "page": sentence["page"] if sentence else None,
        }

    def _modality(self, statement: Node) -> str | None:
        value = self._value(statement, ZHKG.modality)
        if value is None:
            return None
        modality = _MODALITIES.get(_local_name(value) if isinstance(value, URIRef) else str(value))
        if modality is None:
            raise RDFError(
                f"statement {statement} has modality {value}, expected one of "
                "zhkg:Must, zhkg:MustNot, zhkg:Should, zhkg:May",
                hint="fix the zhkg:modality value",
            )
        return modality

    def _add_statement(self, statement: Node) -> tuple[str, str, str]:
        holder = self._required(statement, ZHKG.holder, "responsibility statement")
        duty = self._required(statement, ZHKG.duty, "responsibility statement")
        group, sentence = self._evidence(statement)
        self._add_stakeholder(group, holder)
        category = self._value(duty, ZHKG.category) or self._value(statement, ZHKG.category)
        category_name = (
            self._add_category(group, category) if isinstance(category, URIRef) else None
        )
        group.add_node(
            "Responsibility",
            {
                "iri": str(duty),
                "name": self._text(duty, RDFS.label, SKOS.prefLabel) or _local_name(duty),
                "category": category_name,
            },
        )
        if isinstance(category, URIRef):
            group.add_relationship(
                "IN_CATEGORY", str(duty), {"source": str(duty), "target": str(category)}
            )
        key = str(statement)
        group.add_relationship(
            "RESPONSIBLE_FOR",
            key,
            {
                "source": str(holder),
                "target": str(duty),
                "statement": key,
                "modality": self._modality(statement),
                **self._evidence_properties(group, sentence),
                "confidence": self._float(statement, ZHKG.confidence),
                "rule": self._text(statement, ZHKG.rule),
                "asserted_by": self._text(statement, ZHKG.assertedBy),
                "surface": self._text(statement, ZHKG.surfaceForm),
            },
        )
        if sentence is not None:
            group.add_relationship(
                "EVIDENCED_BY",
                key,
                {"source": str(duty), "target": sentence["iri"], "statement": key},
            )
        return (str(holder), "BEARS", str(duty))

    def _relation_type(self, relation: Node) -> str:
        value = self._value(relation, ZHKG.relationType)
        name = _local_name(value) if isinstance(value, URIRef) else str(value or "")
        if isinstance(value, URIRef) and value in _RELATION_SHORTCUTS:
            name = _RELATION_SHORTCUTS[value]
        if name not in STAKEHOLDER_RELATION_TYPES:
            raise RDFError(
                f"relation {relation} has zhkg:relationType {name or 'missing'}, expected one of "
                + ", ".join(STAKEHOLDER_RELATION_TYPES),
                hint="fix the zhkg:relationType value",
            )
        return name

    def _add_relation(self, relation: Node) -> tuple[str, str, str]:
        subject = self._required(relation, ZHKG.relSubject, "stakeholder relation")
        obj = self._required(relation, ZHKG.relObject, "stakeholder relation")
        rel_type = self._relation_type(relation)
        group, sentence = self._evidence(relation)
        self._add_stakeholder(group, subject)
        self._add_stakeholder(group, obj)
        group.add_relationship(
            rel_type,
            str(relation),
            {
                "source": str(subject),
                "target": str(obj),
                "iri": str(relation),
                "relation": rel_type,
                "modality": self._modality(relation),  # none: a relation only described
                **self._evidence_properties(group, sentence),
                "confidence": self._float(relation, ZHKG.confidence),
                "rule": self._text(relation, ZHKG.rule),
                "asserted_by": self._text(relation, ZHKG.assertedBy),
            },
        )
        return (str(subject), rel_type, str(obj))

    def _add_shortcut(self, subject: Node, rel_type: str, obj: Node) -> None:
        """A bare shortcut triple with no statement node: an edge without evidence.

        Its key is the triple itself, so reloading the file merges onto the same edge.
        """
        group = self._group(None)
        key = f"{subject} {rel_type} {obj}"
        self._add_stakeholder(group, subject)
        empty = self._evidence_properties(group, None)
        if rel_type == "BEARS":
            group.add_node(
                "Responsibility",
                {
                    "iri": str(obj),
                    "name": self._text(obj, RDFS.label, SKOS.prefLabel) or _local_name(obj),
                    "category": None,
                },
            )
            group.add_relationship(
                "RESPONSIBLE_FOR",
                key,
                {
                    "source": str(subject),
                    "target": str(obj),
                    "statement": key,
                    "modality": None,
                    **empty,
                    "confidence": None,
                    "rule": None,
                    "asserted_by": None,
                    "surface": None,
                },
            )
            return
        self._add_stakeholder(group, obj)
        group.add_relationship(
            rel_type,
            key,
            {
                "source": str(subject),
                "target": str(obj),
                "iri": key,
                "relation": rel_type,
                "modality": None,
                **empty,
                "confidence": None,
                "rule": None,
                "asserted_by": None,
            },
        )
