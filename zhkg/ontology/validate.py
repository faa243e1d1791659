"""SHACL validation with pyshacl, reported one violation per line.

The ontology is given to pyshacl as ``ont_graph`` so that ``sh:class
zhkg:Stakeholder`` accepts the subclasses declared in domain.ttl and in a
user's extensions. A violation line names the focus node, the path and the
message, with IRIs shortened by the project's prefixes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from pyshacl import validate as shacl_validate
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from zhkg.errors import ShapeViolationError
from zhkg.ontology.ontology import load_ontology, load_shapes
from zhkg.ontology.serialize import PREFIXES

__all__ = ["ValidationReport", "Violation", "ensure_valid", "validate_graph"]


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: which node, which property, what is wrong, how bad."""

    focus: str
    path: str
    message: str
    severity: str
    value: str = ""

    def line(self) -> str:
        value = f" (value {self.value})" if self.value else ""
        return f"{self.severity}: {self.focus} {self.path}: {self.message}{value}"


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of validating a graph; ``lines()`` is what the CLI prints."""

    conforms: bool
    violations: tuple[Violation, ...]
    triples: int

    def lines(self) -> list[str]:
        if self.conforms:
            return [f"valid: {self.triples} triples conform to the zhkg shapes"]
        summary = f"invalid: {len(self.violations)} violation(s) in {self.triples} triples"
        return [violation.line() for violation in self.violations] + [summary]

    def text(self) -> str:
        return "\n".join(self.lines())


def shorten(node: Node | None) -> str:
    """An IRI as prefix:local (percent-escapes decoded, 主播 not %E4…); literals quoted."""
    if node is None:
        return "-"
    if isinstance(node, URIRef):
        text = str(node)
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
            if text.startswith(namespace):
                return f"{prefix}:{unquote(text[len(namespace) :])}"
        return f"<{text}>"
    if isinstance(node, Literal):
        return f'"{node}"@{node.language}' if node.language else f'"{node}"'
    return f"_:{node}"


def validate_graph(
    data: Graph,
    *,
    shapes: Graph | None = None,
    ontology: Graph | None = None,
    extensions: Iterable[str | Path] = (),
) -> ValidationReport:
    """Validate instance data against the zhkg shapes (or ``shapes``)."""
    shapes_graph = shapes if shapes is not None else load_shapes()
    ontology_graph = ontology if ontology is not None else load_ontology(extensions)
    _conforms, results, _text = shacl_validate(
        data,
        shacl_graph=shapes_graph,
        ont_graph=ontology_graph,
        inference="none",
        advanced=True,
        allow_warnings=True,
    )
    violations = sorted(
        (_violation(results, result) for result in results.subjects(RDF.type, SH.ValidationResult)),
        key=lambda v: (v.focus, v.path, v.message),
    )
    errors = [v for v in violations if v.severity == "Violation"]
    return ValidationReport(conforms=not errors, violations=tuple(violations), triples=len(data))


def _violation(results: Graph, result: Node) -> Violation:
    message = results.value(result, SH.resultMessage)
    severity = results.value(result, SH.resultSeverity)
    return Violation(
        focus=shorten(results.value(result, SH.focusNode)),
        path=shorten(results.value(result, SH.resultPath)),
        message=str(message) if message is not None else "constraint not met",
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        value=_value_text(results.value(result, SH.value)),
    )


def _value_text(node: Node | None) -> str:
    return "" if node is None else shorten(node)


def ensure_valid(
    data: Graph, *, ontology: Graph | None = None, extensions: Iterable[str | Path] = ()
) -> ValidationReport:
    """Validate and raise ShapeViolationError (with the report) when the data is invalid."""
    report = validate_graph(data, ontology=ontology, extensions=extensions)
    if not report.conforms:
        first = report.violations[0].line() if report.violations else "no details"
        raise ShapeViolationError(
            f"graph violates the zhkg shapes ({len(report.violations)} violations), first: {first}",
            report=report.text(),
            hint="run `zhkg validate FILE.ttl` for the full list",
        )
    return report
