"""Benchmark of property-graph loading: batched UNWIND … MERGE against one MERGE per statement.

Workload: synthetic documents of responsibility statements at the size of real
documents (default 1,000 documents x 33 statements, what a document of the
repository's texts yields on average = 33,000 RESPONSIBLE_FOR relationships, 200
stakeholders, 20,000 duties), shaped like zhkg's rows (every edge carries
statement IRI, modality, evidence text, document, sentence, offsets, confidence,
rule, surface).

* batched: ``GraphStore.load`` — several whole documents per transaction (up to
  ``--transaction-size`` rows), ``UNWIND $rows`` batches (nodes then edges), on
  an emptied store;
* baseline: one auto-commit query per statement that MERGEs its holder, its duty
  and its edge (what a loader without batching does), on the same kind of
  store in the same run. It is measured on the first ``--baseline`` statements
  (default 2,000) and its rate extrapolated: a per-statement round trip costs
  the same at 2,000 as at 100,000 statements;

both for Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) and for
the embedded LadybugDB store. Rates are RESPONSIBLE_FOR relationships per
second, medians of ``--runs`` runs (batched and baseline interleaved); the ratio
is batched / baseline. Whether the per-document time stays flat as the store
fills is read from the batched runs' progress: the median time per document of
the last tenth of the documents against the first tenth (target ≤ 1.3x). Neo4j first
gets ``--warmup`` unmeasured rounds of both loaders, so that a server started just
before is measured warm, as it is through most of a corpus load. The embedded
store closes and reopens its database every few transactions, before the next one; the
checkpoint of its last opening comes with closing the store and is printed on its own.

    scripts/neo4j-local start && eval "$(scripts/neo4j-local env)"
    .venv/bin/python benchmarks/load.py [--documents 1000] [--per-document 33]
        [--baseline 2000] [--runs 3] [--warmup 1] [--backends neo4j,embedded]

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
from zhkg.graph.store import DEFAULT_TRANSACTION_ROWS, LoadProgress

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


def statement_params(number: int, per_document: int = 33) -> dict[str, object]:
    """The parameters of statement ``number`` (deterministic)."""
    holder, duty, document = number % STAKEHOLDERS, number % DUTIES, number // per_document
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
        "sentence": number % per_document,
        "start_offset": 40 * (number % per_document),
        "end_offset": 40 * (number % per_document) + 38,
        "confidence": 0.5 + (number % 50) / 100,
        "rule": "deontic.must",
        "surface": f"主体{holder}",
    }


def document_groups(statements: int, per_document: int) -> list[DocumentRows]:
    """The statements as zhkg rows, ``per_document`` per document group."""
    groups: dict[str, DocumentRows] = {}
    for number in range(statements):
        p = statement_params(number, per_document)
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


class Timing:
    """Seconds of each batched run and, from its progress, when each document was done."""

    def __init__(self) -> None:
        self.seconds: list[float] = []
        self.tenths: list[tuple[float, float]] = []  # (first tenth, last tenth) s/document
        self.closing: list[float] = []  # s to close the store after the load (embedded)
        self.marks: list[tuple[int, float]] = []
        self.start = 0.0

    def begin(self) -> None:
        self.marks = []
        self.start = time.perf_counter()

    def progress(self, progress: LoadProgress) -> None:
        self.marks.append((progress.done, time.perf_counter() - self.start))

    def end(self, documents: int) -> None:
        """Seconds per document over the first tenth and over the last tenth of the load."""
        total = time.perf_counter() - self.start
        self.seconds.append(total)
        tenth = max(1, documents // 10)
        early_done, early_at = next((d, t) for d, t in self.marks if d >= tenth)
        late_done, late_at = max(
            ((d, t) for d, t in self.marks if d <= documents - tenth), default=(0, 0.0)
        )
        self.tenths.append((early_at / early_done, (total - late_at) / (documents - late_done)))


def interleaved(
    runs: int,
    batched: Callable[[], None],
    baseline: Callable[[], None],
) -> None:
    for _ in range(runs):
        batched()
        baseline()


def relationship_count(store: Neo4jStore | EmbeddedStore) -> int:
    rows = store.run("MATCH ()-[r:RESPONSIBLE_FOR]->() RETURN count(r) AS n")
    return int(rows[0]["n"])  # type: ignore[call-overload]


def bench_neo4j(settings: Neo4jSettings, args: argparse.Namespace) -> Figures:
    statements = args.documents * args.per_document
    groups = document_groups(statements, args.per_document)
    store = Neo4jStore(settings)
    store.ensure_schema()
    driver = store.driver()
    timing, base = Timing(), []

    def per_statement() -> None:
        """The baseline's work: one auto-commit MERGE query per statement."""
        with driver.session(database=settings.database) as session:
            for number in range(args.baseline):
                session.run(BASELINE_QUERY, statement_params(number, args.per_document)).consume()

    def warm_up() -> None:
        """Both workloads once, unmeasured: a freshly started server compiles its code
        paths and query plans as they are used, which would count against whichever
        of the two ran first."""
        store.clear()
        store.load(groups, transaction_rows=args.transaction_size)
        per_statement()

    def batched() -> None:
        store.clear()
        timing.begin()
        store.load(groups, transaction_rows=args.transaction_size, on_progress=timing.progress)
        timing.end(args.documents)
        assert relationship_count(store) == statements

    def one_query_per_statement() -> None:
        store.clear()
        start = time.perf_counter()
        per_statement()
        base.append(time.perf_counter() - start)
        assert relationship_count(store) == args.baseline

    for _ in range(args.warmup):
        warm_up()
    interleaved(args.runs, batched, one_query_per_statement)
    store.clear()
    store.close()
    return Figures(statements, timing, base, args)


def bench_embedded(args: argparse.Namespace) -> Figures:
    statements = args.documents * args.per_document
    groups = document_groups(statements, args.per_document)
    timing, base = Timing(), []
    with tempfile.TemporaryDirectory(prefix="zhkg-bench-") as scratch:
        paths = iter(Path(scratch) / f"run{n}.lbug" for n in range(2 * args.runs + 2))

        def batched() -> None:
            with EmbeddedStore(EmbeddedSettings(next(paths))) as store:
                store.ensure_schema()
                timing.begin()
                store.load(
                    groups, transaction_rows=args.transaction_size, on_progress=timing.progress
                )
                timing.end(args.documents)
                assert relationship_count(store) == statements
                started = time.perf_counter()
                store.close()  # the last opening's checkpoint, outside the per-document figures
                timing.closing.append(time.perf_counter() - started)

        def one_query_per_statement() -> None:
            path = next(paths)
            with EmbeddedStore(EmbeddedSettings(path)) as store:
                store.ensure_schema()
            database = ladybug.Database(str(path))
            connection = ladybug.Connection(database)
            start = time.perf_counter()
            for number in range(args.baseline):
                connection.execute(BASELINE_QUERY, statement_params(number, args.per_document))
            base.append(time.perf_counter() - start)
            result = connection.execute("MATCH ()-[r:RESPONSIBLE_FOR]->() RETURN count(r)")
            assert result.get_next()[0] == args.baseline  # type: ignore[union-attr,index]
            connection.close()
            database.close()

        interleaved(args.runs, batched, one_query_per_statement)
    return Figures(statements, timing, base, args)


class Figures:
    """Medians of one backend's runs."""

    def __init__(
        self, statements: int, timing: Timing, base: list[float], args: argparse.Namespace
    ) -> None:
        self.batched = statements / statistics.median(timing.seconds)
        self.baseline = args.baseline / statistics.median(base)
        self.first = statistics.median(first for first, _ in timing.tenths)
        self.last = statistics.median(last for _, last in timing.tenths)
        self.closing = statistics.median(timing.closing) if timing.closing else None
        self.statements = statements


def report(name: str, f: Figures, args: argparse.Namespace) -> None:
    print(
        f"{name:9} batched {f.batched:9,.0f} rel/s ({f.statements:,} RESPONSIBLE_FOR in "
        f"{args.documents:,} documents of {args.per_document}, up to {args.transaction_size:,} "
        f"rows/transaction)   one MERGE per statement {f.baseline:7,.0f} rel/s (measured on "
        f"{args.baseline:,}, rate extrapolated)   ratio {f.batched / f.baseline:6.1f}x"
    )
    print(
        f"{'':9} per document: first tenth {f.first * 1000:.2f} ms, last tenth "
        f"{f.last * 1000:.2f} ms: {f.last / f.first:.2f}x (target <= 1.3x)"
    )
    if f.closing is not None:
        print(f"{'':9} closing the store after the load: {f.closing * 1000:.0f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=1_000)
    parser.add_argument("--per-document", type=int, default=33, help="statements per document")
    parser.add_argument("--transaction-size", type=int, default=DEFAULT_TRANSACTION_ROWS)
    parser.add_argument("--baseline", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--warmup", type=int, default=1, help="unmeasured rounds of both loaders first (Neo4j)"
    )
    parser.add_argument(
        "--backends", default="neo4j,embedded", help="comma-separated: neo4j, embedded"
    )
    args = parser.parse_args(argv)
    print(f"medians of {args.runs} interleaved runs")
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
            report("neo4j", bench_neo4j(settings, args), args)
    if "embedded" in backends:
        report("embedded", bench_embedded(args), args)
    return failed


if __name__ == "__main__":
    sys.exit(main())
