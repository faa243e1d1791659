"""Read the extractor's Lexicon from the ontology's SKOS labels.

The ontology is the single source of the domain lexicon: stakeholder classes are
``owl:Class`` terms under ``zhkg:Stakeholder`` with ``skos:prefLabel``/``altLabel``
and ``zhkg:headNoun`` in Chinese; categories are the ``skos:Concept`` terms of
``zhkg:ResponsibilityCategories``. A user's extension ontology adds to both.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from zhkg.errors import LexiconError
from zhkg.extract.lexicon import Category, Lexicon, StakeholderClass
from zhkg.ontology.namespace import ZHKG
from zhkg.ontology.serialize import one_line

__all__ = ["DOMAIN_FILE", "lexicon_from_graph", "load_domain_graph", "load_lexicon"]

DOMAIN_FILE = "domain.ttl"


def load_domain_graph(extensions: Iterable[str | Path] = ()) -> Graph:
    """The packaged domain lexicon plus any extension Turtle files.

    Each extension is checked on its own, so an error names the file: it must
    parse, add (or extend) at least one stakeholder class or category — a file
    in the wrong namespace would otherwise be ignored without a word — and
    every class and category it touches needs a Chinese ``skos:prefLabel``.
    """
    from zhkg.ontology.packaged import packaged_graph

    graph = packaged_graph(DOMAIN_FILE)
    for path in extensions:
        extension = _parse_extension(Path(path))
        graph += extension
        _check_extension(graph, extension, Path(path))
    return graph


def _parse_extension(path: Path) -> Graph:
    if path.is_dir():
        raise LexiconError(f"{path}: is a directory", hint="give a Turtle file of classes/labels")
    if not path.is_file():
        raise LexiconError(f"{path}: no such file", hint="give a Turtle file of classes/labels")
    extension = Graph()
    try:
        extension.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many parser types
        raise LexiconError(
            f"{path}: not valid Turtle ({one_line(exc)})",
            hint="fix the syntax error at the position shown, then try again",
        ) from exc
    return extension


def _check_extension(graph: Graph, extension: Graph, path: Path) -> None:
    """The extension adds to the lexicon, and every term it touches has a Chinese label."""
    classes = set(_stakeholder_classes(graph))
    concepts = set(graph.subjects(SKOS.inScheme, ZHKG.ResponsibilityCategories))
    known = classes | concepts
    touched = {term for term in extension.subjects() if isinstance(term, URIRef) and term in known}
    if not touched:
        raise LexiconError(
            f"{path}: adds no stakeholder class, alias or category",
            hint=f"subclass zhkg:Stakeholder (rdfs:subClassOf) or put concepts in "
            f"zhkg:ResponsibilityCategories (skos:inScheme), with zhkg: = <{ZHKG}>",
        )
    for term in sorted(touched, key=str):
        if not _zh(graph, term, SKOS.prefLabel):
            kind = "class" if term in classes else "category"
            raise LexiconError(
                f"{path}: {kind} {term} has no skos:prefLabel in Chinese",
                hint='add e.g. skos:prefLabel "平台"@zh',
            )


def load_lexicon(extensions: Iterable[str | Path] = ()) -> Lexicon:
    """The Lexicon of the packaged ontology extended by ``extensions``."""
    return lexicon_from_graph(load_domain_graph(extensions))


def _zh(graph: Graph, subject: URIRef, predicate: URIRef) -> list[str]:
    return sorted(
        str(obj)
        for obj in graph.objects(subject, predicate)
        if isinstance(obj, Literal) and (obj.language or "").startswith("zh")
    )


def _en(graph: Graph, subject: URIRef) -> str:
    for obj in graph.objects(subject, SKOS.prefLabel):
        if isinstance(obj, Literal) and obj.language == "en":
            return str(obj)
    return ""


def _local(term: URIRef) -> str:
    text = str(term)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _stakeholder_classes(graph: Graph) -> list[URIRef]:
    root = URIRef(ZHKG.Stakeholder)
    found = [root]
    for term in graph.transitive_subjects(RDFS.subClassOf, root):
        if isinstance(term, URIRef) and term not in found:
            found.append(term)
    return found


def lexicon_from_graph(graph: Graph) -> Lexicon:
    """Build the Lexicon from any graph holding zhkg-shaped classes and concepts."""
    classes: list[StakeholderClass] = []
    for term in _stakeholder_classes(graph):
        labels = _zh(graph, term, SKOS.prefLabel)
        if not labels:
            raise LexiconError(
                f"class {term} has no skos:prefLabel in Chinese",
                hint='add e.g. skos:prefLabel "平台"@zh',
            )
        parent = next(
            (_local(p) for p in graph.objects(term, RDFS.subClassOf) if isinstance(p, URIRef)),
            None,
        )
        classes.append(
            StakeholderClass(
                id=_local(term),
                label=labels[0],
                label_en=_en(graph, term),
                parent=parent if term != ZHKG.Stakeholder else None,
                synonyms=tuple(_zh(graph, term, SKOS.altLabel)),
                heads=tuple(_zh(graph, term, ZHKG.headNoun)),
            )
        )
    categories: list[Category] = []
    concepts = graph.subjects(SKOS.inScheme, ZHKG.ResponsibilityCategories)
    for concept in sorted(c for c in concepts if isinstance(c, URIRef)):
        labels = _zh(graph, concept, SKOS.prefLabel)
        if not labels:
            raise LexiconError(
                f"category {concept} has no skos:prefLabel in Chinese",
                hint='add e.g. skos:prefLabel "售后服务"@zh',
            )
        categories.append(
            Category(
                id=_local(concept),
                label=labels[0],
                label_en=_en(graph, concept),
                keywords=tuple(_zh(graph, concept, SKOS.altLabel)),
            )
        )
    return Lexicon(classes=tuple(classes), categories=tuple(categories))
