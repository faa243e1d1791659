"""Deontic statements of one sentence: who must / must not / should / may do what.

The sentence is cut into clauses at "，；：". A clause with a deontic trigger
(TRIGGERS) opens a chain: its subject is the party group before the trigger, else
the sentence's topic (a party opening an earlier clause), else the previous
holder in the chain, else nobody (the caller resolves it from the section or
the previous sentence). Following clauses without their own trigger are further
duties of the same chain ("建立…，完善…，并…"), except

* conditions ("…的", "…时") and clauses opened by a new subject, which end the chain;
* purpose/result clauses at the end of the sentence ("，保障…", "，避免…"); 确保/
  保证 are duties unless they close the sentence;
* adverbial clauses ("根据…，", "在…时，"), which join the clause they modify.

Under 不得 the scope of negation runs on, so bare clauses after it join the same
prohibition. Headings "X的Y责任", "X的(主要)责任是…" and "X的<category>包括…" are
duties too (``heading_duties``, ``definition_duties``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import pairwise

from zhkg.extract.hanzi import HAN_WORD_RE
from zhkg.extract.lang import lang_data
from zhkg.extract.model import Modality
from zhkg.extract.nlp import listed_by_chance
from zhkg.extract.numbering import ITEM_NUMBER, ITEM_NUMBER_RE
from zhkg.extract.stakeholders import (
    BROAD_ACTORS,
    CLAUSE_BREAK_RE,
    CLAUSE_MARKS,
    CONNECTIVES,
    COUNT_CLASSIFIER,
    COUNT_NUMBER,
    LATIN_NAME_RE,
    NUMERAL_CHARACTERS,
    Party,
    PartyFinder,
    SubjectKind,
    SubjectParse,
    Token,
    after_discourse_markers,
    clause_opening,
    is_generic_party,
)
from zhkg.extract.wordclass import (
    ADVERB_CLASSES,
    ADVERB_PREFIXES,
    AFTER_SUBJECT,
    ANAPHORIC_DEMONSTRATIVES,
    ANYONE_MEMBERS,
    COLLECTIVES,
    COMITATIVES,
    COORDINATORS,
    DIRECTIVE_OPENERS,
    DISPOSAL_MARKS,
    EPISTEMIC_ADVERBS,
    FRAME_PREPOSITION,
    HABITUAL_ADVERB_RE,
    LIST_INTRO_RE,
    NEGATORS,
    OBJECT_PREPOSITIONS,
    PERSONAL_PRONOUNS,
    PREDICATE_OPENERS,
    TIME_FRAME_WORDS,
    VERB_CLASSES,
    VIOLATION_RE,
    has_agentive_ending,
    in_dictionary,
    is_actor_noun,
    word_class,
)

__all__ = [
    "CHAIN_RULE",
    "DIRECTING_RULES",
    "ENCOURAGING_RULE",
    "NEED_WORDS",
    "ONE_CHARACTER_MODALS",
    "SAID_END_RE",
    "SAYING_VERB",
    "TRIGGERS",
    "TRIGGER_RE",
    "DutyCandidate",
    "SentenceAnalysis",
    "analyse_sentence",
    "clause_words_end",
    "closes_condition",
    "definition_duties",
    "heading_duties",
    "imposed_duties",
    "purpose_led",
    "split_clauses",
]

# --- word classes (zhkg/extract/lang/) --------------------------------------------------

_LANG = lang_data()

#: trigger word -> (modality, kind); see lang/triggers.tsv for the kinds.
TRIGGERS: dict[str, tuple[Modality, str]] = {
    entry.word: (Modality(entry.modality), entry.kind) for entry in _LANG.triggers
}
TRIGGER_RE = re.compile("|".join(sorted(TRIGGERS, key=lambda w: (-len(w), w))))


def _trigger_alternation(keep: Callable[[Modality, str], bool]) -> str:
    """The trigger words whose (modality, kind) ``keep`` accepts, longest first, as one
    regex alternation: the frames that name a kind of trigger read them from one table."""
    words = (word for word, (modality, kind) in TRIGGERS.items() if keep(modality, kind))
    return "|".join(sorted(words, key=len, reverse=True))


#: One-character triggers count only as a whole token, or after an adverb in one token (还需).
ONE_CHARACTER_MODALS = frozenset(word for word in TRIGGERS if len(word) == 1)
_ADVERB_PREFIXES_TEXT = "".join(sorted(ADVERB_PREFIXES))
#: Modal readings that are not deontic: constructive knowledge (应当知道), ability (可能).
_NOT_DEONTIC_AFTER = {entry.word: entry.not_after for entry in _LANG.triggers if entry.not_after}
#: Cues that 可以/可 states an ability, not a permission: a degree adverb before it
#: (完全可以), a quantified subject (有些X可以), a means or circumstance that makes it
#: possible (借助…，…), or a feat of speed (在几秒钟内…).
_ABILITY_ADVERB_RE = re.compile(f"(?:{_LANG.alternation('ability_adverbs')})$")
_QUANTIFIED_SUBJECT_RE = re.compile(
    f"^(?:[^，。；]{{0,4}}?)(?:{_LANG.alternation('quantified_subjects')})"
)
_ENABLING_RE = _LANG.regex("enabling_words")
#: A wrongdoer (不法分子, lang wrongdoers) right before 可以, an adverb between at most.
_WRONGDOER_SUBJECT_RE = re.compile(
    f"(?:{_LANG.alternation('wrongdoers')})(?:也|还|就|便|都|则|往往|常常|完全)?$"
)
_SPEED_RE = re.compile(r"(?:几|数|[一二三四五六七八九十两\d]+)(?:秒|分钟)")
#: A reported finding, a citation mark allowed before its verb (有研究[2]表明，…可以…).
_FINDING_RE = re.compile(
    f"(?:{_LANG.alternation('finding_sources')})[\\d\\[\\]［］、,-]*"
    f"(?:{_LANG.alternation('finding_verbs')})"
)
#: Words before a modal that make it "only need to / need not" (只需, 仅需).
_RESTRICTIVE_BEFORE = _LANG.word_set("restrictive_before")
#: Conditional conjunctions before a modal (如果要…): the aim of a condition, no duty.
_CONDITIONAL_CONJUNCTIONS = _LANG.word_set("conditional_conjunctions")
#: Adverbs that make 不能 a fact (已不能, 并不能), not a prohibition.
_FACTUAL_ADVERBS = _LANG.word_set("factual_adverbs")
#: A clause opened by a demonstrative or a copular comment (这说明…, 关键在于…) has a
#: new subject: it does not continue the duty chain before it.
_NEW_TOPIC_RE = re.compile(
    r"(?:这|那|此)(?:一|种|些|个|样|类|就|也|又|说明|表明|意味着|是)|[^，。；]{1,6}(?:在于|正是|就是)"
    # 在甲中的作用主要体现在：…: what a thing of the party's shows itself in, a description
    rf"|[^，。；：]{{0,20}}的[^，。；：的]{{1,6}}?(?:{_LANG.alternation('manifesting_verbs')})"
)
#: A negated verb of saying or thinking (并不是认为, 不认为, 并非主张) or a negated
#: universal (并不是所有的甲都需要…): the view or the claim for all after it is denied, so
#: a modal inside binds no one.
_DENIED_VIEW_RE = re.compile(
    f"(?:{_LANG.alternation('negators')})(?:是)?"
    f"(?:{_LANG.alternation('opinion_verbs')}|{_LANG.alternation('universal_determiners')})"
)
#: Interrogative words (什么, 哪些): after 了 they ask what was done, in an embedded question.
_INTERROGATIVES = _LANG.words("interrogatives")
#: Adverbs between the holder of a view and its verb (也, 均, 普遍: 各方均认为…).
_VIEW_ADVERBS = f"(?:也|还|则|均|都|{_LANG.alternation('view_adverbs')})*"
#: Verbs of saying and thinking: their subject reports the clause after them, it does
#: not bear it (有人认为，…需要…).
_SAYING_RE = re.compile(f"{_VIEW_ADVERBS}(?:{_LANG.alternation('saying_verbs')})")
#: An opinion that introduces the clause (某人认为，…需要…): its 需要 is a norm only
#: where the context makes it one (a normative text or section).
_OPINION_RE = re.compile(f"(?:{_LANG.alternation('opinion_verbs')})[，,：:]")
#: 承担 is a trigger only with a liability object (GUIDELINES: 承担（…责任/损失）).
_LIABILITY_RE = _LANG.regex("liability_nouns")


def _listed_re(listed: str, gap: int, tail: str = "") -> re.Pattern[str]:
    """A lead-in's list word (以下, 下列; lang list_intro_words), at most ``gap`` characters,
    then a noun of the lang class ``listed``: what the list names."""
    return re.compile(
        f"(?:{_LANG.alternation('list_intro_words')})[\u4e00-\u9fff]{{0,{gap}}}?"
        f"(?:{_LANG.alternation(listed)}){tail}"
    )


#: A lead-in announcing things, not acts (备齐以下几份材料): its list names them.
_LISTED_THING_RE = _listed_re("listed_things", 4, "$")
#: A list of persons or bodies the lead-in's act is done to (向下列人员…, 为以下对象…).
_LISTED_PARTY_RE = _listed_re("listed_parties", 2)


def _announces_acts(duty: str) -> bool:
    """Whether a duty ending in a colon leads in a list of acts (甲做到以下几点：), not of
    things (甲具备以下资格条件：) nor of those its act is done to (不得向下列人员供应…：)."""
    return (
        LIST_INTRO_RE.search(duty) is not None
        and _LISTED_THING_RE.search(duty) is None
        and _LISTED_PARTY_RE.search(duty) is None
    )


#: The numbering of a list item: （一） (1) 1. 一、
_ITEM_NUMBER_RE = ITEM_NUMBER_RE
#: The characters of a number: digits, full-width ones too, and the Chinese numerals
#: (lang numeral_characters), as one regex character class.
_NUMERAL_CLASS = "[\\d０-９" + NUMERAL_CHARACTERS + "]"
#: Comparisons that bound a quantity (不得低于…, 应当不少于…).
_BOUND_RE = _LANG.regex("bound_comparisons")
#: A period that 每 makes a frequency, alone before the trigger in a clause after another
#: (…，每两周不得少于一次): with a bound after the trigger it says how often the act of the
#: clause before is done.
_FREQUENCY_LEAD_RE = re.compile(r"[，,；;]\s*每[^，,；;。\s]{1,4}$")
#: The end of a list of parties closing its clause (…、乙等，): the acts come after it.
_LIST_CLOSE_RE = re.compile(r"(?:等)?[，,]")
#: A range of a quantity as the whole first clause of a duty (六十岁以上, 在限额的两倍以下):
#: an eligibility condition on the party or its attribute, no act. A verb before the
#: range (从事甲工作三年以上) keeps the act, as the span does not open with a number or 在.
_RANGE_ONLY_RE = re.compile(
    rf"(?:在[^，,；;。]{{0,24}}?)?{_NUMERAL_CLASS}+[^，,；;。\d]{{0,4}}?"
    rf"(?:{_LANG.alternation('range_endings')})(?:$|[，,；;])"
)
#: 他们, 它们: a third-person pronoun opening a clause names the party named before it.
_THIRD_PERSON_RE = _LANG.regex("third_person_pronouns")
#: 由: an agent preposition opening a relative clause (由甲组成的乙小组).
_AGENT_PREPOSITIONS = _LANG.word_set("agent_prepositions")
#: The agent preposition the 由-frames read (由甲负责, 费用由乙承担): the class's word.
_YOU = _LANG.words("agent_prepositions")[0]
#: Any of them, the longest first (found inside a clause by ``_done_by_agent``).
_AGENT_PREPOSITION_RE = _LANG.regex("agent_prepositions")
#: 为, 向: a clause opening with one before 的 + a party (为甲提供服务的乙) describes the party.
_BENEFICIARY_PREPOSITIONS = _LANG.word_set("beneficiary_prepositions")
#: Words that define a term (护理费，指…; 甲是指…).
_DEFINING_WORDS = _LANG.word_set("defining_words")
#: Verbs that demand an act of another party (要求X承担…).
_DEMAND_RE = _LANG.regex("demand_verbs")
#: A demand verb or a verb governing a clause whose subject is a party (要求X承担…,
#: 确保X承担…, 避免X承担…): what either says X bears is X's, not the subject's.
_OTHERS_BURDEN_RE = re.compile(
    f"(?:{_LANG.alternation('demand_verbs')}|{_LANG.alternation('clause_taking_verbs')})"
)
#: Word classes (by the first letter of their tag) that no noun phrase is made of:
#: adverbs, prepositions, conjunctions, pronouns, times, places, numbers, particles.
_NOT_NOUN_PHRASE_CLASSES = frozenset("dpcrtfmuqy")
#: Sentences of sanctions and jurisdiction are not duties of the party.
SANCTION_RE = re.compile(r"责令|罚款|处罚|吊销|没收|处分|追究[^，。；]{0,6}刑事责任|予以警告")
#: Prepositions before a trigger put it inside an adverbial (为应当办理登记的X…).
_PREPOSITIONS = _LANG.chars("prepositions")
#: Prepositions glued to a one-character modal by the segmenter (应由, 应从).
_GLUED_PREPOSITIONS = _LANG.word_set("glued_prepositions")
#: 对: glued to a modal, a preposition only when the pair is no dictionary word
_WEAKLY_GLUED = _LANG.word_set("weakly_glued_prepositions")
_SAYING_VERBS = _LANG.word_set("saying_verbs")
#: Verbs of saying that state a rule (规定, 指出), not a view or a recommendation (认为, 建议).
_RULE_VERBS = _LANG.word_set("rule_verbs")
#: Verbs of opinion (认为): a view whose holder is no party addresses no one named.
_OPINION_VERBS = _LANG.word_set("opinion_verbs")
#: Verbs that take a verb phrase as their object (决定禁止…).
_COMPLEMENT_VERBS = _LANG.word_set("complement_verbs")
#: A negating prefix of a noun's modifier (非禁止…区域).
_NON_PREFIXES = frozenset({"非"})

_DELIMS = "，,；;：:"
_OPEN = "“‘《（(「『[［【"
_CLOSE = "”’》）)」』]］】"
#: The characters ``split_clauses`` looks at; the rest of a sentence it skips.
_CLAUSE_MARK_RE = re.compile("[" + re.escape(_DELIMS + _OPEN + _CLOSE + '"') + "]")
#: Brackets without quotes: what still groups when a quote is left open.
_BRACKETS_ONLY = "《（(「『[［【"

#: A clause opening with one of these is a purpose or result, not a duty.
PURPOSE_OPENERS = _LANG.words("purpose_openers")
#: An adverbial of level, root or angle before a purpose verb (从制度层面, 从源头上).
_LEVEL_RE = re.compile(
    r"(?:从|在)[^，。；]{0,6}?(?:层面|角度|源头|根本|整体)上?"
    f"|(?:{_LANG.alternation('degree_adverbs')})"
)
#: An adverbial of root (从源头上, 从根本上): the act after it is the aim of the acts before.
_ROOT_LEVEL_RE = re.compile(r"从[^，。；]{0,6}?(?:源头|根本)上?")
#: Purpose verbs that are duties unless they close the sentence (…，确保…。).
WEAK_PURPOSE_OPENERS = _LANG.words("weak_purpose_openers")
#: Verbs that lessen a harm or a cost (减少…, 降低…): the result of the acts before them
#: when last.
LESSENING_VERBS = _LANG.words("lessening_verbs")
RESULT_OPENERS = _LANG.words("result_openers")
#: 以便, 从而: a purpose conjunction, whose purpose runs on to the end of the part.
_PURPOSE_CONJUNCTIONS = _LANG.words("purpose_conjunctions")
#: 以/为 + verb: a purpose amid a chain (…，以提升服务水平，…), not a duty.
_PURPOSE_PREPOSITIONS = _LANG.word_set("purpose_prepositions")
_DEGREE_ADVERBS = _LANG.words("degree_adverbs")
#: A clause opening with one of these states a consequence running to the end of its part.
_CONSEQUENCE_OPENERS = _LANG.words("consequence_openers")
#: A bare clause opening with one of these is no further duty of the chain (，但…; ，包括…).
_CHAIN_BREAKERS = _LANG.words("chain_breakers")
#: 组成, 构成: after 由 and parties they name a body's members (lang composition_verbs).
_COMPOSITION_VERBS = tuple(_LANG.words("composition_verbs"))
#: 有的, 部分: a quantifier standing for some of what was named (lang quantified_subjects).
_QUANTIFIERS = tuple(_LANG.words("quantified_subjects"))
#: 如此, 所示: a clause closing with one comments on what came before (lang
#: restating_predicates).
_RESTATING_PREDICATES = _LANG.word_set("restating_predicates")
#: Verbs of voicing a view (质疑, 批评), pronouns of a speaker (他, 她) and 又 with the
#: verbs that after it open a speaker's further act (又提醒): a reporter's clause.
_VOICING_VERBS = _LANG.word_set("voicing_verbs")
#: What a speaker's pronoun opens a report with: a verb of voicing or of saying (他批评…,
#: 她表示…).
_SPEAKER_VERBS = _VOICING_VERBS | _LANG.word_set("saying_verbs")
_SPEAKER_PRONOUNS = _LANG.word_set("speaker_third_pronouns")
_AGAIN_MARKERS = _LANG.word_set("narrative_again_markers")
#: Verbs of saying, voicing a view or reminding (表示, 质疑, 提醒; lang again_verbs): after 又
#: a speaker's further act, and closing a clause (甲局表示，…) a speaker's report.
_AGAIN_VERBS = _LANG.word_set("again_verbs")
#: 的, 之: a verb of saying right after one is a noun (乙的规定), no saying.
_POSSESSIVES = _LANG.word_set("possessive_markers")
#: A clause closing right after a verb of saying (表示，; 提醒：).
_CLAUSE_CLOSE_RE = re.compile(r"\s*[，,：:]")
_CONTRAST_ADVERBS = _LANG.word_set("contrast_adverbs")
#: Suffixes deriving an abstract noun (性, 度): after a modal and a verb, one noun.
_ABSTRACT_SUFFIXES = _LANG.word_set("abstract_suffixes")
#: 尤其是, 特别是: a clause narrowing the object of the duty before it (lang narrowing_markers).
_NARROWING_MARKERS = _LANG.words("narrowing_markers")
#: Discourse markers (因此, 总之) and connectives (同时, 此外) that may fill a clause of
#: their own (…，因此，…): no duty; a discourse marker concludes, ending a chain.
_CONCLUDING_MARKERS = _LANG.word_set("discourse_markers")
_LONE_CONNECTIVES = _CONCLUDING_MARKERS | _LANG.word_set("connectives")
#: …，如甲、乙等: a clause of examples closed by 等 (lang example_openers).
_EXAMPLES_RE = re.compile(f"(?:{_LANG.alternation('example_openers')})[^，,。；;]*等+")


def _breaks_chain(text: str, c_start: int, c_end: int, tokens: _Tokens) -> bool:
    """A clause opened by a chain breaker (…，但…; …，包括…) or a quantifier (…，有的…),
    closed by a restating predicate (…，尤其如此) or a verb of composition (…，由甲、乙组成),
    or one of examples closed by 等 (…，如甲、乙等, also where the segmenter glues 如 to the
    first example)."""
    if _opens_with_words(text, c_start, c_end, _CHAIN_BREAKERS, tokens):
        return True
    if _holds_word(text, c_start, c_end, _CONTRAST_ADVERBS, tokens):
        return True  # …，在乙方面却差异很大: what is the case, against the duty
    if _speaker_speaks(text, c_start, c_end, tokens):
        return True  # …，又提醒乙机构…; …，他批评…: the reported speaker speaks again
    if _closes_with_word(text, c_start, c_end, _RESTATING_PREDICATES, tokens):
        return True  # …，对乙来说尤其如此; …，如图2所示: a comment, no act
    if _closes_with_word(text, c_start, c_end, _COMPOSITION_VERBS, tokens):
        return True  # …建立队伍，由甲、乙等组成: what the thing is made of, no act
    if _opens_with_words(text, c_start, c_end, _QUANTIFIERS, tokens):
        return True  # …，有的由乙负责; …，部分资金用于…: some of them, a subject of its own
    return _lists_examples(text, c_start, c_end)


def _speaker_speaks(text: str, c_start: int, c_end: int, tokens: _Tokens) -> bool:
    """A clause opened by a speaker's pronoun and a verb of voicing a view (…，他批评…),
    or by 又 and a verb of saying, voicing or directing (…，又提醒乙…; …，又质疑…): the
    speaker of a reported duty speaks again; what follows is no further duty."""
    start, end = _chain_text(text, c_start, c_end)
    words = [text[a:b] for a, b in tokens.starting_in(start, end)][:3]
    if not words or tokens.containing(start)[0] != start:
        return False
    pronoun = words[0] in _SPEAKER_PRONOUNS
    if pronoun:
        words = words[1:]
    if words and words[0] in _AGAIN_MARKERS:
        # (only after a speaker's report: 甲公司应当公开…，又要求乙公司核对 goes on)
        return len(words) > 1 and words[1] in _AGAIN_VERBS and _reported_before(text, start, tokens)
    # (a voicing verb alone may be a duty of the chain: …应当…，抨击不良风气)
    return pronoun and bool(words) and words[0] in _SPEAKER_VERBS


def _reported_before(text: str, start: int, tokens: _Tokens) -> bool:
    """A verb voicing a view stands in the sentence before ``start`` (甲署批评…，), or one
    of saying or reminding closes its clause there (甲局表示，…; 通告提醒：…): what comes
    after is a report. A verb of saying inside a clause is an act of it (甲公司应当提出整改
    方案，…; 按照要求…), no report."""
    return any(
        text[a:b] in _VOICING_VERBS
        or (text[a:b] in _AGAIN_VERBS and _CLAUSE_CLOSE_RE.match(text, b) is not None)
        for a, b in tokens.starting_in(0, start)
    )


def _lists_examples(text: str, c_start: int, c_end: int) -> bool:
    """A clause of examples closed by 等 (…，如甲、乙等; 比如丙、丁等)."""
    return _EXAMPLES_RE.fullmatch(text, *_chain_text(text, c_start, c_end)) is not None


#: A clause opening with one of these is an adverbial of the next clause.
ADVERBIAL_OPENERS = _LANG.words("adverbial_openers")
_CHAIN_LEAD_RE = re.compile(
    r"(?:并且|并(?!非)|同时|而且|而(?![是非])|且|以及|及(?!时)|还|也|另外|此外)[，,]?"
)
#: What may stand before a sentence's first party in a list of its own: spaces and an
#: item number.
_BARE_OPENING_RE = re.compile(rf"\s*(?:{ITEM_NUMBER})?\s*")
#: A coordinator opening the last conjunct of a list of parties (，以及丙应当…).
_JOINING_RE = re.compile(r"\s*(?:以及|及|和|与|还有)(?=[\u4e00-\u9fff])")
_CONDITION_END_RE = re.compile(r"(?:的|时|后|前|之前|以后|之后|期间|情况下|的话)$")
#: Words that end in such a character without marking a condition (目的, 及时).
_NOT_CONDITION_ENDINGS = _LANG.words("not_condition_endings")
#: (如 alone is "if"; 如实/如期 are manner adverbs, 当场/当日 times, 当事人 a party,
#: 当然 "of course".)
#: (如 before a list closed by 等 gives examples: 如甲、乙等应当…, "such as", not "if")
#: (对于 opens a topic or the object of an act, 对于疑问要及时咨询; a condition it opens
#: ends in 的, 对于违约的, 应当…)
_CONDITION_START_RE = re.compile(
    r"^(?:如果|若|如(?![实期数何此下上今同])(?![^，。；]{0,30}、[^，。；]{0,30}等)"
    r"|凡|当(?![场日天即时地面事然])|一旦|除非|假如)"
)
#: 如甲所说, 正如乙所指出的: what follows is cited from a speaker, who bears none of it.
_AS_SAID_RE = re.compile(r"所(?:说|言|讲|述|指出|强调|提出)的?\s*$")
#: "但…除外": an exception to the duty before it, not a duty.
_EXCEPTION_RE = re.compile(r"^(?:但|但是)[^，。；]*除外$")
#: A clause explicitly coordinated with the one before it.
_COORDINATED_RE = re.compile(r"\s*(?:并且|并|而且)(?!非)")
#: Verbs of entitlement: 依法享受补贴 states a right, not a duty.
#: "的" + a noun of the party's own conduct between a party and its 要 (协会的建设要…).
_ACT_OF_PARTY_RE = re.compile("^的(?:" + _LANG.alternation("act_nouns") + ")")
#: Nouns of a party's own conduct (建设, 运营): after the party they name its act.
_ACT_NOUNS = _LANG.word_set("act_nouns")
#: Modals of need: with only a noun phrase after them they state a need, not a duty.
NEED_WORDS = frozenset({"需要", "需", "有必要"})
#: Verbs of spending (花费, 耗费): after 需要 they state what something costs.
_COSTING_VERBS = _LANG.word_set("costing_verbs")
#: 负责 opening a clause after one that sets up a body (成立甲中心，负责…).
_CHARGING_DUTY = frozenset({"负责"})
_FOUNDING_RE = re.compile(f"(?:{_LANG.alternation('founding_verbs')})(?:了|起)?")
#: A bracket closing a clause that defines a short name (…（以下简称甲局）).
_SHORT_NAME_END_RE = re.compile(
    "[（(](?:{})[^（()）]*[)）]$".format(_LANG.alternation("defining_markers"))
)
#: Words before a trigger that deny the need (无需承担…, 没有必要…).
_NO_NEED_RE = re.compile(r"(?:不需要|不需|无需|无须|不必|不用|没)$")
#: A modal inside a relative clause of the subject of 是 (应当关注的重点是…).
_RELATIVE_MODAL_RE = re.compile(r"[^，。；,;]{1,10}的[^，。；,;的]{1,6}(?:是|在于)")
_ENTITLEMENT_RE = re.compile(r"(?:依法|依照[^，]*)?(?:享受|享有)")
_HEADING_NUMBER_RE = re.compile(
    r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[章节条款部分编]\s*|[（(][一二三四五六七八九十\d]+[)）]\s*"
    r"|[一二三四五六七八九十]+[、．.]\s*|\d+(?:\.\d+)*[、．.)]?\s*)+"
)
_DUTY_NOUN = f"(?:{_LANG.alternation('duty_nouns')})"
_HEADING_DUTY_RE = re.compile(
    r"的((?:[^，。；、的]{1,12}?"
    + _DUTY_NOUN
    + r")(?:(?:与|和|及|、)[^，。；、的]{1,12}?"
    + _DUTY_NOUN
    + r")*)"
)
#: A run-in label of a party's duties (③ 受托者的责任): marks, the party, 的, a duty noun.
_DUTY_LABEL_RE = re.compile(
    rf"[^\u4e00-\u9fff]*(?P<party>[^，。；,;的\s]{{2,16}})的{_DUTY_NOUN}[:：]?\s*"
)
#: 只有…才…: a necessary condition, whose clause describes what a party could do.
_ONLY_IF_RE = re.compile(r"只有|才(?:可能|能够|能|会)")
#: A denied necessity before a verb of bearing (甲无需对此承担责任): no burden.
_WAIVED_NEED_RE = re.compile(_LANG.alternation("waived_needs"))
#: A duty noun closing a relative clause (负有…义务的人), not the content of a duty
#: (负有遵守纪律的义务).
_DUTY_NOUN_DE_RE = re.compile(_DUTY_NOUN + "的(?!" + _DUTY_NOUN + ")")
_PRIMACY_WORDS = _LANG.word_set("primacy_adjectives")
_PRIMACY = f"(?:{_LANG.alternation('primacy_adjectives')})"
#: What stands before a duty noun of a definition: 甲的(主要)职责是…, or nothing but
#: a clause opening (甲由乙任命，(具体)职责是…: the clause goes on with 甲).
_DEFINITION_LEAD_RE = re.compile(f"的{_PRIMACY}?$|(?:^|[，,]\\s*){_PRIMACY}?$")
#: What may stand between a duty noun's verb and the colon of a list it leads in (甲的
#: 职责包括但不限于：, 乙的职责包括以下几个方面：): no words of a duty.
_NOT_LIMITED_RE = re.compile("但?不限于")
_DEFINITION_LEAD_ONLY_RE = re.compile(
    f"(?:但?不限于)?(?:(?:{_LANG.alternation('list_intro_words')})[\u4e00-\u9fff]{{0,6}})?"
)
_INCLUDES_RE = re.compile(r"的([^，。；、的]{1,10}?)(?:主要)?包括(?:但不限于)?")


#: The rule-id prefix of a duty that encourages a party (鼓励甲…) and, with it, of one
#: that requires a party (要求乙…): such duties direct another party rather than state
#: the bearer's own act.
ENCOURAGING_RULE = "encourage"
DIRECTING_RULES = (ENCOURAGING_RULE, "require")
#: The rule of a duty chained to the one before it (甲应…，做乙…), its bearer that duty's.
CHAIN_RULE = "deontic.chain"


@dataclass(frozen=True, slots=True)
class DutyCandidate:
    """A duty found in one sentence; ``holders`` empty means "resolve from context".

    Offsets are sentence-local. ``ambiguous`` marks modal readings that are
    deontic only in a normative context (可以/不能 may be ability).
    """

    holders: tuple[Party, ...]
    duty: str
    modality: Modality
    rule: str
    confidence: float
    start: int
    end: int
    ambiguous: bool = False
    zero: str = ""  # why holders is empty: "none" (no subject) or "other" (a non-party subject)
    opens_list: bool = False  # "应当做到下列几点：" — the duties are the items that follow


@dataclass(frozen=True, slots=True)
class RequiresLink:
    """A nested modal: ``holders`` must require ``objects`` to do something."""

    holders: tuple[Party, ...]
    objects: tuple[Party, ...]


@dataclass(slots=True)
class SentenceAnalysis:
    """What one sentence says: duties, the parties it names as subjects, nested requirements."""

    duties: list[DutyCandidate] = field(default_factory=list)
    subjects: tuple[Party, ...] = ()
    requires: list[RequiresLink] = field(default_factory=list)
    sanction: bool = False


@dataclass(frozen=True, slots=True)
class _Clause:
    """A clause and the mark closing it; the sentence's last clause has "" (compare
    ``delim`` with a tuple of marks: "" is in every string)."""

    start: int
    end: int
    delim: str


@dataclass(frozen=True, slots=True)
class _Trigger:
    word: str
    start: int
    end: int
    modality: Modality
    kind: str


def split_clauses(text: str, start: int = 0) -> list[_Clause]:
    """Clauses of ``text[start:]`` between "，；：" outside quotes and brackets.

    A straight quote closes a curly one (“fence-out"规则, as OCR and typing mix them),
    and a quote that nothing closes protects nothing: the clauses after it are read."""
    return list(_clauses(text, start))


@lru_cache(maxsize=16)
def _clauses(text: str, start: int) -> tuple[_Clause, ...]:
    """``split_clauses``, kept for the last few sentences: the duty reader and the
    relation reader both split each sentence, and the answer depends on the text alone."""
    clauses, open_at_end = _split_at_depth(text, start, _OPEN)
    if open_at_end:
        unquoted, still_open = _split_at_depth(text, start, _BRACKETS_ONLY)
        clauses = clauses if still_open else unquoted
    clauses = [part for clause in clauses for part in _paired_modal_parts(text, clause)]
    return tuple(c for c in clauses if _strip_end(text, c.start, c.end) > c.start)


#: The modals of duty and advice a pair of correlatives may join (要, 应当, 必须): the plain
#: and subject modals (lang plain_modals, subject_modals) that bind or advise, not those
#: that permit (可以) or forbid (不得).
_PAIRED_MODAL = "(?:{})".format(
    "|".join(
        sorted(
            (
                word
                for word in _LANG.word_set("plain_modals") | _LANG.word_set("subject_modals")
                if TRIGGERS[word][0] in (Modality.MUST, Modality.SHOULD)
            ),
            key=lambda word: (-len(word), word),
        )
    )
)
#: 既要…又要…, 不仅要…还要…: two modals paired by correlative adverbs, with no comma between
#: (either correlative takes one of the same modals; lang pairing_correlatives,
#: paired_correlatives).
_PAIRED_MODAL_RE = re.compile(
    rf"(?:{_LANG.alternation('pairing_correlatives')}){_PAIRED_MODAL}[^，,；;：:。]+?"
    rf"(?=(?:{_LANG.alternation('paired_correlatives')}){_PAIRED_MODAL})"
)


def _paired_modal_parts(text: str, clause: _Clause) -> list[_Clause]:
    """A clause whose modals a pair of correlatives joins (甲既要节约用水又要保护水源) read
    as two clauses, as if a comma stood before the second: each modal states a duty."""
    found = _PAIRED_MODAL_RE.search(text, clause.start, clause.end)
    if found is None:
        return [clause]
    head = _Clause(clause.start, found.end(), "，")
    return [head, *_paired_modal_parts(text, _Clause(found.end(), clause.end, clause.delim))]


def _split_at_depth(text: str, start: int, openers: str) -> tuple[list[_Clause], bool]:
    """The clauses outside ``openers`` and their closers, and whether one is left open."""
    clauses: list[_Clause] = []
    depth = 0
    for mark in _CLAUSE_MARK_RE.finditer(text, start):
        char = mark.group()
        index = mark.start()
        if char in openers:
            depth += 1
        elif char in _CLOSE or (char == '"' and depth):
            depth = max(0, depth - 1)
        elif char in _DELIMS and depth == 0 and not _inside_number(text, index):
            clauses.append(_Clause(start, index, char))
            start = index + 1
    clauses.append(_Clause(start, len(text), ""))
    return clauses, depth > 0


def _inside_number(text: str, index: int) -> bool:
    """Whether the mark at ``index`` stands between digits (3,000元; 8:30): a separator
    inside a number or a time, no clause boundary."""
    return (
        text[index] in ",:"
        and 0 < index < len(text) - 1
        and text[index - 1].isdigit()
        and text[index + 1].isdigit()
    )


#: The marks and spaces that close a clause (，。；：), stripped from its end.
_CLAUSE_END_CHARS = CLAUSE_MARKS + " \u3000"


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in "。！？!?.…；; \u3000\n":
        end -= 1
    return end


def clause_words_end(text: str, start: int, end: int) -> int:
    """Where the words of the clause ``text[start:end]`` end, its closing marks (。；) and
    spaces left off: the span the duty reader asks the party finder about, so that the
    relation reader, asking about the same span, gets the answers the finder kept."""
    return _strip_end(text, start, end)


class _Tokens:
    """Token boundaries of a sentence with fast lookup."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.spans = list(tokens)
        self.starts = [s for s, _ in tokens]
        #: ``_find_trigger``'s answers for this sentence, by text and clause span: the
        #: reader, the purpose flags and the chain tests ask of the same clauses
        self.triggers: dict[tuple[str, int, int], _Trigger | None] = {}
        #: ``_needed_party``'s answers for this sentence, by clause words and trigger: the
        #: subject reader and the duty reader both ask it of a need's clause
        self.needs: dict[tuple[int, int, int], tuple[list[Party], int]] = {}

    def containing(self, pos: int) -> Token:
        index = bisect.bisect_right(self.starts, pos) - 1
        if index < 0:
            return (pos, pos + 1)
        return self.spans[index]

    def previous(self, pos: int) -> Token | None:
        index = bisect.bisect_left(self.starts, pos) - 1
        return self.spans[index] if index >= 0 else None

    def starting_in(self, start: int, stop: int) -> list[Token]:
        """The tokens that start in ``[start, stop)``, found by bisection rather than by
        testing every token of the sentence."""
        first = bisect.bisect_left(self.starts, start)
        return self.spans[first : bisect.bisect_left(self.starts, stop, lo=first)]


def _find_trigger(
    text: str, start: int, end: int, tokens: _Tokens, finder: PartyFinder
) -> _Trigger | None:
    """The first deontic trigger of ``text[start:end]`` that reads deontically (kept per
    sentence: the answer depends on the text, the span and the tokens alone)."""
    key = (text, start, end)
    if key in tokens.triggers:
        return tokens.triggers[key]
    trigger = tokens.triggers[key] = _read_trigger(text, start, end, tokens, finder)
    return trigger


def _read_trigger(
    text: str, start: int, end: int, tokens: _Tokens, finder: PartyFinder
) -> _Trigger | None:
    """``_find_trigger``, read from the text."""
    for match in TRIGGER_RE.finditer(text, start, end):
        word, (t_start, t_end) = _reanchored(text, match, end, tokens)
        modality, kind = TRIGGERS[word]
        # 应对 as 应 + 对…进行/负责: a modal before a 对-phrase
        if not _token_ok(text, word, t_start, t_end, tokens) and not (
            word == "应" and _modal_before_dui(text, t_start, t_end, end, start)
        ):
            continue
        if (
            _not_deontic(text, word, t_start, t_end, end)
            or text.count("《", 0, t_start) > text.count("》", 0, t_start)  # in a cited title
            or _QUESTION_BEFORE_RE.search(text, start, t_start)
            or _ONLY_IF_RE.search(text, start, t_start)  # 只有…，甲才能承担…: a condition
            or _DENIED_VIEW_RE.search(text, start, t_start)  # 并不是认为甲应…: denied
            or _in_quoted_modifier(text, t_start)
        ):
            continue
        if _vetoed_by_previous_word(text, word, t_start, tokens) or _derived_noun(
            text, word, t_end, tokens
        ):
            continue
        if modality is Modality.MAY and (
            _ability_reading(text, start, t_start, t_end, end)
            or _causes_next(text, t_end, end, tokens)
        ):
            continue
        if text[max(start, t_start - 1) : t_start] == "不" and word not in ("不得", "不能"):
            continue
        if kind == "bear" and (
            _burden_not_borne(text, start, t_start) or _denied_frame(text, start, t_start, tokens)
        ):
            continue
        if _describes_subject(text, word, kind, t_end, end, tokens, finder) or _names_what_is_due(
            text, t_end, end, tokens
        ):
            continue
        if (
            kind == "bear"
            and word == "承担"
            and not _LIABILITY_RE.search(text, t_end, end)
            and not (t_end >= end and _YOU in text[start:t_start])
        ):
            continue
        if kind == "encourage":
            t_end = _joined_directive_end(text, t_end, end)  # 鼓励和支持…
        if kind in ("require", "encourage") and not _directive(
            text, start, t_start, t_end, end, tokens, finder
        ):
            continue
        trigger = _Trigger(word, t_start, t_end, modality, kind)
        if not _kind_rejects(text, (start, end), trigger, tokens, finder):
            return trigger
    return _have_of_duty(text, start, end, tokens) or _performed_list(text, start, end, tokens)


#: The longest quoted phrase read as a modifier, and one closed by 的 (“要甲，不要乙”的
#: 观念): it names the noun after it.
_MAX_QUOTED_MODIFIER = 30
_QUOTED_MODIFIER_RE = re.compile(f"“[^“”]{{1,{_MAX_QUOTED_MODIFIER}}}”的")


def _in_quoted_modifier(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a quoted phrase that modifies a noun (“要甲，要乙”的做法
    依然存在): a slogan named as the mark of a view or a practice binds no one."""
    reach = pos + _MAX_QUOTED_MODIFIER + 3  # the closing mark and 的 of one that opened before
    return any(m.start() < pos < m.end() for m in _QUOTED_MODIFIER_RE.finditer(text, 0, reach))


def _kind_rejects(
    text: str, span: tuple[int, int], trigger: _Trigger, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """Whether what surrounds a trigger of its kind leaves it no duty of its own: 有义务
    closing the clause, 负有…职责的人 (a relative clause), a definition with no lead, or
    a subjectless modal that only stresses the directive after it (应鼓励甲企业…)."""
    start, end = span
    kind, t_start, t_end = trigger.kind, trigger.start, trigger.end
    if kind == "have":
        # 负有监护职责的人: the duty describes the party of a relative clause
        return (trigger.word in ("有义务", "有责任", "有职责") and t_end >= end) or bool(
            _DUTY_NOUN_DE_RE.search(text, t_end, end)
        )
    if kind == "definition":
        return not _DEFINITION_LEAD_RE.search(text[start:t_start])
    if kind == "modal" and not text[:t_start].strip() and _REMARK_RE.fullmatch(text, t_start, end):
        return True  # 必须承认，…; 应当指出，…: the writer remarks on what follows
    return kind == "modal" and _encourages_in_turn(text, start, t_start, t_end, end, tokens, finder)


#: A modal and a verb of saying or granting a point, closed by the clause's comma or colon
#: (lang remark_verbs): the whole clause is the writer's remark.
_REMARK_RE = re.compile(
    f"(?:{_trigger_alternation(lambda _, kind: kind == 'modal')})"
    f"(?:{_LANG.alternation('remark_verbs')})\\s*[，,：:]?"
)


def _encourages_in_turn(
    text: str, start: int, t_start: int, t_end: int, end: int, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """Whether a modal with no party before it only stresses the 鼓励/引导 + party after
    it (应鼓励甲企业参与…; 还要引导乙群体…).

    Why: 鼓励 X … gives X the duty (GUIDELINES); a subjectless modal before it names no
    party that must encourage, so the encouraged party bears the advice. A named party
    before the modal (丙局应当鼓励甲…) is the one that must encourage."""
    pos = t_end
    while (
        pos < end
        and pos - t_end < 4
        and word_class(text[pos : tokens.containing(pos)[1]])
        in (
            "d",
            "ad",
        )
    ):
        pos = tokens.containing(pos)[1]
    directive = TRIGGER_RE.match(text, pos, end)
    if directive is None or TRIGGERS[directive.group()][1] != "encourage":
        return False
    if finder.subject(text, start, t_start, tokens.spans).kind is not SubjectKind.NONE:
        return False  # 丙局应当鼓励…, 某国应当鼓励…: the subject encourages
    d_end = _joined_directive_end(text, directive.end(), end)
    return _directive(text, start, pos, d_end, end, tokens, finder)


#: 有 + what the duty is + 的 + a duty noun (有对设施进行维护的法定义务), to the clause end.
_HAVE_OF_DUTY_RE = re.compile(
    "有(?=[^，。；,;]{2,30}?的[^，。；,;的]{0,4}?" + _DUTY_NOUN + r"\s*$)"
)


#: 甲履行下列(主要)职责： closing its clause: a lead-in listing the party's duties.
_PERFORMED_LIST_RE = re.compile(
    f"(?:{_LANG.alternation('performing_verbs')})(?=(?:{_LANG.alternation('list_intro_words')})"
    f"[^，。；,;：:]{{0,4}}?{_DUTY_NOUN}\\s*$)"
)


def _performed_list(text: str, start: int, end: int, tokens: _Tokens) -> _Trigger | None:
    """甲履行下列职责：（一）… : no modal, yet a statute's way of stating duties; the items
    are the party's must rows (the lead-in itself only points at them). The colon must
    close the clause: 履行 with any other object is no trigger."""
    match = _PERFORMED_LIST_RE.search(text, start, end)
    if match is None or not text[end:].lstrip().startswith(("：", ":")):
        return None
    if tokens.containing(match.start()) != (match.start(), match.end()):
        return None
    return _Trigger(match.group(), match.start(), match.end(), Modality.MUST, "bear")


def _burden_not_borne(text: str, start: int, t_start: int) -> bool:
    """Before a verb of bearing, a demand on another party (消费者要求平台承担…) or a
    denied necessity (甲无需对乙的损失承担责任: the burden is lifted)."""
    return _others_burden_before(text, start, t_start) or bool(
        _WAIVED_NEED_RE.search(text, start, t_start)
    )


def _denied_frame(text: str, start: int, t_start: int, tokens: _Tokens) -> bool:
    """A negation opening the prepositional phrase before a verb of bearing denies the burden
    (甲不对乙的损失承担责任: a disclaimer, no duty); 不对称 is one word, no such frame."""
    for match in _DENIED_FRAME_RE.finditer(text, start, t_start):
        if tokens.containing(match.end() - 1)[1] == match.end():
            return True
    return False


#: A negator right before a preposition (不对…, 不向…, 未为…).
_DENIED_FRAME_RE = re.compile(
    f"(?:{_LANG.alternation('negators')})[{''.join(sorted(_PREPOSITIONS))}]"
)


#: Marks before a demand verb that make it describe its object (受委托的…, 经要求…).
_PASSIVE_MARKS = ("受", "被", "经")


def _others_burden_before(text: str, start: int, t_start: int) -> bool:
    """A demand on another party before a verb of bearing (甲要求乙承担…), or a verb
    governing the clause of another party (…，确保乙方承担…; …，避免丙方承担…): the
    burden is the other party's, and the clause states it as an aim, no duty. One that
    describes the subject (受委托的乙负责…, 经批准的…) demands nothing."""
    for verb in _OTHERS_BURDEN_RE.finditer(text, start, t_start):
        passive = text[max(start, verb.start() - 1) : verb.start()] in _PASSIVE_MARKS
        if not passive and "的" not in text[verb.end() : t_start]:
            return True
    return False


def _verb_first(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    first = tokens.containing(start)
    return first[0] == start and first[1] <= end and word_class(text[first[0] : first[1]]) == "v"


def _have_of_duty(text: str, start: int, end: int, tokens: _Tokens) -> _Trigger | None:
    """有…的义务 (GUIDELINES: 有…义务/责任 is a must): the words between 有 and the
    duty noun say what the duty is."""
    match = _HAVE_OF_DUTY_RE.search(text, start, end)  # $ holds at ``end``
    if match is None or tokens.containing(match.start()) != (match.start(), match.end()):
        return None
    before = tokens.previous(match.start())
    if before is not None and text[before[0] : before[1]] in ("没", "没有", "不", "无"):
        return None
    return _Trigger("有", match.start(), match.end(), Modality.MUST, "have")


def _inner_modal(text: str, start: int, end: int, trigger: _Trigger) -> _Trigger | None:
    """The modal opening what a directive requires of its party (要求乙方不得…), if any."""
    if trigger.kind not in ("require", "encourage"):
        return None
    inner = TRIGGER_RE.match(text, start, end)
    if inner is None or TRIGGERS[inner.group()][1] != "modal":
        return None
    modality = TRIGGERS[inner.group()][0]
    return _Trigger(inner.group(), inner.start(), inner.end(), modality, "modal")


#: Word classes of a modifier between 的 and the noun 需要 (的迫切需要, 的长远需要).
_NEED_MODIFIER_CLASSES = frozenset({"a", "ad", "an", "b", "d", "z"})


def _noun_need(text: str, t_start: int, tokens: _Tokens) -> bool:
    """需要 after 的 and a two-character modifier that is no noun nor verb (的迫切需要; not
    平台的运营需要…, where 需要 is the modal of a subject; a bare 的需要 may close a
    relative clause before the modal, 按合同约定的需要乙方…), or a bare 的需要 closing
    the object of a framing preposition (依照各校的需要安排…)."""
    return (
        text[max(0, t_start - 3) : t_start - 2] == "的"
        and word_class(text[t_start - 2 : t_start]) in _NEED_MODIFIER_CLASSES
    ) or _framed_need(text, t_start, tokens)


#: 根据, 从, 出于: prepositions whose object may close with the noun 需要.
_NEED_FRAMES = _LANG.word_set("need_frame_prepositions")
#: Word classes of a word before 的 that make 的需要 a noun phrase's end: nouns, times,
#: verbal nouns (各校的需要, 市场拓展的需要), not verbs (约定的需要乙方…).
_NEED_OWNER_CLASSES = ("n", "t", "vn", "r")


def _framed_need(text: str, t_start: int, tokens: _Tokens) -> bool:
    """需要 closing a framing preposition's object (甲依照各校的需要安排课时; 乙从市场拓展
    的需要出发): a need named as the basis of the act, not a modal, so the act after it is
    stated as what the party does, no duty."""
    if text[max(0, t_start - 1) : t_start] != "的":
        return False
    owner = tokens.previous(t_start - 1)
    if owner is None or owner[1] != t_start - 1:
        return False
    if not word_class(text[owner[0] : owner[1]]).startswith(_NEED_OWNER_CLASSES):
        return False
    opening = max(text.rfind(mark, 0, t_start) for mark in _DELIMS + "。") + 1
    return any(
        text[start:end] in _NEED_FRAMES for start, end in tokens.starting_in(opening, owner[0])
    )


def _vetoed_by_previous_word(text: str, word: str, t_start: int, tokens: _Tokens) -> bool:
    """The word right before a trigger makes it no modal: a preposition (对应), a negation,
    a restrictive 只 (只需), an adverb of fact before 不能 (已不能), or a verb before a
    one-character trigger (缺乏可复制的) unless 的 makes it an act's name or the verb closes
    an approval frame (甲经乙局批准可…: the modal is the party's)."""
    if word == "需要" and _noun_need(text, t_start, tokens):
        return True  # 推进改革的迫切需要: a need as a noun, after 的 and its modifier
    previous = tokens.previous(t_start)
    if previous is None or previous[1] != t_start:
        return False
    before = text[previous[0] : previous[1]]
    return (
        before in _PREPOSITIONS
        or before.endswith(NEGATORS)
        or before in _RESTRICTIVE_BEFORE
        or before in EPISTEMIC_ADVERBS
        or before in _CONDITIONAL_CONJUNCTIONS
        or (word == "不能" and before in _FACTUAL_ADVERBS)
        # (a name the dictionary tags as a verb still names a party: 试点单位要…; so
        # does a verb after 的 name an act, 对甲的审查应…)
        or (
            word in ONE_CHARACTER_MODALS
            and word_class(before) == "v"
            and not has_agentive_ending(before)
            and before not in _EXAMPLE_MARKERS  # …，例如可将…: the example's own modal
            and text[previous[0] - 1 : previous[0]] != "的"
            and not _closes_approval_frame(text, t_start)
        )
        or (TRIGGERS[word][1] == "forbid" and _names_a_kind_of_thing(before))
    )


def _closes_approval_frame(text: str, t_start: int) -> bool:
    """Whether an approval frame ends right before the trigger (甲经乙局批准可…, 甲经授权
    可…): the approving verb before the modal closes a condition, the modal is the
    party's, not a part of the verb (缺乏可复制的)."""
    reach = max(0, t_start - _APPROVAL_FRAME_REACH - 2)  # (经 and the gap)
    return _APPROVAL_FRAME_END_RE.search(text, reach, t_start) is not None


#: How many characters an approval frame holds between 经 and its verb.
_APPROVAL_FRAME_REACH = 30


def _approval_frame(shortest: int, verbs: str) -> str:
    """The pattern of an approval frame (经甲局批准), ``shortest`` to
    ``_APPROVAL_FRAME_REACH`` characters between the preposition and one of ``verbs``."""
    return "(?:{})[^，,。；;：:]{{{},{}}}?(?:{})".format(
        _LANG.alternation("approval_prepositions"), shortest, _APPROVAL_FRAME_REACH, verbs
    )


#: An approval frame (经甲局批准, 经授权) ending where the search ends.
_APPROVAL_FRAME_END_RE = re.compile(
    _approval_frame(
        0, _LANG.alternation("approving_verbs") + "|" + _LANG.alternation("authorising_verbs")
    )
    + "$"
)


def _whole_party(
    finder: PartyFinder, text: str, start: int, end: int, spans: Sequence[Token], **options: bool
) -> SubjectParse | None:
    """The subject parse of ``text[start:end]`` if it names a party and nothing else."""
    parse = finder.subject(text, start, end, spans, **options)
    return parse if parse.kind is SubjectKind.PARTY and parse.end == end else None


def _names_a_kind_of_thing(before: str) -> bool:
    """禁止 right after a preposition or a content verb modifies the noun after it, it
    forbids nothing (在禁止停车路段, 划定禁止停车区域, 建立禁止停车管理制度)."""
    if before in TRIGGERS or before in _SAYING_VERBS or before in _COMPLEMENT_VERBS:
        return False  # (决定禁止…: the decision forbids)
    if _DEMAND_RE.fullmatch(before):
        return False
    return before in _NON_PREFIXES or word_class(before) in ("p", "v", "vn")


#: A count (the name reader's numbers and classifiers) right before 负责 (两个负责…的部门):
#: it counts the body.
_COUNTED_RE = re.compile(rf"{COUNT_NUMBER}{COUNT_CLASSIFIER}$")


def _in_relative_clause(
    text: str, after: int, end: int, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """负责 inside a relative clause of the subject of a later modal (负责X的Y应当…), or
    naming the body a government charges, whose predicate follows (甲市人民政府负责乙工作
    的部门对…进行指导), also when a frame comes between the body and a later modal
    (甲市人民政府负责乙工作的部门根据工作需要，可以…), or naming the person in charge,
    whose own predicate follows without a modal (负责选题的编辑作为召集人)."""
    later = TRIGGER_RE.search(text, after, end)
    if later is not None and TRIGGERS[later.group()][1] == "modal":
        return (
            _party_after_de(text, after, later.start(), tokens, finder)
            or finder.charged_body_end(text, after - len("负责"), end, tokens.spans) > 0
        )
    de = finder.charged_body_de(text, after, end, tokens.spans)
    if de == -1:
        return _charged_person(text, after, end, tokens)
    body = finder.group_at(text, de + 1, end, tokens.spans)
    # 走访了两个负责审批的部门: a counted body that 负责 describes
    counted = _COUNTED_RE.search(text, 0, after - len("负责")) is not None
    return bool(body) and (body[-1].end < end or counted)


def _charged_person(text: str, after: int, end: int, tokens: _Tokens) -> bool:
    """负责, a task, 的 and a person, then that person's predicate (负责选题的编辑作为
    召集人, …): the phrase names the person in charge, the subject of what follows, no
    duty of the party before. A preposition before 的 (负责对入驻的商家…) opens an object."""
    stop = CLAUSE_BREAK_RE.search(text, after, end)
    clause_end = stop.start() if stop else end
    de = text.find("的", after, clause_end)
    if de <= after or any(word_class(text[a:b]) == "p" for a, b in tokens.starting_in(after, de)):
        return False
    head = tokens.containing(de + 1)
    if head[0] != de + 1 or head[1] >= clause_end:
        return False
    word = text[head[0] : head[1]]
    after_head = tokens.containing(head[1])
    # the person closes its noun phrase and a predicate opens (负责甲的居民住宅区…: a noun
    # goes on; 负责甲的组织实施: a verb, no person)
    return (
        word_class(word).startswith("n")
        and has_agentive_ending(word)
        and word_class(text[after_head[0] : after_head[1]])[:1] in ("v", "p", "d")
    )


def _describes_subject(
    text: str, word: str, kind: str, t_end: int, end: int, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """A trigger word inside a modifier of the party a later trigger binds: 负责 in a
    relative clause (负责消毒的保洁员应当…), 禁止 naming a place (禁止垂钓水域的管理单位应当…)."""
    if word == "负责":
        return _in_relative_clause(text, t_end, end, tokens, finder)
    if kind == "forbid":
        return _forbidden_in_subject(text, t_end, end, tokens, finder)
    return kind in ("modal", "have") and _modal_in_subject(text, t_end, end, tokens, finder)


def _modal_in_subject(
    text: str, after: int, end: int, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """A modal inside a relative clause of the subject of a later modal (有权审批的机关
    应当…, 可以办理的单位不得…): it says which party the later modal binds. A later
    需要 may be a noun (甲应当关注乙的心理需要), so it binds no subject here."""
    if text.find("的", after, end) < 0:
        return False  # no relative clause (the common case: no trigger scan)
    later = next(
        (
            match
            for match in TRIGGER_RE.finditer(text, after, end)
            if tokens.containing(match.start()) == match.span()  # not 应 of 应用
        ),
        None,
    )
    return (
        later is not None
        and TRIGGERS[later.group()][1] == "modal"
        and later.group() not in NEED_WORDS
        and _party_after_de(text, after, later.start(), tokens, finder)
    )


def _names_what_is_due(text: str, t_end: int, end: int, tokens: _Tokens) -> bool:
    """A title (no end punctuation) of the modal, a verb, 的 and a noun phrase closing
    it (甲应具备的素养与技能): it names what is due, no duty stated."""
    if _TERMINATED_RE.search(text) or text[t_end:end].strip() != text[t_end:].strip():
        return False
    verb = tokens.containing(t_end)
    if verb[0] != t_end or not word_class(text[verb[0] : verb[1]]).startswith("v"):
        return False
    if not text.startswith("的", verb[1]) or tokens.containing(verb[1]) != (verb[1], verb[1] + 1):
        return False
    rest = [text[a:b] for a, b in tokens.spans if verb[1] < a and b <= end and text[a:b].strip()]
    return bool(rest) and word_class(rest[-1]).startswith("n") and all(w.isalnum() for w in rest)


def _party_after_de(
    text: str, after: int, later: int, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """A whole party between the last 的 of ``text[after:later]`` and a later trigger:
    the words before it modify the subject of that trigger."""
    de = text.rfind("的", after, later)
    return de != -1 and (
        _whole_party(finder, text, de + 1, later, tokens.spans, at_trigger=True) is not None
    )


def _forbidden_in_subject(
    text: str, after: int, end: int, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """禁止 inside a modifier of the subject of a later trigger (禁止停车区域的管理单位应当
    设置标志): what is forbidden names the place that defines the party, the later
    trigger binds it."""
    later = TRIGGER_RE.search(text, after, end)
    return (
        later is not None
        and TRIGGERS[later.group()][1] != "forbid"
        and _party_after_de(text, after, later.start(), tokens, finder)
    )


#: 使, 让: a verb of causing right after 可以 (可以使乙…) says what can come about.
_CAUSATIVE_VERBS = _LANG.word_set("causative_verbs")


def _causes_next(text: str, t_end: int, end: int, tokens: _Tokens) -> bool:
    """Whether a verb of causing stands as a word of its own right after 可以 (该做法可以
    使学员熟悉流程; 可以让读者自行选择): what the act can bring about, no leave."""
    if t_end >= end:
        return False
    word = tokens.containing(t_end)
    return word[0] == t_end and text[word[0] : word[1]] in _CAUSATIVE_VERBS


def _ability_reading(text: str, start: int, t_start: int, t_end: int, end: int) -> bool:
    """可以 describing what a party is able to do (系统完全可以完成…, 不法分子可以…), not
    what it may do."""
    return bool(
        _ABILITY_ADVERB_RE.search(text, start, t_start)
        or _QUANTIFIED_SUBJECT_RE.match(text[start:t_start])
        or _WRONGDOER_SUBJECT_RE.search(text[start:t_start])
        or _ENABLING_RE.search(text, 0, t_start)
        or _FINDING_RE.search(text, 0, t_start)
        or _SPEED_RE.search(text, t_end, end)
    )


#: Directive verbs (支持, 推动, 督促) that may direct a party as 鼓励 does: opening a
#: chained clause with a party after them, they are the chain's next duty.
_JOINED_DIRECTIVES = _LANG.word_set("joined_directives")
#: 并: a clause opening with one adds a predicate to the subject before it
_PREDICATE_JOINERS = _LANG.word_set("predicate_joiners")
#: A directive verb joined to 鼓励 (鼓励和支持…, 鼓励、引导…).
_JOINED_DIRECTIVE_RE = re.compile(
    # 鼓励和支持甲…, and with no joiner 鼓励支持甲…, 鼓励引导乙…
    f"(?:、|和|并|及)?(?:{_LANG.alternation('joined_directives')})(?=[\u4e00-\u9fff])"
)


def _joined_directive_end(text: str, t_end: int, end: int) -> int:
    """The end of 鼓励's directive: past a verb joined to it (鼓励和支持|甲方…)."""
    joined = _JOINED_DIRECTIVE_RE.match(text, t_end, end)
    return joined.end() if joined else t_end


def _directive(
    text: str, start: int, t_start: int, t_end: int, end: int, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """鼓励/引导/要求 X …: a party follows, and the verb is not one of a series (监督、引导)
    nor under an ability or purpose reading (能有效引导…, 为了鼓励…)."""
    objects = finder.object_group(text, t_end, end, tokens.spans)
    if objects and _PAIR_NOUN_RE.match(text, objects[-1].end, end):
        return False  # 鼓励甲、乙之间的交流: the parties modify a noun, none is addressed
    if not objects:
        # 鼓励采用…, opening its clause: encouraged is the party its context names
        return (
            text[t_start:t_end] == "鼓励"
            and _chain_text(text, start, t_start + 1)[0] == t_start
            and _verb_first(text, t_end, end, tokens)
        )
    if t_start > start and text[t_start - 1] == "、":
        return False
    if text[t_start:t_end] == "要求" and not _situation_demands(
        text, start, t_start, t_end, end, tokens, finder
    ):
        return False
    return not re.search(r"能|会|将|可|有助于|帮助|为了|旨在", text[start:t_start])


#: A localizer of a pair of parties and 的 (甲与乙之间的…): the parties modify a noun.
_PAIR_NOUN_RE = re.compile(f"(?:{_LANG.alternation('group_closers')})的")


#: A rule cited in a sentence: a text in 《》, a text of rules, or a rule's verb.
_RULE_CITED_RE = re.compile(
    f"》|{_LANG.alternation('rule_texts')}|{_LANG.alternation('rule_verbs')}"
)


def _situation_demands(
    text: str, start: int, t_start: int, t_end: int, end: int, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """Whether the 要求 puts a demand on the party after it: a rule cited before a
    subjectless 要求 does (《某规定》…，要求甲…). A party's 要求 is its own act, and so is a
    subjectless one in a sentence citing no rule (召开会议，要求甲…: the sentence's actor
    demands). A rule or a situation as the subject (《某法》第五条要求甲…, 该守则要求甲…,
    经营的扩张要求店铺具备…, 这就要求甲…) reports what the rule says or what the situation
    takes, and binds the party only in the party's own modal (…要求甲不得…)."""
    kind = finder.subject(text, start, t_start, tokens.spans).kind
    if kind is SubjectKind.PARTY:
        return False
    if kind is SubjectKind.NONE and not _RULE_CITED_RE.search(text, start, t_start):
        return _RULE_CITED_RE.search(text, 0, start) is not None
    objects = finder.object_group(text, t_end, end, tokens.spans)
    return bool(objects) and TRIGGER_RE.match(text, objects[-1].end, end) is not None


#: Words that contain a trigger without being one (所有权, 负责人, 不得不 "have to").
_NOT_TRIGGER_WORDS = _LANG.word_set("not_trigger_words")
#: Tokens that hold a trigger without being one, as whole tokens only (负责制, not 负责|制定).
_NOT_TRIGGER_TOKENS = _LANG.word_set("not_trigger_tokens")


def _token_ok(text: str, word: str, start: int, end: int, tokens: _Tokens) -> bool:
    tok_start, tok_end = tokens.containing(start)
    token = text[tok_start:tok_end]
    if (
        token in _NOT_TRIGGER_WORDS
        or token in _NOT_TRIGGER_TOKENS
        or text[start : start + 3] in _NOT_TRIGGER_WORDS
        or any(  # 按需, 根据需要 and its longer forms: "as needed"
            text[max(0, start - back) : end] in _NOT_TRIGGER_WORDS for back in range(1, 6)
        )
    ):
        return False
    if word not in ONE_CHARACTER_MODALS and _duty_noun_closes(
        text, word, start, tok_start, tok_end
    ):
        return True  # 主要职责 + 是: the segmenter glued the duty noun to its adjective
    if word not in ONE_CHARACTER_MODALS:
        # multi-character triggers may sit inside a longer token (分工负责) but not start a word
        return not (tok_start < start and token.endswith(word) is False and tok_end > end) and (
            not _straddles_word(token, tok_start, start, tok_end, end)
            or text[tok_end:end] in TRIGGERS  # 绝不 + 应: the modal after the adverb
        )
    if tok_start == start and tok_end == end:
        return True
    rest = text[end:tok_end]
    if tok_start == start and rest in _GLUED_PREPOSITIONS:
        return True  # 应由 B …, 应从…出发: the modal, then a preposition the segmenter glued
    if tok_start == start and rest in _WEAKLY_GLUED and not in_dictionary(token):
        return True  # 可对 B…: glued, but no word of its own
    if tok_start == start and rest:
        # glued to its verb by the segmenter (需承担, 需注意); 应用, 需求 have one-character rests
        if len(rest) >= 2 and word_class(rest) in VERB_CLASSES and in_dictionary(rest):
            return True
        return _glued_into_no_word(token, rest)
    return tok_end == end and all(ch in ADVERB_PREFIXES for ch in text[tok_start:start])


def _glued_into_no_word(token: str, rest: str) -> bool:
    """Whether the segmenter glued a one-character modal to what follows into no word
    of the dictionary: a preposition and the next word's start (可在课|后…), an adverb
    (要多|走访, 可先|试行) or a verb (应使|学员…). The modal then stands alone; not before
    a copula or a negator (应是 says what is likely, 要不 is "or else").

    Why: such a token is the segmenter's guess at an unknown word, and a modal never
    begins a word it does not know. Tokens of three or more characters opening with a
    modal of ``leading_glued_modals`` (甲应倒查…) are already split when segmented
    (``extractor._split_leading_modals``), so the party before them ends there too;
    this test is what decides two-character tokens and the other modals (可, 要)."""
    if in_dictionary(token) and not (listed_by_chance(token) and word_class(rest) == "d"):
        return False  # (a modal and an adverb listed by chance, 可先, are no word)
    if len(rest) >= 2 and rest[0] in _GLUED_PREPOSITIONS:
        return True
    if rest == _COPULA or rest in NEGATORS:
        return False
    return word_class(rest[0]) in ("d", "m", "v")


def _derived_noun(text: str, word: str, t_end: int, tokens: _Tokens) -> bool:
    """A one-character modal, a verb and an abstract suffix the segmenter split apart
    (可 / 追溯 / 性): one noun naming a quality, no modal (数据的可追溯性)."""
    if word not in ONE_CHARACTER_MODALS:
        return False
    verb = tokens.containing(t_end)
    if verb[0] != t_end or not word_class(text[verb[0] : verb[1]]).startswith("v"):
        return False
    suffix = tokens.containing(verb[1])
    word = text[suffix[0] : suffix[1]]
    # the suffix may be glued to the next word (性较 + 高), which is then no word of its own
    return suffix[0] == verb[1] and (
        word in _ABSTRACT_SUFFIXES or (word[:1] in _ABSTRACT_SUFFIXES and not in_dictionary(word))
    )


def _duty_noun_closes(text: str, word: str, start: int, tok_start: int, tok_end: int) -> bool:
    """A definition's duty noun closing a longer token (主要职责 + 是): the token is the
    noun with its adjective, and the trigger reads from the noun on."""
    return (
        TRIGGERS[word][1] == "definition"
        and tok_start < start < tok_end
        and word.startswith(text[start:tok_end])
        and text[tok_start:start] in _PRIMACY_WORDS
    )


def _straddles_word(token: str, tok_start: int, start: int, tok_end: int, end: int) -> bool:
    """A trigger that starts inside a dictionary word and runs past its end (许可 + 以及
    reads 可以): its first character ends another word, no modal stands there."""
    return tok_start < start < tok_end < end and in_dictionary(token)


def _reanchored(
    text: str, match: re.Match[str], end: int, tokens: _Tokens
) -> tuple[str, tuple[int, int]]:
    """The trigger ``match`` found, or the one that starts where a dictionary word it
    begins inside ends (管理 + 应当 reads 理应, an adverb-led modal: the modal is 应当);
    a negator ending that word (绝不 + 应) makes the whole match the trigger. A match whose
    end opens a dictionary word past it (应 + 当仁不让) is cut to the modal before it."""
    t_start, t_end = match.span()
    tok_start, tok_end = tokens.containing(t_start)
    if (
        tok_start < t_start < tok_end < t_end
        and not text[tok_start:tok_end].endswith(NEGATORS)
        and in_dictionary(text[tok_start:tok_end])
    ):
        inner = TRIGGER_RE.match(text, tok_end, end)
        if inner is not None:
            return inner.group(), inner.span()
    following = tokens.containing(t_end - 1)
    if t_start < following[0] < t_end < following[1] and in_dictionary(text[slice(*following)]):
        # 应|当仁不让: the match's last character opens an idiom, the modal is the rest
        inner = TRIGGER_RE.fullmatch(text, t_start, following[0])
        if inner is not None:
            return inner.group(), inner.span()
    return match.group(), (t_start, t_end)


def _modal_before_dui(text: str, start: int, after: int, end: int, clause: int = 0) -> bool:
    """应对X进行/负责…: 应 is a modal, 对 a preposition; not after a preposition (为应对…,
    将应对…加以重视: there 应对 is the verb "cope with"), nor after a 对-phrase of its
    clause (甲对乙事件应对工作作出部署: the object stands before, 应对 names the work)."""
    return (
        text[start - 1 : start] not in _PREPOSITIONS
        and text.rfind("对", clause, start) < 0
        and text.startswith("对", after)
        and re.search(r"进行|负责|予以|作出|做出|采取|实施|开展|加以|履行|承担", text[after:end])
        is not None
    )


#: Words opening a chained clause that states a want of approval (未经甲同意): it frames
#: the duty after it and is none itself.
_UNLESS_OPENERS = tuple(_LANG.words("unless_openers"))
#: A verb of telling and a pronoun as its object right after a modal (应嘱其…, 要告知他…).
_TELLS_PRONOUN_RE = re.compile(
    rf"\s*(?:{_LANG.alternation('addressing_verbs')})(?:{_LANG.alternation('object_pronouns')})"
)
#: Word classes of a quality (柔软, 整洁) and the words joining qualities (、, 且, 而且).
_QUALITY_CLASSES = frozenset({"a", "ad", "an", "z"})
_QUALITY_JOINERS = frozenset({"、", "且", "而且", "并且", "和", "又"})
#: A question adverb opening a clause (如何运用…, 怎样做好…): an embedded question.
_MANNER_QUESTION_RE = _LANG.regex("manner_interrogatives")
#: A question word right after the trigger (and at most a verb): 应当承担何种责任 asks.
_QUESTION_AFTER_RE = re.compile(
    f"(?:{_LANG.alternation('manner_interrogatives')})"
    f"|[^，。；]{{0,2}}?(?:{_LANG.alternation('interrogatives')})"
)


#: A question marker before the trigger (物业是否应当…): the clause asks, it binds no one.
_QUESTION_BEFORE_RE = _LANG.regex("question_markers")


def _not_deontic(text: str, word: str, start: int, end: int, clause_end: int) -> bool:
    for follower in _NOT_DEONTIC_AFTER.get(word, ()):
        if text.startswith(follower, end):
            return True
    if _NO_NEED_RE.search(text, max(0, start - 4), start):
        return True  # 无需承担…, 不必…: a burden denied
    if _RELATIVE_MODAL_RE.match(text, end, clause_end) and not _CLEFT_RE.match(text, end):
        return True  # 应当注意的问题是…: the modal sits in a relative clause
    if text.startswith("的", end) and word not in ("负责",):
        return True  # 最迫切需要的问题: a modal before 的 modifies a noun
    if _QUESTION_AFTER_RE.match(text, end, clause_end):
        return True
    if word == "应" and _at_request(text, end, clause_end):
        return True  # 应市政府之邀, 应甲方要求: "at the invitation (request) of", no modal
    if word == "要" and _goal_of_next_duty(text, clause_end):
        return True  # 甲要守住市场，就必须…: 要 sets a goal, the clause after binds
    if word == "要" and _COMPARISON_RE.match(text, end, clause_end):
        return True  # 甲要辛苦得多: 要 of a comparison, no duty
    if word in NEED_WORDS and _noun_of_need(text, start, end):
        return True  # 在需要时, 乙的需要和丙的便利: the noun "need"
    if TRIGGERS[word][1] == "definition" and text[clause_end:].lstrip().startswith(("：", ":")):
        return False  # 甲的职责是：A；B: the duties are the items after the colon
    return end >= clause_end and TRIGGERS[word][1] != "bear"  # 甲对乙负责: bearing ends it


#: A comparison after 要 closing its clause: an adjective and 得多 (辛苦得多), where 一些 or
#: 一点 may close a recommendation (做得更好一点).
_COMPARISON_RE = re.compile(r"[更还]?[\u4e00-\u9fff]{1,3}?得多[\s。！？!?]*$")


#: The coordinators of a list as one tuple, for ``str.startswith``.
_COORDINATOR_WORDS = tuple(COORDINATORS)


def _noun_of_need(text: str, start: int, end: int) -> bool:
    """需要 as the noun "need": framed by 在…时 (在需要时, "when needed"), or after 的 and
    before a coordinator of nouns (规模经济的需要和个人的便利)."""
    if text[max(0, start - 1) : start] == "在" and text.startswith("时", end):
        return True
    # (a coordinator of nouns after 的需要 makes it the first of two nouns)
    return text[max(0, start - 1) : start] == "的" and text.startswith(_COORDINATOR_WORDS, end)


#: The clause after a goal: a comma, 就 and adverbs before its modal (…，就必须…).
_THEN_RE = re.compile(r"\s*[，,]\s*就(?:一定|更|还|也)?")


def _goal_of_next_duty(text: str, clause_end: int) -> bool:
    """Whether the clause ending at ``clause_end`` states a goal that the next clause's
    modal serves (甲要守住市场，就必须…: "if 甲 is to…"), so its 要 is no modal."""
    then = _THEN_RE.match(text, clause_end)
    if then is None:
        return False
    modal = TRIGGER_RE.match(text, then.end())
    return modal is not None and TRIGGERS[modal.group()][1] == "modal"


#: 应 + a party + 之邀/的邀请/的请求: "at the invitation (request) of" the party.
_AT_REQUEST_RE = re.compile(r"[^，。；,;]{1,14}?(?:之邀|之请|的邀请|的请求)")

#: 应 + a party + (的) + a noun of asking (应甲方要求, 应乙单位的委托).
_ASKED_BY_RE = re.compile(
    f"(?P<asker>[^，。；,;的之]{{1,10}}?)[的之]?(?:{_LANG.alternation('request_nouns')})"
)


def _at_request(text: str, end: int, clause_end: int) -> bool:
    """Whether 应 ending at ``end`` opens "at the request of" a party (应甲方要求，提供…;
    应乙单位的委托，开展…): the words before the noun of asking name a party, and
    open with no preposition or verb (应按照乙方的要求, 应按乙方要求, 应满足客户要求 keep
    the modal)."""
    if _AT_REQUEST_RE.match(text, end, clause_end):
        return True
    asked = _ASKED_BY_RE.match(text, end, clause_end)
    if asked is None:
        return False
    asker = asked.group("asker")
    # (应按乙方要求…: a one-character preposition opens the words, 应 is the modal)
    return (
        has_agentive_ending(asker)
        and asker[0] not in _PREPOSITIONS
        and not word_class(asker[:2]).startswith(("p", "v", "a"))
    )


#: A placing verb and the place it names, closed by 前/后 (放在访谈之后): no time frame.
_PLACED_RE = re.compile(f"(?:{_LANG.alternation('placing_verbs')})[^，。；]*(?:前|后)$")


def _is_condition(text: str, clause: _Clause) -> bool:
    body = text[clause.start : _strip_end(text, clause.start, clause.end)].strip()
    return bool(
        closes_condition(body) or _CONDITION_START_RE.match(body) or _EXCEPTION_RE.match(body)
    )


def closes_condition(body: str) -> bool:
    """Whether a clause's words end as a condition does (发现甲的, 乙变更时, 签约后), not
    in a word that only ends in such a character (及时, 目的)."""
    return bool(
        _CONDITION_END_RE.search(body)
        and not body.endswith(_NOT_CONDITION_ENDINGS)
        and not _PLACED_RE.search(body)
    )


#: Concessive conjunctions opening a clause (即使…, 哪怕…): what it states is supposed.
_CONCEDING_RE = _LANG.regex("concessive_openers")
#: Openers of a clause supposing any case of a choice (无论甲是否同意，…).
_ALTERNATIVE_RE = _LANG.regex("alternative_concessives")


#: Words opening a frame of time after a modal (应当在…时, 须于…前, 应当自…起).
_TIME_FRAME_OPENERS = _LANG.words("time_frame_openers")


#: 则, 便: a trigger right after one opens the consequence of a condition (如果…则应…).
_CONSEQUENCE_PARTICLES = tuple(_LANG.words("consequence_particles"))


def _condition_holds(text: str, clause: _Clause, trigger: _Trigger, tokens: _Tokens) -> bool:
    """A trigger inside a condition ("…依法需要取得许可的，") is no duty; 应当在…时 is,
    and so is one whose clause ends in a word that merely ends in 的 (应当展示拍卖标的，:
    the segmenter reads 标的 as one word, no particle closing a condition)."""
    if not _is_condition(text, clause):
        return False
    body_end = _strip_end(text, clause.start, clause.end)
    if text[body_end - 1] == "的":
        return tokens.containing(body_end - 1)[0] == body_end - 1
    lead = text[clause.start : trigger.start]
    if _CONDITION_START_RE.match(lead.strip()) and any(
        tokens.containing(at := trigger.start - len(particle)) == (at, trigger.start)
        for particle in _CONSEQUENCE_PARTICLES
        if lead.endswith(particle)
    ):
        return False  # 如果甲有异议则应…: the trigger opens the consequence, 则 a word of its own
    if trigger.kind in ("encourage", "require") and _DIRECTED_FRAME_RE.match(
        text, trigger.end, body_end
    ):
        return False  # 鼓励甲在…时，公示…: the frame of the directed party's act
    return not text.startswith(_TIME_FRAME_OPENERS, trigger.end, body_end)


#: A directed party (a few words) and a frame of time opening after it (鼓励|甲在…时).
_DIRECTED_FRAME_RE = re.compile(
    f"[^，,；;。]{{1,16}}?(?:{'|'.join(map(re.escape, _TIME_FRAME_OPENERS))})"
)


def _ends_noun_in(text: str, start: int, end: int, name: str) -> bool:
    """``name`` heads a noun phrase of ``text[start:end]``: it closes the span or a list
    item (培育一批甲企业), not modifies a noun after it (打通甲企业产能)."""
    found = text.find(name, start, end)
    while found != -1:
        after = found + len(name)
        # the span's end, a coordinator or the 等 closing a list
        if after >= end or text.startswith((*COORDINATORS, "等"), after, end):
            return True
        found = text.find(name, found + 1, end)
    return False


@lru_cache(maxsize=64)
def _chain_text(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim a duty span: leading 并/同时…, trailing punctuation and spaces.

    Kept for the sentence's last few dozen spans: the purpose, consequence and opener tests
    each trim the same clause of the sentence being read, several times over.
    """
    end = _strip_end(text, start, end)
    while start < end and text[start] in " \u3000":
        start += 1
    lead = _CHAIN_LEAD_RE.match(text, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    return start, end


def _opens_with(text: str, start: int, end: int, words: tuple[str, ...], tokens: _Tokens) -> bool:
    """Whether the clause opens with one of ``words`` starting a token; an opening quote
    before it is passed over (…，“以便甲…”: a quoted purpose is a purpose)."""
    start, end = _chain_text(text, start, end)
    if text.startswith(("“", "「"), start) and start + 1 < end:
        start += 1
    if not text.startswith(words, start):
        return False
    for word in words:
        if text.startswith(word, start):
            tok_start, tok_end = tokens.containing(start)
            # the word must start a token (以 in 以显著方式 is manner, kept by the 以+verb test)
            word_end = start + len(word)  # (a word of two tokens, 专项|用于, ends at a boundary)
            if tok_start == start and (
                tok_end >= word_end
                or len(word) == 1
                or tokens.containing(word_end - 1)[1] == word_end
            ):
                token = text[tok_start:tok_end]
                if word == "以" and token != "以":
                    continue
                if len(word) == 1 and token != word and in_dictionary(token):
                    continue  # 使用, 让渡: the character opens another word (使|元… is 使)
                return True
    return False


def _holds_word(text: str, start: int, end: int, words: frozenset[str], tokens: _Tokens) -> bool:
    """Whether one of ``words`` stands in ``text[start:end]`` as a whole token."""
    if not any(word in text[start:end] for word in words):
        return False  # (most clauses hold none: no token walk)
    return any(text[a:b] in words for a, b in tokens.starting_in(start, end))


def _closes_with_word(
    text: str, start: int, end: int, words: Collection[str], tokens: _Tokens
) -> bool:
    """The clause's last token (trailing punctuation trimmed) is one of ``words``."""
    start, end = _chain_text(text, start, end)
    if end <= start:
        return False
    last_start, last_end = tokens.containing(end - 1)
    return last_end == end and last_start >= start and text[last_start:last_end] in words


def _opens_with_words(
    text: str, start: int, end: int, words: tuple[str, ...], tokens: _Tokens
) -> bool:
    """The clause opens with one of ``words`` as whole tokens (如 but not 如实)."""
    start, end = _chain_text(text, start, end)
    if tokens.containing(start)[0] != start:
        return False
    return any(
        text.startswith(word, start)
        and start + len(word) < end
        and tokens.containing(start + len(word))[0] == start + len(word)
        for word in words
    )


#: Words that open a leading purpose clause (为了…，…，X应当…).
_LEADING_PURPOSE_RE = re.compile(
    r"为了|为(?=[^，。；]{0,2}(?:进一步|更好|加强|规范|保障|促进|推动))"
)


def _leading_purpose(
    text: str, clauses: list[_Clause], tokens: _Tokens, finder: PartyFinder
) -> int:
    """How many clauses at the start of the sentence state its purpose (为了…，…).

    Why: a preamble strings purposes together (为了规范…，引导居民…，制定本规定); a
    directive among them (引导, 鼓励) is what the text aims at, not a duty. The
    purpose ends at an adverbial (根据…), a clause with a modal duty, or a party
    opening a clause.
    """
    if not clauses or not _LEADING_PURPOSE_RE.match(
        text, _chain_text(text, clauses[0].start, clauses[0].end)[0]
    ):
        return 0
    count = 0
    for clause in clauses:
        start, end = _chain_text(text, clause.start, clause.end)
        if count and (
            _opens_with(text, clause.start, clause.end, ADVERBIAL_OPENERS, tokens)
            or finder.subject(text, start, end, tokens.spans, relative=False).kind
            is SubjectKind.PARTY
        ):
            break
        trigger = _find_trigger(text, start, end, tokens, finder)
        if trigger is not None and trigger.kind not in ("encourage", "require"):
            break
        count += 1
        if clause.delim in ("；", ";"):
            break
    return count


#: A purpose verb whose object is what the work needs (…，保障所需器材): providing it
#: is a duty, not the duty's purpose.
_PROVIDING_RE = re.compile(f"(?:{'|'.join(map(re.escape, PURPOSE_OPENERS))})所必?需")


#: 通过, 借助: prepositions of means (lang means_prepositions).
_MEANS_PREPOSITIONS = _LANG.words("means_prepositions")


def _after_means(
    text: str, clauses: list[_Clause], index: int, part_start: int, tokens: _Tokens
) -> bool:
    """Whether the clause before ``index`` is a bare phrase of means after the duty's own
    clause (甲应开设专栏，通过线上推介，提高知名度): the means says how the next act is
    done, so that act is one more duty, not the purpose of the acts before it."""
    if index - 1 <= part_start:
        return False
    before = clauses[index - 1]
    start, end = _chain_text(text, before.start, before.end)
    return end - start <= _MEANS_PHRASE_MAX and _opens_with(
        text, before.start, before.end, _MEANS_PREPOSITIONS, tokens
    )


#: The longest phrase of means read as framing the next clause (a longer one states its
#: own act: 通过…建立起…的机制).
_MEANS_PHRASE_MAX = 30
#: The longest phrase of means before a directive chained to a duty (…，通过丁类办法鼓励
#: 乙…): shorter than one framing a clause, as it stands inside the chain's clause (one
#: opening a sentence, ``extractor._MEANS_OPENER``, may be longer and take 采取 or a comma).
_CHAINED_MEANS_MAX = 12
#: The longest run of adverbs before a chained directive (…，积极引导乙…).
_CHAINED_ADVERBS_MAX = 4


def _names_basis_only(text: str, clause: _Clause, tokens: _Tokens, finder: PartyFinder) -> bool:
    """Whether a duty clause's act right after its modal is a basis verb (甲可以依托平台)."""
    trigger = _find_trigger(text, clause.start, clause.end, tokens, finder)
    return trigger is not None and _opens_with_words(
        text, trigger.end, clause.end, _BASIS_VERBS, tokens
    )


def _purpose_flags(
    text: str, clauses: list[_Clause], tokens: _Tokens, finder: PartyFinder
) -> list[bool]:
    """Trailing purpose/result clauses of each "；"-part of the sentence."""
    flags = [False] * len(clauses)
    last = len(clauses) - 1
    part_ends = [i for i, c in enumerate(clauses) if c.delim in ("；", ";") or i == last]
    part_start = 0
    for part_end in part_ends:
        consequence = _consequence_start(text, clauses, part_start, part_end, tokens)
        for index in range(part_end, part_start - 1, -1):
            clause = clauses[index]
            if _COORDINATED_RE.match(text, clause.start, clause.end):
                break  # "，并确保…" is coordinated with the duty, not its purpose
            strong = index > consequence or (
                _opens_with(text, clause.start, clause.end, PURPOSE_OPENERS, tokens)
                and not _manner_of_act(text, clause, tokens)
            )
            strong = strong or _purpose_after_level(text, clause, tokens)
            # a weak purpose closes the part, or only its consequence follows it
            # (…，满足甲的需求，从而…); a clause that brings a state about is a result
            # anywhere in the run (…，形成甲合力，确保乙)
            closing = index in (part_end, consequence - 1)
            weak = (
                (
                    closing
                    and (
                        _opens_with(text, clause.start, clause.end, WEAK_PURPOSE_OPENERS, tokens)
                        or _opens_with(text, clause.start, clause.end, LESSENING_VERBS, tokens)
                    )
                )
                or _brings_about(text, clause, tokens)
                or _describes(text, clause, tokens)
            )
            if (
                not (strong or weak)
                or _PROVIDING_RE.match(text, _chain_text(text, clause.start, clause.end)[0])
                or _find_trigger(
                    text, clause.start, _strip_end(text, clause.start, clause.end), tokens, finder
                )
            ):
                break
            if index - 1 >= part_start and _names_basis_only(
                text, clauses[index - 1], tokens, finder
            ):
                break  # 甲应结合实际，提高…: the act the basis is for, a duty
            if index <= consequence and _after_means(text, clauses, index, part_start, tokens):
                break  # 甲应开设专栏，通过线上推介，提高知名度: the means frames an act
            flags[index] = True
        for index in range(part_start + 1, part_end):
            clause = clauses[index]
            if not flags[index] and (
                _opens_with(text, clause.start, clause.end, RESULT_OPENERS, tokens)
                or _purpose_phrase(text, clause, tokens)
                or _describes(text, clause, tokens)
            ):
                flags[index] = True
        _purposes_run_on(text, clauses, (part_start, part_end), tokens, finder, flags)
        part_start = part_end + 1
    return flags


def _purposes_run_on(
    text: str,
    clauses: list[_Clause],
    part: tuple[int, int],
    tokens: _Tokens,
    finder: PartyFinder,
    flags: list[bool],
) -> None:
    """Flag the bare clauses after a purpose a conjunction or 以 + a verb opens, up to the
    end of the part (…，以便共享，形成合力，节约资源; …，以扩大影响，提升知名度): the
    purpose goes on; a coordinated clause (，并…), one of its own modal or one framed by
    以 (以甲为参考) is a duty again. 为 + a verb (为办好甲，…) frames the acts after it."""
    running = False
    for index in range(part[0] + 1, part[1] + 1):
        clause = clauses[index]
        if flags[index]:
            running = _opens_with(
                text, clause.start, clause.end, _PURPOSE_CONJUNCTIONS, tokens
            ) or (
                _opens_with_purpose_yi(text, clause, tokens)
                and _purpose_phrase(text, clause, tokens)
            )
            continue
        if not running:
            continue
        if (
            _CHAIN_LEAD_RE.match(text, clause.start, clause.end)
            or _opens_with_purpose_yi(text, clause, tokens)
            or _find_trigger(
                text, clause.start, _strip_end(text, clause.start, clause.end), tokens, finder
            )
        ):
            return
        flags[index] = True


def _opens_with_purpose_yi(text: str, clause: _Clause, tokens: _Tokens) -> bool:
    """The clause's first word is 以 or 以此, not 为: a 以-phrase of its own."""
    return _first_word_in(text, clause, tokens, _RUNNING_PURPOSE_PREPOSITIONS) is not None


def _first_word_in(
    text: str, clause: _Clause, tokens: _Tokens, words: frozenset[str]
) -> Token | None:
    """The clause's first word (after its connectives) when it is one of ``words``."""
    start = _chain_text(text, clause.start, clause.end)[0]
    first = tokens.containing(start)
    return first if first[0] == start and text[first[0] : first[1]] in words else None


#: 以, 以此: the purpose prepositions a run of purpose clauses goes on after (not 为).
_RUNNING_PURPOSE_PREPOSITIONS = _LANG.word_set("running_purpose_prepositions")


#: The words that may stand before a condition's acting party: conjunctions, adverbs,
#: words of time (并且, 首先, 当), the connectives (lang connectives) and the 在 opening a
#: frame (在甲收到…后); no other preposition (对甲…的: 甲 is acted on).
_CONDITION_LEAD_CLASSES = frozenset({"c", "d", "ad", "t"})
_FRAME_OPENERS = _LANG.word_set("frame_prepositions")
#: Words opening a relative clause of the party after it: an agent preposition (由甲组成的乙)
#: or 在 framing the verb's place (在甲从事运输的乙).
_RELATIVE_OPENERS = _AGENT_PREPOSITIONS | {FRAME_PREPOSITION}
#: Words that close a frame of place or respect after a noun (在甲平台上…, 在甲方面…):
#: right after a party in a 在 frame they make the party a place, not the actor.
_PLACE_ENDINGS = _LANG.word_set("frame_endings") - TIME_FRAME_WORDS
#: Word classes right after a party that make it a modifier or a place (甲的…, 甲中…).
_NOT_ACT_CLASSES = frozenset({"f", "uj"})
_CONNECTIVE_WORDS = frozenset(CONNECTIVES)
#: The copula (lang copulas) and its denial, as tokens.
_COPULA = _LANG.words("copulas")[0]
_COPULAS = (_COPULA, "不" + _COPULA)
#: Words that may stand before a copula opening a clause (将, 也 + 不): lang
#: thing_predicate_openers and negators.
_COPULA_LEADS = frozenset(_LANG.words("thing_predicate_openers") + NEGATORS)


def _comments(text: str, clause: _Clause, tokens: _Tokens) -> bool:
    """A chained clause whose verb is the copula, right at its start (adverbs aside) or
    after a noun closing its own subject (…，将是甲的重要形式; …，不是照搬乙; …，乙的
    参与是丙的前提): it says what the duties are or are not, it is no further duty."""
    start, end = _chain_text(text, clause.start, clause.end)
    if text.find(_COPULA, start, end) < 0:
        return False  # (most clauses hold none: no token walk)
    for tok_start, tok_end in tokens.starting_in(start, end):
        if tok_end > end:
            break
        if text[tok_start:tok_end] not in _COPULAS:
            continue
        lead = [text[a:b] for a, b in tokens.starting_in(start, tok_start)]
        if all(word in _COPULA_LEADS for word in lead):
            return True  # (将是…, 不是…, but not 尤其是…)
        return word_class(lead[-1]) in ("n", "vn", "nz")
    return False


def _describes(text: str, clause: _Clause, tokens: _Tokens) -> bool:
    """A chained clause that says what the duties are (``_comments``) or gives what they
    set up an amount (``_states_an_amount``): no further act."""
    return _comments(text, clause, tokens) or _states_an_amount(text, clause, tokens)


#: An amount and a short unit closing a clause (十日, 30天, 三个月).
_AMOUNT_TO_END_RE = re.compile(_NUMERAL_CLASS + r"+[^，,；;。\d]{0,6}$")


def _states_an_amount(text: str, clause: _Clause, tokens: _Tokens) -> bool:
    """A chained clause that gives a noun of its own an amount through 为 (…，告示期为
    十日; …，有效期为三年): an attribute of what the duty sets up, no further act; after
    a verb 为 is part of the act (…，将租期延长为两年)."""
    start, end = _chain_text(text, clause.start, clause.end)
    end = _strip_end(text, start, end)
    for tok_start, tok_end in tokens.starting_in(start, end):
        if text[tok_start:tok_end] != "为":
            continue
        lead = [text[a:b] for a, b in tokens.starting_in(start, tok_start)]
        return (
            bool(lead)
            and word_class(lead[-1]) in ("n", "nz")
            and _AMOUNT_TO_END_RE.match(text[tok_end:end]) is not None
        )
    return False


def _purpose_after_level(text: str, clause: _Clause, tokens: _Tokens) -> bool:
    """…，从管理层面保障…: a purpose verb after an adverbial of level or root; after one of
    root (…，从根本上杜绝…) any act is what the acts before it achieve."""
    level = _LEVEL_RE.match(text, _chain_text(text, clause.start, clause.end)[0])
    if level is None:
        return False
    return _ROOT_LEVEL_RE.fullmatch(level.group()) is not None or _opens_with(
        text, level.end(), clause.end, PURPOSE_OPENERS, tokens
    )


def _purpose_phrase(text: str, clause: _Clause, tokens: _Tokens) -> bool:
    """以/为, a degree adverb or none, then a verb (…，以更好地服务居民，…; …，为建成…，…):
    the clause states what the acts around it aim at. 以 or 为 before a noun (以书面形式,
    为用户) states a manner or a beneficiary, and is left to the chain."""
    end = _chain_text(text, clause.start, clause.end)[1]
    first = _first_word_in(text, clause, tokens, _PURPOSE_PREPOSITIONS)
    if first is None:
        return False
    after = first[1]
    if _frames(text, text[first[0] : after], tokens.starting_in(after, end)):
        return False  # 以满足需求为目标: a frame of the act, not its aim
    for adverb in _DEGREE_ADVERBS:
        if text.startswith(adverb, after) and tokens.containing(after)[0] == after:
            after += len(adverb)
            break
    if after >= end or tokens.containing(after)[0] != after:
        return False
    return _verb_first(text, after, end, tokens) and not _manner_of_act(text, clause, tokens)


#: 为 of 以…为… (lang frame_copulas): after 以 it frames the act (以甲为中心), no aim.
_FRAME_COPULAS = _LANG.word_set("frame_copulas")
_FRAME_COPULA_OPENINGS = tuple(sorted(_FRAME_COPULAS))


def _frames(text: str, opener: str, spans: Iterable[Token]) -> bool:
    """Whether the verb of the frame 以…为… opens a word among ``spans`` after the 以
    ``opener``: alone or glued to its object (以甲为中心, 以书面通知为准, 以预防为主); the 为
    inside 行为, 成为 or 因为 frames nothing, nor one opening a conjunction of purpose (为了)."""
    return opener.startswith("以") and any(
        text[start:stop].startswith(_FRAME_COPULA_OPENINGS)
        and text[start:stop] not in _LEADING_PURPOSE_CONJUNCTIONS
        for start, stop in spans
    )


#: The first clause of a sentence, to its first comma (before any 。 or ；).
_FIRST_CLAUSE_RE = re.compile("[^，。；,;]+[，,]")
#: 为了, 为此: conjunctions whose clause, leading a sentence, states its aim (lang
#: leading_purpose_conjunctions).
_LEADING_PURPOSE_CONJUNCTIONS = _LANG.word_set("leading_purpose_conjunctions")
#: Words that may open a sentence's leading clause of purpose: those conjunctions and the
#: purpose prepositions (为, 以) before an aim.
_SENTENCE_PURPOSE_OPENERS = _LEADING_PURPOSE_CONJUNCTIONS | _PURPOSE_PREPOSITIONS


def purpose_led(text: str, tokens: Sequence[Token], finder: PartyFinder) -> bool:
    """Whether ``text`` opens with a clause of purpose before its first comma: one a
    conjunction of purpose opens (为了…，; 为此，), or a purpose preposition (以, 为) before
    an aim: 为保证质量，…; 为进一步加强管理，…; 以更好地服务乙，…. Not 以/为 framing the
    act (以甲为中心，…), 为 before a party and its act (为乙户提供…，…: a beneficiary), 以
    before anything but a verb (以书面形式，…: a means), nor a bare verb of aim (提高效率，…;
    使用…: an act of the sentence's own, or a word a purpose verb only opens)."""
    first = _FIRST_CLAUSE_RE.match(text)
    if first is None or not tokens:
        return False
    opener = text[tokens[0][0] : tokens[0][1]]
    if tokens[0][0] != 0 or opener not in _SENTENCE_PURPOSE_OPENERS:
        return False
    if opener in _LEADING_PURPOSE_CONJUNCTIONS:
        return True
    end = first.end() - 1
    after = [span for span in tokens[1:] if span[1] <= end]
    while after and word_class(text[after[0][0] : after[0][1]]) in ADVERB_CLASSES | {"uv"}:
        after.pop(0)
    if not after or _frames(text, opener, after):
        return False  # 以甲为中心: a frame of the act, not its aim
    if opener in _RUNNING_PURPOSE_PREPOSITIONS:  # 以, 以此 + a verb
        return word_class(text[after[0][0] : after[0][1]]).startswith("v")
    subject = finder.subject(text, after[0][0], end, tokens, relative=False)
    if subject.kind is not SubjectKind.PARTY:
        return True
    # 为乙户提供…: a party and its act, a beneficiary; 为规范乙部门行为: the party is only
    # a modifier of the aim's noun
    # (行为 closing the clause, a verbal noun with no object: 为规范甲部门行为，)
    act = next((span for span in tokens if span[0] >= subject.end), None)
    return act is None or act[1] >= end or not word_class(text[act[0] : act[1]]).startswith("v")


#: 方式, 形式: nouns closing a 以-phrase of manner
_MANNER_NOUNS = _LANG.word_set("manner_nouns")
#: 满足, 解决: verbs of reaching a result, which after 不能 say what a party fails to
#: achieve (lang achievement_verbs).
_ACHIEVEMENT_VERBS = _LANG.words("achievement_verbs")
#: The modal of inability as well as of prohibition (甲不能满足乙 / 甲不能泄露信息).
_INABILITY_MODAL = "不能"
#: 采取, 采用: verbs whose object is the means of the next clause's act (lang means_verbs).
_MEANS_VERBS = _LANG.words("means_verbs")
#: 结合, 依托: a duty that only names its basis needs a main act after it (lang basis_verbs).
_BASIS_VERBS = _LANG.words("basis_verbs")


def _manner_of_act(text: str, clause: _Clause, tokens: _Tokens) -> bool:
    """以公告等方式告知业主: a 以-phrase closed by a noun of manner, then a verb, is how
    the clause's act is done; the clause is a duty of its own, not a purpose."""
    start, end = _chain_text(text, clause.start, clause.end)
    first = tokens.containing(start)
    if text[first[0] : first[1]] != "以":
        return False
    spans = [span for span in tokens.spans if first[1] <= span[0] and span[1] <= end]
    for index, (s_tok, e_tok) in enumerate(spans[:-1]):
        if text[s_tok:e_tok] in _MANNER_NOUNS:
            rest = spans[index + 1 :]
            return any(word_class(text[a:b]).startswith("v") for a, b in rest)
    return False


#: Verbs of bringing a state about (形成, 营造) and the states they bring (合力, 氛围).
_BRINGING_VERBS = _LANG.words("bringing_verbs")
_RESULT_NOUN_END_RE = re.compile(f"(?:{_LANG.alternation('result_nouns')})$")


#: 为 + a beneficiary + a verb of preparing (奠定, 创造) + … + a ground noun (基础, 条件) at
#: the end: 为甲奠定基础, 为乙创造良好的条件 (lang preparing_verbs, ground_nouns).
_PREPARES_GROUND_RE = re.compile(
    "^为[^，,；;。]{{1,40}}?(?:{})[^，,；;。]{{0,12}}(?:{})$".format(
        _LANG.alternation("preparing_verbs"), _LANG.alternation("ground_nouns")
    )
)


def _brings_about(text: str, clause: _Clause, tokens: _Tokens) -> bool:
    """A clause that brings a state about (形成整治合力, 营造互助氛围) or prepares the
    ground for something (为社区自治奠定基础): the result of the duties before it when it
    closes their part."""
    start, end = _chain_text(text, clause.start, clause.end)
    if _PREPARES_GROUND_RE.match(text[start:end]):
        return True
    return _opens_with(text, start, end, _BRINGING_VERBS, tokens) and bool(
        _RESULT_NOUN_END_RE.search(text, start, end)
    )


def _consequence_start(
    text: str, clauses: list[_Clause], part_start: int, part_end: int, tokens: _Tokens
) -> int:
    """The index of the first clause of the part opening with a consequence word
    (从而, 进而): the clauses after it state the consequence too (…，从而甲降低，乙
    提高。); past the part's end when there is none."""
    for index in range(part_start, part_end + 1):
        clause = clauses[index]
        if _opens_with(text, clause.start, clause.end, _CONSEQUENCE_OPENERS, tokens):
            return index
    return part_end + 1


#: A sentence closed by a full stop or semicolon (not a title line).
_TERMINATED_RE = re.compile(r"[。！？!?；;]\s*$")
_QUOTED_RE = re.compile(r"“[^”]*”|‘[^’]*’|「[^」]*」|《[^》]*》")


#: A sanction word modifying a procedural noun (处罚决定, 处罚案件) or joined to another in
#: a list of kinds (行政处罚、刑事处罚; 处罚和警告): it names, not imposes.
_SANCTION_NOUN_HEAD_RE = re.compile(
    f"(?:{_LANG.alternation('sanction_noun_heads')}|{_LANG.alternation('list_joiners')})"
    # 按照行政处罚有关规定, 依据某处罚办法: a rule named after the sanction it governs
    f"|(?:有关|{_LANG.alternation('relevance_determiners')})?(?:{_LANG.alternation('rule_texts')})"
)


#: A sanction word and a list joiner right before another (甲处罚和乙处罚, 处罚、处分):
#: the last kind of a list names a sanction as its first does, it imposes none.
_LISTED_AFTER_SANCTION_RE = re.compile(
    f"处罚(?:{_LANG.alternation('list_joiners')})[\u4e00-\u9fff]{{0,4}}$"
)


#: 的 and a noun right after a sanction word (处罚的程序, 处分的依据), or 等 and a noun
#: (监督检查、行政处罚等信息; 罚款等责任): it names the sanction as a possessor, or kinds of
#: sanction as a modifier of the noun; it imposes none.
_SANCTION_AS_MODIFIER_RE = re.compile("(?:的|等+)[\u4e00-\u9fff]")


#: 除: a clause opening with it states an exception (除依法承担责任外，…), no duty (lang
#: exception_openers)
_EXCEPTION_OPENERS = _LANG.words("exception_openers")
#: The modalities that bind (must, must not), as against advice and permission.
_BINDING = (Modality.MUST, Modality.MUST_NOT)
#: A binding modal right after a sanction word (甲部门实施处罚应当…, 作出处分时不得…):
#: the sanction is the topic of a procedural duty of the party, none imposed.
_SANCTION_TOPIC_RE = re.compile(
    "(?:时|前|过程中)?(?:"
    + _trigger_alternation(lambda modality, kind: kind == "modal" and modality in _BINDING)
    + ")"
)


def _imposes_sanction(text: str, start: int) -> bool:
    """Whether the sentence from ``start`` imposes a sanction (责令改正，处以罚款), not
    only names one in a cited title, a quoted term or a noun phrase (作出处罚决定)."""
    return _sanction_at(text, start) >= 0


def _sanction_at(text: str, start: int) -> int:
    """Where the first sanction the sentence imposes from ``start`` stands, or -1."""
    plain = _without_quotes(text)
    return next(
        (
            match.start()
            for match in SANCTION_RE.finditer(plain, start)
            if not (match.group() == "处罚" and _SANCTION_NOUN_HEAD_RE.match(plain, match.end()))
            and not (
                match.group() == "处罚"
                and _LISTED_AFTER_SANCTION_RE.search(plain, 0, match.start())
            )
            and not _SANCTION_AS_MODIFIER_RE.match(plain, match.end())
            and not _SANCTION_TOPIC_RE.match(plain, match.end())
            and not _SUFFERED_RE.search(
                plain, max(start, match.start() - _SUFFERED_REACH), match.start()
            )
            and not _ordered_by_duty(plain, start, match.start())
        ),
        -1,
    )


#: A modal of duty or leave right before an order, past a manner (甲局应当视情况责令…;
#: lang order_modals, order_manners).
_DUTY_BEFORE_ORDER_RE = re.compile(
    f"(?:{_LANG.alternation('order_modals')})(?:{_LANG.alternation('order_manners')})?$"
)


#: A modal of duty or leave anywhere in a clause (甲局应当适用乙法的规定进行处罚).
_ORDER_MODAL_RE = _LANG.regex("order_modals")
#: 给予 + a penalty (给予乙处罚): the penalty a rule fixes, a sanction even after a modal.
_GIVEN_PENALTY_RE = re.compile(r"给予[^，。；]{0,8}$")


def _ordered_by_duty(text: str, start: int, at: int) -> bool:
    """Whether the order at ``at`` (责令…) or the punishing (处罚) is what a party named
    before its own modal must or may do (甲局应当视情况责令乙整改, 乙局应当依照某规定予以
    处罚): a duty of that party, no sanction a rule imposes through an agent (由甲局责令
    改正) or on no one named (甲违规的，应当予以处罚), nor a penalty it fixes (给予警告);
    the words before the modal hold no 由 and open with no preposition (对乙应当予以处罚)."""
    if text.startswith("责令", at):
        modal = _DUTY_BEFORE_ORDER_RE.search(text, start, at)
    elif text.startswith("处罚", at) and not _GIVEN_PENALTY_RE.search(text, start, at):
        opening = max(clause_opening(text, at), start)
        modal = _ORDER_MODAL_RE.search(text, opening, at)  # (the first: not 应 of 相应)
    else:
        return False  # 甲局应当给予警告、罚款: the penalty a rule fixes, a sanction
    if modal is None:
        return False
    clause = text[max(clause_opening(text, modal.start()), start) : modal.start()].strip()
    return bool(clause) and "由" not in clause and clause[0] not in _PREPOSITIONS


#: A passive marker before a sanction in its clause (甲被主管机关处罚的，…; 曾受到处罚):
#: the sanction is suffered, none is imposed (lang passive_markers); one after a preposition
#: or 的 opens a name (对被检查单位…予以处罚), no passive.
_SUFFERED_RE = re.compile(
    f"(?<![对向与的])(?:{_LANG.alternation('passive_markers')})[^，。；,;：:]*$"
)
#: How far before a sanction its passive marker may stand.
_SUFFERED_REACH = 16


def _without_quotes(text: str) -> str:
    """The text with quoted terms and cited titles blanked (same length): "超时罚款" names,
    it does not sanction, nor does a cited 《某处罚办法》."""
    return _QUOTED_RE.sub(lambda match: " " * len(match.group()), text)


@dataclass(frozen=True, slots=True)
class ClauseTrace:
    """What the reader decided for one clause (``zhkg extract --explain``)."""

    start: int
    end: int
    role: str  # duty, chain, negation-scope, condition, topic, purpose, list-item, …
    trigger: str = ""
    holders: tuple[str, ...] = ()
    rule: str = ""


#: A question mark ending a sentence, outside a title (only closing quotes or brackets after).
_QUESTION_END_RE = re.compile(r"[？?][”’」』）)\s]*$")


def _asks(text: str, start: int) -> bool:
    """Whether ``text[start:]`` is a question (甲应当怎样做？): it asks what a duty is and
    states none. A title ending in a question mark (《路在何方？》) is no question."""
    end = _QUESTION_END_RE.search(text, start)
    return end is not None and text.count("《", start) <= text.count("》", start)


def may_state_duty(text: str, start: int = 0) -> bool:
    """Whether ``text[start:]`` holds a trigger word or 有 (of 有…的义务).

    Why: every duty the reader finds hangs on a clause's trigger (a chain, a list's items
    and a negation's scope go on from one); a text with neither, read with no chain
    carried in, states none, so a caller that wants only its duties need not read it.
    """
    return text.find("有", start) >= 0 or TRIGGER_RE.search(text, start) is not None


def analyse_sentence(
    text: str,
    tokens: Sequence[Token],
    finder: PartyFinder,
    *,
    start: int = 0,
    trace: list[ClauseTrace] | None = None,
    continues: Modality | None = None,
) -> SentenceAnalysis:
    """Duties, subjects and nested requirements of ``text[start:]`` (start skips a heading).

    ``trace``, if given, receives one ``ClauseTrace`` per clause. ``continues`` is the
    modality of the duty chain of the "；"-part before, which bare clauses here carry on
    (甲应当…；乙…: separate rows under one trigger); their holders are left to the caller.
    """
    reader = _SentenceReader(text, tokens, finder, start, trace)
    if continues is not None:
        reader.chain, reader.chain_modality, reader.chain_open = (), continues, True
    return reader.read()


#: An outline number glued to the words after it (2.3提升…): a run-in heading opens the text.
_OUTLINE_OPENING_RE = re.compile(r"\s*\d{1,2}(?:[.．]\d{1,2}){1,3}(?=[\u4e00-\u9fff])")
#: Words opening the basis of an act (lang bearing_bases: 根据, 依照): a rule they name
#: (根据乙规定) is a noun, no verb of saying.
_BASIS_WORDS = _LANG.word_set("bearing_bases")
#: 的同时 closing a clause: a frame of acts done at the same time (lang simultaneity_endings).
_SIMULTANEITY_END_RE = re.compile(f"(?:{_LANG.alternation('simultaneity_endings')})$")


def _in_simultaneity_frame(text: str, c_start: int, c_end: int, trigger: _Trigger) -> bool:
    """The trigger stands inside a frame 在…的同时 that closes its clause (甲在鼓励乙参与的
    同时，…): the frame's acts bind no one; the party before 在 is the topic of the
    modal after the frame. A modal before 在 (甲应当在…的同时，…) is the party's own.

    The 在 is looked for inside words too: 甲正在…的同时 (or 存在) frames its clause as well,
    which a token test of lang frame_prepositions would miss (and a substring search for
    its 当 would match inside 相当, 适当); only 在于 states a verdict, no frame."""
    if not _SIMULTANEITY_END_RE.search(text, c_start, c_end):
        return False
    frame = text.find("在", c_start, trigger.start)
    return frame >= 0 and not text.startswith("在于", frame)


#: A verb of coming to know closing a duty (lang knowing_verbs): its object is the next clause.
_KNOWING_END_RE = re.compile(f"(?:{_LANG.alternation('knowing_verbs')})$")

#: An aside naming the members a subject includes (，包括甲、乙在内，; ，包括丙等，):
#: read by _included_parties.
_INCLUDED_ASIDE_RE = re.compile(
    rf"\s*(?:{_LANG.alternation('including_verbs')})(?P<parties>.+?)"
    rf"(?:{_LANG.alternation('inclusion_closers')})?"
)


#: The longest relative clause before a topic's party (新成立的, 刚入职的): a longer one
#: is as often a clause of its own.
_MAX_RELATIVE_TOPIC = 8


#: The longest verb of a relative clause right after its agent (甲局|批准设立|的乙).
_MAX_RELATIVE_VERB = 4


class _SentenceReader:
    """One pass over the clauses of a sentence, carrying the duty chain between them.

    Why a class: the chain (its holders, modality, the duty it continues, an open
    不得 scope, a pending adverbial) is state that every clause reads and updates;
    keeping it in one object lets each kind of clause be one small method.
    """

    def __init__(
        self,
        text: str,
        tokens: Sequence[Token],
        finder: PartyFinder,
        start: int,
        trace: list[ClauseTrace] | None,
    ) -> None:
        self.text = text
        self.tokens = tokens
        self.finder = finder
        self.start = start
        self.trace = trace
        self.result = SentenceAnalysis()
        self.toks = _Tokens(tokens)
        self.clauses: list[_Clause] = []
        self.leading = 0
        self.subjects: list[Party] = []
        self.topic: tuple[Party, ...] = ()
        self.needed: tuple[Party, ...] = ()  # the parties a need named (需要甲、乙…)
        #: the parties a condition named before a collective (甲为乙…的，双方…)
        self.sides: tuple[Party, ...] = ()
        self.listed_topic = False  # is the topic so far a list of parties, clause by clause?
        self.thing_topic = False  # does a clause on a thing (仪器并非灵丹) open the sentence?
        self.viewed = False  # did a view naming no party hold a trigger (甲觉得有责任…)?
        self.chain: tuple[Party, ...] | None = None  # holders of the running chain
        self.chain_modality = Modality.MUST
        self.head: DutyCandidate | None = None  # the trigger clause's duty the chain continues
        self.chain_open = False  # may bare clauses continue the chain?
        self.negation: DutyCandidate | None = None  # open 不得 duty that bare clauses extend
        self.pending_adverbial: int | None = None
        self.consumed = -1  # index of a clause already joined to the previous duty
        self.known_content = False  # did a verb of knowing take the next clause (认识到，…)?
        #: the duty whose inline numbered items are being read (加强甲：一是…；二是…)
        self.items_lead: DutyCandidate | None = None
        self.modal: _Trigger | None = None  # the sentence's last trigger

    @cached_property
    def purpose(self) -> list[bool]:
        """Which of the clauses are trailing purposes or results (``_purpose_flags``),
        found when a chained clause first asks: in most sentences none does."""
        return _purpose_flags(self.text, self.clauses, self.toks, self.finder)

    def read(self) -> SentenceAnalysis:
        text = self.text
        sanction = _sanction_at(text, self.start)
        if _asks(text, self.start):  # 甲如何落实好责任？: a question binds no one
            return SentenceAnalysis(sanction=sanction >= 0)
        self.clauses = split_clauses(text, self.start)
        if sanction >= 0:
            self.clauses = self._before_sanction(sanction)
            if not self.clauses:
                self.result.sanction = True
                return self.result
        self.leading = _leading_purpose(text, self.clauses, self.toks, self.finder)
        for index, clause in enumerate(self.clauses):
            if index <= self.consumed:
                continue
            c_end = _strip_end(text, clause.start, clause.end)
            trigger = self._trigger(index, clause, c_end)
            if trigger is None or (
                self.chain is None and _in_simultaneity_frame(text, clause.start, c_end, trigger)
            ):
                # 甲在鼓励乙参与的同时，要…: the directive is the frame's, 甲 the topic
                role = self._bare_clause(index, clause, c_end)
            else:
                chained = self.chain is not None and self.chain_open
                role = self._trigger_clause(index, clause, c_end, trigger)
                if role == "relative" and chained and self.chain_open:
                    # 甲应…，明确乙应遵守的规范，…: a modal inside a chained act's object
                    # describes the noun; the act goes on with the chain
                    role = self._bare_clause(index, clause, c_end)
            if self.known_content:  # 甲要认识到，乙…，丙…: the content goes on
                self.chain_open = self.known_content = False
            self._note(clause.start, c_end, role, trigger)
        if sanction >= 0 and not self.result.duties:
            return SentenceAnalysis(sanction=True)  # the sanction is all it states
        self.result.subjects = tuple(self.subjects)
        return self.result

    def _before_sanction(self, at: int) -> list[_Clause]:
        """The clauses up to the last one with a trigger before the clause imposing a
        sanction at ``at`` (甲部门要加强巡查，屡犯的，由乙局吊销其执照): the
        duty stated before stands, the sanction and its condition bind no one. None when
        no trigger precedes the sanction's clause (违反…的，由乙局责令改正): all of it is
        the sanction."""
        before = [clause for clause in self.clauses if clause.end <= at]
        while before and not self._holds_trigger(before[-1]):
            before.pop()
        if not before or len(before) == len(self.clauses):
            return []
        sanctioning = self.clauses[len(before)]
        if not self._opens_with_agent(sanctioning) and any(
            self._violation_condition(clause) for clause in before[:-1]
        ):
            return []  # 违反…的，甲局可以提出整改要求，或者进行处罚: all the sanctioner's
        return before

    def _opens_with_agent(self, clause: _Clause) -> bool:
        """The clause opens with an agent preposition (由乙局吊销…), the segmenter may
        have glued it to the name after it: another party acts."""
        start = _chain_text(self.text, clause.start, clause.end)[0]
        return self.text.startswith(tuple(_AGENT_PREPOSITIONS), start)

    def _violation_condition(self, clause: _Clause) -> bool:
        """The clause is a condition stating a violation (违反甲条的)."""
        end = _strip_end(self.text, clause.start, clause.end)
        return self.text.endswith("的", clause.start, end) and bool(
            VIOLATION_RE.search(self.text, clause.start, end)
        )

    def _holds_trigger(self, clause: _Clause) -> bool:
        """The clause reads a trigger deontically and opens no exception (除依法承担…外)."""
        text, start = self.text, clause.start
        end = _strip_end(text, start, clause.end)
        found = _find_trigger(text, start, end, self.toks, self.finder)
        return found is not None and not text.startswith(_EXCEPTION_OPENERS, start)

    def _note(self, start: int, end: int, role: str, trigger: _Trigger | None) -> None:
        if self.trace is None:
            return
        duty = self.result.duties[-1] if self.result.duties else None
        found = duty is not None and duty.start >= start and duty.end <= end + 1
        self.trace.append(
            ClauseTrace(
                start,
                end,
                role,
                trigger.word if trigger else "",
                tuple(p.text for p in duty.holders) if found and duty else (),
                duty.rule if found and duty else "",
            )
        )

    def _trigger(self, index: int, clause: _Clause, c_end: int) -> _Trigger | None:
        """The clause's deontic trigger, unless a purpose, condition or report holds it."""
        text, c_start = self.text, clause.start
        trigger = _find_trigger(text, c_start, c_end, self.toks, self.finder)
        if trigger is None:
            return None
        if index < self.leading:
            return None  # 为了…，引导居民…，制定本办法: the directive is part of the purpose
        if self._defines(c_start, trigger.start):
            return None  # 护理费，指住户需要…的费用: the modal is part of a definition
        if (
            trigger.kind != "bear"
            and _condition_holds(text, clause, trigger, self.toks)
            and not self._needed_in_frame(clause, trigger)
        ):
            return None
        if trigger.kind == "bear" and _CONCEDING_RE.match(
            text, _chain_text(text, c_start, c_end)[0]
        ):
            return None  # 即使甲承担全部损失，…: a burden granted for argument's sake
        if trigger.kind == "bear" and self._class_described(c_start, trigger):
            return None  # 有些是出资，承担甲类风险: what a class of cases carries, no duty
        if (
            self.chain_open
            and _embedded(text, c_start, trigger, self.toks, self.finder)
            and not self._thing_needs_thing(trigger, c_end)
            # (…，恢复费用由乙承担: a thing 由 its bearer carries is no act told)
            and not (trigger.kind == "bear" and self._done_by_agent(c_start, c_end))
        ):
            # 并告知其可以投诉: the modal belongs to what is told; but …，但康复需要
            # 家人的陪伴: a need of a thing, said of what the clause names, ends the chain
            return None
        if self._directs_within_duty(clause, c_end, trigger):
            return None  # 应当制定规范，引导商户…: guiding is the holder's own duty
        # a trigger that also breaks chains (方可, leave once a duty is done) adds no row
        # after a binding duty of the sentence
        if trigger.word in _CHAIN_BREAKERS and self.modal and self.modal.modality in _BINDING:
            return None  # 甲应当取得许可，方可营业: what the duty allows once done
        return trigger

    def _class_described(self, c_start: int, trigger: _Trigger) -> bool:
        """Whether a verb of bearing with no 由 before it goes on from a sentence that opens
        with a class opener (有些是甲，承担乙风险；有些是丙，承担丁风险): the parts
        describe what each class of cases carries, no party's duty."""
        opener = _CLASS_OPENER_RE.match(self.text, self.start)
        return opener is not None and _YOU not in self.text[c_start : trigger.start]

    def _right_or_bound(
        self, zero: str, trigger: _Trigger, start: int, end: int, subject_end: int = -1
    ) -> str:
        """The role of a span that is no duty: a right (可以享受税收优惠, 应享有…待遇), an
        inability (不能满足乙), a bound on a quantity named by a thing (台账留存期不得短于
        三年; 甲管理的车辆数量不得超过十辆: the party names whose quantity, a noun after
        it the subject) or a range the party must fall in (须在六十岁以上); else ""."""
        if _ENTITLEMENT_RE.match(self.text, start, end):
            return "entitlement"
        if trigger.word == _INABILITY_MODAL and _opens_with_words(
            self.text, start, end, _ACHIEVEMENT_VERBS, self.toks
        ):
            return "ability"  # 甲不能满足乙: what 甲 fails to reach, no prohibition
        if _BOUND_RE.match(self.text, start, end) and _FREQUENCY_LEAD_RE.search(
            self.text, 0, trigger.start
        ):
            return "bound"  # 甲应定期巡检，每月不得少于两次: how often the act before is done
        if _BOUND_RE.match(self.text, start, end) and (
            zero == "other" or self._thing_after_party(trigger, subject_end)
        ):
            return "bound" if self._noun_before(trigger) else ""
        if _RANGE_ONLY_RE.match(self.text, start, end):
            return "bound"  # 甲方必须六十岁以上: a condition to meet, no act
        return ""

    def _thing_after_party(self, trigger: _Trigger, subject_end: int) -> bool:
        """Whether words stand between the party and the trigger and the last is no part
        of the party's name (甲管理的车辆数量不得…: 数量, not 甲, is bounded)."""
        before = self.toks.previous(trigger.start)
        return subject_end >= 0 and before is not None and before[0] >= subject_end

    def _noun_before(self, trigger: _Trigger) -> bool:
        """The word before the trigger is a noun (期限不得…), not an act (每次来访不得…)
        nor a period that 每 makes a frequency (每学期不得少于…)."""
        before = self.toks.previous(trigger.start)
        if before is None or "每" in self.text[max(0, before[0] - 1) : before[1]]:
            return False
        return word_class(self.text[before[0] : before[1]]) == "n"

    def _defines(self, start: int, end: int) -> bool:
        """The clause before ``end`` defines a term (…，指…; …是指…), and says what it
        names; it binds no one."""
        start = _chain_text(self.text, start, end)[0]
        first = self.toks.containing(start)
        if first[0] == start and self.text[first[0] : first[1]] in _DEFINING_WORDS:
            return True
        if all(self.text.find(word, start, end) < 0 for word in _DEFINING_WORDS):
            return False  # no defining word in the span: no word of it is one (most clauses)
        return any(
            self.text[s:e] in _DEFINING_WORDS and e <= end for s, e in self.toks.spans if s >= start
        )

    def _directs_within_duty(self, clause: _Clause, c_end: int, trigger: _Trigger) -> bool:
        """A directive (引导/督促 X…) that opens a clause chained to a modal duty, after a
        few adverbs or a short phrase of means at most.

        Why: a directive nested in another party's duty is a row for the party that
        must direct, not for the party directed, as 应当要求 X… is; so is a demand or
        an encouragement chained to a permission (甲可以…，要求乙提供…; 甲可以设立奖励，
        鼓励乙参与…: the golds give 甲 the may row, 乙 none, by a wide majority).
        """
        head = self.head
        if trigger.kind not in ("encourage", "require") or not (self.chain and self.chain_open):
            return False
        if head is None or not head.rule.startswith(("deontic.", "bear.", "have.")):
            return False
        if head.modality not in (Modality.MUST, Modality.SHOULD, Modality.MAY):
            return False
        start = _chain_text(self.text, clause.start, c_end)[0]
        return self._opens_after_adverbs_or_means(start, trigger.start)

    def _opens_after_adverbs_or_means(self, start: int, end: int) -> bool:
        """Whether only a few adverbs (…，积极引导乙…) or a short phrase of means (…，通过
        丁类办法鼓励乙…) stand between ``start`` and ``end``: the directive still opens its
        clause."""
        if end - start <= _CHAINED_MEANS_MAX and _opens_with(
            self.text, start, end, tuple(_MEANS_PREPOSITIONS), self.toks
        ):
            return True
        if end - start > _CHAINED_ADVERBS_MAX:
            return False
        pos = start
        while pos < end:
            token = self.toks.containing(pos)
            if token[1] > end or word_class(self.text[slice(*token)]) not in ADVERB_CLASSES:
                return False
            pos = token[1]
        return pos == end

    # --- clauses without a trigger ----------------------------------------------------

    def _bare_clause(self, index: int, clause: _Clause, c_end: int) -> str:
        """A clause without its own trigger: an item, adverbial, condition, topic or chain link."""
        text, c_start = self.text, clause.start
        if self._list_lead(index, clause, c_end):
            return "list-lead"
        if self.head is not None and self.head.opens_list and self._inline_item(c_start, c_end):
            return "list-item"
        if self._step_item(index, c_start, c_end):
            return "list-item"
        if self.chain and self.chain_open and self.negation is None:
            a_start, a_end = _chain_text(text, c_start, c_end)
            if text.startswith(_UNLESS_OPENERS, a_start):
                return "unless"  # …，未经乙同意，不得…: the want of approval frames what follows
            if text.startswith(("在", "于"), a_start) and self._modifies_next(
                index, a_start, a_end
            ):
                # …进行检测，在签订协议时，出具证明: a time frame of the next chained duty
                self.pending_adverbial = a_start
                return "adverbial"
        if _is_condition(text, clause):
            self._condition(index, c_start, c_end)
            return "condition"
        if self.modal is not None and self._agent_after_you(c_start, c_end):
            return "agent"
        if self.chain is None or not self.chain_open:
            self._topic(index, c_start, c_end)
            return "topic"
        if self._narrows_last(c_start, c_end):
            return "narrowing"
        if _MANNER_QUESTION_RE.match(text, _chain_text(text, c_start, c_end)[0]):
            return "question"  # …做好准备，如何运用甲经验…: what to work out, no act
        return self._chain_link(index, c_start, c_end)

    def _list_lead(self, index: int, clause: _Clause, c_end: int) -> bool:
        """甲应当…，包括…等，具体做法如下：（一）…: a short lead-in after a duty, its
        chain open or closed by a comment, introduces the items of the chain's party;
        the items follow in the sentence or, after a closing colon, on their own."""
        if self.chain is None or self.head is None or clause.delim not in ("：", ":"):
            return False
        text = self.text
        d_start, d_end = _chain_text(text, clause.start, c_end)
        if d_end - d_start > _MAX_LIST_LEAD or not _announces_acts(text[d_start:d_end]):
            return False  # (…，并报送下列文件：: a list of things, the clause a duty of its own)
        following = self.clauses[index + 1] if index + 1 < len(self.clauses) else None
        if following is not None and not list_item(text, following.start, following.end):
            return False
        self._chain_duty(d_start, d_end, opens_list=True)
        self.head = self.result.duties[-1]
        self.chain_open = True
        return True

    def _agent_after_you(self, c_start: int, c_end: int) -> bool:
        """ "…应当建立制度，并由乙、丙共同核查": the parties after 由 bear the predicate
        that follows them, under the sentence's modal, whoever the subject before was."""
        text = self.text
        start, end = _chain_text(text, c_start, c_end)
        manner = _BEARING_MANNER_OPENER_RE.match(text, start, end)
        if manner is not None:
            start = manner.end()  # …，具体由乙实施: the manner word opens the clause
        agent = _AGENT_PREPOSITION_RE.match(text, start, end)
        if agent is None or self._agent_in_word(start):
            return False
        group = self._agent_group(agent.end(), end)
        if not group:
            return False
        modal = self.modal
        assert modal is not None
        self.result.duties.append(
            DutyCandidate(
                tuple(group),
                text[group[-1].end : end],
                modal.modality,
                f"deontic.{modal.modality.value}",
                0.75,
                group[-1].end,
                end,
                ambiguous=_ambiguous(text, c_start, modal, group, group[-1].end),
            )
        )
        self.subjects.extend(p for p in group if p not in self.subjects)
        self.chain_open = False
        return True

    def _agent_in_word(self, at: int) -> bool:
        """The agent preposition at ``at`` opens a conjunction or an adverb (由于 'because',
        由此 'hence'), not the preposition of an agent (由乙局核查, even glued to the name)."""
        start, end = self.toks.containing(at)
        return start == at and end - start > 1 and word_class(self.text[start:end]) in ("c", "d")

    def _agent_group(self, at: int, end: int) -> list[Party]:
        """The parties an agent preposition ending at ``at`` introduces, when a predicate of
        two characters or more follows them before ``end`` (由乙、丙共同核查), else []: a
        group before 的 (由甲组成的乙) opens a relative clause, no act of the group."""
        group = self.finder.group_at(self.text, at, end, self.tokens)
        if not group or end - group[-1].end < 2 or self.text.startswith("的", group[-1].end):
            return []
        if self.text[group[-1].end : end].endswith(_COMPOSITION_VERBS):
            return []  # 由甲、乙等组成: the members of a body, no act of theirs
        return group

    def _inline_item(self, c_start: int, c_end: int) -> bool:
        """ "不得有如下情形：（一）…；（二）…" in one sentence: the items replace the lead-in."""
        head = self.head
        item = list_item(self.text, c_start, c_end)
        if item is None or head is None:
            return False
        duties = self.result.duties
        if duties and duties[-1] is head:
            duties.pop()  # the introducer is replaced by its items
        duties.append(
            replace(
                head,
                duty=self.text[item[0] : item[1]],
                rule="list.item",
                start=item[0],
                end=item[1],
                opens_list=False,
            )
        )
        return True

    def _step_item(self, index: int, c_start: int, c_end: int) -> bool:
        """甲应…，加强乙建设：一是A，B；二是…: a numbered item right after a duty that a
        colon closes is a duty of that duty's party, up to the next numbered clause (the
        clauses between are the item's steps); the lead-in stays a duty of its own. A
        step marker standing alone (…：第一，A；第二，B) numbers the clauses after it."""
        start = self._item_start(index)
        if start is None or index == 0:
            return False
        duties, before = self.result.duties, self.clauses[index - 1]
        if before.delim in ("：", ":") and duties and duties[-1].end > before.start:
            self.items_lead = duties[-1]
        lead = self.items_lead
        if lead is None:
            return False
        last = index if start < c_end else index + 1
        while last + 1 < len(self.clauses) and self._item_step(last + 1):
            last += 1  # (a clause with a modal of its own is read on its own: 一是…，乙应…)
        end = _strip_end(self.text, start, self.clauses[last].end)
        self.consumed = last
        self.result.duties.append(
            replace(lead, duty=self.text[start:end], rule="list.item", start=start, end=end)
        )
        return True

    def _item_step(self, index: int) -> bool:
        """Whether clause ``index`` goes on with the item before it: no number opens it
        and no modal of its own is in it."""
        clause = self.clauses[index]
        end = _strip_end(self.text, clause.start, clause.end)
        return self._item_start(index) is None and not _find_trigger(
            self.text, clause.start, end, self.toks, self.finder
        )

    def _item_start(self, index: int) -> int | None:
        """Where the item that clause ``index`` opens starts (一是建立… → 建立…; 第一， →
        the next clause), or None if it opens none."""
        text, clause = self.text, self.clauses[index]
        item = list_item(text, clause.start, clause.end)
        if item is not None:
            return item[0]
        marker = text[clause.start : clause.end].strip()
        if index + 1 == len(self.clauses) or clause.delim not in ("，", ","):
            return None
        if _STEP_MARKER_RE.fullmatch(marker) is None:
            return None
        following = self.clauses[index + 1]
        return _chain_text(text, following.start, following.end)[0]

    def _condition(self, index: int, c_start: int, c_end: int) -> None:
        """A condition (…的, 如果…): its party may be the topic; it ends the chain."""
        parse = self._topic_frame(index, c_start, c_end) or self.finder.subject(
            self.text, c_start, c_end, self.tokens
        )
        if parse.kind is not SubjectKind.PARTY:
            parse = (
                self._party_before_frame(c_start, c_end)
                or self._party_in_time_frame(c_start, c_end)
                or parse
            )
        parse = _without_partners(self.text, parse, c_end)
        parse = self._demanded_topic(c_start, c_end, parse)
        named = False
        self._note_sides(c_start, c_end)
        if _AS_SAID_RE.search(self.text, c_start, _strip_end(self.text, c_start, c_end)):
            pass  # 如甲所说，…: a source cited, no condition on a party
        elif self._opens_with_beneficiary(c_start, c_end):
            pass  # 为甲提供服务时，应当…: 甲 is served, not the topic
        elif parse.kind is SubjectKind.PARTY and not self.topic:
            self.topic = parse.parties
            self.subjects.extend(parse.parties)
            named = self._acts_in_condition(c_start, c_end, parse)
        elif parse.kind is SubjectKind.PARTY and parse.end - c_start <= 1:
            self.topic = parse.parties
        elif parse.kind is SubjectKind.PARTY and self._acts_in_condition(c_start, c_end, parse):
            # 甲应当…，乙收到通知后，应当…: the party acting in a later condition bears
            # the subjectless duty after it, not the sentence's topic named before
            self.topic = parse.parties
            self.subjects.extend(p for p in parse.parties if p not in self.subjects)
            named = True
        if not (
            self.chain
            and self.chain_open
            and _conditions_next(self.text, self.clauses, index, self.toks, self.finder)
        ):
            self.chain_open = False
            if named:
                self.chain = None  # 甲应当…，乙在…后，应当…: 乙, not 甲's chain, bears it
        self.negation = None

    def _party_in_time_frame(self, c_start: int, c_end: int) -> SubjectParse | None:
        """在甲发布商品时，应当…: a frame of time that 在 opens and 时/后/前 closes, round
        a party and its act, names the party acting, as 当甲…时 does; the party is the
        topic of the subjectless duty after it. A place (在甲平台上发布时) names none."""
        text, toks = self.text, self.toks
        lead = _chain_text(text, c_start, c_end)[0]
        first = toks.containing(lead)
        last = toks.containing(_strip_end(text, c_start, c_end) - 1)
        if (
            first[0] != lead
            or text[first[0] : first[1]] != FRAME_PREPOSITION
            or text[last[0] : last[1]] not in TIME_FRAME_WORDS
        ):
            return None
        parse = self.finder.subject(text, first[1], last[0], self.tokens, relative=False)
        if parse.kind is not SubjectKind.PARTY or parse.end >= last[0]:
            return None
        after = toks.containing(parse.end)
        word = text[after[0] : after[1]]
        if word in _PLACE_ENDINGS or word_class(word) in _NOT_ACT_CLASSES:
            return None
        return parse

    def _note_sides(self, c_start: int, c_end: int) -> None:
        """甲为乙供货的，双方应当商定…: the parties a condition names, as subject or
        object, are the sides a collective after it (双方, 各方) stands for."""
        if not any(word in self.text[c_end:] for word in COLLECTIVES):
            return
        named: dict[str, Party] = {}
        for party in self.finder.mentions(self.text, self.tokens):
            if c_start <= party.start and party.end <= c_end:
                named.setdefault(party.text, party)
        if len(named) > 1:
            self.sides = tuple(named.values())

    def _acts_in_condition(self, c_start: int, c_end: int, parse: SubjectParse) -> bool:
        """Whether the condition's party opens it, after conjunctions, adverbs and
        connectives only (并且乙方在…时; 首先丙、丁在…后), and a predicate of its own
        follows it (not the copula, nor a list going on: 如甲、乙): the party acts in the
        condition, so it bears the subjectless duty after it."""
        text = self.text
        pos, first = _chain_text(text, c_start, c_end)[0], parse.parties[0].start
        while pos < first:
            tok_start, tok_end = self.toks.containing(pos)
            word = text[tok_start:tok_end]
            if tok_end > first or not (
                word in _CONNECTIVE_WORDS
                or word in _FRAME_OPENERS
                or word_class(word) in _CONDITION_LEAD_CLASSES
                or _CONDITION_START_RE.match(word)
            ):
                return False
            pos = tok_end
        rest = text[parse.end : _strip_end(text, c_start, c_end)]
        return bool(rest) and not rest.startswith((*_COPULAS, *_DIRECTED_JOINERS))

    def _opens_with_beneficiary(self, c_start: int, c_end: int) -> bool:
        """The clause's first word is a preposition of whom an act is done for (为, 向)."""
        first = self.toks.containing(_chain_text(self.text, c_start, c_end)[0])
        return self.text[first[0] : first[1]] in _BENEFICIARY_PREPOSITIONS

    def _demanded_topic(self, c_start: int, c_end: int, parse: SubjectParse) -> SubjectParse:
        """The party a demand addresses in a clause that holds only the demand and a time
        frame (甲刊要求作者在投稿时，应当…: 作者 is the topic), else ``parse``."""
        end = _strip_end(self.text, c_start, c_end)
        demanded = _demanded_subject(self.text, c_start, parse, end, self.toks, self.finder)
        return demanded or parse

    def _topic(self, index: int, c_start: int, c_end: int) -> None:
        """A clause before any duty: the party it opens with is the sentence's topic."""
        parse = _without_partners(self.text, self._topic_parse(index, c_start, c_end), c_end)
        parse = self._demanded_topic(c_start, c_end, parse)
        if self.topic and self._advised_named(c_start, c_end, parse):
            # 甲署批评…，建议乙局订立…，并应…: the party advised bears the subjectless
            # duties after the advice, not the speaker named before it
            self.topic = parse.parties
            self.subjects.extend(p for p in parse.parties if p not in self.subjects)
            self.chain, self.chain_open, self.negation = None, False, None
            return
        if (
            parse.kind is SubjectKind.PARTY
            and not self.topic
            and not _SAYING_RE.match(self.text, parse.end, c_end)
            and not self._says(parse.end, c_end)
            and not _glued_speaker(self.text, parse, c_end)
            and not self._modifies_thing_subject(parse, c_start, c_end)
            and not self._supposes_choice(parse, c_start, c_end)
            and not self._parallel_verb_object(parse, index, c_start, c_end)
            # 对于甲类账号，如乙、丙机构等，还需…: examples of a thing named before them
            and not (index > 0 and _lists_examples(self.text, c_start, c_end))
        ):
            self.topic = parse.parties
            self.subjects.extend(parse.parties)
            self.listed_topic = self.chain is None  # 甲、乙，…: parties before any duty
        elif (
            parse.kind is SubjectKind.OTHER
            and index < 2
            and not self.topic
            and _SAYING_RE.search(self.text, c_start, c_end) is None
            and (
                _thing_comment(self.text, c_start, c_end, self.toks)
                or (
                    index == 0
                    and len(self.clauses) > 1
                    and self._holds_trigger(self.clauses[1])  # 甲的器材，应当…
                    and _thing_phrase(self.text, c_start, c_end, self.toks)
                )
            )
        ):
            self.thing_topic = True
            self.listed_topic = False
        elif self.listed_topic and (conjunct := self._listed_conjunct(parse, c_start, c_end)):
            # 甲、乙，丙、丁，以及戊应当…; 甲，以及乙，应当…: a list of parties runs on over
            # commas
            self.topic = (*self.topic, *conjunct)
            self.subjects.extend(conjunct)
        elif not self._included_parties(index, c_start, c_end):
            self.listed_topic = False

    def _listed_conjunct(self, parse: SubjectParse, c_start: int, c_end: int) -> tuple[Party, ...]:
        """The parties a clause of nothing but a name adds to a list of parties before it,
        a coordinator opening it or not (…，以及乙，应当…); else ()."""
        start, end = _chain_text(self.text, c_start, c_end)  # (its 以及 left off)
        if parse.kind is not SubjectKind.PARTY and start > c_start:
            parse = self.finder.subject(self.text, start, end, self.tokens)
        return parse.parties if parse.kind is SubjectKind.PARTY and parse.end >= end else ()

    def _parallel_verb_object(
        self, parse: SubjectParse, index: int, c_start: int, c_end: int
    ) -> bool:
        """理清思路，选好人员，改进…: a clause of nothing but a verb and a generic head
        (人员, 单位) after a clause that opens with a verb and names no party is one more
        act of a list of acts, the head its object; it names no topic (a name made so
        elsewhere, 探视人员，应…, opens the sentence or follows a party)."""
        if index == 0 or len(parse.parties) != 1:
            return False
        party, text = parse.parties[0], self.text
        words = self.toks.starting_in(party.start, party.end)
        if (
            party.end != _strip_end(text, c_start, c_end)
            or not 1 < len(words) <= 3  # (选|好|人员: a complement may follow the verb)
            or words[0][0] != party.start
            or word_class(text[party.start : words[-1][0]]) not in VERB_CLASSES
            or not is_generic_party(text[words[-1][0] : party.end])
        ):
            return False
        before = self.clauses[index - 1]
        b_start, b_end = _chain_text(text, before.start, before.end)
        while b_start < b_end and not "\u4e00" <= text[b_start] <= "\u9fff":
            b_start += 1  # (3.2理清思路: the number of a run-in heading)
        if b_start >= b_end:
            return False
        opener = self.toks.containing(b_start)
        return word_class(text[b_start : opener[1]]) in VERB_CLASSES and (
            self.finder.subject(text, b_start, b_end, self.tokens, relative=False).kind
            is not SubjectKind.PARTY
        )

    def _supposes_choice(self, parse: SubjectParse, c_start: int, c_end: int) -> bool:
        """无论消费者是否同意，均应…: a clause opened by 无论/不论 with more than its
        parties in it supposes any case of their act; they are no topic of the duty
        after it (无论甲还是乙，均应…: parties alone, the list is the topic)."""
        lead = _chain_text(self.text, c_start, c_end)[0]
        if _ALTERNATIVE_RE.match(self.text, lead, c_end) is None:
            return False
        return parse.end < _strip_end(self.text, c_start, c_end)

    def _included_parties(self, index: int, c_start: int, c_end: int) -> bool:
        """甲类机构，包括乙公司在内，应当…; 各类主体，包括丙在内，需要…: an aside after
        the subject naming the parties it includes adds them to the topic (they are the
        topic when the subject names no party); the duty after it is theirs too."""
        if index == 0 or self.chain is not None:
            return False
        aside = _INCLUDED_ASIDE_RE.fullmatch(
            self.text, c_start, _strip_end(self.text, c_start, c_end)
        )
        if aside is None:
            return False
        start, end = aside.span("parties")
        parse = self.finder.subject(self.text, start, end, self.tokens)
        if parse.kind is not SubjectKind.PARTY or parse.end < end:
            return False
        self.topic = (*self.topic, *parse.parties)
        self.subjects.extend(p for p in parse.parties if p not in self.subjects)
        return True

    def _last_of_listed_topic(
        self, c_start: int, trigger: _Trigger, holders: tuple[Party, ...] | None, subject_end: int
    ) -> tuple[tuple[Party, ...] | None, int]:
        """甲、乙，以及丙应当…: the last conjunct of a list of parties that ran over commas
        joins it (the clause before the trigger opens with a coordinator); so does the
        group of a clause right after one of parties alone (甲与乙，丙与丁应当…)."""
        joined = _JOINING_RE.match(self.text, c_start, trigger.start)
        if holders is None or not self.listed_topic:
            return holders, subject_end
        if joined is not None and len(self.topic) == 1 and joined.group().strip() in COMITATIVES:
            return holders, subject_end  # 甲…的，与乙承担…: 乙 is 甲's partner, no holder
        if joined is None:
            # 甲与乙，丙与丁应当…: a clause of parties alone, then the trigger's own group
            between = self.text[self.topic[-1].end : holders[0].start] if holders else ""
            opening = self.text[: self.topic[0].start] if self.topic else "，"
            # (not after a preposition or a capacity: 作为甲组织，乙协会要…)
            if between.strip() in ("，", ",") and _BARE_OPENING_RE.fullmatch(opening):
                return (*self.topic, *holders), subject_end
            return holders, subject_end
        parse = self.finder.subject(
            self.text, joined.end(), trigger.start, self.tokens, at_trigger=True
        )
        if parse.kind is not SubjectKind.PARTY:
            return holders, subject_end
        return (*self.topic, *parse.parties), parse.end

    def _topic_frame(self, index: int, c_start: int, c_end: int) -> SubjectParse | None:
        """对于甲公司而言，要…; 就乙方来说，应当…: a clause that frames a party as the topic
        names the subject of the duties after it (see ``_frame_binds``); else None."""
        frame = _TOPIC_FRAME_RE.match(self.text, _chain_text(self.text, c_start, c_end)[0], c_end)
        if frame is None:
            return None
        if not _frame_binds(self.text, self.clauses, index + 1, self.toks, self.finder):
            return None
        start, end = frame.span("party")
        return _whole_party(self.finder, self.text, start, end, self.tokens)

    def _capacity_staff(self, c_start: int, c_end: int) -> SubjectParse | None:
        """作为标准编写人员，…: a capacity phrase of a noun, a verb and a personnel head
        names a role, as it would standing before a trigger; other phrases read so
        (作为新型载体) name a kind the writer ascribes, no party."""
        named = _capacity_party(
            self.text,
            c_start,
            c_end,
            self.tokens,
            self.finder,
            at_trigger=True,
            longest=_MAX_TOPIC_PHRASE,
        )
        if named is None or not named.parties[-1].text.endswith(_PERSONNEL_HEADS):
            return None
        return named

    def _says(self, start: int, c_end: int) -> bool:
        """The words after a clause's party end in a verb of saying (甲部门指出，…): the
        party reports, it is no topic. After an adverbial opener the word is the
        preposition's object (甲部门依照乙法的规定，应当…), no saying."""
        said = SAID_END_RE.search(self.text, start, c_end)
        if said is None:
            return False
        if self.text[said.start() - 1 : said.start()] in _NOUN_LIST_MARKS:
            return False  # 甲对乙的意见和建议，应当…: the word is a noun of a list, no saying
        return not _is_adverbial(self.text, start, c_end, self.toks)

    def _modifies_thing_subject(self, parse: SubjectParse, c_start: int, c_end: int) -> bool:
        """甲平台软件安装行为应…: the party opening the clause modifies the nouns before
        the clause's modal, a thing that is its subject; the party is no topic of the
        duties after it."""
        modal = next(
            (
                s
                for s, e in self.toks.starting_in(parse.end + 1, c_end)
                if self.text[s:e] in TRIGGERS
            ),
            None,
        )
        if modal is None or not self.text[parse.end : modal].isalnum():
            return False
        between = self.toks.starting_in(parse.end, modal)
        if not between or any(
            word_class(self.text[s:e])[:1] in _NOT_NOUN_PHRASE_CLASSES for s, e in between
        ):
            return False
        subject = self.finder.subject(self.text, c_start, modal, self.tokens, at_trigger=True)
        return subject.kind is not SubjectKind.PARTY or subject.end < between[-1][0]

    def _party_before_frame(self, c_start: int, c_end: int) -> SubjectParse | None:
        """调解专家在到达后，应…; 委托单位在授权范围内，应…: the words before a frame of
        time or circumstance that closes the clause name its party as a subject before
        a trigger would, whatever their first word's class; else None."""
        end = c_start + len(self.text[c_start:c_end].rstrip(_CLAUSE_END_CHARS))
        framed = self.finder.subject_before_frame(
            self.text, c_start, end, self.tokens, relative=False
        )
        if framed is not None or not self.text.endswith("的", c_start, end):
            return framed
        # 报名参加者在比赛中发现…的，应…: a condition's words before its frame name its
        # party as a subject before a trigger would, whatever follows the frame
        opener = next(
            (
                s
                for s, e in self.toks.starting_in(c_start + 1, end)
                if self.text[s:e] in _FRAME_OPENERS
            ),
            None,
        )
        if opener is None:
            return None
        return _whole_party(self.finder, self.text, c_start, opener, self.tokens, at_trigger=True)

    def _party_in_capacity(self, c_start: int, c_end: int) -> SubjectParse | None:
        """应用商店作为下载渠道，…: the words before a capacity opener name the party in
        that capacity, as a subject before a trigger does, whatever their first word's
        class; else None."""
        opener = next(
            (
                s
                for s, e in self.toks.starting_in(c_start + 1, c_end)
                if _CAPACITY_RE.fullmatch(self.text, s, e)
            ),
            None,
        )
        if opener is None:
            return None
        return _whole_party(self.finder, self.text, c_start, opener, self.tokens, at_trigger=True)

    def _subject_or_advised(self, c_start: int, c_end: int) -> SubjectParse:
        """The subject a topic clause opens with, or (建议甲方在…的同时，也应…) the party
        a recommending verb opening it names: the one advised, the subject of the
        subjectless duties after it."""
        parse = self.finder.subject(self.text, c_start, c_end, self.tokens, relative=False)
        if parse.kind is not SubjectKind.PARTY:
            parse = self._subject_after_relative(c_start, c_end) or parse
        else:
            parse = self._head_of_relative_phrase(parse, c_start, c_end) or parse
        lead = _chain_text(self.text, c_start, c_end)[0]
        verb = _RECOMMENDING_OPENER_RE.match(self.text, lead, c_end)
        if parse.kind is SubjectKind.PARTY or verb is None:
            return parse
        advised = self.finder.subject(self.text, verb.end(), c_end, self.tokens, relative=False)
        return advised if advised.kind is SubjectKind.PARTY else parse

    def _head_of_relative_phrase(
        self, parse: SubjectParse, c_start: int, c_end: int
    ) -> SubjectParse | None:
        """甲局认定的乙机构，要…: a topic clause that is one noun phrase, a relative clause
        and the party it ends in, names that party, not the relative clause's agent the
        clause opens with; else None."""
        end = _strip_end(self.text, c_start, c_end)
        de = self.text.find("的", parse.end, end)
        verb = self.text[parse.end : de] if de >= 0 else ""
        if not 0 < len(verb) <= _MAX_RELATIVE_VERB or word_class(verb) != "v":
            return None  # (甲是乙工作的主管部门: a copula and its complement, no phrase)
        head = self.finder.subject(self.text, c_start, end, self.tokens, at_trigger=True)
        if head.kind is not SubjectKind.PARTY or head.end < end:
            return None
        return head if head.parties[0].start > parse.end else None

    def _subject_after_relative(self, c_start: int, c_end: int) -> SubjectParse | None:
        """新成立的甲机构缺乏…，需要…: a party after a short relative clause, its own
        predicate after it, is the clause's subject and the topic of the subjectless
        duties after it; else None."""
        if _opens_prepositional(self.text, c_start, c_end, self.toks):
            return None  # 跟…的甲协调: the party is the preposition's object
        parse = self.finder.subject(self.text, c_start, c_end, self.tokens, relative=True)
        if parse.kind is not SubjectKind.PARTY or parse.end >= _strip_end(
            self.text, c_start, c_end
        ):
            return None
        de = self.text.rfind("的", c_start, parse.parties[0].start)
        if de < 0 or de - c_start > _MAX_RELATIVE_TOPIC:
            return None
        following = self.toks.containing(parse.end)
        if word_class(self.text[slice(*following)]) not in VERB_CLASSES:
            return None
        return parse

    def _advised_named(self, c_start: int, c_end: int, parse: SubjectParse) -> bool:
        """The clause opens with a recommending verb (建议, 呼吁) and ``parse`` is the party
        it addresses, with the advised act after it (建议乙局订立…)."""
        lead = _chain_text(self.text, c_start, c_end)[0]
        verb = _RECOMMENDING_OPENER_RE.match(self.text, lead, c_end)
        return (
            verb is not None
            and _reported_before(self.text, c_start, self.toks)  # a report, no regulation
            and parse.kind is SubjectKind.PARTY
            and parse.parties[0].start >= verb.end()
            and parse.end < _strip_end(self.text, c_start, c_end)
        )

    def _topic_parse(self, index: int, c_start: int, c_end: int) -> SubjectParse:
        text, finder, tokens = self.text, self.finder, self.tokens
        framed = self._topic_frame(index, c_start, c_end)
        if framed is not None:
            return framed
        parse = self._subject_or_advised(c_start, c_end)
        if parse.kind is SubjectKind.PARTY:
            return parse
        placed = self._party_in_capacity(c_start, c_end) or self._party_before_frame(c_start, c_end)
        if placed is not None:
            return placed
        # 作为服务公众的图书馆，应…: the capacity clause names the subject of the duties
        named = _capacity_party(text, c_start, c_end, tokens, finder, longest=_MAX_TOPIC_PHRASE)
        if named is None:
            named = self._capacity_staff(c_start, c_end)
        if named is not None:
            return named
        label = _DUTY_LABEL_RE.fullmatch(text, c_start, c_end)
        if label is not None:
            # 受托者的责任：应…: a run-in label names the party as a subject would
            named = _whole_party(finder, text, *label.span("party"), tokens, at_trigger=True)
            if named is not None:
                return named
        if (
            c_end - c_start <= _MAX_LISTED_TOPIC_PHRASE
            and "的" in text[c_start:c_end]
            and self._noun_phrase_opening(c_start, c_end)
        ):
            # a clause that is one noun phrase, "条件不足的社区，可以…": its party; a
            # longer one only when it lists parties (出事的甲、乙和送医的丙，…)
            whole = finder.subject(text, c_start, c_end, tokens)
            if (
                whole.kind is SubjectKind.PARTY
                and (
                    _BRACKET_TO_END_RE.fullmatch(text, whole.end, c_end) is not None
                    or _opens_prepositional(text, whole.end, c_end, self.toks)
                )
                and (c_end - c_start <= _MAX_TOPIC_PHRASE or len(whole.parties) > 1)
            ):
                return whole
        if self.topic:
            return parse
        relative = self._relative_topic(index, c_start, c_end) or self._stipulated_topic(
            index, c_start, c_end
        )
        if relative is not None:
            return relative
        actors: list[Party] = []
        if index == 0:  # 园区是卫生管理的第一责任人，要…
            actors = finder.actor_subject(text, c_start, c_end, tokens, copular=True)
        if not actors and _trigger_opens(text, self.clauses, index + 1, self.toks, finder):
            # 园区在节假日期间，应当…: an everyday noun whose modal follows the comma
            actors = finder.actor_subject(text, c_start, c_end, tokens)
        if actors:
            return SubjectParse(SubjectKind.PARTY, tuple(actors), actors[-1].end)
        return parse

    def _relative_topic(self, index: int, c_start: int, c_end: int) -> SubjectParse | None:
        """为甲提供乙、丙等服务的丁公司，应当…: a clause of any length closed by a verb's
        phrase, 的 and a party, right before a clause opening with its modal, names the
        party as the topic of the duties after it."""
        text = self.text
        de = text.rfind("的", c_start, c_end)
        first = self.toks.containing(_chain_text(text, c_start, c_end)[0])
        opener = text[first[0] : first[1]]
        if opener not in _BENEFICIARY_PREPOSITIONS or opener in OBJECT_PREPOSITIONS:
            return None  # 对于…的甲，应…: the party is what the duty is about
        if de < 0 or not _trigger_opens(text, self.clauses, index + 1, self.toks, self.finder):
            return None
        if not any(
            word_class(text[s:e]).startswith("v") for s, e in self.toks.starting_in(c_start, de)
        ):
            return None
        return _whole_party(self.finder, text, de + 1, c_end, self.tokens, at_trigger=True)

    def _stipulated_topic(self, index: int, c_start: int, c_end: int) -> SubjectParse | None:
        """二是明确了甲部门对乙事项，应当…: a rule reported with a stipulating verb and 了,
        its party then the object of the act (对…), names the party the modal after the
        comma binds."""
        text = self.text
        found = _STIPULATED_RE.search(text, c_start, c_end)
        if found is None or not _trigger_opens(
            text, self.clauses, index + 1, self.toks, self.finder
        ):
            return None
        parse = self.finder.subject(text, found.end(), c_end, self.tokens, at_trigger=True)
        if parse.kind is not SubjectKind.PARTY:
            return None
        after = self.toks.containing(parse.end)
        return parse if self.text[after[0] : after[1]] in OBJECT_PREPOSITIONS else None

    def _noun_phrase_opening(self, c_start: int, c_end: int) -> bool:
        """Whether the clause may open a noun phrase: no preposition opens it, or one that
        joins a partner (与甲…的乙) or opens a relative clause (由甲组成的乙; 在甲从事…的乙)."""
        return (
            not _opens_prepositional(self.text, c_start, c_end, self.toks)
            or self._opens_comitative(c_start, c_end)
            or self._relative_by_agent(c_start, c_end)
        )

    def _relative_by_agent(self, c_start: int, c_end: int) -> bool:
        """由甲、乙组成的丙小组，…: a phrase of an agent preposition closed by a verb and
        的 is a relative clause of the party after it, which is the clause's topic; so is
        one that 在 opens (在本市从事运输的企业，应当…: 在 frames the verb's place, inside
        the relative clause)."""
        first = self.toks.containing(_chain_text(self.text, c_start, c_end)[0])
        if self.text[first[0] : first[1]] not in _RELATIVE_OPENERS:
            return False
        for start, end in self.toks.spans:
            if first[1] <= start and end < c_end and self.text[end] == "的":
                return word_class(self.text[start:end]).startswith("v")
        return False

    def _opens_comitative(self, c_start: int, c_end: int) -> bool:
        """Whether the clause's first word is a comitative preposition (与, not 与会)."""
        first = self.toks.containing(_chain_text(self.text, c_start, c_end)[0])
        return self.text[first[0] : first[1]] in COMITATIVES

    def _frames_next_duty(self, index: int, c_start: int, c_end: int) -> bool:
        """A clause of 对 and a noun phrase, with no verb after its last 的, before a clause
        with a trigger of its own (…，对检出问题的甲类产品，应当…): it names what the next
        duty's act is done to, and is no duty of the chain."""
        text, toks = self.text, self.toks
        start, end = _chain_text(text, c_start, c_end)
        first = toks.containing(start)
        if index + 1 >= len(self.clauses) or text[first[0] : first[1]] not in OBJECT_PREPOSITIONS:
            return False
        head = max(text.rfind("的", start, end) + 1, first[1])
        words = [text[s:e] for s, e in toks.starting_in(head, end) if e <= end]
        if not words or not all(
            word in COORDINATORS or word == "等" or word_class(word).startswith(("n", "r", "m"))
            for word in words
        ):
            return False  # (…个人信息等严格保密: an adverb opens a predicate)
        return self._holds_trigger(self.clauses[index + 1])

    def _issuer_directs(self, c_start: int, c_end: int) -> bool:
        """鼓励甲…，推动乙…: in the chain of an encouraged party, a clause opening with a
        directive verb is the unnamed encourager's act, not the party's (unless it directs
        the party itself again: 鼓励甲…，引导其…)."""
        head = self.head
        if head is None or not head.rule.startswith("encourage"):
            return False
        start, end = _chain_text(self.text, c_start, c_end)
        if any(_ends_noun_in(self.text, start, end, p.text) for p in head.holders):
            # 鼓励甲企业…，培育一批甲企业: the encouraged party brings about no such party
            return True
        word = self.text[slice(*self.toks.containing(start))]
        if self.toks.containing(start)[0] != start or word not in _JOINED_DIRECTIVES:
            return False
        if head.holders and _LIST_CLOSE_RE.match(self.text, max(p.end for p in head.holders)):
            return False  # 鼓励甲、乙等，整合…，推动…: the acts encouraged all follow the list
        return not self.text.startswith("其", start + len(word))

    def _narrows_last(self, c_start: int, c_end: int) -> bool:
        """…，培训学员，尤其是新学员，…: a clause narrowing the object of the duty right
        before it joins that duty (the chain goes on after it)."""
        if not self.result.duties or not _opens_with_words(
            self.text, c_start, c_end, _NARROWING_MARKERS, self.toks
        ):
            return False
        last = self.result.duties[-1]
        if self.text[last.end : c_start].strip(" ，,") != "":
            return False  # the duty before is no clause right before this one
        start, end = _chain_text(self.text, c_start, c_end)
        after = self.toks.containing(
            max(  # the word after the longest marker (尤其|是)
                start + len(w)
                for w in _NARROWING_MARKERS
                if self.text.startswith(w, start) and start + len(w) < end
            )
        )
        if word_class(self.text[after[0] : after[1]]).startswith("v"):
            return False  # …，尤其是督促甲…: an act stressed, a duty of its own
        self.result.duties[-1] = replace(last, duty=last.duty + self.text[last.end : end], end=end)
        return True

    def _chain_link(self, index: int, c_start: int, c_end: int) -> str:
        """A bare clause inside an open chain: a further duty, unless something ends it."""
        text = self.text
        negation = self.negation
        p_start, p_end = _chain_text(text, c_start, c_end)
        if _breaks_chain(text, c_start, c_end, self.toks):
            self.chain_open = False  # …，但…; …，才能…; …，包括…: a contrast or an example
            self.negation = None
            return "comment"
        if text[p_start:p_end] in _LONE_CONNECTIVES:
            # …，因此，…: a conclusion ends the chain; …，同时，…: the chain goes on
            self.chain_open = text[p_start:p_end] not in _CONCLUDING_MARKERS
            return "comment"
        if text.startswith("不要", p_start) and p_end - p_start > 3:
            return self._chained_prohibition(p_start + 2, p_end)  # …，不要…: forbidden
        if negation is not None and not self.purpose[index]:
            # the scope of 不得 runs on: 不得虚构交易，误导消费者 is one prohibition
            d_end = _chain_text(text, c_start, c_end)[1]
            self.negation = replace(negation, duty=text[negation.start : d_end], end=d_end)
            self.result.duties[-1] = self.negation
            return "negation-scope"
        if self._parallel_object(c_start, c_end) or self._frames_next_duty(index, c_start, c_end):
            return "comment"  # 甲的对接，乙的对接: one more object; 对甲，应当…: the next's
        if self._new_subject(c_start, c_end) or self._done_by_agent(c_start, c_end):
            self.chain_open = False
            self.negation = None
            return "new-subject"
        if self.purpose[index]:
            self.negation = None
            return "purpose"
        if self._perfective(c_start, c_end) or self._issuer_directs(c_start, c_end):
            self.chain_open = False  # …，对用途作了限定: a fact; 鼓励甲…，推动…: the issuer acts
            self.negation = None
            return "comment"
        if _comment_clause(text, c_start, c_end, self.toks):
            self.chain_open = False  # 这一能力…, 关键在于…: a comment, not a further duty
            self.negation = None
            return "comment"
        d_start, d_end = _chain_text(text, c_start, c_end)
        if self.pending_adverbial is not None:
            d_start = self.pending_adverbial
            self.pending_adverbial = None
        elif self._modifies_next(index, d_start, d_end):
            self.pending_adverbial = d_start
            return "adverbial"
        elif self._modifies_own_trigger(index, d_start, d_end):
            return "adverbial"  # …，在这一阶段上，还需要…: it modifies a clause of its own trigger
        if d_end - d_start >= 2 and not _ENTITLEMENT_RE.match(text, d_start, d_end):
            # …，并做到以下几点：（一）…: a chained duty may lead in a list too
            clause = self.clauses[index]
            lead_in = bool(
                # the colon closes the sentence: the items follow on lines of their own
                text[clause.start :].rstrip().endswith(("：", ":"))
                and _announces_acts(text[d_start:d_end])  # (not 并报送下列文件：)
            )
            self._chain_duty(
                d_start, self._known_content_end(index, d_start, d_end), opens_list=lead_in
            )
            return "list-lead" if lead_in else "chain"
        return "chain"

    def _made_thing_may(self, index: int, trigger: _Trigger, holders: tuple[Party, ...]) -> bool:
        """甲开发了一套系统，可以自动识别…: a subjectless 可以 right after a clause that
        reports a thing made (了 on its verb) says what that thing can do; the chain ends."""
        if trigger.modality is not Modality.MAY or index == 0:
            return False
        if holders and holders is not self.topic and holders is not self.chain:
            return False  # the clause names its own subject
        before = self.clauses[index - 1]
        if not self._perfective(before.start, before.end):
            return False
        self.chain, self.chain_open, self.negation = None, False, None
        return True

    def _perfective(self, c_start: int, c_end: int) -> bool:
        """A verb of the clause carries the perfective 了 (作了, 提出了): the clause reports
        what was done, which no modal before it makes a duty."""
        text = self.text
        spans = [span for span in self.toks.spans if c_start <= span[0] and span[1] <= c_end]
        return any(
            text[start:end] == "了"
            and word_class(text[b_start:b_end]).startswith("v")
            # 了解发生了什么: an embedded question asks what was done
            and not any(text.startswith(word, end) for word in _INTERROGATIVES)
            for (b_start, b_end), (start, end) in pairwise(spans)
        )

    def _chained_prohibition(self, d_start: int, d_end: int) -> str:
        """甲要…，…，不要…: 不要 in a chain of recommendations forbids what follows, and
        the bare clauses after it stay in its scope, as after 不得."""
        chain = self.chain
        assert chain is not None
        duty = DutyCandidate(
            chain,
            self.text[d_start:d_end],
            Modality.MUST_NOT,
            CHAIN_RULE,
            0.8,
            d_start,
            d_end,
            ambiguous=self.head.ambiguous if self.head else False,
            zero=(
                (self.head.zero if self.head else "continued")
                if not chain
                else _thing_zero(self.head)
            ),
        )
        self.result.duties.append(duty)
        self.negation = duty
        return "chain"

    def _parallel_object(self, c_start: int, c_end: int) -> bool:
        """A bare noun phrase "…的 + head" whose head ends the duty before (突出甲与乙的
        对接，丙与丁的对接，…): an object the verb before governs, no clause of its own."""
        if not self.result.duties:
            return False
        start, end = _chain_text(self.text, c_start, c_end)
        de = self.text.rfind("的", start, end)
        head = self.text[de + 1 : end]
        if de <= start or not head or self.toks.containing(de + 1) != (de + 1, end):
            return False
        return self.result.duties[-1].duty.endswith("的" + head)

    def _new_subject(self, c_start: int, c_end: int) -> bool:
        """A party opening the clause without a trigger of its own ends the chain; so does
        a question word opening it (…，哪些人向哪些方向发展: it asks who does what)."""
        text = self.text
        if text.startswith(_INTERROGATIVES, _chain_text(text, c_start, c_end)[0]):
            return True
        parse = self.finder.subject(text, c_start, c_end, self.tokens, relative=False)
        if (
            parse.kind is not SubjectKind.PARTY
            or parse.end <= c_start
            or text.startswith("的", parse.end)  # 记录机构的…: a verb's object
        ):
            return False
        start, end = _chain_text(text, c_start, c_end)
        if parse.end >= end:
            return False  # …，关心老人: a verb and its object, no subject without a predicate
        first = self.toks.containing(start)
        word = text[first[0] : first[1]]
        if word_class(word) in ("d", "ad") or any(
            word.startswith(opener) for opener in PREDICATE_OPENERS if len(opener) > 1
        ):
            return False  # …，定期走访商户…: an adverb opens a predicate, not a name
        if word in _JOINED_DIRECTIVES:
            return False  # …，并倡导乙协会…: the verb addresses the party, its predicate goes on
        if self.finder.verb_takes_party(text, parse.parties[0], self.tokens):
            return False  # …，拓宽甲类教师的视野: a verb and its object, no new subject
        if first[0] < start and text[start : first[1]] in DIRECTIVE_OPENERS:
            return False  # …，并报乙部门备案 (cut 并报|乙): the joiner's verb opens a predicate
        return parse.parties[0].start == start

    def _done_by_agent(self, c_start: int, c_end: int) -> bool:
        """A thing, 由 and a party acting on it (…，考核结果由乙局发布): the clause says who
        handles the thing, no further act of the chain's party; the thing before 由 is
        the clause's subject, so the chain ends."""
        text = self.text
        start, end = _chain_text(text, c_start, c_end)
        agent = _AGENT_PREPOSITION_RE.search(text, start + 1, end)
        if agent is None or self.toks.containing(agent.start()) != agent.span():
            return False  # (由于, 理由: another word; mid-clause a word of its own only)
        before = [word_class(text[a:b]) for a, b in self.toks.starting_in(start, agent.start())]
        if not before or before[0] in ("p", "d") or not before[-1].startswith(("n", "vn", "r")):
            return False  # …，将费用由甲转给乙; …，逐步由甲转向乙: no thing before 由
        return bool(self._agent_group(agent.end(), end))

    def _chain_duty(self, d_start: int, d_end: int, *, opens_list: bool = False) -> None:
        head, chain = self.head, self.chain
        assert chain is not None
        self.result.duties.append(
            DutyCandidate(
                chain,
                self.text[d_start:d_end],
                self.chain_modality,
                CHAIN_RULE,
                0.8,
                d_start,
                d_end,
                ambiguous=head.ambiguous if head else False,
                zero=((head.zero if head else "continued") if not chain else _thing_zero(head)),
                opens_list=opens_list,
            )
        )

    def _modifies_own_trigger(self, index: int, start: int, end: int) -> bool:
        """A verbless adverbial before a clause that is no purpose (…，在这一阶段上，还需要…).

        Why: the clause after it has a trigger of its own; a purpose after it
        (…，根据甲选择乙方案，以达到…) leaves it no act to modify, so it is a chained duty."""
        return (
            index + 1 < len(self.clauses)
            and not self.purpose[index + 1]
            and _verbless_adverbial(self.text, start, end, self.toks)
        )

    def _modifies_next(self, index: int, start: int, end: int) -> bool:
        return _modifies_next(
            self.text, self.clauses, index, start, end, self.toks, self.finder, self.purpose
        )

    def _closing_delim(self, clause: _Clause, d_end: int) -> str:
        """The mark closing a duty: its clause's, or that of the clause joined to it
        (甲应当依照…，办好下述几件事：: the joined clause's colon leads in the list)."""
        joined = next((c for c in self.clauses if c.start < d_end <= c.end), clause)
        return joined.delim

    def _joined_end(self, index: int, d_start: int, d_end: int) -> int:
        """Where a trigger clause's duty ends once the clause it modifies (应当根据…，确定…)
        or the clause stating what it is to know (要认识到，乙往往…) is joined to it."""
        text = self.text
        if self._modifies_next(index, d_start, d_end):
            nxt = self.clauses[self._joined_clause(index + 1)]  # 应当根据…，(按照…，)确定…
            self.consumed = self.clauses.index(nxt)
            return _chain_text(text, nxt.start, nxt.end)[1]
        return self._known_content_end(index, d_start, d_end)

    def _known_content_end(self, index: int, d_start: int, d_end: int) -> int:
        """A duty closed by a verb of knowing before "，" (要认识到，乙往往…) ends with the
        next clause, what is to be known; the clauses after that go on with it, so the
        chain closes (``known_content``)."""
        if (
            index + 1 < len(self.clauses)
            and self.clauses[index].delim in ("，", ",")
            and _KNOWING_END_RE.search(self.text, d_start, d_end)
        ):
            nxt = self.clauses[index + 1]
            self.consumed = index + 1
            self.known_content = True
            return _chain_text(self.text, nxt.start, nxt.end)[1]
        return d_end

    def _joined_clause(self, index: int) -> int:
        """The clause an adverbial before index modifies, past a run of adverbial clauses
        from index on without a verb of their own (根据甲，按照乙的原则，设置…: 设置…)."""
        while index < len(self.clauses):
            start, end = _chain_text(self.text, self.clauses[index].start, self.clauses[index].end)
            if not (
                (
                    _verbless_adverbial(self.text, start, end, self.toks)
                    or _means_phrase(self.text, start, end, self.toks)
                )
                and self._modifies_next(index, start, end)
            ):
                break  # …，并在收到之日起完成核查，…: an act of its own
            index += 1
        return index

    # --- clauses with their own trigger -----------------------------------------------

    def _no_holder(self, c_start: int, trigger: _Trigger) -> None:
        """A trigger clause that gives no row ends the chain; when it is a view naming no
        party (甲觉得有责任…), the subjectless duties after it are the view's too."""
        self.chain, self.chain_open, self.negation = None, False, None
        view = _view_subject(self.text, c_start, trigger, self.toks, self.finder)
        self.viewed = self.viewed or (view is not None and view.kind is not SubjectKind.PARTY)

    def _trigger_clause(self, index: int, clause: _Clause, c_end: int, trigger: _Trigger) -> str:
        """A clause with its own trigger: a duty of its subject, opening a new chain."""
        text, c_start = self.text, clause.start
        self.pending_adverbial = None
        self.modal = trigger
        holders, subject_end, zero = self._clause_holders(index, clause, trigger)
        if holders is None:
            self._no_holder(c_start, trigger)
            return "pronoun"
        if self._made_thing_may(index, trigger, holders):
            return "ability"
        if self._habitual(c_start, trigger):
            return "habit"
        named = self._record_subjects(holders, zero)
        duty = _duty_span(text, c_start, c_end, trigger, subject_end, self.toks, self.finder)
        if duty is None:
            return self._no_duty(holders, zero)
        d_start, d_end, holders_override, rule_kind = duty
        inner = _inner_modal(text, d_start, d_end, trigger)
        bound = _binds_in_any_genre(trigger, inner, rule_kind, holders, zero)
        if inner is not None:  # 要求甲方不得转让…: the required party's own modal binds it
            trigger, d_start, rule_kind = inner, inner.end, "deontic"
        if holders_override:
            holders, d_start = self._split_act(holders_override, rule_kind, d_start, d_end)
            self._given_holders(holders, rule_kind)
        cleft = _CLEFT_RE.match(text, d_start, d_end)
        if cleft is not None:  # 甲要做的就是…: what 甲 must do is the act after 是
            d_start = cleft.end()
        self._nested_requirement(trigger, d_start, c_end, holders)
        d_end = self._joined_end(index, d_start, d_end)
        duty_text = _duty_text(text, c_start, trigger.start, d_start, d_end)
        directed = bool(holders_override) and rule_kind in ("encourage", "require")
        if len(duty_text) < 2 or self._bare_lead(clause, c_end, trigger):
            return self._no_words(
                clause, c_end, trigger, (holders, rule_kind, d_start, zero), directed
            )
        no_duty = self._right_or_bound(zero, trigger, d_start, d_end, subject_end)
        if no_duty:
            return no_duty
        not_an_act = self._not_an_act(trigger, holders, zero, d_start, d_end)
        if not_an_act == "quality":  # a thing's quality: the thing is no topic to go on with
            self.subjects = [p for p in self.subjects if p not in named]
        if not_an_act:
            return not_an_act
        candidate = DutyCandidate(
            tuple(holders),
            duty_text,
            trigger.modality,
            f"{rule_kind}.{trigger.modality.value}",
            _CONFIDENCE.get(rule_kind, 0.8) if holders else 0.6,
            d_start,
            d_end,
            ambiguous=not bound and _ambiguous(text, c_start, trigger, holders, subject_end),
            zero=zero if zero == THING_ZERO or not holders else "",
            opens_list=self._closing_delim(clause, d_end) in ("：", ":")
            and _announces_acts(duty_text)
            and not self._acts_of_another(d_start, d_end),
        )
        return self._open_chain(candidate, amid=directed and not self._directed_goes_on(index))

    def _record_subjects(self, holders: Sequence[Party], zero: str) -> list[Party]:
        """Record a clause's own named subjects as the sentence's, and return the new ones:
        a clause that turns out to state a thing's quality takes them back."""
        own = not zero and holders is not self.topic and holders is not self.chain
        named = [p for p in holders if p not in self.subjects] if own else []
        self.subjects.extend(named)
        return named

    def _not_an_act(
        self, trigger: _Trigger, holders: Sequence[Party], zero: str, start: int, end: int
    ) -> str:
        """What the words after the modal state when they are no act, as the clause's
        role; else ""."""
        if trigger.word in NEED_WORDS and self._names_need(start, end):
            return "need"  # 需要各方的支持: a need of something, not a duty to act
        if self._relative_modal(start, end, trigger):
            return "relative"  # 教师应具备的能力: the modal describes a noun, binds no one
        if not zero and self._quality_of_thing(holders, start, end):
            return "quality"  # 甲垫应柔软舒适: what a thing must be like, no one's act
        return ""

    def _no_duty(self, holders: tuple[Party, ...], zero: str) -> str:
        """A trigger clause whose predicate is no duty (甲可由乙、丙组成): its named subject
        is still the topic of the subjectless clauses after it (…，可吸收丁加入团队)."""
        if holders and not zero and not self.topic:
            self.topic = holders
        return "no-duty"

    def _no_words(
        self,
        clause: _Clause,
        c_end: int,
        trigger: _Trigger,
        found: tuple[tuple[Party, ...], str, int, str],
        directed: bool,
    ) -> str:
        """A trigger clause with no words of a duty after its trigger: a directive that
        opens a chain (鼓励甲，…), a lead-in of a list (甲负责：…), else no duty."""
        holders, rule_kind, d_start, zero = found
        if directed:
            return self._directive_opens_chain(holders, trigger, d_start)
        if self._bare_lead(clause, c_end, trigger):
            return self._open_chain(
                _lead_only(tuple(holders), trigger, rule_kind, d_start, zero), amid=False
            )
        return "no-duty"

    def _bare_lead(self, clause: _Clause, c_end: int, trigger: _Trigger) -> bool:
        """甲负责：A；B。 / 甲的职责是：（一）A；（二）B: a verb of bearing or a duty
        noun that a colon closes names no duty itself; the items after it are the duties."""
        rest = self.text[trigger.end : c_end].strip()
        if trigger.kind == "definition" and _DEFINITION_LEAD_ONLY_RE.fullmatch(rest):
            rest = ""  # 甲的职责包括但不限于：…, 甲的职责包括以下方面：…
        colon = clause.delim in ("：", ":")
        return trigger.kind in ("bear", "definition") and colon and not rest

    def _needed_in_frame(self, clause: _Clause, trigger: _Trigger) -> bool:
        """这就需要甲、乙在制定规划时，…: a need of parties whose act opens with a frame of
        time (在…时) is no condition; the act after the frame is theirs, as after 应当在…时."""
        if trigger.word not in NEED_WORDS:
            return False
        body_end = _strip_end(self.text, clause.start, clause.end)
        if self.text.endswith("的", clause.start, body_end):
            return False  # 需要甲方在场时签字的，…: a condition closed by 的
        parties, cursor = _needed_list(self.text, trigger.end, body_end, self.toks, self.finder)
        return bool(parties) and self.text.startswith(_TIME_FRAME_OPENERS, cursor)

    def _thing_needs_thing(self, trigger: _Trigger, c_end: int) -> bool:
        """…，但康复需要家人的陪伴: a verb of need whose object is a thing; not 需要 as
        a noun joined to another (…，开设贴合居民需要和意愿的课程: the act goes on)."""
        text = self.text
        if trigger.word not in NEED_WORDS or text.startswith(_NOUN_JOINERS, trigger.end):
            return False
        return self._names_need(trigger.end, c_end)

    def _habitual(self, c_start: int, trigger: _Trigger) -> bool:
        """甲经常需要…, 乙往往要…: an adverb of habit before a modal of advice says what a
        party does as a rule, no duty; the bare clauses after it go on describing."""
        if trigger.modality is not Modality.SHOULD or not HABITUAL_ADVERB_RE.search(
            self.text, c_start, trigger.start
        ):
            return False
        self.chain, self.chain_open, self.negation = None, False, None
        return True

    def _thing_goes_on(
        self, clause: _Clause, trigger: _Trigger, holders: tuple[Party, ...]
    ) -> bool:
        """A clause of nothing but adverbs before its modal (又要…) in the chain of a
        thing's duty (方案既要…，又要…) says more of what the thing must be."""
        if holders is not self.chain or self.head is None or self.head.zero != THING_ZERO:
            return False
        lead = _chain_text(self.text, clause.start, trigger.start)[0]
        return _before_adverbs(self.text, lead, trigger.start) <= lead

    def _directed_goes_on(self, index: int) -> bool:
        """制定规划，鼓励甲方参加培训，并定期交流经验: after a directive amid the acts of
        an unnamed issuer, a clause joined by 并 or opening an adverbial (通过…，) goes on
        with the directed party's acts, unless another party's duty is under way."""
        if index == 0:
            return True  # 鼓励甲…，…: the directive opens the sentence
        if (self.chain is not None and self.chain_open) or index + 1 >= len(self.clauses):
            return False
        nxt = self.clauses[index + 1]
        start = nxt.start
        while start < nxt.end and self.text[start] in " \u3000":
            start += 1
        tok_start, tok_end = self.toks.containing(start)
        if tok_start != start:
            return False
        word = self.text[tok_start:tok_end]
        return word in _PREDICATE_JOINERS or word in ADVERBIAL_OPENERS

    def _clause_holders(
        self, index: int, clause: _Clause, trigger: _Trigger
    ) -> tuple[tuple[Party, ...] | None, int, str]:
        """(holders, end of the subject, zero kind) of a trigger clause (see ``_holders``)."""
        holders, subject_end, zero = _holders(
            self.text,
            clause,
            trigger,
            self.toks,
            self.finder,
            self.topic,
            self.chain,
            self.needed or self.sides,
        )
        holders, subject_end = self._last_of_listed_topic(
            clause.start, trigger, holders, subject_end
        )
        if (
            holders is None
            and trigger.kind == "bear"
            and _YOU in self.text[clause.start : trigger.start]
        ):
            holders = ()  # 其规范由甲负责制定: the pronoun owns the thing, 甲 bears it
        if not zero and holders and self._thing_goes_on(clause, trigger, holders):
            zero = THING_ZERO  # 方案既要…，又要…: the thing's chain goes on
        if holders and holders is self.topic and self._said_before(index):
            holders, zero = (), "cited"  # 甲重视乙工作，丙多次强调，要…: what was said
        if holders and holders in (self.topic, self.chain) and self._situation_opens(clause):
            holders, zero = (), THING_ZERO  # 甲的目标是…，这需要…: the situation's need
        if holders and holders is self.topic and _TELLS_PRONOUN_RE.match(self.text, trigger.end):
            holders, zero = (), "none"  # 甲体温高，应嘱其…: 甲 is told, someone else tells
        if holders and holders is not self.topic and holders is not self.chain:
            holders = self._named_again_after_heading(clause, holders)
        if not holders and zero == "none":
            zero = self._zero_kind(index)
        founded = self._founded_body(index, trigger)
        if not founded:
            return holders, subject_end, zero
        # 乙设立甲委员会负责…: the duty starts after the body set up in its own clause
        return founded, max(subject_end, founded[-1].end), ""

    def _situation_opens(self, clause: _Clause) -> bool:
        """Whether the clause opens with a demonstrative standing alone as its subject
        (…，这需要…; …，这就要求…): what the situation before needs, not the topic's duty."""
        opening = self.text[clause.start : clause.end].lstrip()
        return _SITUATION_SUBJECT_RE.match(opening) is not None

    def _named_again_after_heading(
        self, clause: _Clause, holders: tuple[Party, ...]
    ) -> tuple[Party, ...]:
        """4.1扩大乙剧团的知名度乙剧团要…: a run-in heading glued to its body with no mark
        between (an outline number opens the sentence) ends in the party the body names
        again right before the trigger; the party's name as the body repeats it is the
        holder, not the heading's nouns read as a list with it (知名度, …乙剧团)."""
        text = self.text
        if not _OUTLINE_OPENING_RE.match(text, self.start):
            return holders
        last = holders[-1]
        for cut in range(last.start, last.end - 1):
            name = text[cut : last.end]
            if text.find(name, clause.start, cut) >= 0 and self.finder.fills_as_name(
                text, cut, last.end, self.tokens
            ):
                return (self.finder.name(name, cut),)
        return holders

    def _said_before(self, index: int) -> bool:
        """Whether the clause right before clause ``index`` is closed by a verb of saying
        (甲重视乙工作，丙在会上强调，要…): a subjectless modal after it opens what was
        said, addressed to no one named; the sentence's topic before the speech is not
        its holder."""
        if index == 0:
            return False
        before = self.clauses[index - 1]
        start, end = _chain_text(self.text, before.start, before.end)
        said = SAID_END_RE.search(self.text, start, end) if start < end else None
        # (依照乙的规定，负责…; 甲根据乙规定，可以…: a rule named in an adverbial of basis
        # or after 的 or a list's joiner is a noun, no saying)
        return (
            said is not None
            and (said.start() == start or self.text[said.start() - 1] not in _NOUN_LIST_MARKS)
            and not any(
                self.text[s:e] in _BASIS_WORDS
                for s, e in self.toks.starting_in(start, said.start())
            )
        )

    def _founded_body(self, index: int, trigger: _Trigger) -> tuple[Party, ...]:
        """The parties a founding clause right before sets up (成立甲中心，负责…), when
        clause ``index`` opens with a bare 负责: the body set up bears it, not the founder.

        The founding may be a run-in heading the sentence proper starts after ((1)设立甲
        小组，负责…), or stand in the clause itself (乙设立甲小组负责…); a relative clause
        may come between the verb and the body (组建隶属于乙的甲中心，负责…)."""
        if trigger.word not in _CHARGING_DUTY:
            return ()
        text = self.text
        c_start = self.clauses[index].start
        start = _chain_text(text, c_start, trigger.start)[0]
        pronoun = _THIRD_PERSON_RE.match(text, start, trigger.start)
        if pronoun is not None:
            start = pronoun.end()  # 设立甲委员会，它们负责…: the pronoun names the body
        if start != trigger.start and not all(
            ch in ADVERB_PREFIXES for ch in text[start : trigger.start]
        ):
            return self._founded_in(c_start, trigger.start)
        if index:
            before = self.clauses[index - 1]
            return self._founded_in(before.start, _strip_end(text, before.start, before.end))
        return self._founded_in(0, self.start) if self.start else ()

    def _founded_in(self, start: int, end: int) -> tuple[Party, ...]:
        """The parties set up by a founding verb in ``text[start:end]``, the span ending
        with them (设立甲中心; 建立隶属于乙的甲小组), else nothing."""
        text = self.text
        end = start + len(text[start:end].rstrip("，,、：:。；; \u3000"))
        defined = _SHORT_NAME_END_RE.search(text, start, end)
        if defined is not None:
            end = defined.start()  # 成立甲管理局（以下简称甲局），负责…: the body before it
        found = _FOUNDING_RE.search(text, start, end)
        if found is None:
            return ()
        if re.search(r"[，,；;]", text[found.end() : end]):
            return ()
        # the body's name follows the verb, or the relative clause (…的) modifying it
        opening = max(found.end(), text.rfind("的", found.end(), end) + 1)
        for start_, _ in self.toks.spans:
            if start_ < opening or start_ >= end:
                continue
            group = self.finder.group_at(text, start_, end, self.toks.spans)
            if group:
                # a platform set up (建立甲平台，负责…) is the founder's instrument
                bodies = group[-1].end == end and all(p.cls != "Platform" for p in group)
                return tuple(group) if bodies else ()
        return ()

    def _given_holders(self, holders: tuple[Party, ...], rule_kind: str) -> None:
        """Record the parties a trigger's object names: subjects of the sentence, or, for
        a need (需要甲、乙共同…), no topic but what a collective later stands for."""
        if rule_kind == "need":
            self.needed = (*self.needed, *holders)
        else:
            self.subjects.extend(p for p in holders if p not in self.subjects)

    def _acts_of_another(self, d_start: int, d_end: int) -> bool:
        """甲应当制止乙有下列行为：: the list names what another party does or has, so its
        items are no duties of the lead-in's party; the lead-in is the duty."""
        match = _ANOTHERS_LIST_RE.search(self.text, d_start, d_end)
        if match is None:
            return False
        return any(
            d_start <= party.start and party.end <= match.start()
            for party in self.finder.mentions(self.text, self.tokens)
        )

    def _zero_kind(self, index: int) -> str:
        """The kind of a subjectless trigger clause's missing subject."""
        if self.chain == () and self.head is not None:
            return self.head.zero  # 存管资金应当专户管理，不得挪用: the same non-party subject
        if self.viewed or self._cited(index):
            return "cited"  # 甲觉得有责任…，有责任…: the view goes on, no one's duty
        # 仪器并非灵丹，要…: after a comment on a thing, the duty's subject is no
        # party the sentence before named
        return "other" if self.thing_topic and not self.topic else "none"

    def _cited(self, index: int) -> bool:
        """A clause before this one in the sentence is closed by a verb stating a rule
        (规定, 指出, 提出) whose source is no party (《某规范》规定，…; 该协议提出，…): a
        subjectless duty after it is the cited rule's, addressed to no one named."""
        cited = False
        for clause in self.clauses[:index]:
            start, end = _chain_text(self.text, clause.start, clause.end)
            said = SAID_END_RE.search(self.text, start, end)
            party = (
                self.finder.subject(self.text, start, end, self.tokens, relative=False).kind
                is SubjectKind.PARTY
            )
            verb = said.group().rstrip("了道") if said is not None else ""
            if verb in _OPINION_VERBS and not party:
                cited = True  # 笔者认为，应…: an unnamed voice's view addresses no one named
            elif said is not None and verb in _RULE_VERBS:
                # 乙印发的《某意见》指出，…: the text said it, whoever issued it
                source = _RULE_SOURCE_RE.search(self.text, start, said.start())
                cited = not party or source is not None
            elif party:
                cited = False  # …规定：甲方需要…，应…: the rule names its party
        return cited

    def _open_chain(self, candidate: DutyCandidate, *, amid: bool) -> str:
        """Record a trigger clause's duty and let the bare clauses after it continue it.

        A directive amid the acts of another subject (…，鼓励村民参加，制定…) says what
        the directed party does; the clauses after it are that other subject's again.
        """
        self.result.duties.append(candidate)
        self.head = candidate
        self.chain = candidate.holders
        self.chain_modality = candidate.modality
        self.chain_open = not amid
        self.negation = candidate if candidate.modality is Modality.MUST_NOT else None
        return "list-lead" if candidate.opens_list else "duty"

    def _quality_of_thing(self, holders: Sequence[Party], start: int, end: int) -> bool:
        """Whether the duty is adjectives alone (柔软舒适, 干净、整洁) said of subjects
        that have no agent's ending and that the lexicon does not know (甲垫应柔软舒适):
        a quality a thing must have, which no party bears as an act."""
        words = [self.text[s:e] for s, e in self.toks.starting_in(start, end) if e <= end]
        if not words or not holders:
            return False
        if any(has_agentive_ending(p.text) or self.finder.lexicon.lookup(p.text) for p in holders):
            return False
        return all(
            word_class(word) in _QUALITY_CLASSES or word in _QUALITY_JOINERS for word in words
        ) and any(word_class(word) in _QUALITY_CLASSES for word in words)

    def _relative_modal(self, start: int, end: int, trigger: _Trigger) -> bool:
        """The duty is "verb + 的 + noun" and nothing more (应当履行的义务): a relative clause.

        A title line of this shape (3 教师应具备的能力, no full stop) introduces the
        qualities its section lists, and stays a duty for its items to take. A thing
        borne before 由 (设备的维修由甲负责) is what the party takes on, no relative clause.
        """
        if _CASE_END_RE.search(self.text, start, end):
            return True  # 应当由甲承担费用的情形: a case a rule covers
        first = self.toks.containing(start)
        return (
            start > trigger.start
            and _TERMINATED_RE.search(self.text) is not None
            and first[0] == start
            and self.text.startswith("的", first[1])
            and word_class(self.text[first[0] : first[1]]).startswith("v")
            and not re.search(r"[，,；;]", self.text[first[1] : end])
            and TRIGGER_RE.search(self.text, first[1], end) is None
        )

    def _verb_in(self, start: int, end: int) -> bool:
        """Whether a verb stands in ``text[start:end]`` (a predicate, not a noun phrase)."""
        text = self.text
        if any(word_class(text[start : start + n]).startswith("v") for n in (2, 4)):
            # 需承担…: the segmenter may glue the modal to the verb, or the verb to its
            # object (需要充分利用资源 read as one noun)
            return True
        return any(
            word_class(text[max(t_start, start) : min(t_end, end)]).startswith("v")
            for t_start, t_end in self.toks.spans
            if t_end > start and t_start < end
        )

    def _names_need(self, start: int, end: int) -> bool:
        """Whether what 需要 governs is a thing needed, not an act: no verb and no manner
        opening an act (需要各方的支持), or a noun phrase (需要有效的管理方案)."""
        if self._nouns_only(start, end) or self._support_needed(start, end):
            return True
        if not (
            self._verb_in(start, end)
            or self._manner_opens(start, end)
            or self._addressed_act(start, end)
            or self._disposal_opens(start, end)
            or self._causative_opens(start, end)
            or self._adverbial_de(start, end)
        ):
            return True
        return self._needed_thing(start, end)

    def _adverbial_de(self, start: int, end: int) -> bool:
        """Whether a manner word and the adverbial 地 open ``text[start:end]`` before more
        words (需要更加主动地联系乙方): 地 marks what follows as the act, even when the
        segmenter glues the verb to its object as a noun."""
        spans = [(s, e) for s, e in self.toks.starting_in(start, min(end, start + 12)) if e <= end]
        for index, (s, e) in enumerate(spans[1:-1], 1):
            if self.text[s:e] != "地":
                continue
            before = self.text[spans[index - 1][0] : spans[index - 1][1]]
            return word_class(before) not in _NOT_MANNER_BEFORE_DE and len(before) >= 2
        return False

    def _support_needed(self, start: int, end: int) -> bool:
        """需要甲方支持, 需要乙的持续投入, 需要丙作支撑: nouns of those who give it and
        support nouns (``support_nouns``) ending the span are a need of support; a verb
        among them (需要加大支持) opens an act."""
        words = self._words_in(start, end)
        if len(words) < 2 or words[-1] not in _SUPPORT_NOUNS:
            return False
        givers = [word for word in words if word not in _SUPPORT_NOUNS]
        return any(word_class(word).startswith(("n", "r")) for word in givers) and all(
            word in _SUPPORT_JOINERS
            or word_class(word) in ("vd", "vn")
            or not word_class(word).startswith("v")
            for word in givers
        )  # (持续 投入: an adverbial verb describes the support)

    def _words_in(self, start: int, end: int) -> list[str]:
        """The words of ``text[start:end]``, spaces left out."""
        return [
            self.text[s:e]
            for s, e in self.toks.starting_in(start, end)
            if e <= end and self.text[s:e].strip()
        ]

    def _nouns_only(self, start: int, end: int) -> bool:
        """需要咨询服务, 需要资金保障: nouns and a verbal noun closing them name a thing
        needed (a kind of service), not an act; a verbal noun alone (需要培训) may be the
        act itself."""
        words = self._words_in(start, end)
        if len(words) < 2 or self.text[start:end].strip() != "".join(words):
            return False
        tags = [word_class(word) for word in words]
        return tags[-1] == "vn" and all(tag.startswith("n") for tag in tags[:-1])

    def _causative_opens(self, start: int, end: int) -> bool:
        """需要健全管理制度, 需要平衡各方利益: an adjective that makes the noun after it its
        object (lang causative_adjectives), with no 的 between, opens an act; the segmenter
        tags it as an adjective, so no verb shows."""
        spans = [(s, e) for s, e in self.toks.starting_in(start, end) if e <= end][:2]
        if len(spans) < 2 or spans[0][0] != start:
            return False
        first, second = (self.text[s:e] for s, e in spans)
        # a noun or what opens a noun phrase (各, 内部, 所有, 这些, 两项)
        return first in _CAUSATIVE_ADJECTIVES and word_class(second).startswith(
            ("n", "f", "r", "b", "m")
        )

    def _disposal_opens(self, start: int, end: int) -> bool:
        """需要将甲与乙相结合, 需要把甲交乙: a mark that fronts the object (将, 把) opens an
        act, even when the segmenter glues its verb to a noun (技术|相结合)."""
        spans = self.toks.starting_in(start, end)
        return (
            len(spans) >= 2
            and spans[0][0] == start
            and self.text[spans[0][0] : spans[0][1]] in DISPOSAL_MARKS
        )

    def _addressed_act(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` opens with a preposition and holds no 的 (需要向甲局
        报告, 需要与乙方同心协力, 需以诚信筑牢…): an act addressed to a party or framed by a
        means, even when the segmenter tags its verb as a noun (报告) or glues the
        preposition to the modal (需以); a thing needed is a noun phrase (需要关于…的信息)."""
        if "的" in self.text[start:end]:
            return False
        glued = self.toks.containing(start)  # 需以: the modal glued to its preposition
        first_end = glued[1] if glued[0] < start < glued[1] else start
        spans = [
            *([(start, first_end)] if first_end > start else []),
            *self.toks.starting_in(first_end, end),
        ]
        if not spans or spans[0][0] != start:
            return False
        first = self.text[spans[0][0] : spans[0][1]]
        # any preposition (向, 与 … among them) opens a phrase that modifies an act: 需要以乙
        # 为本筑牢…, 需要通过丙渠道宣讲…, even when the segmenter tags (or does not know) the
        # verb after it
        return word_class(first) == "p" and len(spans) >= 3

    def _manner_opens(self, start: int, end: int) -> bool:
        """Whether an adverb of manner and a preposition open ``text[start:end]``
        (需要甲方严格依照合同办事), or a word of manner or time and one more word, 的
        after neither (需要认真核对, 需要事先考量乙的偏好; not 需要认真的态度): the span is
        an act even when the segmenter tags its verb as a noun."""
        spans = [(s, e) for s, e in self.toks.starting_in(start, end) if e <= end][:2]
        if len(spans) < 2 or spans[0][0] != start:
            return False
        first, second = (word_class(self.text[s:e]) for s, e in spans)
        if first in ("d", "ad") and second == "p":
            return True
        opening = self.text[spans[0][0] : spans[0][1]]
        return opening in _ACT_MANNERS and not any(self.text.startswith("的", e) for _, e in spans)

    def _needed_thing(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a noun phrase "…的 + noun" whose modifier holds no
        verb (有效的管理方案) or is a relative clause of one verb (遵守的规则): 需要 then
        names a thing needed; a verb with its object (采取有效的措施) is a duty.

        One verb alone after 的 is a verbal noun (需要各方的配合: the cooperation of all
        sides), and a quantity opening the span (需要一批骨干) counts what is needed.
        """
        text = self.text
        spans = [(s, e) for s, e in self.toks.starting_in(start, end) if e <= end]
        if spans and spans[0][0] == start and word_class(text[start : spans[0][1]]) == "m":
            return True  # 需要许多经费, 需要一批骨干: an amount of something needed
        if spans and spans[0][0] == start and text[start : spans[0][1]] in _COSTING_VERBS:
            return True  # 需要花费大量时间: the cost of something, no act required
        mark = text.rfind("的", start, end)
        if mark <= start:
            return False
        if _adverb_opens_act(text, [span for span in spans if span[1] <= mark]):
            return False  # 需要及时公开已有的资料: an adverb opens an act, not a thing
        before = [word_class(text[s:e]) for s, e in spans if e <= mark]
        after = [word_class(text[s:e]) for s, e in spans if s > mark]
        if not before or before[0] == "p":
            return False  # 需要通过严格的机制，确保…: a means of the act that follows
        if self._qualified_persons(spans, mark):
            return True  # 需要具备甲知识的复合型人才: persons needed, described by what they have
        if word_class(text[start : start + 2]) == "v" and before[0] != "v":
            return False  # 采取有效的措施 with 采取有效 read as one word: a verb and its object
        if len(after) == 1 and after[0] == "v" and mark + 1 < end:
            after = ["vn"]  # …的配合, …的参与: one verb after 的 names the act as a thing
        listed = [
            word_class(text[s:e])
            for s, e in spans
            if s > mark and text[s:e] not in _LIST_COORDINATORS_SET
        ]
        if len(listed) < len(after) and all(tag.startswith(("n", "v")) for tag in listed):
            after = ["vn"]  # …的咨询、促进和监督: acts listed after 的 name them as things
        if not after or not all(tag.startswith(("n", "vn")) for tag in after):
            return False
        verbs = [i for i, tag in enumerate(before) if tag.startswith("v") and tag != "vn"]
        return not verbs or verbs == [len(before) - 1]

    def _qualified_persons(self, spans: Sequence[Token], mark: int) -> bool:
        """Whether the noun phrase is persons described by a relative clause of what they
        have or know (具备甲背景的人才, 熟悉乙业务的人员): a need of such persons, where a
        verb acting on them (培养具有…的人才) opens an act."""
        first = self.text[spans[0][0] : spans[0][1]]
        head = self.text[spans[-1][0] : spans[-1][1]]
        return first in _QUALIFYING_VERBS and spans[-1][0] > mark and is_actor_noun(head)

    def _split_act(
        self, holders: tuple[Party, ...], rule_kind: str, d_start: int, d_end: int
    ) -> tuple[tuple[Party, ...], int]:
        """鼓励甲企业建设乙平台，…: a directed party whose name runs to the clause's end
        leaves no act; a shorter party ending before a verb with words after it is the
        one directed, the verb and its object the act (甲企业 | 建设乙平台)."""
        last, text = holders[-1], self.text
        if rule_kind not in ("encourage", "require") or len(text[d_start:d_end].strip()) >= 2:
            return holders, d_start
        if last.end < d_start or text[last.end : d_end].strip():
            return holders, d_start
        for start, end in reversed(self.toks.starting_in(last.start + 1, last.end - 2)):
            if not word_class(text[start:end]).startswith("v"):
                continue
            if len(self.toks.starting_in(start, last.end)) < 3:
                continue  # 甲智库|研究|机构: the verb names what the body after it does
            shorter = _whole_party(self.finder, text, last.start, start, self.tokens)
            if shorter is not None and len(shorter.parties) == 1:
                return (*holders[:-1], shorter.parties[0]), start
        return holders, d_start

    def _directive_opens_chain(
        self, holders: Sequence[Party], trigger: _Trigger, position: int
    ) -> str:
        """鼓励甲、乙，搭建…，推进…: the directed parties bear the clauses that follow."""
        self.head = DutyCandidate(
            tuple(holders),
            "",
            trigger.modality,
            f"{trigger.kind}.{trigger.modality.value}",
            _CONFIDENCE[trigger.kind],
            position,
            position,
            ambiguous=True,
        )
        self.chain = tuple(holders)
        self.chain_modality = trigger.modality
        self.chain_open = True
        self.negation = None
        return "directive"

    def _nested_requirement(
        self, trigger: _Trigger, d_start: int, c_end: int, holders: Sequence[Party]
    ) -> None:
        """应当要求 X…: the holders must require X (a REQUIRES relation, not X's duty)."""
        if trigger.kind == "modal" and self.text.startswith("要求", d_start):
            objects = self.finder.group_at(self.text, d_start + 2, c_end, self.tokens)
            if objects and holders:
                self.result.requires.append(RequiresLink(tuple(holders), tuple(objects)))


#: A pseudo-cleft after a modal (甲要做的是…, 乙需要做的就是…): "what the party must do is",
#: the act after 是 is its duty, no noun the modal describes.
_CLEFT_RE = re.compile(r"(?:去|所)?做的(?:就|便)?是")


def _thing_zero(head: DutyCandidate | None) -> str:
    """The zero kind a chained duty takes from the duty that opened its chain: a
    thing's (方案应当分步实施，逐项验收) goes on as the thing's, any other names its party."""
    return THING_ZERO if head is not None and head.zero == THING_ZERO else ""


def _adverb_opens_act(text: str, spans: Sequence[Token]) -> bool:
    """Whether the words before a 的 open with an adverb (the segmenter tags 及时 as a
    conjunction) right before a verb or another adverb, and go on after them: it modifies
    an act (尽快建立完善的…), not a short relative clause (共同遵守的规则); an adverb
    before a preposition (严格依照甲方的规定办理) is the manner of the act too."""
    if len(spans) < 3:
        return False
    if text[slice(*spans[0])] in _ACT_MANNERS:
        return True  # 需要事先考量乙的偏好: a word of manner or time, whatever the verb's tag
    first, second = (word_class(text[s:e]) for s, e in spans[:2])
    return first in ("d", "ad", "c") and (second.startswith("v") or second in ("d", "ad", "p"))


def _ambiguous(
    text: str, c_start: int, trigger: _Trigger, holders: Sequence[Party], subject_end: int
) -> bool:
    """Whether the modal reads deontically only in a normative context (可以, 要, 鼓励 …);
    a should after a view (甲认为，…) only when the view names no party to bind."""
    if trigger.word in ("可以", "可", "不能", "要") and not _named_recommendation(
        text, c_start, trigger, holders, subject_end
    ):
        return True
    # 鼓励/引导 X… recommends in a normative text and describes in a story
    if trigger.kind == "encourage":
        return True
    return (
        trigger.modality is Modality.SHOULD
        and not holders
        and _OPINION_RE.search(text, 0, c_start) is not None
    )


_CONFIDENCE = {
    "deontic": 0.9,
    "bear": 0.85,
    "have": 0.85,
    "definition": 0.8,
    "encourage": 0.75,
    "require": 0.7,
    "need": 0.85,
}


def _means_phrase(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    """A verb of means and its object closed by a manner noun (采取书面等方式): how the
    next clause's act is done."""
    start, end = _chain_text(text, start, end)
    if end - start > 24 or not _opens_with_words(text, start, end, _MEANS_VERBS, tokens):
        return False
    last = tokens.containing(end - 1)
    return last[1] == end and text[last[0] : last[1]] in _MANNER_NOUNS


#: The end of a prepositional clause framing the next act in time, place or respect.
_FRAME_END_RE = re.compile(f"(?:{_LANG.alternation('frame_endings')})$")


def _is_adverbial(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    """A short clause opened by a preposition (根据…, 在…时) that modifies the next one.

    It must end like a prepositional phrase — a time frame (…时) or a noun
    (…的规定, …原则) — not like a predicate (按照约定向学校供应餐食).
    """
    if _means_phrase(text, start, end, tokens):
        return True
    if not _opens_with(text, start, end, ADVERBIAL_OPENERS, tokens):
        return end - start <= 24 and _manner_phrase(text, start, end, tokens)
    if end - start - _quoted_length(text, start, end) > 24:
        return _listed_means(text, start, end, tokens)
    if _FRAME_END_RE.search(text, start, end):
        return True
    frame = _TIME_FRAME_RE.search(text, start, end)
    if frame is not None and any(
        word_class(text[s:e]) == "v" for s, e in tokens.spans if frame.end() <= s < end
    ):
        return False  # 在出库时核对…: a time frame, then the predicate itself
    last = tokens.containing(end - 1)
    before = tokens.previous(last[0])
    if before and before[0] > start and text[before[0] : before[1]] == "的":
        return True  # 根据乙方的要求: a noun phrase closes the preposition's object
    earlier = tokens.previous(before[0]) if before else None
    if earlier and earlier[0] > start and text[earlier[0] : earlier[1]] == "的":
        # 根据居民的实际需要: a modifier and a noun after 的 (需要 reads as a verb)
        assert before is not None
        return word_class(text[before[0] : before[1]]) != "v"
    if word_class(text[last[0] : last[1]]) == "v" and text[last[0] : last[1]] not in _ACCORD_NOUNS:
        return False  # ends in a verb, not in 按照甲方要求
    # ends in verb + object (…向医院配送药品): a predicate; a verbal noun before a noun
    # makes a compound (根据有关规定, 按照检修规程), still the preposition's object
    return not (before and before[0] > start and word_class(text[before[0] : before[1]]) == "v")


def _listed_means(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    """A long prepositional clause closed by 等 and a noun (通过设立甲、开展乙、完善丙
    等方式): the list of its means, however long, is the preposition's object."""
    end = _strip_end(text, start, end)
    last = tokens.containing(end - 1)
    before = tokens.previous(last[0])
    return (
        last[1] == end
        and before is not None
        and text[before[0] : before[1]] == "等"
        and word_class(text[last[0] : last[1]]).startswith("n")
    )


#: Verbs that close an adverbial preposition's object as nouns (lang accord_nouns).
_ACCORD_NOUNS = _LANG.word_set("accord_nouns")


def _manner_phrase(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    """以 and a noun phrase with 的 (以灵活的形式): the manner of the next clause's act.

    以…为… (以安全为首要目标) is a predicate of its own, and so is 以 before a verb."""
    start, end = _chain_text(text, start, end)
    first = tokens.containing(start)
    opener = text[first[0] : first[1]]
    if opener != "以" or _frames(text, opener, tokens.starting_in(first[1], end)):
        return False
    last = tokens.containing(end - 1)
    before = tokens.previous(last[0])
    return bool(before and before[0] > first[1] and text[before[0] : before[1]] == "的")


def _verbless_adverbial(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    """An adverbial clause with no verb after its last 的 (在运营的每个阶段, 根据本地条件):
    no act of its own, so no duty even when the clause after it has a trigger."""
    if not _is_adverbial(text, start, end, tokens):
        return False
    head = text.rfind("的", start, end) + 1 or tokens.containing(start)[1]
    return not any(
        word_class(text[s:e]) == "v" and not (e == end and text[s:e] in _ACCORD_NOUNS)
        for s, e in tokens.spans
        if head <= s and e <= end
    )  # (按照有关要求: 要求 closes the object as a noun)


def _quoted_length(text: str, start: int, end: int) -> int:
    """The characters inside quotation marks in text[start:end] (a quoted slogan names one
    thing however long: 按照“甲管乙、丙管丁”的原则)."""
    return sum(len(m.group(1)) for m in re.finditer(r"“([^”]*)”", text[start:end]))


#: The end of a time frame inside a clause (在销售时…).
_TIME_FRAME_RE = re.compile(r"(?:时|之后|以后|期间|之前)(?=[^，。；]{2})")


#: Heads naming staff (人员): a capacity phrase ending in one names a role.
_PERSONNEL_HEADS = tuple(_LANG.words("personnel_heads"))
#: A clause that names the capacity of the subject (作为监管者，…).
#: Marks before it that are no words (a list number ③ set as "$\\textcircled{3}$ ") are skipped,
#: and so is a connective opening the clause (因此作为甲方应…).
_CAPACITY_RE = re.compile(
    f"[^\u4e00-\u9fff]*(?:{_LANG.alternation('connectives')})?"
    f"(?:{_LANG.alternation('capacity_openers')})"
)
#: An emphatic reflexive after a party (lang reflexives: 甲方本人): the party itself.
_REFLEXIVE_RE = re.compile(_LANG.alternation("reflexives"))
#: What joins a noun to the next (和, 、, 的): after 需要 they make it a noun (居民需要和意愿).
_NOUN_JOINERS = (*COORDINATORS, "的")
#: Words of manner or time that open an act after 需要 (需要认真核对, 需要及时补报).
_ACT_MANNERS = _LANG.word_set("act_manners")
#: Nouns of support a party receives (需要甲方支持: a need of support, no act).
_SUPPORT_NOUNS = _LANG.word_set("support_nouns")
#: Light verbs and marks that may join givers to their support (需要丙作支撑, 乙的、丙的).
_SUPPORT_JOINERS = frozenset({*_LANG.words("support_light_verbs"), *_NOUN_JOINERS})
#: Word classes (jieba's tags) before which 地 is no adverbial mark: pronouns, numbers,
#: measures, prepositions, particles, conjunctions, places (在某地, 两地).
_NOT_MANNER_BEFORE_DE = frozenset({"r", "m", "q", "p", "u", "c", "f", "s"})
#: 健全, 平衡: adjectives that make the noun after them their object (需要健全管理制度).
_CAUSATIVE_ADJECTIVES = _LANG.word_set("causative_adjectives")
#: A clause longer than this is no bare noun phrase (条件不足的社区).
_MAX_TOPIC_PHRASE = 30
#: A list's lead-in clause after a duty (具体做法如下：): a few words, no duty of its own.
_MAX_LIST_LEAD = 12
_MAX_LISTED_TOPIC_PHRASE = 40
#: A topic frame (对于甲公司而言，…; 就乙方来说，…): the party it names, whole clause.
_TOPIC_FRAME_RE = re.compile(
    f"[^\u4e00-\u9fff]*(?:{_LANG.alternation('topic_frame_openers')})?"
    f"(?P<party>.+?)的?(?:{_LANG.alternation('topic_frame_closers')})\\s*$"
)


def _opens_prepositional(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    """通过搭建共享的数据系统: a prepositional phrase, whose noun is no topic."""
    if _opens_with(text, start, end, ADVERBIAL_OPENERS, tokens):
        return True
    first = tokens.containing(_chain_text(text, start, end)[0])
    return word_class(text[first[0] : first[1]]) == "p"


def step_item(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a step a marker opens (第二，建立… → 建立…), or None."""
    return _marked_content(_STEP_ITEM_RE, text, start, end)


def list_item(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a numbered list item's content (（一）建立…； → 建立…), or None."""
    return _marked_content(_ITEM_NUMBER_RE, text, start, end)


def _marked_content(
    marker_re: re.Pattern[str], text: str, start: int, end: int
) -> tuple[int, int] | None:
    """What follows a marker at ``start`` up to the clause's end, if two characters or more."""
    marker = marker_re.match(text, start, end)
    if marker is None:
        return None
    item_end = _strip_end(text, marker.end(), end)
    return (marker.end(), item_end) if item_end - marker.end() >= 2 else None


def _embedded(
    text: str, c_start: int, trigger: _Trigger, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """A modal after a verb of telling/requiring and its object (告知其可以…, 提示X可以…);
    not after a party's name that a verb opens (…，而巡诊医生应…: a new subject)."""
    lead = _CHAIN_LEAD_RE.match(text, c_start, trigger.start)
    start = lead.end() if lead else c_start
    if start >= trigger.start:
        return False
    first = tokens.containing(start)
    if first[0] != start or word_class(text[first[0] : first[1]]) != "v":
        return False
    if text[first[0] : first[1]] in _EXAMPLE_MARKERS:
        return False  # …，例如可将甲…: the example is the modal's own act, nothing told
    # (…，乙方也应该…: an adverb between the party and its modal)
    end = _PRE_MODAL_ADVERBS_RE.search(text, start, trigger.start)
    end_at = end.start() if end is not None and end.start() > start else trigger.start
    return _whole_party(finder, text, start, end_at, tokens.spans, at_trigger=True) is None


#: 例如, 比如: words opening an example, tagged as verbs by the segmenter.
_EXAMPLE_MARKERS = _LANG.word_set("example_markers")
#: Adverbs right before a modal (也, 还, 一定): 甲也应该… still names 甲 as the subject.
_PRE_MODAL_ADVERBS_RE = re.compile(f"(?:{_LANG.alternation('pre_modal_adverbs')})+$")


def _modifies_next(
    text: str,
    clauses: list[_Clause],
    index: int,
    start: int,
    end: int,
    tokens: _Tokens,
    finder: PartyFinder,
    purpose: list[bool],
) -> bool:
    """An adverbial clause followed by the bare duty clause it modifies."""
    if index + 1 >= len(clauses) or not _is_adverbial(text, start, end, tokens):
        return False
    nxt = clauses[index + 1]
    return (
        not purpose[index + 1]
        and not _is_condition(text, nxt)
        and _find_trigger(text, nxt.start, nxt.end, tokens, finder) is None
    )


#: Copulas after a noun subject: 检测结论作为…依据 says what a thing serves as.
_COPULA_RE = re.compile(r"[^，。；将把以对]{1,8}?(?:作为|成为|列为)")
#: A subject and a verb of having or containing (手册含有…, 症状有…, 其中包括…).
_HAVING_RE = re.compile(rf"[^，。；将把以对]{{1,16}}?(?P<verb>{_LANG.alternation('having_verbs')})")


def _noun_subject_comment(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    """A clause opened by a noun and a copula or a verb of having (检测结论作为…的依据;
    该手册含有…的要求; 其中包括…): a comment on a thing, not a further duty of the chain."""
    start = _chain_text(text, start, end)[0]
    first = tokens.containing(start)
    if first[0] != start or not word_class(text[first[0] : first[1]]).startswith(
        ("n", "vn", "eng", "r")
    ):
        return False
    if _COPULA_RE.match(text, start, end) is not None:
        return True
    having = _HAVING_RE.match(text, start, end)
    # the verb stands as a word of its own (有 of 有效 is none)
    return (
        having is not None
        and tokens.containing(having.start("verb"))[0] == having.start("verb")
        and tokens.containing(having.end())[0] == having.end()
    )


def _comment_clause(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    """A bare clause that comments on something (这一能力…, 关键在于…, 库存数据将…)."""
    return bool(
        _NEW_TOPIC_RE.match(text, _chain_text(text, start, end)[0], end)
        or _noun_subject_comment(text, start, end, tokens)
        or _thing_opens_clause(text, start, end, tokens)
    )


def _thing_opens_clause(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    """A clause opened by a plain noun phrase that a preposition, an adverb or a verb
    follows (库存数据将按月汇总; 维修记录在系统中留存): a thing is the subject and the
    clause says what happens to it, no further duty of the party before."""
    start = _chain_text(text, start, end)[0]
    first = tokens.containing(start)
    if first[0] == start and text[first[0] : first[1]] in ANAPHORIC_DEMONSTRATIVES:
        # 这对于甲…具有…: a pronoun points back at the duty before and comments on it
        after = tokens.containing(first[1])
        word = text[after[0] : after[1]]
        return word_class(word) == "p" or word in _THING_PREDICATE_OPENERS
    pos, nouns = _quality_modifier_end(text, start, end, tokens), 0
    while pos < end:
        span = tokens.containing(pos)
        if span[0] != pos:
            return False
        word = text[span[0] : span[1]]
        tag = word_class(word)
        if has_agentive_ending(word):
            return False  # a party: _new_subject decides (指导乙机构为…: the verb's object)
        # (a verbal noun after 的 names a thing too: 各部门的分工…; so does one opening
        # the clause before a predicate opener: 评审也不是…, 考核将…)
        after_de = tag == "vn" and (
            (nouns > 0 and text[pos - 1] == "的")
            or (pos == start and _subject_adverb_after(span[1], tokens, text))
        )
        if (
            (tag in _THING_NOUN_TAGS and word not in _ADVERBIAL_NOUNS)
            or (nouns and word == "的")
            or after_de
        ):
            nouns += 1
            pos = span[1]
            continue
        return nouns > 0 and text[pos - 1] != "的" and word in _THING_PREDICATE_OPENERS
    return False


#: 也, 都: adverbs that stand right after a clause's subject, never after a verb that
#: opens a predicate (评审也不是…, but 优先将…, 免费为…: a manner and the act).
_SUBJECT_ADVERBS = _LANG.word_set("subject_adverbs")


def _subject_adverb_after(pos: int, tokens: _Tokens, text: str) -> bool:
    """One of the adverbs that follow a subject (也, 都) starts at ``pos`` as a word."""
    span = tokens.containing(pos)
    return span[0] == pos and text[span[0] : span[1]] in _SUBJECT_ADVERBS


#: Word classes of a quality before 的 that opens a thing's name (过高的费用, 良好的习惯).
_QUALITY_TAGS = ("a", "z", "b")


def _quality_modifier_end(text: str, start: int, end: int, tokens: _Tokens) -> int:
    """Where the thing's name starts after a quality and 的 opening the clause (过高的费用
    不利于…: the noun after 的): a clause opened by an adjective and 的 names a thing as its
    subject as a plain noun does; ``start`` where no such modifier opens it."""
    pos = start
    while pos < end:
        span = tokens.containing(pos)
        if span[0] != pos:
            return start
        word = text[span[0] : span[1]]
        if word == "的":
            return span[1] if pos > start else start
        if not (word_class(word).startswith(_QUALITY_TAGS) or word in _QUALITY_DEGREE_WORDS):
            return start
        pos = span[1]
    return start


#: Degree adverbs that may stand before a quality (较, 更, 非常).
_QUALITY_DEGREE_WORDS = _LANG.word_set("quality_degree_words")


#: Word classes of the plain nouns that may open a clause as its subject, and the words
#: that open the predicate after them.
_THING_NOUN_TAGS = frozenset(("n", "nz", "ng", "nr", "ns", "nt", "eng"))
_THING_PREDICATE_OPENERS = _LANG.words("thing_predicate_openers")
#: Nouns that stand before a verb as its manner (定期, 依法): no subject of their own.
_ADVERBIAL_NOUNS = _LANG.word_set("adverbial_nouns") | _LANG.word_set("procedural_adverbs")


#: A comment on a thing: its noun, then a copula, a negated copula or a verb of having.
_THING_COMMENT_RE = re.compile(
    rf"[^，。；将把以对]{{1,16}}?(?:不是|并非|是|{_LANG.alternation('having_verbs')})"
)


def _thing_comment(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    """A clause opened by a noun naming no party and stating what it is or has
    (仪器并非灵丹; 这一素质具有重要意义)."""
    start = _chain_text(text, start, end)[0]
    first = tokens.containing(start)
    if first[0] != start or not word_class(text[first[0] : first[1]]).startswith(("n", "vn")):
        return False
    if text[first[0] : first[1]] in _ADVERBIAL_NOUNS:
        return False  # 按期检查设备，要…: an adverbial opens an act, not a thing
    comment = _THING_COMMENT_RE.match(text, start, end)
    if comment is not None and comment.end() < end:
        return True
    return any(word_class(text[s:e]) == "v" for s, e in tokens.spans if first[1] <= s and e <= end)


#: Word classes of the head closing a noun phrase that names a thing (运输货物的车辆), not
#: an act (促进甲的发展, an act's object, often the frame of an elided party's duty).
_THING_PHRASE_HEADS = ("n", "nz")
#: Word classes that may not stand after the phrase's last 的 (a verb makes it a clause).
_CLAUSE_WORDS = ("v", "p", "r")


def _thing_phrase(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    """A clause that is nothing but a noun phrase a 的 modifier closes with a noun naming
    no party (运输货物的车辆，应当…; 不合格的器材，不得…), no preposition opening it.

    Why: its noun is the subject of the trigger clause after it, so that clause is what
    the thing must be, not a duty of the party an earlier sentence named."""
    start, end = _chain_text(text, start, end)
    words = [(s, e) for s, e in tokens.spans if start <= s and e <= end and text[s:e].strip()]
    if len(words) < _PHRASE_WORDS or word_class(text[slice(*words[0])]).startswith("p"):
        return False
    marks = [i for i, (s, e) in enumerate(words) if text[s:e] == "的"]
    if not marks or marks[-1] >= len(words) - 1:
        return False  # 违反…的，应当…: a condition, not a thing
    head = words[marks[-1] + 1 :]
    return word_class(text[slice(*head[-1])]) in _THING_PHRASE_HEADS and not any(
        word_class(text[s:e]).startswith(_CLAUSE_WORDS) for s, e in head
    )


#: The fewest words of such a phrase: a modifier, 的 and the noun.
_PHRASE_WORDS = 3


def _conditions_next(
    text: str, clauses: list[_Clause], index: int, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """A "…的" condition inside a chain of duties that governs the bare clause after it
    (应当定期检查，发现隐患的，及时加固): that clause is the next duty of the chain."""
    clause = clauses[index]
    body_end = _strip_end(text, clause.start, clause.end)
    if index + 1 >= len(clauses) or clause.delim not in ("，", ",") or text[body_end - 1] != "的":
        return False
    if _CONDITION_START_RE.match(text[clause.start : body_end].strip()):
        return False  # 如果…的: a condition of the whole sentence, not of one step
    nxt = clauses[index + 1]
    n_start, n_end = _chain_text(text, nxt.start, nxt.end)
    if _is_condition(text, nxt) or _find_trigger(text, n_start, n_end, tokens, finder):
        return False
    first = tokens.containing(n_start)
    return first[0] == n_start and word_class(text[first[0] : first[1]]) in ("c", "d", "ad", "v")


#: Concessive and hypothetical openers: a modal after them describes, it does not recommend.
_CONCESSIVE_RE = re.compile(r"即使|即便|哪怕|就算|纵然|假如|如果|若是|一旦")


#: What may stand between a clause's opening and its 要 when the party is the topic of
#: the clause before (…，一定要…; …，也要…).
#: The party itself and the domain of its conduct between it and 要 (协会自身在管理上要…),
#: or the time of its own act (居民出门时要…).
_DOMAIN_FRAME_RE = re.compile(
    rf"^(?:{_LANG.alternation('reflexives')})?(?:在[^，。；,;的]{{1,20}}?(?:上|中|方面))?"
    r"(?:[^，。；,;]{1,12}?(?:时|的时候))?"
)
#: A verb by which the writer recommends, opening a clause (建议甲方…, 呼吁乙方…).
_RECOMMENDING_OPENER_RE = re.compile(f"(?:{_LANG.alternation('recommending_verbs')})")
#: Adverbs before a 要 that still recommends (甲尤其要…; 甲，首先要…; lang
#: recommending_adverbs).
_RECOMMENDING_LEAD_RE = re.compile(f"(?:{_LANG.alternation('recommending_adverbs')})*")
#: A phrase naming what the party's act is done to, between the party and 要 (甲教师对
#: 乙学员要耐心…): the party still recommends.
_OBJECT_FRAME_RE = re.compile(
    rf"^(?:{_LANG.alternation('object_prepositions')})[^，。；,;]{{1,12}}$"
)


#: A demonstrative standing alone as a clause's subject before a modal of need (这需要,
#: 这就要求, 此也需): the situation named before is what needs.
_SITUATION_SUBJECT_RE = re.compile(
    f"(?:这|此)(?:{_LANG.alternation('recommending_adverbs')})*(?:需要|需|要求)"
)
#: Verbs of having or knowing that describe persons in a relative clause (具备, 熟悉).
_QUALIFYING_VERBS = _LANG.word_set("qualifying_verbs")
#: Verbs of commending an act to a party (鼓励, 倡导): normative whoever says them.
_COMMENDING_VERBS = _LANG.word_set("commending_verbs")


def _binds_in_any_genre(
    trigger: _Trigger, inner: _Trigger | None, rule_kind: str, holders: Sequence[Party], zero: str
) -> bool:
    """Whether the duty binds whatever the genre, so the document pass must not drop it as
    a described will: the required party's own 要 (要求乙方要…), or an act a named party
    commends (甲部鼓励乙…), where a named party's 引导 or 支持 may only describe what it
    does (某商家引导顾客…)."""
    if inner is not None and trigger.kind == "require":
        return True
    return (
        rule_kind == "encourage"
        and bool(holders)
        and not zero
        and trigger.word in _COMMENDING_VERBS
    )


#: An emphatic copula right after the party (甲就是要…): it recommends as an adverb does.
_EMPHATIC_COPULA_RE = re.compile(f"^(?:{_LANG.alternation('emphatic_copulas')})")
#: A marker numbering a step of a recommendation (首先, 其次, 一是).
_STEP_MARKER_RE = re.compile(f"(?:{_LANG.alternation('enumerating_markers')})")
#: A marker opening a step of its own before a comma (第二，建立…).
_STEP_ITEM_RE = re.compile(rf"\s*(?:{_LANG.alternation('enumerating_markers')})\s*[，,]\s*")


def _named_recommendation(
    text: str, c_start: int, trigger: _Trigger, holders: Sequence[Party] | None, subject_end: int
) -> bool:
    """要 right after its own named party (居民要节约用水) recommends; it is no "will".

    Why: essays and commentaries state what each party should do with X要…; only a
    quantified subject (有些居民要…) or a concessive frame (即使…也要…) makes 要
    describe what happens rather than recommend.
    """
    if trigger.word != "要" or not holders:
        return False
    if subject_end <= c_start:
        # the party named as the topic of the clause before (智库，要…; X在…时，一定要…)
        lead_start = _chain_text(text, c_start, trigger.start + 1)[0]
        if _RECOMMENDING_LEAD_RE.fullmatch(text, lead_start, trigger.start) is None:
            return False
    else:
        between = _ACT_OF_PARTY_RE.sub("", text[subject_end : trigger.start], count=1)
        between = _DOMAIN_FRAME_RE.sub("", between, count=1)
        # a marker numbering the step (甲首先要…, 甲的运营其次要…) recommends as well
        between = _STEP_MARKER_RE.sub("", between, count=1)
        between = _OBJECT_FRAME_RE.sub("", between, count=1)
        between = _EMPHATIC_COPULA_RE.sub("", between, count=1)
        if _RECOMMENDING_LEAD_RE.fullmatch(between) is None and any(
            ch not in ADVERB_PREFIXES for ch in between
        ):
            return False  # (the party's own conduct, 协会的建设要…, recommends as well)
    lead = text[c_start : trigger.start]
    asks = text.rstrip().endswith(("？", "?", "吗")) or "吗" in text[trigger.end :]
    return not (
        asks or _QUANTIFIED_SUBJECT_RE.match(lead) or _CONCESSIVE_RE.search(text, 0, trigger.start)
    )


def _clause_trigger(
    text: str, clauses: list[_Clause], index: int, tokens: _Tokens, finder: PartyFinder
) -> tuple[_Trigger, bool] | None:
    """The duty trigger of clause ``index`` and whether only adverbs stand before it."""
    if index >= len(clauses):
        return None
    clause = clauses[index]
    start, end = _chain_text(text, clause.start, clause.end)
    trigger = _find_trigger(text, start, end, tokens, finder)
    if trigger is None or trigger.kind in ("encourage", "require"):
        return None
    return trigger, all(ch in ADVERB_PREFIXES for ch in text[start : trigger.start])


def _trigger_opens(
    text: str, clauses: list[_Clause], index: int, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """Clause ``index`` opens with its trigger (…，也应当…): its subject is the clause before."""
    found = _clause_trigger(text, clauses, index, tokens, finder)
    return found is not None and found[1]


def _without_partners(text: str, parse: SubjectParse, end: int) -> SubjectParse:
    """甲公司与乙方、丙方订立合同时，应当…: in a clause that goes on with its own verb, the
    parties after a comitative 与/同 are the partners of the act, and the first party
    alone is the topic (甲公司和乙方应当… still coordinates at the trigger), unless a
    collective (双方) later names them all."""
    parties = parse.parties
    if (
        parse.kind is not SubjectKind.PARTY
        or len(parties) < 2
        or text[parties[0].end : parties[1].start] not in COMITATIVES
        or parties[-1].end >= end
        or any(word in text[end:] for word in COLLECTIVES)  # …的，双方应当…
    ):
        return parse
    return SubjectParse(SubjectKind.PARTY, parties[:1], parties[0].end)


def _frame_binds(
    text: str, clauses: list[_Clause], index: int, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """Clause ``index``, after a topic frame, states the framed party's duty: it has a
    trigger, and a need word (需要, 需) opens it (对于甲公司而言，需要…), since after other
    words it is the need of what they name (对于甲公司而言，开展业务需要…: "it takes")."""
    found = _clause_trigger(text, clauses, index, tokens, finder)
    if found is None:
        # 对于甲来说，某项工作周期很长，需要…: a comment between the frame and a modal
        # that opens its clause leaves the modal to the framed party
        after = _clause_trigger(text, clauses, index + 1, tokens, finder)
        return after is not None and after[1]
    trigger, opens = found
    return opens or trigger.word not in NEED_WORDS


def _holders(
    text: str,
    clause: _Clause,
    trigger: _Trigger,
    tokens: _Tokens,
    finder: PartyFinder,
    topic: tuple[Party, ...],
    chain: tuple[Party, ...] | None,
    sides: tuple[Party, ...] = (),
) -> tuple[tuple[Party, ...] | None, int, str]:
    """(holders, end of the subject, zero kind); holders None = not a row (pronoun).

    A collective (各方, 各主体) stands for the topic's parties, else the ``sides`` the
    sentence named before it: those of a need (需要甲…，还需要乙…，各方要…) or those of a
    condition (甲为乙…的，双方…); else the parties of the duty before (甲和乙应…，双方均应…).

    Empty holders with zero kind "none" (nothing before the trigger) or "other"
    (a subject that is not a party, e.g. 通知应当…) leave the holder to context.
    """
    c_start = clause.start
    framed = _after_approval(text, clause, trigger, tokens, topic, chain)
    if framed is not None:
        return framed
    subject = _clause_subject(text, c_start, trigger, tokens, finder)
    if isinstance(subject, int):
        return None, subject, ""  # 甲觉得大家须…; 认为该内容不应…: a view that names no one
    parse = subject
    parse = _demanded_subject(text, c_start, parse, trigger.start, tokens, finder) or parse
    parse = _without_fronted_object(text, c_start, parse, tokens)
    including = _states_members(text, c_start, trigger)
    if parse.kind is SubjectKind.PARTY:
        return _named_holders(text, c_start, parse, trigger, tokens, finder, including=including)
    if including and parse.kind is SubjectKind.OTHER and (chain or topic):
        return (), parse.end, "other"  # 甲…，认为报告应包括…: what a thing holds, not 甲's act
    if parse.kind is not SubjectKind.COLLECTIVE and _need_names_bearers(
        text, c_start, clause.end, trigger, tokens, finder
    ):
        return (), parse.end, "other"  # 实施该疗法需要乙方…: the parties after it act
    if parse.kind is SubjectKind.PRONOUN:
        return _pronoun_antecedent(text, c_start, trigger, topic, chain), parse.end, ""
    if parse.kind is SubjectKind.COLLECTIVE:
        # the topic's parties, else those a need or a condition named, else those of
        # the duty just before (甲和乙应…，双方均应…)
        named = next((n for n in (topic, sides, chain or ()) if len(n) > 1), ())
        return (named or None), parse.end, ""
    if trigger.kind in ("encourage", "require"):
        return (), parse.end, ""  # the holder is the party after the trigger
    if _broad_subject(text, c_start, trigger.start):
        return None, parse.end, ""  # 甲方…，国家要…: society's actor, not the topic, acts
    if _said_of_thing(text, c_start, trigger, tokens):
        return None, parse.end, ""  # 甲方…，该方法可以/需要…: said of a thing, no party's
    return _context_holders(text, clause, trigger, tokens, topic, chain, parse)


def _named_holders(
    text: str,
    c_start: int,
    parse: SubjectParse,
    trigger: _Trigger,
    tokens: _Tokens,
    finder: PartyFinder,
    *,
    including: bool,
) -> tuple[tuple[Party, ...] | None, int, str]:
    """``_holders`` for a clause whose subject names parties: they bear the duty unless
    the modal is another's view, someone else's charge or said of a thing of theirs."""
    if _unborne_view(text, c_start, parse, trigger, tokens, finder):
        return None, parse.end, ""  # 甲要求…或者乙认为应当…; 七成受访者认为乙应当…
    if _PIVOT_RE.match(text, parse.end, trigger.start) and trigger.word in _CHARGING_DUTY:
        return None, parse.end, ""  # 甲也有专门机构负责…: the body after 有 is in charge
    # 甲应当包括乙: a class; 甲的经验可以…, 甲的设施需要…: said of a thing of 甲's
    if including or _said_of_party_thing(text, parse.end, trigger, tokens):
        return None, parse.end, ""
    if _bound_thing(text, parse.end, trigger, tokens):
        return parse.parties, parse.end, THING_ZERO  # a rule binds 甲 by its thing, prose not
    if _named_for_party(text, parse.end, trigger, tokens):
        return None, parse.end, ""
    return parse.parties, parse.end, ""


def _named_for_party(text: str, party_end: int, trigger: _Trigger, tokens: _Tokens) -> bool:
    """甲居民供水设施应当…, 乙用户账户信息应当…: plain nouns glued to the party, with no 的,
    the last one a thing, name a kind of thing after the party (for it, not owned by it);
    the thing is the modal's subject and binds no one. The party's act (甲建设应…:
    act_nouns) and a time or a case (甲在校期间应…) leave the party the subject."""
    if trigger.kind != "modal" or not HAN_WORD_RE.fullmatch(text, party_end, trigger.start):
        return False  # (nothing between, or a bracket, a quote or a space: no bare compound)
    words = [
        text[s:e] for s, e in tokens.starting_in(party_end, trigger.start) if e <= trigger.start
    ]
    if not words:
        return False
    last = words[-1]
    return (
        word_class(last) == "n"
        and last not in _ACT_NOUNS
        and not _CIRCUMSTANCE_END_RE.search(last)
        and not is_actor_noun(last)
        and all(word_class(word).startswith(("n", "m")) for word in words)
    )


def _clause_subject(
    text: str, c_start: int, trigger: _Trigger, tokens: _Tokens, finder: PartyFinder
) -> SubjectParse | int:
    """The subject of a trigger clause, looking past a speaker (学者指出物业应当…) or into
    a view (本文认为甲应当…), a capacity phrase or reported speech; the end of the view
    when a view holds the trigger and names no party (甲觉得大家须…; 认为该内容不应…)."""
    parse = finder.subject(text, c_start, trigger.start, tokens.spans, at_trigger=True)
    said = (
        _SAYING_RE.match(text, parse.end, trigger.start)
        if parse.kind in (SubjectKind.PARTY, SubjectKind.PRONOUN)
        else None
    )
    if said is not None:
        # 学者指出物业应当…, 我们建议乙方应…: the speaker reports; the reported clause's
        # subject bears it
        parse = finder.subject(text, said.end(), trigger.start, tokens.spans, at_trigger=True)
        return parse if parse.kind is SubjectKind.PARTY else parse.end
    if parse.kind is SubjectKind.PARTY:
        return parse
    viewed = _view_subject(text, c_start, trigger, tokens, finder)
    if viewed is not None and viewed.kind is not SubjectKind.PARTY:
        return viewed.end
    return viewed or _capacity_or_reported(text, c_start, trigger, tokens, finder) or parse


def _unborne_view(
    text: str,
    c_start: int,
    parse: SubjectParse,
    trigger: _Trigger,
    tokens: _Tokens,
    finder: PartyFinder,
) -> bool:
    """The party's trigger stands in a view that binds it to nothing: a view after the
    party naming no one (甲要求…或者乙认为应当…), or a view held by a share of a group
    (七成受访者认为乙应当…), a survey's finding rather than a norm."""
    viewed = _view_subject(text, parse.end, trigger, tokens, finder)
    if viewed is not None and viewed.kind is not SubjectKind.PARTY:
        return True
    return _COUNTED_VIEW_RE.search(text, c_start, parse.parties[0].start) is not None


def _view_subject(
    text: str, c_start: int, trigger: _Trigger, tokens: _Tokens, finder: PartyFinder
) -> SubjectParse | None:
    """The subject of a view that holds the trigger (本文认为甲应当…; 乙觉得有责任…), else
    None when no verb of opinion stands between the clause's start and its trigger.

    Why: a modal inside someone's view binds only the party the view names; the one who
    holds the view (a respondent, a study, an unnamed voice) bears nothing of it."""
    lead = _chain_text(text, c_start, trigger.start)[0]
    verbs = [
        (start, end)
        for start, end in tokens.starting_in(lead, trigger.start)
        if text[start:end] in _OPINION_VERBS
    ]
    if not verbs:
        return None
    return finder.subject(text, verbs[-1][1], trigger.start, tokens.spans, at_trigger=True)


#: A view held by a share of a group, right before the party it names (七成受访者认为乙…;
#: 多数甲普遍觉得乙…): how many hold a view is a survey's finding, no norm laid on 乙. A
#: share may be written in TeX as a paper's PDF gives it (62\%, $62\%$).
_COUNTED_VIEW_RE = re.compile(
    r"(?:[\d.]+\s*\\?[%％‰]\$?|[一二三四五六七八九十]成"
    f"|{_LANG.alternation('quantified_subjects')})"
    r"\s*的?\s*[^，。；：]{0,10}?"
    f"{_VIEW_ADVERBS}(?:{_LANG.alternation('opinion_verbs')})[，,：:]?\\s*$"
)


def _without_fronted_object(
    text: str, c_start: int, parse: SubjectParse, tokens: _Tokens
) -> SubjectParse:
    """The parse with no party when the clause opens with 对 or 对于 and its party stands
    inside that phrase (对违规的注册用户要依法处理; 对表现突出的乙类商户应当给予表彰): the party
    is what the act is done to, fronted with no comma after it; whoever acts is unnamed."""
    if parse.kind is not SubjectKind.PARTY:
        return parse
    lead = _chain_text(text, c_start, parse.end)[0]
    first = tokens.containing(lead)
    if (
        first[0] == lead
        and text[first[0] : first[1]] in OBJECT_PREPOSITIONS
        and parse.parties[0].start >= first[1]
    ):
        return SubjectParse(SubjectKind.OTHER, (), parse.end)
    return parse


def _after_approval(
    text: str,
    clause: _Clause,
    trigger: _Trigger,
    tokens: _Tokens,
    topic: tuple[Party, ...],
    chain: tuple[Party, ...] | None,
) -> tuple[tuple[Party, ...] | None, int, str] | None:
    """The context's holders of a clause that an approval frame opens right up to its
    trigger (经甲局负责人或者其授权的人批准可以…), else None.

    Why: the frame names who approves, never who acts, so neither its party nor a
    pronoun inside it is the clause's subject; the condition's or the chain's party is."""
    c_start = clause.start
    approval = _APPROVAL_FRAME_RE.match(text, c_start, trigger.start)
    if (
        approval is None
        or approval.end() != trigger.start
        or tokens.containing(c_start) != (c_start, c_start + 1)  # 经营者同意…: a name
    ):
        return None
    other = SubjectParse(SubjectKind.OTHER, (), approval.end())
    return _context_holders(text, clause, trigger, tokens, topic, chain, other)


def _context_holders(
    text: str,
    clause: _Clause,
    trigger: _Trigger,
    tokens: _Tokens,
    topic: tuple[Party, ...],
    chain: tuple[Party, ...] | None,
    parse: SubjectParse,
) -> tuple[tuple[Party, ...] | None, int, str]:
    """(holders, end of the subject, zero kind) of a trigger clause that names no party
    of its own: the running chain's or the sentence topic's, marked when a thing is the
    clause's subject (甲要…，方案应…), else none, to be resolved from the context."""
    if (chain or topic) and _thing_must_be(text, clause.start, trigger, tokens):
        return (chain or topic), parse.end, THING_ZERO  # 甲要…，方案应…: what a thing must be
    if chain:  # the running chain is nearer than the sentence's topic
        return chain, parse.end, ""
    if topic and _names_topic_again(text, trigger.end, clause.end, topic):
        return None, parse.end, ""  # 甲群体是…，要为甲群体…: the topic is the object
    if topic:
        return topic, parse.end, ""
    return (), parse.end, ("other" if parse.kind is SubjectKind.OTHER else "none")


def _pronoun_antecedent(
    text: str,
    c_start: int,
    trigger: _Trigger,
    topic: tuple[Party, ...],
    chain: tuple[Party, ...] | None,
) -> tuple[Party, ...] | None:
    """甲小组由…组成，他们负责…: a third-person pronoun opening the clause names the
    party before, as a zero subject would (the running chain, else the topic); any
    other pronoun (我们需要…) names no party."""
    if not _THIRD_PERSON_RE.match(text, _chain_text(text, c_start, trigger.start)[0]):
        return None
    return chain or topic or None


#: A preposition of the party an act is done for (为, 对), then a kind demonstrative
#: (此类, 该类) or none: what may stand before the topic named again as an object.
_BENEFICIARY_RE = re.compile(
    f"(?:{_LANG.alternation('beneficiary_prepositions')})"
    f"(?:{_LANG.alternation('kind_demonstratives')})?"
)


def _names_topic_again(text: str, t_end: int, c_end: int, topic: tuple[Party, ...]) -> bool:
    """Whether a subjectless duty names the sentence's topic again as the party its act
    is done for (老年住户是…，要为老年住户…; …，要为住户…; …，要加强对此类住户的…): the
    topic is what the duty is done for, not its bearer."""
    heads = {p.text for p in topic} | {p.text[-2:] for p in topic if len(p.text) > 2}
    for found in _BENEFICIARY_RE.finditer(text, t_end, c_end):
        if any(text.startswith(head, found.end(), c_end) for head in heads):
            return True
    return False


#: A duty that ends in 的 + a noun of circumstances (…承担费用的情形) is a clause
#: describing a case, as in a list of the cases a rule covers.
_CASE_END_RE = re.compile(f"的(?:其他|其它)?(?:{_LANG.alternation('case_nouns')})$")
#: A party's having or doing what a list names (乙有下列行为, 乙出现下列情形).
_ANOTHERS_LIST_RE = re.compile(
    f"(?:{_LANG.alternation('having_verbs')}|出现|发生)(?:{_LANG.alternation('list_intro_words')})"
)
#: What may follow a party that fills its clause: nothing, or a bracket (its short name).
_BRACKET_TO_END_RE = re.compile(r"(?:[（(][^（）()]*[）)])?")


#: A modal then a verb of including (应当包括…): the subject's parts or members, no act.
_INCLUDING_RE = re.compile(r"(?:该)?(?:包括|包含|涵盖|囊括)")


#: A clause opening with an approval frame (经甲局批准, 经乙同意后) and nothing else.
_APPROVAL_FRAME_RE = re.compile(_approval_frame(1, _LANG.alternation("approving_verbs")) + "后?")
#: 有 after a subject, opening a pivot (甲设有专门机构负责…): what follows bears the duty.
_PIVOT_RE = re.compile(r"(?:也|还|都|均|则)?(?:设|另|专门)?有[^，。；]+$")


def _states_members(text: str, c_start: int, trigger: _Trigger) -> bool:
    """A modal then a verb of including (甲应当包括乙): what the subject holds, unless
    the subject is a party's duties (甲的职责中应包括…: a duty still)."""
    return _INCLUDING_RE.match(text, trigger.end) is not None and not re.search(
        _DUTY_NOUN, text[c_start : trigger.start]
    )


def _broad_subject(text: str, c_start: int, t_start: int) -> bool:
    """Whether the clause's own subject before the trigger is a broad actor of society
    (国家, 社会; 社会也要…): that actor, no party of the sentence's topic, acts."""
    lead = _chain_text(text, c_start, t_start)[0]
    subject = text[lead:t_start].rstrip(_ADVERB_PREFIXES_TEXT)
    return subject in BROAD_ACTORS


def _thing_subject(text: str, c_start: int, t_start: int, tokens: _Tokens) -> bool:
    """Whether a noun naming no party is the clause's own subject right before the
    trigger (甲方…，这种方法可以…): what it may do grants no party anything. A clause
    opened by a preposition (在旺季可以…) has no subject of its own."""
    lead = _chain_text(text, c_start, t_start)[0]
    end = _before_adverbs(text, lead, t_start)
    if end <= lead or _opens_with_preposition(text, lead, end, tokens):
        return False
    return _ends_in_noun(text, end, tokens)


def _before_adverbs(text: str, start: int, t_start: int) -> int:
    """Where the words before a trigger end once its adverbs (也, 还 …) are left out."""
    return start + len(text[start:t_start].rstrip(_ADVERB_PREFIXES_TEXT))


def _ends_in_noun(text: str, end: int, tokens: _Tokens, *, any_kind: bool = False) -> bool:
    """Whether a plain noun (tagged n), or with ``any_kind`` a noun of any kind (登记表 is
    tagged nz), is the word ending at ``end``."""
    last = tokens.containing(end - 1)
    tag = word_class(text[last[0] : last[1]])
    return last[1] == end and (tag.startswith("n") if any_kind else tag == "n")


def _said_of_thing(text: str, c_start: int, trigger: _Trigger, tokens: _Tokens) -> bool:
    """可以 or 需要 after a noun naming no party (该方法可以…; 相关设备需要定期检修): said of
    the thing, no party's. A time or a case before the modal (…出现异常时需要…) is an
    adverbial, not the subject."""
    if trigger.modality is Modality.MAY:
        return _thing_subject(text, c_start, trigger.start, tokens)
    return (
        trigger.word in NEED_WORDS
        and not _CIRCUMSTANCE_END_RE.search(text, c_start, trigger.start)
        and _thing_subject(text, c_start, trigger.start, tokens)
    )


#: The zero kind of a duty whose clause has a thing for its subject though a party of
#: the sentence stands before it (甲要制定方案，方案应当分步实施): the party is the topic,
#: and outside a regulation what the thing must be is no duty of the party's.
THING_ZERO = "thing"


def _thing_must_be(text: str, c_start: int, trigger: _Trigger, tokens: _Tokens) -> bool:
    """A modal (应, 要, 必须) right after a noun naming no party (…，方案应当分步实施;
    …，剂量要准确): what the thing must be. A time or a case before the modal (…出现异常
    时应…) is an adverbial, and a party after 由 (资料应由乙保管) bears the act."""
    if trigger.kind != "modal" or text.startswith(_YOU, trigger.end):
        return False
    lead = _chain_text(text, c_start, trigger.start)[0]
    first = tokens.containing(lead)
    if not word_class(text[first[0] : first[1]]).startswith(("n", "r", "eng", "x")):
        return False  # 由于…的特点，必须…; 要想赢得信任，必须…: a cause or a goal, no subject
    end = _before_adverbs(text, lead, trigger.start)
    last = tokens.containing(end - 1) if end > lead else None
    return (
        last is not None
        and not has_agentive_ending(text[last[0] : last[1]])  # 必要时甲机构应…: a party
        and not _CIRCUMSTANCE_END_RE.search(text, c_start, trigger.start)
        and _thing_subject(text, c_start, trigger.start, tokens)
    )


def _opens_with_preposition(text: str, start: int, end: int, tokens: _Tokens) -> bool:
    first = tokens.containing(start)
    return word_class(text[first[0] : first[1]]) == "p" or _opens_with(
        text, start, end, ADVERBIAL_OPENERS, tokens
    )


def _demanded_subject(
    text: str,
    c_start: int,
    parse: SubjectParse,
    until: int,
    tokens: _Tokens,
    finder: PartyFinder,
) -> SubjectParse | None:
    """The party a demand verb addresses right before the modal at ``until`` (甲刊要求作者
    在投稿时必须提交数据; 这就要求学员必须掌握…), or before the comma that closes the
    clause before the modal's (甲刊要求作者在投稿时，应当…), else None.

    Why: the demand names who must act; its modal binds the addressee, not the party
    (or the situation) that demands. The demand must follow the subject at once, or open
    a clause whose subject is no party or whose party follows it (要求甲对乙…), and only a
    time frame, adverbs or what the act is done to may stand between the addressee and
    the modal (要求乙方的数据必须… says what a thing must be)."""
    demand: re.Match[str] | None
    opening = _ADDRESSING_RE.match(text, _chain_text(text, c_start, until)[0], until)
    if parse.kind is SubjectKind.PARTY and opening is not None:
        demand = opening  # 要求甲对乙类客户，…: 乙 is what the act is done to, 甲 demanded
    elif parse.kind is SubjectKind.PARTY:
        lead = _DEMAND_LEAD_RE.match(text, parse.end, until)
        demand = _ADDRESSING_RE.match(text, lead.end(), until) if lead else None
    elif parse.kind in (SubjectKind.NONE, SubjectKind.OTHER):
        demand = _ADDRESSING_RE.search(text, c_start, until)
        if demand is not None and (
            text[max(c_start, demand.start() - 1) : demand.start()] in _PASSIVE_MARKS
            or finder.subject(text, c_start, demand.start(), tokens.spans).kind is SubjectKind.PARTY
        ):
            return None
    else:
        return None
    if demand is None or tokens.containing(demand.start()) != demand.span():
        return None
    # (the group is read up to the modal and past it: a name right before the modal is
    # read as the reader reads it with the modal after it, 要求乙方|要…)
    objects = finder.object_group(text, demand.end(), until + 1, tokens.spans)
    if not objects or objects[0].start != demand.end() or objects[-1].end > until:
        return None
    if not _DEMANDED_REST_RE.fullmatch(text, objects[-1].end, until):
        return None
    return SubjectParse(SubjectKind.PARTY, tuple(objects), objects[-1].end)


#: A verb addressing a party whose act follows: a demand (要求乙…) or advice (建议乙…,
#: 提示乙…); the modal after the addressee's time frame binds the addressee
#: (本研究建议乙方在签约时，应当…: 乙方).
_ADDRESSING_RE = re.compile(
    f"{_LANG.alternation('demand_verbs')}|{_LANG.alternation('recommending_verbs')}"
)
#: Adverbs between a party and its demand verb (甲也要求…, 乙则要求…).
_DEMAND_LEAD_RE = re.compile(f"(?:{_LANG.alternation('demand_adverbs')})*")
#: What may stand between a demanded party and its modal: a time frame (在投稿时, 在
#: 发表之后) and adverbs, or a phrase naming what the demanded act is done to (要求甲方对
#: 乙类客户，不得…).
_DEMANDED_REST_RE = re.compile(
    r"(?:在[^，。；,;]{1,20}?(?:时|时候|之时|后|之后|以后|前|之前|期间|过程中))?"
    f"(?:{_LANG.alternation('demand_adverbs')})*"
    rf"|(?:{_LANG.alternation('object_prepositions')})[^，。；,;]{{1,30}}"
)


def _capacity_or_reported(
    text: str, c_start: int, trigger: _Trigger, tokens: _Tokens, finder: PartyFinder
) -> SubjectParse | None:
    """The subject a clause names outside its subject position: in a capacity phrase
    (作为乙方应…) or inside reported speech."""
    capacity = _capacity_party(text, c_start, trigger.start, tokens.spans, finder, at_trigger=True)
    return capacity or _reported_subject(text, c_start, trigger, tokens, finder)


def _capacity_party(
    text: str,
    start: int,
    end: int,
    spans: Sequence[Token],
    finder: PartyFinder,
    *,
    at_trigger: bool = False,
    longest: int | None = None,
) -> SubjectParse | None:
    """The party a capacity phrase filling ``text[start:end]`` names (作为乙方，应…;
    作为乙方应…), at most ``longest`` characters after its opener."""
    # 那么作为乙方应…: a discourse marker opens the clause
    lead = after_discourse_markers(text, _chain_text(text, start, end)[0], end, spans)
    capacity = _CAPACITY_RE.match(text, lead, end)
    if capacity is None or (longest is not None and end - capacity.end() > longest):
        return None
    parse = finder.subject(text, capacity.end(), end, spans, at_trigger=at_trigger)
    if parse.kind is not SubjectKind.PARTY:
        return None
    if parse.end < end and _REFLEXIVE_RE.fullmatch(text, parse.end, end):
        return replace(parse, end=end)  # 作为甲方本人，应…: the party itself
    return parse if parse.end == end else None


def _possessed_thing(text: str, party_end: int, t_start: int) -> bool:
    """Whether a thing of the party's, not the party, is the subject before the trigger
    (甲公司的经验可以…: 的 and a noun after the party; 甲公司多年积累的数据可以…: a
    relative clause of the party's, then its noun), not a time or a case (甲在必要的时候可以…)."""
    if text.startswith("的", party_end) and party_end + 1 < t_start:
        return True
    match = _OWN_THING_RE.fullmatch(text, party_end, t_start)
    return match is not None and not _CIRCUMSTANCE_END_RE.search(match.group())


def _said_of_party_thing(text: str, party_end: int, trigger: _Trigger, tokens: _Tokens) -> bool:
    """The modal is said of a thing of the party's, not of the party: what 甲 has may
    serve (甲的经验可以…: 甲 is granted nothing), or 甲's thing needs something."""
    if trigger.modality is Modality.MAY and _party_thing(text, party_end, trigger, tokens):
        return True
    return _needed_of_thing(text, party_end, trigger, tokens)


def _bound_thing(text: str, party_end: int, trigger: _Trigger, tokens: _Tokens) -> bool:
    """甲的委托书应当经过公证, 乙的工作区域应当合理布局: a thing of the party's, named by
    a plain noun, is what the modal binds; a rule or notice lays that on the party, prose
    only describes the thing (THING_ZERO). The party's own conduct (甲的建设应当…, 乙的运营
    应…: act_nouns) stays its act."""
    if trigger.kind != "modal" or trigger.modality is Modality.MAY:
        return False
    if not _possessed_thing(text, party_end, trigger.start) or _ACT_OF_PARTY_RE.match(
        text, party_end
    ):
        return False
    end = _before_adverbs(text, party_end, trigger.start)
    return _ends_in_noun(text, end, tokens, any_kind=True)


def _needed_of_thing(text: str, party_end: int, trigger: _Trigger, tokens: _Tokens) -> bool:
    """甲的设施需要更新: a thing of the party's, named by a plain noun, is what 需要 is
    said of, no act the party is to do. An act of the party's (甲的建设需要…, 甲的成立
    需要…) stays the party's."""
    if trigger.word not in NEED_WORDS or not _possessed_thing(text, party_end, trigger.start):
        return False
    return _ends_in_noun(text, _before_adverbs(text, party_end, trigger.start), tokens)


def _party_thing(text: str, party_end: int, trigger: _Trigger, tokens: _Tokens) -> bool:
    """A thing or an act of the party's, not the party, is the subject of the trigger."""
    return _possessed_thing(text, party_end, trigger.start) or _party_act(
        text, party_end, trigger.start, tokens
    )


def _party_act(text: str, party_end: int, t_start: int, tokens: _Tokens) -> bool:
    """A bare verb between the party and 可以 (居民参与可以…): the party's act is the
    subject, what it may achieve is no permission of the party's."""
    span = tokens.containing(party_end)
    if span != (party_end, t_start):
        return False
    word = text[party_end:t_start]
    return word_class(word) in VERB_CLASSES and word not in AFTER_SUBJECT and word not in TRIGGERS


#: A relative clause of the party's (no preposition, no coordinator opening it: 甲或者经
#: 其授权的乙 names another party), 的 and a noun.
_OWN_THING_RE = re.compile(
    r"(?![在对于向按根依从经为当或和与及、])[^，。；：的]{1,12}的[^，。；：的]{1,8}"
)
#: A noun of time or circumstance closing an adverbial (在必要的时候, 确有需要的情况下).
_CIRCUMSTANCE_END_RE = re.compile(f"(?:{_LANG.alternation('circumstance_endings')})$")


#: One-character verbs of saying the segmenter may glue to a speaker's name (王某某指).
_GLUED_SAYING_VERBS = _LANG.word_set("glued_saying_verbs")


#: A one-character verb of saying after a speaker's name, with the adverbs a report puts
#: before it (又指, 亦称): all the clause holds after the name.
_SPEAKER_VERB_RE = re.compile(
    f"(?:{_LANG.alternation('additive_adverbs')}|{_LANG.alternation('narrative_again_markers')}"
    f"|{_LANG.alternation('consequence_particles')})*"
    f"(?:{_LANG.alternation('glued_saying_verbs')})"
)


def _glued_speaker(text: str, parse: SubjectParse, c_end: int) -> bool:
    """Whether the clause is a speaker and a one-character verb of saying the segmenter
    glued into the name (王某某指，…; 甲署续，…): the name reports what follows, it is
    no party of the sentence."""
    if not parse.parties:
        return False
    rest = text[parse.end : _strip_end(text, parse.end, c_end)].strip()
    if rest:
        # 甲署指，…; 乙处又指，…: the verb a word of its own after the name
        return _SPEAKER_VERB_RE.fullmatch(rest) is not None
    name = parse.parties[-1].text
    return len(name) >= 3 and name[-1] in _GLUED_SAYING_VERBS


#: A verb of saying (指出, 强调了), not the 说 of 来说 (对甲来说: "for 甲").
SAYING_VERB = f"(?<!来)(?:{_LANG.alternation('saying_verbs')})[了道]?"
#: A clause closed by its verb of saying (甲在报告中指出，…): its party is the speaker of
#: what follows, not its topic.
SAID_END_RE = re.compile(SAYING_VERB + "$")
#: 的 and the joiners of a list (、, 和, 及): a verb of saying right after one is a noun
#: (乙的规定, 甲的意见和建议).
_NOUN_LIST_MARKS = _POSSESSIVES | _LANG.word_set("coordinators")
#: The end of a cited text or article before its verb of saying (《某法》中规定, 第五条规定).
_RULE_SOURCE_RE = re.compile(
    r"(?:(?:》[中里]?|第[一二三四五六七八九十百零〇\d]+[条款]"
    # 守则特别指出, 手册旨在强调, 第五条亦同时指出: a text of rules or an article, then
    # adverbs of its saying
    f"|(?:{_LANG.alternation('rule_texts')}))(?:特别|明确|进一步|也|还|亦|均|则|就|旨在|同时)*)$"
)


#: An opening quote right after a verb of saying (乙认为：“丙可以…”).
_QUOTE_OPENS_RE = re.compile(r"[：:]?\s*(?:" + _LANG.alternation("opening_quotes") + ")")
#: Adverbs that may open a clause before its verb of saying (特别强调…, 明确提出…).
_SAYING_ADVERBS = f"(?:{_LANG.alternation('saying_adverbs')})*"
_SAYING_ADVERBS_RE = re.compile(_SAYING_ADVERBS)
#: A verb by which a reported rule lays a duty down (明确, 规定), not a verb of demand
#: (要求乙…, a demand of its own), in each of the patterns below.
_STIPULATING_VERB = (
    f"(?!{_LANG.alternation('demand_verbs')})(?:{_LANG.alternation('stipulating_verbs')})"
)
#: Such a verb opening its clause (明确了甲应当…; 二是规定乙可以…): the party after it
#: bears the duty as after a verb of saying.
_STIPULATING_RE = re.compile(
    f"(?:(?:{_LANG.alternation('enumerating_markers')})|即){_SAYING_ADVERBS}{_STIPULATING_VERB}了?"
    f"|{_SAYING_ADVERBS}{_STIPULATING_VERB}了"
)
#: The same verb with 了 anywhere in a clause (在总则中明确了甲…).
_STIPULATED_RE = re.compile(f"{_STIPULATING_VERB}了")
#: The same verb bare (…，明确甲应当…), no verb of saying after it: it reports a rule only
#: before a binding modal (应当, 不得); before 需, 要 it is the writer's own step (明确乙需
#: 有…).
_BARE_STIPULATING_RE = re.compile(
    f"{_STIPULATING_VERB}"
    f"(?!{_LANG.alternation('saying_verbs')}|{_LANG.alternation('stipulating_verbs')})"
)


#: The kinds of binding trigger a bare verb of laying down opening the clause reports
#: (明确甲应当…; 明确乙对…负总责, 规定丙承担…; 明确丁有义务…): the party after it bears it.
_STIPULATED_KINDS = frozenset({"modal", "bear", "have"})
#: The perfective particle a verb of saying may take (规定了, 指出了).
_PERFECTIVE = "了"


def _reported_subject(
    text: str, c_start: int, trigger: _Trigger, tokens: _Tokens, finder: PartyFinder
) -> SubjectParse | None:
    """The party of a clause reported by a verb of saying whose source is no party.

    Why: papers cite rules by their source (提出甲方应具备…; 《某法》中规定乙方应当…;
    公约第五条规定缔约方必须…): the party after the verb bears the duty. The verb
    opens the clause or follows a cited text or article; an author's view (笔者认为
    完善制度的路径应…) reports no rule.
    """
    lead = _chain_text(text, c_start, trigger.start)[0]
    openings = [
        match
        for match in _SAYING_RE.finditer(text, lead, trigger.start)
        if _reports(text, lead, match, tokens)
    ]
    stipulated = _STIPULATING_RE.match(text, lead, trigger.start)
    if stipulated is None and trigger.kind in _STIPULATED_KINDS and trigger.modality in _BINDING:
        stipulated = _BARE_STIPULATING_RE.match(text, lead, trigger.start)
    if not openings and stipulated:
        openings = [stipulated]
    if not openings:
        openings = _stipulated_by_source(text, lead, trigger.start, tokens)
    for opening in reversed(openings):
        # past the aspect particle of the verb (规定了甲应…)
        after = opening.end() + int(text.startswith(_PERFECTIVE, opening.end()))
        if after >= trigger.start:
            continue
        reported = finder.subject(text, after, trigger.start, tokens.spans, at_trigger=True)
        if reported.kind is SubjectKind.PARTY:
            return reported
        return None
    return None


def _stipulated_by_source(text: str, lead: int, until: int, tokens: _Tokens) -> list[re.Match[str]]:
    """The first verb that lays a rule down (明确, 规定), a word of its own, right after a
    cited text or an article (《某条例》明确甲应当…; 第五条明确乙可以…) before ``until``:
    the text stipulates, the party after the verb bears it; else none."""
    for verb in _BARE_STIPULATING_RE.finditer(text, lead, until):
        start, end = verb.span()
        if (
            tokens.containing(start)[0] == start
            and tokens.containing(end)[0] == end
            and _RULE_SOURCE_RE.search(text, lead, start)
        ):
            return [verb]
    return []


def _reports(text: str, lead: int, saying: re.Match[str], tokens: _Tokens) -> bool:
    """Whether a verb of saying that ends a word reports a rule: it opens the clause
    (after adverbs only) or follows a cited text, or words it quotes open right after it
    (某批示指出“甲应…”: quoted words are the source's own, whoever the source is)."""
    start, end = saying.span()
    if tokens.containing(end)[0] != end:
        return False
    if _QUOTE_OPENS_RE.match(text, end):
        return True
    return tokens.containing(start)[0] == start and bool(
        _SAYING_ADVERBS_RE.fullmatch(text, lead, start)
        or _RULE_SOURCE_RE.search(text, lead, start)
        or _named_source(text, lead, start, tokens)
    )


#: Word classes of a source named before a verb of saying: nouns (报告, 合同), verbal
#: nouns (研究) and demonstratives or pronouns (本, 该).
_SOURCE_CLASSES = ("n", "vn", "r")


def _named_source(text: str, lead: int, start: int, tokens: _Tokens) -> bool:
    """Whether the words from ``lead`` to a verb of saying at ``start`` are nothing but
    nouns ending in a noun (报告指出…, 某合同列明…, 本研究启示…): a document or a study
    states the clause, whose party bears its modal, as a cited rule's does. Only the word
    classes are tested, not whether the nouns name a party."""
    words = tokens.starting_in(lead, start)
    if not words or words[0][0] != lead or words[-1][1] != start:
        return False
    classes = [word_class(text[a:b]) for a, b in words]
    while len(classes) > 1 and classes[-1] in _SOURCE_ADVERB_CLASSES:
        classes.pop()  # 调查报告最终认为…, 合同中列明…, 研究亦表明…: adverbs of the verb
    head = classes[-1].startswith(("n", "vn"))
    return head and all(c.startswith(_SOURCE_CLASSES) for c in classes)


#: Word classes that may stand between a source and its verb of saying: adverbs (亦, 还),
#: locatives and times (中, 最后) and conjunctions (同时).
_SOURCE_ADVERB_CLASSES = frozenset({"d", "f", "c"})


def _after_have(
    text: str, start: int, c_end: int
) -> tuple[int, tuple[int, int, tuple[Party, ...], str] | None]:
    """Past 有义务/有职责/负责 after a modal; 有…的义务 gives the duty its words
    (应当有保密的义务)."""
    have = re.match(r"(?:有义务|有责任|有职责|负责)(?=.)", text[start:c_end])
    if have:
        start += have.end()
    of_duty = re.match(r"有([^，。；]{2,30}?)的(?:义务|责任)$", text[start:c_end])
    if of_duty:
        return start, (start + 1, start + 1 + len(of_duty.group(1)), (), "have")
    return start, None


def _pronoun_bears(text: str, c_start: int, trigger: _Trigger, tokens: _Tokens) -> bool:
    """A pronoun after 由 bears the burden (…由您自行承担; 应由你负担): no party does."""
    if trigger.kind == "bear":
        return _pronoun_after_you(text, text.rfind(_YOU, c_start, trigger.start), tokens)
    return _pronoun_after_you(text, trigger.end, tokens)


def _pronoun_after_you(text: str, you: int, tokens: _Tokens) -> bool:
    """由 at ``you`` (-1: none) before a pronoun as a whole word (由您承担, 由你负责)."""
    if you < 0 or not text.startswith(_YOU, you):
        return False
    word = tokens.containing(you + 1)
    return word[0] == you + 1 and text[word[0] : word[1]] in _AGENT_PRONOUNS


#: Pronouns (lang pronouns): after 由 they name no party that bears the burden.
_AGENT_PRONOUNS = _LANG.word_set("pronouns")
#: A third-person pronoun right after 禁止 (禁止他们…, 禁止其…).
_FORBIDDEN_PRONOUN_RE = re.compile("(?:他们|她们|它们|其)(?=[\u4e00-\u9fff])")


def _duty_span(
    text: str,
    c_start: int,
    c_end: int,
    trigger: _Trigger,
    subject_end: int,
    tokens: _Tokens,
    finder: PartyFinder,
) -> tuple[int, int, tuple[Party, ...], str] | None:
    """(start, end, holders given by the trigger's object, rule kind) of the duty."""
    kind = trigger.kind
    if kind in ("encourage", "require", "forbid"):
        group = finder.object_group(text, trigger.end, c_end, tokens.spans)
        if group and text.startswith("的", group[-1].end):
            return None  # 鼓励商户的经营: the party owns the thing directed, it acts on nothing
        if group:
            more, start = _rest_of_directed(text, group[-1].end, c_end, tokens, finder)
            start = _after_label(text, start, c_end, tokens, finder)
            return start, c_end, (*group, *more), ("deontic" if kind == "forbid" else kind)
        if kind == "encourage" and _verb_first(text, trigger.end, c_end, tokens):
            return trigger.end, c_end, (), "encourage"  # 鼓励采用…: the context's party
        if kind != "forbid":
            return None
        # 禁止他们…: the pronoun stands for the subject, who bears the prohibition
        pronoun = _FORBIDDEN_PRONOUN_RE.match(text, trigger.end, c_end)
        return pronoun.end() if pronoun else trigger.end, c_end, (), "deontic"
    if _pronoun_bears(text, c_start, trigger, tokens):
        return None  # …的费用由您自行承担, 应由你负担: the reader addressed, no party
    if kind == "bear":
        by = _bearer_after_you(text, subject_end, trigger, c_end, tokens, finder)
        if by is not None:
            return by
        lead = max(subject_end, c_start)
        lead, _ = _chain_text(text, lead, c_end)
        if trigger.word == "负责" and lead >= trigger.start:
            return trigger.end, c_end, (), "bear"
        return lead, c_end, (), "bear"
    if kind in ("have", "definition"):
        return _past_hedge(text, trigger.end, c_end), c_end, (), kind
    start, of_duty = _after_have(text, trigger.end, c_end)
    if of_duty is not None:
        return of_duty
    return _after_modal(text, (c_start, start, c_end), trigger, tokens, finder)


def _after_modal(
    text: str,
    starts_and_end: tuple[int, int, int],
    trigger: _Trigger,
    tokens: _Tokens,
    finder: PartyFinder,
) -> tuple[int, int, tuple[Party, ...], str] | None:
    """The duty after a modal (from ``start``, past a 有…的 frame): a task borne by a party
    after 由, the act of the parties after 由 (应当由乙审批), a party needed (需要乙…), else
    the words after the modal; None for what a body is made of (可由乙、丙组成)."""
    c_start, start, c_end = starts_and_end
    borne = _borne_after_modal(text, start, c_end, trigger, tokens, finder)
    if borne is not None:
        return borne
    if text.startswith(_YOU, start) and text[: _strip_end(text, start, c_end)].endswith(
        _COMPOSITION_VERBS
    ):
        return None  # 甲团队可由乙、丙等组成: what the body is made of, no one's duty
    agents = _agents_after_you(text, start, c_end, tokens, finder)
    if agents:
        return agents[-1].end, c_end, tuple(agents), "deontic"
    needed, after = _needed_party(text, c_start, c_end, trigger, tokens, finder)
    if needed:
        return after, c_end, tuple(needed), "need"
    return start, c_end, (), "deontic"


def _agents_after_you(
    text: str, start: int, c_end: int, tokens: _Tokens, finder: PartyFinder
) -> list[Party]:
    """The parties after a 由 right after the modal (应当由乙审批), or after the ground of
    the act (应按规定由乙审批), who bear the act, not the subject; after 的 the persons
    the party owns (应由乙单位的工作人员实施)."""
    basis = _BASIS_BEFORE_YOU_RE.match(text, start, c_end)
    if basis is not None:
        start = basis.end()
    if not text.startswith(_YOU, start):
        return []
    group = finder.group_at(text, start + 1, c_end, tokens.spans)
    if group and text.startswith("的", group[-1].end):
        group = finder.group_at(text, group[-1].end + 1, c_end, tokens.spans)
    return group if group and group[-1].end < c_end else []


def _borne_after_modal(
    text: str, start: int, c_end: int, trigger: _Trigger, tokens: _Tokens, finder: PartyFinder
) -> tuple[int, int, tuple[Party, ...], str] | None:
    """A modal before 由 whose party takes on the task with a verb of bearing (某类风险，
    应由甲负责; 费用须按规定由乙自行承担; 宜由丙负责组织): the verb's frame gives the
    duty (the thing before the modal, or the act after 负责) under the modal's modality,
    as the frame without a modal does (…由甲负责); None when no such verb closes the
    bearer's name."""
    basis = _BASIS_BEFORE_YOU_RE.match(text, start, c_end)
    you = basis.end() if basis is not None else start
    if not text.startswith(_YOU, you):
        return None
    verb = _BEARING_VERB_RE.search(text, you + 1, min(c_end, you + 1 + _BEARER_NAME_MAX))
    if verb is None or text.startswith(_NOT_DEONTIC_AFTER.get(verb.group(), ()), verb.end()):
        return None
    bearing = _Trigger(verb.group(), verb.start(), verb.end(), trigger.modality, "bear")
    return _bearer_after_you(text, -1, bearing, c_end, tokens, finder)


#: The longest span between 由 and a verb of bearing read as the bearer's name.
_BEARER_NAME_MAX = 24


def _ground(excluded: str = "") -> str:
    """The ground of an act before 由 as a pattern (按规定, 依法; lang bearing_bases): a
    word of ground and up to twelve characters of the same clause short of 由 and of
    ``excluded``."""
    return f"(?:{_LANG.alternation('bearing_bases')})[^，,。；;{_YOU}{excluded}]{{0,12}}?"


#: The ground of an act before 由 (按规定由乙…, 依法由丙…).
_BASIS_BEFORE_YOU_RE = re.compile(f"{_ground()}(?={_YOU})")
#: Verbs of bearing (负责, 承担; lang triggers of kind bear).
_BEARING_VERB_RE = re.compile(_trigger_alternation(lambda _, kind: kind == "bear"))


def _past_hedge(text: str, start: int, end: int) -> int:
    """Where a duty starts after a hedge on a list's length (甲的职责包括但不限于…)."""
    hedge = _NOT_LIMITED_RE.match(text, start, end)
    return hedge.end() if hedge else start


def _rest_of_directed(
    text: str, start: int, c_end: int, tokens: _Tokens, finder: PartyFinder
) -> tuple[list[Party], int]:
    """The rest of a directed list after the parties read at its head (鼓励甲公司、乙协会和
    丙组织新建…): each further item is a party when read up to a word boundary with the
    act after it, or a generic class of persons (个人) the list goes on past; ([],
    ``start``) when an item is neither, so that a list is never read as an act."""
    more: list[Party] = []
    pos = start
    while joiner := next((w for w in _DIRECTED_JOINERS if text.startswith(w, pos)), ""):
        item = pos + len(joiner)
        found = _directed_item(text, item, c_end, tokens, finder)
        if found is None:
            return [], start
        more += found[0]
        pos = found[1]
    if pos == start:
        return [], start
    return more, pos


def _directed_item(
    text: str, item: int, c_end: int, tokens: _Tokens, finder: PartyFinder
) -> tuple[list[Party], int] | None:
    """(the parties, end) of one item of a directed list at ``item``: the longest run of
    words up to a verb, adverb, preposition or joiner that reads as parties or ends like
    an agent (…主体, …组织), or a member class of anyone (个人); None when there is none."""
    ends: list[int] = []
    for tok_start, tok_end in tokens.starting_in(item, min(c_end, item + _ITEM_MAX)):
        word = text[tok_start:tok_end]
        if tok_end >= c_end or word in _DIRECTED_JOINERS or word_class(word) == "p":
            break  # (an item ends at the next joiner, or a preposition opens the act)
        ends.append(tok_end)
    for end in reversed(ends):
        after = tokens.containing(end)
        follows = text[after[0] : after[1]]
        if follows not in _DIRECTED_JOINERS and not word_class(follows).startswith(
            ("v", "d", "p", "ad")
        ):
            continue
        if text[item:end] in ANYONE_MEMBERS:
            return [], end
        group = finder.group_at(text, item, end, tokens.spans)
        if group and group[-1].end == end:
            return list(group), end
        if has_agentive_ending(text[item:end]):
            # 创新|主体, 社会|组织: a name whose modifier the segmenter tags as a verb
            return [finder.name(text[item:end], item)], end
    return None


#: The longest item read in a directed list.
_ITEM_MAX = 10
#: 、, 和, 以及: the joiners of a list of directed parties (lang list_joiners and
#: list_joining_words; not 与, which names a partner: 鼓励甲与乙合作).
_DIRECTED_JOINERS = tuple(
    sorted(
        {*_LANG.words("list_joiners"), *_LANG.words("list_joining_words")},
        key=lambda word: (-len(word), word),
    )
)


def _after_label(text: str, start: int, c_end: int, tokens: _Tokens, finder: PartyFinder) -> int:
    """Where the act starts after a directed list of parties: past 等 and a party's name
    closing the clause (鼓励甲、乙等服务机构，申报…: the label the items go by, the act
    the next clause's), else at ``start``."""
    end = _strip_end(text, start, c_end)
    if not text.startswith("等", start) or tokens.containing(start) != (start, start + 1):
        return start
    if end - start < 3:
        return start
    # 鼓励甲、乙等对…进行监督: 等 closes the list, the act follows it
    return c_end if _whole_party(finder, text, start + 1, end, tokens.spans) else start + 1


def _needed_party(
    text: str, c_start: int, c_end: int, trigger: _Trigger, tokens: _Tokens, finder: PartyFinder
) -> tuple[list[Party], int]:
    """…，需要甲方和乙方共同维护: a subjectless need of parties to act lays the act on
    them (the parties, then a verb or an adverb); (parties, where the act starts), else
    ([], -1). Read once a clause: the subject reader asks first (is the need a thing's?),
    the duty reader then (whose act is it?), each of the clause's words."""
    if trigger.word not in NEED_WORDS:
        return [], -1
    c_end = _strip_end(text, c_start, c_end)  # the clause's words, its closing marks left off
    key = (c_start, c_end, trigger.start)
    if key not in tokens.needs:
        tokens.needs[key] = _read_needed_party(text, c_start, c_end, trigger, tokens, finder)
    return tokens.needs[key]


def _read_needed_party(
    text: str, c_start: int, c_end: int, trigger: _Trigger, tokens: _Tokens, finder: PartyFinder
) -> tuple[list[Party], int]:
    """``_needed_party``, read from the text."""
    lead = _chain_text(text, c_start, c_end)[0]
    connective = next((w for w in CONNECTIVES if text.startswith(w, lead)), "")
    if connective and tokens.containing(lead) == (lead, lead + len(connective)):
        lead += len(connective)  # 因此需要甲方…: a connective opens the clause
    if text.startswith("这", lead):
        lead += 1  # 这就需要甲方…: "this" is the situation that needs the parties
    bare = all(
        all(ch in ADVERB_PREFIXES for ch in text[start:end])
        or word_class(text[start:end]) in ("t", "d")
        for start, end in tokens.starting_in(lead, trigger.start)
    )  # 今后还需要甲方…, 依然需要乙方…: a time word and adverbs open the clause
    if not bare and not _thing_needs(text, lead, trigger, tokens, finder):
        return [], -1
    group, cursor = _needed_list(text, trigger.end, c_end, tokens, finder)
    if not group or cursor >= c_end:
        return [], -1
    after = tokens.containing(cursor)
    word = text[after[0] : after[1]]
    if not word_class(word).startswith(("v", "d", "p", "ad")) and word not in _ACT_MANNERS:
        return [], -1  # (需要甲方在…时…: a preposition opens the act's adverbial)
    return group, cursor


def _need_names_bearers(
    text: str, c_start: int, c_end: int, trigger: _Trigger, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """A modal of a thing or a situation whose parties stand after it: 由 and a party
    (该事项需要由乙方审核, 该记录可以由丙保存) or, after a need, a list of parties and
    their act (该环节需要甲方、乙方配合; …，这就需要甲方…): they bear the act, so the
    modal is no thing's."""
    if trigger.kind != "modal":
        return False
    if _agents_after_you(text, trigger.end, c_end, tokens, finder):
        return True
    return bool(_needed_party(text, c_start, c_end, trigger, tokens, finder)[0])


def _thing_needs(
    text: str, lead: int, trigger: _Trigger, tokens: _Tokens, finder: PartyFinder
) -> bool:
    """甲项目的推进(不仅)需要乙方…: a thing's course (…的 + a noun or verb, no party)
    is the subject of the need; the parties after it still bear the act."""
    end = trigger.start
    while end > lead:
        s_tok, e_tok = tokens.containing(end - 1)
        word = text[s_tok:e_tok]
        if not (all(ch in ADVERB_PREFIXES for ch in word) or word_class(word) in ("d", "c")):
            break
        end = s_tok
    if end - lead < 4 or any(ch in "，,；;" for ch in text[lead:end]):
        return False
    last = tokens.containing(end - 1)
    if not word_class(text[last[0] : last[1]]).startswith(("v", "n")):
        return False
    kind = finder.subject(text, lead, end, tokens.spans).kind
    if text.startswith("的", last[0] - 1):
        return kind is not SubjectKind.PARTY
    # 该机制的建立需要…, and with no 的: 规则的落实, 招标合同, 实施某疗法 (a thing or an
    # activity, never a party or a pronoun: 我们需要甲方… names who needs it)
    return kind is SubjectKind.OTHER


#: What may close a list of parties before their verb: 等, then a label (等多方, 等各方).
_LIST_CLOSE_RE = re.compile(f"等(?:多方|{_LANG.alternation('subject_labels')})?")
_LIST_COORDINATORS_SET = frozenset(COORDINATORS)


def _needed_list(
    text: str, pos: int, end: int, tokens: _Tokens, finder: PartyFinder
) -> tuple[list[Party], int]:
    """(parties, end) of the list of parties at ``pos`` that a need lays an act on.

    Why: a list of parties names society's broad actors beside bodies (需要国家、银行
    和商户共同承担; 需要学校、社会等多方参与); in such a list a broad actor is a
    conjunct party too, when another conjunct is a named party.
    """
    parties: list[Party] = []
    named = False
    cursor = pos
    while cursor < end:
        group = finder.group_at(text, cursor, end, tokens.spans)
        token = tokens.containing(cursor)
        if group and group[0].start == cursor:
            parties.extend(group)
            named, cursor = True, group[-1].end
        elif token[0] == cursor and text[token[0] : token[1]] in BROAD_ACTORS:
            parties.append(finder.name(text[token[0] : token[1]], cursor))
            cursor = token[1]
        else:
            break
        coordinator = next((c for c in COORDINATORS if text.startswith(c, cursor)), "")
        if not coordinator or tokens.containing(cursor)[1] > cursor + len(coordinator):
            break  # (需要甲和乙及时…: 及时 opens the act, its 及 joins nothing)
        cursor += len(coordinator)
    if parties and parties[-1].end != cursor:
        return [], pos  # the list ended on a coordinator: not a list of parties
    close = _LIST_CLOSE_RE.match(text, cursor, end)
    if close is not None:
        cursor = close.end()
    if not named:
        return [], pos
    return parties, cursor


def _bearer_after_you(
    text: str, subject_end: int, trigger: _Trigger, c_end: int, tokens: _Tokens, finder: PartyFinder
) -> tuple[int, int, tuple[Party, ...], str] | None:
    """ "…的损失，由X承担": X bears what precedes 由; "…的，由X承担一切费用" and
    "…由X负责核查": X bears the object or predicate after the trigger."""
    you = text.rfind(_YOU, 0, trigger.start)
    if you == -1 or in_dictionary(text[you : you + 2]):
        return None  # (由此导致甲承担…, 由于: no agent preposition)
    # 由甲牵头负责: a word of how the bearer takes it on stands before the trigger
    manner = _BEARING_MANNER_RE.search(text, you + 1, trigger.start)
    name_end = manner.start() if manner else trigger.start
    aside = _TRAILING_ASIDE_RE.search(text, you + 1, name_end)
    if aside is not None:
        name_end = aside.start()  # 由甲研究院（ABC）负责: the short name in brackets
    person = next((p for p in _PERSONS_LONGEST_FIRST if text.endswith(p, you + 1, name_end)), "")
    if person and name_end - len(person) - you - 1 >= 2:
        name_end -= len(person)  # 由甲单位专人负责, 由乙本人承担: 甲单位, 乙 bear it
    group = finder.group_at(text, you + 1, name_end, tokens.spans)
    if not group or group[-1].end != name_end:
        # 由承租单位承担: whatever stands between 由 and 承担 is the bearer's name
        parse = finder.subject(text, you + 1, name_end, tokens.spans, at_trigger=True)
        if parse.kind is SubjectKind.PARTY and parse.end == name_end:
            group = list(parse.parties)
        else:
            named = _named_after_you(text, you, name_end, tokens, finder)
            if named is None:
                return None
            group = [named]
    if any(party.text.startswith(_INTERROGATIVES) for party in group):
        return None  # 由哪个部门负责: a question, no bearer
    # 由甲负责（主要由乙承担）: a bracketed aside after the trigger is no object of it
    c_end = trigger.end if _ASIDE_ONLY_RE.fullmatch(text, trigger.end, c_end) else c_end
    if (
        manner is not None
        and manner.group() in _LEADING_ROLES
        and trigger.word == "负责"
        and c_end - trigger.end < 2
    ):
        return name_end, c_end, tuple(group), "bear"  # 由甲牵头负责。: the lead is the duty
    if c_end - trigger.end >= 2 and (
        trigger.word == "负责" or _LIABILITY_RE.search(text, trigger.end, c_end)
    ):
        # 由X负责组织…: X bears the predicate after 负责
        return trigger.end, c_end, tuple(group), "bear"
    start, end = _burden_before_you(text, you)
    if end - start < 2 or text[start:end] in _QUANTIFIERS:
        return None  # …，有的由甲承担，有的由乙负责: how things vary, no burden named
    return start, end, tuple(group), "bear"


def _burden_before_you(text: str, you: int) -> tuple[int, int]:
    """The thing borne before the 由 at ``you``: the clause's words before it, without a
    modal, a ground or manner words closing them (税费应按规定|由甲承担), else the clause
    before (…的风险，应由甲负责); a class opener or step marker opening it dropped."""
    clause_start = max(text.rfind(d, 0, you) for d in _DELIMS) + 1
    lead = _chain_text(text, clause_start, you) if clause_start < you else (you, you)
    tail = _BURDEN_TAIL_RE.search(text, lead[0], lead[1])
    if tail is not None and _cuts_ground(tail, lead[0]):
        lead = (lead[0], max(lead[0], tail.start()))
    if lead[0] < lead[1] and not _BEARING_MANNER_RE.fullmatch(text, *lead):
        start, end = lead
    else:  # the burden is the previous clause: "因操作失误造成的损失，(统一)由X承担"
        prev_end = clause_start - 1
        prev_start = max(text.rfind(d, 0, prev_end) for d in _DELIMS) + 1
        start, end = _chain_text(text, prev_start, prev_end)
    opener = _BURDEN_OPENER_RE.match(text, start, end)
    if opener is not None and opener.end() < end:
        start = opener.end()  # 一类是甲类风险，由乙负责; 二是…的管理由丙负责: the class
    return start, end


def _named_after_you(
    text: str, you: int, name_end: int, tokens: _Tokens, finder: PartyFinder
) -> Party | None:
    """The one word between a standalone 由 and its 负责/承担 as the bearer's name, when
    it ends in an agent's ending or is a Latin acronym (由甲研究司负责…, 由ABC负责…).

    Why: the frame 由 X 负责 puts an agent in X, so a body the chunker does not know
    (a foreign ministry, a division named by its field) still bears the duty; the
    frame's subject before 由 (规范由…) is what is handled, never the bearer."""
    word = tokens.containing(you)
    if word != (you, you + 1) and not (
        word == (you - 1, you + 1) and text[you - 1] in ONE_CHARACTER_MODALS  # 应由: a glued modal
    ):
        return None  # 由 inside a word (自由职业者, 理由): no agent preposition
    name = text[you + 1 : name_end]
    words = [text[s:e] for s, e in tokens.spans if you < s and e <= name_end]
    if (
        not _BARE_NAME_RE.fullmatch(name)
        or name in PERSONAL_PRONOUNS  # 由专人负责: the subject's means, no party
        or (words and words[0] in _AGENT_PRONOUNS)  # 由其负责人负责
        or any(w in _NAME_LIST_WORDS for w in words)  # 由甲等机构承担: a list, no name
    ):
        return None
    if not (has_agentive_ending(name) or LATIN_NAME_RE.fullmatch(name)):
        return None
    return finder.name(name, you + 1)


#: Persons that name no party (专人, 对方), the longest first.
_PERSONS_LONGEST_FIRST = sorted(PERSONAL_PRONOUNS, key=lambda word: (-len(word), word))
#: Words of a list of parties (甲、乙和丙等): a name holding one is no single body's.
_NAME_LIST_WORDS = _LANG.chars("list_joiners") | {"等"}
#: A name of Han characters or Latin letters alone, short enough to be one body's.
_BARE_NAME_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,16}")

#: A short bracketed aside closing a bearer's name (甲研究院（ABC）).
_TRAILING_ASIDE_RE = re.compile(r"(?<=[^\s（(])[（(][^（()），,。；;]{1,12}[)）]\s*$")
#: Nothing but a bracketed aside (（主要由乙承担）) and spaces.
_ASIDE_ONLY_RE = re.compile(r"\s*[（(][^（()）]*[）)]\s*")
_BEARING_RE = re.compile(r"^承担[起着了]?(.{2,20}?)的责任$")
#: A manner word before 由 (…，具体由乙实施; …，统一由丙办理).
_BEARING_MANNERS = _LANG.alternation("bearing_manners")
_BEARING_MANNER_OPENER_RE = re.compile(f"(?:{_BEARING_MANNERS})(?={_YOU})")
#: How a party after 由 takes on what it bears (由甲牵头负责, 由乙具体承担): no part of its name;
#: nothing but such a word before 由 (…的工作，原则上由甲负责) is no burden of its own.
_BEARING_MANNER_RE = re.compile(f"(?:{_BEARING_MANNERS})$")


def _cuts_ground(tail: re.Match[str], lead_start: int) -> bool:
    """Whether the tail before 由 may be cut: a ground with no modal before it that would
    leave under 2 characters is the thing borne itself starting with a ground word
    (按揭贷款由乙承担, 按件计酬的报酬由乙承担), not a ground (甲款按规定由乙承担)."""
    if tail.group("ground") is None or tail.group("modal") or tail.group("late_modal"):
        return True
    return tail.start() - lead_start >= 2


#: A class opener opening a sentence, after spaces (有些是…).
_CLASS_OPENER_RE = re.compile(rf"\s*(?:{_LANG.alternation('class_openers')})")
#: A step marker or a class opener before the thing borne (五是…, 另一类是…).
_BURDEN_OPENER_RE = re.compile(
    f"(?:{_LANG.alternation('class_openers')}|{_LANG.alternation('enumerating_markers')})[，,：:]?"
)
#: 牵头: a manner word that is the bearer's role itself (由甲牵头负责。).
_LEADING_ROLES = _LANG.word_set("leading_roles")
#: What closes the thing borne before 由 and is no part of it: a modal, the ground and
#: manner words (相关税费应按规定统一|由甲承担).
_BURDEN_MODAL = _trigger_alternation(
    lambda modality, kind: kind == "modal" and modality is not Modality.MUST_NOT
)
#: The modal may also close the tail, after the ground or the manner words (…的责任，依法
#: 应|由甲承担; 相关费用原则上应|由乙承担): the ground is then no thing borne.
_BURDEN_TAIL_RE = re.compile(
    f"(?P<modal>{_BURDEN_MODAL})?(?P<ground>{_ground('的')})?"
    f"(?:{_BEARING_MANNERS})*(?P<late_modal>{_BURDEN_MODAL})?$"
)


#: 除…外 around a duty (甲除应当退款外，还应当…): the duty is what 除 encloses.
_BESIDES_END_RE = re.compile(r"(?:以外|之外|外)$")


def _lead_only(
    holders: tuple[Party, ...], trigger: _Trigger, rule_kind: str, at: int, zero: str
) -> DutyCandidate:
    """A lead-in with no words of its own (甲负责：): it opens the list, its items give
    the rows (an empty duty is never a row)."""
    return DutyCandidate(
        holders,
        "",
        trigger.modality,
        f"{rule_kind}.{trigger.modality.value}",
        _CONFIDENCE.get(rule_kind, 0.8) if holders else 0.6,
        at,
        at,
        zero=zero if zero == THING_ZERO or not holders else "",
        opens_list=True,
    )


def _duty_text(text: str, c_start: int, t_start: int, d_start: int, d_end: int) -> str:
    """The duty's words: the object of 承担, and without the 外 closing 除…外 or the
    closing quote of a quoted rule that opened before them (指出“甲应…”)."""
    duty = _object_of_bearing(text[d_start:d_end])
    if duty.endswith(("”", "」")) and not any(mark in duty for mark in "“「"):
        duty = duty[:-1]
    if any(opener in text[c_start:t_start] for opener in _EXCEPTION_OPENERS):
        duty = _BESIDES_END_RE.sub("", duty)
    return duty


def _object_of_bearing(duty: str) -> str:
    """承担起X的责任 → X (GUIDELINES: for 承担 + object the span is the object)."""
    match = _BEARING_RE.match(duty)
    return match.group(1) if match else duty


# --- headings and definitions ------------------------------------------------------


def heading_duties(
    text: str, tokens: Sequence[Token], finder: PartyFinder, *, numbered_only: bool
) -> list[DutyCandidate]:
    """ "2、物业的管理责任" → 物业 / 管理责任 (must); also run into a sentence's start."""
    number = _HEADING_NUMBER_RE.match(text)
    if numbered_only and not number:
        return []
    pos = number.end() if number else 0
    group = finder.group_at(text, pos, len(text), tokens)
    if group and _HEADING_COLON_RE.match(text, group[-1].end):
        return _colon_heading_duties(text, group, group[-1].end + 1)
    if not group or not text.startswith("的", group[-1].end):
        return []
    match = _HEADING_DUTY_RE.match(text, group[-1].end)
    if not match:
        return []
    duties: list[DutyCandidate] = []
    for item in re.finditer(r"[^与和及、]+?" + _DUTY_NOUN, match.group(1)):
        start = match.start(1) + item.start()
        duties.append(
            DutyCandidate(
                tuple(group),
                item.group(),
                Modality.MUST,
                "heading.duty",
                0.75,
                start,
                start + len(item.group()),
            )
        )
    return duties


#: A heading that names a party, a colon and what the party does (二、乙方：管理与服务).
_HEADING_COLON_RE = re.compile(r"[：:][^，。；,;：:]{2,20}$")


def _colon_heading_duties(text: str, group: Sequence[Party], start: int) -> list[DutyCandidate]:
    """ "甲方：管理和服务" → 甲方 / 管理和服务 (must): the heading states the party's part."""
    end = _strip_end(text, start, len(text))
    modal = any(TRIGGERS[m.group()][1] == "modal" for m in TRIGGER_RE.finditer(text, start, end))
    if end - start < 2 or modal:
        return []  # a heading with its own modal is read as a sentence
    return [
        DutyCandidate(tuple(group), text[start:end], Modality.MUST, "heading.duty", 0.7, start, end)
    ]


def definition_duties(
    text: str, tokens: Sequence[Token], finder: PartyFinder, categories: Sequence[str]
) -> list[DutyCandidate]:
    """ "X的<category>包括A、B、C(等)" (物业的日常服务包括…) → one duty per item."""
    if "包括" not in text:
        return []  # the cheap test first: the pattern below needs the word
    parse = finder.subject(text, 0, len(text), tokens)
    includes = _INCLUDES_RE.match(text, parse.end) if parse.kind is SubjectKind.PARTY else None
    if includes is None or includes.group(1) not in categories:
        return []
    body_start = includes.end()
    body = text[body_start : _strip_end(text, body_start, len(text))].removesuffix("等")
    duties: list[DutyCandidate] = []
    offset = body_start
    for item in body.split("、"):
        if len(item) >= 2:
            duties.append(
                DutyCandidate(
                    parse.parties,
                    item,
                    Modality.MUST,
                    "definition.includes",
                    0.7,
                    offset,
                    offset + len(item),
                )
            )
        offset += len(item) + 1
    return duties


#: 对/给 + the party, a verb laying a duty, and the duty named by a duty noun.
_IMPOSED_RE = re.compile(
    rf"(?:对|给)(?P<party>[^，。；：、]{{2,40}}?(?:、[^，。；：、]{{2,20}}?)*)"
    rf"(?:{_LANG.alternation('imposing_verbs')})了?(?P<duty>[^，。；]{{1,30}}?(?:义务|责任|职责))"
)


def imposed_duties(text: str, tokens: Sequence[Token], finder: PartyFinder) -> list[DutyCandidate]:
    """对甲、乙施加一定的告知义务 → 甲 / 乙 must 一定的告知义务: a text that lays a duty on a
    party states that party's duty, with no modal (法律给经营者施加了告知义务)."""
    duties: list[DutyCandidate] = []
    for match in _IMPOSED_RE.finditer(text):
        start, end = match.span("party")
        parse = finder.subject(text, start, end, tokens, at_trigger=True)
        if parse.kind is not SubjectKind.PARTY or parse.end != end:
            continue
        d_start, d_end = match.span("duty")
        duties.append(
            DutyCandidate(
                parse.parties,
                text[d_start:d_end],
                Modality.MUST,
                "impose.must",
                0.7,
                d_start,
                d_end,
            )
        )
    return duties
