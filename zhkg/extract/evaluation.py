"""Scoring extracted responsibilities against a gold TSV (GUIDELINES.md, Scoring).

A predicted row matches a gold row when the stakeholders agree (equal, or one
holds the other and is at least half its length, after dropping a generic prefix
such as 直播电商) and the responsibilities agree (character-bigram Dice ≥ 0.5, or
one holds the other and the shorter is ≥ 4 characters or ≥ half the longer).
Both sides are compared after Traditional→Simplified conversion. Precision counts
predictions matching some gold row, recall gold rows matched by some prediction;
modality accuracy is measured on a one-to-one pairing of matched rows.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from zhkg.errors import GoldFileError

__all__ = [
    "GENERIC_PREFIXES",
    "GOLD_COLUMNS",
    "EvalRow",
    "Score",
    "read_gold",
    "responsibilities_agree",
    "score",
    "stakeholders_agree",
]

GOLD_COLUMNS = ("stakeholder", "responsibility", "modality", "evidence")
#: Prefixes that name the domain, not the party (网络平台 ~ 平台).
GENERIC_PREFIXES = ("直播电商", "电子商务", "电商", "网络")
_MODALITIES = frozenset({"must", "must_not", "should", "may"})


@dataclass(frozen=True, slots=True)
class EvalRow:
    """One responsibility row, gold or predicted."""

    stakeholder: str
    responsibility: str
    modality: str
    evidence: str = ""
    #: the rule ids that produced a predicted row (empty for gold rows); not compared
    rule: str = field(default="", compare=False)


@dataclass(slots=True)
class MatchCounts:
    """Gold and predicted rows and how many of each matched: precision, recall and F1.

    Shared by the responsibility and the relation scores, which count alike. A gold
    file with a header and no rows says the text holds none: predicting none then
    scores 1.0, and every prediction is spurious.
    """

    n_gold: int
    n_pred: int
    pred_matched: int
    gold_matched: int

    @property
    def precision(self) -> float:
        if not self.n_pred:
            return 0.0 if self.n_gold else 1.0
        return self.pred_matched / self.n_pred

    @property
    def recall(self) -> float:
        if not self.n_gold:
            return 0.0 if self.n_pred else 1.0
        return self.gold_matched / self.n_gold

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def score_line(self) -> str:
        return f"precision {self.precision:.2f}  recall {self.recall:.2f}  F1 {self.f1:.2f}"

    def count_line(self) -> str:
        line = (
            f"gold {self.n_gold}  predicted {self.n_pred}  "
            f"matched predictions {self.pred_matched}  matched gold {self.gold_matched}"
        )
        return line + (
            "  (the gold lists none: a text to test precision)" if not self.n_gold else ""
        )


@dataclass(slots=True)
class Score(MatchCounts):
    """The outcome of scoring predictions against gold."""

    modality_correct: int
    modality_pairs: int
    misses: list[EvalRow] = field(default_factory=list)
    spurious: list[EvalRow] = field(default_factory=list)
    wrong_modality: list[tuple[EvalRow, EvalRow]] = field(default_factory=list)
    #: every prediction, to show what was read from the sentence of a missed row
    predictions: list[EvalRow] = field(default_factory=list)

    def read_from(self, evidence: str) -> list[EvalRow]:
        """The predictions made from the sentence ``evidence`` (a missed row's)."""
        key = _evidence_key(evidence)
        return [row for row in self.predictions if _evidence_key(row.evidence) == key]

    @property
    def modality_accuracy(self) -> float:
        return self.modality_correct / self.modality_pairs if self.modality_pairs else 0.0

    def summary_lines(self) -> list[str]:
        """The three summary lines (the last lines of ``zhkg eval``)."""
        return [
            self.score_line(),
            f"modality accuracy {self.modality_accuracy:.2f} (n={self.modality_pairs})",
            self.count_line(),
        ]


@lru_cache(maxsize=1)
def _t2s() -> Callable[[str], str]:
    import opencc

    converter = opencc.OpenCC("t2s")
    return converter.convert


def simplified(text: str) -> str:
    """Traditional→Simplified, stripped: both sides are compared in this form."""
    return _t2s()(text).strip()


def read_gold(path: str | Path) -> list[EvalRow]:
    """The rows of a gold TSV with the header ``stakeholder responsibility modality evidence``."""
    return parse_gold(gold_text(path, "a TSV"), str(path))


def gold_text(path: str | Path, what: str) -> str:
    """The text of a gold file; a missing, unreadable or non-UTF-8 file is a GoldFileError.

    ``what`` names the expected file in the hint (e.g. "a relation TSV").
    """
    file = Path(path)
    try:
        return file.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GoldFileError(
            f"{file}: no such gold file", hint=f"give {what} path with --gold"
        ) from None
    except UnicodeDecodeError:
        raise GoldFileError(f"{file}: not UTF-8", hint="save the gold TSV as UTF-8") from None
    except IsADirectoryError:
        raise GoldFileError(
            f"{file}: is a directory, not a gold file", hint="give a TSV path with --gold"
        ) from None
    except OSError as exc:
        raise GoldFileError(f"{file}: cannot be read ({exc.strerror or exc})") from None


def parse_gold(text: str, name: str = "<gold>") -> list[EvalRow]:
    """Parse gold TSV text; a wrong header or short row is a GoldFileError."""
    rows: list[EvalRow] = []
    cells_of = gold_cells(
        text,
        name,
        GOLD_COLUMNS,
        empty_hint="expected header " + "\\t".join(GOLD_COLUMNS),
        header_hint="the first line must be: " + "<TAB>".join(GOLD_COLUMNS),
        check_width=True,
    )
    for line_no, cells, where in cells_of:
        modality = _checked_cells(cells, where, f"{name}: line {line_no}")
        evidence = (
            cells[where["evidence"]].strip()
            if "evidence" in where and where["evidence"] < len(cells)
            else ""
        )
        rows.append(
            EvalRow(
                simplified(cells[where["stakeholder"]]),
                simplified(cells[where["responsibility"]]),
                modality,
                simplified(evidence),
            )
        )
    return rows  # a header alone: the text holds none (see MatchCounts)


def gold_cells(
    text: str,
    name: str,
    columns: Sequence[str],
    *,
    empty_hint: str,
    header_hint: str,
    check_width: bool = False,
) -> Iterator[tuple[int, list[str], dict[str, int]]]:
    """(line number, cells, column -> index) of each non-blank row of a gold TSV.

    The first three ``columns`` are required in the header and in every row; a
    missing one, or (``check_width``) a tab that splits a cell, is a GoldFileError.
    """
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header is None:
        raise GoldFileError(f"{name}: empty gold file", hint=empty_hint)
    found = [cell.strip().lower() for cell in header]
    missing = [c for c in columns[:3] if c not in found]
    if missing:
        raise GoldFileError(
            f"{name}: header {header!r} lacks column(s) {', '.join(missing)}", hint=header_hint
        )
    where = {column: found.index(column) for column in columns if column in found}
    for line_no, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) <= max(where[c] for c in columns[:3]):
            raise GoldFileError(
                f"{name}: line {line_no} has {len(cells)} column(s), expected {len(columns)}",
                hint="separate the columns with tabs",
            )
        if (
            check_width
            and len(cells) > len(header)
            and any(cell.strip() for cell in cells[len(header) :])
        ):
            raise GoldFileError(
                f"{name}: line {line_no} has {len(cells)} columns, the header {len(header)}",
                hint="a tab inside a cell splits it; replace it with a space",
            )
        yield line_no, cells, where


def _checked_cells(cells: Sequence[str], where: dict[str, int], place: str) -> str:
    """The row's modality, after checking that its party and duty are filled in."""
    empty = [c for c in GOLD_COLUMNS[:2] if not cells[where[c]].strip()]
    if empty:
        raise GoldFileError(
            f"{place}: the {' and '.join(empty)} column is empty",
            hint="every gold row names a stakeholder and a responsibility",
        )
    modality = cells[where["modality"]].strip()
    if modality not in _MODALITIES:
        raise GoldFileError(
            f"{place}: modality {modality!r} is not one of must, must_not, should, may",
            hint="fix the modality column",
        )
    return modality


def _drop_prefix(name: str) -> str:
    for prefix in GENERIC_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix) :]
    return name


def stakeholders_agree(a: str, b: str) -> bool:
    """Equal, or one holds the other and is at least half its length (generic prefix dropped)."""
    a, b = _drop_prefix(a), _drop_prefix(b)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return bool(short) and short in long and len(short) * 2 >= len(long)


def _bigrams(text: str) -> Counter[str]:
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


def dice(a: str, b: str) -> float:
    """Character-bigram Dice coefficient (multiset)."""
    ga, gb = _bigrams(a), _bigrams(b)
    total = sum(ga.values()) + sum(gb.values())
    if not total:
        return 1.0 if a == b else 0.0
    return 2 * sum((ga & gb).values()) / total


def responsibilities_agree(a: str, b: str) -> bool:
    """Bigram Dice ≥ 0.5, or containment with the shorter ≥ 4 chars or ≥ half the longer."""
    if dice(a, b) >= 0.5:
        return True
    short, long = sorted((a, b), key=len)
    return bool(short) and short in long and (len(short) >= 4 or len(short) * 2 >= len(long))


def rows_agree(pred: EvalRow, gold: EvalRow) -> bool:
    return stakeholders_agree(pred.stakeholder, gold.stakeholder) and responsibilities_agree(
        pred.responsibility, gold.responsibility
    )


def score(predictions: Iterable[EvalRow], gold: Sequence[EvalRow]) -> Score:
    """Precision, recall and modality accuracy of ``predictions`` against ``gold``."""
    preds = [
        EvalRow(
            simplified(p.stakeholder),
            simplified(p.responsibility),
            p.modality,
            p.evidence,
            p.rule,
        )
        for p in predictions
    ]
    links = [[g for g, gold_row in enumerate(gold) if rows_agree(p, gold_row)] for p in preds]
    gold_hit = [False] * len(gold)
    for matched in links:
        for g in matched:
            gold_hit[g] = True
    # one-to-one pairing for modality accuracy: prefer pairs that agree on modality
    pairs = sorted(
        ((p, g) for p, matched in enumerate(links) for g in matched),
        key=lambda pg: (preds[pg[0]].modality != gold[pg[1]].modality, pg),
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    correct = paired = 0
    wrong: list[tuple[EvalRow, EvalRow]] = []
    for p, g in pairs:
        if p in used_p or g in used_g:
            continue
        used_p.add(p)
        used_g.add(g)
        paired += 1
        if preds[p].modality == gold[g].modality:
            correct += 1
        else:
            wrong.append((preds[p], gold[g]))
    return Score(
        n_gold=len(gold),
        n_pred=len(preds),
        pred_matched=sum(1 for matched in links if matched),
        gold_matched=sum(gold_hit),
        modality_correct=correct,
        modality_pairs=paired,
        misses=[row for row, hit in zip(gold, gold_hit, strict=True) if not hit],
        spurious=[row for row, matched in zip(preds, links, strict=True) if not matched],
        wrong_modality=wrong,
        predictions=preds,
    )


def _evidence_key(evidence: str) -> str:
    """A sentence compared without spaces and end punctuation, in Simplified characters."""
    return re.sub(r"[\s。！？!?；;]+", "", simplified(evidence))
