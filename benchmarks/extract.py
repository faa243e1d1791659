"""Throughput of stages 1+2 (clean, structure, extract) against bare jieba, per document.

The corpus is the repository's sample texts, each one document, taken round-robin
until they hold at least 2 MB of UTF-8, so the figures are those of real document
sizes (a 2 MB single document would be a text no user has). Both sides run on one
core in the same process, on the same text: zhkg turns each text into a Document
and an Extraction; the baseline is ``lcut`` of a fresh ``jieba.Tokenizer``
(dictionary loaded before timing) over each document's cleaned text, the text
the extractor reads. Runs are interleaved (zhkg, baseline, zhkg, …); medians of
the runs are printed, per corpus and per document, with their ratio (target:
zhkg ≥ 0.3× bare jieba), then the peak memory of one zhkg pass (tracemalloc,
measured separately so it does not slow the timed runs) and the process's
maximum resident set size.

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


def build_corpus(megabytes: float) -> list[str]:
    """The sample texts, one document each, round-robin until they hold ``megabytes``."""
    texts = [path.read_text(encoding="utf-8") for path in SOURCES]
    corpus: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        text = texts[len(corpus) % len(texts)]
        corpus.append(text)
        size += len(text.encode("utf-8"))
    return corpus


def run_zhkg(corpus: list[str], lexicon: Lexicon) -> int:
    found = 0
    for number, text in enumerate(corpus):
        document = document_from_text(text, source=f"<benchmark {number}>")
        found += len(extract(document, lexicon).responsibilities)
    return found


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
    size_mb = sum(len(text.encode("utf-8")) for text in corpus) / 1_000_000
    lexicon = load_lexicon()
    run_zhkg(corpus[:2], lexicon)  # load dictionaries and pipeline
    cleaned = [document_from_text(text, source="<benchmark>").text for text in corpus]

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    baseline: list[float] = []
    ours: list[float] = []
    for _ in range(args.runs):  # interleaved, so both see the same machine
        ours.extend(timed(lambda: run_zhkg(corpus, lexicon), 1))
        baseline.extend(timed(lambda: [tokenizer.lcut(text) for text in cleaned], 1))

    chars = sum(map(len, cleaned))
    documents = len(corpus)
    base_s, our_s = statistics.median(baseline), statistics.median(ours)
    print(
        f"corpus: {documents} documents of {len(SOURCES)} repository texts, {chars:,} characters "
        f"after cleaning, {size_mb:.2f} MB UTF-8; {args.runs} interleaved runs, medians"
    )
    print(
        f"bare jieba.lcut       {base_s:7.2f} s  {chars / base_s:12,.0f} chars/s  "
        f"{base_s / documents * 1000:7.1f} ms/document"
    )
    print(
        f"zhkg stages 1+2       {our_s:7.2f} s  {chars / our_s:12,.0f} chars/s  "
        f"{our_s / documents * 1000:7.1f} ms/document"
    )
    print(f"ratio zhkg / jieba    {base_s / our_s:7.2f}x   (target >= 0.30x)")

    tracemalloc.start()
    rows = run_zhkg(corpus, lexicon)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(f"peak traced memory of one zhkg run: {peak / 1e6:.0f} MB ({rows:,} responsibilities)")
    print(f"process max RSS: {max_rss:.0f} MB")


if __name__ == "__main__":
    main()
