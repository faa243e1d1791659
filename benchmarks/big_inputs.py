"""Benchmark of big inputs: peak memory and time of stages 1-3 as the text grows.

Texts of the given sizes (default 5, 20 and 50 MB) are made by repeating the two
sample texts of ``examples/`` and written to temporary UTF-8 files. Each command
(default ``segment``, ``extract`` and ``build``) runs on each size in a fresh
``python -m zhkg`` process, ``--runs`` times (``build`` writes Turtle with
``--no-cache``, so every run extracts); the script prints the median wall time
and the median peak RSS of the child process (its own ``ru_maxrss``), and for
every size the ratios to the smallest size measured in the same run:

* ``time x`` — how much longer than the smallest text (linear growth: the size ratio);
* ``size x`` — the size ratio, for comparison;
* ``MB/s`` — throughput, which stays flat when time grows linearly;
* ``peak RSS`` — which stays bounded when big texts are read in windows.

The machine's load average is printed before and after each command, since
other work on the machine slows the runs. The last lines compare the largest
size with the ceiling the README documents (peak RSS at most 1,500 MB, time at
most 12x that of the smallest size for 10x its size).

    python benchmarks/big_inputs.py [--sizes 5,20,50] [--commands segment,extract,build]
                                    [--runs 1] [--single-line]
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
PEAK_CEILING_MB = 1500
"""The documented ceiling of peak RSS for one text of any size (README, Big texts)."""
TIME_CEILING = 1.2
"""Time may grow at most 1.2x as fast as the size (12x the time for 10x the text)."""
SAMPLES = (
    REPO / "examples" / "live_commerce_stakeholders.txt",
    REPO / "examples" / "ecommerce_law_2018.txt",
)


def make_text(megabytes: float, *, single_line: bool = False) -> str:
    """The sample texts repeated to at least ``megabytes`` of UTF-8 (in one line: no breaks)."""
    unit = "\n\n".join(path.read_text(encoding="utf-8") for path in SAMPLES) + "\n\n"
    if single_line:
        unit = unit.replace("\n", "")
    copies = int(megabytes * 1_000_000 // len(unit.encode("utf-8"))) + 1
    return unit * copies


def run_once(command: str, path: Path, folder: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one ``zhkg COMMAND PATH`` in a fresh process."""
    args = [sys.executable, "-m", "zhkg", command, str(path)]
    if command == "build":
        args += ["--out", str(folder / "out.ttl"), "--quiet", "--no-cache", "--workers", "1"]
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
    parser.add_argument("--commands", default="segment,extract,build", help="zhkg commands to time")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument(
        "--single-line",
        action="store_true",
        help="texts without a line break (split at sentence ends, in windows)",
    )
    args = parser.parse_args()
    sizes = sorted(float(size) for size in args.sizes.split(","))
    commands = [command.strip() for command in args.commands.split(",") if command.strip()]

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {}
        for size in sizes:
            path = folder / f"text-{size:g}MB.txt"
            path.write_text(make_text(size, single_line=args.single_line), encoding="utf-8")
            files[size] = path
        header = ("command", "MB", "time s", "time x", "size x", "MB/s", "peak RSS MB")
        print("{:8} {:>6} {:>8} {:>7} {:>7} {:>6} {:>12}".format(*header))
        verdicts = []
        for command in commands:
            print(f"# {command}: load average {_load()}", flush=True)
            baseline: tuple[float, float] | None = None
            for size in sizes:
                real_mb = files[size].stat().st_size / 1_000_000
                times, peaks = [], []
                for _ in range(args.runs):
                    seconds, peak = run_once(command, files[size], folder)
                    times.append(seconds)
                    peaks.append(peak)
                seconds, peak = statistics.median(times), statistics.median(peaks)
                baseline = baseline or (seconds, real_mb)
                time_x, size_x = seconds / baseline[0], real_mb / baseline[1]
                print(
                    f"{command:8} {real_mb:6.1f} {seconds:8.1f} {time_x:7.2f} {size_x:7.2f} "
                    f"{real_mb / seconds:6.3f} {peak:12.0f}",
                    flush=True,
                )
            print(f"# {command}: load average {_load()}", flush=True)
            if len(sizes) > 1:
                held = peak <= PEAK_CEILING_MB and time_x <= TIME_CEILING * size_x
                verdicts.append(
                    f"{command} at {real_mb:.0f} MB: peak {peak:.0f} MB (ceiling "
                    f"{PEAK_CEILING_MB}), time {time_x:.2f}x for {size_x:.2f}x the size "
                    f"(ceiling {TIME_CEILING * size_x:.1f}x): {'holds' if held else 'EXCEEDED'}"
                )
        for line in verdicts:
            print(line)


def _load() -> str:
    """The 1, 5 and 15 minute load averages and the cores, as uptime shows them."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


if __name__ == "__main__":
    main()
