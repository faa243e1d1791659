"""Scoring extracted relations against a relation gold TSV (RELATIONS conventions, Scoring).

A predicted relation matches a gold row when the relation types are equal and both
ends agree by the stakeholder rule of the responsibility scoring (equal, or one
holds the other and is at least half its length, generic prefix dropped); for the
symmetric types (COLLABORATES_WITH, CONTRACTS_WITH, JOINTLY_LIABLE_WITH) the ends
may be swapped. Precision counts predictions that match some gold row, recall gold
rows matched by some prediction. Names are compared after Traditional→Simplified
conversion, as in the responsibility scoring.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from zhkg.errors import GoldFileError
from zhkg.extract.evaluation import (
    MatchCounts,
    gold_cells,
    gold_text,
    simplified,
    stakeholders_agree,
)
from zhkg.extract.model import Extraction, RelationKind

__all__ = [
    "RELATION_GOLD_COLUMNS",
    "RelationRow",
    "RelationScore",
    "parse_relation_gold",
    "read_relation_gold",
    "relation_rows",
    "relations_agree",
    "score_relations",
]

RELATION_GOLD_COLUMNS = ("subject", "relation", "object", "evidence")
_KINDS = {kind.value: kind for kind in RelationKind}


@dataclass(frozen=True, slots=True)
class RelationRow:
    """One relation row, gold or predicted: subject, relation type, object, evidence."""

    subject: str
    relation: str
    object: str
    evidence: str = ""


@dataclass(slots=True)
class RelationScore(MatchCounts):
    """The outcome of scoring predicted relations against gold."""

    misses: list[RelationRow] = field(default_factory=list)
    spurious: list[RelationRow] = field(default_factory=list)
    #: relation type -> (gold rows, matched gold rows, predictions, matched predictions)
    by_type: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)

    def type_lines(self) -> list[str]:
        """One line per relation type that occurs in gold or predictions."""
        lines = []
        for name, (gold, gold_hit, pred, pred_hit) in self.by_type.items():
            precision = pred_hit / pred if pred else 0.0
            recall = gold_hit / gold if gold else 0.0
            lines.append(
                f"  {name:<20} gold {gold:>3}  predicted {pred:>3}  "
                f"precision {precision:.2f}  recall {recall:.2f}"
            )
        return lines

    def summary_lines(self) -> list[str]:
        """The summary lines (the last lines of ``zhkg eval --relations``)."""
        return [self.score_line(), self.count_line()]


def read_relation_gold(path: str | Path) -> list[RelationRow]:
    """The rows of a relation gold TSV (header ``subject relation object evidence``)."""
    return parse_relation_gold(gold_text(path, "a relation TSV"), str(path))


def parse_relation_gold(text: str, name: str = "<gold>") -> list[RelationRow]:
    """Parse relation gold TSV text; a wrong header, type or short row is a GoldFileError."""
    expected = "<TAB>".join(RELATION_GOLD_COLUMNS)
    header_hint = "the first line must be: " + expected
    if "stakeholder" in text.partition("\n")[0].lower():
        header_hint += " (this looks like a responsibility gold: drop --relations)"
    rows: list[RelationRow] = []
    cells_of = gold_cells(
        text,
        name,
        RELATION_GOLD_COLUMNS,
        empty_hint="expected header " + expected,
        header_hint=header_hint,
    )
    for line_no, cells, where in cells_of:
        subject, relation, obj = (cells[where[c]].strip() for c in RELATION_GOLD_COLUMNS[:3])
        if not subject or not obj:
            raise GoldFileError(
                f"{name}: line {line_no}: the subject or object column is empty",
                hint="every relation row names two parties",
            )
        if relation.upper() not in _KINDS:
            raise GoldFileError(
                f"{name}: line {line_no}: relation {relation!r} is not a relation type",
                hint="use one of " + ", ".join(_KINDS),
            )
        evidence = cells[where["evidence"]] if "evidence" in where else ""
        if "evidence" in where and where["evidence"] >= len(cells):
            evidence = ""
        rows.append(
            RelationRow(
                simplified(subject), relation.upper(), simplified(obj), simplified(evidence)
            )
        )
    return rows  # a header alone: the text holds no relation (see MatchCounts)


def relation_rows(extraction: Extraction) -> list[RelationRow]:
    """The relations of an extraction as gold-style rows (parties as written)."""
    sentences = extraction.document.sentences
    return [
        RelationRow(r.subject.text, r.kind.value, r.object.text, sentences[r.sentence].text)
        for r in extraction.relations
    ]


def relations_agree(pred: RelationRow, gold: RelationRow) -> bool:
    """Same type and both ends agree (either order for a symmetric type)."""
    if pred.relation != gold.relation:
        return False
    if stakeholders_agree(pred.subject, gold.subject) and stakeholders_agree(
        pred.object, gold.object
    ):
        return True
    kind = _KINDS.get(pred.relation)
    return (
        kind is not None
        and kind.symmetric
        and stakeholders_agree(pred.subject, gold.object)
        and stakeholders_agree(pred.object, gold.subject)
    )


def score_relations(
    predictions: Iterable[RelationRow], gold: Sequence[RelationRow]
) -> RelationScore:
    """Precision and recall of ``predictions`` against ``gold``, overall and per type."""
    preds = [
        RelationRow(simplified(p.subject), p.relation, simplified(p.object), p.evidence)
        for p in predictions
    ]
    links = [[g for g, row in enumerate(gold) if relations_agree(p, row)] for p in preds]
    gold_hit = [False] * len(gold)
    for matched in links:
        for g in matched:
            gold_hit[g] = True
    by_type: dict[str, tuple[int, int, int, int]] = {}
    for kind in RelationKind:
        n_gold = sum(1 for row in gold if row.relation == kind.value)
        n_pred = sum(1 for row in preds if row.relation == kind.value)
        if n_gold or n_pred:
            by_type[kind.value] = (
                n_gold,
                sum(
                    1
                    for row, hit in zip(gold, gold_hit, strict=True)
                    if hit and row.relation == kind.value
                ),
                n_pred,
                sum(
                    1
                    for row, m in zip(preds, links, strict=True)
                    if m and row.relation == kind.value
                ),
            )
    return RelationScore(
        n_gold=len(gold),
        n_pred=len(preds),
        pred_matched=sum(1 for matched in links if matched),
        gold_matched=sum(gold_hit),
        misses=[row for row, hit in zip(gold, gold_hit, strict=True) if not hit],
        spurious=[row for row, matched in zip(preds, links, strict=True) if not matched],
        by_type=by_type,
    )
