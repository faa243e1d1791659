"""Turtle and N-Triples files to property-graph rows one batch of documents at a time.

Parsing a corpus file into one rdflib graph, checking it and mapping it whole
costs memory in proportion to the corpus (and rdflib's Turtle parser is slow).
Here the files are bulk-loaded into a pyoxigraph store in a scratch directory
(on disk: its memory does not grow with the corpus), or, for one file that
``zhkg sparql`` has queried, read from the store kept beside it
(``zhkg.ontology.oxstore``) while it is fresh. Each batch of documents
is taken out as a small rdflib graph: the document's own nodes (what is
``zhkg:inDocument`` it, directly or through its section, and the facts whose
evidence is one of its sentences), every node those point to, two steps deep, and
all triples about these nodes, together with the data's ``rdfs:subClassOf``
triples. That graph holds every triple ``rows_from_graph`` reads for the
documents and every triple a SHACL shape looks at for their nodes, so mapping or
validating batch by batch gives what the whole graph gives.

What belongs to no document (a statement with no evidence and no document, a
party no document names, bare shortcut triples) is gathered at the end the same
way. For validation, every subject no batch took is checked at the end too, so
an orphan node is not missed.
"""

from __future__ import annotations

import bisect
import contextlib
import shutil
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import Graph

from zhkg.errors import RDFError
from zhkg.ontology.namespace import ZHKG
from zhkg.ontology.oxstore import (
    add_ontology,
    bulk_load_chunked,
    check_readable,
    data_triples,
    kept_store,
    query_graphs,
    store_path,
    syntax_errors,
)

if TYPE_CHECKING:
    from rdflib.term import Node as RDFNode

    from zhkg.graph.rows import DocumentRows
    from zhkg.graph.triples import TripleIndex
    from zhkg.ontology.validate import ValidationReport

__all__ = ["STREAMED_SUFFIXES", "RDFDocuments"]

STREAMED_SUFFIXES = frozenset({".ttl", ".nt"})
"""Files loaded batch by batch; other formats are parsed whole by rdflib."""

_Z = str(ZHKG)
_PROV = "http://www.w3.org/ns/prov#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_PREFIXES = f"PREFIX zhkg: <{_Z}>\nPREFIX prov: <{_PROV}>\nPREFIX rdf: <{_RDF}>\n"
_SUBCLASS = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
_SHORTCUTS = frozenset(
    ox.NamedNode(_Z + name)
    for name in [
        "bears",
        "supervises",
        "requires",
        "collaboratesWith",
        "serves",
        "informs",
        "reportsTo",
        "givesFeedbackTo",
        "contractsWith",
        "compensates",
        "jointlyLiableWith",
    ]
)
_SHORTCUT_VALUES = " ".join(sorted(str(node) for node in _SHORTCUTS))
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_IN_DOCUMENT = ox.NamedNode(_Z + "inDocument")
_TYPE = ox.NamedNode(_RDF + "type")
_SENTENCE = ox.NamedNode(_Z + "Sentence")
_STATEMENT = ox.NamedNode(_Z + "ResponsibilityStatement")
_RELATION = ox.NamedNode(_Z + "StakeholderRelation")
_IN_SECTION = ox.NamedNode(_Z + "inSection")
_EVIDENCE = ox.NamedNode(_Z + "evidence")
_DERIVED = ox.NamedNode(_PROV + "wasDerivedFrom")

Node = ox.NamedNode | ox.BlankNode

_DOCUMENTS = (
    _PREFIXES
    + """SELECT DISTINCT ?d WHERE {
  { ?d a zhkg:Document } UNION { ?x zhkg:inDocument ?d FILTER(isIRI(?d)) }
} ORDER BY STR(?d)"""
)

_SHORTCUT_ENDS = (
    _PREFIXES
    + """SELECT DISTINCT ?core WHERE {
  VALUES ?p { %s }
  { ?core ?p ?o } UNION { ?s ?p ?core }
}"""
)


_BATCHES_PER_OPENING = 5
"""Batches read between two openings of the pyoxigraph store (``RDFDocuments._batches``)."""


def _oxformat(path: Path) -> ox.RdfFormat:
    return ox.RdfFormat.TURTLE if path.suffix.lower() == ".ttl" else ox.RdfFormat.N_TRIPLES


class RDFDocuments:
    """Turtle and N-Triples files in a pyoxigraph store, taken out document by document.

    One file is read from the query store kept beside it when that is fresh for the
    ontology ``extensions`` (``zhkg sparql`` builds it); otherwise, or with
    ``keep=False``, the files are bulk-loaded into a scratch store, removed on exit.
    Either way the ontology is in a graph of its own beside the data's default graph
    (which is all the batches read), for checking the shapes in SPARQL. Use it as a
    context manager.
    """

    def __init__(
        self,
        paths: Sequence[str | Path],
        *,
        scratch: str | Path | None = None,
        extensions: Sequence[str | Path] = (),
        keep: bool = True,
    ) -> None:
        self.paths = [Path(path) for path in paths]
        for path in self.paths:
            _check(path)  # every file, before any work
        self._directory: Path | None = None
        self._extensions = list(extensions)
        self._parsed_ontology: Graph | None = None
        kept = None
        if keep and len(self.paths) == 1:
            kept = kept_store(self.paths[0], extensions=extensions, build=False)
        if kept is not None:
            self.store = kept
            self._location = store_path(self.paths[0])
        else:
            self._directory = Path(tempfile.mkdtemp(prefix="zhkg-load-", dir=scratch))
            self._location = self._directory / "store"
            self.store = ox.Store(str(self._location))
            try:
                for path in self.paths:
                    with syntax_errors(path, _format_name(path)):
                        bulk_load_chunked(self.store, path, _oxformat(path))
                add_ontology(self.store, self.ontology())  # as a kept store has it
            except BaseException:
                self.close()
                raise
        self._classes = list(self.store.quads_for_pattern(None, _SUBCLASS, None, ox.DefaultGraph()))
        # what a shortcut triple points to (parties, duties): only these are looked up by object
        self._shortcut_objects = {
            row["o"]
            for row in self.store.query(  # type: ignore[union-attr]
                f"SELECT DISTINCT ?o WHERE {{ VALUES ?p {{ {_SHORTCUT_VALUES} }} ?s ?p ?o }}"
            )
        }

    # --- taking documents out -----------------------------------------------------

    def documents(self) -> list[str]:
        """Every document IRI: typed ``zhkg:Document`` or named by ``zhkg:inDocument``."""
        return [str(row["d"].value) for row in self.store.query(_DOCUMENTS)]  # type: ignore[union-attr]

    def _triples(self, node: Node, out: list[ox.Quad]) -> list[Node]:
        """Add the triples about ``node`` to ``out`` (shortcuts aside); the nodes it points to."""
        found: list[Node] = []
        for quad in self.store.quads_for_pattern(node, None, None, ox.DefaultGraph()):
            if quad.predicate in _SHORTCUTS:
                continue
            out.append(quad)
            if not isinstance(quad.object, ox.Literal):
                found.append(quad.object)  # type: ignore[arg-type]
        return found

    def _parts(self, documents: Sequence[str]) -> list[Node]:
        """The documents, what is ``zhkg:inDocument`` them (directly or by section), and the
        facts and mentions whose evidence is one of their sentences."""
        core: list[Node] = []
        for document in documents:
            iri = ox.NamedNode(document)
            core.append(iri)
            parts = [quad.subject for quad in self.store.quads_for_pattern(None, _IN_DOCUMENT, iri)]
            for part in list(parts):
                parts.extend(
                    quad.subject for quad in self.store.quads_for_pattern(None, _IN_SECTION, part)
                )
            core.extend(parts)  # type: ignore[arg-type]
            for part in parts:
                for link in (_EVIDENCE, _DERIVED):
                    core.extend(
                        quad.subject  # type: ignore[misc]
                        for quad in self.store.quads_for_pattern(None, link, part)
                    )
        return core

    def _graph(self, core: Sequence[Node], what: str) -> Graph:
        """The triples about ``core`` and what it points to, two steps, as an rdflib graph."""
        from zhkg.ontology.serialize import _refuse_ill_typed

        graph = _rdflib_graph(self._quads(core))
        _refuse_ill_typed(graph, Path(what))
        return graph

    def _index(self, core: Sequence[Node], what: str) -> TripleIndex:
        """The triples of ``_graph`` as a ``TripleIndex`` (for mapping to rows: quicker)."""
        return _triple_index(self._quads(core), what)

    def _quads(self, core: Sequence[Node]) -> list[ox.Quad]:
        """The triples about ``core`` and what it points to, two steps.

        Shortcut triples (``zhkg:bears`` …) are taken by their object, not their
        subject: a party bears duties in every document, and its thousands of
        shortcut triples belong with the batches of those duties. The data's
        class hierarchy comes with every graph.
        """
        quads: list[ox.Quad] = []
        seen: set[Node] = set()
        frontier = list(dict.fromkeys(core))
        for depth in range(3):
            following: list[Node] = []
            for node in frontier:
                if node in seen:
                    continue
                seen.add(node)
                found = self._triples(node, quads)
                if depth < 2:
                    following.extend(found)
            frontier = following
        iris = [node for node in seen if node in self._shortcut_objects]
        for start in range(0, len(iris), 5000):
            values = " ".join(str(node) for node in iris[start : start + 5000])
            query = (
                f"SELECT ?s ?p ?o WHERE {{ VALUES ?o {{ {values} }} "
                f"VALUES ?p {{ {_SHORTCUT_VALUES} }} ?s ?p ?o }}"
            )
            for row in self.store.query(query):  # type: ignore[union-attr]
                quads.append(ox.Quad(row["s"], row["p"], row["o"]))
                if row["s"] not in seen:  # the party's own triples (its class, its name)
                    seen.add(row["s"])
                    self._triples(row["s"], quads)
        return [*self._classes, *quads]

    def batches(self, size: int) -> Iterator[tuple[list[str], Graph]]:
        """The documents ``size`` at a time, each batch with its graph."""
        for batch in self._batches(size):
            yield batch, self._graph(self._parts(batch), self._name())

    def _batches(self, size: int) -> Iterator[list[str]]:
        """The documents ``size`` at a time, the store reopened every few batches.

        RocksDB caches the blocks it reads, up to some sixty megabytes: a read of a
        whole corpus ends with a full cache, a small file with a small one. Reopening
        the store (read-only, a few milliseconds) every ``_BATCHES_PER_OPENING``
        batches and handing the freed cache back keeps it to what those batches read.
        """
        documents = self.documents()
        for number, start in enumerate(range(0, len(documents), size)):
            if number % _BATCHES_PER_OPENING == 0:
                self._reopen()
            yield documents[start : start + size]

    def _reopen(self) -> None:
        """Close the store and open it again read-only, its block cache handed back."""
        from zhkg.memory import release_memory

        del self.store
        release_memory()
        self.store = ox.Store.read_only(str(self._location))

    def _name(self) -> str:
        """The input for messages: the file, or how many files."""
        return str(self.paths[0]) if len(self.paths) == 1 else f"{len(self.paths)} RDF files"

    def _document_of(self, node: object, *, sections: bool = True) -> bool:
        """Whether a sentence (or fact) has a document, directly or through its section."""
        if any(
            isinstance(quad.object, ox.NamedNode)
            for quad in self.store.quads_for_pattern(node, _IN_DOCUMENT, None, ox.DefaultGraph())  # type: ignore[arg-type]
        ):
            return True
        return sections and any(
            self._document_of(quad.object)
            for quad in self.store.quads_for_pattern(node, _IN_SECTION, None, ox.DefaultGraph())  # type: ignore[arg-type]
            if quad.object != node
        )

    def _typed(self, kind: ox.NamedNode) -> Iterator[Node]:
        for quad in self.store.quads_for_pattern(None, _TYPE, kind, ox.DefaultGraph()):
            yield quad.subject  # type: ignore[misc]

    def _homeless_sentences(self) -> Iterator[Node]:
        """Sentences of no document."""
        return (node for node in self._typed(_SENTENCE) if not self._document_of(node))

    def _homeless_facts(self) -> Iterator[Node]:
        """Statements and relations whose evidence (else whose own document) is no document.

        As ``rows_from_graph`` decides: the least ``zhkg:evidence`` value, else the least
        ``prov:wasDerivedFrom`` value, is the evidence sentence when it is an IRI.
        """
        for kind in (_STATEMENT, _RELATION):
            for node in self._typed(kind):
                evidence = None
                for link in (_EVIDENCE, _DERIVED):
                    values = [
                        quad.object
                        for quad in self.store.quads_for_pattern(
                            node, link, None, ox.DefaultGraph()
                        )
                    ]
                    if values:
                        evidence = min(values, key=str)
                        break
                if isinstance(evidence, ox.NamedNode):
                    if not self._document_of(evidence):
                        yield node
                elif not self._document_of(node, sections=False):
                    yield node

    def _uncovered(self, covered: array[int]) -> Iterator[Node]:
        """Subjects no batch took (their triples are checked on their own).

        ``covered`` holds the hashes of the subjects the batches took, sorted: eight
        bytes a subject. (Marks written to the store grew its write buffers with every
        batch; a set of Python ints costs ninety bytes a subject, 25 MiB at a
        thousand documents, and the process keeps the arenas it leaves behind.)
        """
        last: object = None
        for quad in self.store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            subject = quad.subject
            if subject == last:
                continue
            last = subject
            if not _holds(covered, hash(str(subject))):
                yield subject  # type: ignore[misc]

    def homeless(self, placed: set[str], vocabulary: Graph) -> TripleIndex:
        """What belongs to no document: docless sentences and facts, unplaced parties, shortcuts."""
        from zhkg.graph.rows import stakeholder_classes

        core: list[Node] = [*self._homeless_sentences(), *self._homeless_facts()]
        if not any(True for kind in (_STATEMENT, _RELATION) for _ in self._typed(kind)):
            ends = self.store.query(_SHORTCUT_ENDS % _SHORTCUT_VALUES)
            core.extend(row["core"] for row in ends)  # type: ignore[union-attr]
        classes = stakeholder_classes(_rdflib_graph(self._classes), vocabulary)
        core.extend(
            party
            for kind in classes
            for party in self._typed(ox.NamedNode(str(kind)))
            if isinstance(party, ox.NamedNode) and party.value not in placed
        )
        return self._index(core, self._name())

    # --- what the callers want ------------------------------------------------------------

    def groups(self, vocabulary: Graph, *, size: int = 20) -> Iterator[DocumentRows]:
        """Rows per document, as ``rows_from_graph`` gives for the whole graph, batch by batch."""
        from zhkg.graph.rows import rows_from_graph

        placed: set[str] = set()
        found = False
        for documents in self._batches(size):
            wanted = set(documents)
            index = self._index(self._parts(documents), self._name())
            for group in rows_from_graph(index, vocabulary, allow_empty=True):
                if group.document in wanted:
                    found = True
                    placed.update(group.nodes.get("Stakeholder", {}))
                    yield group
        rest = self.homeless(placed, vocabulary)
        groups = rows_from_graph(rest, vocabulary, allow_empty=found)
        yield from (group for group in groups if group.document is None)

    def validate(self, extensions: Sequence[str | Path], *, size: int = 20) -> ValidationReport:
        """The SHACL report of the files (the same as for the whole graph).

        The shapes are first asked of the whole store in SPARQL
        (``zhkg.ontology.shape_queries``): when no shape may be broken, the data
        conforms and pyshacl, minutes for a big corpus, is not run. Otherwise pyshacl
        checks it batch by batch for the exact report.
        """
        from zhkg.ontology.ontology import load_shapes
        from zhkg.ontology.validate import ValidationReport, validate_graph

        shapes = load_shapes()
        triples = data_triples(self.store)
        if self._conforms_quickly(shapes, extensions):
            return ValidationReport(conforms=True, violations=(), triples=triples)
        ontology = self.ontology(extensions)
        violations: set[object] = set()
        covered = array("q")

        def check(graph: Graph) -> None:
            report = validate_graph(graph, shapes=shapes, ontology=ontology)
            violations.update(report.violations)
            covered.extend(hash(str(node)) for node in _ox_subjects(graph))

        for _documents, graph in self.batches(size):
            check(graph)
        covered = array("q", sorted(covered))
        uncovered = list(self._uncovered(covered))
        for start in range(0, len(uncovered), 2000):
            check(self._graph(uncovered[start : start + 2000], self._name()))
        ordered = sorted(violations, key=lambda v: (v.focus, v.path, v.message))  # type: ignore[attr-defined]
        errors = [v for v in ordered if v.severity == "Violation"]  # type: ignore[attr-defined]
        return ValidationReport(conforms=not errors, violations=tuple(ordered), triples=triples)  # type: ignore[arg-type]

    def ontology(self, extensions: Sequence[str | Path] | None = None) -> Graph:
        """The ontology of ``extensions`` (default: the store's), parsed once for the store's."""
        from zhkg.ontology.ontology import load_ontology

        if extensions is not None and list(extensions) != self._extensions:
            return load_ontology(extensions)
        if self._parsed_ontology is None:
            self._parsed_ontology = load_ontology(self._extensions)
        return self._parsed_ontology

    def _conforms_quickly(self, shapes: Graph, extensions: Sequence[str | Path]) -> bool:
        """Whether SPARQL over the store (data and ontology) finds no shape the data may break."""
        from zhkg.ontology.shape_queries import shapes_maybe_broken

        if list(extensions) != self._extensions:
            return False  # the store holds another ontology
        return shapes_maybe_broken(self.store, shapes, query_graphs(self.store)) == []

    def close(self) -> None:
        with contextlib.suppress(AttributeError):
            del self.store
        if self._directory is not None:
            shutil.rmtree(self._directory, ignore_errors=True)

    def __enter__(self) -> RDFDocuments:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check(path: Path) -> None:
    """An RDFError unless ``path`` is a file whose first zhkg triple comes before its end."""
    check_readable(path)
    with syntax_errors(path, _format_name(path)):
        count, zhkg = 0, False
        for triple in ox.parse(path=path, format=_oxformat(path)):
            count += 1
            if triple.predicate.value.startswith(_Z) or (
                triple.predicate.value == _RDF + "type"
                and isinstance(triple.object, ox.NamedNode)
                and triple.object.value.startswith(_Z)
            ):
                zhkg = True
                break
        if not zhkg:
            raise RDFError(
                f"{path}: holds no zhkg data ({count} triples, none in the zhkg vocabulary)",
                hint="give RDF written by `zhkg build`; extension ontologies go to --ontology",
            )


def _format_name(path: Path) -> str:
    return "turtle" if path.suffix.lower() == ".ttl" else "nt"


def _holds(ordered: array[int], value: int) -> bool:
    """Whether a sorted array holds ``value`` (a binary search)."""
    at = bisect.bisect_left(ordered, value)
    return at < len(ordered) and ordered[at] == value


def _ox_subjects(graph: Graph) -> Iterator[ox.NamedNode | ox.BlankNode]:
    """The subjects of an rdflib graph as pyoxigraph terms (to know which were covered)."""
    from rdflib import BNode, URIRef

    for subject in set(graph.subjects()):
        if isinstance(subject, URIRef):
            yield ox.NamedNode(str(subject))
        elif isinstance(subject, BNode):
            yield ox.BlankNode(str(subject))


def _rdflib_graph(quads: Iterable[ox.Quad]) -> Graph:
    """pyoxigraph triples as an rdflib graph (terms converted one by one, IRIs cached)."""
    from zhkg.ontology.serialize import bind_prefixes

    graph = bind_prefixes(Graph())
    for triple in _rdflib_triples(quads):
        graph.add(triple)
    return graph


def _triple_index(quads: Iterable[ox.Quad], what: str) -> TripleIndex:
    """pyoxigraph triples as a ``TripleIndex`` (what the mapping to rows reads).

    An ill-typed literal fails as it does for an rdflib graph (``_refuse_ill_typed``).
    """
    from rdflib import Literal

    from zhkg.graph.triples import TripleIndex
    from zhkg.ontology.serialize import _refuse_ill_typed

    unique = list(dict.fromkeys(quads))
    index = TripleIndex(_rdflib_triples(unique))
    if any(isinstance(value, Literal) and value.ill_typed for _, _, value in index):
        _refuse_ill_typed(_rdflib_graph(unique), Path(what))
    return index


def _rdflib_triples(quads: Iterable[ox.Quad]) -> Iterator[tuple[RDFNode, RDFNode, RDFNode]]:
    """pyoxigraph triples as rdflib terms (converted one by one, IRIs cached)."""
    from rdflib import BNode, Literal, URIRef

    iris: dict[str, URIRef] = {}

    def iri(value: str) -> URIRef:
        found = iris.get(value)
        if found is None:
            found = iris[value] = URIRef(value)
        return found

    def term(node: object) -> URIRef | BNode | Literal:
        if isinstance(node, ox.NamedNode):
            return iri(node.value)
        if isinstance(node, ox.BlankNode):
            return BNode(node.value)
        assert isinstance(node, ox.Literal)
        if node.language:
            return Literal(node.value, lang=node.language)
        if node.datatype.value == _XSD_STRING:  # a plain literal, as rdflib's parsers give it
            return Literal(node.value)
        return Literal(node.value, datatype=iri(node.datatype.value))

    for quad in quads:
        yield term(quad.subject), iri(quad.predicate.value), term(quad.object)
