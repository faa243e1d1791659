"""The relation cue table (``lang/relations.tsv``): loaded once, extended by user files.

The table's header comment documents the columns; this module only parses and checks
it, so a bad line fails with its file and line number, never deep in the extractor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from zhkg.errors import LexiconError
from zhkg.extract.model import RelationKind

__all__ = ["CueTable", "RelationCue", "cue_table", "parse_cues"]

FRAMES = frozenset({"prep", "verb", "mutual"})
FLAGS = frozenset({"of", "named", "nosanction", "liability"})
_WORD_LISTS = ("NEGATION", "SKIP", "PRONOUN", "OPENER", "LOCALIZER", "NONPARTY")
_COLUMNS = ("kind", "frame", "dir", "cue", "verb", "gap", "flags", "rule")


@dataclass(frozen=True, slots=True)
class RelationCue:
    """One line of the cue table: where the two ends stand and what must follow."""

    kind: RelationKind
    frame: str
    reverse: bool
    cue: re.Pattern[str] | None
    verb: re.Pattern[str] | None
    gap: int
    flags: frozenset[str]
    rule: str


@dataclass(frozen=True, slots=True)
class CueTable:
    """The cues and the word lists that the relation reader consults."""

    cues: tuple[RelationCue, ...]
    negation: re.Pattern[str]
    skip: re.Pattern[str]
    pronoun: re.Pattern[str]
    opener: re.Pattern[str]
    localizers: frozenset[str]
    nonparties: frozenset[str]
    #: any cue or verb word: a sentence without one holds no relation (a prefilter)
    prefilter: re.Pattern[str]


def _compile(pattern: str, where: str) -> re.Pattern[str] | None:
    if not pattern or pattern == "-":
        return None
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise LexiconError(
            f"{where}: the regular expression {pattern!r} is invalid ({exc})",
            hint="fix the pattern in the relation cue table",
        ) from None


def parse_cues(text: str, name: str) -> tuple[list[RelationCue], dict[str, list[str]]]:
    """The cues and word-list entries of one cue table text."""
    cues: list[RelationCue] = []
    words: dict[str, list[str]] = {kind: [] for kind in _WORD_LISTS}
    kinds = {kind.value: kind for kind in RelationKind}
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{name}: line {line_no}"
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) != len(_COLUMNS):
            raise LexiconError(
                f"{where} has {len(cells)} column(s), expected {len(_COLUMNS)}",
                hint="separate the columns " + ", ".join(_COLUMNS) + " with tabs (- = empty)",
            )
        kind_name, frame, direction, cue, verb, gap, flags, rule = cells
        if kind_name in words:
            words[kind_name].extend(cue.split())
            continue
        kind = kinds.get(kind_name)
        if kind is None:
            raise LexiconError(
                f"{where}: {kind_name!r} is not a relation type or word list",
                hint="use one of " + ", ".join([*kinds, *_WORD_LISTS]),
            )
        if frame not in FRAMES:
            raise LexiconError(
                f"{where}: frame {frame!r} is unknown", hint="use prep, verb or mutual"
            )
        if direction not in ("->", "<-"):
            raise LexiconError(f"{where}: dir {direction!r} is unknown", hint="use -> or <-")
        flag_set = frozenset(f for f in flags.split(",") if f and f != "-")
        if flag_set - FLAGS:
            raise LexiconError(
                f"{where}: unknown flag(s) {', '.join(sorted(flag_set - FLAGS))}",
                hint="use " + ", ".join(sorted(FLAGS)),
            )
        cue_re = _compile(cue, where)
        verb_re = _compile(verb, where)
        if (frame == "mutual") == (cue_re is not None) or (frame == "verb") != (verb_re is None):
            raise LexiconError(
                f"{where}: frame {frame} needs "
                + {"prep": "a cue and a verb", "verb": "a cue and no verb", "mutual": "a verb"}[
                    frame
                ],
                hint="see the column notes at the top of the cue table",
            )
        try:
            gap_value = int(gap) if gap not in ("", "-") else 0
        except ValueError:
            raise LexiconError(f"{where}: gap {gap!r} is not a number") from None
        cues.append(
            RelationCue(kind, frame, direction == "<-", cue_re, verb_re, gap_value, flag_set, rule)
        )
    return cues, words


def _alternation(words: Iterable[str], *, patterns: bool = False) -> re.Pattern[str]:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if not ordered:
        return re.compile(r"(?!x)x")  # an empty list matches nothing
    return re.compile("|".join(w if patterns else re.escape(w) for w in ordered))


@lru_cache(maxsize=8)
def cue_table(extra: tuple[str, ...] = ()) -> CueTable:
    """The packaged cue table plus ``extra`` user tables (paths), loaded once."""
    packaged = resources.files("zhkg.extract").joinpath("lang/relations.tsv")
    sources = [(packaged.read_text(encoding="utf-8"), "relations.tsv")]
    for path in extra:
        try:
            sources.append((Path(path).read_text(encoding="utf-8"), path))
        except OSError as exc:
            raise LexiconError(f"{path}: cannot read the relation cue table ({exc})") from None
    cues: list[RelationCue] = []
    words: dict[str, list[str]] = {kind: [] for kind in _WORD_LISTS}
    for text, name in sources:
        more, listed = parse_cues(text, name)
        cues += more
        for kind, entries in listed.items():
            words[kind] += entries
    # the distinctive word of a cue: its verb (对 and 向 are everywhere), else the cue
    distinctive = [cue.verb or cue.cue for cue in cues]
    prefilter = "|".join(f"(?:{p.pattern})" for p in distinctive if p is not None)
    return CueTable(
        cues=tuple(cues),
        negation=_alternation(words["NEGATION"], patterns=True),
        skip=_alternation(words["SKIP"]),
        pronoun=_alternation(words["PRONOUN"]),
        opener=_alternation(words["OPENER"]),
        localizers=frozenset(words["LOCALIZER"]),
        nonparties=frozenset(words["NONPARTY"]),
        prefilter=re.compile(prefilter),
    )
