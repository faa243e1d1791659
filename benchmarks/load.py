"""Benchmark of property-graph loading: batched UNWIND … MERGE against one MERGE per statement.

Workload: synthetic documents of responsibility statements (default 100 documents
x 1,000 statements = 100,000 RESPONSIBLE_FOR relationships, 200 stakeholders,
20,000 duties), shaped like zhkg's rows (every edge carries statement IRI,
modality, evidence text, document, sentence, offsets, confidence, rule, surface).

* batched: ``GraphStore.load`` — one transaction per document, ``UNWIND $rows``
  batches of 1,000 (nodes then edges), on an emptied store;
* baseline: one auto-commit query per statement that MERGEs its holder, its duty
  and its edge (what a loader without batching does), on the same kind of
  store in the same run. It is measured on the first ``--baseline`` statements
  (default 2,000) and its rate extrapolated: a per-statement round trip costs
  the same at 2,000 as at 100,000 statements;

both for Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) and for
the embedded LadybugDB store. Rates are RESPONSIBLE_FOR relationships per
second, medians of ``--runs`` runs; the ratio is batched / baseline.

    scripts/neo4j-local start && eval "$(scripts/neo4j-local env)"
    .venv/bin/python benchmarks/load.py [--statements 100000] [--baseline 2000] [--runs 3]
        [--backends neo4j,embedded]

The Neo4j database is emptied before every run: point NEO4J_URI at a scratch server.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import ladybug

from zhkg.graph.config import EmbeddedSettings, Neo4jSettings, resolve_settings
from zhkg.graph.embedded_store import EmbeddedStore
from zhkg.graph.neo4j_store import Neo4jStore
from zhkg.graph.rows import DocumentRows, Row

PER_DOCUMENT = 1_000
STAKEHOLDERS = 200
DUTIES = 20_000
ID = "https://w3id.org/zhkg/id/bench/"

BASELINE_QUERY = (
    "MERGE (a:Stakeholder {iri: $holder}) SET a.name = $holder_name, a.kind = $kind "
    "MERGE (b:Responsibility {iri: $duty}) SET b.name = $duty_name, b.category = $category "
    "MERGE (a)-[e:RESPONSIBLE_FOR {statement: $statement}]->(b) "
    "SET e.modality = $modality, e.evidence = $evidence, e.document = $document, "
    "e.sentence = $sentence, e.start_offset = $start_offset, e.end_offset = $end_offset, "
    "e.confidence = $confidence, e.rule = $rule, e.surface = $surface"
)
MODALITIES = ("must", "must_not", "should", "may")


def statement_params(number: int) -> dict[str, object]:
    """The parameters of statement ``number`` (deterministic)."""
    holder, duty, document = number % STAKEHOLDERS, number % DUTIES, number // PER_DOCUMENT
    return {
        "holder": f"{ID}stakeholder/{holder}",
        "holder_name": f"主体{holder}",
        "kind": "Platform" if holder % 2 else "Merchant",
        "duty": f"{ID}duty/{duty}",
        "duty_name": f"履行第{duty}项义务",
        "category": "售后服务",
        "statement": f"{ID}statement/{number}",
        "modality": MODALITIES[number % 4],
        "evidence": f"第{number}句：平台应当履行第{duty}项义务，保障消费者的合法权益。",
        "document": f"{ID}doc/{document}",
        "sentence": number % PER_DOCUMENT,
        "start_offset": 40 * (number % PER_DOCUMENT),
        "end_offset": 40 * (number % PER_DOCUMENT) + 38,
        "confidence": 0.5 + (number % 50) / 100,
        "rule": "deontic.must",
        "surface": f"主体{holder}",
    }


def document_groups(statements: int) -> list[DocumentRows]:
    """The statements as zhkg rows, ``PER_DOCUMENT`` per document group."""
    groups: dict[str, DocumentRows] = {}
    for number in range(statements):
        p = statement_params(number)
        group = groups.setdefault(str(p["document"]), DocumentRows(document=str(p["document"])))
        group.add_node(
            "Stakeholder", {"iri": p["holder"], "name": p["holder_name"], "kind": p["kind"]}
        )
        group.add_node(
            "Responsibility", {"iri": p["duty"], "name": p["duty_name"], "category": p["category"]}
        )
        edge: Row = {key: p[key] for key in ("statement", "modality", "evidence", "document")}
        edge.update({key: p[key] for key in ("sentence", "start_offset", "end_offset")})
        edge.update({key: p[key] for key in ("confidence", "rule", "surface")})
        edge["asserted_by"] = None  # extracted, not corrected
        edge.update({"source": p["holder"], "target": p["duty"]})
        group.add_relationship("RESPONSIBLE_FOR", str(p["statement"]), edge)
    return list(groups.values())


def median_rate(
    runs: int, count: int, prepare: Callable[[], object], work: Callable[[], object]
) -> float:
    """Median of ``count / seconds`` over ``runs`` runs, each after ``prepare``."""
    rates = []
    for _ in range(runs):
        prepare()
        start = time.perf_counter()
        work()
        rates.append(count / (time.perf_counter() - start))
    return statistics.median(rates)


def relationship_count(store: Neo4jStore | EmbeddedStore) -> int:
    rows = store.run("MATCH ()-[r:RESPONSIBLE_FOR]->() RETURN count(r) AS n")
    return int(rows[0]["n"])  # type: ignore[call-overload]


def bench_neo4j(settings: Neo4jSettings, args: argparse.Namespace) -> tuple[float, float]:
    groups = document_groups(args.statements)
    store = Neo4jStore(settings)
    store.ensure_schema()
    batched = median_rate(args.runs, args.statements, store.clear, lambda: store.load(groups))
    assert relationship_count(store) == args.statements
    driver = store.driver()

    def one_query_per_statement() -> None:
        with driver.session(database=settings.database) as session:
            for number in range(args.baseline):
                session.run(BASELINE_QUERY, statement_params(number)).consume()

    baseline = median_rate(args.runs, args.baseline, store.clear, one_query_per_statement)
    assert relationship_count(store) == args.baseline
    store.clear()
    store.close()
    return batched, baseline


def bench_embedded(args: argparse.Namespace) -> tuple[float, float]:
    groups = document_groups(args.statements)
    with tempfile.TemporaryDirectory(prefix="zhkg-bench-") as scratch:
        paths = iter(Path(scratch) / f"run{n}.lbug" for n in range(2 * args.runs + 2))
        current: list[EmbeddedStore] = []

        def fresh_store() -> None:
            for old in current:
                old.close()
            current[:] = [EmbeddedStore(EmbeddedSettings(next(paths)))]
            current[0].ensure_schema()

        batched = median_rate(
            args.runs, args.statements, fresh_store, lambda: current[0].load(groups)
        )
        assert relationship_count(current[0]) == args.statements
        raw: list[ladybug.Connection] = []

        def fresh_raw() -> None:
            fresh_store()
            current[0].close()
            raw[:] = [ladybug.Connection(ladybug.Database(str(current[0].settings.path)))]

        def one_query_per_statement() -> None:
            for number in range(args.baseline):
                raw[0].execute(BASELINE_QUERY, statement_params(number))

        baseline = median_rate(args.runs, args.baseline, fresh_raw, one_query_per_statement)
        count = raw[0].execute("MATCH ()-[r:RESPONSIBLE_FOR]->() RETURN count(r)").get_next()[0]  # type: ignore[union-attr]
        assert count == args.baseline
        raw[0].close()
    return batched, baseline


def report(name: str, batched: float, baseline: float, args: argparse.Namespace) -> None:
    print(
        f"{name:9} batched {batched:10,.0f} rel/s ({args.statements:,} RESPONSIBLE_FOR, "
        f"{PER_DOCUMENT:,}/transaction)   one MERGE per statement {baseline:8,.0f} rel/s "
        f"(measured on {args.baseline:,}, rate extrapolated)   ratio {batched / baseline:6.1f}x"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--baseline", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--backends", default="neo4j,embedded", help="comma-separated: neo4j, embedded"
    )
    args = parser.parse_args(argv)
    print(f"medians of {args.runs} runs")
    failed = 0
    backends = {name.strip() for name in args.backends.split(",")}
    if "neo4j" in backends:
        if not os.environ.get("NEO4J_URI"):
            print(
                "neo4j     skipped: NEO4J_URI is not set; start a scratch server with\n"
                '          scripts/neo4j-local start && eval "$(scripts/neo4j-local env)"',
                file=sys.stderr,
            )
            failed = 1
        else:
            settings = resolve_settings()
            assert isinstance(settings, Neo4jSettings)
            report("neo4j", *bench_neo4j(settings, args), args)
    if "embedded" in backends:
        report("embedded", *bench_embedded(args), args)
    return failed


if __name__ == "__main__":
    sys.exit(main())
