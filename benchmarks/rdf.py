"""Benchmark of the RDF stage: building triples and serialising Turtle.

Runs the real stages 1-2 once on the sample corpus, then replicates the
Extractions under distinct document ids (so stakeholders and duties merge as
they would across a real corpus) and measures, as medians of several runs:

* build: triples per second of ``GraphBuilder.add`` over all extractions, against
  a baseline of ``Graph.add`` of the very same triples (the cost of the store
  alone) measured in the same run;
* Turtle: triples per second of ``serialize_graph(..., "turtle")`` against
  rdflib's N-Triples serialiser on the same graph;
* size: bytes of Turtle (and N-Triples) per 1,000 responsibility statements.

    python benchmarks/rdf.py [--documents 200] [--runs 3] [CORPUS_DIR]
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rdflib import Graph

from zhkg.extract.model import Extraction
from zhkg.ontology.builder import GraphBuilder
from zhkg.ontology.ontology import TermIndex
from zhkg.ontology.serialize import serialize_graph
from zhkg.pipeline import extract_paths

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def replicate(extractions: Sequence[Extraction], documents: int) -> list[Extraction]:
    """``documents`` extractions cycling through the real ones, each under its own id."""
    copies = []
    for number in range(documents):
        base = extractions[number % len(extractions)]
        document = dataclasses.replace(base.document, id=f"{base.document.id}-{number:04d}")
        copies.append(dataclasses.replace(base, document=document))
    return copies


def timed(action: Callable[[], object], runs: int) -> tuple[float, object]:
    """Median seconds of ``runs`` calls, and the last result."""
    seconds, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds), result


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    real = [e for e in extract_paths(args.corpus) if e.responsibilities]
    extractions = replicate(real, args.documents)
    statements = sum(len(e.responsibilities) for e in extractions)
    terms = TermIndex.packaged()

    def build() -> Graph:
        builder = GraphBuilder(terms)
        for extraction in extractions:
            builder.add(extraction)
        return builder.finish()

    build_s, graph = timed(build, args.runs)
    assert isinstance(graph, Graph)
    triples = list(graph)

    def baseline_add() -> Graph:
        plain = Graph()
        for triple in triples:
            plain.add(triple)
        return plain

    add_s, _ = timed(baseline_add, args.runs)
    turtle_s, turtle = timed(lambda: serialize_graph(graph, "turtle"), args.runs)
    nt_s, ntriples = timed(lambda: graph.serialize(format="nt", encoding="utf-8"), args.runs)
    assert isinstance(turtle, bytes) and isinstance(ntriples, bytes)

    n = len(triples)
    print(
        f"corpus: {len(real)} real documents replicated to {len(extractions)} documents, "
        f"{statements} statements, {n} triples; medians of {args.runs} runs"
    )
    print(f"{'measure':<34}{'seconds':>10}{'triples/s':>14}{'ratio':>8}")
    rows = [
        ("build (GraphBuilder.add)", build_s, add_s),
        ("baseline: Graph.add same triples", add_s, add_s),
        ("serialise Turtle", turtle_s, nt_s),
        ("baseline: serialise N-Triples", nt_s, nt_s),
    ]
    for label, seconds, base in rows:
        print(f"{label:<34}{seconds:>10.3f}{n / seconds:>14,.0f}{seconds / base:>8.2f}")
    per_k = 1000 / statements
    print(
        f"Turtle size: {len(turtle) * per_k / 1024:,.1f} KiB per 1,000 statements "
        f"({len(turtle) / len(ntriples):.2f} of N-Triples, "
        f"{len(ntriples) * per_k / 1024:,.1f} KiB)"
    )


if __name__ == "__main__":
    main()
