"""Scoring an annotated set: a folder of texts, each with its gold files beside it.

A researcher who annotates a dozen texts wants one figure per text and the micro
average over all of them (and over each kind of text), not a dozen commands and a
spreadsheet. The folder holds ``NAME.txt`` with ``NAME_gold.tsv`` (responsibilities)
and/or ``NAME_relations_gold.tsv`` (relations); every text is extracted once and
scored against each gold it has. The kind of a text is its name up to the first
``_`` (``paper_…``, ``reg_…``), so a set named that way is also summed per kind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from zhkg.errors import InputError
from zhkg.extract.evaluation import MatchCounts, Score, read_gold, score
from zhkg.extract.export import eval_rows
from zhkg.extract.relation_evaluation import (
    RelationScore,
    read_relation_gold,
    relation_rows,
    score_relations,
)

if TYPE_CHECKING:
    from zhkg.extract.model import Extraction

_Row = TypeVar("_Row")

__all__ = [
    "RELATION_GOLD",
    "RESPONSIBILITY_GOLD",
    "SetScore",
    "TextScore",
    "score_set",
    "set_texts",
    "summed",
]

RESPONSIBILITY_GOLD = "_gold.tsv"
RELATION_GOLD = "_relations_gold.tsv"


@dataclass(frozen=True, slots=True)
class TextScore:
    """One text's scores (None where the text has no gold of that kind)."""

    name: str
    responsibilities: Score | None
    relations: RelationScore | None

    @property
    def kind(self) -> str:
        return self.name.partition("_")[0] if "_" in self.name else ""


@dataclass(frozen=True, slots=True)
class SetScore:
    """The texts of a set and their micro sums."""

    texts: tuple[TextScore, ...]

    def responsibilities(self, kind: str | None = None) -> MatchCounts | None:
        return summed(t.responsibilities for t in self._of(kind))

    def relations(self, kind: str | None = None) -> MatchCounts | None:
        return summed(t.relations for t in self._of(kind))

    def modality(self) -> tuple[int, int]:
        """Matched rows with the gold's modality, and matched rows."""
        scores = [t.responsibilities for t in self.texts if t.responsibilities is not None]
        return sum(s.modality_correct for s in scores), sum(s.modality_pairs for s in scores)

    def kinds(self) -> list[str]:
        """The kinds with two texts or more (a sum over one text says nothing new)."""
        counts: dict[str, int] = {}
        for text in self.texts:
            if text.kind:
                counts[text.kind] = counts.get(text.kind, 0) + 1
        return sorted(kind for kind, count in counts.items() if count > 1)

    def _of(self, kind: str | None) -> list[TextScore]:
        return [t for t in self.texts if kind is None or t.kind == kind]


def summed(scores: Iterable[MatchCounts | None]) -> MatchCounts | None:
    """The micro sum of scores (None when there is none)."""
    present = [s for s in scores if s is not None]
    if not present:
        return None
    return MatchCounts(
        sum(s.n_gold for s in present),
        sum(s.n_pred for s in present),
        sum(s.pred_matched for s in present),
        sum(s.gold_matched for s in present),
    )


def set_texts(folder: Path) -> list[Path]:
    """The texts of an annotated set: ``*.txt`` with at least one gold file beside it."""
    texts = [
        path
        for path in sorted(folder.glob("*.txt"))
        if _gold(path, RESPONSIBILITY_GOLD).is_file() or _gold(path, RELATION_GOLD).is_file()
    ]
    if not texts:
        raise InputError(
            folder,
            "no annotated text in this folder",
            hint=f"put NAME{RESPONSIBILITY_GOLD} and/or NAME{RELATION_GOLD} beside each "
            "NAME.txt, or give one text with --gold",
        )
    return texts


def score_set(texts: Sequence[Path], extract: Callable[[Path], Iterable[Extraction]]) -> SetScore:
    """Score each text against the gold files beside it; every gold file is read (and
    a bad one reported) before any text is extracted."""
    golds = [
        (
            _read(path, RESPONSIBILITY_GOLD, read_gold),
            _read(path, RELATION_GOLD, read_relation_gold),
        )
        for path in texts
    ]
    scored = []
    for path, (duties, relations) in zip(texts, golds, strict=True):
        extractions = list(extract(path))
        scored.append(
            TextScore(
                path.stem,
                None if duties is None else score(_rows(extractions, eval_rows), duties),
                None
                if relations is None
                else score_relations(_rows(extractions, relation_rows), relations),
            )
        )
    return SetScore(tuple(scored))


def _read(text: Path, suffix: str, reader: Callable[[Path], list[_Row]]) -> list[_Row] | None:
    gold = _gold(text, suffix)
    return reader(gold) if gold.is_file() else None


def _rows(
    extractions: Iterable[Extraction], rows: Callable[[Extraction], list[_Row]]
) -> list[_Row]:
    return [row for extraction in extractions for row in rows(extraction)]


def _gold(text: Path, suffix: str) -> Path:
    return text.with_name(text.stem + suffix)
