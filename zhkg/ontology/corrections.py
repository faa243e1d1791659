"""A researcher's corrections to an extracted graph: reject wrong facts, add missed
ones, merge or rename stakeholders.

Corrections are applied to the rdflib Graph, the hand-over between the ontology
and the graph stages, so the Turtle export, Neo4j and the embedded store all
show the same corrected facts, and the same file can be applied again after
every re-extraction. The file format is documented in ``docs/corrections.md``:
a UTF-8 TSV whose first non-comment line names the columns, one correction per
line. Rejections run first, then merges and renames, then additions, so a line
may reject a fact by the name the extractor gave and another add one by the
corrected name.

A fact a correction adds or changes carries ``zhkg:assertedBy "correction"``; a
removed statement or relation takes its shortcut triple (``zhkg:bears``,
``zhkg:supervises`` …) along unless another statement still supports it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from zhkg.errors import CorrectionsError
from zhkg.extract.categories import CategoryMatcher
from zhkg.extract.lexicon import Lexicon
from zhkg.extract.model import (
    Modality,
    RelationKind,
    ResponsibilityStatement,
    StakeholderMention,
    StakeholderRelation,
)
from zhkg.ontology import iris
from zhkg.ontology.builder import (
    MODALITY_INDIVIDUALS,
    RELATION_PROPERTIES,
    settle_stakeholder_types,
)
from zhkg.ontology.namespace import ZHKG
from zhkg.ontology.ontology import TermIndex

__all__ = [
    "ASSERTED_BY_CORRECTION",
    "COLUMNS",
    "Correction",
    "CorrectionReport",
    "Corrections",
    "apply_corrections",
    "parse_corrections",
    "read_corrections",
]

ASSERTED_BY_CORRECTION = "correction"
"""The ``zhkg:assertedBy`` value of a fact a correction added or changed."""

COLUMNS = (
    "action",
    "kind",
    "id",
    "document",
    "sentence",
    "stakeholder",
    "text",
    "object",
    "modality",
    "category",
    "note",
)
"""The columns a corrections file may have; ``action`` and ``kind`` are required."""

_KINDS = {
    "reject": ("statement", "relation", "mention"),
    "add": ("statement", "relation"),
    "merge": ("stakeholder",),
    "rename": ("stakeholder",),
}
_ORDER = {"reject": 0, "merge": 1, "rename": 1, "add": 2}
_MODALITIES = {m.value: m for m in Modality}
_CORRECTION_RULE = "correction"


@dataclass(frozen=True, slots=True)
class Correction:
    """One line of a corrections file (empty strings for empty cells)."""

    line: int
    action: str
    kind: str
    id: str = ""
    document: str = ""
    sentence: int | None = None
    stakeholder: str = ""
    text: str = ""
    object: str = ""
    modality: str = ""
    category: str = ""
    note: str = ""

    def where(self, source: str) -> str:
        return f"{source}, line {self.line} ({self.action} {self.kind})"


@dataclass(frozen=True, slots=True)
class Corrections:
    """A parsed corrections file."""

    source: str
    items: tuple[Correction, ...]


@dataclass
class CorrectionReport:
    """How many facts each kind of correction changed."""

    rejected_statements: int = 0
    rejected_relations: int = 0
    rejected_mentions: int = 0
    added_statements: int = 0
    added_relations: int = 0
    merged_stakeholders: int = 0
    changed: set[URIRef] = field(default_factory=set)

    def summary(self) -> str:
        return (
            f"corrections: {self.rejected_statements} statement(s), "
            f"{self.rejected_relations} relation(s) and {self.rejected_mentions} mention(s) "
            f"rejected; {self.added_statements} statement(s) and {self.added_relations} "
            f"relation(s) added; {self.merged_stakeholders} stakeholder(s) merged or renamed"
        )


# --- reading ------------------------------------------------------------------------


def read_corrections(path: str | Path) -> Corrections:
    """Parse a corrections file; a bad file is a one-line CorrectionsError naming the line."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise CorrectionsError(
            f"{source}: no such corrections file", hint="give the path of a TSV file"
        ) from exc
    except UnicodeDecodeError as exc:
        raise CorrectionsError(
            f"{source}: not UTF-8 text", hint="save the corrections file as UTF-8"
        ) from exc
    except OSError as exc:
        raise CorrectionsError(f"{source}: cannot read ({exc.strerror or exc})") from exc
    return parse_corrections(text, str(source))


def _lines(text: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        yield reader.line_num, [cell.strip() for cell in row]


def parse_corrections(text: str, source: str = "<corrections>") -> Corrections:
    """Corrections from the text of a TSV file (see ``docs/corrections.md``)."""
    lines = _lines(text)
    header_line = next(lines, None)
    if header_line is None:
        raise CorrectionsError(
            f"{source}: holds no corrections",
            hint="start with a header line: action, kind, document, sentence, stakeholder, text",
        )
    number, header = header_line
    unknown = [name for name in header if name not in COLUMNS]
    if unknown or "action" not in header or "kind" not in header:
        raise CorrectionsError(
            f"{source}, line {number}: the header "
            + (f"has unknown column(s) {', '.join(unknown)}" if unknown else "lacks action or kind")
            + " (columns separated by tabs)",
            hint="columns: " + ", ".join(COLUMNS),
        )
    items: list[Correction] = []
    for line, cells in lines:
        if len(cells) > len(header):
            raise CorrectionsError(
                f"{source}, line {line}: {len(cells)} cells but {len(header)} columns",
                hint="separate cells by one tab; a cell holds no tab",
            )
        padded = cells + [""] * (len(header) - len(cells))
        items.append(_correction(source, line, dict(zip(header, padded, strict=True))))
    return Corrections(source, tuple(sorted(items, key=lambda c: (_ORDER[c.action], c.line))))


def _correction(source: str, line: int, cells: dict[str, str]) -> Correction:
    action, kind = cells.get("action", "").lower(), cells.get("kind", "").lower()
    if action not in _KINDS or kind not in _KINDS[action]:
        choices = "; ".join(f"{a} {'|'.join(k)}" for a, k in _KINDS.items())
        raise CorrectionsError(
            f"{source}, line {line}: unknown correction {action or '-'} {kind or '-'}",
            hint=f"action and kind are one of: {choices}",
        )
    sentence_text = cells.get("sentence", "")
    if sentence_text and not sentence_text.isdigit():
        raise CorrectionsError(
            f"{source}, line {line}: sentence {sentence_text!r} is not a sentence number",
            hint="give the number zhkg prints after 'sentence', e.g. 15",
        )
    values = {name: cells.get(name, "") for name in COLUMNS if name not in ("sentence",)}
    correction = Correction(
        line=line, sentence=int(sentence_text) if sentence_text else None, **values
    )
    _check_fields(correction, source)
    return correction


def _check_fields(c: Correction, source: str) -> None:
    """Each action's required cells, with what to write instead."""
    missing: list[str] = []
    if c.action == "reject":
        located = c.document and (c.sentence is not None or c.text or c.stakeholder)
        if not c.id and not located:
            missing.append("id, or document with sentence, stakeholder or text")
    elif c.action == "add":
        wanted = ["document", "sentence", "stakeholder", "text"]
        if c.kind == "relation":
            wanted.append("object")
        missing += [name for name in wanted if getattr(c, name) in ("", None)]
    else:
        missing += [name for name in ("stakeholder", "text") if not getattr(c, name)]
    if missing:
        raise CorrectionsError(
            f"{c.where(source)}: needs {', '.join(missing)}",
            hint="see docs/corrections.md for the cells each correction needs",
        )
    if c.kind == "statement" and c.action == "add" and c.modality not in ("", *_MODALITIES):
        raise CorrectionsError(
            f"{c.where(source)}: modality {c.modality!r} is not one of " + ", ".join(_MODALITIES),
            hint="write must, must_not, should or may (empty means must)",
        )
    if c.kind == "relation" and c.action == "add":
        _relation_kind(c, source)


def _relation_kind(c: Correction, source: str) -> RelationKind:
    code = c.text.strip().upper()
    for kind, prop in RELATION_PROPERTIES.items():
        if code in (kind.value, str(prop).rsplit("#", 1)[-1].upper()):
            return kind
    raise CorrectionsError(
        f"{c.where(source)}: relation type {c.text!r} is unknown",
        hint="the text cell of a relation is one of " + ", ".join(k.value for k in RelationKind),
    )


# --- applying -----------------------------------------------------------------------


class _Editor:
    """Applies corrections to one graph; a class so the lookups are shared."""

    def __init__(
        self, graph: Graph, lexicon: Lexicon, terms: TermIndex | None, source: str
    ) -> None:
        self.graph = graph
        self.lexicon = lexicon
        self.terms = terms if terms is not None else TermIndex.packaged()
        self.source = source
        self.report = CorrectionReport()
        self.categories = CategoryMatcher(lexicon)

    # lookups ------------------------------------------------------------------------

    def _label(self, node: Node) -> str:
        for predicate in (SKOS.prefLabel, RDFS.label):
            for value in self.graph.objects(node, predicate):
                return str(value)
        return str(node).rsplit("/", 1)[-1]

    def documents(self, c: Correction) -> list[Node]:
        """Document nodes named by IRI, identifier, title, file name or file stem."""
        wanted = c.document.strip()
        found = []
        for doc in self.graph.subjects(RDF.type, ZHKG.Document):
            names = {str(doc)}
            for predicate in (DCTERMS.identifier, DCTERMS.title, ZHKG.sourcePath):
                for value in self.graph.objects(doc, predicate):
                    names.update({str(value), Path(str(value)).stem})
            if wanted in names:
                found.append(doc)
        if not found:
            titles = sorted(
                str(t)
                for d in self.graph.subjects(RDF.type, ZHKG.Document)
                for t in self.graph.objects(d, DCTERMS.title)
            )
            raise CorrectionsError(
                f"{c.where(self.source)}: no document {wanted!r} in the graph",
                hint="name it by title or file name; the graph holds: "
                + ("、".join(titles[:6]) or "no documents"),
            )
        return sorted(found, key=str)

    def sentences(self, c: Correction) -> list[Node]:
        result = []
        for doc in self.documents(c):
            for sentence in self.graph.subjects(ZHKG.inDocument, doc):
                if (sentence, RDF.type, ZHKG.Sentence) not in self.graph:
                    continue
                index = self.graph.value(sentence, ZHKG.sentenceIndex)
                if c.sentence is None or (
                    isinstance(index, Literal) and int(index.toPython()) == c.sentence
                ):
                    result.append(sentence)
        if not result:
            raise CorrectionsError(
                f"{c.where(self.source)}: document {c.document!r} has no sentence {c.sentence}",
                hint="give the sentence number zhkg prints with the evidence",
            )
        return result

    def stakeholder(self, name: str, *, exact: bool = False) -> URIRef | None:
        """The stakeholder node labelled ``name`` (or, unless ``exact``, its canonical name)."""
        names = {name}
        known = self.lexicon.lookup(name)
        if known is not None and not exact:
            names.add(known.canonical)
        for candidate in sorted(names, key=lambda n: n != name):
            for predicate in (SKOS.prefLabel, RDFS.label):
                for node in self.graph.subjects(predicate, Literal(candidate, lang="zh")):
                    if isinstance(node, URIRef) and self._is_stakeholder(node):
                        return node
        return None

    def _is_stakeholder(self, node: URIRef) -> bool:
        return (
            any(True for _ in self.graph.subjects(ZHKG.holder, node))
            or any(True for _ in self.graph.subjects(ZHKG.mentions, node))
            or any(True for _ in self.graph.subjects(ZHKG.relSubject, node))
            or any(True for _ in self.graph.subjects(ZHKG.relObject, node))
            or any(cls in self.terms.classes.values() for cls in self.graph.objects(node, RDF.type))
        )

    def _matches(self, c: Correction, node: Node, cls: URIRef) -> bool:
        if (node, RDF.type, cls) not in self.graph:
            return False
        text = str(node)
        return text == c.id or text.endswith("/" + c.id)

    def _in_sentences(self, c: Correction, cls: URIRef) -> list[Node]:
        sentences = set(self.sentences(c))
        return sorted(
            {
                node
                for sentence in sentences
                for node in self.graph.subjects(PROV.wasDerivedFrom, sentence)
                if (node, RDF.type, cls) in self.graph
            },
            key=str,
        )

    def _nothing(self, c: Correction, what: str, near: Iterable[str]) -> CorrectionsError:
        shown = "; ".join(sorted(set(near))[:6])
        return CorrectionsError(
            f"{c.where(self.source)}: no {what} matches",
            hint=f"{what}s there: {shown}" if shown else "check the id, document and sentence",
        )

    # rejections ---------------------------------------------------------------------

    def reject_statements(self, c: Correction) -> None:
        if c.id:
            found = [
                n
                for n in self.graph.subjects(RDF.type, ZHKG.ResponsibilityStatement)
                if self._matches(c, n, ZHKG.ResponsibilityStatement)
            ]
            near: list[str] = []
        else:
            candidates = self._in_sentences(c, ZHKG.ResponsibilityStatement)
            near = [self._describe_statement(n) for n in candidates]
            found = [n for n in candidates if self._statement_fits(c, n)]
        if not found:
            raise self._nothing(c, "statement", near)
        for node in found:
            self._remove_statement(node)
            self.report.rejected_statements += 1

    def _describe_statement(self, node: Node) -> str:
        holder = self.graph.value(node, ZHKG.holder)
        duty = self.graph.value(node, ZHKG.duty)
        return f"{self._label(holder) if holder else '?'}: {self._label(duty) if duty else '?'}"

    def _statement_fits(self, c: Correction, node: Node) -> bool:
        holder = self.graph.value(node, ZHKG.holder)
        duty = self.graph.value(node, ZHKG.duty)
        if c.stakeholder and (holder is None or not self._names(c.stakeholder, holder, node)):
            return False
        if c.text and (duty is None or c.text not in self._label(duty)):
            return False
        modality = self.graph.value(node, ZHKG.modality)
        return not (
            c.modality
            and c.modality in _MODALITIES
            and modality != MODALITY_INDIVIDUALS[_MODALITIES[c.modality]]
        )

    def _names(self, name: str, party: Node, fact: Node | None = None) -> bool:
        """``name`` names ``party``: its label, canonical name or the fact's surface form."""
        known = self.lexicon.lookup(name)
        labels = {self._label(party)}
        if fact is not None:
            labels.update(str(v) for v in self.graph.objects(fact, ZHKG.surfaceForm))
        return name in labels or (known is not None and known.canonical in labels)

    def _remove_statement(self, node: Node) -> None:
        holder = self.graph.value(node, ZHKG.holder)
        duty = self.graph.value(node, ZHKG.duty)
        self.graph.remove((node, None, None))
        if holder is None or duty is None:
            return
        still = any(
            (other, ZHKG.holder, holder) in self.graph
            for other in self.graph.subjects(ZHKG.duty, duty)
        )
        if not still:
            self.graph.remove((holder, ZHKG.bears, duty))
        if not any(True for _ in self.graph.subjects(ZHKG.duty, duty)):
            self.graph.remove((duty, None, None))
            self.graph.remove((None, ZHKG.bears, duty))

    def reject_relations(self, c: Correction) -> None:
        if c.id:
            found = [
                n
                for n in self.graph.subjects(RDF.type, ZHKG.StakeholderRelation)
                if self._matches(c, n, ZHKG.StakeholderRelation)
            ]
            near: list[str] = []
        else:
            candidates = self._in_sentences(c, ZHKG.StakeholderRelation)
            near = [self._describe_relation(n) for n in candidates]
            found = [n for n in candidates if self._relation_fits(c, n)]
        if not found:
            raise self._nothing(c, "relation", near)
        for node in found:
            self._remove_relation(node)
            self.report.rejected_relations += 1

    def _describe_relation(self, node: Node) -> str:
        subject = self.graph.value(node, ZHKG.relSubject)
        obj = self.graph.value(node, ZHKG.relObject)
        kind = self.graph.value(node, ZHKG.relationType)
        return (
            f"{self._label(subject) if subject else '?'} {kind} {self._label(obj) if obj else '?'}"
        )

    def _relation_fits(self, c: Correction, node: Node) -> bool:
        subject = self.graph.value(node, ZHKG.relSubject)
        obj = self.graph.value(node, ZHKG.relObject)
        kind = str(self.graph.value(node, ZHKG.relationType) or "")
        if c.stakeholder and (subject is None or not self._names(c.stakeholder, subject)):
            return False
        if c.object and (obj is None or not self._names(c.object, obj)):
            return False
        return not (c.text and _relation_kind(c, self.source).value != kind)

    def _remove_relation(self, node: Node) -> None:
        subject = self.graph.value(node, ZHKG.relSubject)
        obj = self.graph.value(node, ZHKG.relObject)
        kind = str(self.graph.value(node, ZHKG.relationType) or "")
        self.graph.remove((node, None, None))
        prop = next((p for k, p in RELATION_PROPERTIES.items() if k.value == kind), None)
        if subject is None or obj is None or prop is None:
            return
        still = any(
            (other, ZHKG.relObject, obj) in self.graph
            and str(self.graph.value(other, ZHKG.relationType) or "") == kind
            for other in self.graph.subjects(ZHKG.relSubject, subject)
        )
        if not still:
            self.graph.remove((subject, prop, obj))

    def reject_mentions(self, c: Correction) -> None:
        if c.id:
            found = [
                n
                for n in self.graph.subjects(RDF.type, ZHKG.Mention)
                if self._matches(c, n, ZHKG.Mention)
            ]
            near: list[str] = []
        else:
            candidates = self._in_sentences(c, ZHKG.Mention)
            near = [str(self.graph.value(n, ZHKG.surfaceForm) or "") for n in candidates]
            found = [n for n in candidates if self._mention_fits(c, n)]
        if not found:
            raise self._nothing(c, "mention", near)
        for node in found:
            self._remove_mention(node)
            self.report.rejected_mentions += 1

    def _mention_fits(self, c: Correction, node: Node) -> bool:
        surface = str(self.graph.value(node, ZHKG.surfaceForm) or "")
        party = self.graph.value(node, ZHKG.refersTo)
        if c.text and c.text != surface:
            return False
        return not (c.stakeholder and (party is None or not self._names(c.stakeholder, party)))

    def _remove_mention(self, node: Node) -> None:
        """The mention, the facts of its party in its sentence, and the party if now unnamed."""
        party = self.graph.value(node, ZHKG.refersTo)
        sentence = self.graph.value(node, PROV.wasDerivedFrom)
        self.graph.remove((node, None, None))
        if party is None or sentence is None:
            return
        for fact in list(self.graph.subjects(PROV.wasDerivedFrom, sentence)):
            if (fact, ZHKG.holder, party) in self.graph:
                self._remove_statement(fact)
                self.report.rejected_statements += 1
            elif (fact, ZHKG.relSubject, party) in self.graph or (
                fact,
                ZHKG.relObject,
                party,
            ) in self.graph:
                self._remove_relation(fact)
                self.report.rejected_relations += 1
        document = self.graph.value(sentence, ZHKG.inDocument)
        if document is not None and not self._named_in(party, document):
            self.graph.remove((document, ZHKG.mentions, party))
        self._drop_if_unsupported(party)

    def _named_in(self, party: Node, document: Node) -> bool:
        """Does any mention, statement or relation of ``document`` still name ``party``?"""
        for predicate in (ZHKG.refersTo, ZHKG.holder, ZHKG.relSubject, ZHKG.relObject):
            for fact in self.graph.subjects(predicate, party):
                sentence = self.graph.value(fact, PROV.wasDerivedFrom)
                if sentence is not None and (sentence, ZHKG.inDocument, document) in self.graph:
                    return True
        return False

    def _drop_if_unsupported(self, party: Node) -> None:
        """A party no document mentions and no fact names any more leaves the graph."""
        if any(True for _ in self.graph.subjects(ZHKG.mentions, party)):
            return
        for predicate in (ZHKG.refersTo, ZHKG.holder, ZHKG.relSubject, ZHKG.relObject):
            if any(True for _ in self.graph.subjects(predicate, party)):
                return
        self.graph.remove((party, None, None))
        self.graph.remove((None, None, party))

    # merges and renames -------------------------------------------------------------

    def merge(self, c: Correction) -> None:
        source = self.stakeholder(c.stakeholder)
        if source is None:
            raise CorrectionsError(
                f"{c.where(self.source)}: no stakeholder {c.stakeholder!r} in the graph",
                hint="name it as zhkg prints it (zhkg run-query stakeholders)",
            )
        renaming = c.action == "rename"
        target = self.stakeholder(c.text, exact=renaming)
        if renaming and target is not None and target != source:
            raise CorrectionsError(
                f"{c.where(self.source)}: {c.text!r} is already a stakeholder in the graph",
                hint="to fold one stakeholder into another, write merge instead of rename",
            )
        if target == source:
            return
        if target is None:
            target = self._new_stakeholder(
                c.text, default_class=self._classes(source), as_written=renaming
            )
        graph = self.graph
        for subject, predicate, _ in list(graph.triples((None, None, source))):
            graph.remove((subject, predicate, source))
            graph.add((subject, predicate, target))
            if predicate in (ZHKG.holder, ZHKG.relSubject, ZHKG.relObject):
                self._mark(subject)
        for _, predicate, obj in list(graph.triples((source, None, None))):
            if predicate in (RDF.type, RDFS.label, SKOS.prefLabel):
                continue
            graph.add((target, predicate, obj))
        graph.remove((source, None, None))
        # the rename keeps the old name findable
        graph.add((target, SKOS.altLabel, Literal(self._label_of(c.stakeholder), lang="zh")))
        self.report.merged_stakeholders += 1

    def _label_of(self, name: str) -> str:
        known = self.lexicon.lookup(name)
        return known.canonical if known is not None and known.canonical else name

    def _classes(self, node: Node) -> list[URIRef]:
        return [c for c in self.graph.objects(node, RDF.type) if isinstance(c, URIRef)]

    def _class_for(self, name: str) -> URIRef | None:
        known = self.lexicon.lookup(name)
        cls_id = known.cls if known is not None else self.lexicon.class_of_head(name)
        return self.terms.classes.get(cls_id) if cls_id else None

    def _new_stakeholder(
        self, name: str, default_class: list[URIRef] | None = None, *, as_written: bool = False
    ) -> URIRef:
        label = name if as_written else self._label_of(name)
        node = iris.stakeholder_iri(label)
        cls = self._class_for(name)
        classes = [cls] if cls is not None else (default_class or [URIRef(ZHKG.Stakeholder)])
        for each in classes:
            self.graph.add((node, RDF.type, each))
        self.graph.add((node, RDFS.label, Literal(label, lang="zh")))
        self.graph.add((node, SKOS.prefLabel, Literal(label, lang="zh")))
        return node

    def _mark(self, fact: Node) -> None:
        self.graph.set((fact, ZHKG.assertedBy, Literal(ASSERTED_BY_CORRECTION)))
        if isinstance(fact, URIRef):
            self.report.changed.add(fact)

    # additions ----------------------------------------------------------------------

    def _evidence(self, c: Correction) -> tuple[Node, str, int]:
        [sentence, *others] = self.sentences(c)
        if others:
            raise CorrectionsError(
                f"{c.where(self.source)}: {c.document!r} names several documents",
                hint="name the document by its file name",
            )
        document = self.graph.value(sentence, ZHKG.inDocument)
        identifier = self.graph.value(document, DCTERMS.identifier) if document else None
        doc_id = str(identifier) if identifier is not None else str(document).rsplit("/", 1)[-1]
        assert c.sentence is not None  # checked when the line was read
        return sentence, doc_id, c.sentence

    def _party(self, name: str) -> tuple[URIRef, StakeholderMention]:
        """The party's node, and a mention of it for minting the fact's IRI."""
        node = self.stakeholder(name) or self._new_stakeholder(name)
        return node, StakeholderMention(name, self._label(node), "", 0, 0, 0)

    def add_statement(self, c: Correction) -> None:
        sentence, doc_id, index = self._evidence(c)
        holder, mention = self._party(c.stakeholder)
        modality = _MODALITIES[c.modality or "must"]
        duty_text = c.text.strip()
        statement = ResponsibilityStatement(
            holder=mention,
            duty=duty_text,
            modality=modality,
            category=None,
            sentence=index,
            confidence=1.0,
            rule=_CORRECTION_RULE,
        )
        node = iris.statement_iri(doc_id, statement)
        duty = iris.responsibility_iri(duty_text)
        add = self.graph.add
        add((duty, RDF.type, ZHKG.Responsibility))
        add((duty, RDFS.label, Literal(duty_text, lang="zh")))
        add((node, RDF.type, ZHKG.ResponsibilityStatement))
        add((node, ZHKG.holder, holder))
        add((node, ZHKG.duty, duty))
        add((node, ZHKG.modality, MODALITY_INDIVIDUALS[modality]))
        category = c.category or self.categories.categorise(duty_text)
        if category:
            concept = self._concept(c, category)
            add((node, ZHKG.category, concept))
            self.graph.set((duty, ZHKG.category, concept))
        add((node, ZHKG.evidence, sentence))
        add((node, PROV.wasDerivedFrom, sentence))
        add((node, ZHKG.confidence, Literal(Decimal("1"), datatype=XSD.decimal)))
        add((node, ZHKG.rule, Literal(_CORRECTION_RULE)))
        add((node, ZHKG.surfaceForm, Literal(c.stakeholder, lang="zh")))
        add((holder, ZHKG.bears, duty))
        self._mention(sentence, holder)
        self._mark(node)
        self.report.added_statements += 1

    def _concept(self, c: Correction, category: str) -> URIRef:
        concept = self.terms.categories.get(category)
        if concept is None:
            raise CorrectionsError(
                f"{c.where(self.source)}: category {category!r} is unknown",
                hint="one of: "
                + "、".join(sorted(k for k in self.terms.categories if not k.isascii())),
            )
        self.graph.add((concept, RDF.type, SKOS.Concept))
        self.graph.add((concept, SKOS.inScheme, ZHKG.ResponsibilityCategories))
        for literal in self.terms.concept_labels.get(concept, ()):
            self.graph.add((concept, SKOS.prefLabel, literal))
        return concept

    def _mention(self, sentence: Node, party: URIRef) -> None:
        document = self.graph.value(sentence, ZHKG.inDocument)
        if document is not None:
            self.graph.add((document, ZHKG.mentions, party))

    def add_relation(self, c: Correction) -> None:
        sentence, doc_id, index = self._evidence(c)
        subject, subject_mention = self._party(c.stakeholder)
        obj, object_mention = self._party(c.object)
        kind = _relation_kind(c, self.source)
        relation = StakeholderRelation(
            subject_mention, kind, object_mention, index, 1.0, _CORRECTION_RULE
        )
        node = iris.relation_iri(doc_id, relation)
        add = self.graph.add
        add((node, RDF.type, ZHKG.StakeholderRelation))
        add((node, ZHKG.relSubject, subject))
        add((node, ZHKG.relObject, obj))
        add((node, ZHKG.relationType, Literal(kind.value)))
        add((node, ZHKG.evidence, sentence))
        add((node, PROV.wasDerivedFrom, sentence))
        add((node, ZHKG.confidence, Literal(Decimal("1"), datatype=XSD.decimal)))
        add((node, ZHKG.rule, Literal(_CORRECTION_RULE)))
        add((subject, RELATION_PROPERTIES[kind], obj))
        self._mention(sentence, subject)
        self._mention(sentence, obj)
        self._mark(node)
        self.report.added_relations += 1


def apply_corrections(
    graph: Graph,
    corrections: Corrections,
    lexicon: Lexicon,
    terms: TermIndex | None = None,
) -> CorrectionReport:
    """Apply every correction to ``graph`` in place; a line that matches nothing fails.

    The graph is corrected on a copy first, so a failing line leaves ``graph``
    as it was.
    """
    work = Graph()
    for prefix, namespace in graph.namespaces():
        work.bind(prefix, namespace, override=True)
    work += graph
    editor = _Editor(work, lexicon, terms, corrections.source)
    steps = {
        ("reject", "statement"): editor.reject_statements,
        ("reject", "relation"): editor.reject_relations,
        ("reject", "mention"): editor.reject_mentions,
        ("merge", "stakeholder"): editor.merge,
        ("rename", "stakeholder"): editor.merge,
        ("add", "statement"): editor.add_statement,
        ("add", "relation"): editor.add_relation,
    }
    for correction in corrections.items:
        steps[(correction.action, correction.kind)](correction)
    settle_stakeholder_types(work)
    graph.remove((None, None, None))
    graph += work
    return editor.report
