"""Relations between stakeholders stated in one sentence, read with the cue table.

The cue table (``lang/relations.tsv``, see ``relation_cues``) says where the two ends
of a relation stand around a cue: after a preposition and before a verb (对 B 进行
检查), right after a verb (告知 B), or as a coordinated group before a reciprocal
verb (A 与 B 之间的合作). This module finds those places clause by clause:

- the acting party of a clause is its own subject; else, for a clause that opens
  with an adverbial (通过…，A …), the subject of the clause after it; else the actor
  of the clause before it in the sentence; else the holder of the duty the clause
  belongs to; else, for a clause whose subject is a thing (手册也为…), nobody; else
  nobody yet: a zero subject, which the document pass resolves as it does for
  responsibilities;
- a directive verb hands the rest of its clause to the party it addresses
  (告知 B 可以向 C 投诉: B complains to C);
- coordinated parties give one relation per pair; 其 stands for a party named
  earlier in the sentence; a relative clause may stand between a cue and its party
  (提示尚未登记的 B …);
- a negated cue (未向 B 报送) or a prohibition (不得向 B …) is no relation;
- every relation keeps the modality of its clause (none when only described), the
  span of its cue and the ids of the rules that made it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from operator import itemgetter

from zhkg.extract.hanzi import HAN_WORD_RE
from zhkg.extract.lang import lang_data
from zhkg.extract.model import Modality, RelationKind
from zhkg.extract.relation_cues import (
    CueTable,
    RelationCue,
    cue_table,
    is_verb_cue,
    live_cues,
    opens_with_cue,
    scope_cues,
)
from zhkg.extract.responsibilities import (
    CHAIN_RULE,
    DIRECTING_RULES,
    ENCOURAGING_RULE,
    SAID_END_RE,
    TRIGGER_RE,
    TRIGGERS,
    SentenceAnalysis,
    clause_words_end,
    split_clauses,
)
from zhkg.extract.stakeholders import (
    BREAK_WORDS,
    BROAD_ACTORS,
    COUNT_CLASSIFIER,
    COUNT_NUMBER,
    LATIN_NAME_RE,
    Party,
    PartyFinder,
    SubjectKind,
    Token,
    is_personal_name,
)
from zhkg.extract.wordclass import (
    ANAPHORIC_DEMONSTRATIVES,
    COMITATIVES,
    COPULAS,
    DISPOSAL_MARKS,
    LIST_INTRO_RE,
    LISTED_HEADS,
    OBJECT_PARTY_HEADS,
    OBJECT_PREPOSITIONS,
    OTHER_PARTY_MARKS,
    PREDICATE_OPENERS,
    STAFF_HEADS,
    VERB_CLASSES,
    VIOLATION_RE,
    in_dictionary,
    word_class,
)

__all__ = [
    "OUTSIDE_ACTORS",
    "PART_AGENT",
    "RELATION_CUE_RE",
    "SANCTION_RULE",
    "TOPIC_OVERSIGHT_RULE",
    "RelationCandidate",
    "can_be_end",
    "find_relations",
    "reported_finding",
    "rule_parts",
    "same_kind",
    "same_party",
]

#: Sentences without any cue word hold no relation (a cheap prefilter).
RELATION_CUE_RE: re.Pattern[str] = cue_table().prefilter
#: Directive verbs whose addressee acts in the rest of the clause (告知 B 可以…).
_HANDOVER_KINDS = frozenset({RelationKind.REQUIRES, RelationKind.INFORMS})
#: What may join a second verb to a cue verb before the shared party (监督、引导 B).
_CO_VERB_RE = re.compile(rf"(?:{lang_data().alternation('verb_joiners')})?([\u4e00-\u9fff]{{2}})")
_JOINERS = lang_data().word_set("verb_joiners")
#: What may join a plain verb to a directive cue before their shared party (引导、陪同 B).
_VERB_JOINERS = frozenset({"", "、", "和"})
#: The verbs that decide a joined verb's reading (督促指导 B: 督促 decides).
_DIRECTIVE_KINDS = frozenset({RelationKind.REQUIRES, RelationKind.SUPERVISES})
#: Coordinated verbal nouns closing the gap before a cue's verb (…的帮扶和|培训), compounds
#: of up to four characters included (…的岗前培训和|考核).
_NOUN_JOINER = f"(?:{lang_data().alternation('noun_joiners')})"
_CO_NOUNS_RE = re.compile(rf"(?:[\u4e00-\u9fff]{{2,4}}{_NOUN_JOINER})+$")
#: A possessive subject: B 的(主要)责任是… makes B the actor of the clause.
_POSSESSIVE_RE = re.compile(
    f"的(?:{lang_data().alternation('primacy_adjectives')})?"
    f"(?:{lang_data().alternation('role_nouns')})"
)
#: A clause of B's conduct closed by its noun before the cue's verb (对 B 执行甲规程的
#: 状况予以督查, …的情况进行评议考核): the verbs inside are B's own, the verb after it (and
#: a verb joined to it) is the relation's.
_CONDUCT_RE = re.compile(
    f"的(?:{lang_data().alternation('conduct_nouns')})"
    f"(?:{lang_data().alternation('dummy_verbs')})?"
    rf"(?:[\u4e00-\u9fff]{{2}}{_NOUN_JOINER}?)?$"
)
#: Sentences that hold a liability: the harm frame (造成 B 损失的，A 承担…) needs one.
_LIABILITY_RE = re.compile(r"承担[^。]{0,12}责任|赔偿")
#: The words that join a partner to a party (与, 和, 、): before a modal they join
#: co-subjects; they join the parties of a mutual relation (甲与乙合作, 甲、乙合作).
_PARTNER_WORDS = lang_data().word_set("partner_joiners")
#: The longest group a reciprocal word pairs when a distributive word gives each member
#: its share (甲、乙、丙……等按照各自职责，共同做好…): a longer enumeration of bodies
#: doing their parts of a common task divides the work; unmarked, any group is paired.
_MAX_PAIRED_GROUP = 8
_DISTRIBUTIVE_RE = lang_data().regex("distributive_markers")
#: Characters that make the group after them an object (与 B 和 C, 对 B、C).
_OBJECT_MARKS = lang_data().word_set("object_marks")
#: What before a group makes it no group of its own: an object mark or a list's 、
#: (由 names the agents: 由甲、乙联合发布 pairs them).
_NOT_A_GROUP_HEAD = (_OBJECT_MARKS | {"、"}) - {"由"}
#: An object mark and a modifier ending in 的 right before a group (与当地的甲、乙):
#: the group is a co-object, as after a bare object mark.
#: After 与 a bare modifier does the same (与国外知名的甲、乙 and 与国外知名甲、乙 alike).
_MARKED_MODIFIER_RE = re.compile(
    r"[与和同跟对向为给][^，。；与和同跟]{1,8}的$|(?<![参给赋授])与[^，。；与和同跟、的]{1,6}$"
)
_NOUN_CLASSES = frozenset({"n", "nz", "ng", "nt", "ns", "j", "vn", "an"})
#: Word classes of a common noun that a party before it modifies (甲单位成果, 乙之间); not
#: verbal nouns (甲单位发展) nor names, which the tagger gives to some prepositions (朝).
_HEAD_NOUN_CLASSES = frozenset({"n", "nz", "ng", "f"})
#: ... and of a word that opens a subject's name (a place, an organisation, a noun)
_SUBJECT_NOUN_CLASSES = frozenset({"n", "nz", "ng", "ns", "nt", "j"})
#: ... and of a noun tagged as an adjective's (服务甲方安全需求: 安全 is tagged an)
_MODIFIED_CLASSES = _HEAD_NOUN_CLASSES | {"an"}
#: 的 after a party, past a closing 等 (甲、乙等的…): the party modifies the noun after it.
_ETC_OF_RE = re.compile(r"(?:等等|等)?的")
#: 等 closing a list before its label (甲、乙等多家金融机构), not before a 的 (``_ETC_OF_RE``).
_ETC_RE = re.compile(r"等等|等(?!的)")
#: Word classes after a verb cue that make it part of a compound noun (促进工作).
_COMPOUND_CLASSES = frozenset({"vn"})
#: The tag of the perfective particle 了 (ul): a verb cue's party may follow it.
_PERFECTIVE_TAG = "ul"
#: 工作, 职责, 机制: after a verb cue they make one noun with it (lang task_nouns).
_TASK_NOUNS = lang_data().word_set("task_nouns")
#: Nouns by their tag that stand before a verb as adverbials (另有约定, 书面通知).
_ADVERBIAL_NOUNS = lang_data().word_set("adverbial_nouns")
#: Their first characters: a word opening with none of them holds no adverbial to cut off.
_ADVERBIAL_INITIALS = frozenset(word[:1] for word in _ADVERBIAL_NOUNS)
#: A token's start and end.
_token_start: Callable[[Token], int] = itemgetter(0)
_token_end: Callable[[Token], int] = itemgetter(1)
#: Any of those first characters (none in a sentence: no word of it is cut).
_ADVERBIAL_INITIAL_RE = re.compile(
    "[" + re.escape("".join(sorted(_ADVERBIAL_INITIALS))) + "]" if _ADVERBIAL_INITIALS else "(?!)"
)
#: Division prefixes (市, 区县, 自治州 …): 市、区人民政府 names one body per level; a
#: division may carry its peers in brackets (县（市、区）人民政府 is the county level).
_DIVISION = f"(?:{lang_data().alternation('divisions')})"
_DIVISION_RE = re.compile(f"^(?:{_DIVISION}(?:[（(]{_DIVISION}(?:、{_DIVISION})*[）)])?)+")
_MAX_RELATIVE = 30
#: The most bare modifier words read before a party the chunker found (对甲乙丙单位).
_MAX_MODIFIER_WORDS = 3
#: Word classes of the first modifier word before such a party: a noun (医疗废物处置单位).
_MODIFIER_CLASSES = frozenset({"n", "nz", "vn", "nt", "j"})
#: A coordinator between objects, with the passive 被 of a name after it (或者被检查人).
_COORDINATOR_RE = re.compile(f"(?:{lang_data().alternation('nominal_coordinators')})被?")
_CLAUSE_BREAKS = "，,；;：:。！？!?"
#: White space: a subject read across it is a table's or a layout's, not a sentence's.
_SPACE_RE = re.compile(r"\s")
#: Words after a Latin name that make it no party: a citation (ABC 等) or a possessor.
_NOT_AFTER_LATIN = frozenset({"等", "的"})
#: Word classes of proper names that may name a firm or brand (nz: 其他专名, nt: 机构团体).
_PROPER_NAME_CLASSES = frozenset({"nz", "nt"})
_MAX_PROPER_NAME = 4


@dataclass(frozen=True, slots=True)
class RelationCandidate:
    """A relation with sentence-local parties; no subject = the clause's zero subject.

    ``start``/``end`` span the cue in the sentence; ``modality`` is the clause's force
    (``None`` when the relation is only described).
    """

    subject: Party | None
    kind: RelationKind
    object: Party
    rule: str
    confidence: float
    modality: Modality | None = None
    start: int = -1
    end: int = -1
    #: made by a cue that needs a named actor in a clause with none: it holds only where
    #: the document gives the clause a duty bearer (an item of a lead-in's list of duties);
    #: "any", or "authority" / "nonauthority" for a cue that only such a bearer states
    bearer: str = ""
    #: the object is the clause's zero subject, which the document resolves (接受乙的监督
    #: in a duty with no subject: 乙 supervises the duty's bearer); ``object`` holds the
    #: subject's party again as a placeholder
    zero_object: bool = False
    #: made by a cue read from the overseen party's side (受甲监督, 由甲吊销…): the party
    #: taken from the context there is the one overseen
    received: bool = False


@dataclass(slots=True)
class _Actor:
    """Who acts in a clause and how that was decided (a rule suffix)."""

    parties: tuple[Party, ...]
    how: str  # "" (own subject), "next", "chain", "duty", "zero", "other" (a thing acts)


@dataclass(slots=True)
class _Sentence:
    """The per-sentence state shared by the frames."""

    text: str
    tokens: Sequence[Token]
    finder: PartyFinder
    analysis: SentenceAnalysis
    table: CueTable
    starts: list[int] = field(init=False)
    ends: set[int] = field(init=False)
    mentions: list[Party] | None = None
    #: the clauses' own subjects, in order (the antecedents 其 prefers)
    subjects: list[Party] = field(default_factory=list)
    #: the clauses (by start) whose actor 由 named at the opening of a clause before:
    #: their cues read as in that clause (由甲局警告，并责令乙…: a sanction)
    agent_chained: set[int] = field(default_factory=set)
    #: what each cue match read (``_read_cue``), by the match and what it was read with
    read_cues: dict[_CueKey, list[RelationCandidate]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.starts = list(map(_token_start, self.tokens))
        self.ends = set(map(_token_end, self.tokens))

    def retokenise(self, tokens: Sequence[Token]) -> None:
        """Read the sentence with ``tokens`` from now on; names read over the old words
        (情况通报甲局 as one word) are read again."""
        self.tokens = tokens
        self.__post_init__()
        self.mentions = None

    def all_mentions(self) -> list[Party]:
        if self.mentions is None:
            self.mentions = self.finder.mentions(self.text, self.tokens)
        return self.mentions

    def token_start(self, pos: int) -> bool:
        index = bisect.bisect_left(self.starts, pos)
        return index < len(self.starts) and self.starts[index] == pos

    def inside_party(self, start: int, end: int) -> bool:
        return any(p.start <= start and end <= p.end for p in self.all_mentions())

    def word_before(self, pos: int) -> int:
        """The index of the token that ends at ``pos``, else -1 (no word ends there)."""
        index = bisect.bisect_left(self.starts, pos) - 1
        return index if index >= 0 and self.tokens[index][1] == pos else -1

    def next_word(self, pos: int) -> str:
        index = bisect.bisect_left(self.starts, pos)
        if index < len(self.starts) and self.starts[index] == pos:
            return self.text[pos : self.tokens[index][1]]
        return ""


#: Marks of authors a citation names (Smith et al., 2020): a reference, no party.
_CITED_AUTHOR_MARKS = lang_data().words("cited_author_marks")


def can_be_end(name: str) -> bool:
    """Whether a party's name may be an end of a relation (个人, 单位 … may not, nor a
    name the chunker read with a preposition of means before it: 运用甲平台 is a means,
    nor authors a citation names: Smith et al.)."""
    table = cue_table()
    return (
        name not in table.nonparties
        and not name.startswith(tuple(table.means))
        and not any(mark in name.lower() for mark in _CITED_AUTHOR_MARKS)
    )


def same_party(first: str, second: str) -> bool:
    """Whether two ends name one party: equal, or one ends with the other and is at most
    twice as long (学员 and 全体学员, 馆员 and 本馆馆员): no relation joins a party to itself.
    A modifier that sets the longer apart (其他学员, 上级机关, 次承租人, a relative clause
    ending in 的) names another party."""
    short, long = sorted((first, second), key=len)
    if not long.endswith(short) or len(short) * 2 < len(long):
        return False
    return _narrowing(long[: len(long) - len(short)])


def same_kind(text: str, actor: str, target: Party) -> bool:
    """Whether an actor borrowed from the context is of the very kind of the party it
    would act on, one name the other with a modifier that only narrows the kind (患者
    and 慢性病患者, 企业 and 科技企业), the target not marked as another of its kind in
    ``text`` (其他患者): the antecedent is wrong (…慢性病患者…。应告知患者…)."""
    short, long = sorted((actor, target.text), key=len)
    if short == long or not long.endswith(short):
        return False
    before = max(0, target.start - _OTHER_MARK_REACH)
    return _narrowing(long[: len(long) - len(short)]) and not _OTHER_MARK_BEFORE_RE.search(
        text, before, target.start
    )


def _narrowing(modifier: str) -> bool:
    """Whether a modifier before a name narrows its kind, not one that names another
    party (其他, 上级, 次) nor a relative clause (…的)."""
    return "的" not in modifier and not modifier.startswith(OTHER_PARTY_MARKS)


#: Question determiners (哪些, 什么): a name they open asks which party it is.
_QUESTION_DETERMINERS = tuple(lang_data().words("interrogatives"))
#: A bare or distributive person (人, 每人) or a bare body head (机构): no party a
#: relation can join.
_BARE_PERSONS = lang_data().word_set("bare_persons") | lang_data().word_set("bare_bodies")


def _named(name: str) -> bool:
    """Whether a name names a party for a relation: not a bare person (与人合作, 要求每人…)
    or body (向机构申请…) nor a party a question determiner opens (以哪些部门为服务对象
    asks which one). The responsibility reading keeps its own test of a holder
    (is_generic_party)."""
    return name not in _BARE_PERSONS and not name.startswith(_QUESTION_DETERMINERS)


#: Units named only by their relevance (有关单位): no party a relation acts on.
_UNNAMED_TARGETS = lang_data().word_set("unnamed_targets")
#: Such a mark right before a name, 的 allowed after it (其他的患者, 上一级机关).
_OTHER_MARK_BEFORE_RE = re.compile(f"(?:{lang_data().alternation('other_party_marks')})的?$")
#: How far before a name such a mark is looked for (the longest mark and its 的).
_OTHER_MARK_REACH = max(map(len, OTHER_PARTY_MARKS)) + 1
#: Words opening a bracket that gives a list of parties a short name (以下统称).
_DEFINING_MARKERS = tuple(lang_data().words("defining_markers"))
#: The relation a directive states (督促甲…): its addressee acts next.
_DIRECTING = frozenset({RelationKind.REQUIRES})
#: The relation a verb of working with states (配合甲…, 会同甲…).
_WORKING_WITH = frozenset({RelationKind.COLLABORATES_WITH})


def find_relations(
    text: str,
    tokens: Sequence[Token],
    finder: PartyFinder,
    analysis: SentenceAnalysis,
    *,
    start: int = 0,
    mentions: list[Party] | None = None,
) -> list[RelationCandidate]:
    """Relations stated in ``text[start:]`` (the sentence body).

    ``mentions`` are the sentence's parties if the caller has them (``finder.mentions``
    of the same text and tokens); else they are found when first needed.
    """
    table = cue_table()
    # the cues whose distinctive word the body holds: no other cue can state a relation
    live = live_cues(table, text, start)
    if not live:
        return []
    clauses = [(max(c.start, start), c.end) for c in split_clauses(text) if c.end > start]
    if not clauses or not _may_state_relation(text, live, clauses):
        return []
    tokens = _split_adverbials(text, tokens)
    state = _Sentence(text, tokens, finder, analysis, table, mentions=mentions)
    _split_disposed(state, live)
    _split_modal_prepositions(state)
    actors = _actors(state, clauses)
    found: list[RelationCandidate] = []
    for index, (c_start, c_end) in enumerate(clauses):
        # a cue whose distinctive word is not in the clause states nothing in it
        here = [
            cue for cue in live if cue.core is not None and cue.core.search(text, c_start, c_end)
        ]
        if here:
            found += _clause_relations(state, here, c_start, c_end, actors[index])
    found += _sanctioning_subjects(state, clauses, actors)
    found += _procedures(state, clauses, actors)
    found += _letter_demands(text, clauses, found)
    found += _advice_before_clause(state, clauses, found)
    return _unique(
        [
            r
            for r in _complaints_about(text, found)
            if all(can_be_end(p.text) and _named(p.text) for p in _ends(r))
            and r.object.text not in _UNNAMED_TARGETS
            and not _own_unit_oversight(r)
            and not any(text.startswith(_ACCOUNT_SUFFIXES, p.end) for p in _ends(r))
            and not _advising_person(text, r)
        ]
    )


#: The joining words of a list of parties (甲、乙和丙; the lang coordinators).
_PARTY_COORDINATOR = f"(?:{lang_data().alternation('coordinators')})"
#: 的 and a complaint noun (的投诉, 的举报): what closes the party a complaint is about.
_COMPLAINT_NOUN = f"的(?:{lang_data().alternation('complained_nouns')})"
#: 的 and a complaint noun that takes the party it is about (对甲公司的投诉), after the
#: rest of a list the party opens (对甲公司、乙公司的举报).
_COMPLAINED_RE = re.compile(f"(?:{_PARTY_COORDINATOR}[^，。；：的]{{1,30}}?)?{_COMPLAINT_NOUN}")
#: Heads of parties that complain rather than draw complaints (消费者, 投诉人).
_COMPLAINANT_HEADS = tuple(lang_data().words("complainant_heads"))
#: The most characters from 对 to a later party of the list it opens.
_MAX_COMPLAINED_LIST = 40
#: Words that may stand between 对 and a later party of the list it opens (对甲、乙的投诉).
_COMPLAINED_LIST_RE = re.compile(f"[^，。；：,;:]{{0,{_MAX_COMPLAINED_LIST}}}?{_PARTY_COORDINATOR}")
#: A verb of handling right before 对 (乙局处理对甲公司的举报).
_HANDLING_BEFORE_RE = re.compile(f"(?:{lang_data().alternation('handling_verbs')})$")
_COMPLAINT_RULE = "relation.supervises.complaint"


def _complaints_about(text: str, found: list[RelationCandidate]) -> list[RelationCandidate]:
    """Feedback read from 对 B 的投诉 where B is the party complained about, not one who
    complains: dropped, and where a body handles the complaint (乙局处理对甲公司的举报)
    turned into SUPERVISES(乙局, 甲公司). 对消费者的投诉 stays the consumers' feedback.

    Why: 投诉/举报 take their target after 对 (对甲公司的投诉 is a complaint about 甲公司),
    and a regulator handling complaints about a firm deals with the firm's conduct."""
    kept: list[RelationCandidate] = []
    for relation in found:
        dui = _complained_party_opening(text, relation)
        if dui < 0:
            kept.append(relation)
        elif relation.subject is not None and _HANDLING_BEFORE_RE.search(text, 0, dui):
            kept.append(
                replace(
                    relation,
                    subject=relation.object,
                    object=relation.subject,
                    kind=RelationKind.SUPERVISES,
                    rule=_COMPLAINT_RULE,
                )
            )
    return kept


def _complained_party_opening(text: str, relation: RelationCandidate) -> int:
    """Where the 对 (对于) stands before a feedback relation's author that is the party a
    complaint is about (对甲公司的投诉; 对甲、乙公司的举报), else -1."""
    author = relation.subject
    if (
        relation.kind is not RelationKind.GIVES_FEEDBACK_TO
        or author is None
        or not _COMPLAINED_RE.match(text, author.end)
        or author.text.endswith(_COMPLAINANT_HEADS)
    ):
        return -1
    # the nearest object preposition (对, 对于) that closes at most a list's length before
    dui, closes = -1, -1
    for word in OBJECT_PREPOSITIONS:
        lo = max(0, author.start - _MAX_COMPLAINED_LIST - len(word))
        at = text.rfind(word, lo, author.start)
        if at >= 0 and at + len(word) > closes:
            dui, closes = at, at + len(word)
    if dui < 0:
        return -1
    between = text[closes : author.start]
    if between and not _COMPLAINED_LIST_RE.fullmatch(between):
        return -1
    return dui


#: Verbs of sending a letter (去信, 致函) and directives that open a clause with no party
#: after them (，敦促尽早…; ，要求跟进).
_LETTER_RE = lang_data().regex("letter_verbs")
_OPENING_DEMAND_RE = re.compile(
    rf"\s*(?:{lang_data().alternation('letter_demand_links')})?"
    rf"(?:{lang_data().alternation('letter_demands')})"
)


def _letter_demands(
    text: str, clauses: list[tuple[int, int]], found: list[RelationCandidate]
) -> list[RelationCandidate]:
    """The demand of a clause that opens with a directive after a clause sending a letter
    (甲局去函乙厂，督促限期答复): the letter's addressee is required to act.

    Why: a letter that urges or asks names its addressee once, in the clause that sends
    it; the directive after it has no object of its own, and no other party it could
    address."""
    demands: list[RelationCandidate] = []
    for (before_start, before_end), (start, end) in pairwise(clauses):
        opening = _OPENING_DEMAND_RE.match(text, start, end)
        if opening is None or _party_named_right_after(text, opening.end(), found):
            continue
        demands += [
            replace(
                r,
                kind=RelationKind.REQUIRES,
                rule=_LETTER_DEMAND_RULE,
                start=opening.start(),
                end=opening.end(),
            )
            for r in found
            if r.kind is RelationKind.INFORMS
            and before_start <= r.start < before_end
            and _LETTER_RE.match(text, r.start)
        ]
    return demands


#: An advice or urging verb closing its clause (甲署建议，…; 丙会呼吁：…; lang
#: advice_closing_verbs), after which the advised party opens the next clause.
_CLOSING_ADVICE_RE = re.compile(
    f"(?:{lang_data().alternation('advice_closing_verbs')})[，,：:]?\\s*$"
)
_ADVICE_RULE = "relation.requires.advise"


def _advice_before_clause(
    state: _Sentence, clauses: list[tuple[int, int]], found: list[RelationCandidate]
) -> list[RelationCandidate]:
    """甲署建议，乙局应…: the party a clause of advice names before its verb requires of
    the party that opens the next clause under a modal of its own what that clause says.

    Why: the advice names whom it advises only in the next clause (a comma or colon
    between), where no cue of the clause reaches it; the modal right after that party
    shows the clause is what is advised, not a fact the adviser states (乙局已…)."""
    text, tokens, finder = state.text, state.tokens, state.finder
    advice: list[RelationCandidate] = []
    for (a_start, a_end), (b_start, b_end) in pairwise(clauses):
        verb = _CLOSING_ADVICE_RE.search(text, a_start, a_end)
        if verb is None:
            continue
        adviser = finder.subject(text, a_start, verb.start(), tokens)
        advised = finder.subject(text, b_start, b_end, tokens, at_trigger=True)
        if (
            adviser.kind is not SubjectKind.PARTY
            or adviser.end != verb.start()
            or advised.kind is not SubjectKind.PARTY
            or not TRIGGER_RE.match(text, advised.end)
            or _party_named_right_after(text, advised.parties[0].start, found)
        ):
            continue
        advice += [
            RelationCandidate(
                giver, RelationKind.REQUIRES, taker, _ADVICE_RULE, 0.7, None, *verb.span()
            )
            for giver in adviser.parties
            for taker in advised.parties
        ]
    return advice


#: The rule of the cue table's line for a demand put in a letter (去信B要求…): a demand
#: in the clause after the letter is read by the same line, so it carries its rule.
_LETTER_DEMAND_RULE = next(
    cue.rule
    for cue in cue_table().cues
    if cue.kind is RelationKind.REQUIRES
    and cue.cue is not None
    and all(cue.cue.fullmatch(word) for word in lang_data().words("letter_verbs"))
)


def _party_named_right_after(text: str, pos: int, found: list[RelationCandidate]) -> bool:
    """Whether a relation already reads a party right after ``pos`` (敦促乙方…)."""
    return any(r.object.start == pos for r in found)


def _may_state_relation(
    text: str, live: Sequence[RelationCue], clauses: list[tuple[int, int]]
) -> bool:
    """Whether a clause holds a match of a live cue's own pattern (its verb for a mutual
    frame), or the sentence up to a clause's end a sanction or an application: every
    relation is read from one of these (``_clause_relations``, ``_sanctioning_subjects``,
    ``_procedures``), so without any the sentence states none.

    Why: a cue's distinctive word (its core) is in most sentences; its whole pattern, in
    far fewer. Without this test the clauses' actors are read for nothing."""
    for c_start, c_end in clauses:
        for cue in live:
            pattern = cue.verb if cue.frame == "mutual" else cue.cue
            if pattern is not None and pattern.search(text, c_start, c_end):
                return True
    # (a sanction or a filing is matched right after the actor, who may be named before
    # its clause: the search runs from the sentence's start to the last clause's end)
    last_end = max((c_end for _, c_end in clauses), default=0)
    return any(p.search(text, 0, last_end) for p in (_SANCTION_RE, _APPLYING_RE, _SUBMITTED_RE))


#: Verbs of advising (建议, 呼吁): what a person by name advises addresses no one.
_ADVISING_VERBS = tuple(lang_data().words("recommending_verbs"))


def _advising_person(text: str, relation: RelationCandidate) -> bool:
    """Whether a person by name only advises the other party (林若谷建议公众参与…): an
    author or an expert quoted for advice is no party to it."""
    subject = relation.subject
    return (
        subject is not None
        and is_personal_name(subject.text)
        and text.startswith(_ADVISING_VERBS, relation.start)
    )


#: A reported finding: a source, a few words (质性研究也, 调查结果), a finding verb and a
#: comma or colon (研究发现，; 甲等指出：).
_REPORTED_FINDING_RE = re.compile(
    f"(?:{lang_data().alternation('report_sources')})[^，。；：,;:]{{0,4}}?"
    f"(?:{lang_data().alternation('report_verbs')})[，,：:]"
)
#: Connectives after which the writer concludes for himself (因此, 为此).
_INFERENCE_RE = lang_data().regex("inference_openers")


def reported_finding(text: str, pos: int) -> bool:
    """Whether the cue at ``pos`` is inside a finding the sentence reports (质性研究也发现，
    甲医院很少向患者说明…): what a study found parties do, or fail to do, is its finding,
    not a relation the text states; a conclusion the writer draws after it (…，因此甲应当
    为乙提供…) is the writer's own. A regulation's article reports no study: its 调查发现，…
    is an organ's own inquiry, the caller does not ask there."""
    return any(
        not _INFERENCE_RE.search(text, frame.end(), pos)
        for frame in _REPORTED_FINDING_RE.finditer(text, 0, pos)
    )


#: Characters that make the party name before them an account's (公众|号): no end.
_ACCOUNT_SUFFIXES = tuple(lang_data().words("account_suffixes"))
#: Words opening the name of a body given only as the unit its staff belong to (所在单位).
_OWN_UNIT_MARKS = tuple(lang_data().words("own_unit_marks"))


def _own_unit_oversight(relation: RelationCandidate) -> bool:
    """Whether a body named only as the unit someone belongs to supervises them
    (由其所在单位给予甲处分): a unit's discipline of its own staff is internal to it."""
    subject = relation.subject
    return (
        relation.kind is RelationKind.SUPERVISES
        and subject is not None
        and subject.text.startswith(_OWN_UNIT_MARKS)
    )


def _ends(relation: RelationCandidate) -> tuple[Party, ...]:
    """The named ends of a relation (its subject may be the clause's zero subject)."""
    subject = relation.subject
    return (relation.object,) if subject is None else (subject, relation.object)


#: A sanction its subject imposes with no party after the verb (…的，乙局应当责令改正; …的，
#: 乙局依法处罚), not a step of the procedure that 处罚 heads (乙局作出处罚决定).
_SANCTION_RE = re.compile(
    f"(?:{lang_data().alternation('authority_modals')})?"
    f"(?:{lang_data().alternation('procedural_adverbs')})?"
    f"(?:责令(?:其)?(?:{lang_data().alternation('correction_objects')})|处以|(?:予以)?处罚(?!{lang_data().alternation('sanction_noun_heads')})"
    f"|给予[^，。；]{{0,8}}?(?:{lang_data().alternation('penalty_nouns')})|依法处理)"
)


#: The rule of an act of oversight on a topic's parties (对…的甲企业，乙局应当加强抽查).
TOPIC_OVERSIGHT_RULE = "relation.supervises.topic_oversight"
#: The rule of support of a topic's parties (对受灾的甲户，乙局应当予以救助).
TOPIC_SUPPORT_RULE = "relation.serves.topic_support"
#: Acts on a topic's parties anywhere in the clause after it: oversight (增加抽查频次)
#: supervises them, support (予以救助) serves them.
_TOPIC_ACTS = (
    (lang_data().regex("topic_oversight_acts"), RelationKind.SUPERVISES, TOPIC_OVERSIGHT_RULE),
    (lang_data().regex("topic_support_acts"), RelationKind.SERVES, TOPIC_SUPPORT_RULE),
)
#: Verbs before which such an act is another's, received or helped (接受监督, 协助乙局检查).
_ASSISTING_RE = lang_data().regex("assisting_verbs")


def _sanctioning_subjects(
    state: _Sentence, clauses: list[tuple[int, int]], actors: list[_Actor]
) -> list[RelationCandidate]:
    """A clause whose own subject imposes a sanction on no named party, after a condition
    that ends in 的 (甲公司违反本规定的，乙局应当责令改正) or after a topic that 对 opens
    (对负有责任的甲人员，乙局应当给予处分): the subject supervises the condition's actor or
    the topic's parties, as 由乙局责令改正 does; after such a topic an act of oversight
    anywhere in the clause does so too (对有违规记录的甲企业，乙局应当增加抽查频次)."""
    found: list[RelationCandidate] = []
    for index in range(1, len(clauses)):
        actor = actors[index]
        c_start, c_end = clauses[index]
        if actor.how or not actor.parties:
            continue
        at = _skip_spaces(state.text, actor.parties[-1].end, c_end)
        sanction = _SANCTION_RE.match(state.text, at, c_end)
        kind = RelationKind.SUPERVISES
        if sanction is None:  # 对甲企业和乙企业，丙局应当加强抽查: an act on the topic
            topic_act = _topic_act(state, clauses[index - 1], at, c_end)
            if topic_act is None:
                continue  # no act on a topic (most clauses)
            sanction, kind, rule, sanctioned = topic_act
        else:
            topic = _object_topic(state, *clauses[index - 1])
            sanctioned = topic or actors[index - 1].parties
            condition = state.text[: clauses[index - 1][1]].rstrip()
            rule = SANCTION_RULE + _HOW_SEPARATOR + "condition"
            if not sanctioned or (
                not topic and (not condition.endswith("的") or not VIOLATION_RE.search(condition))
            ):
                continue  # (消费者投诉的，乙局应当依法处理: a complaint, no violation, is handled)
        if sanction is None or _negated(state, c_start, sanction.end()):
            continue
        subjects = [_clean(state, p) for p in actor.parties]
        # (the condition's actor borrowed from the sanctioning clause's own subjects, 市、区
        # 甲局, sanctions no one: one level does not sanction the other)
        sanctioned = tuple(p for p in sanctioned if p not in actor.parties)
        found += [
            RelationCandidate(
                subject,
                kind,
                obj,
                rule,
                0.65,
                None,
                sanction.start(),
                sanction.end(),
            )
            for subject in subjects
            for obj in sanctioned
            if not same_party(subject.text, obj.text) and can_be_end(subject.text)
        ]
    return found


def _topic_act(
    state: _Sentence, topic: tuple[int, int], start: int, end: int
) -> tuple[re.Match[str], RelationKind, str, tuple[Party, ...]] | None:
    """The first act of oversight or support in the clause from ``start`` that bears on
    the parties of the ``topic`` clause before it (对甲企业，乙局应当加强抽查; 对受灾的甲户，
    乙局应当予以救助), with its kind, rule and those parties: the act has no party of its
    own after it (乙局应当检查丙公司的账目 oversees 丙公司), and the subject neither
    receives it nor helps another body perform it (接受监督, 协助丁局做好检查准备)."""
    for acts, kind, rule in _TOPIC_ACTS:
        act = acts.search(state.text, start, end)
        if act is None or _ASSISTING_RE.search(state.text, start, act.start()):
            continue
        if any(act.end() <= party.start < end for party in state.all_mentions()):
            continue
        parties = _object_topic(state, *topic, listed=True)
        return (act, kind, rule, parties) if parties else None
    return None


#: A party's application or filing right after its name, after a modal or an adverb of
#: procedure (乙方申请…; 丙户应当依法提交…), not a name it heads (申请人, 申报表).
_APPLYING_RE = re.compile(
    f"(?:{lang_data().alternation('authority_modals')})?"
    f"(?:{lang_data().alternation('procedural_adverbs')})?"
    f"(?:{lang_data().alternation('applying_verbs')})"
    f"(?!{lang_data().alternation('agent_endings')})"
)
#: A party's filed material (丙户提交的材料): the verb and 的 right after its name, not a
#: complaint it hands in (丙户提交的投诉 is feedback).
_SUBMITTED_RE = re.compile(
    f"(?:{lang_data().alternation('applying_verbs')})的"
    f"(?![^，。；的]{{0,4}}?(?:{lang_data().alternation('complaint_nouns')}))"
)
#: A body's review of an application (supervises the applicant) or its acceptance (受理:
#: the applicant reports to it, no more).
_REVIEWING_RE = lang_data().regex("reviewing_verbs")
_ACCEPTING_RE = lang_data().regex("accepting_verbs")
#: How a clause's actor may be known for a procedure: its own subject, or carried on from
#: the clause before or after it, or the bearer of the duty it states (never the
#: document's zero subject).
_PROCEDURE_ACTORS = frozenset({"", "chain", "next", "duty"})


def _procedures(
    state: _Sentence, clauses: list[tuple[int, int]], actors: list[_Actor]
) -> list[RelationCandidate]:
    """An application and its review in one sentence, read across its clauses: 乙户申请补助，
    甲局受理后于五日内审核 → REPORTS_TO(乙户, 甲局) + SUPERVISES(甲局, 乙户); 乙户提交的
    材料齐全的，甲局应当受理 → REPORTS_TO(乙户, 甲局) only (accepting decides nothing yet).
    Why: procedures name the applicant and the reviewing body in different clauses, each
    the subject of its own, so no cue joins them within one clause."""
    found: list[RelationCandidate] = []
    for index, (c_start, c_end) in enumerate(clauses):
        for applicant, first in _applicants(state, actors[index], index, c_start, c_end):
            for later in range(first, len(clauses)):
                found += _reviews(state, applicant, actors[later], *clauses[later])
    return found


def _applicants(
    state: _Sentence, actor: _Actor, index: int, c_start: int, c_end: int
) -> list[tuple[Party, int]]:
    """The parties that apply or file in a clause, each with the first clause where its
    reviewer may act: after its own clause for a subject that applies (乙方申请，…), any
    clause for a party named with its filed material (根据乙方提交的材料…)."""
    text = state.text
    found: list[tuple[Party, int]] = []
    if actor.how == "" and actor.parties:
        at = _skip_spaces(text, actor.parties[-1].end, c_end)
        applying = _APPLYING_RE.match(text, at, c_end)
        if applying and not _negated(state, c_start, applying.end()):
            found += [(_clean(state, p), index + 1) for p in actor.parties]
    for party in state.all_mentions():
        inside = c_start <= party.start and party.end <= c_end
        if inside and _SUBMITTED_RE.match(text, party.end, c_end):
            found.append((_clean(state, party), 0))
    return found


def _procedure_verb(
    state: _Sentence, pattern: re.Pattern[str], start: int, c_start: int, c_end: int
) -> re.Match[str] | None:
    """A clause's first verb of ``pattern`` from ``start`` outside a party's name (审核, not
    the 审核 of 审核中心), None when there is none or the clause negates it (不予受理)."""
    match = next(
        (
            m
            for m in pattern.finditer(state.text, start, c_end)
            if not state.inside_party(m.start(), m.end())
        ),
        None,
    )
    return None if match is None or _negated(state, c_start, match.start()) else match


def _reviews(
    state: _Sentence, applicant: Party, actor: _Actor, c_start: int, c_end: int
) -> list[RelationCandidate]:
    """The relations between an applicant and the actor of a clause that reviews or
    accepts an application (甲方…审核; 甲局应当受理), none where the clause negates it
    (不予受理) or the actor is the applicant itself (乙方申请，经审核后…), also when
    it applies with others (甲、乙申请…，应当先经丙局审查: 甲 reviews nothing of 乙's)."""
    if actor.how not in _PROCEDURE_ACTORS or not actor.parties:
        return []
    if any(same_party(body.text, applicant.text) for body in actor.parties):
        return []  # the applicants' own clause: its co-applicants are no reviewers
    start = max(actor.parties[-1].end if actor.how == "" else c_start, c_start)
    accepted = _procedure_verb(state, _ACCEPTING_RE, start, c_start, c_end)
    reviewed = _procedure_verb(state, _REVIEWING_RE, start, c_start, c_end)
    kinds: list[tuple[RelationKind, str, re.Match[str]]] = []
    if accepted:
        kinds.append((RelationKind.REPORTS_TO, "relation.reports.application", accepted))
    if reviewed:
        kinds.append((RelationKind.REPORTS_TO, "relation.reports.application", reviewed))
        kinds.append((RelationKind.SUPERVISES, "relation.supervises.application", reviewed))
    found: list[RelationCandidate] = []
    for kind, rule, match in kinds:
        for body in actor.parties:
            reports = kind is RelationKind.REPORTS_TO
            subject, obj = (applicant, body) if reports else (body, applicant)
            found.append(
                RelationCandidate(subject, kind, obj, rule, 0.6, None, match.start(), match.end())
            )
    return found


def _split_adverbials(text: str, tokens: Sequence[Token]) -> Sequence[Token]:
    """The tokens with an adverbial noun cut off the word the dictionary joins it to
    (事后通报 read as one word → 事后 + 通报): the verb after it is a word of its own,
    which may be a cue.

    Only the tokens that start where the text holds an adverbial's first character are
    looked at (found by one regex scan); the runs of tokens between them are copied whole.
    Where no word is cut (most sentences) the tokens themselves are returned, not a copy:
    the party finder then finds the answers it kept for the duty reader by the list's
    identity, without comparing a new list with it.
    """
    split: list[Token] = []
    done = 0  # the tokens before this index are in ``split``
    for initial in _ADVERBIAL_INITIAL_RE.finditer(text):
        index = bisect.bisect_left(tokens, initial.start(), done, key=_token_start)
        if index == len(tokens) or tokens[index][0] != initial.start():
            continue
        start, end = tokens[index]
        if end - start < 3:
            continue  # too short for an adverbial and a word of its own after it
        cut = next(
            (
                start + size
                for size in range(1, end - start - 1)
                if text[start : start + size] in _ADVERBIAL_NOUNS
                and in_dictionary(text[start + size : end])
            ),
            None,
        )
        if cut:
            split += tokens[done:index]
            split += [(start, cut), (cut, end)]
            done = index + 1
    if not done:
        return tokens  # no word cut
    split += tokens[done:]
    return split


def _split_disposed(state: _Sentence, live: Sequence[RelationCue]) -> None:
    """Cut a verb cue off the noun the dictionary joins it to after a disposal mark
    (将有关材料移送乙局 with 材料移送 read as one word → 材料 + 移送) when a party follows
    the word: the mark's object ends in the noun and the verb addresses the party."""
    text = state.text
    if not any(mark in text for mark in DISPOSAL_MARKS):
        return  # no mark: no word is cut (most sentences)
    split: list[Token] = []
    marked = False
    for start, end in state.tokens:
        word = text[start:end]
        marked = (marked or word in DISPOSAL_MARKS) and word not in "，,；;。"
        cut = _disposed_cut(state, live, start, end) if marked and end - start >= 3 else None
        split += [(start, cut), (cut, end)] if cut else [(start, end)]
    if len(split) != len(state.tokens):
        state.retokenise(split)


def _disposed_cut(
    state: _Sentence, live: Sequence[RelationCue], start: int, end: int
) -> int | None:
    """Where a verb cue that closes the word ``text[start:end]`` starts, if the words before
    it are a noun and a party's name opens right after the word."""
    text = state.text
    if not state.finder.group_at(text, end, len(text), state.tokens):
        return None
    for cue in live:
        if cue.frame != "verb" or cue.cue is None:
            continue
        for at in range(start + 2, end - 1):
            match = cue.cue.match(text, at, end)
            if match and match.end() == end and word_class(text[start:at]).startswith("n"):
                return at
    return None


def _split_modal_prepositions(state: _Sentence) -> None:
    """Cut a modal or an adverb (the ``glued_modals`` class) off the preposition the
    segmenter joins it to (应对乙 read as 应对 "cope with", 应为乙提供… as 应为 "should
    be", 多向乙讲解 as one unknown word) when a party's name follows: the preposition
    opens the relation's object (应|对乙进行…, 多|向乙讲解…)."""
    text = state.text
    if _GLUED_PREPOSITION_RE.search(text) is None:
        return  # no modal stands before a preposition: no word is cut (most sentences)
    split: list[Token] = []
    for index, (start, end) in enumerate(state.tokens):
        word = text[start:end]
        cut = end - 1
        glued = (
            len(word) >= 2
            and word[:-1] in _GLUED_MODALS
            and word[-1] in _PREPOSITIONS
            # (read with the word cut: the finder may take 应对 into the name after it)
            and _party_follows(
                state, [*split, (start, cut), (cut, end), *state.tokens[index + 1 :]], end
            )
        )
        split += [(start, cut), (cut, end)] if glued else [(start, end)]
    if len(split) != len(state.tokens):
        state.retokenise(split)


def _party_follows(state: _Sentence, tokens: Sequence[Token], pos: int) -> bool:
    """Whether a party's name opens at ``pos`` (after a determiner: 相关部门), or right
    after a short relative clause closed by 的 that opens there (应为患有甲病的老人提供…:
    the preposition's object is the 老人 the clause describes)."""
    text = state.text
    group = state.finder.group_at(text, pos, len(text), tokens)
    if group:
        return group[0].start - pos <= _MAX_DETERMINER
    clause = _RELATIVE_OPENING_RE.match(text, pos)
    if clause is None:
        return False
    group = state.finder.group_at(text, clause.end(), len(text), tokens)
    return bool(group) and group[0].start - clause.end() <= _MAX_DETERMINER


#: Modals and adverbs (应, 能) that the dictionary may join to a preposition after them.
_GLUED_MODALS = lang_data().word_set("glued_modals")
#: A glued modal and a one-character preposition, as a word of them would spell them.
_GLUED_PREPOSITION_RE = re.compile(
    "(?:"
    + lang_data().alternation("glued_modals")
    + ")(?:"
    + "|".join(re.escape(p) for p in sorted(lang_data().word_set("prepositions")) if len(p) == 1)
    + ")"
)
#: The most characters of a determiner between a preposition and the party after it.
_MAX_DETERMINER = 2
#: Pronouns that stand for every party of the group named before them (他们, 她们).
_PLURAL_PRONOUNS = lang_data().word_set("plural_pronouns")
#: A short relative clause closed by 的 right after a glued preposition (应为|患有甲病的乙).
_RELATIVE_OPENING_RE = re.compile(r"[^，。；：,;:的]{1,16}的")


def _clause_relations(
    state: _Sentence, cues: Sequence[RelationCue], c_start: int, c_end: int, actor: _Actor
) -> list[RelationCandidate]:
    """The relations that ``cues`` state in one clause, in the order of the cue table."""
    handover = _handovers(state, cues, c_start, c_end, actor)
    found: list[RelationCandidate] = []
    for cue in cues:
        if cue.frame == "mutual":
            found += _mutual(state, cue, c_start, c_end, actor)
            continue
        assert cue.cue is not None
        for match in _cue_matches(state, cue.cue, c_start, c_end):
            found += _read_cue(state, cue, match, c_start, c_end, actor, handover)
    return found


def _cue_matches(
    state: _Sentence, pattern: re.Pattern[str], start: int, end: int
) -> Iterator[re.Match[str]]:
    """The matches of a cue's pattern in ``text[start:end]``; after one that opens inside
    a word, the first match at a word's start inside it is tried too (间接|受到甲局的监督:
    the pattern's 接受 opens in 间接, its 受到 at the next word; the reader refuses the
    first, which starts no word).

    A match that opens a word and ends inside it is tried to the word's end too (监督|
    监督管理: the word 监督管理 is the cue, not its first half).

    Why: a search takes the leftmost match and goes on after it, so the cue that
    overlaps it, a word of its own, would never be tried."""
    for match in pattern.finditer(state.text, start, end):
        yield match
        if state.token_start(match.start()):
            whole = _whole_word_match(state, pattern, match, end)
            if whole is not None:
                yield whole
            continue
        for pos in range(match.start() + 1, match.end()):
            inner = pattern.match(state.text, pos, end) if state.token_start(pos) else None
            if inner is not None and inner.end() > inner.start():
                yield inner
                break


def _whole_word_match(
    state: _Sentence, pattern: re.Pattern[str], match: re.Match[str], end: int
) -> re.Match[str] | None:
    """The cue's match over the whole word ``match`` opens, if it ends inside that word,
    the pattern holds the whole word too (an alternation tries 监督 before 监督管理) and
    the word stands as a predicate: after a verb, a modal or an adverb, or after a verb
    and a coordinator (负责协调和|监督管理甲企业), never after a noun it names a field of
    (甲|监督管理|局, 乙|监督管理|细则)."""
    if match.end() in state.ends or match.end() == match.start():
        return None
    if not _verb_word_before(state, match.start()):
        return None
    index = bisect.bisect_right(state.starts, match.start()) - 1
    word_end = _token_end(state.tokens[index])
    if word_end <= match.end() or word_end > end:
        return None
    return pattern.fullmatch(state.text, match.start(), word_end)


def _verb_word_before(state: _Sentence, pos: int) -> bool:
    """Whether the word before ``pos`` makes the word at ``pos`` a predicate: a verb, a
    modal or an adverb, or a coordinator after a word that ends no party (协调和|监督,
    not 甲局和|监督管理局)."""
    index = state.word_before(pos)
    if index < 0:
        return False
    word = state.text[state.tokens[index][0] : pos]
    if word in _PREDICATE_COORDINATORS and index > 0:
        start, end = state.tokens[index - 1]
        ends_party = any(party.end == end for party in state.all_mentions())
        return not ends_party and word_class(state.text[start:end]) != "r"
    return _predicate_before(state, pos) is not None or word_class(word) in VERB_CLASSES


#: Coordinators that join a predicate to the verb before it (协调和监督, 审核并处置).
_PREDICATE_COORDINATORS = lang_data().word_set("predicate_coordinators")


#: (from position, the party that acts from there on; None: the clause's actor again)
_Handover = tuple[int, tuple[Party, ...] | None]
#: A cue's match as ``_read_cue`` keeps it: the cue, the span, the clause, its actor
#: (by identity) and the handovers before the match.
_CueKey = tuple[int, tuple[int, int], int, int, int, tuple[_Handover, ...]]


def _handovers(
    state: _Sentence, cues: Sequence[RelationCue], c_start: int, c_end: int, actor: _Actor
) -> list[_Handover]:
    """(from position, new actor) for each party a directive or a causative (让, 使 …)
    addresses: the addressee acts in the rest of the clause (督促 B 做…; 让 B 协助 C)."""
    text = state.text
    handover: list[_Handover] = []
    for cue in cues:
        handing = cue.kind in _HANDOVER_KINDS or "handover" in cue.flags
        if cue.frame == "verb" and handing and cue.cue is not None:
            for match in cue.cue.finditer(text, c_start, c_end):
                made = _read_cue(state, cue, match, c_start, c_end, actor, [])
                if made:
                    # the addressee acts after its own name (督促指导 B 做…)
                    handover.append(
                        (max(r.object.end for r in made), tuple(r.object for r in made))
                    )
                elif state.token_start(match.start()) and _pronoun_at(state, match.end(), c_end):
                    handover.append((match.end(), ()))  # 告知其…: someone else acts
                elif _is_word(state, match.start(), match.end()):
                    # 鼓励 B 向 C 捐赠 with no named encourager: B still acts
                    handover += _addressed(state, match.end(), c_end)
    for match in state.table.causative.finditer(text, c_start, c_end):
        if _is_word(state, match.start(), match.end()):
            handover += _addressed(state, match.end(), c_end)
    # 告知甲或者向乙报告: a predicate joined right after the addressee is the actor's again
    handover += [
        (joint, None)
        for position, parties in handover
        if parties and (joint := _joined_predicate(state, position, c_end)) is not None
    ]
    return sorted(handover, key=lambda item: item[0])


def _joined_predicate(state: _Sentence, pos: int, end: int) -> int | None:
    """Where a predicate joined by a coordinator right after ``pos`` starts (告知甲|或者|向乙
    报告: 向), else None; a party after the coordinator is a conjunct, not a predicate."""
    joint = _PREDICATE_JOINT_RE.match(state.text, pos, end)
    if not joint or not state.token_start(joint.end()) or joint.end() >= end:
        return None
    if state.finder.group_at(state.text, joint.end(), end, state.tokens):
        return None
    word = state.next_word(joint.end())
    return joint.end() if word_class(word).startswith(("p", "v", "d")) else None


#: Coordinators that may join a second predicate to a first (告知甲并向乙报告).
_PREDICATE_JOINT_RE = lang_data().regex("predicate_coordinators")


def _is_word(state: _Sentence, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word of its own, outside any party's name."""
    return state.token_start(start) and end in state.ends and not state.inside_party(start, end)


def _addressed(state: _Sentence, pos: int, end: int) -> list[tuple[int, tuple[Party, ...]]]:
    """The handover to the party group right after ``pos``, if one is named there."""
    group = state.finder.group_at(state.text, _skip(state, pos, end), end, state.tokens)
    parties = tuple(p for p in group if p.text not in state.table.nonparties)
    return [(group[-1].end, parties)] if parties else []


#: The modals of obligation and advice (应当, 要, 须): a subjectless directive reported
#: after a verb of saying opens with one (甲指出，要督促乙…), not with 将 or 会, which give
#: the speaker's own plan (甲表示，将督促乙…).
_DIRECTIVE_MODALS = sorted(
    (
        word
        for word, (modality, kind) in TRIGGERS.items()
        if kind == "modal" and modality in (Modality.MUST, Modality.SHOULD)
    ),
    key=lambda w: (-len(w), w),
)
#: A modal opening a directive, after an adverb (还要…, 更应…, 一定要…).
_REPORTED_DIRECTIVE_RE = re.compile(
    f"(?:{lang_data().alternation('pre_modal_adverbs')})?(?:{'|'.join(_DIRECTIVE_MODALS)})"
)


def _reported_directive(state: _Sentence, before: tuple[int, int], start: int) -> bool:
    """Whether the clause at ``start`` is a subjectless directive reported by the clause
    before it (甲指出，要督促乙…): the speaker reports it and bears no relation in it."""
    said = state.text[before[0] : before[1]].rstrip("，,：: ")
    start += len(state.text[start:]) - len(state.text[start:].lstrip("，,：: “「"))
    modal = _REPORTED_DIRECTIVE_RE.match(state.text, start)
    return (
        modal is not None
        and _is_word(state, start, modal.end())  # 要求乙… is no modal 要
        and bool(SAID_END_RE.search(said))
    )


def _actors(state: _Sentence, clauses: list[tuple[int, int]]) -> list[_Actor]:
    """The acting party of each clause (see the module docstring)."""
    own: list[tuple[Party, ...]] = []
    for s, e in clauses:
        earlier = [p for parties in own for p in parties]
        own.append(_own_subject(state, s, e) or _pronoun_subject(state, s, e, earlier))
    # 甲、乙…，各主体应…: an unnamed side as subject goes on with the parties named before
    own = [() if all(p.text in state.table.nonparties for p in o) else o for o in own]
    own = [
        () if _chained_duty(state, s, e, o) else o for o, (s, e) in zip(own, clauses, strict=True)
    ]
    state.subjects = [party for parties in own for party in parties]
    actors: list[_Actor] = []
    chained: set[int] = set()  # the clauses whose actor an opening 由 named
    for index, (c_start, c_end) in enumerate(clauses):
        if own[index] or _no_party_opens(state, c_start, c_end):  # 您可以…: no party acts
            actors.append(_Actor(own[index], "" if own[index] else "other"))
            continue
        if index and _reported_directive(state, clauses[index - 1], c_start):
            actors.append(_Actor((), "other"))  # 甲指出，要督促乙…: 甲 only reports it
            continue
        opener = state.table.opener.match(state.text, c_start, c_end)
        following = _next_duty_subject(state, own, clauses, index)
        if opener and following:
            actors.append(_Actor(following, "next"))
            continue
        advised = _advised(state, *clauses[index - 1]) if index else ()
        advised = advised or (_founded(state, *clauses[index - 1]) if index else ())
        advised = advised or (_directed(state, *clauses[index - 1]) if index else ())
        advised = advised or (_exerted(state, *clauses[index - 1]) if index else ())
        agent = () if advised or not index else _opening_agent(state, *clauses[index - 1])
        if agent or (not advised and index - 1 in chained):
            chained.add(index)
            state.agent_chained.add(c_start)
        advised = advised or agent
        if topic := _sanctioned_topic(state, clauses, index):
            actors.append(_Actor(topic, "chain"))  # 对违规的甲，由乙局吊销其…: 甲 is sanctioned
            continue
        holders = _clause_holders(state, c_start, c_end)
        if not advised and not holders and _named_after_condition(state, c_start, c_end):
            actors.append(_Actor((), "other"))  # 甲违反…的，乙委员会可以…: not 甲's act
            continue
        # (甲死亡后，乙应当通知丙: the duty's bearer 乙 acts, not the 甲 of the clause before)
        if advised or (
            actors and actors[-1].parties and not _holders_open(state, holders, c_start, c_end)
        ):
            actors.append(_Actor(advised or actors[-1].parties, "chain"))
            continue
        if holders:
            actors.append(_Actor(holders, "duty"))
        elif _thing_subject(state, c_start, c_end) or (actors and actors[-1].how == "other"):
            actors.append(_Actor((), "other"))  # 指南也为甲提供…: a thing acts, no party
        elif following and index == 0:
            actors.append(_Actor(following, "next"))  # 造成 B 损失的，A 应当赔偿
        elif len(clauses) == 1 and (head := _relative_head(state, c_start, c_end)):
            actors.append(_Actor(head, ""))  # 为甲提供…服务的乙；: 乙 acts
        else:
            actors.append(_Actor((), "zero"))
    return actors


def _clause_holders(state: _Sentence, start: int, end: int) -> tuple[Party, ...]:
    """The bearers of the first duty the duty reader found overlapping the clause."""
    return next(
        (
            d.holders
            for d in state.analysis.duties
            if d.holders and d.start <= end and d.end >= start
        ),
        (),
    )


def _holders_open(state: _Sentence, holders: tuple[Party, ...], start: int, end: int) -> bool:
    """Whether the clause opens with the bearers the duty reader found for it (甲死亡后，
    乙应当通知丙: the duty clause opens with 乙), so that they, not the party of the
    clause before, act in it; bearers further in (…，鼓励乙…) are the objects of a cue."""
    return (
        bool(holders)
        and all(start <= p.start and p.end <= end for p in holders)
        and min(p.start for p in holders) == _skip_spaces(state.text, start, end)
    )


def _chained_duty(state: _Sentence, start: int, end: int, own: tuple[Party, ...]) -> bool:
    """Whether the duty reader chains the clause to the duty before it, its bearer none of
    the parties the clause seems to open with, a possessor (甲应与乙协商，尊重乙的利益，
    …: 尊重乙 is the bearer's act on 乙's interest, not a party's name): the clause goes
    on with that bearer."""
    if not own or not state.text.startswith("的", own[-1].end):
        return False  # (…，设在各区的乙中心可以…: a party of its own acts)
    return any(
        d.rule == CHAIN_RULE
        and d.holders
        and d.start < end
        and d.end > start
        and not {p.text for p in own} & {h.text for h in d.holders}
        for d in state.analysis.duties
    )


def _relative_head(state: _Sentence, start: int, end: int) -> tuple[Party, ...]:
    """The party a list item ends on after 的 when the item is a noun phrase (为甲提供
    培训服务的乙机构；): the relative clause before it tells that party's act."""
    end = len(state.text[start:end].rstrip()) + start
    if state.text[end:].strip() not in ("；", ";", "。", "") or not word_class(
        state.next_word(start)
    ).startswith("p"):
        return ()
    return next(
        (
            (p,)
            for p in state.all_mentions()
            if p.end == end and p.start > start and state.text[p.start - 1] == "的"
        ),
        (),
    )


#: Third-person pronouns that open a clause as its subject (以甲为例，它要求乙…).
_SUBJECT_PRONOUNS = lang_data().words("third_person_pronouns")


def _pronoun_subject(
    state: _Sentence, start: int, end: int, subjects: list[Party]
) -> tuple[Party, ...]:
    """The party a third-person pronoun opening the clause stands for: the subject of an
    earlier clause, else the last party the sentence names before the clause (以甲单位为例，
    它要求乙…: 甲单位)."""
    pos = _skip_spaces(state.text, start, end)
    pronoun = next((p for p in _SUBJECT_PRONOUNS if state.text.startswith(p, pos)), "")
    if not pronoun or not state.token_start(pos) or pos + len(pronoun) not in state.ends:
        return ()
    before = subjects or [p for p in state.all_mentions() if p.end <= start]
    before = [p for p in before if can_be_end(p.text)]
    return (before[-1],) if before else ()


#: First- and second-person pronouns: a clause they open is no named party's act.
_SPEAKER_PRONOUNS = lang_data().words("speaker_pronouns")


def _speaker_subject(state: _Sentence, start: int, end: int) -> bool:
    """Whether the clause opens with the writer or the reader as its subject (我们, 您),
    also inside a quotation (甲会宣布，“我们鼓励乙…”: the speaker's words name no party)."""
    pos = _skip_spaces(state.text, start, end)
    while pos < end and state.text[pos] in _SPEECH_QUOTES:
        pos = _skip_spaces(state.text, pos + 1, end)
    word = next((p for p in _SPEAKER_PRONOUNS if state.text.startswith(p, pos)), "")
    return bool(word) and state.token_start(pos) and pos + len(word) in state.ends


#: Marks opening a quotation before a speaker's pronoun.
_SPEECH_QUOTES = lang_data().chars("speech_quotes")


def _advised(state: _Sentence, start: int, end: int) -> tuple[Party, ...]:
    """The parties a cue of scope addresses in a clause (甲建议 B 做丙，…): they act in
    the clauses chained after it, not the clause's own actor."""
    for cue in scope_cues(state.table):
        assert cue.cue is not None
        for match in cue.cue.finditer(state.text, start, end):
            if _is_word(state, match.start(), match.end()):
                addressed = _addressed(state, match.end(), end)
                if addressed:
                    return addressed[0][1]
    return ()


def _directed(state: _Sentence, start: int, end: int) -> tuple[Party, ...]:
    """The parties a directive addresses at the end of a clause that gives them nothing
    to do (甲应当督促乙、丙，为丁提供…), or only a means (鼓励乙通过制定规约，引导丙…): they
    act in the clauses chained after it."""
    last = _skip_spaces_back(state.text, end, start)
    for party in state.all_mentions():
        if party.start < start or party.end > last:
            continue
        if party.end != last and state.next_word(party.end) not in state.table.means:
            continue
        group = _whole_list(state, party, party.end, start) or [party]
        at = _skip_spaces_back(state.text, group[0].start, start)
        for size in (2, 3, 4):
            word = state.text[at - size : at]
            if at - size >= start and _is_verb_cue(state, word, _DIRECTING):
                return tuple(p for p in group if p.text not in state.table.nonparties)
    return ()


def _exerted(state: _Sentence, start: int, end: int) -> tuple[Party, ...]:
    """The parties whose strengths a clause puts to work (发挥甲、乙等机构专业优势，联合丙…):
    they act in the clauses chained after it."""
    last = _skip_spaces_back(state.text, end, start)
    if not state.text.endswith(_STRENGTH_NOUNS, start, last):
        return ()
    for verb in _EXERTING_VERBS:  # (充分发挥 may be one word)
        at = state.text.find(verb, start, last)
        if at < 0 or at + len(verb) not in state.ends:
            continue
        pos = _skip(state, at + len(verb), last)
        group = state.finder.group_at(state.text, pos, last, state.tokens)
        return tuple(p for p in group if p.text not in state.table.nonparties)
    return ()


def _founded(state: _Sentence, start: int, end: int) -> tuple[Party, ...]:
    """The body a clause sets up or designates at its end (甲设立乙委员会，负责督促丙…;
    甲指定乙机构，为丙提供…): it acts in the clauses chained after it, not its founder."""
    index = bisect.bisect_left(state.starts, start)
    for at, stop in state.tokens[index:]:
        if at >= end:
            break
        if state.text[at:stop] not in _DESIGNATING_VERBS:
            continue
        if state.text.startswith("的", stop) and _copula_between(state, start, at):
            continue  # 甲是乙公司设立的机构: 设立的 describes 甲, the body the clause is about
        group = state.finder.group_at(state.text, _skip(state, stop, end), end, state.tokens)
        last = _skip_spaces_back(state.text, end, stop)
        if group and group[-1].end == last:
            return tuple(p for p in group if p.text not in state.table.nonparties)
        # a name the chunker reads only in part (甲和乙事务委员会 as 乙事务委员会)
        named = [p for p in state.all_mentions() if stop <= p.start and p.end == last]
        return tuple(p for p in named[:1] if p.text not in state.table.nonparties)
    return ()


def _copula_between(state: _Sentence, start: int, end: int) -> bool:
    """Whether a copula (是, 成为, 作为) stands among the words of ``text[start:end]``."""
    index = bisect.bisect_left(state.starts, start)
    return any(state.text[s:e] in COPULAS for s, e in state.tokens[index:] if e <= end)


#: A short topic a clause may open with before the agent's 由 (此项工作由甲局负责).
_AGENT_TOPIC_RE = re.compile(
    f"(?:{lang_data().alternation('anaphoric_demonstratives')})[\u4e00-\u9fff]{{1,4}}?(?=由)"
)


def _opening_agent(state: _Sentence, start: int, end: int) -> tuple[Party, ...]:
    """The parties 由 names as the agent at the opening of a clause (…，由甲局征求乙局
    意见后，报丙政府批准), after a short topic of the same clause (此次评估由甲局牵头，
    联合乙所…): they act in the clauses chained after it too."""
    pos = _skip_spaces(state.text, start, end)
    topic = _AGENT_TOPIC_RE.match(state.text, pos, end)
    # (a topic that names a party, 该委员会由…组成, is the subject: no agent frame follows)
    if topic and not any(pos <= p.start < topic.end() for p in state.all_mentions()):
        pos = topic.end()
    if (
        not state.text.startswith("由", pos)
        or not state.token_start(pos)
        or in_dictionary(state.text[pos : pos + 2])  # 由于, 由此: no agent
    ):
        return ()
    group = _agent_before(state, end, pos)
    if not group or group[0].start != pos + 1:
        return ()
    return tuple(p for p in group if p.text not in state.table.nonparties)


def _sanctioned_topic(
    state: _Sentence, clauses: list[tuple[int, int]], index: int
) -> tuple[Party, ...]:
    """The parties of an object phrase right before a clause that 由 opens (the party the
    agent acts on), if the clause at ``index`` is such a clause."""
    if not index or not _opening_agent(state, *clauses[index]):
        return ()
    topic = _object_topic(state, *clauses[index - 1])
    if topic:
        return topic
    # a list of bodies sanctioned (对违规的甲企业和乙单位，由丙局给予通报批评), not the
    # boilerplate list of staff (对直接负责的甲人员和其他乙人员，由丙局给予处分)
    listed = _object_topic(state, *clauses[index - 1], listed=True)
    return () if any(p.text.endswith(STAFF_HEADS) for p in listed) else listed


def _object_topic(
    state: _Sentence, start: int, end: int, *, listed: bool = False
) -> tuple[Party, ...]:
    """The parties a clause that is only an object phrase names (对违规经营的甲单位，由乙局
    责令…): the clause opens with an object preposition and ends on them, or on a
    complaint about them (对甲公司的投诉，由乙局处理: not one by a complainant, 对消费者的
    投诉); the clause an agent opens after it acts on them, not on the sentence's subject.
    With ``listed``, a list whose last conjunct follows a coordinator counts too (对甲公司
    和乙公司，…), as the object of an act of oversight, not of the boilerplate sanction
    of staff (对甲单位负责人和其他人员，…给予处分)."""
    pos = _skip_spaces(state.text, start, end)
    opener = state.next_word(pos)
    if opener not in OBJECT_PREPOSITIONS:
        return ()
    close = len(state.text[:end].rstrip()) if state.text[:end].strip() else end
    complaint = _COMPLAINT_CLOSE_RE.search(state.text, pos, close)
    if complaint is None:
        parties = _party_before(state, close, pos + len(opener))
        if listed and not parties:
            parties = _listed_topic(state, close, pos + len(opener))
    else:  # (the party right after 对, which _party_before leaves as a co-object)
        close = complaint.start()
        parties = _complained_topic(state, pos + len(opener), close)
    return tuple(
        p
        for p in parties
        if can_be_end(p.text) and not (complaint and p.text.endswith(_COMPLAINANT_HEADS))
    )


def _mention_ending_at(state: _Sentence, end: int, start: int) -> Party | None:
    """The first party named right before ``end`` that starts at ``start`` or later: the
    last conjunct of a list ending there (对甲公司和乙公司，… → 乙公司)."""
    return next((p for p in state.all_mentions() if p.end == end and p.start >= start), None)


def _listed_topic(state: _Sentence, close: int, start: int) -> tuple[Party, ...]:
    """The list of parties a topic ends on when its last conjunct follows a coordinator
    (对甲公司、乙公司和丙公司，…): ``_party_before`` leaves such a conjunct as a co-object."""
    last = _mention_ending_at(state, close, start)
    return tuple(_whole_list(state, last, close, start)) if last is not None else ()


def _complained_topic(state: _Sentence, start: int, close: int) -> tuple[Party, ...]:
    """The parties named between 对 and the complaint about them (对甲公司和乙公司的投诉),
    also a last one after a relative clause too long for the chunker's list (对甲公司以及
    通过网络销售商品的乙经营者的投诉 → 甲公司 + 乙经营者)."""
    group = state.finder.group_at(state.text, start, close, state.tokens)
    if not group or group[-1].end == close:
        return tuple(group)
    joint = _COORDINATOR_RE.match(state.text, group[-1].end, close)
    last = _mention_ending_at(state, close, group[-1].end + 1)
    return (*group, last) if joint and last is not None else ()


#: A clause closed by 的 and a complaint noun that takes the party it is about (…的举报).
_COMPLAINT_CLOSE_RE = re.compile(f"{_COMPLAINT_NOUN}$")


def _named_after_condition(state: _Sentence, start: int, end: int) -> bool:
    """Whether the clause follows a condition closed by 的 and opens with a noun the
    finder did not read as a party, a modal after it (甲违反…的，市乙委员会可以…): the
    main clause has a subject of its own, the condition's party does not act in it."""
    text = state.text
    if text[max(0, start - 2) : start] not in ("的，", "的,"):
        return False
    pos = _skip_spaces(text, start, end)
    index = bisect.bisect_left(state.starts, pos)
    if index >= len(state.tokens) or state.starts[index] != pos:
        return False
    word = text[slice(*state.tokens[index])]
    modal = TRIGGER_RE.search(text, pos, end)
    if modal is None or modal.start() == pos:
        return False  # 有权…, 依法采取…: a predicate the condition's party heads
    return word_class(word) in _SUBJECT_NOUN_CLASSES and not state.inside_party(
        *state.tokens[index]
    )


def _thing_subject(state: _Sentence, start: int, end: int) -> bool:
    """Whether the clause opens with a subject that names no party: a title (《章程》对…)
    or a bare noun followed by an adverb or a preposition (指南也为…, 手册对…)."""
    text = state.text
    pos = _skip_spaces(text, start, end)
    if text.startswith("《", pos):
        return True
    index = bisect.bisect_left(state.starts, pos)
    if index + 1 >= len(state.tokens) or state.starts[index] != pos:
        return False
    first, second = (text[slice(*state.tokens[i])] for i in (index, index + 1))
    if (
        word_class(first) in _HEAD_NOUN_CLASSES
        and not state.inside_party(*state.tokens[index])
        and word_class(second) in ("d", "p")
    ):
        return True
    return _bare_demonstrative_subject(state, index, end, (first, second)) or (
        _thing_phrase_subject(state, index, end)
    )


#: Demonstratives that may stand alone as a clause's subject (这也为…, 此举…).
_SUBJECT_DEMONSTRATIVES = lang_data().word_set("subject_demonstratives")


def _bare_demonstrative_subject(
    state: _Sentence, index: int, end: int, opening: tuple[str, str]
) -> bool:
    """Whether the clause's subject is a bare demonstrative right before an adverb or a
    preposition (这也为甲方提供了机遇, 此将为乙带来…): it points at a fact or a trend just
    told, no party of the context acts; a copula after the adverb (这也是甲方需要…) opens
    a statement whose own clause names its actor. ``opening`` is the clause's first two
    words, which the caller has read."""
    first, second = opening
    if first not in _SUBJECT_DEMONSTRATIVES or state.inside_party(*state.tokens[index]):
        return False
    if state.tokens[index + 1][1] > end or word_class(second) not in ("d", "p"):
        return False
    return not any(
        state.text[slice(*state.tokens[at])] in COPULAS
        for at in range(index + 2, min(index + 4, len(state.tokens)))
        if state.tokens[at][1] <= end
    )


#: Word classes in a run of nouns naming a thing (公共|文化|设施): nouns and attributes.
_THING_RUN_CLASSES = _NOUN_CLASSES | {"b", "s"}
#: The most words of a thing's name opening a clause (甲类|公共|文化|设施).
_MAX_THING_SUBJECT_WORDS = 4


def _thing_phrase_subject(state: _Sentence, index: int, end: int) -> bool:
    """Whether the clause opens with a run of nouns ending in a thing's head that no party
    overlaps, right before a modal (甲类公共设施应当为…): the thing is the subject, so no
    party of the context acts (the finder reads no party there)."""
    text = state.text
    for at in range(index, min(index + _MAX_THING_SUBJECT_WORDS, len(state.tokens))):
        start, stop = state.tokens[at]
        if stop > end or state.inside_party(start, stop):
            return False
        if word_class(text[start:stop]) not in _THING_RUN_CLASSES:
            return False
        if at > index and TRIGGER_RE.match(text, stop, end):
            return word_class(text[start:stop]) in _HEAD_NOUN_CLASSES
    return False


def _next_duty_subject(
    state: _Sentence,
    own: list[tuple[Party, ...]],
    clauses: list[tuple[int, int]],
    index: int,
) -> tuple[Party, ...]:
    """The own subject of one of the next two clauses, the party an opening adverbial or
    condition belongs to (通过与乙合作，甲应当…; 造成乙损失的，甲应当赔偿): one that holds
    a duty there, or the plain subject of the very next clause (为了激励乙，甲通常会…). A
    "subject" two clauses on that bears no duty, or one read from a verb phrase (为了甲…，
    优化乙类环境), is no such party."""
    for later in range(index + 1, min(index + 3, len(clauses))):
        if not own[later]:
            continue
        start, end = clauses[later]
        labels = {p.label for p in own[later]}
        if any(
            start <= duty.start < end and labels & {h.label for h in duty.holders}
            for duty in state.analysis.duties
        ):
            return own[later]
        first = state.next_word(own[later][0].start)
        if later == index + 1 and word_class(first) != "v":
            return own[later]
        return ()
    return ()


#: The copula of identity (是): a clause it opens says what the subject is (…，是乙公司
#: 设立的机构), naming no new subject; 作为 and 成为 there name a capacity or a change.
_COPULA = lang_data().words("copulas")[0]


def _own_subject(state: _Sentence, start: int, end: int) -> tuple[Party, ...]:
    text = state.text
    pos = _skip_spaces(text, start, end)
    if text.startswith("由", pos):
        return ()  # 由 B 责令…: B is the agent a cue names, not the clause's subject
    if state.next_word(pos) == _COPULA:
        return ()  # 甲院成立于…，是乙公司设立的机构，…: the copula's noun is no new subject
    # (the clause's subject and group as the duty reader asked them: its closing 。 left off)
    words_end = clause_words_end(text, start, end)
    parse = state.finder.subject(text, start, words_end, state.tokens, relative=False)
    if parse.kind is SubjectKind.PARTY:
        if (
            _verb_glued(state, parse.parties[0])
            or _relative_noun_phrase(state, parse.parties[-1].end, end)
            or _activity_after(state, parse.parties[-1].end, end)
        ):
            return ()
        parties = state.finder.with_shared_domain(text, state.tokens, parse.parties)
        return _defined(state, parties, start) or _possessed(state, parties, end)
    if parse.kind is SubjectKind.OTHER:
        at = _skip_spaces(text, parse.end, end)
        named = _latin_party(state, at, end) or _proper_name_subject(state, at, end)
        if named is not None:
            return (named,)
    pos = _skip_spaces(text, start, end)
    group = state.finder.group_at(text, pos, words_end, state.tokens)
    if group and _POSSESSIVE_RE.match(text, group[-1].end, end):
        return tuple(group)
    return _existential_subject(state, start, words_end) or _after_relative(state, start, end)


#: Word classes that may open a clause before an existential 有: conjunctions, time words
#: and adverbs (如果现在有…, 近日又有…).
_EXISTENTIAL_LEAD_CLASSES = frozenset({"c", "t", "d", "tg"})


def _existential_subject(state: _Sentence, start: int, end: int) -> tuple[Party, ...]:
    """The parties an existential 有 opening the clause introduces as its actors, a verb
    right after them (如果有甲会要求乙…, 近日有乙户投诉…): 有 says that some such party
    does the act; a noun after them (有甲会的会员…) leaves them a possessor."""
    text = state.text
    index = bisect.bisect_left(state.starts, _skip_spaces(text, start, end))
    while index < len(state.tokens) and state.tokens[index][1] <= end:
        word = text[slice(*state.tokens[index])]
        if word == "有":
            break
        if word_class(word) not in _EXISTENTIAL_LEAD_CLASSES:
            return ()
        index += 1
    else:
        return ()
    after = state.tokens[index][1]
    group = state.finder.group_at(text, after, end, state.tokens)
    if not group or group[0].start != after:
        return ()
    verb = state.next_word(group[-1].end)
    return tuple(group) if word_class(verb) in VERB_CLASSES else ()


def _no_party_opens(state: _Sentence, start: int, end: int) -> bool:
    """Whether the clause opens with a subject that is no party: the writer or the reader
    (我们, 您) or an activity its doer names (甲组织建设为乙提供…)."""
    return _speaker_subject(state, start, end) or _activity_subject(state, start, end)


def _activity_subject(state: _Sentence, start: int, end: int) -> bool:
    """Whether the clause opens with a party that only names an activity's doer, the
    activity's noun right after it (甲组织建设为乙提供机遇): the activity is the subject.
    The group is asked over the clause's words (see ``_own_subject``): the finder has kept it."""
    pos = _skip_spaces(state.text, start, end)
    words_end = clause_words_end(state.text, start, end)
    group = state.finder.group_at(state.text, pos, words_end, state.tokens)
    return bool(group) and group[0].start == pos and _activity_after(state, group[-1].end, end)


def _activity_after(state: _Sentence, pos: int, end: int) -> bool:
    """Whether a nominal verb (建设, 发展) follows ``pos`` as a noun, a preposition or an
    adverb after it (…建设为乙…, …发展也对乙…): the party before it is its modifier."""
    word = state.next_word(pos)
    if (
        not word
        or word_class(word) != "vn"
        or word in _ADVERBIAL_VERBS
        or state.inside_party(pos, pos + len(word))
    ):
        return False  # (甲统一为乙提供…, 甲定期向乙报告: an adverbial, 甲 acts)
    after = state.next_word(pos + len(word))
    return pos + len(word) < end and word_class(after).startswith(("p", "d"))


#: Nominal verbs that open a predicate as its adverbial (统一, 定期, 牵头): no activity.
_ADVERBIAL_VERBS = (
    lang_data().word_set("predicate_openers")
    | _ADVERBIAL_NOUNS
    | lang_data().word_set("bearing_manners")
)


def _relative_noun_phrase(state: _Sentence, pos: int, end: int) -> bool:
    """Whether the clause after its first parties is a relative clause and the noun it
    modifies, with no predicate of its own (甲、乙共同参与的评审机制，…): the parties act
    in the relative clause only, not in the clauses chained after it."""
    if state.text.find("的", pos, end) < 0:
        return False  # no 的 in the text: none among the words (most clauses)
    words = [state.text[s:e] for s, e in state.tokens if pos <= s and e <= end]
    words = [w for w in words if w.strip()]
    if "的" not in words or len(words) < 3:
        return False
    mark = len(words) - 1 - words[::-1].index("的")
    before, after = words[:mark], words[mark + 1 :]
    return (
        bool(after)
        and bool(before)
        and word_class(before[-1]).startswith("v")
        and word_class(after[-1]) in _HEAD_NOUN_CLASSES
        and not any(word_class(w).startswith(("u", "p")) or w in TRIGGERS for w in before)
        and not any(w in COPULAS for w in before)  # 甲院作为乙集团创办的智库，…: a predicate
    )


def _defined(state: _Sentence, parties: tuple[Party, ...], start: int) -> tuple[Party, ...]:
    """The parties a bracket defines its short name for, when the subject is that name
    (甲和乙（以下统称丙）与丁…: 甲 and 乙 act in the sentence that names them), else ()."""
    text = state.text
    opening = max(
        text.rfind("（", start, parties[0].start), text.rfind("(", start, parties[0].start)
    )
    if opening < 0 or not text.startswith(_DEFINING_MARKERS, opening + 1):
        return ()
    last = _mention_ending_at(state, opening, start)
    if last is None or parties[0].start - opening > _MAX_GLOSS:
        return ()
    return tuple(_whole_list(state, last, opening, start) or [last])


def _after_relative(state: _Sentence, start: int, end: int) -> tuple[Party, ...]:
    """The parties after a relative clause that a modal follows (作出…决定的甲、乙可以…),
    also in the next clause (作出…决定的甲、乙，应当…): the clause's subject, whatever the
    relative clause holds."""
    text = state.text
    if text.find("的", start, end) < 0:
        return ()  # no relative clause: the subject, which ends in the clause, holds no 的
    words_end = clause_words_end(text, start, end)  # (see ``_own_subject``)
    parse = state.finder.subject(text, start, words_end, state.tokens, relative=True)
    if parse.kind is not SubjectKind.PARTY:
        return ()
    parties = parse.parties
    after = _skip_spaces(text, parties[-1].end, end)
    if after == end and text.startswith("，", end):
        if state.table.opener.match(text, _skip_spaces(text, start, end), end):
            return ()  # 对于…的乙，要…: a topic frame, not a subject
        after = end + 1  # the subject is the whole clause; the modal opens the next one
    subject = text[start : parties[-1].end]
    if "的" not in subject or _SPACE_RE.search(subject):
        return ()
    if TRIGGER_RE.match(text, _past_adverbs(state, after, end), len(text)):
        return parties  # (…的乙，同样可以…: adverbs may stand before the modal)
    # 聘用甲类人员从事…的: the party a cue verb opening the clause engages is its object
    opening = state.next_word(_skip_spaces(text, start, end))
    if _is_verb_cue(state, opening):
        return ()
    return parties if _condition_predicate(state, after, end) else ()


def _past_adverbs(state: _Sentence, pos: int, end: int) -> int:
    """``pos`` past up to two adverbs (同样, 也) that stand between a subject and its modal."""
    for _ in range(2):
        word = state.next_word(pos)
        if not word or pos + len(word) >= end or not word_class(word).startswith("d"):
            break
        if TRIGGER_RE.match(state.text, pos, pos + len(word)):
            break  # the adverb is the modal itself (须, 应)
        pos += len(word)
    return pos


#: What closes a condition (…的，由甲责令改正; …的，甲应当…).
_CONDITION_END_RE = re.compile(r"的[，,；;]")


def _condition_predicate(state: _Sentence, pos: int, end: int) -> bool:
    """Whether a predicate of a condition follows a party at ``pos``: a verb, an adverb or
    a preposition, with the condition closed by 的 later in the sentence (承办展会的乙公司
    擅自变更场地的，由丙局责令…: 乙公司 is the condition's subject)."""
    word = state.next_word(pos)
    if not word or pos + len(word) > end:
        return False
    if not word_class(word).startswith(("v", "d", "p")) or word_class(word) == "vn":
        return False
    return bool(_CONDITION_END_RE.search(state.text, pos))


def _latin_party(state: _Sentence, pos: int, end: int) -> Party | None:
    """The body a Latin name at ``pos`` names (ABC在…, 向xyZ提供…): a word of its own in
    the shape of a body's name, with no noun after it (ABC标准 names a thing)."""
    word = state.next_word(pos)
    if not word or pos + len(word) > end or not LATIN_NAME_RE.fullmatch(word):
        return None
    after = state.next_word(_skip_spaces(state.text, pos + len(word), end))
    if after in _NOT_AFTER_LATIN or (
        word_class(after).startswith(("n", "vn", "eng"))
        and after not in BREAK_WORDS  # ABC建议…: a verb the dictionary tags as a noun
        and not _is_verb_cue(state, after)
    ):
        return None
    return state.finder.name(word, pos)


def _latin_opened(state: _Sentence, pos: int, end: int) -> Party | None:
    """An object whose name a Latin name and one word open before a party (为ABC感染孕产妇
    提供…: ABC感染孕产妇), see ``_latin_modified``."""
    word = state.next_word(pos)
    if not word or not LATIN_NAME_RE.fullmatch(word):
        return None
    head = _latin_modified(state, pos + len(word), end)
    return None if head is None else state.finder.name(state.text[pos : head.end], pos)


def _latin_modified(state: _Sentence, pos: int, end: int) -> Party | None:
    """The party a Latin name and one word right after it modify (ABC感染|孕产妇, ABC
    阳性|患者): the word is no preposition, cue or break word, and the party follows it."""
    word = state.next_word(pos)
    if not HAN_WORD_RE.fullmatch(word) or word in BREAK_WORDS or word in _PREPOSITIONS:
        return None
    if _is_verb_cue(state, word) or TRIGGER_RE.match(word):
        return None
    group = state.finder.group_at(state.text, pos + len(word), end, state.tokens)
    return group[0] if group and group[0].start == pos + len(word) else None


def _proper_name_subject(state: _Sentence, pos: int, end: int) -> Party | None:
    """A firm or brand named by a proper noun opening the clause (蓝鲸与乙合作…, 蓝鲸还为乙
    提供…): a word of two to four characters the dictionary tags as a proper name (nz, nt)
    that no lexicon entry knows, followed by a preposition that marks a relation's other
    party or by an adverb; a noun after it makes it a modifier (蓝鲸标准)."""
    word = state.next_word(pos)
    if not (2 <= len(word) <= _MAX_PROPER_NAME and pos + len(word) < end):
        return None
    if word_class(word) not in _PROPER_NAME_CLASSES or not HAN_WORD_RE.fullmatch(word):
        return None
    if state.finder.lexicon.lookup(word) is not None or word in BREAK_WORDS:
        return None
    after = state.next_word(pos + len(word))
    if after not in _OBJECT_MARKS and not word_class(after).startswith("d"):
        return None
    return state.finder.name(word, pos)


def _broad_party(state: _Sentence, pos: int, end: int) -> Party | None:
    """The broad actor at ``pos`` (社会, 公众) when a verb or 的 follows it: 动员群众投身…,
    接受社会(的)监督 name it as an actor; 社会资本 (a noun after it) names none."""
    word = state.next_word(pos)
    if word not in state.table.broad or pos + len(word) >= end:
        return None
    after = state.next_word(pos + len(word))
    if after != "的" and not word_class(after).startswith(("v", "d", "ad")):
        return None
    return state.finder.name(word, pos)


def _possessed(state: _Sentence, parties: tuple[Party, ...], end: int) -> tuple[Party, ...]:
    """The head of a possessive subject: in 乙校的家长应当… the parties after 的 act, not
    their possessor (乙校); a chain of possessives (甲市的乙校的家长) is followed to its end,
    also through the possessor's place (甲公司所在地的乙局: 乙局 acts)."""
    while link := _POSSESSIVE_LINK_RE.match(state.text, parties[-1].end, end):
        group = state.finder.group_at(state.text, link.end(), end, state.tokens)
        if not group or group[0].start != link.end():
            break
        parties = tuple(group)
    return parties


#: What joins a possessor to the party it possesses: 的, after the possessor's place
#: (所在地的, 住所地的).
_POSSESSIVE_LINK_RE = re.compile(f"(?:{lang_data().alternation('seat_words')})?的")


# the word classes of an adverbial before a cue glued into a subject "name" (定期, 及时,
# 主动), not of a determiner (各) or a noun
_ADVERBIAL_CLASSES = frozenset({"d", "ad", "vn", "a", "b", "c"})


def _verb_glued(state: _Sentence, party: Party) -> bool:
    """Whether a subject "name" is a cue glued to its object (并报甲局备案, 层报乙厅,
    定期征求甲方…: 报甲局 is no party; the clause goes on with the subject before it): the
    name opens with a prepositional cue (after an adverb, 定期征求) or a reporting verb,
    and the rest of it is a party of its own."""
    index = bisect.bisect_right(state.starts, party.start) - 1
    if index < 0:
        return False
    first = state.text[slice(*state.tokens[index])]
    verb_start, verb_end = state.tokens[index]
    if _is_verb_cue(state, first) and _opening_verb(state, party, verb_start, verb_end):
        return True
    for at in (index, index + 1):  # 并|倡导甲协会…, (主动)服务观众: after a predicate's adverb
        start, end = state.tokens[at] if at < len(state.tokens) else (0, 0)
        verb = _is_verb_cue(state, state.text[start:end])
        if verb and start < party.end and _glued_predicate(state, party, start):
            return _addressed_rest(state, end, party.end)
    if not _opens_with_cue(state, verb_start, verb_end) and index + 1 < len(state.tokens):
        verb_start, verb_end = state.tokens[index + 1]  # 定期|征求甲方: an adverbial first
        if word_class(first) not in _ADVERBIAL_CLASSES or verb_end - verb_start < 2:
            return False
        if not _opens_with_cue(state, verb_start, verb_end):
            return False
    if verb_end >= party.end:
        return False
    rest = state.finder.group_at(state.text, verb_end, party.end, state.tokens)
    return bool(rest) and rest[-1].end == party.end


def _opens_with_cue(state: _Sentence, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is a reporting verb or a prepositional cue."""
    return opens_with_cue(state.table, state.text, start, end)


def _skip_spaces(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \u3000":
        pos += 1
    return pos


def _is_verb_cue(state: _Sentence, word: str, kinds: frozenset[RelationKind] | None = None) -> bool:
    """Whether ``word`` is the cue of a verb-frame line (督促, 指导 …), of ``kinds`` if given."""
    return is_verb_cue(state.table, word, kinds)


def _joined_to_directive(state: _Sentence, cue_start: int, cue_end: int, c_start: int) -> bool:
    """Whether a directive cue verb is joined to the cue (督促指导 B, 指导、监督 B)."""
    text = state.text
    after = _CO_VERB_RE.match(text, cue_end)
    if after and _is_verb_cue(state, after.group(1), _DIRECTIVE_KINDS):
        return True
    end = cue_start - 1 if text[cue_start - 1 : cue_start] in _JOINERS else cue_start
    return end - 2 >= c_start and _is_verb_cue(state, text[end - 2 : end], _DIRECTIVE_KINDS)


def _by_authority(
    state: _Sentence, cue: RelationCue, parties: tuple[Party, ...]
) -> tuple[Party, ...]:
    """The acting parties the cue's authority flag admits (an authority's 指导 supervises)."""
    authorities = state.table.authorities
    if "authority" in cue.flags:
        return tuple(p for p in parties if p.cls in authorities)
    if "nonauthority" in cue.flags:
        return tuple(p for p in parties if p.cls not in authorities)
    return parties


def _disposed_after_relative(state: _Sentence, pos: int, start: int) -> bool:
    """Whether the party at ``pos`` closes a relative clause (…的) that a disposal mark
    (将, 把) opens within the clause from ``start``: the mark's object, never an actor.
    Words of the name the finder left out may come between 的 and it (的示范|合作社)."""
    index = bisect.bisect_left(state.starts, pos)
    relative = False
    for tok_start, tok_end in reversed(state.tokens[:index]):
        word = state.text[tok_start:tok_end]
        if tok_start < start or word in "，,；;、":
            return False
        if word in DISPOSAL_MARKS:
            return relative
        relative = relative or word == "的"
    return False


def _party_before(state: _Sentence, pos: int, start: int) -> tuple[Party, ...]:
    """The coordinated parties that end right before ``pos`` within the clause."""
    before = [p for p in state.all_mentions() if p.end == pos and p.start >= start]
    if not before:
        return ()
    first = before[0]
    group = state.finder.group_at(state.text, first.start, pos, state.tokens)
    if not (group and group[-1].end == pos):
        group = [first]
    if state.text[first.start - 1 : first.start] == "、":
        group = _whole_list(state, first, pos, start) or group
    if group[0].start > 0 and state.text[group[0].start - 1] in _OBJECT_MARKS:
        return ()  # 与 B 和 C 合作: B is a co-object, not the actor
    if _disposed_after_relative(state, group[0].start, start):
        return ()  # 将甲确定的 B 报 C 备案: B is what is filed, the clause's actor files it
    if all(p.text in state.table.nonparties for p in group):
        return ()  # 借助各方力量为乙提供…: no party stands before the cue
    opening = group[0].start
    owner = [p for p in state.all_mentions() if p.end == opening - 1 and p.start >= start]
    if owner and state.text[opening - 1] == "的":
        opening = owner[0].start  # 借助甲校的专家为乙提供…: the possessor opens the phrase
    index = bisect.bisect_left(state.starts, opening)
    if index > 0 and state.text[slice(*state.tokens[index - 1])] in state.table.means:
        return ()  # 通过 B 向 C 公示: B is the channel, the clause's actor acts
    return tuple(group)


def _whole_list(state: _Sentence, last: Party, pos: int, start: int) -> list[Party]:
    """The list joined by 、 that ``last`` closes right before ``pos`` (甲、乙对丙…: both
    act), read from its first name in the clause."""
    for party in state.all_mentions():
        if start <= party.start < last.start:
            listed = state.finder.group_at(state.text, party.start, pos, state.tokens)
            if listed and listed[-1].end == pos:
                return listed
    return []


def _inside_listed_name(state: _Sentence, pos: int, start: int) -> bool:
    """Whether a name in a list the clause holds spans ``pos`` (甲、科学和技术局: the
    party finder reads the name whole only as a member of the list)."""
    if state.text[pos : pos + 1] not in _OBJECT_MARKS:
        return False
    for party in state.all_mentions():
        if start <= party.start < pos and party.end <= pos:
            group = state.finder.group_at(state.text, party.start, pos + 8, state.tokens)
            if any(p.start < pos < p.end for p in group):
                return True
    return False


def _inside_bearer_name(state: _Sentence, cue_start: int, cue_end: int) -> bool:
    """Whether a duty's bearer the duty reader found in the sentence spans the cue and
    more (甲、食品监督抽检等部门负责…: 监督 is inside 食品监督抽检部门, a field of
    a list the finder reads whole only with the list's head)."""
    return any(
        holder.start <= cue_start
        and cue_end <= holder.end
        and holder.end - holder.start > cue_end - cue_start
        for duty in state.analysis.duties
        for holder in duty.holders
    )


def _agent_before(state: _Sentence, pos: int, start: int) -> tuple[Party, ...]:
    """The last party group that 由 names as the agent in the clause before ``pos``
    (由甲会同乙…; 由甲直接为乙提供…)."""
    text = state.text
    at = text.rfind("由", start, pos)
    while at != -1:
        if state.token_start(at):
            group = state.finder.group_at(text, at + 1, pos, state.tokens)
            if group and group[0].start == at + 1:
                return tuple(group)
        at = text.rfind("由", start, at)
    return ()


#: A count before a noun (三家, 两个, 百余所): a quantifier inside a party's name. A
#: partner's count may also be large (十万家) or approximate (百余所), which the name
#: reader's ``COUNT_PREFIX`` does not yet take.
_COUNT_RE = re.compile(
    rf"(?:{COUNT_NUMBER}|万)+(?:{lang_data().alternation('count_approximators')})?"
    rf"{COUNT_CLASSIFIER}"
)
#: Words of scope or approximation that may open a count (全国, 近): dropped with it.
_COUNT_SCOPE_RE = re.compile(rf"(?:{lang_data().alternation('count_scopes')})*")


def _clean(state: _Sentence, party: Party) -> Party:
    """A party without a leading determiner or pronoun (其监护人 → 监护人)."""
    text = party.text
    for pattern in (state.table.skip, state.table.pronoun):
        match = pattern.match(text)
        if match and match.group() in _RELEVANCE_WORDS and len(text) - match.end() <= 2:
            return party  # 相关部门, 相关机构: 相关 stays on a bare generic head
        if match and match.group() in _SOME and text[match.end() :] in LISTED_HEADS:
            return party  # 许多机构: a bare generic head keeps the count that names the group
        if match and len(text) - match.end() >= 2 and state.token_start(party.start + match.end()):
            if match.group() in ANAPHORIC_DEMONSTRATIVES:
                return party  # 该委员会: the document resolves it to the body named before
            cut = match.end()
            return state.finder.name(text[cut:], party.start + cut)
    return _past_inner_quantifier(state, party)


#: Words of relevance (相关, 相应): SKIP words, but they stay on a bare generic head of
#: two characters (相关部门), which names the party concerned.
_RELEVANCE_WORDS = frozenset(lang_data().words("relevance_determiners"))
#: Counts of some of a class (许多, 部分): SKIP drops them before a name (部分医生 → 医生),
#: but before a bare generic head (许多机构) the count names the group and stays.
_SOME = lang_data().word_set("quantified_subjects")


def _past_inner_quantifier(state: _Sentence, party: Party) -> Party:
    """A party without the modifiers before a determiner or a count inside its name (甲市
    其他三家物流公司 → 物流公司, 辖区内各业主 → 业主): names carry no quantifiers."""
    text = party.text
    if state.text[party.start : party.end] != text:
        return party  # a party the context gives
    cut = 0
    for pos in range(1, len(text) - 2):
        if not state.token_start(party.start + pos):
            continue
        match = state.table.skip.match(text, pos) or _COUNT_RE.match(text, pos)
        if (
            match
            and match.group() not in _RELEVANCE_WORDS  # (甲市相关部门: 相关 stays, see _clean)
            and len(text) - match.end() >= 2
            # (甲局各部门: no bare head alone, but 全国三所学校 → 学校)
            and (text[match.end() :] not in _BARE_HEADS or _scope_only(text, pos, match))
            and state.token_start(party.start + match.end())
        ):
            cut = match.end()
    return party if not cut else state.finder.name(text[cut:], party.start + cut)


def _scope_only(text: str, pos: int, match: re.Match[str]) -> bool:
    """Whether a count opens the name after no more than words of scope (全国, 近): then
    the bare head it leaves is the party (近十家期刊 → 期刊), as no name qualifies it."""
    return bool(_COUNT_RE.fullmatch(match.group())) and (
        _COUNT_SCOPE_RE.fullmatch(text, 0, pos) is not None
    )


def _negated(state: _Sentence, start: int, end: int) -> bool:
    return bool(state.table.negation.search(state.text, start, end))


def _modality(
    state: _Sentence, clauses_start: int, pos: int, *, topic: bool = False
) -> tuple[Modality | None, bool]:
    """The force of the clause at ``pos`` and whether it forbids (不得 …); with ``topic``, a
    negated relative clause opening the clause is passed over (无法处理的事项…)."""
    if topic:
        clauses_start = _past_negated_topic(state, clauses_start, pos)
    for duty in state.analysis.duties:
        if duty.start <= pos < max(duty.end, duty.start + 1):
            return duty.modality, duty.modality is Modality.MUST_NOT
    found: Modality | None = None
    for match in TRIGGER_RE.finditer(state.text, clauses_start, pos):
        found = TRIGGERS[match.group()][0]
    return found, found is Modality.MUST_NOT


def _skip(state: _Sentence, pos: int, end: int) -> int:
    """``pos`` past determiners (该, 相关 …) that end on a word boundary (各, not 各级),
    and past the spaces a converted file leaves around Latin words (要求 ABC…)."""
    pos = _skip_spaces(state.text, pos, end)
    while True:
        match = state.table.skip.match(state.text, pos, end)
        if not match or match.end() == pos or not state.token_start(match.end()):
            return pos
        if match.group() in _RELEVANCE_WORDS:  # 相关部门, 相应机构: it stays on a bare head
            group = state.finder.group_at(state.text, pos, end, state.tokens)
            if group and group[0].start == pos and group[0].end - match.end() <= 2:
                return pos
        pos = match.end()


def _object_at(
    state: _Sentence,
    pos: int,
    end: int,
    actor: tuple[Party, ...],
    relative: bool,
    broad: bool = False,
    verb: re.Pattern[str] | None = None,
) -> tuple[list[Party], str]:
    """The party group that starts at ``pos`` (after determiners), and how it was read;
    with ``broad``, a broad actor (社会) the cue addresses is one too."""
    text = state.text
    start, pos = pos, _skip(state, pos, end)
    pronoun = _pronoun_at(state, pos, end)
    if pronoun and not state.finder.group_at(text, pronoun.end(), end, state.tokens):
        named = _pronoun_antecedents(state, pronoun, actor)
        return named, "pronoun" if named else ""
    group = (
        state.finder.group_at(text, pos, end, state.tokens)
        or _determined_group(state, start, pos, end)
        or _possessor_list(state, pos, end)
    )
    if not group and text.startswith("被", pos):
        group = _passive_role(state, pos, end)
    if group and group[0].start != pos and verb is not None:
        # 为甲、乙等丙机构提供…: a prepositional frame's object list closed by a label; a
        # verb frame's (鼓励甲、乙等社会力量…) is read by the directive readers
        group = _listed_before_label(state, pos, group) or group
    if group and group[0].start != pos and not group[0].text.startswith(text[pos : group[0].start]):
        # 审核工作、甲…: the words before the list's party are no name of it; a government
        # before its fields (县政府甲、乙等部门) opens each name
        group = []
    if group and state.next_word(group[-1].end) in state.table.localizers:
        return [], ""  # 对商场内的摊位: a place, not the party
    if group:  # 督促上述单位: the members of the list named before; 由甲指定的乙: 乙
        described = _listed_back(state, start, group) or _described(state, group, end, verb)
        if described:
            return described, "relative"
        return _continued(state, _addressed_head(state, group, end, verb), end, broad=broad), ""
    modified = _modified_party(state, pos, end)
    if modified:
        return _continued(state, modified, end), "modified"
    latin = _latin_opened(state, pos, end) or _latin_party(state, pos, end)
    if latin is not None:
        return [latin], ""
    society = _broad_party(state, pos, end) if broad else None
    if society is not None:
        return [society], ""
    if not relative:
        return [], ""
    limit = min(end, pos + _MAX_RELATIVE)
    de = text.find("的", pos, limit)
    while de != -1:
        group = state.finder.group_at(text, _skip(state, de + 1, end), end, state.tokens)
        if group:
            return state.finder.named_with_clause(text, pos, group, state.tokens), "relative"
        de = text.find("的", de + 1, limit)
    return [], ""


#: Determiners that may open a name whose first word is a verb (各承建单位, 其他受托机构).
_NAME_OPENING_DETERMINERS = lang_data().word_set("name_opening_determiners")


def _determined_group(state: _Sentence, start: int, pos: int, end: int) -> list[Party]:
    """The group a determiner before ``pos`` opens where the name after it opens with a
    verb (督促各承建单位…: 承建单位 names no party alone, 各承建单位 does); its names
    are cleaned of the determiner later (``_clean``)."""
    if state.text[start:pos] not in _NAME_OPENING_DETERMINERS:
        return []
    group = state.finder.group_at(state.text, start, end, state.tokens)
    return group if group and group[0].start == start else []


def _pronoun_at(state: _Sentence, pos: int, end: int) -> re.Match[str] | None:
    """A pronoun standing for a party at ``pos``: a word of its own, not the first
    character of a longer word (他人, 其他: no pronoun)."""
    pronoun = state.table.pronoun.match(state.text, pos, end)
    return pronoun if pronoun and pronoun.end() in state.ends else None


def _passive_role(state: _Sentence, pos: int, end: int) -> list[Party]:
    """The party group after a 被 at ``pos`` that the chunker leaves unread, with 被 kept on
    its first name, when that name opens with the act done to the party (督促被督办单位整改:
    the role 被督办单位 is the end, not the other side 督办单位); a name opening with a noun
    follows a passive's 被 (被甲公司侵权的乙): []."""
    group = state.finder.group_at(state.text, pos + 1, end, state.tokens)
    if not group or group[0].start != pos + 1:
        return []
    if word_class(state.next_word(pos + 1)) not in VERB_CLASSES:  # 约谈, 检查
        return []
    return [state.finder.name(state.text[pos : group[0].end], pos), *group[1:]]


def _listed_before_label(state: _Sentence, pos: int, group: list[Party]) -> list[Party]:
    """The members of a list closed by 等 before the label party that opens ``group``
    (为甲银行、乙公司等金融机构提供…: 甲银行, 乙公司), when the members fill
    the words from ``pos`` up to 等, joined only by list joiners; else []."""
    text, label = state.text, group[0]
    if not text.endswith("等", pos, label.start):
        return []  # 等 (or 等等) right before the label
    etc_start = label.start - (2 if text.endswith("等等", pos, label.start) else 1)
    members = [m for m in state.all_mentions() if pos <= m.start and m.end <= etc_start]
    covered = pos
    for member in sorted(members, key=lambda m: (m.start, -m.end)):
        if member.start < covered:
            continue
        if text[covered : member.start].strip(_LIST_JOINERS) or (
            covered > pos and not text[covered : member.start]
        ):
            return []
        covered = member.end
    if not members or covered != etc_start:
        return []
    return sorted(members, key=lambda m: m.start)  # the label is a kind (合作伙伴), no end


def _possessor_list(state: _Sentence, pos: int, end: int) -> list[Party]:
    """A list closed by 等 and its label right before a 的 (与甲、乙等机构的合作): read up to
    the 的, the parties whose act the noun after it names; the cue's own frame then
    decides whether that noun may stand for them (a cue without ``of`` takes none)."""
    de = state.text.find("的", pos, min(end, pos + _MAX_RELATIVE))
    if de == -1 or "等" not in state.text[pos:de]:
        return []
    group = state.finder.group_at(state.text, pos, de, state.tokens)
    return group if group and group[-1].end == de else []


def _pronoun_antecedents(
    state: _Sentence, pronoun: re.Match[str], actor: tuple[Party, ...]
) -> list[Party]:
    """The parties a pronoun object stands for: the last party named before it that is
    not the actor, a plural pronoun its whole group (引导甲和乙…，帮助他们…: both)."""
    pos = pronoun.start()
    labels = {p.label for p in actor}
    earlier = [
        p
        for p in state.all_mentions()
        if p.end <= pos and p.label not in labels and not _listed_in(state, p, actor)
    ]
    # 甲…的，乙应当告知其…: 其 is the subject of a clause before (甲), not a party
    # named inside that clause's modifiers
    topics = [p for p in state.subjects if p.end <= pos and p.label not in labels]
    if not topics and not earlier:
        return []
    last = (topics or earlier)[-1]
    named = [last]
    if pronoun.group() in _PLURAL_PRONOUNS:
        named = _whole_list(state, last, last.end, 0) or named
    return [Party(p.text, p.label, p.cls, pos, pronoun.end()) for p in named]


def _addressed_head(
    state: _Sentence, group: list[Party], end: int, verb: re.Pattern[str] | None
) -> list[Party]:
    """The parties after 的 a cue addresses (通知甲校的家长: the 家长, not their possessor),
    unless the cue's own noun follows 的 (在甲局的领导下: 甲局, no leader read as a party)."""
    if verb is not None and verb.match(state.text, group[-1].end, end):
        return group
    return list(_possessed(state, tuple(group), end))


#: Determiners pointing back at the members of a list closed by 等 (这些机构, 上述单位).
_PLURAL_BACK_RE = re.compile(f"(?:{lang_data().alternation('plural_back_references')})$")
_PLURAL_BACK_OPEN_RE = re.compile(lang_data().alternation("plural_back_references"))
#: What joins two members of a list (甲、乙, 甲和乙, 甲以及乙).
_MEMBER_JOINT_RE = re.compile(
    "[{}]|以及".format("".join(sorted(lang_data().chars("list_joiners"))))
)


def _listed_back(state: _Sentence, start: int, group: list[Party]) -> list[Party]:
    """The members of a list named before ``start`` and closed by 等 and the head that a
    plural back reference before ``group`` repeats (甲、乙等单位…，督促上述单位…: 甲 and
    乙), else []."""
    if len(group) != 1:
        return []
    back = _PLURAL_BACK_RE.search(state.text, start, group[0].start)
    owned = _PLURAL_BACK_OPEN_RE.match(group[0].text)
    if not back and not owned:
        return []
    head = group[0].text[owned.end() :] if owned else group[0].text
    mentions = [p for p in state.all_mentions() if p.end <= start]
    heads = [
        i
        for i, p in enumerate(mentions)
        if p.text == head and i and state.text[mentions[i - 1].end : p.start] == "等"
    ]
    if not heads:
        return []
    members = [mentions[heads[-1] - 1]]
    for before in reversed(mentions[: heads[-1] - 1]):
        joint = state.text[before.end : members[0].start]
        if not _MEMBER_JOINT_RE.fullmatch(joint):
            break
        members.insert(0, before)
    if len(members) < 2:
        return []
    # each member stands where the back reference does, as a pronoun's party does
    return [Party(m.text, m.label, m.cls, group[0].start, group[0].end) for m in members]


def _listed_in(state: _Sentence, party: Party, actor: tuple[Party, ...]) -> bool:
    """Whether ``party`` is an item of a list that an acting party closes (甲、乙等单位
    对其…: 其 is the actor itself, not 乙)."""
    return any(
        0 <= a.start - party.end <= _MAX_LISTED_GAP
        and _LIST_TAIL_RE.fullmatch(state.text, party.end, a.start) is not None
        for a in actor
    )


#: What may stand between a listed item and the name closing its list (、丙、丁等).
_LIST_JOINERS = "".join(sorted(lang_data().chars("list_joiners")))
_LIST_TAIL_RE = re.compile(rf"(?:[{_LIST_JOINERS}][^，。；：,;:{_LIST_JOINERS}]{{1,8}})*等?")
_MAX_LISTED_GAP = 24


def _described(
    state: _Sentence, group: list[Party], end: int, cue_verb: re.Pattern[str] | None
) -> list[Party]:
    """The parties a relative clause of one verb describes right after ``group`` (由甲局
    指定的乙中心负责…: 乙中心 acts, 甲局 only names it), else []; not after the cue's own
    verb (为甲提供的乙服务: 甲 is served)."""
    verb_at = group[-1].end
    verb = state.next_word(verb_at)
    if not verb or not word_class(verb).startswith("v") or _is_verb_cue(state, verb):
        return []
    if cue_verb is not None and cue_verb.match(state.text, verb_at):
        return []
    de = verb_at + len(verb)
    if not state.text.startswith("的", de) or de + 1 >= end:
        return []
    described = state.finder.group_at(state.text, de + 1, end, state.tokens)
    return described if described and described[0].start == de + 1 else []


def _modified_party(state: _Sentence, pos: int, end: int) -> list[Party]:
    """The party group a short run of bare modifier words before it leaves unread: the
    chunker names 丙单位 in 对甲乙丙单位…, the whole phrase is the party (甲乙丙单位). The run
    is at most a few words, with no 的, punctuation, cue or party between."""
    text = state.text
    index = bisect.bisect_left(state.starts, pos)
    for start, stop in state.tokens[index : index + _MAX_MODIFIER_WORDS]:
        if start != pos or not HAN_WORD_RE.fullmatch(text[start:stop]) or text[start] == "的":
            return []
        if _is_verb_cue(state, text[start:stop]) or state.table.negation.match(text, start):
            return []
        pos = stop
        # (a mention must start there: the group is looked for only then)
        if any(m.start == pos for m in state.all_mentions()) and (
            group := state.finder.group_at(text, pos, end, state.tokens)
        ):
            first, begin = group[0], state.starts[index]
            opening = text[begin : state.tokens[index][1]]
            if word_class(opening) not in _MODIFIER_CLASSES or not (
                state.finder.fills_as_name(text, begin, first.end, state.tokens)
            ):
                return []
            return [state.finder.name(text[begin : first.end], begin), *group[1:]]
    return []


def _continued(
    state: _Sentence, group: list[Party], end: int, *, broad: bool = False
) -> list[Party]:
    """``group`` with the parties a coordinator adds after it that the chunker left out
    (向甲、被乙或者丙调查: 丙 is an object too); a determiner may open a conjunct
    (与甲、其他的乙合作: 乙 is a partner too); with ``broad``, a broad actor closing the
    list is one too (接受乙局和社会的监督: both supervise)."""
    text = state.text
    while True:
        # 甲（如…）、乙: a bracketed gloss after a name stands outside the list
        joint = _COORDINATOR_RE.match(text, _past_gloss(text, group[-1].end, end), end)
        if not joint:
            return group
        at = _skip(state, joint.end(), end)
        more = state.finder.group_at(text, at, end, state.tokens)
        society = _broad_party(state, at, end) if broad and not more else None
        if society is not None:
            return [*group, society]
        if not more or more[0].start != at:
            # 为甲、乙类船舶和丙提供…: a conjunct that names a thing is passed over
            after = _thing_conjunct(state, joint.end(), end)
            if after is None:
                return group
            joint = _COORDINATOR_RE.match(text, after, end)
            assert joint is not None
            more = state.finder.group_at(text, joint.end(), end, state.tokens)
            if not more or more[0].start != joint.end():
                return group
        if _modifies_noun(state, more[-1].end):
            # 甲、乙公司驻地: the last name modifies a thing, the list ends before it
            return [*group, *more[:-1]]
        if joint.group().endswith("被"):  # 被投诉人 is not 投诉人: the name keeps 被
            passive = joint.end() - 1
            more[0] = state.finder.name(text[passive : more[0].end], passive)
        group = [*group, *more]


def _past_gloss(text: str, pos: int, end: int) -> int:
    """``pos`` past a bracketed gloss that opens there (（如甲、乙等）), else ``pos``."""
    if not text.startswith(("（", "("), pos):
        return pos
    close = _GLOSS_END_RE.search(text, pos + 1, min(end, pos + _MAX_GLOSS))
    return close.end() if close else pos


#: Where a bracketed gloss closes, and how long one may be.
_GLOSS_END_RE = re.compile(r"[）)]")
_MAX_GLOSS = 40


def _thing_conjunct(state: _Sentence, pos: int, end: int) -> int | None:
    """The end of a conjunct at ``pos`` that names a thing, not a party, when a coordinator
    follows it (甲籍船舶和…): nouns only, a few words, no party inside; else None."""
    index = bisect.bisect_left(state.starts, pos)
    if index == len(state.starts) or state.starts[index] != pos:
        return None
    for at, stop in state.tokens[index : index + _MAX_THING_WORDS]:
        if at >= end or not HAN_WORD_RE.fullmatch(state.text[at:stop]):
            return None
        if not word_class(state.text[at:stop]).startswith(("n", "b")):
            return None
        if state.inside_party(at, stop):
            return None
        if _COORDINATOR_RE.match(state.text, stop, end) and stop > pos:
            return stop
    return None


#: The most words of a thing passed over in a list of parties (甲籍船舶).
_MAX_THING_WORDS = 3
#: Words closing a group of parties before its verb (甲、乙之间…, 甲、乙共同…).
_GROUP_CLOSERS = lang_data().words("group_closers")


def _gap_ok(state: _Sentence, cue: RelationCue, word: str, group_end: int, verb_start: int) -> bool:
    """What stands between the party and the verb leaves the party an end of the relation.

    ``word`` is the cue as written: a verb that the same preposition takes for another
    relation ends the phrase first (向 B 提供说明 is SERVES, not INFORMS by 说明).
    """
    gap = state.text[group_end:verb_start]
    if not gap.strip():
        return True  # 在 ABC 登记: a space after a Latin name is no word between
    if any(ch in _CLAUSE_BREAKS for ch in gap):
        return False
    partner = cue.kind is RelationKind.COLLABORATES_WITH and word in _PARTNER_WORDS
    if partner and TRIGGER_RE.search(gap):
        return False  # 甲和乙应当予以配合: a modal after B makes 和 a conjunction
    if "of" in cue.flags and _CONDUCT_RE.search(gap):
        return True  # 对 B 开展甲活动的情况进行检查: B's conduct stands for B
    gap = _CO_NOUNS_RE.sub("", gap)  # 对 B 的管理和检查: both verbs are read
    # a verb inside a party's name is no verb (向甲、被举报人调查: 举报 is in a name)
    words = _CO_NOUNS_RE.sub(
        "",
        "".join(
            "_" if state.inside_party(at, at + 1) else char
            for at, char in enumerate(state.text[group_end:verb_start], start=group_end)
        ),
    )
    for other in state.table.cues:
        if (
            other is not cue
            and other.frame == "prep"
            and other.cue is not None
            and other.verb is not None
            and other.cue.fullmatch(word)
            and other.verb.search(words)
        ):
            return False
    if gap.startswith(_GROUP_CLOSERS):
        return True
    if gap.startswith("的"):
        return "of" in cue.flags
    word = state.next_word(group_end)
    if len(word) > len(gap):
        word = gap  # the segmenter glued the verb to the word before it (提出申请): judge that word
    if "of" in cue.flags:
        return True
    # 为 B 申领证照提供…: a verb after B opens B's own clause; 为 B 权益提供…: B is a modifier;
    # a verb and its object the dictionary tags as one noun (开拓市场) open a clause too
    if len(word) == 4 and word_class(word[:2]) == "v" and word_class(word[2:]) == "n":
        return True
    return bool(word) and (word_class(word) not in _NOUN_CLASSES or word in _ADVERBIAL_NOUNS)


def _read_cue(
    state: _Sentence,
    cue: RelationCue,
    match: re.Match[str],
    c_start: int,
    c_end: int,
    actor: _Actor,
    handover: list[_Handover],
) -> list[RelationCandidate]:
    """``_read_cue_once``, kept per sentence: a directive's match is read once for its
    addressee (``_handovers``) and again with the clause's cues, mostly with the same
    handovers before it, the only ones its reading looks at (``_acting``)."""
    cue_start = match.start()
    before = tuple(item for item in handover if item[0] <= cue_start)
    key = (id(cue), match.span(), c_start, c_end, id(actor), before)
    found = state.read_cues.get(key)
    if found is None:
        found = state.read_cues[key] = _read_cue_once(
            state, cue, match, c_start, c_end, actor, handover
        )
    return list(found)


def _read_cue_once(
    state: _Sentence,
    cue: RelationCue,
    match: re.Match[str],
    c_start: int,
    c_end: int,
    actor: _Actor,
    handover: list[_Handover],
) -> list[RelationCandidate]:
    """The relations one cue states: its acting parties, its object group and its verb.

    Each step may find that the cue states nothing here (a cue inside a name, under a
    negation, with no named object …); the first that does ends the reading.
    """
    cue_start, cue_end = match.span()
    if not _cue_applies(state, cue, c_start, cue_start, cue_end):
        return []
    acting = _acting(state, cue, actor, handover, c_start, cue_start)
    if acting is None:
        return []
    ends = _cue_ends(state, cue, cue_end, c_end, acting)
    if ends is None:
        return []
    part_agent = _part_agent_wanted(state, cue, ends[1], c_start)
    if not part_agent and _unread_ends(state, cue, match, ends, c_start):
        return []
    parties, how, group, object_how = ends
    named = "named" in cue.flags and not _bearer_acts(state, actor, cue_start)
    # a zero subject of a clause that states no duty of its own: only a list's lead-in
    # names who acts (甲应当履行下列职责：（一）指导乙…)
    # (not in an adverbial: 为了促进乙…, 通过引导乙… direct no one)
    bearer = named and how == "zero" and actor.how in ("zero", "duty")
    bearer = bearer and not state.table.opener.match(state.text, c_start, c_end)
    authority = cue.flags & {"authority", "nonauthority"}
    if authority and not (bearer and not parties):
        parties = _by_authority(state, cue, parties)
        if not parties:
            return []
    spanned = _object_and_span(state, cue, match, group, c_end, object_how)
    if spanned is None:
        return []
    group, end, liability = spanned
    target = _marked_target(state, cue, group[-1].end, end)
    parties, how = (target, "") if target else (parties, how)
    modality, forbidden = _cue_modality(state, cue, (c_start, cue_start, end), liability)
    if forbidden:
        return []
    # 接受乙的监督 with a zero subject: only a duty's bearer receives it (…，并接受乙的监督)
    reverse = how == "zero" and cue.reverse and not _in_bare_duty(state, cue_start, other=True)
    unnamed = (named and not bearer) or how == "other" or (reverse and not _sanctions(cue, actor))
    if (not parties and unnamed) or (named and _encouraged(state, how, parties, cue_start)):
        return []
    rule = cue.rule + "".join(f"{_HOW_SEPARATOR}{part}" for part in (how, object_how) if part)
    confidence = 0.8 if not how and not object_how else 0.65
    made = _pairs(cue, parties, group, rule, confidence, modality, cue_start, end)
    if (bearer or reverse) and not parties:  # (reverse: a sanction of an earlier part's party)
        return [replace(r, bearer=next(iter(authority), "any")) for r in made]
    if part_agent and not parties:
        return [replace(r, bearer=PART_AGENT) for r in made]
    return made


#: The bearer of a sanction whose agent an earlier "；"-part of the sentence names with 由
#: (由甲局责令改正；拒不改正的，对乙处罚款): the document gives it (see ``_part_agent_wanted``).
PART_AGENT = "part-agent"


def _part_agent_wanted(state: _Sentence, cue: RelationCue, how: str, c_start: int) -> bool:
    """Whether a sanction that wants its clause's own agent (对乙处…罚款) has none in a
    text with no 由 before it: a "；"-part whose agent an earlier part names (…，由甲局
    责令改正；拒不改正的，对乙处罚款), which the document knows; no such part, no relation."""
    return (
        cue.kind is RelationKind.SUPERVISES
        and how == "zero"
        and _borrowed(cue, how)
        and c_start not in state.agent_chained
        and "由" not in state.text[:c_start]
    )


def _unread_ends(
    state: _Sentence,
    cue: RelationCue,
    match: re.Match[str],
    ends: tuple[tuple[Party, ...], str, list[Party], str],
    c_start: int,
) -> bool:
    """Whether the ends a cue found state nothing: subjects joined by the cue, a borrowed
    party where the cue wants the clause's own (but an agent 由 named in the clause before
    goes on: 由甲局责令改正，对乙厂负责人处罚款), or the reporter of a case sanctioned
    (甲局应当报告乙局，由乙局依法处理: 甲局 is not sanctioned)."""
    parties, how, group, _ = ends
    return (
        _joins_subjects(state, cue, match, group)
        or (_borrowed(cue, how) and c_start not in state.agent_chained)
        or (
            how == "chain"
            and cue.rule == SANCTION_RULE
            and _duty_just_before(state, parties, c_start)
        )
    )


def _duty_just_before(state: _Sentence, parties: tuple[Party, ...], c_start: int) -> bool:
    """Whether ``parties`` bear a duty stated in the clause right before (甲局应当将线索移送
    乙局，由乙局依法处理): the body that reports a case to the sanctioning one is not the
    party it sanctions, unlike a violator named in a condition (甲违反…的，由乙局处理)."""
    names = {p.text for p in parties}
    return bool(names) and any(
        d.holders
        and names <= {h.text for h in d.holders}
        and set(state.text[d.end : c_start]) <= _CHAIN_BREAKS | {" "}
        for d in state.analysis.duties
    )


#: The rule of a sanction clause's agent (由甲局责令…, 由甲局吊销…).
SANCTION_RULE = "relation.supervises.sanction"


def _sanctions(cue: RelationCue, actor: _Actor) -> bool:
    """Whether a sanction's agent, in a clause with no party of its own (…的，由甲局吊销其
    执照), may act on the party a sentence's earlier "；"-part sanctions: the document
    knows the parts, so the relation goes to it with a zero object."""
    return actor.how == "zero" and cue.rule == SANCTION_RULE


#: How an acting party is found when it is not the clause's own: from the clauses
#: before, a zero subject, a duty's bearer or the next clause's subject.
_NOT_OWN_ACTORS = frozenset({"chain", "zero", "duty", "next"})
#: How an acting party is found outside its sentence or in a clause after it: a zero
#: subject, the next clause's subject, a duty's bearer or a directive's addressee; not a
#: subject named earlier in the sentence (chain). The extractor reads them back from a
#: relation's rule (``rule_parts``).
OUTSIDE_ACTORS = frozenset({"zero", "next", "duty", "handover"})
#: What joins a cue's rule to the ways its parties were found (甲规则+zero+next).
_HOW_SEPARATOR = "+"


def rule_parts(rule: str) -> tuple[str, list[str]]:
    """A relation's rule split into the cue's rule and the ways its parties were found
    (甲规则+zero → 甲规则, [zero]: a zero subject)."""
    base, *how = rule.split(_HOW_SEPARATOR)
    return base, how


def _borrowed(cue: RelationCue, how: str) -> bool:
    """The cue wants its clause's own party (flag own) and the acting party is borrowed
    (甲违反…的，对乙给予处分: the violator of the clause before sanctions no one)."""
    return "own" in cue.flags and how in _NOT_OWN_ACTORS


def _marked_target(state: _Sentence, cue: RelationCue, start: int, end: int) -> tuple[Party, ...]:
    """The parties a 对-phrase between a reversed prepositional cue's party and its verb
    names (由甲局对乙负责人依法给予处分: 乙负责人, acted on instead of the clause's actor),
    else ()."""
    if not (cue.reverse and cue.frame == "prep"):
        return ()
    text = state.text
    at = text.find(_TARGET_MARK, start, end)
    if at < 0 or not state.token_start(at):
        return ()
    group, _ = _object_at(state, at + len(_TARGET_MARK), end, (), relative=True)
    return tuple(group)


#: The preposition naming the party a sanction or a measure is directed at (对乙…).
_TARGET_MARK = "对"


def _joins_subjects(
    state: _Sentence, cue: RelationCue, match: re.Match[str], group: list[Party]
) -> bool:
    """Whether a prepositional cue that is also a coordinator (和) joins the last of the
    acting parties to the list: its object group goes on with 与 (甲和乙与丙签订…: 乙
    acts with 甲, and 丙 is the object)."""
    return (
        cue.frame == "prep"
        and match.group() in _JOINERS
        and any(state.text[a.end : b.start] in COMITATIVES for a, b in pairwise(group))
    )


def _encouraged(state: _Sentence, how: str, parties: tuple[Party, ...], pos: int) -> bool:
    """Whether the acting ``parties``, borrowed from the clauses before (``how``), are
    those an encouragement before ``pos`` addresses with no named encourager (鼓励甲协会
    开展…，推动乙企业…): the unnamed encourager, not 甲协会, goes on directing, so a
    further directive names no party."""
    if how not in ("chain", "duty") or not parties:
        return False
    names = {p.text for p in parties}
    for duty in state.analysis.duties:
        if not duty.rule.startswith(ENCOURAGING_RULE) or duty.end > pos or not duty.holders:
            continue
        if not names <= {h.text for h in duty.holders}:
            continue
        if state.next_word(max(h.end for h in duty.holders)) in state.table.means:
            continue  # 鼓励甲协会通过…，引导乙…: the means clause hands 甲协会 the directive
        first = min(h.start for h in duty.holders)
        if any(
            _is_verb_cue(state, state.text[first - size : first], _DIRECTING)
            for size in (2, 3, 4)
            if first >= size
        ):
            return True
    return False


def _bearer_acts(state: _Sentence, actor: _Actor, pos: int) -> bool:
    """Whether the cue at ``pos`` is the predicate of a modal duty whose clause names no
    subject (…，应激励乙单位…): the duty's bearer, a zero subject resolved as for the duty,
    is the named party that acts, not the state of a bare 鼓励乙单位…."""
    return actor.how == "zero" and _in_bare_duty(state, pos)


def _in_bare_duty(state: _Sentence, pos: int, *, other: bool = False) -> bool:
    """Whether ``pos`` lies in a modal duty whose clause names no subject (with ``other``,
    also one whose subject is a thing: 甲项目的经费应当公开，并接受乙的监督), which the
    document gives a bearer as it does the duty."""
    return any(
        not duty.holders
        and (other or duty.zero != "other")
        and duty.start <= pos < duty.end
        and not duty.rule.startswith(DIRECTING_RULES)
        for duty in state.analysis.duties
    )


def _cue_modality(
    state: _Sentence,
    cue: RelationCue,
    starts_and_end: tuple[int, int, int],
    liability: re.Match[str] | None,
) -> tuple[Modality | None, bool]:
    """The force of a cue's clause and whether it forbids; for a liability frame (造成 B
    损失的，A 应当承担…责任) the force of the liability's own clause."""
    c_start, cue_start, end = starts_and_end
    if cue.frame == "prep" and liability is not None:
        return _modality(state, end, liability.start())
    return _modality(state, c_start, cue_start, topic=True)


def _object_and_span(
    state: _Sentence,
    cue: RelationCue,
    match: re.Match[str],
    group: list[Party],
    c_end: int,
    object_how: str,
) -> tuple[list[Party], int, re.Match[str] | None] | None:
    """The object group, the end of the cue and its liability word (``_cue_span``), the
    group cut where the chunker glued the cue's verb into its last name; None when the
    frame is incomplete."""
    span = _cue_span(state, cue, match, group, c_end, object_how)
    if span is None and cue.frame == "prep":
        group = _unglued(state, cue, group)  # 向甲备案乙…: the chunker glued 甲备案乙
        span = _cue_span(state, cue, match, group, c_end, object_how) if group else None
    return None if span is None else (group, *span)


def _unglued(state: _Sentence, cue: RelationCue, group: list[Party]) -> list[Party]:
    """The group with its last name cut before the cue's verb that the chunker glued into
    it (向监管局备案经营者信息: 监管局备案经营者 → 监管局), or nothing."""
    assert cue.verb is not None
    last = group[-1]
    for verb in cue.verb.finditer(state.text, last.start + 2, last.end):
        if not state.token_start(verb.start()):
            continue
        cut = state.finder.group_at(state.text, last.start, verb.start(), state.tokens)
        if cut and cut[-1].end == verb.start():
            return [*group[:-1], *cut]
    return []


def _cue_applies(
    state: _Sentence, cue: RelationCue, c_start: int, cue_start: int, cue_end: int
) -> bool:
    """The cue is a word of its own, not inside a name, a sanction or a negation."""
    if cue_end == cue_start or not state.token_start(cue_start):
        return False
    if _in_title(state.text, cue_start):
        return False  # 《关于规范甲机构业务的通知》: a title names a text, it states nothing
    if cue.frame == "verb" and _verb_in_noun(state, c_start, cue_start, cue_end):
        return False
    co_verb = cue.frame == "verb" and _glued_co_verb(state, cue_start, cue_end)
    if cue_end not in state.ends and cue.frame == "verb" and not co_verb:
        return False
    named = state.inside_party(cue_start, cue_end) and not co_verb
    if (named and not _glued_to_name(state, cue, cue_start, cue_end)) or _inside_listed_name(
        state, cue_start, c_start
    ):
        return False  # 监督 inside 卫生监督所; 和 inside 甲、科学和技术局
    if not named and _inside_bearer_name(state, cue_start, cue_end):
        return False  # 监督 inside 甲、食品监督抽检等部门, a list the duty reader read
    if (
        "predicate" in cue.flags
        and _predicate_before(state, cue_start) is None
        and ("acts" in cue.flags or state.text[cue_start - 1 : cue_start] not in _CHAIN_BREAKS)
    ):
        # 义工服务档案: a verb that names things as often, read after an adverb or opening
        # a chained clause (…，教育乙方…); a chained 助力乙方… as often names a goal
        return False
    if "nominal" in cue.flags and _thing_noun_before(state, cue_start, c_start):
        return False  # 收到改进建议: the cue is the noun a thing's noun modifies
    sanction = "由" in state.text[c_start:cue_start] or c_start in state.agent_chained
    if ("nosanction" in cue.flags and sanction) or ("sanction" in cue.flags and not sanction):
        return False
    if "yields" in cue.flags and _joined_to_directive(state, cue_start, cue_end, c_start):
        return False
    if cue.frame == "verb" and _reversed_noun(state, cue, cue_start, c_start):
        return False  # 按照甲局要求选定乙方: 要求 is 甲局's demand, a noun, it addresses no 乙方
    return not _negated(state, _past_negated_topic(state, c_start, cue_start), cue_start)


def _verb_in_noun(state: _Sentence, c_start: int, cue_start: int, cue_end: int) -> bool:
    """Whether a verb cue is part of a noun phrase, acting on no one."""
    return (
        state.text[cue_start - 1 : cue_start] == "被"  # 被移送的机关: a passive participle
        or _after_name_determiner(state, cue_start)  # 本通知|所称: a text, no act
        # 甲、体育动员、乙部门: the verb closes a field of a list
        or _listed_field(state, c_start, cue_start, cue_end)
        or _founded_before(state, cue_start)  # 成立联合工作组: it modifies the body set up
        or _modifies_object_head(state, cue_end)  # 联合|救助对象: it modifies the name's verb
        or _heads_compound_noun(state, cue_end)  # 负有监管|职责的乙局: a duty noun, no act
    )


def _after_name_determiner(state: _Sentence, cue_start: int) -> bool:
    """Whether a determiner of names (本, 该, 上述; lang name_determiners) is the word
    right before the cue: the cue names a thing (本通知, 该指导意见), it acts on no one.
    Not 其, which as often stands for the party that acts (由其通知乙…)."""
    index = state.word_before(cue_start)
    return index >= 0 and state.text[state.tokens[index][0] : cue_start] in _NOUN_DETERMINERS


#: Determiners before which a verb cue is a noun (本通知); not those that are pronouns
#: too (lang pronouns: 其 as often stands for the party that acts).
_NOUN_DETERMINERS = lang_data().word_set("name_determiners") - lang_data().word_set("pronouns")


def _past_negated_topic(state: _Sentence, start: int, end: int) -> int:
    """``start`` past a negated relative clause opening the clause and closed by 的 before
    ``end`` (无法处理的事项及时向甲局报告: the negation describes the problem, the report
    is made), else ``start``."""
    text = state.text
    pos = _skip_spaces(text, start, end)
    if text.startswith("对", pos):
        pos += 1
    negation = state.table.negation.match(text, pos, end)
    if negation is None:
        return start
    mark = text.find("的", negation.end(), end)
    return mark + 1 if mark > 0 else start


#: 的 and a short modifier between a party and its noun (甲局的具体要求).
_OWNED_NOUN_RE = re.compile(r"的[^，。；的\s]{0,2}$")


def _thing_noun_before(state: _Sentence, cue_start: int, c_start: int) -> bool:
    """Whether the word right before a cue is a plain noun that ends no party's name
    (改进|建议, 整改|建议): the two make one noun; after a party (专家|建议) the cue is its verb."""
    index = bisect.bisect_left(state.starts, cue_start) - 1
    if index < 0 or state.tokens[index][1] != cue_start or state.tokens[index][0] < c_start:
        return False
    if any(p.end == cue_start for p in state.all_mentions()):
        return False
    word = state.text[slice(*state.tokens[index])]
    return HAN_WORD_RE.fullmatch(word) is not None and word_class(word) in ("n", "vn")


def _reversed_noun(state: _Sentence, cue: RelationCue, cue_start: int, c_start: int) -> bool:
    """Whether a verb cue is the noun of a reversed frame of its kind that reads here: a
    party right before it, or before 的 and a short modifier (按照甲局的具体要求…), and the
    frame's word before the party (按照甲局要求…)."""
    text = state.text
    owned = _OWNED_NOUN_RE.search(text, max(c_start, cue_start - 4), cue_start)
    before = _party_before(state, owned.start() if owned else cue_start, c_start)
    if not before:
        return False
    opening = _skip_spaces_back(text, before[0].start, c_start)
    for other in state.table.reversed_frames.get(cue.kind, ()):
        if other.cue is None or other.verb is None or not other.verb.match(text, cue_start):
            continue
        if any(
            other.cue.fullmatch(text, opening - size, opening)
            for size in (1, 2, 3, 4)
            if opening - size >= c_start
        ):
            return True
    return False


#: What ends the clause before a chained predicate (…，教育乙方…).
_CHAIN_BREAKS = frozenset("，,；;")


def _listed_field(state: _Sentence, c_start: int, cue_start: int, cue_end: int) -> bool:
    """Whether a verb cue ends a head-less member of a list joined by 、 (甲、体育动员、
    乙部门): the words from the 、 before it to the cue name no party, and 、 follows."""
    text = state.text
    if text[cue_end : cue_end + 1] != "、":
        return False
    joint = text.rfind("、", c_start, cue_start)
    if joint == -1 or joint + 1 == cue_start:
        return False
    return not state.finder.group_at(text, joint + 1, cue_start, state.tokens)


def _in_title(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a title in 《》."""
    opened = text.rfind("《", 0, pos)
    return opened != -1 and text.rfind("》", opened, pos) == -1 and text.find("》", pos) != -1


def _modifies_object_head(state: _Sentence, cue_end: int) -> bool:
    """Whether a party named by a verb and its object head (救助对象) starts right after
    the cue: glued to that verb the cue modifies it (联合救助对象 "jointly aided")."""
    return any(
        party.start == cue_end and party.text in OBJECT_PARTY_HEADS
        for party in state.all_mentions()
    )


#: Nouns that make a relation verb glued before them part of a noun (监管职责, 约谈纪要).
_VERB_COMPOUND_HEADS_RE = lang_data().regex("verb_compound_heads")


def _heads_compound_noun(state: _Sentence, cue_end: int) -> bool:
    """Whether a noun of a duty or a record follows the verb cue (监管|职责, 约谈|纪要) and
    opens no party's name (要求|责任单位…): the verb is part of that noun, no act."""
    if not _VERB_COMPOUND_HEADS_RE.match(state.text, cue_end):
        return False
    return not any(party.start == cue_end for party in state.all_mentions())


def _founded_before(state: _Sentence, cue_start: int) -> bool:
    """Whether the word before a verb cue sets up a body (成立|联合工作组, 组建|联合调查组):
    the cue is a modifier of the body's name."""
    index = bisect.bisect_left(state.starts, cue_start)
    if not index or state.tokens[index - 1][1] != cue_start:
        return False
    start, end = state.tokens[index - 1]
    return state.text[start:end] in _FOUNDING_VERBS


def _glued_co_verb(state: _Sentence, cue_start: int, cue_end: int) -> bool:
    """Whether a verb cue joined to a verb cue before it (甲 指导和|支持乙单位) was glued by
    the segmenter to the name it addresses (支持乙单位 read as one name): the name after
    the cue is a party of its own."""
    text = state.text
    if text[cue_start - 1 : cue_start] not in _JOINERS or not state.token_start(cue_start):
        return False
    if not _is_verb_cue(state, text[max(cue_start - 3, 0) : cue_start - 1]):
        return False
    for party in state.all_mentions():
        if party.start == cue_start and cue_end < party.end:
            group = state.finder.group_at(text, cue_end, party.end, state.tokens)
            return bool(group) and group[0].start == cue_end and group[-1].end == party.end
    return False


# the kinds whose verb cue (报, 报经, tagged a noun) the chunker glues into a name after
# a noun (将结果报甲局备案), as it glues other verbs; a preposition (向, 对) inside a
# name is part of it
_FILING_KINDS = frozenset({RelationKind.REPORTS_TO, RelationKind.SUPERVISES})
_PREPOSITIONS = lang_data().word_set("prepositions")
_FOUNDING_VERBS = lang_data().word_set("founding_verbs")
_COLONS = ("：", ":")
_DESIGNATING_VERBS = lang_data().word_set("designating_verbs")
_EXERTING_VERBS = lang_data().word_set("exerting_verbs")
_STRENGTH_NOUNS = tuple(lang_data().words("strength_nouns"))
#: Heads that a verb before them modifies to name a body (培训机构, 服务人员)
_BARE_HEADS = lang_data().word_set("agent_endings") | lang_data().word_set("verb_modified_heads")


def _disposed_name(
    state: _Sentence, party: Party, cue_start: int, kind: RelationKind | None = None
) -> bool:
    """Whether a name the chunker read holds the thing a disposal mark opens, the verb
    and the party it goes to (将证件|送交甲局 read as one name): the verb is a cue. The
    mark may stand a few words before the name when the thing has modifiers (将年度检查
    情况|报甲局: the name starts inside the thing), with no clause break between, for a
    verb that hands the thing over (``kind`` one of _GIVING_KINDS: 报, 通报, 交付给),
    not one that a body's name holds (将甲与协同监管平台对接)."""
    if party.start >= cue_start:
        return False
    text = state.text
    if text[max(0, party.start - 1) : party.start] in DISPOSAL_MARKS:
        return True
    if kind not in _GIVING_KINDS:
        return False
    window = text[max(0, party.start - _MAX_DISPOSED_THING) : party.start]
    for at in range(len(window) - 1, -1, -1):
        if window[at] in _CLAUSE_BREAKS:
            return False
        start = party.start - len(window) + at
        if window[at] in DISPOSAL_MARKS and state.token_start(start):
            return start + 1 in state.ends or state.token_start(start + 1)
    return False


#: The most characters between a disposal mark and a name that starts inside its thing.
_MAX_DISPOSED_THING = 24
#: The relations whose verb hands a thing over to the party (将情况报甲局, 将信息通报乙局).
_GIVING_KINDS = frozenset({RelationKind.REPORTS_TO, RelationKind.INFORMS, RelationKind.SERVES})


def _glued_to_name(state: _Sentence, cue: RelationCue, cue_start: int, cue_end: int) -> bool:
    """Whether a verb cue, a word of its own, was glued by the chunker to the party it
    addresses with a pronoun between (责令其监护人 read as one name): no name holds a verb
    and 其, so the rest after 其 is the party addressed."""
    if not (state.token_start(cue_start) and cue_end in state.ends):
        return False
    text = state.text
    for party in state.all_mentions():
        disposed = cue.frame == "verb" and _disposed_name(state, party, cue_start, cue.kind)
        inner = (
            party.start < cue_start
            and (
                cue.kind in _FILING_KINDS
                or word_class(text[cue_start:cue_end]) == "v"
                or disposed  # 将情况|通报甲局: after the mark's thing a verb (通报 n) acts
            )
            and text[cue_start:cue_end] not in _PREPOSITIONS
        )
        filing = disposed or (
            cue.frame == "verb" and cue.kind is RelationKind.REPORTS_TO and party.start == cue_start
        )
        if (
            (cue.frame == "prep" or filing)
            and (party.start == cue_start or inner)
            and (cue_end < party.end)
        ):
            # 报甲委员会批准, 将结果报甲委员会备案, …，报甲委员会: a one-word verb the chunker
            # read as part of a name
            group = state.finder.group_at(text, cue_end, party.end, state.tokens)
            if group and group[0].start == cue_end and group[-1].end == party.end:
                return True
            continue
        if cue.frame != "verb":
            continue
        if party.start < cue_start and _between_parties(state, party, cue_start, cue_end):
            return True  # 由甲局责令乙公司…: agent, verb and object read as one name
        if party.start == cue_start and _opening_verb(state, party, cue_start, cue_end):
            return True  # …，资助乙校开展…: a chained clause's verb read into a name
        if party.start <= cue_start < party.end and _glued_predicate(state, party, cue_start):
            if _addressed_rest(state, cue_end, party.end):
                return True
            continue
        if party.start <= cue_start and cue_end < party.end:
            pronoun = _pronoun_at(state, cue_end, party.end)
            if not pronoun and not _adverbial_before(state, party.start, cue_start):
                continue
            after = pronoun.end() if pronoun else cue_end
            group = state.finder.group_at(text, after, party.end, state.tokens)
            if group and group[-1].end == party.end:
                return True
    return False


def _opening_verb(state: _Sentence, party: Party, cue_start: int, cue_end: int) -> bool:
    """Whether a "name" opening a clause after a comma is a verb and the party it
    addresses (甲局通过设立基金，资助乙校开展研究: 资助|乙校): the clause goes on with the
    subject before, and the rest is a party of its own. After an adverb or a predicate
    coordinator (及时通报乙局, 或者移送乙局) the "name" is a predicate whatever follows."""
    text = state.text
    if cue_end >= party.end:
        return False
    predicate = _predicate_word_before(state, cue_start)
    if text[cue_start - 1 : cue_start] not in ("，", ",") and not predicate:
        return False
    if text[cue_end : party.end] in _BARE_HEADS:
        return False  # …，监督机构须…: a verb before a bare head opens a name
    group = state.finder.group_at(text, cue_end, len(text), state.tokens)
    if not group or group[0].start != cue_end or group[0].end != party.end:
        return False
    if predicate:
        return True
    after = state.next_word(group[-1].end)
    # the parties the verb addresses act in the rest of the clause (资助乙校和丙所开展…)
    return word_class(after).startswith("v") and not TRIGGER_RE.match(after)


def _predicate_word_before(state: _Sentence, pos: int) -> bool:
    """Whether the word ending at ``pos`` opens a predicate, not a name: an adverb of
    manner or procedure (及时, 逐级, 依法) or a coordinator of predicates (或者, 并)."""
    index = state.word_before(pos)
    if index < 0:
        return False
    word = state.text[state.tokens[index][0] : pos]
    return word in _PREDICATE_LEAD_WORDS or word_class(word) == "d"


#: Adverbs that open a procedure's predicate (及时, 依法, 如实); coordinators that as often
#: join nouns (lang nominal_predicate_coordinators: 以及, 及, 和) open no predicate.
_PROCEDURAL_WORDS = lang_data().word_set("reporting_adverbs") | lang_data().word_set(
    "procedural_adverbs"
)
#: Words that open a predicate right before a cue: those adverbs and the other coordinators.
_PREDICATE_LEAD_WORDS = _PROCEDURAL_WORDS | (
    _PREDICATE_COORDINATORS - lang_data().word_set("nominal_predicate_coordinators")
)


def _between_parties(state: _Sentence, party: Party, cue_start: int, cue_end: int) -> bool:
    """Whether a "name" the chunker read is a party, the verb cue and another party."""
    text = state.text
    if cue_end >= party.end:
        return False
    before = state.finder.group_at(text, party.start, cue_start, state.tokens)
    after = state.finder.group_at(text, cue_end, party.end, state.tokens)
    return bool(
        before
        and after
        and before[0].start == party.start
        and before[-1].end == cue_start
        and after[0].start == cue_end
        and after[-1].end == party.end
    )


def _predicate_before(state: _Sentence, cue_start: int) -> int | None:
    """Where the word before a verb cue starts if it makes the verb a predicate: an adverb,
    a modal or a word of ``predicate_openers`` (主动|服务观众, 并|倡导甲协会); else None."""
    index = state.word_before(cue_start)
    if index < 0:
        return None
    start, end = state.tokens[index]
    word = state.text[start:end]
    opens = word in PREDICATE_OPENERS or word in TRIGGERS or word_class(word) in ("d", "ad")
    return start if opens else None


def _glued_predicate(state: _Sentence, party: Party, cue_start: int) -> bool:
    """Whether a name opens with a verb cue at ``cue_start`` read as a predicate: right
    after a predicate's adverb, which the name holds or not (主动服务观众, 并|倡导甲协会)."""
    before = _predicate_before(state, cue_start)
    return before is not None and party.start in (before, cue_start)


def _addressed_rest(state: _Sentence, pos: int, end: int) -> bool:
    """Whether the rest of a name after its opening verb cue is a party of its own, more
    than a bare agentive head (服务|观众, not 服务|机构 nor 培训|人员, which name bodies)."""
    group = state.finder.group_at(state.text, pos, end, state.tokens)
    return (
        bool(group)
        and group[0].start == pos
        and group[-1].end == end
        and group[0].text not in _BARE_HEADS
    )


def _adverbial_before(state: _Sentence, start: int, cue_start: int) -> bool:
    """Whether a name's words before a verb cue are an adverbial noun of manner (书面委托乙
    read as one name): the verb opens the predicate, the name after it is addressed."""
    word = state.text[start:cue_start]
    return word in _ADVERBIAL_NOUNS and state.token_start(start)


def _acting(
    state: _Sentence,
    cue: RelationCue,
    actor: _Actor,
    handover: list[_Handover],
    c_start: int,
    cue_start: int,
) -> tuple[tuple[Party, ...], str] | None:
    """(parties, how) acting at the cue: the clause's actor, the addressee of a directive
    before it, or the party right before a prepositional cue; None if no one named acts."""
    parties, how = actor.parties, actor.how
    for position, addressee in handover:
        if position <= cue_start:
            parties, how = (
                (actor.parties, actor.how) if addressee is None else (addressee, "handover")
            )
    if how == "handover" and not parties:
        return None  # the addressee of the directive acts here, and it is not named
    agent = _agent_before(state, cue_start, c_start)
    if agent and not state.text.startswith("由", cue_start):
        parties, how = agent, ""  # 由甲会同乙确定; 由甲为乙提供…: the agent 由 names acts
    if cue.frame == "prep":
        local = _party_before(state, cue_start, c_start)
        if local:  # 推动医院与学校合作; 指导社区为老人提供…: the party right before acts
            parties, how = local, ""
    if (
        how in _NOT_OWN_ACTORS
        and cue.kind in _DIRECTING
        and _thing_before(state, c_start, cue_start)
    ):
        return None  # 甲局…。该项制度要求乙…: the thing directs, not the party named before
    if how == "" and cue.frame == "verb" and not cue.reverse:
        # 要求甲对乙类客户…: a party of the clause after its verb cue is no actor of it
        parties = tuple(p for p in parties if p.start < cue_start)
    # 报甲委员会批准, 定期征求甲方 read as a name that opens the clause: no actor holds its cue
    return tuple(p for p in parties if not p.start <= cue_start < p.end), how


def _thing_before(state: _Sentence, c_start: int, cue_start: int) -> bool:
    """Whether the clause opens with a noun phrase naming no party right before the cue
    (这项制度也要求…, 该工作方案要求…): a thing, the subject of the cue's verb."""
    index = bisect.bisect_left(state.starts, _skip_spaces(state.text, c_start, cue_start))
    words = [(s, e) for s, e in state.tokens[index:] if e <= cue_start and state.text[s:e].strip()]
    while words and word_class(state.text[slice(*words[-1])]) in _AFTER_SUBJECT_CLASSES:
        words.pop()  # 也, 应当: an adverb or a modal between the subject and its verb
    if len(words) < 2:
        return False  # 重点督促乙: one noun before the verb is as often an adverbial
    nouns = 0
    for at, (s, e) in enumerate(words):
        word, cls = state.text[s:e], word_class(state.text[s:e])
        if state.inside_party(s, e):
            return False
        if _thing_word(state, word):
            nouns += 1
        elif not (word == "的" or (at == 0 and cls in ("r", "m", "q"))):
            return False
    return nouns > 0 and _thing_word(state, state.text[slice(*words[-1])])


def _thing_word(state: _Sentence, word: str) -> bool:
    """Whether ``word`` is a noun that may name a thing: no verb cue the dictionary tags as
    a noun (指导), no modal (有权)."""
    return (
        word_class(word) in _THING_WORD_CLASSES
        and HAN_WORD_RE.fullmatch(word) is not None
        and not _is_verb_cue(state, word)
        and not TRIGGER_RE.fullmatch(word)
    )


#: Word classes of the words of a noun phrase naming a thing (nouns, nominal verbs).
_THING_WORD_CLASSES = frozenset({"n", "nz", "vn"})
#: Word classes between a subject and its verb: adverbs and modal verbs.
_AFTER_SUBJECT_CLASSES = frozenset({"d", "v"})


def _past_preposition(state: _Sentence, pos: int) -> int:
    """``pos``, or the end of a longer preposition the cue's character opens (对|于 of 对于)."""
    index = bisect.bisect_right(state.starts, pos) - 1
    if index < 0 or state.starts[index] == pos:
        return pos
    start, end = state.tokens[index]
    return end if end > pos and word_class(state.text[start:end]) == "p" else pos


def _cue_ends(
    state: _Sentence,
    cue: RelationCue,
    cue_end: int,
    c_end: int,
    acting: tuple[tuple[Party, ...], str],
) -> tuple[tuple[Party, ...], str, list[Party], str] | None:
    """(acting parties, how, object group, how the object was found), names cleaned."""
    parties, how = acting
    pos = cue_end
    if cue.frame == "prep":
        pos = _past_preposition(state, pos)  # 对|于甲…: the preposition is 对于, its object 甲
    if cue.frame == "verb":
        verb_object = _verb_object_start(state, cue, pos, c_end)
        if verb_object is None:
            return None
        pos = verb_object
    # 处理有关职责的 B 的举报: a reversed frame takes its party directly, never after a clause
    # 促进工作…的部门: a verb cue with a noun after it heads a compound, not a relative clause
    compound = cue.frame == "verb" and word_class(state.next_word(pos)) in _COMPOUND_CLASSES
    relative = not cue.reverse and not compound
    # 动员群众投身…, 接受群众监督: a directive or a received noun names a broad actor; 推动
    # (acts) takes a process as often (推动社会和谐)
    directive = cue.frame == "verb" and cue.kind is RelationKind.REQUIRES
    broad = cue.reverse or (directive and "acts" not in cue.flags)
    if cue.frame == "prep" and _list_ahead(state, pos, c_end) is not None:
        group, object_how = _listed_after(state, c_end), "listed"  # 向下列机构…：甲、乙
    else:
        group, object_how = _object_at(
            state, pos, c_end, parties, relative=relative, broad=broad, verb=cue.verb
        )
    if not group and cue.frame == "prep":
        group = _before_verb(state, cue, pos, c_end)
    elif not group and cue.frame == "verb":
        group = _before_next_verb(state, pos, c_end)
    nonparties = state.table.nonparties
    group = [party for party in (_clean(state, p) for p in group) if party.text not in nonparties]
    if not group:
        return None
    if parties and all(p.text in nonparties for p in parties):
        return None  # 任何个人可以向 B 举报: the actor is no party
    if how == "duty" and any(_overlaps(p, group) for p in parties):
        parties = ()  # 鼓励甲、乙…: the duty's holders are the parties the cue addresses
    parties = tuple(
        _clean(state, p) for p in parties if not _overlaps(p, group) and p.text not in nonparties
    )
    if not parties and how not in ("zero", "handover", "other"):
        how = "zero"  # 引导 B、C 参与…: no named encourager
    return parties, how, group, object_how


def _verb_object_start(state: _Sentence, cue: RelationCue, pos: int, c_end: int) -> int | None:
    """Where a verb cue's object may start after the cue ending at ``pos``: past 了 and the
    co-verbs that share the party; None where the verb makes part of a noun and has no
    object (监管的主体, 审核制, 督查工作)."""
    text = state.text
    particle = state.next_word(pos)
    if word_class(particle) == _PERFECTIVE_TAG:
        pos += len(particle)  # 联合了甲、乙: the verb's party after 了
    while True:  # 监督、引导 B; 督促指导 B: co-verbs share the party
        co = _CO_VERB_RE.match(text, pos, c_end)
        if not co or not (_is_verb_cue(state, co.group(1)) or _co_directive(state, cue, co, c_end)):
            break
        if state.finder.group_at(text, pos, c_end, state.tokens):
            break  # 报送审批机关: the "verb" opens the party's name
        pos = co.end()
    if text.startswith("的", pos):
        return None  # 监管的主体: the verb modifies a noun, it has no object
    if _noun_suffix(state, pos, c_end):
        return None  # 审核制、甲…: a one-character noun makes the verb part of a noun
    if state.next_word(pos) in _TASK_NOUNS:
        return None  # 督查工作第一责任人, 监管职责: the verb names a kind of work
    return pos


def _before_verb(state: _Sentence, cue: RelationCue, pos: int, end: int) -> list[Party]:
    """The party group between a prepositional cue and its verb right after it, read up
    to the verb: a head that is also a verb (组织) followed by a verbal noun reads as a
    predicate (甲组织|合作), but between 与 and its verb (与乙组织合作) it closes the name."""
    core = cue.core.search(state.text, pos + 1, end) if cue.core is not None else None
    if core is None or not state.token_start(core.start()):
        return []
    start = _skip(state, pos, core.start())
    group = state.finder.group_at(state.text, start, core.start(), state.tokens)
    ok = group and group[0].start == start and group[-1].end == core.start()
    return [p for p in group if p.text not in state.table.nonparties] if ok else []


def _list_ahead(state: _Sentence, pos: int, end: int) -> int | None:
    """The end of a noun announcing a list at ``pos`` (向下列机构投诉：甲、乙…): a
    list-intro word and the word after it, in a clause that a colon closes; else None."""
    match = LIST_INTRO_RE.match(state.text, _skip_spaces(state.text, pos, end), end)
    if match is None or not state.text.startswith(_COLONS, end):
        return None
    noun = state.next_word(match.end())
    return match.end() + len(noun) if HAN_WORD_RE.fullmatch(noun) else None


def _listed_after(state: _Sentence, colon: int) -> list[Party]:
    """The parties a list after a colon names, outside brackets (甲（乙）、丙: 甲, 丙)."""
    text = state.text
    listed = []
    for party in state.all_mentions():
        if party.start <= colon or party.text in state.table.nonparties:
            continue
        opened = text.count("（", colon, party.start) + text.count("(", colon, party.start)
        closed = text.count("）", colon, party.start) + text.count(")", colon, party.start)
        if opened == closed:
            listed.append(party)
    return listed


def _before_next_verb(state: _Sentence, pos: int, end: int) -> list[Party]:
    """The party group a verb cue addresses, read up to the verb after it (支持乙组织|发展):
    the longest group that ends where a verb starts, within a few words."""
    start = _skip(state, pos, end)
    index = bisect.bisect_left(state.starts, start)
    best: list[Party] = []
    for at, _ in state.tokens[index + 1 : index + 6]:
        if at >= end or not HAN_WORD_RE.match(state.text, at):
            break
        if not word_class(state.next_word(at)).startswith("v"):
            continue
        group = state.finder.group_at(state.text, start, at, state.tokens)
        if group and group[0].start == start and group[-1].end == at:
            best = group
    return [p for p in best if p.text not in state.table.nonparties]


def _overlaps(party: Party, group: list[Party]) -> bool:
    """Whether ``party`` shares characters with a party of ``group`` (引导各类甲: the duty's
    holder 各类甲 is the object 甲 the cue addresses)."""
    return any(party.start < other.end and other.start < party.end for other in group)


#: Prepositions of approval (经): one opens a relative clause before the party a verb
#: cue addresses (委托经认定的乙), though the dictionary tags it as a noun.
_APPROVAL_PREPOSITIONS = frozenset(lang_data().words("approval_prepositions"))


def _noun_suffix(state: _Sentence, pos: int, end: int) -> bool:
    """Whether the word at ``pos`` right after a verb cue is a one-character noun that
    makes the verb part of a noun (审核制, 监督岗), not the first word of a party's name
    (市卫生局: 市 opens the name the group reads, as it opens 市、区卫生局, a name the
    list completes; 制、甲 is no name)."""
    word = state.next_word(pos)
    if len(word) != 1 or word_class(word) not in ("n", "ng") or word in _APPROVAL_PREPOSITIONS:
        return False  # (委托经认定的乙: 经 opens a relative clause, the dictionary's noun)
    group = state.finder.group_at(state.text, pos, end, state.tokens)
    return not group or len(group[0].text) <= 1


def _co_directive(state: _Sentence, cue: RelationCue, co: re.Match[str], c_end: int) -> bool:
    """Whether a plain verb right after a directive cue shares its party (督促协调 B 做…;
    引导、陪同 B 做…): a verb of its own word, joined by nothing, 、 or 和, with the party
    group right after it; after 、 also a verb the tagger reads as a noun (引导、陪护 B)."""
    joiner = co.group()[: co.start(1) - co.start()]
    verbal = {"v"} | ({"n", "vn"} if joiner == "、" else set())
    return (
        cue.kind in _DIRECTIVE_KINDS
        and joiner in _VERB_JOINERS
        and state.token_start(co.start(1))
        and co.end() in state.ends
        and word_class(co.group(1)) in verbal
        and bool(state.finder.group_at(state.text, co.end(), c_end, state.tokens))
    )


def _cue_span(
    state: _Sentence,
    cue: RelationCue,
    match: re.Match[str],
    group: list[Party],
    c_end: int,
    object_how: str,
) -> tuple[int, re.Match[str] | None] | None:
    """(end of the cue, the liability word of a 造成…损失 frame), or None when the frame
    is incomplete: a prepositional cue needs its verb after the object (为 B 提供)."""
    text = state.text
    last = group[-1].end
    if cue.frame != "prep":
        if _ETC_OF_RE.match(text, last) and "of" not in cue.flags and object_how != "relative":
            return None  # 满足 B 的需求, 促进甲与乙等的合作: the head is not the party
        if "acts" in cue.flags and _modifies_noun(state, last):
            return None  # 促进甲单位科研成果转化: 甲单位 modifies a noun, it is not addressed
        if "acts" in cue.flags and _heads_noun(state, match.start(), last, c_end):
            return None  # 是推动甲单位转型的力量: the cue's phrase describes a noun
        return match.end(), None
    assert cue.verb is not None
    if object_how == "listed":  # 向下列机构投诉：甲、乙: the verb follows the lead-in's noun
        last = _list_ahead(state, match.end(), c_end) or last
    last = _past_etc_label(state, cue.verb, last, c_end)
    verb = cue.verb.search(text, last, c_end)
    while verb is not None and _verb_in_name(state, verb, last):
        verb = cue.verb.search(text, verb.end(), c_end)
    if verb is None or verb.start() - last > cue.gap:
        return None
    if not _gap_ok(state, cue, match.group(), last, verb.start()):
        return None
    if _nearer_object(state, cue, last, verb.span()):
        return None  # 甲和乙应加强和丙的合作: the verb is 乙's with 丙, not 甲's with 乙
    conduct_end = _conduct_end(state, cue, last, verb.start())
    if _negated(state, conduct_end, verb.start()):
        return None  # 对 B 未尽到…
    if conduct_end == last and _negation_opens(state, last):
        return None  # 与 B 之间缺乏合作: the verb's own words open with the negation
    if "liability" not in cue.flags:
        return verb.end(), None
    liability = _LIABILITY_RE.search(text, verb.end())
    return None if liability is None else (verb.end(), liability)


def _past_etc_label(state: _Sentence, verb: re.Pattern[str], pos: int, end: int) -> int:
    """``pos`` past the label that closes a list with 等 right after the object (向甲等乙机构
    报告, 为甲、乙等丙单位提供…): the label names the list's kind, so the verb's distance
    counts from its end; a label is a few Han characters, without 的 or the cue's verb
    (向甲等提供乙单位…: 提供 is the verb), ending in a party name; else ``pos``."""
    text = state.text
    etc = _ETC_RE.match(text, pos, end)
    if etc is None:
        return pos
    label_end = pos
    for party in state.all_mentions():
        if etc.end() <= party.start and party.end <= min(end, pos + _MAX_ETC_LABEL):
            between = text[etc.end() : party.start]
            if (
                HAN_WORD_RE.fullmatch(between or "甲")
                and "的" not in between
                and not verb.search(text, etc.end(), party.start)
            ):
                label_end = max(label_end, party.end)
    return label_end


#: The most characters of the label after a closing 等 (等多家金融机构).
_MAX_ETC_LABEL = 9


def _heads_noun(state: _Sentence, cue_start: int, pos: int, end: int) -> bool:
    """Whether a cue after a copula or 将/把 opens a phrase that closes the clause with 的
    and a noun (是促进甲方参与的机制, 将推动乙方转型的做法作为…): the cue's words are a
    relative clause describing the noun, they direct no one."""
    before = state.text[max(0, cue_start - 2) : cue_start]
    if not any(before.endswith(w) for w in COPULAS | DISPOSAL_MARKS):
        return False
    words = [state.text[s:e] for s, e in state.tokens if pos <= s and e <= end]
    words = [w for w in words if w.strip() and HAN_WORD_RE.fullmatch(w)]
    if "的" not in words:
        return False
    after = words[len(words) - words[::-1].index("的") :]
    return bool(after) and all(word_class(w) in _HEAD_NOUN_CLASSES for w in after)


def _nearer_object(
    state: _Sentence, cue: RelationCue, last: int, verb_span: tuple[int, int]
) -> bool:
    """Whether a cue of the same kind opens the phrase of another party between ``last``
    (the end of the cue's party) and the end of its verb: the verb is that phrase's. A
    party closing the verb's own words (以甲为其服务对象) is none."""
    verb_start, verb = verb_span
    marks = [
        other.cue
        for other in state.table.cues
        if other.kind is cue.kind and other.frame == "prep" and other.cue is not None
    ]
    for party in state.all_mentions():
        if last < party.start and party.end <= verb:
            for size in (1, 2):
                at = party.start - size
                if at >= last and any(m.fullmatch(state.text, at, party.start) for m in marks):
                    if at == verb_start and party.end == verb:
                        continue  # the party is the last word of the cue's verb (为其服务对象)
                    return True
    return False


def _modifies_noun(state: _Sentence, pos: int) -> bool:
    """Whether the word at ``pos``, right after a party, makes the party a modifier: a
    noun (甲单位科研成果) or a localizer of a pair (甲和乙之间), not a verb it performs."""
    word = state.next_word(pos)
    if not HAN_WORD_RE.fullmatch(word) or word in _ADVERBIAL_NOUNS:
        return False
    return word_class(word) in _MODIFIED_CLASSES or word in state.table.localizers


def _verb_in_name(state: _Sentence, verb: re.Match[str], last: int) -> bool:
    """Whether a cue's verb is part of a name: of a party after the object (被举报人), or,
    not being a word of its own, of the object's own longer name (甲联合会)."""
    start, end = verb.span()
    word = state.token_start(start) and end in state.ends
    return any(
        p.start <= start and end <= p.end and (p.start >= last or not word)
        for p in state.all_mentions()
    )


def _negation_opens(state: _Sentence, pos: int) -> bool:
    """Whether the words right after a party (past 之间) open with a negation (与甲之间缺乏
    联系, 与乙未能合作), where one further on belongs to a topic of the verb (与丙就未了
    事项达成协议)."""
    pos += 2 if state.text.startswith("之间", pos) else 0
    return state.table.negation.match(state.text, pos) is not None


def _conduct_end(state: _Sentence, cue: RelationCue, last: int, verb: int) -> int:
    """Where the words between a party and its verb stop describing the party's conduct:
    for a cue whose party's conduct stands for it (对 B 未按期付款的行为进行监督), after
    the last 的; a negation inside the conduct does not negate the relation."""
    if "of" not in cue.flags:
        return last
    return state.text.rfind("的", last, verb) + 1 or last


def _pairs(
    cue: RelationCue,
    parties: tuple[Party, ...],
    group: list[Party],
    rule: str,
    confidence: float,
    modality: Modality | None,
    start: int,
    end: int,
) -> list[RelationCandidate]:
    """One relation per actor and object (the cue's direction), never a party with itself."""
    subjects: tuple[Party | None, ...] = parties or (None,)
    made: list[RelationCandidate] = []
    for obj in group:
        for subject in subjects:
            first, second = (obj, subject) if cue.reverse else (subject, obj)
            if second is None:
                if first is not None:  # 接受乙的监督 with a zero subject: it receives it
                    made.append(
                        RelationCandidate(
                            first,
                            cue.kind,
                            first,
                            rule,
                            confidence,
                            modality,
                            start,
                            end,
                            zero_object=True,
                            received=cue.reverse,
                        )
                    )
                continue
            if first is not None and first.label == second.label:
                continue
            made.append(
                RelationCandidate(
                    first,
                    cue.kind,
                    second,
                    rule,
                    confidence,
                    modality,
                    start,
                    end,
                    received=cue.reverse,
                )
            )
    return made


def _mutual(
    state: _Sentence,
    cue: RelationCue,
    c_start: int,
    c_end: int,
    actor: _Actor,
) -> list[RelationCandidate]:
    """A 与 B (之间)…合作: every pair of a coordinated group before a reciprocal verb.

    The group is one the sentence names in the clause, or the clause's own subject
    (甲、乙等部门要加强信息共享).
    """
    assert cue.verb is not None
    text = state.text
    made: list[RelationCandidate] = []
    seen: set[tuple[int, int]] = set()
    for group in _mutual_groups(state, c_start, c_end, actor):
        if len(group) < 2 or any(s <= group[0].start < e for s, e in seen):
            continue  # the same group, or a tail of one (甲、乙研发主体: 研发主体 is in a name)
        if _co_objects(text, group[0].start, c_start) or _worked_with(state, group[0].start):
            # 与 B 和 C …合作: co-objects are not paired; 与 B、C、D 的合作: a list's tail;
            # 甲联合乙、丙等共同…: 乙 and 丙 are 甲's partners (the verb frame reads them)
            continue
        seen.add((group[0].start, group[-1].end))
        if "possessors" in cue.flags and not _joined_possessors(state, group, c_start):
            continue
        party = group[0]
        if text[group[0].end : group[0].end + 1] not in _PARTNER_WORDS:
            continue
        # a group named before the clause (甲、乙…，共同做好…) is followed by the clause
        inside = c_start <= group[0].start < c_end
        after = _past_non_party_tail(state, group[-1].end, c_end) if inside else c_start
        verb = cue.verb.match(text, after, c_end)
        if verb is None:
            continue
        if _negated(state, c_start, verb.end()):
            continue
        if len(group) > _MAX_PAIRED_GROUP and _DISTRIBUTIVE_RE.search(
            text, group[-1].end, verb.start()
        ):
            continue
        if _partner_between(state, group, group[-1].end if inside else c_start, verb.end()):
            continue
        if _partner_after(state, verb.end(), c_end):
            continue  # 甲、乙联合丙…: each works with 丙 (the verb frame reads it), not together
        modality, forbidden = _modality(state, c_start, verb.start())
        if forbidden:
            continue
        # 甲与乙、丙…: the first acts with each of the others, who are co-objects, no pair
        hub = len(group) > 2 and text[group[0].end : group[1].start] in COMITATIVES
        # the parties as other frames name them (甲与其他三家乙公司合作 → 乙公司)
        named = [_clean(state, p) for p in group]
        made += _group_pairs(
            cue, named[:1] if hub else named, named, modality, party.start, verb.end()
        )
    return made


#: Words joining possessors of one agreement (甲方和乙方的约定): not 、, which lists
#: the possessors of one each (审查甲企业、乙企业的合同).
_POSSESSOR_JOINERS = (
    COMITATIVES
    | (lang_data().word_set("noun_joiners") - {"、"})
    | lang_data().word_set("listed_separators")
)


def _joined_possessors(state: _Sentence, group: list[Party], c_start: int) -> bool:
    """Whether ``group`` holds the possessors of one agreement: joined by 和, 与, 及 and
    not opened by a verb or standing right after one (负责审查甲、乙的合同)."""
    text = state.text
    if any(text[a.end : b.start].strip() not in _POSSESSOR_JOINERS for a, b in pairwise(group)):
        return False
    first = next((t for t in state.tokens if t[0] >= group[0].start), None)
    before = [t for t in state.tokens if c_start <= t[0] and t[1] <= group[0].start]
    return not any(
        span is not None and word_class(text[span[0] : span[1]]).startswith("v")
        for span in (first, before[-1] if before else None)
    )


#: A conjunct closing a list that names no party (甲、乙和社会各界…): a list joiner and
#: a short run of words, up to the list's modal.
_TAIL_CONJUNCT_RE = re.compile(
    rf"(?:以及|[{_LIST_JOINERS}])[^，。；：,;:的{_LIST_JOINERS}]{{2,6}}?"
)


_MAX_TAIL = 8


def _past_non_party_tail(state: _Sentence, pos: int, c_end: int) -> int:
    """Where a reciprocal word after a group ending at ``pos`` may start: past a last
    conjunct that names no party (甲、乙和社会各界应当共同…: 甲 and 乙 act together, the
    broad conjunct is no end), else ``pos``.

    Why: the cue allows only a short gap (a modal, an adverb) between the group and its
    reciprocal word; a conjunct that is no party lengthens it without changing who acts.
    """
    tail = _TAIL_CONJUNCT_RE.match(state.text, pos, c_end)
    if tail is None:
        return pos
    for stop in range(tail.end(), min(c_end, pos + _MAX_TAIL) + 1):
        if any(pos < p.start < stop for p in state.all_mentions()):
            return pos  # a party among the words: the group did not end at pos
        if state.token_start(stop) and TRIGGER_RE.match(state.text, stop, c_end):
            return stop
    return pos


def _mutual_groups(state: _Sentence, c_start: int, c_end: int, actor: _Actor) -> list[list[Party]]:
    """The groups that may act together in a clause: one that 由 names as the agent (由甲、
    乙联合开展…), the clause's subject, then each group that starts at a name in it."""
    text = state.text
    groups = [
        state.finder.group_at(text, at + 1, c_end, state.tokens)
        for at in range(c_start, c_end)
        if text[at] == "由" and state.token_start(at)
    ]
    if actor.how in ("", "chain") and len(actor.parties) >= 2:
        # the clause's own subject, or the one it goes on from (甲、乙…，共同做好…)
        groups.append(list(actor.parties))
    return groups + [
        _listed_group_before(state, party, c_start, c_end)
        or state.finder.group_at(text, party.start, c_end, state.tokens)
        for party in state.all_mentions()
        if c_start <= party.start < c_end
    ]


def _listed_group_before(state: _Sentence, head: Party, c_start: int, c_end: int) -> list[Party]:
    """The parties of a list that 等 closes at ``head`` after a verb (加强甲、乙等部门信息
    共享 → 甲部门 + 乙部门), read from the list's first word; [] if ``head`` closes none.

    Why: the chunker names a list of bare fields by their shared head, which alone is the
    mention; the list's members act together, as a subject list (甲、乙等部门…) does."""
    text = state.text
    if text[head.start - 1 : head.start] != "等":
        return []
    index = bisect.bisect_left(state.starts, head.start - 1)
    first = None
    while index > 0 and state.tokens[index - 1][0] >= c_start:
        start, end = state.tokens[index - 1]
        word = text[start:end]
        if word != "、" and (not HAN_WORD_RE.fullmatch(word) or _ends_list(word)):
            break
        first, index = start, index - 1
    if first is None:
        return []
    # (read up to the head: the noun of a joint act after it, 甲、乙等部门数据共享, would
    # make the list a modifier of that noun)
    group = state.finder.group_at(text, first, head.end, state.tokens)
    return group if len(group) >= 2 and group[-1].end == head.end else []


#: Word classes that end a list read back from its 等: a verb, a preposition, a conjunction,
#: 的 or an adverb before it.
_LIST_STOPS = frozenset({"v", "p", "c", "uj", "d"})


def _ends_list(word: str) -> bool:
    """Whether ``word`` stands before a list, not in it: a verb, a preposition or an
    adverb (a modal glued to a preposition, 可同, is split when segmented)."""
    return word_class(word) in _LIST_STOPS


def _partner_between(state: _Sentence, group: list[Party], start: int, stop: int) -> bool:
    """Whether a party between a group and its reciprocal word is the group's partner,
    the object of a comitative (与, 同) or of a verb of working with (配合, 会同): 甲、乙
    配合丙共同做好… pairs each of 甲 and 乙 with 丙 (another cue reads that), not 甲 with 乙."""
    text = state.text
    own = {party.start for party in group}
    for party in state.all_mentions():
        if not start <= party.start < stop or party.start in own:
            continue
        at = _skip_spaces_back(text, party.start, start)
        if any(text.startswith(word, at - len(word), at) for word in COMITATIVES):
            return True
        if any(
            _is_verb_cue(state, text[at - size : at], _WORKING_WITH)
            for size in (2, 3)
            if at - size >= start
        ):
            return True
    return False


def _working_verb_before(state: _Sentence, pos: int) -> bool:
    """Whether a verb of working with (联合, 会同) ends at ``pos``."""
    return any(
        _is_verb_cue(state, state.text[pos - size : pos], _WORKING_WITH)
        for size in (2, 3)
        if pos - size >= 0
    )


def _worked_with(state: _Sentence, start: int) -> bool:
    """Whether a group starting at ``start`` is the object of a verb of working with
    right before it (甲联合乙、丙等共同研发…: co-objects of 联合, not a group acting)."""
    return _working_verb_before(state, _skip_spaces_back(state.text, start, 0))


def _partner_after(state: _Sentence, pos: int, end: int) -> bool:
    """Whether the reciprocal word ending at ``pos`` is a verb of working with that takes
    the party right after it as its object (联合丙, 会同丙)."""
    if not _working_verb_before(state, pos):
        return False
    return bool(state.finder.group_at(state.text, _skip(state, pos, end), end, state.tokens))


def _skip_spaces_back(text: str, pos: int, start: int) -> int:
    while pos > start and text[pos - 1].isspace():
        pos -= 1
    return pos


def _group_pairs(
    cue: RelationCue,
    firsts: list[Party],
    group: list[Party],
    modality: Modality | None,
    start: int,
    end: int,
) -> list[RelationCandidate]:
    """Every pair of a group acting together (each of ``firsts`` with each party after it),
    never a party with itself."""
    made: list[RelationCandidate] = []
    for i, first in enumerate(firsts):
        for second in group[i + 1 :]:
            if first.label == second.label or ("levels" in cue.flags and _levels(first, second)):
                continue
            if not (can_be_end(first.text) and can_be_end(second.text)):
                continue  # 甲、乙和个人相互配合: a generic class of persons is no end
            made.append(
                RelationCandidate(first, cue.kind, second, cue.rule, 0.7, modality, start, end)
            )
    return made


def _levels(first: Party, second: Party) -> bool:
    """Whether two parties are the same body at different levels (市人民政府, 区人民政府:
    市、区人民政府各设…机制 gives each level its own, it pairs nothing)."""
    rest = _DIVISION_RE.sub("", first.text)
    return rest != first.text and rest == _DIVISION_RE.sub("", second.text)


def _co_objects(text: str, start: int, c_start: int) -> bool:
    """Whether a group starting at ``start`` is objects of a mark (与 B 和 C; 与当地的
    B、C) or a list's tail (与 B、C、D 的合作), not parties acting together."""
    if start > 0 and text[start - 1] in _NOT_A_GROUP_HEAD:
        return not _after_broad_actor(text, start - 1, c_start)
    return bool(_MARKED_MODIFIER_RE.search(text, max(c_start, start - 10), start))


#: Society's broad actors (国家, 社会): conjuncts of a list of parties, no party alone.
_BROAD_ACTORS = tuple(sorted(BROAD_ACTORS, key=len, reverse=True))


def _after_broad_actor(text: str, comma: int, c_start: int) -> bool:
    """Whether the 、 at ``comma`` follows a broad actor that no object mark opens
    (需要国家、甲、乙共同…): the parties after it are the rest of the list that acts
    together, not a list's tail or co-objects (与国家、甲、乙合作 stays co-objects)."""
    for word in _BROAD_ACTORS:
        at = comma - len(word)
        if at >= c_start and text.startswith(word, at):
            return at == 0 or text[at - 1] not in _NOT_A_GROUP_HEAD
    return False


def _unique(relations: list[RelationCandidate]) -> list[RelationCandidate]:
    seen: set[tuple[str, RelationKind, str]] = set()
    unique: list[RelationCandidate] = []
    for relation in relations:
        # a relation that needs a bearer may be dropped later: it hides no other
        subject = relation.subject.text if relation.subject else relation.bearer
        key = (subject, relation.kind, "" if relation.zero_object else relation.object.text)
        if key in seen or (
            relation.kind.symmetric and (relation.object.text, relation.kind, subject) in seen
        ):
            continue
        seen.add(key)
        unique.append(relation)
    return unique
