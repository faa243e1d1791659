"""Throughput of stages 1+2 (read, clean, structure, extract) against bare jieba.

The corpus is the repository's sample texts concatenated until it holds at least
2 MB of UTF-8. Both sides run on one core in the same process: zhkg turns the
corpus into a Document and an Extraction; the baseline is ``lcut`` of a fresh
``jieba.Tokenizer`` (dictionary loaded before timing) over the same text. Medians
of several runs are printed with their ratio (target: zhkg ≥ 0.3× bare jieba),
then the peak memory of one zhkg run (tracemalloc, measured separately so it
does not slow the timed runs) and the process's maximum resident set size.

    python benchmarks/extract.py [--runs 3] [--megabytes 2]
"""

from __future__ import annotations

import argparse
import logging
import resource
import statistics
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path

from zhkg.extract.document import document_from_text
from zhkg.extract.extractor import extract
from zhkg.extract.lexicon import Lexicon
from zhkg.ontology.lexicon import load_lexicon

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
SOURCES = (
    REPO / "examples" / "live_commerce_stakeholders.txt",
    REPO / "examples" / "ecommerce_law_2018.txt",
    *sorted((DATA / "tuned").glob("*.txt")),
)


def build_corpus(megabytes: float) -> str:
    """The sample texts, repeated until the corpus holds ``megabytes`` of UTF-8."""
    unit = "\n\n".join(path.read_text(encoding="utf-8") for path in SOURCES) + "\n\n"
    copies = int(megabytes * 1_000_000 // len(unit.encode("utf-8"))) + 1
    return unit * copies


def run_zhkg(corpus: str, lexicon: Lexicon) -> int:
    document = document_from_text(corpus, source="<benchmark>")
    return len(extract(document, lexicon).responsibilities)


def timed(function: Callable[[], object], runs: int) -> list[float]:
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        seconds.append(time.perf_counter() - start)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--megabytes", type=float, default=2.0)
    args = parser.parse_args()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.WARNING)

    corpus = build_corpus(args.megabytes)
    size_mb = len(corpus.encode("utf-8")) / 1_000_000
    lexicon = load_lexicon()
    run_zhkg(SOURCES[1].read_text(encoding="utf-8"), lexicon)  # load dictionaries and pipeline

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    baseline = timed(lambda: tokenizer.lcut(corpus), args.runs)
    ours = timed(lambda: run_zhkg(corpus, lexicon), args.runs)

    chars = len(corpus)
    base_cps = chars / statistics.median(baseline)
    our_cps = chars / statistics.median(ours)
    print(f"corpus: {chars:,} characters, {size_mb:.2f} MB UTF-8, {args.runs} runs, medians")
    print(f"bare jieba.lcut       {statistics.median(baseline):7.2f} s  {base_cps:12,.0f} chars/s")
    print(f"zhkg stages 1+2       {statistics.median(ours):7.2f} s  {our_cps:12,.0f} chars/s")
    print(f"ratio zhkg / jieba    {our_cps / base_cps:7.2f}x   (target >= 0.30x)")

    tracemalloc.start()
    rows = run_zhkg(corpus, lexicon)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(f"peak traced memory of one zhkg run: {peak / 1e6:.0f} MB ({rows:,} responsibilities)")
    print(f"process max RSS: {max_rss:.0f} MB")


if __name__ == "__main__":
    main()
