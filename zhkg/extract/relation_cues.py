"""The relation cue table (``lang/relations.tsv``): loaded once, extended by user files.

The table's header comment documents the columns; this module only parses and checks
it, so a bad line fails with its file and line number, never deep in the extractor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from operator import add
from pathlib import Path

from zhkg.errors import LexiconError
from zhkg.extract.lang import lang_data
from zhkg.extract.model import RelationKind

__all__ = [
    "CueTable",
    "RelationCue",
    "cue_table",
    "existence_core",
    "holds_cue",
    "is_verb_cue",
    "live_cues",
    "opens_with_cue",
    "parse_cues",
    "required_strings",
    "scope_cues",
]

FRAMES = frozenset({"prep", "verb", "mutual"})
FLAGS = frozenset(
    {
        "of",
        "named",
        "nosanction",
        "sanction",
        "liability",
        "handover",
        "authority",
        "nonauthority",
        "yields",
        "levels",
        "acts",
        "scope",
        "predicate",
        "own",
        "possessors",
        "nominal",
    }
)
_WORD_LISTS = (
    "NEGATION",
    "SKIP",
    "PRONOUN",
    "OPENER",
    "LOCALIZER",
    "NONPARTY",
    "AUTHORITY",
    "CAUSATIVE",
    "MEANS",
    "BROAD",
)
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
    #: the existence core of the cue's distinctive word (its verb, else its cue): a
    #: clause without a match of it holds no relation by this cue
    core: re.Pattern[str] | None = None


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
    #: the party classes that act as authorities (flags authority / nonauthority)
    authorities: frozenset[str]
    #: causative verbs: the party after one acts in the rest of the clause (让 B …)
    causative: re.Pattern[str]
    #: prepositions of means: the party after one is the channel, not the actor (通过 B 向 C …)
    means: frozenset[str]
    #: society's broad actors (社会, 公众): an end only where a directive addresses one or
    #: a received noun names one as its author (动员群众投身…; 接受群众监督)
    broad: frozenset[str]
    #: any cue or verb word: a sentence without one holds no relation (a prefilter)
    prefilter: re.Pattern[str]
    #: per cue, the pairs of characters (or single characters) of which a text must hold
    #: one for its core to match (``None``: no such test, the core is searched); empty
    #: when a core refers to a group, which the prefilter numbers otherwise
    needs: tuple[frozenset[str] | None, ...] = ()
    #: per relation kind, its reversed preposition frames with a verb (按照 B 的要求…): a
    #: verb cue of that kind right after the frame's B is B's noun, no act (``reversed_frames``)
    reversed_frames: dict[RelationKind, tuple[RelationCue, ...]] = field(default_factory=dict)
    #: the cues indexed by their needs and the answers kept per word (``_Kept``), built
    #: with the table: every sentence asks them, so they live as long as the table does
    kept: _Kept = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kept", _Kept(self))


def live_cues(table: CueTable, text: str, start: int = 0) -> list[RelationCue]:
    """The cues whose core matches in ``text[start:]``, in table order.

    Why: this is asked of every sentence, for every cue. A cue whose core needs words
    of which the text holds none is passed over without running its regex; for the
    others the core is searched, so the result is that of searching every core.
    """
    cues = table.cues
    return [
        cues[index]
        for index in _worth_searching(table, text[start:])
        if cues[index].core.search(text, start)  # type: ignore[union-attr]
    ]


def holds_cue(table: CueTable, text: str) -> bool:
    """Whether any cue's core matches in ``text``: the answer of ``table.prefilter``,
    without running the one alternation of all cores at every position."""
    if not table.needs:
        return table.prefilter.search(text) is not None
    cues = table.cues
    return any(
        cues[index].core.search(text) is not None  # type: ignore[union-attr]
        for index in _worth_searching(table, text)
    )


def _worth_searching(table: CueTable, body: str) -> Sequence[int]:
    """The indexes, in table order, of the cues with a core whose needs ``body`` meets
    (one of its strings is among the body's characters and pairs), or with no needs.

    Why: a cue's needs are tested by looking the body's pairs up in one index of all
    the cues' needs, not by testing every cue's needs against the body; the cues each
    string needs are one integer, a bit per cue, so their union is a few ``|``.
    """
    kept = table.kept
    mask = kept.unconditional_mask
    masks = kept.masks
    # the body's character pairs, joined in C (a slice per position costs thrice as much)
    for pair in kept.needed_pairs.intersection(map(add, body, body[1:])):
        mask |= masks[pair]
    for character in kept.needed_characters:
        if character in body:
            mask |= masks[character]
    return _bits(mask)


def _bits(mask: int) -> list[int]:
    """The positions of the set bits of ``mask``, lowest first."""
    positions: list[int] = []
    while mask:
        lowest = mask & -mask
        positions.append(lowest.bit_length() - 1)
        mask ^= lowest
    return positions


def is_verb_cue(table: CueTable, word: str, kinds: frozenset[RelationKind] | None = None) -> bool:
    """Whether ``word`` is the whole cue of a verb-frame line (of ``kinds`` if given).

    The answer depends on the word alone, so it is kept per table and word: the
    relation reader asks it of the same few words in every sentence.
    """
    kept = table.kept
    answers = kept.verb_words
    key = (word, kinds)
    answer = answers.get(key)
    if answer is None:
        if len(answers) >= _MAX_KEPT_WORDS:
            answers.clear()
        answer = answers[key] = any(
            (kinds is None or kind in kinds) and pattern.fullmatch(word)
            for kind, pattern in kept.verb_cues
        )
    return answer


def scope_cues(table: CueTable) -> tuple[RelationCue, ...]:
    """The verb cues of scope (建议 B 做…: B acts in the clauses after), in table order.

    Why: the relation reader asks for them in every clause; a table has one or two
    among a hundred cues.
    """
    return table.kept.scope_cues


def opens_with_cue(table: CueTable, text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is, whole, a reporting verb or a prepositional cue.

    Cues that look before the word (a lookbehind, an anchor, a word boundary) are
    matched in place; for the others the word decides, and the answer is kept per word.
    """
    kept = table.kept
    word = text[start:end]
    answer = kept.opening_words.get(word)
    if answer is None:
        if len(kept.opening_words) >= _MAX_KEPT_WORDS:
            kept.opening_words.clear()
        answer = kept.opening_words[word] = any(p.fullmatch(word) for p in kept.openers)
    return answer or any(p.fullmatch(text, start, end) for p in kept.contextual_openers)


#: Words whose answers a table keeps (``is_verb_cue``, ``opens_with_cue``); the answers
#: start over beyond this, so a long run over many texts holds no unbounded cache.
_MAX_KEPT_WORDS = 1 << 14
#: What makes a pattern's match depend on the text before its start.
_LOOKS_BEFORE_RE = re.compile(r"\(\?<|\^|\\[bBA]")


class _Kept:
    """Answers kept for one cue table (``is_verb_cue``, ``opens_with_cue``) and its cues
    indexed by their needs (``live_cues``, ``holds_cue``)."""

    def __init__(self, table: CueTable) -> None:
        self.verb_words: dict[tuple[str, frozenset[RelationKind] | None], bool] = {}
        self.opening_words: dict[str, bool] = {}
        patterns = [
            cue.cue
            for cue in table.cues
            if (cue.kind is RelationKind.REPORTS_TO or cue.frame == "prep") and cue.cue is not None
        ]
        self.contextual_openers = [p for p in patterns if _LOOKS_BEFORE_RE.search(p.pattern)]
        self.openers = [p for p in patterns if not _LOOKS_BEFORE_RE.search(p.pattern)]
        self.scope_cues = tuple(
            cue for cue in table.cues if "scope" in cue.flags and cue.cue is not None
        )
        #: the kind and pattern of each verb-frame cue, in table order: only they answer
        #: ``is_verb_cue`` (most words it is asked of match none, after trying them all)
        self.verb_cues = tuple(
            (cue.kind, cue.cue) for cue in table.cues if cue.frame == "verb" and cue.cue is not None
        )
        #: the cues with a core by each string they need, and those with no needs
        self.needed: dict[str, list[int]] = {}
        self.unconditional: list[int] = []
        needs = table.needs or (None,) * len(table.cues)
        for index, (cue, need) in enumerate(zip(table.cues, needs, strict=True)):
            if cue.core is None:
                continue
            if need is None:
                self.unconditional.append(index)
            for string in need or ():
                self.needed.setdefault(string, []).append(index)
        #: the needed strings by length (pairs of characters, single characters), and per
        #: string the cues that need it as a bit mask (bit ``i``: ``table.cues[i]``)
        self.needed_pairs = frozenset(s for s in self.needed if len(s) == 2)
        self.needed_characters = tuple(s for s in self.needed if len(s) == 1)
        self.masks = {string: _mask(indexes) for string, indexes in self.needed.items()}
        self.unconditional_mask = _mask(self.unconditional)


def _mask(indexes: Iterable[int]) -> int:
    mask = 0
    for index in indexes:
        mask |= 1 << index
    return mask


#: A reference to a group (a back-reference, a named one, a conditional): the joined
#: prefilter numbers the groups apart, so it may answer otherwise than the cores alone.
_REFERENCE_RE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
#: Most exact strings a run of a pattern is expanded to.
_MAX_STRINGS = 64


def required_strings(pattern: str) -> frozenset[str] | None:
    """Non-empty strings of which every match of ``pattern`` contains one, else None.

    Read from the parsed pattern: a run of fixed parts (literals, alternatives of
    them) gives the strings it can match; a group, an alternation of such runs or a
    repeat of at least once gives those of its content. The run with the longest
    shortest string wins; assertions and classes give nothing.
    """
    try:
        parsed = re._parser.parse(pattern)  # type: ignore[attr-defined]
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _required(list(parsed))


def _required(items: Sequence[tuple[object, object]]) -> frozenset[str] | None:
    constants = re._constants  # type: ignore[attr-defined]
    best: frozenset[str] | None = None
    run: set[str] | None = {""}

    def better(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if (
            candidate
            and all(candidate)
            and (best is None or min(map(len, candidate)) > min(map(len, best)))
        ):
            best = candidate

    for op, av in [*items, (None, None)]:
        exact = _exact(op, av)
        if exact is not None and run is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = {before + after for before in run for after in exact}
            continue
        better(frozenset(run) if run else None)
        run = set(exact) if exact is not None else {""}
        if op is constants.SUBPATTERN and not (av[1] or av[2]):  # type: ignore[index]
            better(_required(list(av[-1])))  # type: ignore[index]
        elif op in (constants.MAX_REPEAT, constants.MIN_REPEAT) and av[0] >= 1:  # type: ignore[index]
            better(_required(list(av[2])))  # type: ignore[index]
        elif op is constants.BRANCH:
            branches = [_required(list(branch)) for branch in av[1]]  # type: ignore[index]
            if all(branches):
                better(frozenset().union(*branches))  # type: ignore[arg-type]
    return best


def _exact(op: object, av: object) -> set[str] | None:
    """The strings a fixed part matches (a literal, a group or alternation of them)."""
    constants = re._constants  # type: ignore[attr-defined]
    if op is constants.LITERAL:
        return {chr(av)}  # type: ignore[arg-type]
    if op is constants.SUBPATTERN and not (av[1] or av[2]):  # type: ignore[index]
        return _exact_sequence(list(av[-1]))  # type: ignore[index]
    if op is constants.BRANCH:
        found: set[str] = set()
        for branch in av[1]:  # type: ignore[index]
            strings = _exact_sequence(list(branch))
            if strings is None or len(found) + len(strings) > _MAX_STRINGS:
                return None
            found |= strings
        return found
    return None


def _exact_sequence(items: Sequence[tuple[object, object]]) -> set[str] | None:
    strings = {""}
    for op, av in items:
        exact = _exact(op, av)
        if exact is None or len(strings) * len(exact) > _MAX_STRINGS:
            return None
        strings = {before + after for before in strings for after in exact}
    return strings


def _needs(core: re.Pattern[str] | None) -> frozenset[str] | None:
    """The character pairs (single characters for one-character strings) that open the
    strings one of which every match of ``core`` holds."""
    required = required_strings(core.pattern) if core is not None else None
    return None if required is None else frozenset(string[:2] for string in required)


#: A quantifier (its minimum, if written in braces) and an optional lazy mark.
_QUANTIFIER_RE = re.compile(r"(?:[?*+]|\{(?=[\d,]*\d)(\d*),?\d*\})\??")
_CLASS_RE = re.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]")
#: What makes a match depend on where it starts: anchors, back-references, conditional
#: groups. A lookbehind is not among them: it reads the text before its own position,
#: which is the same whether an optional opening before it matched or not.
_POSITIONAL_RE = re.compile(r"[\^$]|\\[bBAZ1-9]|\(\?(?:P=|\()")


def _atom_end(pattern: str, at: int) -> int:
    """End of the regular-expression atom at ``at``: an escape, a class, a group, a character."""
    char = pattern[at]
    if char == "\\":
        return at + 2
    if char == "[":
        match = _CLASS_RE.match(pattern, at)
        return match.end() if match else len(pattern)
    if char != "(":
        return at + 1
    depth, end = 0, at
    while end < len(pattern):
        char = pattern[end]
        if char in "\\[":
            end = _atom_end(pattern, end)
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        end += 1
        if depth == 0:
            break
    return end


def _nullable_end(pattern: str, at: int) -> int | None:
    """End of the atom at ``at`` with its quantifier if it may match nothing (的?, [^，]{0,8}?,
    (?:依法)?), else None."""
    if pattern[at] in "|)":
        return None
    end = _atom_end(pattern, at)
    quantifier = _QUANTIFIER_RE.match(pattern, end)
    if quantifier:
        low = quantifier.group(1)
        optional = quantifier.group().startswith(("?", "*"))
        return quantifier.end() if optional or (low is not None and not low.strip("0")) else None
    if pattern.startswith("(?:", at) and _all_nullable(pattern[at + 3 : end - 1]):
        return end
    return None


def _all_nullable(pattern: str) -> bool:
    at = 0
    while at < len(pattern):
        end = _nullable_end(pattern, at)
        if end is None:
            return False
        at = end
    return True


def existence_core(pattern: str) -> str:
    """``pattern`` without the parts that may open a match but may also be absent.

    Why: wherever ``X?Y`` matches, ``Y`` matches, and the other way round, so for the
    question "does a cue occur in this clause" (asked of every sentence and clause) the
    optional opening (的?, (?:依法)?, [^，。；]{0,8}?) can go; what is left begins with
    its words, which the regex engine finds fast instead of trying every alternative at
    every position. A pattern with anchors or back-references is kept whole; a
    lookbehind reads the text, not the match, so it may stay after a stripped opening
    (its verb's position then found exactly: 与乙…(?<!相)对接 at 对接, not at 乙).
    """
    if _POSITIONAL_RE.search(_CLASS_RE.sub("", pattern)):
        return pattern
    at = 0
    while at < len(pattern):
        end = _nullable_end(pattern, at)
        if end is None or end >= len(pattern) or pattern[end] == "|":
            break
        at = end
    return pattern[at:]


def _core(cue: re.Pattern[str] | None, verb: re.Pattern[str] | None) -> re.Pattern[str] | None:
    distinctive = verb or cue  # 对 and 向 are everywhere: the verb is what is rare
    return None if distinctive is None else re.compile(existence_core(distinctive.pattern))


def _compile(pattern: str, where: str) -> re.Pattern[str] | None:
    if not pattern or pattern == "-":
        return None
    try:
        return re.compile(_CLASS_REF_RE.sub(lambda m: _class_group(m.group(1), where), pattern))
    except re.error as exc:
        raise LexiconError(
            f"{where}: the regular expression {pattern!r} is invalid ({exc})",
            hint="fix the pattern in the relation cue table",
        ) from None


#: A language-data class named in a regex column ({@letter_verbs}): the class's words
#: stand there as one group, derived from the class, never copied.
_CLASS_REF_RE = re.compile(r"\{@(\w+)\}")


def _class_group(name: str, where: str) -> str:
    """The group of class ``name``'s words (longest first) for a regex column."""
    try:
        return f"(?:{lang_data().alternation(name)})"
    except KeyError:
        raise LexiconError(
            f"{where}: {{@{name}}} names no word class",
            hint="name a class of zhkg/extract/lang (a <class>.txt file)",
        ) from None


def _included(entries: list[str], where: str) -> list[str]:
    """A word list's entries with each ``@class`` replaced by that language-data class
    (SKIP holds the quantifiers a subject may open with): derived, never copied."""
    words: list[str] = []
    for entry in entries:
        if not entry.startswith("@"):
            words.append(entry)
            continue
        try:
            words.extend(lang_data().words(entry[1:]))
        except KeyError:
            raise LexiconError(
                f"{where}: {entry!r} names no word class",
                hint="name a class of zhkg/extract/lang (a <class>.txt file)",
            ) from None
    return words


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
            words[kind_name].extend(_included(cue.split(), where))
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
        fields = (kind, frame, direction == "<-", cue_re, verb_re, gap_value, flag_set, rule)
        cues.append(RelationCue(*fields, _core(cue_re, verb_re)))
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
    cores = [cue.core for cue in cues]
    prefilter = "|".join(f"(?:{core.pattern})" for core in cores if core is not None)
    return CueTable(
        cues=tuple(cues),
        negation=_alternation(words["NEGATION"], patterns=True),
        skip=_alternation(words["SKIP"]),
        pronoun=_alternation(words["PRONOUN"]),
        opener=_alternation(words["OPENER"]),
        localizers=frozenset(words["LOCALIZER"]),
        nonparties=frozenset(words["NONPARTY"]),
        authorities=frozenset(words["AUTHORITY"]),
        causative=_alternation(words["CAUSATIVE"]),
        means=frozenset(words["MEANS"]),
        broad=frozenset(words["BROAD"]),
        prefilter=re.compile(prefilter),
        needs=()
        if any(core is not None and _REFERENCE_RE.search(core.pattern) for core in cores)
        else tuple(map(_needs, cores)),
        reversed_frames=reversed_frames(cues),
    )


def reversed_frames(cues: Iterable[RelationCue]) -> dict[RelationKind, tuple[RelationCue, ...]]:
    """The reversed preposition frames with a cue word and a verb, by relation kind.

    Why: a verb cue asks for its kind's frames each time it applies; they are fixed
    with the table, so they are picked out once."""
    frames: dict[RelationKind, list[RelationCue]] = {}
    for cue in cues:
        if cue.reverse and cue.frame == "prep" and cue.cue is not None and cue.verb is not None:
            frames.setdefault(cue.kind, []).append(cue)
    return {kind: tuple(found) for kind, found in frames.items()}
