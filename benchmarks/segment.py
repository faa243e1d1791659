"""Benchmark of stage 1: read + clean + structure + segment, against bare jieba.

The corpus is built by concatenating the two sample texts (the scraped paper and
the E-Commerce Law) repeatedly until it is at least 2 MB, and written to a
temporary UTF-8 file. Each run times

* the stage: ``read_document`` (decode, clean, structure, split sentences) plus
  word segmentation of every sentence with the spaCy ``zh`` pipeline (jieba
  segmenter, domain user dictionary, lexicon words), and
* the baseline: ``jieba.Tokenizer().lcut`` (a fresh tokenizer, untouched by the
  user dictionary) of the very sentences the stage segments: stage 1 cleans the
  raw file (drops page chrome, joins broken lines), so the raw file is not the
  same text and would flatter the stage,
* the stage's segmentation alone, on those sentences (what the stage adds to
  bare jieba: the spaCy pipeline and the domain dictionary),

in the same process, interleaved run by run, after a warm-up. It prints the
medians and the throughput ratios against the baseline (1.0 = as fast as bare jieba).

    python benchmarks/segment.py [--runs 5] [--megabytes 2]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import warnings
from pathlib import Path

from zhkg.extract.document import read_document
from zhkg.extract.nlp import make_nlp, segment_sentences
from zhkg.ontology.lexicon import load_lexicon

REPO = Path(__file__).resolve().parents[1]
SAMPLES = (
    REPO / "examples" / "live_commerce_stakeholders.txt",
    REPO / "examples" / "ecommerce_law_2018.txt",
)


def sample_texts() -> list[str]:
    """The two bundled sample texts (byte copies of the shared corpus)."""
    return [path.read_text(encoding="utf-8") for path in SAMPLES]


def build_corpus(megabytes: float) -> str:
    unit = "\n".join(sample_texts()) + "\n"
    copies = int(megabytes * 1_000_000 // len(unit.encode("utf-8"))) + 1
    return unit * copies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--megabytes", type=float, default=2.0)
    args = parser.parse_args()

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(60)

    text = build_corpus(args.megabytes)
    size = len(text.encode("utf-8"))
    nlp = make_nlp(load_lexicon().vocabulary())
    baseline_tokenizer = jieba.Tokenizer()
    baseline_tokenizer.initialize()

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.txt"
        path.write_text(text, encoding="utf-8")

        sentences = [s.text for s in read_document(path).sentences]
        cleaned_mb = sum(len(t.encode("utf-8")) for t in sentences) / 1_000_000

        def stage() -> int:
            document = read_document(path)
            words = segment_sentences(nlp, [s.text for s in document.sentences])
            return sum(map(len, words))

        def segmentation() -> int:
            return sum(map(len, segment_sentences(nlp, sentences)))

        def baseline() -> int:
            return sum(len(baseline_tokenizer.lcut(text)) for text in sentences)

        jobs = (stage, segmentation, baseline)
        times: dict[str, list[float]] = {job.__name__: [] for job in jobs}
        for job in jobs:  # warm-up: dictionaries, caches
            job()
        for _ in range(args.runs):
            for job in jobs:
                start = time.perf_counter()
                job()
                times[job.__name__].append(time.perf_counter() - start)

    stage_s, segmentation_s, baseline_s = (
        statistics.median(times[name]) for name in ("stage", "segmentation", "baseline")
    )
    mb = size / 1_000_000
    print(f"corpus: {mb:.2f} MB ({len(text):,} characters; the two sample texts repeated)")
    print(f"sentences after cleaning: {len(sentences):,}, {cleaned_mb:.2f} MB")
    print(f"runs: {args.runs}, interleaved (medians)")
    print(f"bare jieba.lcut of the sentences:     {baseline_s:7.3f} s  {mb / baseline_s:6.2f} MB/s")
    print(
        f"zhkg segmentation of the sentences:   {segmentation_s:7.3f} s  "
        f"{mb / segmentation_s:6.2f} MB/s  ratio {baseline_s / segmentation_s:.2f}x"
    )
    print(f"stage 1 read+clean+structure+segment: {stage_s:7.3f} s  {mb / stage_s:6.2f} MB/s  "
          f"ratio {baseline_s / stage_s:.2f}x  (target >= 0.5x)")  # fmt: skip


if __name__ == "__main__":
    main()
