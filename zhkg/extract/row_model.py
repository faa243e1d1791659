"""The row model: a learned check on the rules' responsibility rows.

Why: rules written for one text's sentences have not carried to texts nobody had
read; a weight learned from every annotated text has. The rules propose rows; a
logistic regression over general features of each row (``zhkg.extract.row_features``)
gives the chance that an annotator would write it, and rows below the model's
threshold are dropped. The weights are data (``zhkg/extract/data/row_model.json``),
trained by ``scripts/train-row-model`` from the annotated texts in ``tests/data``,
with the threshold chosen on sets the weights were not fitted to.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from zhkg.extract.model import Extraction
from zhkg.extract.row_features import Segmenter, statement_features

__all__ = ["ROW_MODEL_FILE", "RowModel", "fit_row_model", "keep_likely_rows", "shipped_row_model"]

ROW_MODEL_FILE = "row_model.json"


@dataclass(frozen=True, slots=True)
class RowModel:
    """Weights of a binary logistic regression over feature strings, and a threshold.

    ``about`` says how the weights were made (texts, folds, scores), so a shipped
    model can be traced to the data it came from.
    """

    weights: Mapping[str, float]
    bias: float
    threshold: float
    about: Mapping[str, Any] = field(default_factory=dict)

    def probability(self, features: Iterable[str]) -> float:
        """The chance that a row with these features is right (unknown features weigh 0)."""
        score = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-score))

    def to_json(self) -> str:
        body = {
            "about": dict(self.about),
            "threshold": self.threshold,
            "bias": round(self.bias, 6),
            "weights": {f: round(w, 6) for f, w in sorted(self.weights.items())},
        }
        return json.dumps(body, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> RowModel:
        body = json.loads(text)
        return cls(body["weights"], float(body["bias"]), float(body["threshold"]), body["about"])

    def save(self, path: Path) -> None:
        path.write_text(self.to_json(), encoding="utf-8")


@lru_cache(maxsize=1)
def shipped_row_model() -> RowModel:
    """The model shipped with zhkg (read once)."""
    text = resources.files("zhkg.extract").joinpath("data", ROW_MODEL_FILE).read_text("utf-8")
    return RowModel.from_json(text)


def keep_likely_rows(extraction: Extraction, model: RowModel, segment: Segmenter) -> Extraction:
    """``extraction`` without the responsibility rows ``model`` finds unlikely."""
    features = statement_features(extraction, segment)
    kept = tuple(
        statement
        for statement, row in zip(extraction.responsibilities, features, strict=True)
        if model.probability(row) >= model.threshold
    )
    return replace(extraction, responsibilities=kept)


def fit_row_model(
    examples: Sequence[Sequence[str]],
    labels: Sequence[bool],
    *,
    l2: float = 1.0,
    min_count: int = 3,
    epochs: int = 600,
    rate: float = 0.05,
) -> tuple[dict[str, float], float]:
    """Weights and bias of an L2 logistic regression, by full-batch Adam from zero.

    Deterministic: the same examples give the same weights. Features seen in fewer
    than ``min_count`` examples get no weight (they would fit one text's quirks).
    """
    import numpy as np

    counts: dict[str, int] = {}
    for features in examples:
        for f in set(features):
            counts[f] = counts.get(f, 0) + 1
    vocabulary = sorted(f for f, n in counts.items() if n >= min_count)
    column = {f: i for i, f in enumerate(vocabulary)}
    rows: list[int] = []
    cols: list[int] = []
    for i, features in enumerate(examples):
        found = [*sorted({column[f] for f in features if f in column}), len(vocabulary)]
        rows += [i] * len(found)
        cols += found
    r, c = np.array(rows), np.array(cols)
    y = np.array(labels, dtype=float)
    n, width = len(y), len(vocabulary) + 1
    w = np.zeros(width)
    m = np.zeros(width)
    v = np.zeros(width)
    penalty = np.ones(width)
    penalty[-1] = 0.0  # the bias is not shrunk
    for t in range(1, epochs + 1):
        p = 1.0 / (1.0 + np.exp(-np.bincount(r, weights=w[c], minlength=n)))
        grad = np.bincount(c, weights=(p - y)[r], minlength=width) / n + l2 / n * penalty * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    weights = {f: float(w[i]) for f, i in column.items() if abs(w[i]) >= 1e-6}
    return weights, float(w[-1])
