"""Benchmark of a corpus run: build, load, SPARQL, a second run, peak memory, instant commands.

Corpus: the repository's own texts (``examples/*.txt`` and every ``.txt`` under
``tests/data``), copied round-robin to N documents, each copy made
unique by a numbered closing line (so no two copies share a document id or a
cache key). Nothing outside the repository is read.

Every figure is a whole ``zhkg`` command in a fresh process, as a user runs it;
peak RSS is that of the largest process of the command (a pool worker or the
main process), read from ``getrusage(RUSAGE_CHILDREN)`` of a one-command wrapper,
which also gives the command's CPU time (user + system, worker processes included):
on a machine other work keeps busy, wall time alone says little, so both are shown.

* build: ``zhkg build DIR --out x.ttl --no-cache`` with ``--workers 1`` (baseline)
  and ``--workers 2``, runs interleaved, medians; per-document time = wall / N; with
  ``--query-store`` at every size (what a build does by default from 100 documents);
* second run: the same build with the cache, once to fill it and once with
  nothing changed; ratio = first / second;
* SPARQL: ``zhkg sparql category-holders --param category=售后服务 x.ttl`` right after
  the build (its store filled by the build);
* load: ``zhkg load x.ttl --db`` into a new embedded store (reading the store the
  build kept beside the file), then again with nothing changed;
* SPARQL on the bare file (its store removed, as when another tool wrote it): the
  first call builds the pyoxigraph store, the second reuses it; the rdflib engine on
  the same file as the baseline when ``--rdflib`` is given, with the rows compared;
* the cost of the query store: ``--workers 2 --no-cache --no-query-store`` against
  the same build with it;
* memory: peak RSS of build and load at each size, ratio largest / smallest size;
* instant commands: ``zhkg --help`` against ``python -c pass``, and ``zhkg who 售后
  --db`` on a small store against a bare script running the same Cypher with
  LadybugDB directly; interleaved, medians of ``--quick-runs``.

    .venv/bin/python benchmarks/corpus.py [--sizes 100,1000] [--runs 3] [--big-runs 1]
        [--rdflib] [--skip-load]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from zhkg.ontology.oxstore import store_path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
ZHKG = [PYTHON, "-m", "zhkg"]
SOURCES = sorted(
    [
        *(ROOT / "examples").glob("*.txt"),
        *(ROOT / "tests" / "data").rglob("*.txt"),
    ]
)
WRAPPER = (
    "import json, resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "done = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\n"
    "wall = time.perf_counter() - start\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "peak, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime\n"
    "print(json.dumps({'wall': wall, 'cpu': cpu, 'peak_mib': peak, 'code': done.returncode,\n"
    "    'out': done.stdout.decode('utf-8', 'replace'), 'err': done.stderr.decode()[-2000:]}))\n"
)


def make_corpus(folder: Path, count: int) -> Path:
    """``count`` unique documents from the repository's texts."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = [source.read_text(encoding="utf-8") for source in SOURCES]
    for index in range(count):
        text = texts[index % len(texts)]
        (folder / f"doc{index:05d}.txt").write_text(
            f"{text.rstrip()}\n\n本文件编号：{index:05d}。\n", encoding="utf-8"
        )
    return folder


@dataclass(frozen=True)
class Measured:
    """What the wrapper reports for one command."""

    wall: float
    cpu: float
    peak_mib: float
    out: str

    def same_rows(self, other: Measured) -> bool:
        """Whether two query commands printed the same lines, in any order."""
        return sorted(self.out.splitlines()) == sorted(other.out.splitlines())


def measure(command: list[str], env: dict[str, str] | None = None) -> Measured:
    """Wall time, CPU time and peak RSS of one command, run in a fresh process."""
    out = subprocess.run(
        [PYTHON, "-c", WRAPPER, *command],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )
    result = json.loads(out.stdout)
    if result["code"] != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result['code']}): {result['err']}")
    return Measured(
        float(result["wall"]), float(result["cpu"]), float(result["peak_mib"]), result["out"]
    )


def load_average() -> str:
    """The machine's 1, 5 and 15 minute load averages (other work skews wall times)."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def median(values: list[float]) -> float:
    return statistics.median(values)


def fmt(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds < 100 else f"{seconds:.0f} s"


def bench_size(size: int, runs: int, work: Path, args: argparse.Namespace) -> dict[str, float]:
    folder = make_corpus(work / f"corpus{size}", size)
    cache = work / f"cache{size}"
    env = {"ZHKG_CACHE_DIR": str(cache)}
    out = work / f"corpus{size}.ttl"
    figures: dict[str, float] = {}
    one: list[float] = []
    two: list[float] = []
    cpu: dict[int, list[float]] = {1: [], 2: []}
    peaks: list[float] = []
    for run in range(runs):  # interleaved: one worker, then two, in every round
        for workers, times in ((1, one), (2, two)):
            result = measure(
                [*ZHKG, "build", str(folder), "--out", str(out), "--no-cache", "--quiet",
                 "--workers", str(workers), "--query-store"],
                env,
            )  # fmt: skip
            times.append(result.wall)
            cpu[workers].append(result.cpu)
            peaks.append(result.peak_mib)
            print(
                f"  {size} docs, round {run + 1}, --workers {workers}: {fmt(times[-1])} wall, "
                f"{fmt(cpu[workers][-1])} CPU, peak {result.peak_mib:.0f} MiB",
                flush=True,
            )
    figures["build_1"] = median(one)
    figures["build_2"] = median(two)
    figures["build_peak"] = max(peaks)
    figures["cpu_1"] = median(cpu[1])
    figures["cpu_2"] = median(cpu[2])
    # the second run: fill the cache, then run again with nothing changed
    cmd = [*ZHKG, "build", str(folder), "--out", str(out), "--quiet", "--workers", "2",
           "--query-store"]  # fmt: skip
    first = measure(cmd, env)
    second = measure(cmd, env)
    figures["first_run"] = first.wall
    figures["second_run"] = second.wall
    figures["first_cpu"] = first.cpu
    figures["second_cpu"] = second.cpu
    print(
        f"  {size} docs, cached build: first {fmt(figures['first_run'])} wall "
        f"({fmt(figures['first_cpu'])} CPU), second {fmt(figures['second_run'])} wall "
        f"({fmt(figures['second_cpu'])} CPU)",
        flush=True,
    )
    sparql = [*ZHKG, "sparql", "category-holders", "--param", "category=售后服务", str(out)]
    after_build = measure(sparql)  # the build filled the query store (the default here)
    figures["sparql_after_build"] = after_build.wall
    if not args.skip_load:
        db = work / f"store{size}.lbug"
        load = measure([*ZHKG, "load", str(out), "--db", str(db), "--quiet"], env)
        figures["load"] = load.wall
        figures["load_cpu"] = load.cpu
        figures["load_peak"] = load.peak_mib
        again = measure([*ZHKG, "load", str(out), "--db", str(db), "--quiet"], env)
        figures["load_again"] = again.wall
        print(
            f"  {size} docs, load (embedded): {fmt(figures['load'])} "
            f"({fmt(figures['load_cpu'])} CPU), "
            f"peak {figures['load_peak']:.0f} MiB; again (unchanged): {fmt(figures['load_again'])}",
            flush=True,
        )
    shutil.rmtree(store_path(out))  # the same file bare, as another tool would write it
    cold = measure(sparql)
    warm = measure(sparql)
    figures["sparql_cold"] = cold.wall
    figures["sparql_warm"] = warm.wall
    figures["sparql_warm_cpu"] = warm.cpu
    figures["sparql_rows"] = len(warm.out.splitlines()) - 1
    print(
        f"  {size} docs, sparql category-holders (pyoxigraph): "
        f"{fmt(figures['sparql_after_build'])} after the build (same rows: "
        f"{after_build.same_rows(warm)}); on the bare file first {fmt(figures['sparql_cold'])} "
        f"(store built), then {fmt(figures['sparql_warm'])} "
        f"({fmt(figures['sparql_warm_cpu'])} CPU); {figures['sparql_rows']:.0f} rows",
        flush=True,
    )
    if args.rdflib:
        baseline = measure([*sparql, "--engine", "rdflib"])
        figures["sparql_rdflib"] = baseline.wall
        same = baseline.same_rows(warm)
        figures["sparql_same_rows"] = float(same)
        print(
            f"  {size} docs, sparql with rdflib: {fmt(figures['sparql_rdflib'])}; "
            f"same rows: {same}",
            flush=True,
        )
    bare = measure(
        [*ZHKG, "build", str(folder), "--out", str(out), "--no-cache", "--quiet",
         "--workers", "2", "--no-query-store"],
        env,
    )  # fmt: skip
    figures["build_bare"] = bare.wall
    figures["build_bare_cpu"] = bare.cpu
    print(
        f"  {size} docs, build --workers 2 --no-query-store: {fmt(figures['build_bare'])} wall, "
        f"{fmt(figures['build_bare_cpu'])} CPU (with the store: {fmt(figures['build_2'])}, "
        f"{fmt(figures['cpu_2'])} CPU)",
        flush=True,
    )
    return figures


def quick_commands(work: Path, runs: int) -> dict[str, float]:
    """``zhkg --help`` and ``zhkg who`` against their bare baselines, interleaved."""
    db = work / "small.lbug"
    sample = str(ROOT / "tests" / "data" / "graph_sample.ttl")
    measure([*ZHKG, "load", sample, "--db", str(db)], {"ZHKG_CACHE_DIR": str(work / "cache")})
    cypher = (ROOT / "zhkg" / "queries" / "who_is_responsible.cypher").read_text(encoding="utf-8")
    bare = (
        "import sys, ladybug\n"
        "db = ladybug.Database(sys.argv[1], read_only=True)\n"
        "conn = ladybug.Connection(db)\n"
        "conn.execute('BEGIN TRANSACTION READ ONLY')\n"
        "rows = conn.execute(sys.argv[2], {'topic': '售后'}).get_all()\n"
        "conn.execute('COMMIT')\n"
        "print(len(rows))\n"
    )
    pairs = {
        "help": ([*ZHKG, "--help"], [PYTHON, "-c", "pass"]),
        "who": ([*ZHKG, "who", "售后", "--db", str(db)], [PYTHON, "-c", bare, str(db), cypher]),
    }
    figures: dict[str, float] = {}
    for name, (command, baseline) in pairs.items():
        measured: list[Measured] = []
        base: list[Measured] = []
        for _ in range(runs):
            measured.append(measure(command))
            base.append(measure(baseline))
        for key, results in ((name, measured), (f"{name}_baseline", base)):
            figures[key] = median([r.wall for r in results])
            figures[f"{key}_cpu"] = median([r.cpu for r in results])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000", help="corpus sizes (documents)")
    parser.add_argument("--runs", type=int, default=3, help="build rounds at the smallest size")
    parser.add_argument("--big-runs", type=int, default=1, help="build rounds at larger sizes")
    parser.add_argument("--quick-runs", type=int, default=9, help="runs of --help and who")
    parser.add_argument("--rdflib", action="store_true", help="also run SPARQL on rdflib")
    parser.add_argument("--skip-load", action="store_true", help="do not measure zhkg load")
    parser.add_argument("--skip-quick", action="store_true", help="do not measure --help, who")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    print(
        f"corpus from {len(SOURCES)} repository texts; cores: {os.cpu_count()}; "
        f"load average at the start: {load_average()}",
        flush=True,
    )
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="zhkg-bench-") as folder:
        work = Path(folder)
        if not args.skip_quick:
            quick = quick_commands(work, args.quick_runs)
            print(
                f"zhkg --help: {quick['help']:.3f} s wall, {quick['help_cpu']:.3f} s CPU "
                f"(python -c pass {quick['help_baseline']:.3f} s, "
                f"{quick['help_baseline_cpu']:.3f} s CPU)\n"
                f"zhkg who 售后 --db (small store): {quick['who']:.3f} s wall, "
                f"{quick['who_cpu']:.3f} s CPU (bare LadybugDB script "
                f"{quick['who_baseline']:.3f} s, {quick['who_baseline_cpu']:.3f} s CPU): "
                f"{quick['who'] / quick['who_baseline']:.2f}x wall, "
                f"{quick['who_cpu'] / quick['who_baseline_cpu']:.2f}x CPU",
                flush=True,
            )
        for position, size in enumerate(sizes):
            print(f"{size} documents:", flush=True)
            runs = args.runs if position == 0 else args.big_runs
            results[size] = bench_size(size, runs, work, args)
    print(f"\nload average at the end: {load_average()}")
    print("summary (medians; ratios from this run):")
    for size, f in results.items():
        per_doc = f"{f['build_1'] / size * 1000:.0f} -> {f['build_2'] / size * 1000:.0f} ms/doc"
        print(
            f"  {size} docs: build --workers 1 {fmt(f['build_1'])}, --workers 2 "
            f"{fmt(f['build_2'])} ({per_doc}): {f['build_1'] / f['build_2']:.2f}x wall; "
            f"CPU {fmt(f['cpu_1'])} / {fmt(f['cpu_2'])}"
        )
        print(
            f"    second run {f['first_run'] / f['second_run']:.1f}x faster wall, "
            f"{f['first_cpu'] / f['second_cpu']:.1f}x less CPU "
            f"({fmt(f['first_run'])} -> {fmt(f['second_run'])}); build peak "
            f"{f['build_peak']:.0f} MiB; first sparql after the build "
            f"{fmt(f['sparql_after_build'])}; on the bare file {fmt(f['sparql_cold'])} first, "
            f"{fmt(f['sparql_warm'])} after; the build with its query store "
            f"{f['build_2'] / f['build_bare']:.2f}x the build without"
        )
        if "load" in f:
            print(
                f"    load {fmt(f['load'])}, peak {f['load_peak']:.0f} MiB; again "
                f"{fmt(f['load_again'])} ({f['load'] / f['load_again']:.1f}x)"
            )
    if len(results) > 1:
        small, big = results[min(results)], results[max(results)]
        print(
            f"  peak RSS {max(results)} / {min(results)} docs: build "
            f"{big['build_peak'] / small['build_peak']:.2f}x"
            + (f", load {big['load_peak'] / small['load_peak']:.2f}x" if "load_peak" in big else "")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
