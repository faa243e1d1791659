"""Training the row model from annotated texts, and choosing its threshold.

Why here and not in a notebook: the shipped weights must be remade whenever the
rules change (their rule ids are features), by one command, the same way each time
(``scripts/train-row-model``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from zhkg.extract.evaluation import EvalRow, read_gold, rows_agree, score, simplified
from zhkg.extract.export import eval_rows
from zhkg.extract.lexicon import Lexicon
from zhkg.extract.row_features import statement_features
from zhkg.extract.row_model import RowModel
from zhkg.extract.set_evaluation import RESPONSIBILITY_GOLD

__all__ = [
    "Fold",
    "LabelledRow",
    "choose_threshold",
    "counts",
    "f1_of",
    "labelled_rows",
    "pooled_f1",
]

#: The thresholds tried: a row is dropped below the one that scores best.
THRESHOLDS = tuple(round(0.05 + 0.025 * i, 3) for i in range(31))


@dataclass(frozen=True, slots=True)
class LabelledRow:
    """One row the rules proposed for a text, its features, and whether the gold has it."""

    text: str
    row: EvalRow
    features: tuple[str, ...]
    right: bool


def labelled_rows(path: Path, lexicon: Lexicon) -> tuple[list[LabelledRow], list[EvalRow]]:
    """The unchecked rows of the text at ``path``, labelled by its gold, and the gold."""
    from zhkg.extract.document import read_documents
    from zhkg.extract.extractor import extract, pipeline_for, segment_words

    gold = read_gold(path.with_name(path.stem + RESPONSIBILITY_GOLD))
    pipeline = pipeline_for(lexicon)
    found: list[LabelledRow] = []
    for document in read_documents(path):
        extraction = extract(document, lexicon, nlp=pipeline, checked=False)
        features = statement_features(extraction, lambda text: segment_words(pipeline, text))
        for row, row_features in zip(eval_rows(extraction), features, strict=True):
            found.append(LabelledRow(path.stem, row, tuple(row_features), _right(row, gold)))
    return found, gold


def _right(row: EvalRow, gold: Sequence[EvalRow]) -> bool:
    plain = EvalRow(simplified(row.stakeholder), simplified(row.responsibility), row.modality)
    return any(rows_agree(plain, g) for g in gold)


#: A model with the rows it is judged on (rows it was not fitted to) and their golds.
Fold = tuple[RowModel, Sequence[LabelledRow], dict[str, list[EvalRow]]]


def counts(
    rows: Iterable[LabelledRow], golds: dict[str, list[EvalRow]], keep: RowModel | None
) -> tuple[int, int, int, int]:
    """Gold, predicted, matched predicted and matched gold rows of the rows ``keep``
    keeps (all of them when None), scored per text as ``zhkg eval`` does."""
    by_text: dict[str, list[EvalRow]] = {name: [] for name in golds}
    for labelled in rows:
        if keep is None or keep.probability(labelled.features) >= keep.threshold:
            by_text[labelled.text].append(labelled.row)
    total = [0, 0, 0, 0]
    for name, gold in golds.items():
        s = score(by_text[name], gold)
        for i, n in enumerate((s.n_gold, s.n_pred, s.pred_matched, s.gold_matched)):
            total[i] += n
    return total[0], total[1], total[2], total[3]


def f1_of(total: Sequence[int]) -> float:
    """Micro F1 of (gold, predicted, matched predicted, matched gold)."""
    precision = total[2] / total[1] if total[1] else 0.0
    recall = total[3] / total[0] if total[0] else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def pooled_f1(folds: Sequence[Fold], threshold: float | None) -> float:
    """Micro F1 over every fold's rows, each checked by its own model at ``threshold``
    (every row kept when None)."""
    total = [0, 0, 0, 0]
    for model, rows, golds in folds:
        keep = None if threshold is None else replace(model, threshold=threshold)
        for i, n in enumerate(counts(rows, golds, keep)):
            total[i] += n
    return f1_of(total)


def choose_threshold(folds: Sequence[Fold]) -> tuple[float, float]:
    """The threshold with the best pooled F1 (the lowest of equals), and that F1; one
    threshold over several folds, as one fold's best is noisy."""
    best, best_f1 = 0.0, pooled_f1(folds, None)
    for threshold in THRESHOLDS:
        f1 = pooled_f1(folds, threshold)
        if f1 > best_f1 + 1e-12:
            best, best_f1 = threshold, f1
    return best, best_f1
