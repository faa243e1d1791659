"""Benchmark of re-loading: what replacing a document's facts costs against a first load.

Workload: the two bundled sample texts through stages 1-3 (once, not timed), as
property-graph rows. For each backend and run:

* baseline: ``GraphStore.load`` into an emptied store (nothing to replace);
* reload: the same rows loaded again into that store, so every document first
  deletes its old facts, then merges, then drops what lost its support;

medians of ``--runs`` runs in seconds, and the ratio reload / first load.

    scripts/neo4j-local start && eval "$(scripts/neo4j-local env)"
    .venv/bin/python benchmarks/reload.py [--runs 5] [--backends neo4j,embedded]

The Neo4j database is emptied before every run: point NEO4J_URI at a scratch server.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from zhkg import pipeline
from zhkg.graph.config import EmbeddedSettings, Neo4jSettings, resolve_settings
from zhkg.graph.embedded_store import EmbeddedStore
from zhkg.graph.neo4j_store import Neo4jStore
from zhkg.graph.rows import DocumentRows, rows_from_graph
from zhkg.graph.store import GraphStore
from zhkg.ontology.ontology import load_ontology

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _timed(store: GraphStore, groups: list[DocumentRows]) -> float:
    start = time.perf_counter()
    store.load(groups)
    return time.perf_counter() - start


def measure(
    make: Callable[[], GraphStore], groups: list[DocumentRows], runs: int
) -> tuple[float, float]:
    """Median seconds of a first load into an emptied store and of loading it again."""
    first: list[float] = []
    again: list[float] = []
    for _ in range(runs):
        store: GraphStore = make()
        store.clear()
        first.append(_timed(store, groups))
        counts = store.counts()
        again.append(_timed(store, groups))
        assert store.counts() == counts, "a reload of unchanged input changed the store"
        store.close()
    return statistics.median(first), statistics.median(again)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--backends", default="neo4j,embedded")
    args = parser.parse_args()
    graph, _ = pipeline.rdf_for_paths(
        [EXAMPLES / "live_commerce_stakeholders.txt", EXAMPLES / "ecommerce_law_2018.txt"]
    )
    groups = rows_from_graph(graph, load_ontology())
    edges = sum(group.relationship_count for group in groups)
    print(f"workload: {len(groups)} document groups, {edges} edge rows, {args.runs} runs")
    with tempfile.TemporaryDirectory() as folder:
        for backend in args.backends.split(","):
            make: Callable[[], GraphStore]
            if backend == "neo4j":
                settings = resolve_settings()
                if not isinstance(settings, Neo4jSettings):
                    print("neo4j: skipped (set NEO4J_URI)")
                    continue
                make = lambda settings=settings: Neo4jStore(settings)  # noqa: E731
            else:
                path = Path(folder) / "reload.lbug"
                make = lambda path=path: EmbeddedStore(EmbeddedSettings(path))  # noqa: E731
            first, again = measure(make, groups, args.runs)
            print(
                f"{backend}: first load {first:.2f} s, reload {again:.2f} s "
                f"(median), reload / first load = {again / first:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
