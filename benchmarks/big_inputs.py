"""Benchmark of big inputs: peak memory and time of stages 1-2 as the text grows.

Texts of the given sizes (default 5, 20 and 50 MB) are made by repeating the two
sample texts of ``examples/`` and written to temporary UTF-8 files. Each command
(default ``segment`` and ``extract``; ``build`` on request) runs on each size in
a fresh ``python -m zhkg`` process, ``--runs`` times; the script prints the
median wall time and the median peak RSS of the child process, and for every
size the ratios to the smallest size measured in the same run:

* ``time x`` — how much longer than the smallest text (linear growth: the size ratio);
* ``MB/s`` — throughput, which stays flat when time grows linearly;
* ``peak RSS`` — which stays bounded when big texts are read in windows.

    python benchmarks/big_inputs.py [--sizes 5,20,50] [--commands segment,extract] [--runs 1]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = (
    REPO / "examples" / "live_commerce_stakeholders.txt",
    REPO / "examples" / "ecommerce_law_2018.txt",
)


def make_text(megabytes: float) -> str:
    """The sample texts repeated to at least ``megabytes`` of UTF-8."""
    unit = "\n\n".join(path.read_text(encoding="utf-8") for path in SAMPLES) + "\n\n"
    copies = int(megabytes * 1_000_000 // len(unit.encode("utf-8"))) + 1
    return unit * copies


def run_once(command: str, path: Path, folder: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one ``zhkg COMMAND PATH`` in a fresh process."""
    args = [sys.executable, "-m", "zhkg", command, str(path)]
    if command == "build":
        args += ["--out", str(folder / "out.ttl"), "--quiet"]
    elif command == "extract":
        args += ["--format", "jsonl"]
    started = time.perf_counter()
    with (folder / "stderr.txt").open("w+b") as err:
        child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)  # reaps the child and gives its own peak RSS
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            err.seek(0)
            message = err.read().decode(errors="replace")[-500:]
            raise SystemExit(f"zhkg {command} failed on {path}: {message}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="5,20,50", help="megabytes, comma-separated")
    parser.add_argument("--commands", default="segment,extract", help="zhkg commands to time")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    sizes = sorted(float(size) for size in args.sizes.split(","))
    commands = [command.strip() for command in args.commands.split(",") if command.strip()]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {}
        for size in sizes:
            path = folder / f"text-{size:g}MB.txt"
            path.write_text(make_text(size), encoding="utf-8")
            files[size] = path
        header = ("command", "MB", "time s", "time x", "MB/s", "peak RSS MB")
        print("{:8} {:>6} {:>8} {:>7} {:>6} {:>12}".format(*header))
        for command in commands:
            baseline: float | None = None
            for size in sizes:
                real_mb = files[size].stat().st_size / 1_000_000
                times, peaks = [], []
                for _ in range(args.runs):
                    seconds, peak = run_once(command, files[size], folder)
                    times.append(seconds)
                    peaks.append(peak)
                seconds, peak = statistics.median(times), statistics.median(peaks)
                baseline = baseline or seconds
                print(
                    f"{command:8} {real_mb:6.1f} {seconds:8.1f} {seconds / baseline:7.2f} "
                    f"{real_mb / seconds:6.3f} {peak:12.0f}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
