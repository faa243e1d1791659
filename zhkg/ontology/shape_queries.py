"""SHACL core shapes as SPARQL over a pyoxigraph store: may anything break a shape?

pyshacl walks every focus node through every property shape in Python: a
thousand documents take it minutes. The same constraints written as SPARQL ASK
queries are answered by pyoxigraph in seconds. The answer here is conservative:
each query asks whether a shape *may* be broken (a doubtful value — a number
that cannot be compared, a literal not in canonical form, a pattern the engine
cannot run — counts as broken), so "no shape may be broken" is as good as
pyshacl's "conforms, no result at all", while a "maybe" is settled by running
pyshacl for the exact report. Shapes that use a SHACL feature not compiled here
(``sh:node``, ``sh:or``, SPARQL constraints, complex paths …) give None: use
pyshacl.

The data is read as pyshacl reads it with the ontology mixed in: the store's
default graph and its ontology graph together (``zhkg.ontology.oxstore``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from zhkg.ontology.oxstore import QueryGraphs

__all__ = ["DOUBTFUL_LITERAL", "ShapeQuery", "compile_shapes", "shapes_maybe_broken"]

_TYPE = f"<{RDF.type}>"
_SUBCLASSES = f"SELECT DISTINCT ?c WHERE {{ ?c <{RDFS.subClassOf}>* %s }}"
_ANNOTATIONS = frozenset(
    {RDF.type, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group}
    | {RDFS.label, RDFS.comment}
)
_TARGETS = frozenset({SH.targetClass, SH.targetObjectsOf, SH.targetSubjectsOf})
_ALL_TARGETS = _TARGETS | {SH.targetNode, SH.target}
_NODE_KEYS = _ANNOTATIONS | _TARGETS | {SH.property, SH["class"]}
_VALUE_KEYS = frozenset(
    {SH["class"], SH.datatype, SH["in"], SH.minLength, SH.maxLength, SH.pattern, SH.flags}
    | {SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive}
)
_PROPERTY_KEYS = _ANNOTATIONS | _VALUE_KEYS | {SH.path, SH.minCount, SH.maxCount, SH.lessThan}
_CASTS = frozenset(
    {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.boolean}
    | {XSD.dateTime, XSD.date, XSD.time, XSD.gYear, XSD.gYearMonth, XSD.duration}
)
"""Datatypes whose values are checked by casting (a literal the cast changes is doubtful)."""
_PLAIN = frozenset({RDF.langString, XSD.string})
_COMPARISONS = {
    SH.minInclusive: ">=",
    SH.maxInclusive: "<=",
    SH.minExclusive: ">",
    SH.maxExclusive: "<",
}


class _Unsupported(Exception):
    """A shape uses a feature not compiled here."""


@dataclass(frozen=True)
class ShapeQuery:
    """One shape's constraint as an ASK query that is true when it may be broken."""

    shape: str
    ask: str


Subclasses = Callable[[str], list[str]]
"""A class (SPARQL term) to the classes whose instances are its instances: itself, subclasses."""


def shapes_maybe_broken(store: ox.Store, shapes: Graph, graphs: QueryGraphs) -> list[str] | None:
    """The shapes the store's data may break (empty: it conforms); None when not compiled."""

    @functools.cache
    def subclasses(cls: str) -> list[str]:
        rows = store.query(_SUBCLASSES % cls, **graphs)
        return [str(row["c"]) for row in rows]  # type: ignore[union-attr]

    queries = compile_shapes(shapes, subclasses)
    if queries is None:
        return None
    broken = {query.shape for query in queries if bool(store.query(query.ask, **graphs))}
    if bool(store.query(_doubtful_literal_ask(), **graphs)):
        broken.add(DOUBTFUL_LITERAL)
    return sorted(broken)


DOUBTFUL_LITERAL = "an XSD literal not read back as written"
"""Named among the shapes that may be broken when some literal anywhere is ill-typed or
not in canonical form: rdflib refuses an ill-typed literal whatever shape its node has
(or none), and the exact check says so."""


@functools.cache
def _doubtful_literal_ask() -> str:
    """An ASK true when an XSD-typed literal (not a string) may be ill-typed."""
    kept = "?o"
    for datatype in sorted(_CASTS, reverse=True):
        kept = f"IF(sameTerm(DATATYPE(?o), {_term(datatype)}), {_term(datatype)}(?o), {kept})"
    others = " ".join(_term(datatype) for datatype in sorted(_CASTS | _PLAIN))
    return (
        "ASK { ?s ?p ?o FILTER(isLiteral(?o) && "
        f'STRSTARTS(STR(DATATYPE(?o)), "{XSD}") && ('
        f"!(DATATYPE(?o) IN ({others.replace(' ', ', ')})) "
        f'|| !sameTerm(COALESCE({kept}, "not a value"), ?o))) }}'
    )


def compile_shapes(shapes: Graph, subclasses: Subclasses) -> list[ShapeQuery] | None:
    """Every constraint of ``shapes`` as an ASK query, or None when one cannot be compiled.

    A class's instances are matched by ``rdf:type`` and the classes ``subclasses``
    gives: a path ``rdf:type/rdfs:subClassOf*`` is evaluated per node, several times
    slower on a class with many subclasses.
    """
    compiler = _Compiler(shapes, subclasses)
    try:
        return [query for shape in _node_shapes(shapes) for query in compiler.queries(shape)]
    except _Unsupported:
        return None


def _node_shapes(shapes: Graph) -> list[Node]:
    """Shapes with targets; a shape that is also a class (implicit target) is not compiled."""
    found: set[Node] = set()
    for target in _ALL_TARGETS:
        found.update(shapes.subjects(target, None))
    found.update(shapes.subjects(RDF.type, SH.NodeShape))
    for shape in found:
        if (shape, RDF.type, RDFS.Class) in shapes or shapes.value(shape, SH.path) is not None:
            raise _Unsupported(shape)
    return sorted(found, key=str)


class _Compiler:
    """Turns the shapes of one shapes graph into ASK queries."""

    def __init__(self, shapes: Graph, subclasses: Subclasses) -> None:
        self.shapes = shapes
        self.subclasses = subclasses

    def instance(self, node: str, cls: Node) -> str:
        """A pattern matching when ``node`` is an instance of ``cls`` (or of a subclass)."""
        classes = " ".join(self.subclasses(_term(cls)))
        return f"{node} {_TYPE} ?class_ . VALUES ?class_ {{ {classes} }}"

    def queries(self, shape: Node) -> list[ShapeQuery]:
        shapes = self.shapes
        _only(shapes, shape, _NODE_KEYS)
        focus = self.focus(shape)
        if focus is None:
            return []  # a shape without targets checks nothing
        name = _name(shape)
        queries = [
            ShapeQuery(
                name, f"ASK {{ {focus} FILTER NOT EXISTS {{ {self.instance('?f', cls)} }} }}"
            )
            for cls in shapes.objects(shape, SH["class"])
        ]
        for prop in shapes.objects(shape, SH.property):
            queries.extend(ShapeQuery(name, ask) for ask in self.property_asks(prop, focus))
        return queries

    def focus(self, shape: Node) -> str | None:
        """A group pattern binding ``?f`` to every focus node of the shape, once."""
        shapes = self.shapes
        patterns = [
            f"{{ {self.instance('?f', c)} }}" for c in shapes.objects(shape, SH.targetClass)
        ]
        patterns += [f"{{ [] {_term(p)} ?f }}" for p in shapes.objects(shape, SH.targetObjectsOf)]
        patterns += [f"{{ ?f {_term(p)} [] }}" for p in shapes.objects(shape, SH.targetSubjectsOf)]
        if not patterns:
            return None
        return f"{{ SELECT DISTINCT ?f WHERE {{ {' UNION '.join(patterns)} }} }}"

    def property_asks(self, prop: Node, focus: str) -> Iterable[str]:
        shapes = self.shapes
        _only(shapes, prop, _PROPERTY_KEYS)
        if any(True for key in _ALL_TARGETS for _ in shapes.objects(prop, key)):
            raise _Unsupported(prop)
        path = shapes.value(prop, SH.path)
        if not isinstance(path, URIRef):
            raise _Unsupported(prop)  # sequence, inverse and other complex paths
        step = _term(path)
        count = (
            f"{{ SELECT ?f (COUNT(DISTINCT ?v) AS ?n) "
            f"WHERE {{ {focus} OPTIONAL {{ ?f {step} ?v }} }} GROUP BY ?f }}"
        )
        wrong_counts = [f"?n < {_integer(least)}" for least in shapes.objects(prop, SH.minCount)]
        wrong_counts += [f"?n > {_integer(most)}" for most in shapes.objects(prop, SH.maxCount)]
        if wrong_counts:
            yield f"ASK {{ {count} FILTER({' || '.join(wrong_counts)}) }}"
        for other in shapes.objects(prop, SH.lessThan):
            if not isinstance(other, URIRef):
                raise _Unsupported(prop)
            yield (
                f"ASK {{ {focus} ?f {step} ?v . ?f {_term(other)} ?w "
                "FILTER(!COALESCE(?v < ?w, false)) }"
            )
        conditions = list(self.value_conditions(prop))
        if conditions:
            yield f"ASK {{ {focus} ?f {step} ?v FILTER({' || '.join(conditions)}) }}"

    def value_conditions(self, prop: Node) -> Iterable[str]:
        """SPARQL conditions true of a value that may break one of the shape's value constraints."""
        shapes = self.shapes
        for cls in shapes.objects(prop, SH["class"]):
            yield f"NOT EXISTS {{ {self.instance('?v', cls)} }}"
        for datatype in shapes.objects(prop, SH.datatype):
            yield _datatype_condition(datatype)
        for listed in shapes.objects(prop, SH["in"]):
            members = [f"sameTerm(?v, {_term(member)})" for member in Collection(shapes, listed)]
            yield f"!({' || '.join(members) or 'false'})"
        for key, operator in _COMPARISONS.items():
            for bound in shapes.objects(prop, key):
                yield f"!COALESCE(?v {operator} {_term(bound)}, false)"
        for least in shapes.objects(prop, SH.minLength):
            yield f"isBlank(?v) || STRLEN(STR(?v)) < {_integer(least)}"
        for most in shapes.objects(prop, SH.maxLength):
            yield f"isBlank(?v) || STRLEN(STR(?v)) > {_integer(most)}"
        flags = shapes.value(prop, SH.flags)
        for pattern in shapes.objects(prop, SH.pattern):
            arguments = _string(pattern) + (f", {_string(flags)}" if flags is not None else "")
            yield f"isBlank(?v) || !COALESCE(REGEX(STR(?v), {arguments}), false)"


def _datatype_condition(datatype: Node) -> str:
    if not isinstance(datatype, URIRef):
        raise _Unsupported(datatype)
    wrong = f"!isLiteral(?v) || !sameTerm(DATATYPE(?v), {_term(datatype)})"
    if datatype in _PLAIN:
        return wrong
    if datatype in _CASTS:  # ill-typed or not canonical: doubtful
        cast = f'COALESCE({_term(datatype)}(?v), "not a value")'
        return f"{wrong} || !sameTerm({cast}, ?v)"
    raise _Unsupported(datatype)


def _only(shapes: Graph, node: Node, allowed: frozenset[URIRef]) -> None:
    if any(predicate not in allowed for predicate in shapes.predicates(node, None)):
        raise _Unsupported(node)
    if any(True for _ in shapes.objects(node, SH.deactivated)):
        raise _Unsupported(node)


def _name(shape: Node) -> str:
    return str(shape) if isinstance(shape, URIRef) else f"_:{shape}"


def _integer(value: Node) -> int:
    if not isinstance(value, Literal) or not isinstance(value.toPython(), int):
        raise _Unsupported(value)
    return int(value.toPython())


def _string(value: Node) -> str:
    """A value's text as a SPARQL string (a pattern's or its flags')."""
    return Literal(str(value)).n3()


def _term(value: Node) -> str:
    """An rdflib term in SPARQL syntax (blank nodes cannot be named in a query)."""
    if isinstance(value, BNode):
        raise _Unsupported(value)
    return value.n3()
