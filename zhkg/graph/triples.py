"""A read-only set of rdflib triples with the three lookups ``zhkg.graph.rows`` makes.

Loading a big file maps it to property-graph rows a batch of documents at a time
(``zhkg.graph.stream``). An rdflib ``Graph`` spends most of a batch's time on
adding triples to its store (events, contexts, five indexes); the mapping only
asks for the objects of a subject and predicate, the subjects of a predicate and
object, and the pairs of a predicate, so three dictionaries serve it at a
fraction of the cost. The terms are rdflib's, so the rows are the same.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from rdflib.term import Node

__all__ = ["TripleIndex"]

Triple = tuple[Node, Node, Node]


class TripleIndex:
    """Triples indexed by (subject, predicate), (predicate, object) and predicate."""

    def __init__(self, triples: Iterable[Triple] = ()) -> None:
        self._triples: set[Triple] = set()
        self._objects: defaultdict[tuple[Node, Node], list[Node]] = defaultdict(list)
        self._subjects: defaultdict[tuple[Node, Node], list[Node]] = defaultdict(list)
        self._pairs: defaultdict[Node, list[tuple[Node, Node]]] = defaultdict(list)
        for triple in triples:
            self.add(triple)

    def add(self, triple: Triple) -> None:
        if triple in self._triples:
            return
        self._triples.add(triple)
        subject, predicate, obj = triple
        self._objects[subject, predicate].append(obj)
        self._subjects[predicate, obj].append(subject)
        self._pairs[predicate].append((subject, obj))

    def objects(self, subject: Node, predicate: Node) -> Iterator[Node]:
        return iter(self._objects.get((subject, predicate), ()))

    def subjects(self, predicate: Node, obj: Node) -> Iterator[Node]:
        return iter(self._subjects.get((predicate, obj), ()))

    def subject_objects(self, predicate: Node) -> Iterator[tuple[Node, Node]]:
        return iter(self._pairs.get(predicate, ()))

    def __contains__(self, triple: object) -> bool:
        return triple in self._triples

    def __iter__(self) -> Iterator[Triple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)
