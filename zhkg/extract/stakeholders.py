"""Stakeholder recognition and canonicalisation over one sentence's tokens.

Parties are found two ways: known surface forms from the lexicon (longest match),
and unknown noun phrases that end in a party head noun (…经营者, …部门, …平台).
A *subject group* is the coordinated run of parties that opens a clause
(司机、乘客和平台 → 3; 水利、林业部门 → 水利部门 + 林业部门), or
that follows a relative clause ending in 的 (…不需要办理登记的电子商务经营者).
Everything here works on plain strings and token boundaries, so it is testable
without spaCy; the spaCy component in ``extractor`` only feeds it tokens.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache
from operator import itemgetter

from zhkg.extract.hanzi import HAN_WORD_RE
from zhkg.extract.lang import lang_data
from zhkg.extract.lexicon import Lexicon
from zhkg.extract.numbering import ITEM_NUMBER
from zhkg.extract.relation_cues import cue_table
from zhkg.extract.structure import chinese_numeral
from zhkg.extract.wordclass import (
    ACTOR_DETERMINERS,
    ADVERB_PREFIXES,
    AFTER_SUBJECT,
    AGENT_ENDINGS,
    BODY_ENDINGS,
    COLLECTIVES,
    COMITATIVES,
    COORDINATORS,
    COPULAS,
    DIRECTIVE_OPENERS,
    FRAME_PREPOSITION,
    LISTED_HEADS,
    NAME_MODIFIERS,
    NON_AGENT_NOUNS,
    OBJECT_PARTY_HEADS,
    OBJECT_PREPOSITIONS,
    PREDICATE_OPENERS,
    QUALIFYING_RELATIVE_RE,
    STAFF_HEADS,
    SUFFIX_CHARACTERS,
    TIME_FRAME_WORDS,
    VERB_CLASSES,
    has_agentive_ending,
    in_dictionary,
    is_actor_noun,
    is_agent_suffix,
    is_agentive_noun,
    is_text_connective,
    word_class,
)

__all__ = [
    "BROAD_ACTORS",
    "COUNT_CLASSIFIER",
    "COUNT_NUMBER",
    "COUNT_PREFIX",
    "LISTED_DIVISION_RE",
    "NUMERAL_CHARACTERS",
    "Party",
    "PartyFinder",
    "SubjectKind",
    "SubjectParse",
    "Token",
    "is_personal_name",
    "subject_start",
]

_LANG = lang_data()

#: A token of the sentence: (start, end) character offsets.
Token = tuple[int, int]

#: Words that open a clause without being part of its subject.
CONNECTIVES = _LANG.words("connectives")
_CONNECTIVE_RE = re.compile(
    # a bracketed label of a structured abstract or a point ([结论], 【建议】) comes first,
    # or an opening quote, with the item number after it if any (「 67. 甲应…)
    r"(?:[\[【〔][^\]】〕]{1,8}[\]】〕]\s*)?"
    + "(?:[{}]\\s*)?".format("".join(_LANG.words("opening_quotes")))
    # a run-in item after a colon keeps the space before its number (要求： ① 甲…)
    + rf"(?:\s*{ITEM_NUMBER}\s*|[（(]?[一二三四五六七八九十\d]+[)）、．.]\s*)?(?:(?:"
    + "|".join(CONNECTIVES)
    + r")[，,]?)*"
)

#: Tokens that cannot be inside a party's noun phrase: function words, modals,
#: prepositions and the verbs that typically follow a subject.
BREAK_WORDS = _LANG.word_set("break_words") | _LANG.word_set("judging_verbs")

#: Pronouns (他们, 其) and persons (他人, 对方) that name no party; the personal ones as a
#: tuple of endings (``str.endswith``; wordclass.PERSONAL_PRONOUNS is the set).
_PRONOUNS = _LANG.words("pronouns")
_PERSONAL_PRONOUNS = _LANG.words("personal_pronouns")
#: The pronouns and collectives as sets, and the characters that open them (most
#: positions open neither, so their words need no test there).
_PRONOUN_SET = frozenset(_PRONOUNS)
#: The writer's polity or body before a party's name (我国甲平台): the party is the subject.
_SELF_PREFIXES = _LANG.word_set("self_prefixes")
_COLLECTIVE_SET = frozenset(COLLECTIVES)
#: Plural pronouns of persons (他们, 我们): no word of a party's name (其 and 我国 may open
#: one; a lone 他 may be the segmenter's cut of 其他).
_PERSONAL_PRONOUN_WORDS = frozenset(word for word in _PRONOUNS if word.endswith("们"))
_UNNAMED_INITIALS = frozenset(word[0] for word in (*_PRONOUNS, *COLLECTIVES) if word)
#: Word classes of the nouns before 的 that classify a party (作物的|种植者, 非营利的|组织).
_NOUN_MODIFIER_CLASSES = frozenset({"n", "nz", "ns", "b"})
_MAX_NOUN_MODIFIER = 4
#: A bare head (单位, 部门, 人员) names no one without its possessor, so a longer run of
#: nouns before 的 stays in the name (甲乙设施的管理单位).
_MAX_BARE_HEAD_MODIFIER = 10
#: Verbs demanding an act of another party (要求, 委托); some read as nouns to jieba.
_DEMAND_VERBS = _LANG.word_set("demand_verbs")
#: Conjuncts that are administrative divisions stay in one name (省、市、县人民政府).
_DIVISIONS = _LANG.word_set("divisions")
#: The determiner of each member of a set (各地, 各部门).
_EACH = "各"
#: 各 before a one-character division that opens a list of levels (各市、县…, not 各区、
#: 各部门): the segmenter glues the two, and the list is read without 各.
_ONE_CHARACTER_DIVISIONS = "[" + "".join(sorted(d for d in _DIVISIONS if len(d) == 1)) + "]"
LISTED_DIVISION_RE = re.compile(
    f"{_EACH}{_ONE_CHARACTER_DIVISIONS}(?=[、和及]{_ONE_CHARACTER_DIVISIONS})"
)
#: Sets of places that act as institutions (各地, 各省, 各地区): each a party of its own.
_PLACE_SETS = frozenset(_EACH + place for place in (*_DIVISIONS, "地", "地区", "地方"))
#: How a government's name ends (县人民政府, 国务院): fields after it name its departments.
_GOVERNMENT_HEADS = tuple(_LANG.words("government_heads"))
#: Any of them, searched within a window (one regex call, no slice of the window).
_GOVERNMENT_HEAD_RE = _LANG.regex("government_heads")
_PAIRED_ORGANS = _LANG.word_set("paired_organs")
#: Society's broad actors (国家, 社会): parties only as conjuncts of a list of parties.
BROAD_ACTORS = _LANG.word_set("broad_actors")
#: What makes a broad actor the owner of a noun after it (国家的…, 社会之…): no conjunct.
_POSSESSIVES = _LANG.word_set("possessive_markers")
#: What picks out some members of a group (学生中的党员: the party members among students).
_PARTITIVE_DE = "中的"
_PAIRED_ORGANS_LONGEST = sorted(_PAIRED_ORGANS, key=len, reverse=True)
#: Coordinators across which a pair shares its scope (not 及其: 甲及其乙 owns 乙).
_SCOPE_JOINTS = frozenset(COORDINATORS) - {"及其"}
#: The suffix that makes a division a level of government (县 → 县级).
_LEVEL = "级"
_MAX_NP = 22
_MAX_RELATIVE = 16
#: The longest relative clause before a party a directive addresses (鼓励具有甲、乙和丙的企业…):
#: the directive's verb bounds it on the left.
_MAX_ADDRESSED_RELATIVE = 24
#: A later conjunct's own relative clause and its head (…和救治伤员的|医院): short ones.
_MAX_RELATIVE_CONJUNCT = 12
_RELATIVE_BREAK_RE = re.compile(r"[，,；;：:、。（(]|其")
#: A delegate's relative clause (其委托的, 经其授权的): the one 其 a conjunct may hold.
_DELEGATE_RE = re.compile(f"经?其(?:{_LANG.alternation('delegating_verbs')})(?=的)")
#: The shortest domain a list's first name shares with the bare role words after it.
_MIN_SHARED_DOMAIN = 3
#: A body named by its charge (负责甲、乙工作的部门): its charge may list fields, no clauses.
_MAX_CHARGED_NAME = 24
#: The head such a name closes with is a bare one (部门, 主管部门), never a body's own name.
_MAX_CHARGED_HEAD = 4
#: The marks that close a clause inside a sentence (，；：。, full and half width).
CLAUSE_MARKS = "，,；;：:。"
#: Where a clause ends inside a sentence (a charge, or a task before 的, stops there).
CLAUSE_BREAK_RE = re.compile(f"[{CLAUSE_MARKS}]")


def clause_opening(text: str, at: int, marks: str = CLAUSE_MARKS) -> int:
    """Where the clause holding position ``at`` opens: right after the last of ``marks``
    before it, else 0 (甲局应当…，乙方可以…: 乙方's clause opens after the comma)."""
    return max(text.rfind(mark, 0, at) for mark in marks) + 1


#: Relative levels (上级) that a list of fields sharing one head shares (上级甲、乙部门).
_SHARED_LEVELS = tuple(_LANG.words("shared_levels"))
#: Words of a body's scope before its charge (所在地市级|负责…的部门).
_SEAT_WORDS = _LANG.word_set("seat_words")
#: What may stand before the first division of an elliptical list and stay on its first
#: name (所在地省、自治区、直辖市甲部门; 各省、自治区、直辖市乙部门), longest first (所在地
#: before 所在).
_LIST_LEADS = sorted(_SEAT_WORDS | _LANG.word_set("actor_determiners"), key=lambda w: (-len(w), w))
_CHARGE_SCOPE_WORDS = _SEAT_WORDS | _LANG.word_set("range_endings")
_AGENT_SUFFIXES = frozenset({"者", "人", "方"}) | _LANG.word_set("role_suffixes")
_DETERMINER_RE = re.compile(
    "^(?!{})(?:{})(?=.{{2}})".format(
        _LANG.alternation("listed_determiners"), _LANG.alternation("name_determiners")
    )
)
#: The Chinese numerals (lang numeral_characters: 一…十, 百, 千, 万, 两), one string.
NUMERAL_CHARACTERS = "".join(_LANG.words("numeral_characters"))
#: The numeral of tens of thousands, which a name's count leaves out: a name keeps such a
#: count in its label for now (十万名甲), while a relation's end drops it too
#: (``relations._COUNT_RE`` adds it back).
_MYRIAD = "万"
#: The numbers of a count (三, 百, 多 as in 多家, 30) and its classifier (家, 名, 所): the
#: parts of a count that names and relation ends both drop (三家甲公司, 两名代表).
COUNT_NUMBER = "[0-9{}几数多]".format(NUMERAL_CHARACTERS.replace(_MYRIAD, ""))
COUNT_CLASSIFIER = "(?:{})".format(_LANG.alternation("count_classifiers"))
#: Classifiers that count persons or bodies only (位, 名, 家, 所), not things too (个, 批).
_PARTY_CLASSIFIERS = _LANG.word_set("party_classifiers")
#: The shortest body's name a party before it may modify (甲学员|乙服务机构).
_MIN_SERVING_BODY = 4
#: A count or a word of quantity opening a name (一名代表, 每一届总统, 三家甲公司, 很多商会):
#: dropped from the label, as names carry no quantifiers; two characters of name must follow.
COUNT_PREFIX = r"(?:每?{}+{}|(?:{})(?![权者人]))".format(
    COUNT_NUMBER, COUNT_CLASSIFIER, _LANG.alternation("quantity_words")
)
_LEADING_COUNT_RE = re.compile(rf"^{COUNT_PREFIX}(?=.{{2}})")
#: A demonstrative summing up a list right after its last conjunct (lang list_summaries;
#: 这 with a count: 甲、乙这两类单位): the list's own label, no part of a name.
_LIST_SUMMARY_RE = re.compile(
    rf"(?:这{COUNT_NUMBER}+[\u4e00-\u9fff]|(?:{_LANG.alternation('list_summaries')})"
    rf"{COUNT_NUMBER}*[\u4e00-\u9fff]?)[\u4e00-\u9fff]{{1,6}}$"
)
#: Characters that, opening a token, make it a function word (未为…, 对于…), not a name.
_FUNCTION_INITIALS = frozenset("未不没无为对向与和及在由被将把从")
#: Question words (lang interrogatives, manner_interrogatives): a noun phrase holding one
#: asks which party acts (甲的哪些部门应…) or how to act (如何办好乙中心), naming none.
_QUESTION_WORDS = (*_LANG.words("interrogatives"), *_LANG.words("manner_interrogatives"))
_QUESTION_ALTERNATION = "|".join(_QUESTION_WORDS)
#: A question word right after a party, 的 between at most (甲的哪些部门): the noun phrase
#: asks which of the party's parts acts.
_QUESTION_AFTER_PARTY_RE = re.compile(f"的?(?:{_QUESTION_ALTERNATION})")
#: A question word inside a name where a word starts: the name's opening or after 的
#: (哪些部门, 甲的哪类机构), not the tail of another word (众多大型平台 holds 多大).
_QUESTION_IN_NAME_RE = re.compile(f"(?:^|的)(?:{_QUESTION_ALTERNATION})")
#: Word classes (jieba's dictionary tags) that cannot open a party's noun phrase.
_NOT_NP_START = frozenset({"v", "d", "p", "c", "u", "ad", "vd", "y", "e"})
#: Verbs whose object is a party (允许, 委任): never inside a name, even after a noun.
_PERMITTING_VERBS = _LANG.word_set("permitting_verbs")
#: Verbs directing, fostering or demanding an act of the party after them (督促, 鼓励, 要求).
_DIRECTING_VERBS = (
    DIRECTIVE_OPENERS
    | _LANG.word_set("fostering_verbs")
    | _LANG.word_set("joined_directives")
    | _LANG.word_set("demand_verbs")
)
#: Word classes that cannot sit inside a party's name: verbs, localisers (中), prepositions.
_NOT_NOUN_INSIDE = frozenset({"v", "f", "p", "d", "c", "u", "uj", "r"})
#: Verbs of going that take the body a party goes to (到甲馆投诉, 前往乙局办理).
_DESTINATIONS = _LANG.word_set("destination_prepositions")
#: Of the name modifiers (相关企业), the ones that open a scope before 的 (相关领域的企业).
_SCOPE_MODIFIERS = _LANG.word_set("scope_modifiers")

#: Labels that class a list's items as parties of no particular kind (甲、乙等相关方).
_SUBJECT_LABELS = _LANG.word_set("subject_labels")
#: Heads naming a sector (行业): with a modifier an everyday subject (甲行业应当…), alone none.
_SECTOR_HEADS = _LANG.word_set("sector_heads")

#: Heads that a verb may modify to name a party (值班人员, 养殖加工企业, 检测机构).
_VERB_MODIFIED_HEADS = _LANG.word_set("verb_modified_heads")
#: The same heads as endings of a longer noun (工作 + 部门; ``str.endswith`` takes a tuple).
_VERB_MODIFIED_ENDINGS = tuple(_VERB_MODIFIED_HEADS)
#: Of these, the ones one verb alone may modify: V+企业 is as often a predicate and its
#: object (约谈企业), V+人员 rarely (操控人员, 执勤人员).
_PERSONNEL_HEADS = _LANG.word_set("personnel_heads")
#: 部门, 科室: units of a body that verbs of their task name after it (lang unit_heads).
_UNIT_HEADS = _LANG.word_set("unit_heads")
#: Endings of an institute's name (院, 所): see ``_institution_head``.
_INSTITUTE_ENDINGS = tuple(_LANG.words("field_joined_endings"))
#: Verbs reporting the clause after them (建议, 表明, 明确): no part of a name.
_NAME_REPORTING_VERBS = _LANG.word_set("name_reporting_verbs")
_LONG_REPORTING_VERBS = tuple(v for v in _NAME_REPORTING_VERBS if len(v) > 1)
#: Verbs whose object is staff (配备人员): no part of a name before a personnel head.
_STAFFING_VERBS = _LANG.word_set("staffing_verbs")
#: Heads that are also verbs of governing (领导): right after a party's head they are
#: its predicate (甲政府领导、乙部门协作), not a head of its name.
_VERBAL_HEADS = _LANG.word_set("verbal_heads")
#: Verbs naming a person's standing (签约, 参保) and the heads they name a party with
#: (签约居民, 参保职工).
_STANDING_VERBS = _LANG.word_set("standing_verbs")
_STANDING_HEADS = _LANG.word_set("standing_heads")


def _standing(text: str, tokens: Sequence[Token], index: int, end: int) -> bool:
    """Whether the token at ``index`` is a verb of standing and the next a head it names
    a party with (签约|居民)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        text[slice(*tokens[index])] in _STANDING_VERBS
        and following is not None
        and following[1] <= end
        and text[slice(*following)] in _STANDING_HEADS
    )


#: Heads that name persons by no role at all (人员, 人): a relative clause before one
#: is what names the party (进入园区的人员).
_BARE_PERSON_HEADS = _PERSONNEL_HEADS | {"人"}
#: Doer heads a relative clause names (代办甲手续的经营人): the clause stays in the name.
_CLAUSE_NAMED_HEADS = _LANG.word_set("clause_named_heads")
#: bodies a relative clause names by their task, as ends of any relation (负责甲的部门)
_TASK_NAMED_BODIES = _LANG.word_set("task_named_bodies")
#: words a relative clause naming a head never runs back over (由|承办展会的单位)
_CLAUSE_STOPS = (
    _LANG.word_set("prepositions") | frozenset(COORDINATORS) | _LANG.word_set("agent_prepositions")
)
_MAX_RELATIVE_NAME = 16
#: Copulas (是, 成为): one right after a party opens its predicate, no relative clause.
_COPULA_WORDS = tuple(_LANG.words("copulas"))
_TRIGGER_WORDS = frozenset(entry.word for entry in _LANG.triggers)
#: Verbs whose object names a trade: 从事甲、乙业务的单位 is one bearer per trade.
_TRADE_VERBS = tuple(_LANG.words("trade_verbs"))
_TRADE_VERB_SET = frozenset(_TRADE_VERBS)
#: The longest relative clause of trades read as bearers (verb, trades and 的).
_MAX_TRADE_CLAUSE = 40
#: What ends a list of trades or makes it no plain list (等 sums it up as one kind).
_TRADE_BREAK_RE = re.compile(r"[，,；;：:。（(]|其|等")
#: Word classes of a plain noun or a set phrase (no verbal noun): after a verb, its object.
_PLAIN_NOUN_CLASSES = frozenset({"n", "nz", "nt", "ns", "nr", "l", "j", "eng"})
#: Endings of a doer noun formed on a verb (承租者): alone it names no one in particular.
_DOER_ENDINGS = ("者",)
#: Endings and stem word classes of a noun naming whoever does an act to a thing
#: (购买 + 者, 管理 + 人, 所有 + 人).
_ACT_DOER_ENDINGS = ("者", "人")
_DOER_STEM_CLASSES = frozenset({"v", "vn", "b"})
#: A two-character act the segmenter splits from its agent ending (注册|人; 备案|人, which
#: it reads as a noun).
_ACT_STEM_CLASSES = _DOER_STEM_CLASSES | {"n"}
_ACT_STEM_LENGTH = 2
#: Word classes opening a predicate: a 的-phrase opened by one is a relative clause.
_PREDICATE_CLASSES = frozenset({"v", "vd", "p", "d", "c", "r"})
#: Break words that are content verbs, able to modify a head (农药销售企业, 养殖加工企业).
_MODIFYING_BREAK_VERBS = _LANG.word_set("modifying_break_verbs")
#: Words after which a noun phrase, not a predicate, follows: prepositions and a list's comma.
_ARGUMENT_MARKS = _LANG.word_set("prepositions") | {"、"}
#: Verbs whose object is a party right after them (委托, 配合): no predicate opens there.
_PARTY_OBJECT_VERBS = _LANG.word_set("party_object_verbs")
#: Words after which a party's name, not a predicate, opens (与|乙公司, 委托|乙机构, the
#: agent's 由|审批机关).
_PARTY_OPENING_MARKS = _ARGUMENT_MARKS | _PARTY_OBJECT_VERBS | _LANG.word_set("agent_prepositions")
#: Agency heads that close a name whose first part is joined by 和 (农业和农村局).
_AGENCY_HEADS = _LANG.words("agency_heads")
#: A list closed by 等 + a subject label right before the trigger (…等有关主体也要).
_LABELLED_LIST_RE = re.compile(
    rf"等(?:相关|有关|其他|其它)*(?P<label>{_LANG.alternation('subject_labels')})"
    rf"(?:{_LANG.alternation('after_subject')})*\s*$"
)
#: What separates the items of such a list (、, 以及, 和 …).
_ITEM_SEPARATOR_RE = re.compile(f"、|{_LANG.alternation('coordinators')}")
_MAX_LABELLED_ITEM = 12
#: Verbs naming a body by its charge (负责, 主管), and the heads of such bodies.
_CHARGING_VERBS = _LANG.words("charging_verbs")
#: Any of them, searched once: a phrase with none in reach names no body by its charge.
_CHARGING_VERB_RE = _LANG.regex("charging_verbs")
_CHARGED_HEADS = (*_AGENCY_HEADS, "机构", "单位")
#: The longest part of an agency name on either side of its 和 (农业和农村).
_MAX_JOINED_PART = 8
#: Words joining the two fields of one body's name (甲和乙局, 自然资源与规划局).
_AGENCY_JOINERS = _LANG.words("agency_joiners")
#: Any of them: one search tells that a phrase holds none (most phrases).
_AGENCY_JOINER_RE = _LANG.regex("agency_joiners")
#: Quantifiers that open a time or frequency phrase (每学期, 每次), never a party.
_QUANTIFIERS = _LANG.words("quantifiers")
#: Word classes that cannot open a name even when a head closes it (已经, 对于, 并且).
_NOT_NAME_OPENERS = frozenset({"d", "ad", "p", "c", "y", "e"})
#: The tag of a distinguishing word (所属): like a verb, it opens a relative clause (甲所属的乙).
_DISTINGUISHING_TAG = "b"
#: Tags of aspect particles (了 ul, 着 uz, 过 ug): nothing of a name follows them.
_ASPECT_PARTICLE_TAGS = frozenset({"ul", "uz", "ug"})
#: A passive participle before a party's name (被委派, 被请求, 受委托).
_PASSIVE_PARTICIPLE_RE = re.compile(
    r"被[\u4e00-\u9fff]{{2}}|受(?:{})".format(_LANG.alternation("entrusting_verbs"))
)
#: The last words of the heads naming an act's party (服务对象 → 对象): nouns, not a
#: function word (对) and what follows.
_OBJECT_PARTY_ENDS = frozenset(h[i:] for h in OBJECT_PARTY_HEADS for i in range(1, len(h)))
#: Surnames: with 某 after them they name a person (王某).
_SURNAMES = _LANG.word_set("surnames")
#: The longest personal name read as one token (a surname and a given name of two).
_MAX_PERSONAL_NAME = 3
#: What follows an author's name cited in a paper (张明华等, 张明华[3], 张明华（2019）).
_CITATION_RE = re.compile(r"[等\[［(（0-9^]")
#: Endings no given name has: an agent's (施政者) or an abstract noun's (透明度).
_NOT_NAME_ENDINGS = (*(e for e in AGENT_ENDINGS if len(e) == 1), *_LANG.words("abstract_suffixes"))
#: A speaker's label opening a sentence of an interview (王某某：…): a surname and one to
#: three characters (a married woman's two surnames: 陈李某某) before a colon name the
#: person who speaks, no party of the sentence.
_SPEAKER_LABEL_RE = re.compile(r"([\u4e00-\u9fff]{2,4})[：:]")
#: Opening brackets and the bracket that closes each.
_BRACKETS = {"（": "）", "(": ")"}
_DIVISIONS_LONGEST_FIRST = tuple(sorted(_DIVISIONS, key=len, reverse=True))
#: The divisions by their first character, longest first (a scan asks at every conjunct).
_DIVISIONS_BY_INITIAL: dict[str, tuple[str, ...]] = {
    initial: tuple(d for d in _DIVISIONS_LONGEST_FIRST if d[0] == initial)
    for initial in {d[0] for d in _DIVISIONS}
}
#: Divisions that, listed together, name one level of government (省、自治区、直辖市).
_PROVINCIAL = frozenset({"自治区", "直辖市"})
#: The former and the latter of two parties named before (要求前者不得…).
_FORMER_LATTER = ("前者", "后者")
#: A name's first word with alternatives in brackets: 乡（镇）人民政府, 居（村）民委员会,
#: 新区（港区、园区）管理机构; the first word holds no coordinator or determiner (州和县（市）).
_BRACKETED_ALTERNATIVES_RE = re.compile(
    r"((?:(?![和及与或以各])[\u4e00-\u9fff]){1,3})[（(]([\u4e00-\u9fff]{1,3}(?:、[\u4e00-\u9fff]{1,3}){0,3})[)）]"
)
#: Words opening a bracket that defines a party's short name (以下简称, 统称).
_DEFINING_MARKERS = _LANG.words("defining_markers")
#: A bracket defining a short name: （以下简称甲） → 甲.
_DEFINITION_RE = re.compile(
    "[（(](?:"
    + _LANG.alternation("defining_markers")
    + r")[“\"]?([^（()）“”\"，,、。；;]{2,12})[”\"]?[）)]"
)
#: A bracket giving a Latin short name right after a name, bare or after the name's
#: spelling and a comma, or after a defining marker: 甲委员会（ABC）, 甲局（Bureau of
#: Xyz，BXZ）, 甲部（以下简称ABC）; the short name has two capitals or more.
_LATIN_DEFINITION_RE = re.compile(
    r"[（(](?:[A-Za-z][A-Za-z .,'&-]*[，,]\s*)?(?:"
    + _LANG.alternation("defining_markers")
    + r")?\s*([A-Z][A-Za-z]{1,7})\s*[）)]"
)
#: A clause-opening phrase of three to six characters (after 各, 有关 …) right before a
#: modal that binds it as a subject (承办单位应当…): a candidate party name of the document.
_MODAL_SUBJECT_RE = re.compile(
    r"(?:^|(?<=[。；;，,：:\s]))(?:"
    + _LANG.alternation("actor_determiners")
    + r")?([\u4e00-\u9fff]{3,6}?)(?:"
    + _LANG.alternation("subject_modals")
    + ")",
    re.MULTILINE,
)
#: The length of the dictionary verb opening a name before its head (承办单位).
_VERB_LENGTH = 2
#: Nouns of a trade between such a verb and its head (运输 + 行业 + 协会).
_TRADE_NOUNS = _LANG.word_set("trade_nouns")
#: The lengths of what may stand before the head: the verb alone, or it and a trade noun.
_VERB_AND_FIELD_LENGTHS = frozenset({_VERB_LENGTH} | {_VERB_LENGTH + len(n) for n in _TRADE_NOUNS})


def asks(parties: Sequence[Party]) -> bool:
    """Whether a party's name holds a question word (甲的哪些部门, 哪一级乙): it asks which
    party acts, it names none."""
    return any(_QUESTION_IN_NAME_RE.search(party.text) for party in parties)


def _verb_and_field(modifier: str) -> bool:
    """Whether ``modifier`` is a dictionary verb (承办), or one and the noun of its trade
    (运输 + 行业): what a verb and a head are named by; not a verb and any noun (期望 +
    公职 + 人员 is a verb and its object)."""
    verb, field = modifier[:_VERB_LENGTH], modifier[_VERB_LENGTH:]
    return (
        word_class(verb).startswith("v")
        and in_dictionary(verb)
        and (not field or field in _TRADE_NOUNS)
    )


#: Determiners between 等 and a bare head that leave it bare (等 + 其他、有关 + 部门).
_LISTED_DETERMINER_RE = re.compile("^(?:{})+".format(_LANG.alternation("listed_determiners")))
#: A count between 等 and the head, which leaves it bare too (甲、乙、丙等3个部门, 等五部门).
_LISTED_COUNT_RE = re.compile(
    r"^[\d一二三四五六七八九十两]+(?:{})?".format(_LANG.alternation("count_classifiers"))
)
#: Qualifiers between those and a bare head that the listed words drop (甲、乙等行政部门).
_LISTED_QUALIFIER_RE = re.compile("^(?:{})".format(_LANG.alternation("listed_qualifiers")))
#: Heads after 等 that each listed word completes whole (甲、乙等监督管理部门), no shared
#: head of a list without 等.
_LISTED_FULL_HEADS = _LANG.word_set("listed_full_heads")
#: What separates the words of a 甲、乙等 list: 、 and coordinators never inside a field's
#: name (甲、乙以及丙等部门; 和 and 与 join one field: 文化和旅游).
_LISTED_SEPARATOR_RE = re.compile("、|" + _LANG.alternation("listed_separators"))
#: How far a 甲、乙等 list may run, and how long one of its words may be.
_MAX_LISTED = 80
_MAX_LISTED_ITEM = 10
#: Modal words after which a verb opens the predicate (应当|监督甲企业).
_MODALS = frozenset(entry.word for entry in _LANG.triggers if entry.kind == "modal")
#: The same, for ``str.startswith`` at a position (…的|可…).
_MODAL_TUPLE = tuple(_MODALS)
#: The longest adverbial between such a subject and its deontic (在台风来临前).
_MAX_ADVERBIAL = 16
#: Determiners of a set of parties, the longest first (各级 before 各).
_SET_DETERMINER_RE = _LANG.regex("actor_determiners")
#: Verbs of having and including (包括, 具有): inside a phrase they close a clause of what
#: something holds, so the phrase is no name.
_HAVING_VERBS = _LANG.word_set("having_verbs")
#: The suffix that makes a noun an adjective of kind (政府性, 公益性): no party after it.
_ADJECTIVE_SUFFIX = "性"
#: Countries whose names do not end in 国 (日本, 欧盟): a polity as a subject.
_COUNTRY_NAMES = _LANG.word_set("country_names")
#: Word classes that may sit inside an everyday noun phrase before its head (新闻/媒体).
_ACTOR_MODIFIER_CLASSES = frozenset({"n", "nt", "nz", "ns", "j", "b", "a", "an", "vn", "ng"})
#: Coordinators inside a subject of everyday nouns (司机和乘务员).
_SUBJECT_COORDINATORS = tuple(c for c in COORDINATORS if c != "及其")
#: The word that closes a list of examples (甲、乙等…).
_LIST_CLOSER = "等"
#: Words that number the points of a text (一是, 其次): no noun a verb could modify.
_ENUMERATING_MARKERS = _LANG.word_set("enumerating_markers")
#: Ordinals among them number a party as well as a step (第一责任人, 第三方): no break.
_ORDINAL_MARKERS = frozenset(word for word in _ENUMERATING_MARKERS if word.startswith("第"))
#: A body named in Latin letters: an acronym or a name with an inner capital (ABC, xyZ);
#: a capitalised word alone is as often a cited author (Smith 对…进行调查), so it names none.
LATIN_NAME_RE = re.compile(r"(?=[a-z]*[A-Z][a-z]*[A-Z]|[A-Za-z]*[a-z][A-Z])[A-Za-z]{2,16}")

#: A capitalised Latin word (Abc): a body's name only listed with another Latin name.
_CAPITALISED_RE = re.compile(r"[A-Z][a-z]{2,15}")

#: Discourse markers before a subject (当X…时, 这表明X…), skipped at token boundaries.
_DISCOURSE_MARKERS = tuple(sorted(_LANG.words("discourse_markers"), key=len, reverse=True))
#: Their first characters: most clauses open with none, and a set answers that at once.
_MARKER_INITIALS = frozenset(marker[:1] for marker in _DISCOURSE_MARKERS)


# --- frames before a subject ------------------------------------------------------
# A frame of time or circumstance may open a clause before its subject with no comma:
# glued to it (保修期内维修者应当…: _after_glued_frame), a short clause of a verb closed by
# a frame word (登记时申请者应当…: _after_verbal_frame), or opened by 在 (在三日内乙方应…:
# PartyFinder._framed_subject, which also needs a party after the frame). The frame is an
# adverbial and the party after it the subject, for every reader of the subject parse.

#: A time frame glued to the subject after it (保修期内|维修者, 活动期间|主办单位).
_TIME_FRAME_RE = re.compile(
    rf"[\u4e00-\u9fff]{{1,8}}?(?:{_LANG.alternation('time_frame_endings')})"
)


#: How many words a frame closed by a word of time (出生|后, 注册|时) has before that word
#: at most.
_MAX_FRAME_WORDS = 3
#: Any word of time closing a frame, as text (a test before the words are cut out).
_FRAME_WORD_RE = _LANG.regex("time_frame_words")

#: Words that make a time frame's characters a clause (甲方|在|租期内…): a party, a
#: preposition, a conjunction, an adverb or a pronoun.
_NOT_IN_FRAME = frozenset({"p", "c", "d", "r"})


#: 在 (wordclass.FRAME_PREPOSITION) opening a clause: a frame of time or circumstance
#: closed by its ending may follow (在三日内…).
_FRAME_OPENING_RE = re.compile(
    FRAME_PREPOSITION
    + "(?=[^，,。；;：:“”]{1,16}(?:"
    + _LANG.alternation("circumstance_endings")
    + "))"
)
#: The nouns of time or circumstance that may close such a frame (内, 前, 时).
_CIRCUMSTANCE_RE = re.compile(f"(?:{_LANG.alternation('circumstance_endings')})")


def _circumstance_ends(text: str, start: int, end: int, tokens: Sequence[Token]) -> list[int]:
    """Where a frame opened by 在 may close between ``start`` and ``end``: after each noun
    of time or circumstance that is a word of its own (后 of 收到后, not 时 of 实时)."""
    return [
        m.end()
        for m in _CIRCUMSTANCE_RE.finditer(text, start, end)
        if _starts_a_token(tokens, m.start()) and _starts_a_token(tokens, m.end())
    ]


def _only_adverbs(
    text: str, start: int, end: int, tokens: Sequence[Token], *, before_modal: bool = False
) -> bool:
    """Whether ``text[start:end]`` holds nothing but spaces and adverbs (也, 还, 更): a
    frame of time or circumstance reaching the trigger (在使用时也应…) leaves the clause
    with no subject, elided as after a comma (在使用时，应…), not a thing's.

    With ``before_modal`` the words are those a name leaves before its modal (甲小组也应…,
    乙组既要…): at least one word, each closing before ``end`` (no space, no word run into
    the modal), and the one-character adverbs a modal takes (既, 亦) count, as the
    dictionary does not tag them; a frame, by contrast, may run into the trigger glued to
    it (亦可, 也要)."""
    spans = _starting_in(tokens, start, end)
    if before_modal:
        return bool(spans) and all(b <= end and _modal_adverb(text[a:b]) for a, b in spans)
    # (a word running into the trigger, 亦可 or 也要, is an adverb glued to the modal)
    return all(b > end or word_class(text[a:b]) == "d" for a, b in spans if text[a:b].strip())


#: Marks that may stand before a subject without being part of it: spaces, commas and
#: the opening quote of a quoted passage (“甲方应当…).
_BEFORE_SUBJECT = frozenset(" \u3000，,“「『‘")


def _after_glued_frame(text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
    """After a time frame glued to the subject (保修期内|维修者应当…) that ends at a word
    boundary and holds no party, preposition, conjunction, adverb or pronoun."""
    frame = _TIME_FRAME_RE.match(text, pos, end)
    if frame is None or frame.end() >= end or not _starts_a_token(tokens, frame.end()):
        return pos
    inside = [text[s:e] for s, e in _starting_in(tokens, pos, frame.end())]
    if any(word_class(w) in _NOT_IN_FRAME or is_agentive_noun(w) for w in inside):
        return pos
    return frame.end()


def _after_verbal_frame(text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
    """After a short clause of a verb closed by a frame word of its own (登记|时,
    入学|后, 上课|前), or a span of time so closed (半年|后, 三天|后), that opens the words at
    ``pos`` with no comma before the subject (入学后新生应…): the party after it is the
    subject, the frame an adverbial."""
    first = bisect.bisect_left(tokens, pos, key=_START)
    if first >= len(tokens) or tokens[first][0] != pos:
        return pos
    opening = text[slice(*tokens[first])]
    if opening in TIME_FRAME_WORDS and len(opening) > 1:
        return tokens[first][1]  # 之后甲单位如需…: "afterwards", the party its subject
    window = tokens[first + 1 : first + _MAX_FRAME_WORDS + 1]
    if not window or _FRAME_WORD_RE.search(text, window[0][0], window[-1][1]) is None:
        return pos  # no frame word in the words after the first (most subjects)
    if not any(text[start:stop] in TIME_FRAME_WORDS for start, stop in window):
        return pos  # no frame word to close a clause: no word tested
    has_verb = False
    for index in range(first, min(first + _MAX_FRAME_WORDS + 1, len(tokens))):
        tok_start, tok_end = tokens[index]
        word = text[tok_start:tok_end]
        if tok_end >= end:
            return pos
        if index > first and word in TIME_FRAME_WORDS:
            return tok_end if has_verb else pos
        tag = word_class(word)
        if tag in _NOT_IN_FRAME or is_agentive_noun(word) or not _is_wordlike(word):
            return pos
        has_verb = has_verb or tag.startswith("v") or (index == first and tag in _SPAN_CLASSES)
    return pos


def after_discourse_markers(text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
    """Where the subject starts after spaces and discourse markers (那么X…, 当X…时).

    Why: a marker glued to a party noun (那么农户…) must not become part of its name;
    the marker counts only when it ends where a token starts, so a name that opens
    with the same characters (当事人) is left whole.
    """
    while True:
        while pos < end and text[pos] in _BEFORE_SUBJECT:
            pos += 1
        pos = _after_verbal_frame(text, _after_glued_frame(text, pos, end, tokens), end, tokens)
        if text[pos : pos + 1] not in _MARKER_INITIALS or not text.startswith(
            _DISCOURSE_MARKERS, pos, end
        ):
            return pos
        for marker in _DISCOURSE_MARKERS:
            after = pos + len(marker)
            # (a marker may fill the words before ``end``: 目前|须… has no subject)
            if text.startswith(marker, pos, end) and _starts_a_token(tokens, after):
                pos = after
                break
        else:
            return pos


def subject_start(text: str, start: int, end: int, tokens: Sequence[Token]) -> int:
    """Where the subject of ``text[start:end]`` would start: past an item number, the
    connectives and the discourse markers that open it (同时，加强… → 加强…)."""
    # one character past ``end``: a step number's look-ahead sees the trigger (一是|要…)
    lead = _CONNECTIVE_RE.match(text, start, min(end + 1, len(text)))
    lead_end = min(lead.end(), end) if lead else start
    return after_discourse_markers(text, lead_end, end, tokens)


def _reporting_word(word: str) -> bool:
    """Whether a word is a verb reporting a clause or ends in one of two characters or
    more (结果表明); a one-character verb counts alone only (称, not 名称)."""
    return word in _NAME_REPORTING_VERBS or word.endswith(_LONG_REPORTING_VERBS)


def _one_noun_to(text: str, pos: int, end: int, tokens: Sequence[Token]) -> bool:
    """Whether one noun fills ``text[pos:end]`` (甲客户|数据|应…): what it names, not the
    party before it, is the subject; a frame (上岗时) or a verb is no such noun (a narrower
    test than ``_thing_follows``, which also takes a noun phrase of several words)."""
    index = _token_at(tokens, pos)
    return (
        index >= 0
        and tokens[index] == (pos, end)
        and word_class(text[pos:end]).startswith("n")
        and not is_agentive_noun(text[pos:end])
    )


def _institution_word_before(text: str, tokens: Sequence[Token], end: int) -> str:
    """The word ending at ``end`` if it is an institution's head (研究院), else ''."""
    index = bisect.bisect_left(tokens, end, key=itemgetter(1))
    if index >= len(tokens) or tokens[index][1] != end:
        return ""
    word = text[tokens[index][0] : end]
    return word if _institution_head(word) else ""


def _institution_head(head: str) -> bool:
    """Whether a head of two characters or more ends like an institution (学院, 研究所):
    a field joined by 与 before it names one institution (历史与地理学院)."""
    return len(head) >= 2 and head.endswith(_INSTITUTE_ENDINGS)


def _starts_a_token(tokens: Sequence[Token], pos: int) -> bool:
    """Whether a token starts at ``pos`` (tokens are sorted)."""
    index = bisect.bisect_left(tokens, pos, key=_START)
    return index < len(tokens) and tokens[index][0] == pos


def _open_list(text: str, group: Sequence[Party], tokens: Sequence[Token]) -> bool:
    """Whether a group of several parties is a list left open by 等 (甲、乙等部门): its
    short name names the class the list samples, while the short name of a closed list
    (甲部门和乙部门（以下统称主管部门）) only abbreviates the parties it names."""
    return len(group) > 1 and any(
        text[s:e] == "等" for s, e in _starting_in(tokens, group[0].start, group[-1].end)
    )


def _starting_in(tokens: Sequence[Token], start: int, stop: int) -> Sequence[Token]:
    """The tokens that start in ``[start, stop)``, found by bisection (tokens are sorted)
    rather than by testing every token of the sentence."""
    first = bisect.bisect_left(tokens, start, key=_START)
    return tokens[first : bisect.bisect_left(tokens, stop, lo=first, key=_START)]


class SubjectKind(str, Enum):
    """What opens a clause: named parties, a pronoun, a collective, something else, nothing."""

    PARTY = "party"
    PRONOUN = "pronoun"
    COLLECTIVE = "collective"
    OTHER = "other"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Party:
    """One party as written (sentence-local span) with its canonical name and class."""

    text: str
    label: str
    cls: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SubjectParse:
    """The subject of a clause segment: its kind, parties and where it ends."""

    kind: SubjectKind
    parties: tuple[Party, ...] = ()
    end: int = 0


class _HeadStep(Enum):
    """The last step of a subject parse (``PartyFinder._subject_head``): none (the parse is
    done), the party a self prefix owns (我国甲平台), the group's subject, or the party
    after a relative clause or modifier."""

    DONE = "done"
    SELF_PREFIX = "self-prefix"
    GROUP = "group"
    AFTER_DE = "after-de"


#: A subject parse up to its last step: the step, the position the subject starts at, and
#: the parse (DONE), the unnamed subject (SELF_PREFIX) or the group (GROUP), else None.
_SubjectHead = tuple[_HeadStep, int, SubjectParse | tuple[Party, ...] | None]


@dataclass(slots=True)
class _WordInfo:
    """What a token's word alone decides in the noun-phrase scan of ``_party_at``."""

    breaks: bool  # not a word, or a break word: the phrase stops before it
    modifying_break: bool  # a break word that may modify a head after it (销售+企业)
    function_break: bool  # opens with a preposition or negation (未为…, 为托育…)
    suffix_character: bool  # an agentive ending the segmenter may split off (局, 站)
    modifier: bool  # a modifier tagged as a verb that opens names (相关, 有关)
    verb_first: bool  # as the first word, opens a predicate (a verb, adverb, directive)
    agent_suffix: bool  # 者, 人, 方
    unknown_verb: bool  # a dictionary verb that is no known party name
    adverb: bool  # a dictionary adverb that is no known party name (更新 tagged d)
    agentive: bool  # an agentive noun (骑手, 市民政局)
    nominal: bool  # tagged as a noun or verbal noun
    agent_follower: bool  # an agent ending after a verb that modifies it (处理+者)
    bare_ending: bool  # the ending alone (者, 中心), not a name ending in it (中小企业)
    modifier_verb: bool  # a verb that may modify a head (养殖 of 养殖加工企业)


#: Aspect particles the segmenter glues to a verb (扮演着): such a word is a verb.
_ASPECT_ENDINGS = ("着", "了", "过")
#: A date opening a clause before its subject (2020年, 2021年3月，).
_DATE_RE = re.compile(r"\d{2,4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?[，,]?\s*")
#: Units of a date the segmenter leaves as words of their own (2020|年): no name holds one.
_TIME_UNITS = frozenset({"年", "月", "日"})
#: Classes of a word opening a span of time (半年, 三天: numerals and time words).
_SPAN_CLASSES = frozenset({"m", "t"})
#: 后, 之后, 时: a word closing a time frame ends any name before it (三天后|甲局); only
#: 前 opening a name means "former" (前员工) (lang time_frame_words, former_markers).
_FRAME_CLOSERS = TIME_FRAME_WORDS - _LANG.word_set("former_markers")
#: Verbs of including (包括, 包含): what follows one is listed in a thing, no name goes on.
_INCLUDING_VERBS = _LANG.word_set("including_verbs")
#: Numerals standing alone as words (三|部门): a count of parties, no part of a name.
_NUMERALS = frozenset("一二三四五六七八九十两")
#: Endings that before a count are a verb imposing it (甲局|处三千元罚款), no name's end.
_COUNTING_VERBS = _LANG.word_set("counting_verbs")


def _opens_predicate(text: str, word: str, end: int) -> bool:
    """Whether ``word`` (ending at ``end``) right after a complete name opens what follows
    it, not the name: a directive verb, a numeral counting the parties listed, or a verb
    imposing a count (处 + 三千元, 处 + 1万元)."""
    if word in DIRECTIVE_OPENERS or word in _NUMERALS:
        return True
    return word in _COUNTING_VERBS and (
        text[end : end + 1] in _NUMERALS or text[end : end + 1].isdigit()
    )


#: A quoted phrase of one clause (no comma or stop inside), which may be a name.
_QUOTED_NAME_RE = re.compile(r"“[^”，。；,;]{2,}”|「[^」，。；,;]{2,}」")
#: The marks that open such a phrase: at any other character no quoted name is tried.
_QUOTE_OPENERS = frozenset("“「")
#: Words whose ``_WordInfo`` is kept; the cache starts over beyond this.
_MAX_CACHED_WORDS = 1 << 17
#: Non-agent endings that the segmenter cuts as words (甲|动员): a phrase ending in one
#: names no party, whatever its last character.
_NON_AGENT_WORDS = _LANG.word_set("non_agent_endings")
#: Words after a verb that make the verb a modifier of an agent (…信息处理者, …服务提供者).
_AGENT_FOLLOWER_ENDINGS = _LANG.words("agent_follower_endings")


#: A sentence's kept results for one token list: the list itself, then party ends,
#: groups, subjects and subject heads (``_SubjectHead``) by their arguments.
_MemoTables = tuple[
    Sequence[Token],
    dict[tuple[int, int], int],
    dict[tuple[int, int], tuple[Party, ...]],
    dict[tuple[int, int, bool, bool], SubjectParse],
    dict[tuple[int, int, bool], _SubjectHead],
]
#: Token lists of one text whose results are kept (a sentence has one or two).
_MAX_MEMO_TOKEN_LISTS = 8


class _Memo:
    """Results kept for one text, per token list (``PartyFinder._memo_for``)."""

    __slots__ = ("tables", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.tables: dict[int, _MemoTables] = {}


def _shared_object(pending: list[tuple[str, int]], last_field: str) -> str:
    """The object of the first of verbs coordinated before one head (甲库|运营、管理单位 →
    甲库), which the later verbs share: each of them bare and a verb, and the first
    conjunct the object and a verb of two characters; else ""."""
    first = pending[0][0]
    fields = [word for word, _ in pending[1:]] + [last_field]
    if len(first) < 4 or word_class(first[-2:]) not in VERB_CLASSES:
        return ""
    if not all(len(f) == 2 and word_class(f) in VERB_CLASSES for f in fields):
        return ""
    return first[:-2]


class PartyFinder:
    """Finds and names parties using one Lexicon (built once per pipeline)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        surfaces = sorted(lexicon.parties, key=lambda s: (-len(s), s))
        #: the known names, for the longest one at a position
        self._known = _WordIndex(surfaces)
        heads = sorted(
            {head for head, _ in lexicon.heads} | set(surfaces) | OBJECT_PARTY_HEADS,
            key=lambda s: -len(s),
        )
        alternatives = "|".join(re.escape(h) for h in heads)
        self._head_end_re = re.compile("(?:" + alternatives + ")$")
        #: the heads and names, for "a phrase ends in one" (``_head_end_re`` without a regex)
        self._head_ends = _WordIndex(heads)
        self._head_any_re = re.compile(alternatives)
        #: the bare head nouns (机构, 部门): alone, no name a relative clause can be left off
        self._bare_heads = frozenset(head for head, _ in lexicon.heads)
        self._bare_head_index = _WordIndex(self._bare_heads)
        self._infos: dict[str, _WordInfo] = {}
        self._meanings: dict[str, tuple[str, str]] = {}
        #: first characters of the known names (None if one is empty: it starts anywhere)
        self._name_initials = frozenset(s[0] for s in surfaces) if all(surfaces) else None
        #: the short names the current document defines (甲中心（以下简称中心）)
        self._defined = _WordIndex(())
        self._forget_answers()

    def _forget_answers(self) -> None:
        """Start the memo of answers over (they depend on the names known)."""
        self._memo = _Memo("")
        self._last_memo: tuple[Sequence[Token], str, _MemoTables] = ((), "", ((), {}, {}, {}, {}))

    def begin_document(self, text: str) -> None:
        """Know the short names ``text`` defines for parties, and only those.

        A short name made of a verb and a head (从事受理工作的单位（以下简称受理单位）)
        is no name the finder would find on its own; defined, it names the party in
        every later article. A short name that ends in no agent head names no party.
        """
        defined = {
            short
            for match in _DEFINITION_RE.finditer(text)
            if _is_wordlike(short := match.group(1))
            and self._head_ends.ends_phrase(short, 0, len(short))
        } | {
            name
            for match in _MODAL_SUBJECT_RE.finditer(text)
            if self._verb_and_head(name := match.group(1))
        }
        defined |= self._latin_short_names(text)
        if defined != self._defined.words:
            self._defined = _WordIndex(defined)
            self._forget_answers()

    def _latin_short_names(self, text: str) -> set[str]:
        """The Latin short names ``text`` gives parties in a bracket right after their
        name (甲委员会（ABC）): a research paper calls a foreign body by it from then on,
        as subject and as object (乙要求ABC评估…). A bracket after a name with no agent
        head (甲模型（ABC）) names no party."""
        return {
            short
            for match in _LATIN_DEFINITION_RE.finditer(text)
            if _capitals(short := match.group(1)) >= 2
            and self._head_ends.ends_at(text, max(0, match.start() - _MAX_NP), match.start())
        }

    def _verb_and_head(self, phrase: str) -> bool:
        """Whether ``phrase`` is a verb and a bare agent head (承办 + 单位, 受托 + 机构), maybe
        with the noun of a field between them (运输 + 行业 + 协会): a name the finder reads
        as a verb phrase unless a modal follows it right away."""
        return any(
            phrase[-length:] in self._bare_heads and _verb_and_field(phrase[:-length])
            for length in (1, 2)
            if len(phrase) - length in _VERB_AND_FIELD_LENGTHS
        )

    def _memo_for(self, text: str, tokens: Sequence[Token]) -> _MemoTables:
        """The results kept for ``text`` read with ``tokens`` (the sentence asked last).

        Why: the duty reader, the relation reader and the mention scan ask the same
        groups and phrases of a sentence again and again; every answer depends on the
        text and its tokens alone. A token list is found by identity (the entry keeps
        it, so its id is not reused); a new list equal to one already asked (the relation
        reader's copy of the tokens when it splits none) shares that list's results; a
        new text starts over. The entry asked last is kept apart, for the next question.
        """
        last = self._last_memo
        if last[0] is tokens and last[1] is text:
            return last[2]
        memo = self._memo
        if memo.text is not text and memo.text != text:
            memo = self._memo = _Memo(text)
        entry = memo.tables.get(id(tokens))
        if entry is None or entry[0] is not tokens:
            equal = next((e for e in memo.tables.values() if e[0] == tokens), None)
            if len(memo.tables) >= _MAX_MEMO_TOKEN_LISTS:
                memo.tables.clear()
            tables = equal[1:] if equal is not None else ({}, {}, {}, {})
            entry = memo.tables[id(tokens)] = (tokens, *tables)
        self._last_memo = (tokens, text, entry)
        return entry

    # --- naming -----------------------------------------------------------------

    def name(self, surface: str, start: int = 0) -> Party:
        """Canonical label and class of a surface form (known synonym, else head noun).

        A leading determiner (该入驻商户) names the same party: it is dropped
        from the label, not from the surface.
        """
        meaning = self._meanings.get(surface) or self._meaning(surface)
        return Party(surface, meaning[0], meaning[1], start, start + len(surface))

    def _meaning(self, surface: str) -> tuple[str, str]:
        """(label, class) of a surface form, kept per surface: names recur in every text."""
        if len(self._meanings) >= _MAX_CACHED_WORDS:
            self._meanings.clear()
        bare = _DETERMINER_RE.sub("", surface) or surface
        bare = _LEADING_COUNT_RE.sub("", bare) or bare
        known = self.lexicon.lookup(bare)
        if known is not None:
            meaning = (known.canonical, known.cls)
        else:
            cls = self.lexicon.class_of_head(bare) or self._class_of_known_suffix(bare)
            meaning = (bare, cls or "Stakeholder")
        self._meanings[surface] = meaning
        return meaning

    def _class_of_known_suffix(self, surface: str) -> str | None:
        for index in range(1, len(surface)):
            known = self.lexicon.lookup(surface[index:])
            if known is not None:
                return known.cls
        return None

    # --- subjects ----------------------------------------------------------------

    def subject(
        self,
        text: str,
        start: int,
        end: int,
        tokens: Sequence[Token],
        *,
        relative: bool = True,
        at_trigger: bool = False,
    ) -> SubjectParse:
        """The subject that opens ``text[start:end]`` (see ``_subject``), kept per sentence."""
        subjects = self._memo_for(text, tokens)[3]
        key = (start, end, relative, at_trigger)
        parse = subjects.get(key)
        if parse is None:
            parse = subjects[key] = self._subject(text, start, end, tokens, relative, at_trigger)
        return parse

    def _subject(
        self,
        text: str,
        start: int,
        end: int,
        tokens: Sequence[Token],
        relative: bool,
        at_trigger: bool,
    ) -> SubjectParse:
        """The subject that opens ``text[start:end]`` (see ``_subject_after_frames``); when
        it is no party, the party right after a frame opened by 在 (``_framed_subject``)."""
        parse = self._subject_after_frames(text, start, end, tokens, relative, at_trigger)
        if (
            at_trigger
            and parse.kind is SubjectKind.PARTY
            and (asks(parse.parties) or _QUESTION_AFTER_PARTY_RE.match(text, parse.end, end))
        ):
            # 甲的哪些部门应…: a question before a modal binds no one (elsewhere the
            # clause still has a subject of its own: …，哪些人向…发展 ends a chain)
            return SubjectParse(SubjectKind.OTHER, (), parse.end)
        if parse.kind is SubjectKind.PARTY:
            return self._after_reporting_verb(text, parse, tokens, relative, at_trigger) or parse
        if LISTED_DIVISION_RE.match(text, start) and _starts_a_token(tokens, start + 1):
            # 各|市、县(市、区)人民政府: 各 before a list of levels the segmenter split
            each = self._subject_after_frames(text, start + 1, end, tokens, relative, at_trigger)
            if each.kind is SubjectKind.PARTY:
                return each
        if text.find(FRAME_PREPOSITION, start, end) < 0:
            return parse  # a party, or no 在 to open a frame (most clauses)
        framed = self._framed_subject(text, start, end, tokens, relative, at_trigger)
        if framed is None and at_trigger:
            framed = self.subject_before_frame(text, start, end, tokens, relative=relative)
        return framed or parse

    def _after_reporting_verb(
        self,
        text: str,
        parse: SubjectParse,
        tokens: Sequence[Token],
        relative: bool,
        at_trigger: bool,
    ) -> SubjectParse | None:
        """The party of a clause that a verb of saying or laying down reports, when the
        verb was glued into the subject's name (专家建议乙单位应…, 该办法明确了甲部门应…):
        the words after the verb (and 了) that still name a party ending where the name
        ended; else None."""
        first = parse.parties[0]
        for word_start, word_end in _starting_in(tokens, first.start, parse.end):
            if word_end >= parse.end or not _reporting_word(text[word_start:word_end]):
                continue
            after = word_end + (text.startswith("了", word_end) and word_end + 1 < parse.end)
            inner = self.subject(
                text, after, parse.end, tokens, relative=relative, at_trigger=at_trigger
            )
            if inner.kind is SubjectKind.PARTY and inner.end == parse.end:
                return inner
        return None

    def _framed_subject(
        self,
        text: str,
        start: int,
        end: int,
        tokens: Sequence[Token],
        relative: bool,
        at_trigger: bool,
    ) -> SubjectParse | None:
        """The party right after a frame of time or circumstance opened by 在 with no
        comma before the party (在三日内乙方应…; 在验收后甲方要…): the frame is an
        adverbial, the party the subject. The frame's last ending is tried first
        (在收到后三日内甲…), and only one that is a word of its own (not 时 of 实时). A
        party 的 follows owns the noun after it (在甲事件中乙方的角色…): the frame may
        qualify that noun, and the party is not taken as the subject. A frame that reaches
        the trigger (在巡查时要…, 在交接中也应…) leaves the clause with no subject at all."""
        lead = _CONNECTIVE_RE.match(text, start, end)
        pos = after_discourse_markers(text, lead.end() if lead else start, end, tokens)
        frame = _FRAME_OPENING_RE.match(text, pos, end)
        if frame is None:
            return None
        ends = _circumstance_ends(text, frame.end(), end, tokens)
        if at_trigger and ends and _only_adverbs(text, ends[-1], end, tokens):
            return SubjectParse(SubjectKind.NONE, (), start)  # 在护理时要…: no subject
        for after in reversed(ends):
            parse = self.subject(text, after, end, tokens, relative=relative, at_trigger=at_trigger)
            if parse.kind is SubjectKind.PARTY and not text.startswith("的", parse.end):
                return parse
        return None

    def subject_before_frame(
        self, text: str, start: int, end: int, tokens: Sequence[Token], *, relative: bool = True
    ) -> SubjectParse | None:
        """The subject before a frame opened by 在 that reaches ``end``, the trigger or
        the clause's comma (调解专家在到达后应当…, 调解专家在到达后，应…): the frame is an
        adverbial, and the words before it are read as a subject right before the trigger
        would be, so a name whose modifier the dictionary tags as a verb still counts.
        Only a frame with nothing but adverbs after its ending (在到达后也应…) qualifies,
        the subject must fill the words before 在, and a verb may stand in it only as the
        modifier right before its head; else None."""
        opener = text.find(FRAME_PREPOSITION, start + 1, end)
        if opener < 0 or not _starts_a_token(tokens, opener):
            return None
        frame = _FRAME_OPENING_RE.match(text, opener, end)
        if frame is None:
            return None
        ends = _circumstance_ends(text, frame.end(), end, tokens)
        if not ends or not _only_adverbs(text, ends[-1], end, tokens):
            return None
        parse = self.subject(text, start, opener, tokens, relative=relative, at_trigger=True)
        if parse.kind is not SubjectKind.PARTY or parse.end != opener:
            return None
        words = _starting_in(tokens, parse.parties[0].start, opener)[:-2]
        if any(word_class(text[a:b]) == "v" for a, b in words):
            return None  # 使用甲设施学生在…时应…: a verb and its object glued to the name
        return parse

    def _subject_after_frames(
        self,
        text: str,
        start: int,
        end: int,
        tokens: Sequence[Token],
        relative: bool,
        at_trigger: bool,
    ) -> SubjectParse:
        """The subject that opens ``text[start:end]`` (connectives and numbering skipped).

        With ``relative`` a party after a relative clause counts too (…的网约车驾驶员).
        With ``at_trigger`` (``end`` is a deontic trigger) a head-ended phrase filling
        the whole segment is the subject even if the dictionary reads its first word
        as a verb (快递网点应当…): nothing but a subject stands there.

        The steps up to the last, which alone ``relative`` decides, are kept per segment
        (``_subject_head``): the readers ask for a clause's subject with and without it.
        """
        heads = self._memo_for(text, tokens)[4]
        key = (start, end, at_trigger)
        head = heads.get(key)
        if head is None:
            head = heads[key] = self._subject_head(text, start, end, tokens, at_trigger)
        step, pos, found = head
        if step is _HeadStep.DONE:
            assert isinstance(found, SubjectParse)
            return found
        if step is _HeadStep.SELF_PREFIX:
            assert isinstance(found, SubjectParse)
            prefixed = self._after_self_prefix(text, pos, end, tokens, found, relative, at_trigger)
            return prefixed or found
        if step is _HeadStep.GROUP:
            assert isinstance(found, tuple)
            return self._group_or_head(text, end, tokens, list(found), at_trigger and relative)
        return self._party_after_de(text, pos, end, tokens, at_trigger, relative)

    def _subject_head(
        self, text: str, start: int, end: int, tokens: Sequence[Token], at_trigger: bool
    ) -> _SubjectHead:
        """The steps of ``_subject_after_frames`` that ``relative`` does not decide: the
        subject, or the last step to take and where (``_HeadStep``)."""
        pos = subject_start(text, start, end, tokens)
        date = _DATE_RE.match(text, pos, end)  # 2020年甲部…: the date frames the clause
        pos = date.end() if date and _starts_a_token(tokens, date.end()) else pos
        if pos >= end:
            return _HeadStep.DONE, pos, SubjectParse(SubjectKind.NONE, (), pos)
        unnamed = self._unnamed_subject(text, pos, end, tokens)
        if unnamed is not None:
            return _HeadStep.SELF_PREFIX, pos, unnamed
        named = self._labelled_or_passive(text, pos, end, tokens, at_trigger)
        if named:
            return _HeadStep.DONE, pos, SubjectParse(SubjectKind.PARTY, tuple(named), named[-1].end)
        participle = _PASSIVE_PARTICIPLE_RE.match(text, pos, end)
        if (
            participle
            and not _passive_agent(text, pos, tokens)
            and (held := self._group_at(text, participle.end(), end, tokens))
        ):
            bare = self._bare_after_participle(held, participle.end())
            if bare is not None:  # 受委托单位应当…: the head alone names no one
                parse = SubjectParse(SubjectKind.PARTY, (self.name(text[pos:bare], pos),), bare)
                return _HeadStep.DONE, pos, parse
            pos = participle.end()  # 被委派机构, 受委托甲机构应当…: the party it describes
        group = self._with_broad_actors(
            text, pos, end, tokens, self._group_at(text, pos, end, tokens)
        )
        if at_trigger:
            group = group or self._named_first_conjunct(text, pos, end, tokens)
            group = self._with_everyday_conjuncts(text, pos, end, tokens, group)
            group = self._with_shared_modifier(text, tokens, group)
            group = self._with_shared_charge(text, group)
            group = self._with_modified_body(text, pos, end, tokens, group)
        owned = self._owned_parties(text, pos, end, tokens, group)
        if owned:
            return _HeadStep.DONE, pos, SubjectParse(SubjectKind.PARTY, tuple(owned), owned[-1].end)
        if group and at_trigger and _thing_follows(text, group[-1].end, end, tokens):
            # 游客数量不得…: the party's thing; 游客纠纷的责任方应当…: a party it modifies
            return _HeadStep.AFTER_DE, pos, None
        if group and at_trigger and _headless_relative_after(text, group[-1].end, end, tokens):
            # 符合甲单位资质条件的可…: the group is inside a relative clause with no head,
            # whose subject is the clause's topic
            return _HeadStep.DONE, pos, SubjectParse(SubjectKind.OTHER, (), pos)
        if group:
            return _HeadStep.GROUP, pos, tuple(group)
        filled = self._name_before_adverbs(text, pos, end, tokens) if at_trigger else 0
        if filled:
            parse = SubjectParse(SubjectKind.PARTY, (self.name(text[pos:filled], pos),), filled)
            return _HeadStep.DONE, pos, parse
        if at_trigger:
            actors = self.actor_subject(text, pos, end, tokens)
            if actors:
                parse = SubjectParse(SubjectKind.PARTY, tuple(actors), actors[-1].end)
                return _HeadStep.DONE, pos, parse
        return _HeadStep.AFTER_DE, pos, None

    def _with_modified_body(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], group: list[Party]
    ) -> list[Party]:
        """甲学员乙服务机构应当…: a party named right before a body's name, no joiner between,
        that runs to the trigger names whom the body serves: the two are one name."""
        rest = group[0].end if len(group) == 1 and group[0].start == pos else end
        if _adverbs_only(text, rest, end, tokens):
            return group  # (甲应当…, most subjects: nothing but adverbs before the trigger)
        body = self._group_at(text, rest, end, tokens)
        if not body:
            stop = self._name_before_adverbs(text, rest, end, tokens)
            body = [self.name(text[rest:stop], rest)] if stop else []  # 甲|乙服务站
        if len(body) != 1 or not _adverbs_only(text, body[0].end, end, tokens):
            return group
        if len(body[0].text) < _MIN_SERVING_BODY or not has_agentive_ending(body[0].text):
            return group  # (甲公司员工: a short head is the party's own staff, read elsewhere)
        return [self.name(text[pos : body[0].end], pos)]

    def _with_broad_actors(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], group: list[Party]
    ) -> list[Party]:
        """国家、学校和家长在…时，需要… → 国家 + 学校 + 家长; 家庭、学校和社会应当…: in a
        subject, society's broad actors (``broad_actors``) coordinated with a named party
        are parties of the list, though none is a party alone (国家和社会的未来 names no
        party: no list; 政府和社会的支持: a thing of theirs, the group stays as it was)."""
        parties = list(group)
        if not parties or parties[0].start > pos:
            # 国家、政府…: the group reader skips a first conjunct that is no party
            first_end = self._broad_actor_end(text, pos, end, tokens)
            coordinator = _coordinator_at(text, first_end, end) if first_end else ""
            after = first_end + len(coordinator)
            later = self._broad_list_rest(text, after, end, tokens) if coordinator else []
            if not later or (parties and later[0].start != parties[0].start):
                return group
            parties = [self.name(text[pos:first_end], pos), *later]
        cursor = parties[-1].end
        while coordinator := _coordinator_at(text, cursor, end):
            if coordinator == _ITS_OWN:
                break
            rest = self._broad_list_rest(text, cursor + len(coordinator), end, tokens)
            if not rest or rest[0].text not in BROAD_ACTORS:
                break
            parties.extend(rest)
            cursor = rest[-1].end
        if len(parties) == len(group) or all(p.text in BROAD_ACTORS for p in parties):
            return group  # (国家和社会: no party named, no list of parties)
        return parties

    def _broad_list_rest(
        self, text: str, pos: int, end: int, tokens: Sequence[Token]
    ) -> list[Party]:
        """The conjuncts of a subject list from ``pos``: a broad actor and the parties
        coordinated after it (社会和企业), or a group of parties; [] if neither."""
        actor_end = self._broad_actor_end(text, pos, end, tokens)
        if not actor_end:
            return self._group_at(text, pos, end, tokens)
        actor = self.name(text[pos:actor_end], pos)
        coordinator = _coordinator_at(text, actor_end, end)
        if not coordinator or coordinator == _ITS_OWN:
            return [actor]
        later = self._broad_list_rest(text, actor_end + len(coordinator), end, tokens)
        return [actor, *later]

    def _broad_actor_end(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
        """End of a broad actor that is a word of its own at ``pos`` and no modifier of a
        noun after it (社会舆论, 市场主体, 国家的…), else 0."""
        index = _token_at(tokens, pos)
        if index < 0 or text[slice(*tokens[index])] not in BROAD_ACTORS:
            return 0
        actor_end = tokens[index][1]
        if actor_end >= end or _coordinator_at(text, actor_end, end):
            return actor_end
        after = text[slice(*tokens[index + 1])] if index + 1 < len(tokens) else ""
        if not after or not HAN_WORD_RE.fullmatch(after):
            return actor_end  # punctuation closes the list
        if after in _POSSESSIVES or word_class(after).startswith("n"):
            return 0
        return actor_end

    def _after_self_prefix(
        self,
        text: str,
        pos: int,
        end: int,
        tokens: Sequence[Token],
        unnamed: SubjectParse,
        relative: bool,
        at_trigger: bool,
    ) -> SubjectParse | None:
        """我国甲平台应…, 我国的甲平台应…: the party the writer's polity or body
        (``self_prefixes``) owns, right after the prefix or its 的, is the subject; else
        None (我国应…: a pronoun)."""
        if text[pos : unnamed.end] not in _SELF_PREFIXES or unnamed.end >= end:
            return None
        after = unnamed.end + 1 if text.startswith("的", unnamed.end, end) else unnamed.end
        parse = self.subject(text, after, end, tokens, relative=relative, at_trigger=at_trigger)
        if parse.kind is not SubjectKind.PARTY or parse.parties[0].start != after:
            return None
        return parse

    def _party_after_de(
        self,
        text: str,
        pos: int,
        end: int,
        tokens: Sequence[Token],
        at_trigger: bool,
        relative: bool,
    ) -> SubjectParse:
        """The party a relative clause or modifier from ``pos`` describes, else OTHER."""
        after = self._after_relative_clause(text, pos, end, tokens, at_trigger) if relative else []
        after = self._qualified_generic(text, pos, after)
        if len(after) == 1:  # 渔船的承租者应当…: one doer named by the thing it acts on
            after = self._doers_of_thing(text, pos, tokens, after)
        short = self._defined_short_name(text, after[0].end, end) if len(after) == 1 else None
        if short is not None:
            return SubjectParse(SubjectKind.PARTY, (short,), _past_bracket(text, short.end))
        if after:
            return SubjectParse(SubjectKind.PARTY, tuple(after), after[-1].end)
        return SubjectParse(SubjectKind.OTHER, (), pos)

    def _defined_short_name(self, text: str, pos: int, end: int) -> Party | None:
        """The short name a bracket right after a party described by a relative clause
        defines for it (经营甲业务的单位（以下简称经营单位）应当… → 经营单位): the text's
        own name for a party it describes rather than names; a short name that is no
        party's (…（以下简称甲规）) leaves the party as it was."""
        defined = _DEFINITION_RE.match(text, pos, end)
        if defined is None or not has_agentive_ending(defined[1]):
            return None
        return self.name(defined[1], defined.start(1))

    def _with_alternatives(
        self, parties: list[Party], pending: list[tuple[str, int]], alternatives: list[Party]
    ) -> list[Party]:
        """The group with a bracketed name's alternatives (县（市、区）人民政府), the
        divisions pending before it sharing its name (市、县（市）… → 市人民政府 …)."""
        if pending:
            name = alternatives[0].text
            closing = max(name.rfind("）"), name.rfind(")"))
            shared_name = name[closing + 1 :] if closing >= 0 else _after_division(name)
            parties = [*parties, *self._with_shared_head(pending, shared_name)]
        known = {party.text for party in parties}
        return [*parties, *(party for party in alternatives if party.text not in known)]

    def _with_everyday_conjuncts(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], group: list[Party]
    ) -> list[Party]:
        """物业公司和业委会应当: the everyday conjuncts a group stopped before, read as
        actor nouns up to the trigger, with the whole group or after its last coordinator
        (市、县甲部门、社区要…: the group keeps its levels); or a last conjunct after 和 or
        、 that fills the rest as one name (医院和废料集中处置单位应当…; 甲机构、乙审计负责人
        不得…)."""
        coordinator = _coordinator_at(text, group[-1].end, end) if group else ""
        if not coordinator:
            return group
        actors = self.actor_subject(text, pos, end, tokens)
        if actors and actors[-1].end > group[-1].end:
            return actors
        last = group[-1].end + len(coordinator)
        actors = self.actor_subject(text, last, end, tokens)
        if actors:  # 市、县甲部门、社区要…: the group's own reading keeps its levels
            return [*group, *actors]
        if self._fills_as_name(text, last, end, tokens):
            # 医院和甲物集中处置单位应当, 甲机构、乙审计负责人不得: a last conjunct whose
            # verbs modify its head
            return [*group, self.name(text[last:end], last)]
        return [*group, *self._listed_to_trigger(text, group[-1].end, end, tokens)]

    def _named_first_conjunct(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], *, addressed: bool = False
    ) -> list[Party]:
        """甲物停放管理者和乙企业应当: a first conjunct whose verb modifies its head (the
        group reading stops at the verb) filling the text up to a coordinator as one name,
        when a known party follows the coordinator; the rest is read as conjuncts. After
        、 the rest must run to the trigger (甲类集中市场开办者、博览会主办者应当…: two
        parties; 建立、完善甲机构 is no list of names); for the parties a directive
        ``addressed`` (鼓励甲类集中市场开办者、博览会主办者建立…), to the verb of their act."""
        words = _starting_in(tokens, pos, end)
        for index, (tok_start, _) in enumerate(words[1:], 1):
            coordinator = _coordinator_at(text, tok_start, end)
            if coordinator:
                # (做一个甲人和乙人必须…: an act and a count, no name)
                if any(word_class(text[a:b]).startswith("m") for a, b in words[:index]):
                    return []
                if not self._fills_as_name(text, pos, tok_start, tokens):
                    return []
                if addressed and not _verb_inside(text, words[:index]):
                    return []  # (鼓励充分发挥甲企业…: a verb opens it; 鼓励甲组织和个人…)
                later = self._group_at(text, tok_start + len(coordinator), end, tokens)
                closed = bool(later) and (
                    _verb_follows(text, later[-1].end, tokens)
                    if addressed
                    else later[-1].end == end or coordinator != "、"
                )
                if not closed:
                    return []
                return [self.name(text[pos:tok_start], pos), *later] if later else []
        return []

    def _listed_to_trigger(
        self, text: str, pos: int, end: int, tokens: Sequence[Token]
    ) -> list[Party]:
        """甲终端、乙软件以及丙平台应当…: after a party, a list of two or more items that
        runs to the trigger and ends in a party names each item a party, whatever the
        heads of the items between; else []."""
        bounds = [m.span() for m in _ITEM_SEPARATOR_RE.finditer(text, pos, end)]
        if len(bounds) < 2 or bounds[0][0] != pos:
            return []
        starts = {s for s, _ in tokens}
        items: list[Party] = []
        for (_, start), (stop, _) in itertools.pairwise([*bounds, (end, end)]):
            item = text[start:stop]
            if (
                not 2 <= len(item) <= _MAX_LABELLED_ITEM
                or not _is_wordlike(item)
                or not set(item).isdisjoint("的等")
                or not {start, stop} <= starts | {end}
            ):
                return []
            items.append(self.name(item, start))
        tail = self._group_at(text, bounds[-1][1], end, tokens)
        if len(tail) != 1 or tail[0].end != end:
            return []
        return [*items[:-1], tail[0]]

    def _labelled_or_passive(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], at_trigger: bool
    ) -> list[Party]:
        """Parties named whatever their heads: the items of a list a subject label
        closes (甲终端、乙软件等相关主体应当…), or a passive role (被申请人)."""
        labelled = self._labelled_items(text, pos, end) if at_trigger else []
        if labelled:
            return labelled
        # 被评估单位和甲公司应当…: the passive role opens a list, its conjuncts follow it
        return self._passive_list(text, pos, end, tokens)

    def _labelled_items(self, text: str, pos: int, end: int) -> list[Party]:
        """The items of a list that 等 + a subject label closes right before the trigger
        (甲终端、乙软件以及丙平台等相关主体应当…), each named as written; a single item
        gives the labelled class (甲等市场主体 → 市场主体); else []."""
        label = _LABELLED_LIST_RE.search(text, pos, end)
        if label is None:
            return []
        items: list[Party] = []
        start = pos
        for separator in [*_ITEM_SEPARATOR_RE.finditer(text, pos, label.start()), None]:
            stop = separator.start() if separator else label.start()
            item = text[start:stop]
            if not 2 <= len(item) <= _MAX_LABELLED_ITEM or not _is_wordlike(item):
                return []
            items.append(self.name(item, start))
            start = separator.end() if separator else stop
        if len(items) == 1 and len(label.group("label")) > 2:
            # 甲等责任主体应当…: one example of the class the text binds, the class bears it
            return [self.name(label.group("label"), label.start("label"))]
        return items if len(items) >= 2 else []

    def _qualified_generic(self, text: str, pos: int, after: list[Party]) -> list[Party]:
        """承办展会的单位: the relative clause is what makes a generic class (单位, 个人),
        a bare person head (人员, 人) or a doer head (经营人) a party, so the name keeps
        it; other parties after a relative clause drop it. Trades listed after one verb
        (从事甲、乙业务的单位) name one party each (``_trade_bearers``)."""
        if not after:
            return after
        first = after[0]
        if len(after) == 1 and _named_by_clause(first.text):
            return self._clause_named(text, pos, first)
        if first.text in _CLAUSE_NAMED_HEADS or (
            _named_by_clause(first.text) and not any(_named_by_clause(p.text) for p in after[1:])
        ):
            # 从事甲业务的经营人以及乙公司, 安装设备的单位和监理单位: a head that names no one
            # alone takes the clause as its name before a named conjunct; 甲的单位和个人
            # (anyone at all) stays as it was
            return [*self._clause_named(text, pos, first), *after[1:]]
        return after

    def _clause_named(self, text: str, pos: int, head: Party) -> list[Party]:
        """The bearers a relative clause from ``pos`` and its ``head`` name: one per trade
        it lists, else the clause and head as one name."""
        return self._trade_bearers(text, pos, head) or [self.name(text[pos : head.end], pos)]

    def _trade_bearers(self, text: str, pos: int, head: Party) -> list[Party]:
        """从事甲代办、乙设备检修的经营人 → 从事甲代办的经营人 + 从事乙设备检修的经营人: trades
        listed by 、 after one verb of trade, before the 的 of a body or doer head, are as
        many bearers, each with the verb and the head; else []. Persons doing several
        tasks (从事甲、乙工作的人员) stay one party, and so do trades summed up by 等."""
        de = head.start - 1
        verb = next((v for v in _TRADE_VERBS if text.startswith(v, pos)), "")
        if (
            not verb
            or de - pos > _MAX_TRADE_CLAUSE
            or text[de : de + 1] != "的"
            or head.text in _BARE_PERSON_HEADS
            or _TRADE_BREAK_RE.search(text, pos, de)
        ):
            return []
        items = text[pos + len(verb) : de].split("、")
        if len(items) < 2 or any(len(item) < 2 for item in items):
            return []
        parties, start = [], pos + len(verb)
        for item in items:
            name = verb + item + "的" + head.text
            parties.append(Party(name, *self._label_cls(name), start, start + len(item)))
            start += len(item) + 1
        first, last = parties[0], parties[-1]
        parties[0] = Party(first.text, first.label, first.cls, pos, first.end)
        parties[-1] = Party(last.text, last.label, last.cls, last.start, head.end)
        return parties

    def _owned_parties(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], group: Sequence[Party]
    ) -> list[Party]:
        """企业的管理层（也）应当…: the party a possessor has bears the duty, named whole;
        an adverb (也, 还, 均) may stand between it and the trigger. So does the body a
        government charges with a task (甲市人民政府负责乙工作的部门应当…). Several
        parties the possessor has (乘客的亲属或者其他陪护人应当…) bear it each, named as
        written after 的; governments' departments are each government's (see
        ``_departments_of_governments``)."""
        governments = all(party.text.endswith("政府") for party in group)
        if not group:
            return []
        de = group[-1].end
        # 甲中的乙: the members of 甲 that are 乙 (学生中的党员), named as 乙 alone
        partitive = text.startswith(_PARTITIVE_DE, de)
        de += len(_PARTITIVE_DE) - 1 if partitive else 0
        if text.startswith(_CHARGING_VERBS, de):
            de = self.charged_body_de(text, de, end, tokens)
        if de == -1 or not text.startswith("的", de):
            return []
        owned = self._group_at(text, de + 1, end, tokens)
        if not owned and self._fills_as_name(text, de + 1, end, tokens):
            owned = [self.name(text[de + 1 : end], de + 1)]  # 甲的人民调解组织 (a verb inside)
        if not owned or not (
            _adverbs_only(text, owned[-1].end, end, tokens)
            # 甲公司的法定代表人对乙工作负责: a preposition's frame before the trigger
            or _opens_with_preposition(text, owned[-1].end, tokens)
            # 甲公司的员工符合条件的，…: an agent that acts in the clause of its own
            or _agent_acts(text, owned[-1], end, tokens)
        ):
            return []
        if partitive:
            return owned
        if governments and (len(group) > 1 or len(owned) > 1):
            return self._departments_of_governments(text, de, end, tokens, group, owned)
        if len(group) > 1:
            return owned  # 甲、乙以及丙的调解组织应当…: what the listed possessors have acts
        if len(owned) == 1:
            return [self.name(text[pos : owned[0].end], pos)]
        return owned

    def _departments_of_governments(
        self,
        text: str,
        de: int,
        end: int,
        tokens: Sequence[Token],
        governments: Sequence[Party],
        owned: Sequence[Party],
    ) -> list[Party]:
        """州和县人民政府的甲、乙等行政部门 → 州人民政府的甲行政部门 + …乙行政部门 + 县…:
        each government's department of each field, the head kept whole; one department
        (州和县人民政府的有关部门) is each government's, named as written after 的."""
        listed = self._listed_examples(text, de + 1, end, tokens, qualified=True)
        if len(owned) == 1:
            parts = [(text[de + 1 : owned[0].end], owned[0])]
        elif listed and listed[-1].end == owned[-1].end:
            parts = [(party.text, party) for party in listed]
        else:
            parts = [(party.text, party) for party in owned]
        names = [
            (government.text + "的" + part, party)
            for government in governments
            for part, party in parts
        ]
        return [
            Party(name, *self._label_cls(name), party.start, party.end) for name, party in names
        ]

    def charged_body_de(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
        """The 的 of 负责…的部门 at ``pos`` (a charging verb) when an agency head follows it,
        else -1: 负责乙工作的部门 names a body (负责乙单位的培训 states a task)."""
        de = text.find("的", pos, end)
        while de != -1:
            body = self._group_at(text, de + 1, end, tokens)
            if len(body) == 1 and body[0].text.endswith(_CHARGED_HEADS):
                return de
            de = text.find("的", de + 1, end)
        return -1

    def _group_and_brackets(
        self, text: str, end: int, tokens: Sequence[Token], group: list[Party]
    ) -> SubjectParse:
        """The subject a group opens, with the brackets after it: the parties they list
        (相关方（甲方、乙方和丙方）), the short name they define for a list closed by 等, or,
        for one party or a closed list, a short name it keeps no more than its full names
        (甲局（以下简称局）; 甲局和乙局（以下统称主管局）: 甲局 and 乙局)."""
        listed = len(group) if _open_list(text, group, tokens) else 1
        members = self._members_in_brackets(text, group[-1].end, end, tokens, listed)
        stop = group[-1].end
        if members:
            group, stop = members, members[-1].end
        elif alternative := self._alternative_in_brackets(text, group[-1], end, tokens):
            group, stop = [*group, alternative], alternative.end
        closer = _BRACKETS.get(text[stop : stop + 1])
        if closer and text.startswith(_DEFINING_MARKERS, stop + 1):
            stop = max(stop, text.find(closer, stop, end) + 1)
        elif members and text.startswith(("）", ")"), stop):
            stop += 1
        return SubjectParse(SubjectKind.PARTY, tuple(group), stop)

    def _alternative_in_brackets(
        self, text: str, party: Party, end: int, tokens: Sequence[Token]
    ) -> Party | None:
        """The one body a bracket right after a body's name offers in its stead (甲镇政府
        （乙办事处）: the town's government, or the street office where no town is): both
        bear what follows. A bracket naming a body of the same ending (甲中心（乙中心）),
        a person or a place, or letters only glosses the name."""
        if not text.startswith(("（", "("), party.end) or text.startswith(
            _DEFINING_MARKERS, party.end + 1
        ):
            return None
        close = text.find(_BRACKETS[text[party.end]], party.end, end)
        members = self._group_at(text, party.end + 1, close, tokens) if close > 0 else []
        if len(members) != 1 or (members[0].start, members[0].end) != (party.end + 1, close):
            return None
        other = members[0]
        bodies = all(name.endswith(_LISTED_BODY_ENDINGS) for name in (party.text, other.text))
        if not bodies or party.text[-1] == other.text[-1] or not HAN_WORD_RE.fullmatch(other.text):
            return None
        return other

    def _members_in_brackets(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], listed: int = 1
    ) -> list[Party]:
        """The parties listed in brackets right after a party's name, if they fill them,
        or the short name the brackets define for an open list of ``listed`` parties
        (甲、乙等服务单位（以下统称服务方）: 服务方, the class the list samples; one party
        or a closed list keeps its full names)."""
        closer = _BRACKETS.get(text[pos : pos + 1])
        close = text.find(closer, pos, end) if closer else -1
        if close == -1:
            return []
        marker = next((m for m in _DEFINING_MARKERS if text.startswith(m, pos + 1)), "")
        if marker and listed > 1:
            defined = text[pos + 1 + len(marker) : close].strip()
            start = close - len(defined)
            return [self.name(defined, start)] if _is_wordlike(defined) else []
        if marker:
            return []
        members = self._group_at(text, pos + 1, close, tokens)
        if len(members) < 2 or text[members[-1].end : close].strip("等 "):
            return []
        return members

    def _passive_role(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], listed: bool = False
    ) -> Party | None:
        """被 + a role noun (被申请人, 被投诉人): the other side of a procedure, one name;
        ``listed``: a conjunct of a list, which may go on after it (被申请人或者甲)."""
        found = self._passive_list(text, pos, end, tokens, listed)
        return found[0] if found else None

    def _passive_list(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], listed: bool = True
    ) -> list[Party]:
        """A passive role and, when ``listed``, the conjuncts of the list it opens
        (被申请人和甲 → 被申请人, 甲): the group after 被 is looked up once for both."""
        if not text.startswith("被", pos):
            return []
        if _passive_agent(text, pos, tokens):
            return []
        group = self._group_at(text, pos + 1, end, tokens)
        if (
            not group
            or (len(group) != 1 and not listed)
            or group[0].start != pos + 1
            or not (
                group[0].text.endswith(("人", "者", "方"))
                or self._verb_and_bare_head(group[0].text)
            )
        ):
            return []
        return [self.name(text[pos : group[0].end], pos), *group[1:]]

    def _bare_after_participle(self, group: list[Party], pos: int) -> int | None:
        """The end of a bare head (单位, 机构) right after a passive participle (受委托|单位),
        the ``group`` read at ``pos`` after it, else None: without the participle the head
        names no party, so the name keeps it."""
        if len(group) == 1 and group[0].start == pos and group[0].text in self._bare_heads:
            return group[0].end
        return None

    def _verb_and_bare_head(self, name: str) -> bool:
        """Whether ``name`` is a two-character verb and a bare head (检查单位 of 被检查单位):
        after 被 the party a procedure is done to. Without its verb the head alone (单位)
        names no party, so the whole passive name is kept."""
        verb = name[:_VERB_LENGTH]
        if name[_VERB_LENGTH:] in self._bare_heads and _verb_and_field(verb):
            return True
        # two words of what is done to it (立案 + 调查 + 单位 of 被立案调查单位): dictionary
        # words, one of them a verb (the dictionary tags some acts as nouns)
        words = (verb, name[_VERB_LENGTH : 2 * _VERB_LENGTH])
        return (
            name[2 * _VERB_LENGTH :] in self._bare_heads
            and all(in_dictionary(word) for word in words)
            and any(word_class(word) in VERB_CLASSES for word in words)
        )

    def _unnamed_subject(
        self, text: str, pos: int, end: int, tokens: Sequence[Token]
    ) -> SubjectParse | None:
        """A collective (双方) or a pronoun (他们) opening the clause, or a speaker's
        label (``_SPEAKER_LABEL_RE``), else None."""
        if self._speaker_label(text, pos, end):
            return SubjectParse(SubjectKind.PRONOUN, (), end)
        if pos >= end or text[pos : pos + 1] not in _UNNAMED_INITIALS:
            return None
        for word in COLLECTIVES:
            if text.startswith(word, pos, end):
                return SubjectParse(SubjectKind.COLLECTIVE, (), pos + len(word))
        if text.startswith(_PRONOUNS, pos, end) and not self._party_at(text, pos, end, tokens):
            for word in _PRONOUNS:
                if text.startswith(word, pos, end):
                    return SubjectParse(SubjectKind.PRONOUN, (), pos + len(word))
        return None

    def opens_with_speaker(self, text: str) -> bool:
        """Whether ``text`` opens with a speaker's label (王某某：…, 陈李某某：…): what
        follows is that person's speech, whose subjectless advice no party bears."""
        pos = len(text) - len(text.lstrip())
        label = _SPEAKER_LABEL_RE.match(text, pos)
        return label is not None and self._speaker_label(text, pos, label.end(1))

    def _speaker_label(self, text: str, pos: int, end: int) -> bool:
        """Whether ``text[pos:end]`` opens the sentence as a speaker's label: a surname and
        one to three characters that name no known party, then a colon (王某某：…)."""
        if text[pos : pos + 1] not in _SURNAMES or text[:pos].strip():
            return False
        label = _SPEAKER_LABEL_RE.match(text, pos, len(text))
        return (
            label is not None
            and label.end(1) == end
            and self.lexicon.lookup(label.group(1)) is None
        )

    def actor_subject(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], *, copular: bool = False
    ) -> list[Party]:
        """Everyday nouns that stand as the subject of a deontic (园区要…, 司机和乘务员不得…).

        The phrase must reach the trigger, or an adverb or adverbial opener before it
        (景区也要…, 建筑工地在…后应当…), or with ``copular`` the 是 of a clause that
        characterises it (景区是…的责任主体，要…); each conjunct ends in an actor noun
        (``is_actor_noun``) or is 各 + noun (各地, 各景区). Things and abstractions
        (信息应当…, 押金应当…) and clauses (从事…活动，应当…) name no party.
        """
        if self._speaker_label(text, pos, end):
            return []
        first = bisect.bisect_left(tokens, pos, key=_START)
        words = [(tok_start, tok_end) for tok_start, tok_end in tokens[first:] if tok_end <= end]
        parties: list[Party] = []
        index = 0
        while index < len(words):
            start = words[index][0]
            conjunct_end, index = self._actor_conjunct(text, words, index)
            if not conjunct_end:
                return []
            parties.append(self.name(text[start:conjunct_end], start))
            if index >= len(words):
                return parties
            word = text[words[index][0] : words[index][1]]
            if word in _SUBJECT_COORDINATORS and index + 1 < len(words):
                index += 1
                continue
            rest = text[words[index][0] : end]
            if copular:  # 园区是卫生管理的第一责任人: the topic of the duties that follow
                return parties if word == "是" else []
            if word in AFTER_SUBJECT and len(rest) <= _MAX_ADVERBIAL and "、" not in rest:
                return parties
            return []
        return parties

    def _actor_conjunct(
        self, text: str, words: Sequence[Token], index: int, *, verb_modifier: bool = True
    ) -> tuple[int, int]:
        """(end, next index) of the actor noun phrase at ``words[index]``, else (0, index).

        A known party may be only the start of a longer everyday name (快递 + 网点); the
        longer reading wins. With ``verb_modifier`` (subject position) a verb may open
        the phrase as the modifier of its noun (快递网点); after a directive it may not
        (鼓励发展养老机构…).
        """
        best = (0, index)
        known = self._party_at(text, words[index][0], words[-1][1], words)
        if known:
            after = index
            while after < len(words) and words[after][1] <= known:
                after += 1
            if words[after - 1][1] == known:
                best = (known, after)
        generic = self._generic_conjunct(text, words, index, verb_modifier)
        return generic if generic[0] > best[0] else best

    def _generic_conjunct(
        self, text: str, words: Sequence[Token], index: int, verb_modifier: bool
    ) -> tuple[int, int]:
        start = index
        word = text[words[index][0] : words[index][1]]
        distributive = _distributive(text, words, index)
        if distributive:
            index = distributive  # 每位乙人员都应当…: each of the parties named after it
            word = text[words[index][0] : words[index][1]] if index < len(words) else ""
        elif word.startswith(_QUANTIFIERS):
            return 0, start  # 每学期不得…: a frequency, not a party
        if len(word) >= 3 and word.startswith("各") and is_actor_noun(word[1:]):
            return words[index][1], index + 1  # 各街道 read as one word
        if word.startswith("各") and word_class(word) == "r" and len(word) == 2:
            determiner = word in ACTOR_DETERMINERS
            index += 1
            if not determiner:  # 各地, 各区: a set of places acting as institutions
                nxt = index < len(words) and _wordlike_noun(text, words[index])
                if not nxt:
                    return words[index - 1][1], index
        elif word in ACTOR_DETERMINERS:
            index += 1
        verb_opened = False
        if verb_modifier and _modifier_verb(word) and index + 1 < len(words):
            # 维修网点人员: a verb modifying an agentive noun; before any other noun it
            # opens a clause that is the subject (解决这个难题需要…)
            index += 1
            verb_opened = True
        last = 0
        count = 0
        while index < len(words) and count < 4:
            tok_start, tok_end = words[index]
            word = text[tok_start:tok_end]
            if (
                word in BREAK_WORDS
                or word in DIRECTIVE_OPENERS  # 规范|指导|会员…: a predicate and its object
                or not _is_wordlike(word)
                or is_text_connective(word)
            ):
                break  # (二是|科学决策，要…: a step of the writer's, no party)
            head = (
                word in _VERB_MODIFIED_HEADS
                or (word in _SECTOR_HEADS and count > 0)  # 金融|行业, not (各)行业 alone
                or (
                    (has_agentive_ending(word) if verb_opened else is_actor_noun(word))
                    and word not in _COLLECTIVE_SET  # 甲资料|双方: the sides named elsewhere
                )
            )
            if word_class(word) not in _ACTOR_MODIFIER_CLASSES and not head:
                break
            count += 1
            index += 1
            if head and not _ends_in_pronoun(text, tok_start, tok_end):
                last = index
        if not last and count == 1 and index - start == 1 and _polity(text, words[start]):
            return words[start][1], index  # 甲国应当…: a country as a polity
        if not last:
            return 0, start
        return words[last - 1][1], last

    def _fills_as_name(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> bool:
        """``text[pos:end]`` is one short noun phrase ending in a head or an agentive
        noun (陪护家属, 探视人员), with no function words."""
        if end - pos > _MAX_NP:
            return False
        first = bisect.bisect_left(tokens, pos, key=_START)
        words: list[str] = []
        for tok_start, tok_end in tokens[first:]:
            if tok_start >= end:
                break
            word = text[tok_start:tok_end]
            if word in BREAK_WORDS or not _is_wordlike(word) or tok_end > end:
                return False
            words.append(word)
        if not words or words[0] in DIRECTIVE_OPENERS or _adverb_and_judging_verb(words[0]):
            return False  # 动员甲方力量, 明确指出甲方: a verb and its object, not a name
        if any(word.startswith(_QUESTION_WORDS) for word in words):
            return False  # 如何办好乙中心: a question heading, no party's name
        if any(word in _HAVING_VERBS for word in words[1:]):
            return False  # 甲意见包括乙平台: a clause of what something holds, no name
        if len(words) > 1 and words[0] in ACTOR_DETERMINERS:
            # 各大出行平台: a determiner of actors before the name the rest fills
            return self._fills_as_name(text, pos + len(words[0]), end, tokens)
        agentive = (
            is_agentive_noun(words[-1])
            or (len(words) > 1 and is_agent_suffix(words[-1], words[-2]))
            # one word alone before the trigger: its ending decides, whatever its tag (诊所 v)
            or (len(words) == 1 and has_agentive_ending(words[0]))
        )
        if self._head_ends.ends_phrase(text, pos, end):
            # an adverb, preposition or particle never opens a name (已经成为甲方…)
            opens = word_class(words[0])
            if len(words) > 1 and (opens in _NOT_NAME_OPENERS or opens.startswith("u")):
                return False
            return not _ends_in_pronoun(text, pos, end)
        # without a known head, only a plain noun phrase counts: a verb may open it only as
        # the modifier of one noun (陪护家属), never a predicate (梳理行业链条上各参与方)
        if not agentive or (len(words) > 2 and word_class(words[0]) in _NOT_NP_START):
            return False
        return not any(word_class(word) in _NOT_NOUN_INSIDE for word in words[1:-1])

    def _name_before_adverbs(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
        """Where the name ends that fills the words before a trigger (``_fills_as_name``),
        they or all but the adverbs closing them (该组织也应…, 该组织既需…, 协调小组还需…:
        a name the dictionary reads as a verb, with the adverbs a modal takes); else 0."""
        if self._fills_as_name(text, pos, end, tokens):
            return end
        for start, _ in _starting_in(tokens, pos + 1, end):
            if _only_adverbs(text, start, end, tokens, before_modal=True):
                return start if self._fills_as_name(text, pos, start, tokens) else 0
        return 0

    def fills_as_name(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> bool:
        """Whether ``text[pos:end]`` is, as a whole, one party's name (a heading, a subject)."""
        return self._fills_as_name(text, pos, end, tokens)

    def group_at(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> list[Party]:
        """The coordinated parties starting exactly at ``pos`` (empty if none); right
        after a modal, none where a verb and its object open the words (需要|核查|
        甲省货运经营者是否…: the verb is the duty's, the party its object); else a passive
        role (被乙方) when no group starts there; bare role words listed after a first
        name made of a domain and a role share its domain (``_with_shared_modifier``)."""
        group = self._group_at(text, pos, end, tokens)
        if group and self._verb_and_object_after_modal(text, pos, tokens, group[0]):
            return []
        if not group:  # 告知被举报人: a passive role names a party wherever it stands
            passive = text.startswith("被", pos)
            passive_role = self._passive_role(text, pos, end, tokens) if passive else None
            return [passive_role] if passive_role is not None else []
        # 通知甲农机制造商、代理商: the list's bare role words share its first name's domain
        return self._with_shared_modifier(text, tokens, group)

    def named_with_clause(
        self, text: str, pos: int, group: list[Party], tokens: Sequence[Token]
    ) -> list[Party]:
        """委托|具备资格的单位: a lone head that names no one without its relative clause
        (see ``_relative_named``), read after the clause from ``pos``, is named with it;
        any other group is returned as it is."""
        if len(group) != 1 or not _relative_named_head(group[0].text):
            return group
        de = group[0].start - 1
        clause = text[pos:de]
        if (
            text[de : de + 1] != "的"
            or not 2 <= len(clause) <= _MAX_RELATIVE_NAME
            or not _is_wordlike(clause)
            or not any(
                word_class(text[a:b]) in VERB_CLASSES for a, b in tokens if pos <= a and b <= de
            )
        ):
            return group
        return [self.name(text[pos : group[0].end], pos)]

    def _verb_and_object_after_modal(
        self, text: str, pos: int, tokens: Sequence[Token], party: Party
    ) -> bool:
        """The party at ``pos`` right after a modal is a verb (no known name), then a noun
        and a party's name: the verb's object, not a name the verb modifies."""
        first = bisect.bisect_left(tokens, pos, key=_START)
        if first + 2 >= len(tokens) or tokens[first][0] != pos:
            return False
        if not first or text[slice(*tokens[first - 1])] not in _MODALS:
            return False
        if not self._opens_predicate(text[slice(*tokens[first])]):
            return False
        second_start, second_end = tokens[first + 1]
        if word_class(text[second_start:second_end]) not in _PLAIN_NOUN_CLASSES:
            return False
        return 0 < self._party_at(text, second_start, party.end, tokens) == party.end

    def verb_takes_party(self, text: str, party: Party, tokens: Sequence[Token]) -> bool:
        """Whether a name read at the start of a bare clause is a verb and its object: its
        first or second word opens a predicate and the words after that verb are a party
        of their own (…，培训乙类农户; …，统筹安排丙类游客接待), not a bare head
        right after a first verb (审批部门: it modifies the head), and no name the lexicon
        knows whole.

        Why: in a chain of acts a clause opening with a verb addresses the party it names
        as its object; the chunker, reading names, takes the verb as a modifier of it."""
        if self.lexicon.lookup(party.text) is not None:
            return False
        after = bisect.bisect_left(tokens, party.end, key=_START)
        if after < len(tokens) and word_class(text[slice(*tokens[after])]) == "v":
            return False  # 甲联络部门牵头落实…: a verb after the name is its predicate
        first = bisect.bisect_left(tokens, party.start, key=_START)
        for index in (first, first + 1):
            if index + 1 >= len(tokens) or tokens[index + 1][0] >= party.end:
                return False
            start = tokens[index + 1][0]
            if (
                self._opens_predicate(text[slice(*tokens[index])])
                and (index > first or text[start : party.end] not in LISTED_HEADS)
                and self._party_at(text, start, party.end, tokens) == party.end
            ):
                return True
        return False

    def _group_at(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> list[Party]:
        groups = self._memo_for(text, tokens)[2]
        group = groups.get((pos, end))
        if group is None:
            group = groups[(pos, end)] = tuple(self._find_group(text, pos, end, tokens))
        return list(group)

    def _find_group(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> list[Party]:
        group = self._with_earlier_level(text, pos, self._group_here(text, pos, end, tokens))
        if group and group[0].text in NON_AGENT_NOUNS:
            return []  # 需要跨平台联动: a non-agent noun with an agent's head opens no group
        if asks(group):
            return []  # 如何办好乙中心, 哪些部门: a question names no party
        group = [part for party in group for part in self._place_set_apart(party)]
        group = self._without_summary(group)
        return self._named_persons(text, end, tokens, self._with_shared_scope(text, group))

    def _without_summary(self, group: list[Party]) -> list[Party]:
        """甲、乙这两类单位 / 甲、乙这些单位 → 甲 + 乙: a demonstrative summing up the list
        before it is no part of the last conjunct's name."""
        summary = _LIST_SUMMARY_RE.search(group[-1].text) if len(group) > 1 else None
        if summary is None or summary.start() < 2:
            return group
        last = group[-1]
        return [*group[:-1], self.name(last.text[: summary.start()], last.start)]

    def _place_set_apart(self, party: Party) -> list[Party]:
        """各地各甲部门 → 各地 + 各甲部门: a set of places glued to a set of bodies, each
        with its own 各, names two parties; else the party as it is."""
        cut = party.text.find(_EACH, 1) if party.text.startswith(_EACH) else -1
        place, rest = party.text[:cut], party.text[cut:]
        if cut < 0 or place not in _PLACE_SETS or len(rest) < 2:
            return [party]
        at = party.start + cut
        return [self.name(place, party.start), Party(rest, *self._label_cls(rest), at, party.end)]

    def _named_persons(
        self, text: str, end: int, tokens: Sequence[Token], group: list[Party]
    ) -> list[Party]:
        """A title right before a person's name stands for that person, named without
        descriptors (代理律师张明华提交… → 张明华; 局长李华要求… → 李华)."""
        if not group:
            return group
        last = group[-1]
        name_end = personal_name_end(text, last.end, end, tokens)
        if not name_end or not has_agentive_ending(last.text):
            return group
        return [*group[:-1], self.name(text[last.end : name_end], last.end)]

    def with_shared_domain(
        self, text: str, tokens: Sequence[Token], group: Sequence[Party]
    ) -> tuple[Party, ...]:
        """The group with its bare role words sharing its first name's domain (甲农机
        制造商、代理商 → 甲农机代理商), for a subject read outside a duty's trigger."""
        return tuple(self._with_shared_modifier(text, tokens, list(group)))

    def _with_shared_charge(self, text: str, group: list[Party]) -> list[Party]:
        """甲政府负责乙工作的部门或者机构 → …的部门 + …的机构: a bare head coordinated
        right after a body named by its charge (a relative clause closed by 的 before a
        bare head) shares that charge; alone it would be any body of its kind."""
        if len(group) < 2 or "的" not in group[0].text:
            return group
        first = group[0]
        mark = first.text.rfind("的")
        if first.text[mark + 1 :] not in self._bare_heads:
            return group
        charged = first.text[: mark + 1]
        shared = [first]
        for before, party in itertools.pairwise(group):
            if (
                text[before.end : party.start] not in _SCOPE_JOINTS
                or party.text not in self._bare_heads
            ):
                return [*shared, *group[len(shared) :]]
            name = charged + party.text
            shared.append(Party(name, *self._label_cls(name), party.start, party.end))
        return shared

    def _with_shared_modifier(
        self, text: str, tokens: Sequence[Token], group: list[Party]
    ) -> list[Party]:
        """甲产品生产者、进口商应当… → 甲产品生产者 + 甲产品进口商: in a subject, a bare role
        word (one word with an agent ending) coordinated after a first name made of a
        domain's nouns and a role word shares that domain. Why: a list of roles in one
        trade names its domain once, and a bare 进口商 alone would be anyone's importer;
        ``group_at`` and ``mentions`` read objects so too (通知甲农机制造商、代理商)."""
        if len(group) < 2:
            return group
        first = group[0]
        words = [
            span for span in _starting_in(tokens, first.start, first.end) if span[1] <= first.end
        ]
        if len(words) > 2 and _split_role(text, words[-2:]):
            words = [*words[:-2], (words[-2][0], words[-1][1])]  # 甲农机|代理|人
        if len(words) < 2 or not _is_role_word(text[slice(*words[-1])]):
            return group
        domain = text[first.start : words[-1][0]]
        if len(domain) < _MIN_SHARED_DOMAIN or not all(
            word_class(text[a:b]).startswith("n") for a, b in words[:-1]
        ):
            return group
        shared = [first]
        for before, party in itertools.pairwise(group):
            joint = text[before.end : party.start]
            if (
                joint in _SCOPE_JOINTS
                and joint not in COMITATIVES  # (甲商与乙商之间: two sides, no list)
                and _is_role_word(party.text)
                and _one_role_word(text, tokens, party)
            ):
                party = Party(
                    domain + party.text,
                    *self._label_cls(domain + party.text),
                    party.start,
                    party.end,
                )
            shared.append(party)
        return shared

    def _with_shared_scope(self, text: str, group: list[Party]) -> list[Party]:
        """某某县党委和政府 → 某某县党委 + 某某县政府: a bare organ of a pair
        (``paired_organs``) coordinated right after one under a scope takes that scope."""
        scoped = list(group)
        for index, (first, second) in enumerate(itertools.pairwise(group), start=1):
            joint = text[first.end : second.start]
            if second.text not in _PAIRED_ORGANS or joint not in _SCOPE_JOINTS:
                continue
            organ = next((w for w in _PAIRED_ORGANS_LONGEST if first.text.endswith(w)), "")
            scope = first.text[: len(first.text) - len(organ)] if organ else ""
            if scope:
                name = scope + second.text
                scoped[index] = Party(name, *self._label_cls(name), second.start, second.end)
        return scoped

    def _group_here(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> list[Party]:
        if text.startswith(_FORMER_LATTER, pos):
            return self._former_or_latter(text, pos, tokens)
        departments = self._departments_of_government(text, pos, end, tokens)
        if departments:
            return departments
        departments = self._levels_before_list(text, pos, end, tokens)
        if departments:
            return departments
        listed = self._listed_examples(text, pos, end, tokens)
        if listed:
            return self._with_later_conjuncts(text, end, tokens, listed)
        if listed is not None:
            return listed
        return self._coordinated_names(text, pos, end, tokens)

    def _with_later_conjuncts(
        self, text: str, end: int, tokens: Sequence[Token], listed: list[Party]
    ) -> list[Party]:
        """A list closed by 等 and its label, and the parties coordinated after it
        (甲、乙等新闻单位和志愿者 → 新闻单位 + 志愿者), also the listed bodies' own staff
        after 及其 (甲、乙等单位及其从业人员 → … + 从业人员), a party as 甲公司及其员工 has."""
        coordinator = _coordinator_at(text, listed[-1].end, end)
        if not coordinator:
            return listed
        return [*listed, *self._group_at(text, listed[-1].end + len(coordinator), end, tokens)]

    def _coordinated_names(
        self, text: str, pos: int, end: int, tokens: Sequence[Token]
    ) -> list[Party]:
        """Names joined by coordinators from ``pos``, head-less conjuncts completed by the
        head they share (交通、水利部门), divisions by the name after them (市和区…)."""
        parties: list[Party] = []
        pending: list[tuple[str, int]] = []  # headless conjuncts awaiting a head (交通运输、)
        cursor = pos
        while cursor < end:
            alternatives = (
                []
                if pending and not _divisions_only(pending)
                else self._bracketed_alternatives(text, cursor, end, tokens)
            )
            division_end = 0 if alternatives else _division_before_coordinator(text, cursor, end)
            party_end = (
                0 if alternatives or division_end else self._conjunct_end(text, cursor, end, tokens)
            )
            later = bool(parties) and not pending
            listed = [] if party_end or not later else self._rest_of_list(text, cursor, end, tokens)
            if listed:  # 甲中心、文化宫、研学营地等，应当…: the list's category is 甲's
                parties.extend(listed)
                break
            relative = self._later_conjunct(text, cursor, end, tokens, party_end) if later else None
            if relative is not None:  # 甲和收治伤员的乙: a later conjunct's relative clause
                parties.append(relative)
                cursor = relative.end
            elif division_end:  # 市|和区民政部门: a division sharing the name after it
                pending.append((text[cursor:division_end], cursor))
                cursor = division_end
            elif alternatives:  # 乡（镇）人民政府; 市、县（市、区）人民政府
                parties = self._with_alternatives(parties, pending, alternatives)
                pending = []
                cursor = alternatives[-1].end
            elif party_end:
                found, closed = self._conjunct_at(
                    text, cursor, party_end, end, tokens, pending, after_party=bool(parties)
                )
                parties.extend(found)
                pending = []
                if closed or not found:  # 甲和乙机关等部门: the list ends at the head after 等;
                    break  # 时间、地点、参会人员 (none found): things are listed, no parties
                cursor = _after_gloss(text, max(party_end, *(p.end for p in found)), end)
            else:
                shared = self._shared_head(text, cursor, end, tokens, bool(pending), parties)
                if shared is not None:
                    parties.extend(self._ending_at_shared_head(text, cursor, pending, shared))
                    break
                bare_end = _headless_conjunct_end(
                    text, cursor, end, tokens, bool(pending), opening=not parties
                )
                if not bare_end:
                    break
                pending.append((text[cursor:bare_end], cursor))
                cursor = bare_end
            coordinator = _coordinator_at(text, cursor, end)
            if not coordinator or _ends_list(pending, coordinator):
                break
            cursor += len(coordinator)
        return parties

    def _later_conjunct(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], party_end: int
    ) -> Party | None:
        """A later conjunct with its own relative clause (甲和收治伤员的乙), or, where no
        party name starts, a passive role (甲、被申请人或者乙)."""
        relative = self._relative_conjunct(text, pos, end, tokens, party_end)
        if relative is not None or party_end:
            return relative
        return self._passive_role(text, pos, end, tokens, listed=True)

    def _conjunct_end(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
        """The end of the party a conjunct at ``pos`` names, else 0; a party followed by the
        suffix of an adjective of kind (政府性甲、乙机构) names none: 政府性 opens a
        head-less conjunct."""
        party_end = self._party_at(text, pos, end, tokens)
        return 0 if text.startswith(_ADJECTIVE_SUFFIX, party_end) else party_end

    def _conjunct_at(
        self,
        text: str,
        pos: int,
        party_end: int,
        end: int,
        tokens: Sequence[Token],
        pending: list[tuple[str, int]],
        *,
        after_party: bool = False,
    ) -> tuple[list[Party], bool]:
        """The parties a conjunct read up to ``party_end`` names, with the head-less
        conjuncts before it (``after_party``: a list that a party opened), and whether it
        closes the list (甲和乙机关等部门)."""
        surface = text[pos:party_end]
        if pending:
            return self._expand_ellipsis(pending, surface, pos, after_party=after_party), False
        split = self._joined_before_deng(text, pos, party_end, end, tokens)
        if split:
            return split, True
        # 甲加工厂（场）: the bracket of alternatives to the head is part of the name
        named, _ = _with_trailing_alternatives(text, [self.name(surface, pos)], party_end, end)
        return named, False

    def _joined_before_deng(
        self, text: str, pos: int, party_end: int, end: int, tokens: Sequence[Token]
    ) -> list[Party]:
        """甲和乙局等部门 → 甲部门 + 乙局: a name joined by 和 (read whole as one agency,
        since 甲 alone names no party) whose second part is a body of its own, in a list
        closed by 等 + a bare head, is two items: the field takes the head, the body stays."""
        joint = text.find("和", pos, party_end)
        shared = self._shared_head_after_deng(text, pos, end, tokens)
        if joint <= pos or shared is None or shared[0] != party_end:
            return []
        head = text[shared[1] : shared[2]]
        body = text[joint + 1 : party_end]
        if head not in LISTED_HEADS or not body.endswith(_LONG_BODY_HEADS):
            return []  # 农业和农村局: a merged agency; one character names no body alone
        if self._party_at(text, joint + 1, party_end, tokens) != party_end:
            return []
        field = text[pos:joint]
        return [
            Party(field + head, *self._label_cls(field + head), pos, joint),
            Party(body, *self._label_cls(body), joint + 1, shared[2]),
        ]

    def _listed_to_end(self, text: str, pos: int, end: int) -> list[Party]:
        """Plain words joined by 、 and closed by 等 right at ``end``, after a party: the
        rest of a list of parties of one kind, each a party like the first."""
        match = _LISTED_TO_END_RE.fullmatch(text, pos, end)
        if match is None:
            return []
        parties, cursor = [], pos
        for word in match.group("items").split("、"):
            parties.append(self.name(word, cursor))
            cursor += len(word) + 1
        return parties

    def _rest_of_list(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> list[Party]:
        """The parties that end a list a party opened, read whole (see the readers)."""
        return (
            self._listed_to_end(text, pos, end)
            or self._relative_group(text, pos, end, tokens)
            or self._clause_named_conjunct(text, pos, end, tokens)
        )

    def _clause_named_conjunct(
        self, text: str, pos: int, end: int, tokens: Sequence[Token]
    ) -> list[Party]:
        """甲经营人、乙单位以及从事丙代办的经营人应当…: a later conjunct a verb of trade opens,
        before the 的 of a head its relative clause names, is named with the clause (and
        its listed trades, one party each); else []."""
        if not text.startswith(_TRADE_VERBS, pos) or not _starts_a_token(tokens, pos):
            return []
        de = text.find("的", pos, min(end, pos + _MAX_TRADE_CLAUSE))
        if de == -1 or not _ends_token(tokens, de + 1):
            return []
        head_end = self._party_at(text, de + 1, end, tokens)
        if not head_end:
            return []
        head = self.name(text[de + 1 : head_end], de + 1)
        if not _named_by_clause(head.text):
            return []
        return self._clause_named(text, pos, head)

    def _relative_group(
        self, text: str, pos: int, end: int, tokens: Sequence[Token]
    ) -> list[Party]:
        """The parties a later conjunct names after its own relative clause, where what
        follows the 的 is a coordination sharing a head (…或者经批准的甲、乙单位 → 甲单位 +
        乙单位): the clause restricts them all; else []."""
        de = text.find("的", pos, min(end, pos + _MAX_RELATIVE_CONJUNCT))
        if (
            de - pos < 2
            or _RELATIVE_BREAK_RE.search(text, pos, de)
            or not _ends_token(tokens, de + 1)
            or not _starts_a_token(tokens, pos)
            or text.endswith("其", 0, pos)
            or self._party_at(text, de + 1, end, tokens)
        ):
            return []
        group = self._group_at(text, de + 1, end, tokens)
        return group if len(group) > 1 and group[0].start == de + 1 else []

    def _relative_conjunct(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], party_end: int
    ) -> Party | None:
        """The party a later conjunct names after its own relative clause (…和救治伤员的
        医院 → 医院): the clause restricts it, the name is its head; a bare head keeps the
        clause (…或者负责审批的机构), and a delegate is a party of its own (…或者其委托的乙
        单位 → 乙单位; …或经其指定的机构 keeps the clause). A conjunct read as a party
        before the 的 (…和收治病人的医院) is one only where the head ends the phrase."""
        de = text.find("的", pos, min(end, pos + _MAX_RELATIVE_CONJUNCT))
        delegate = _DELEGATE_RE.match(text, pos, de + 1)
        if (
            de - pos < 2
            or (not delegate and _RELATIVE_BREAK_RE.search(text, pos, de))
            or not _ends_token(tokens, de + 1)
        ):
            return None
        if text.endswith("其", 0, pos) or not _starts_a_token(tokens, pos):
            return None  # 甲及其他…的乙: the conjunct belongs to a pronoun
        if party_end and party_end != de:
            return None
        if not party_end:  # 甲、排污单位和收治伤员的乙: an everyday conjunct comes first
            own = self._conjunct_before_coordinator(text, pos, de, tokens)
            if own is not None:
                return own
        head_end = self._party_at(text, de + 1, end, tokens)
        if (
            not head_end
            or head_end - de > _MAX_RELATIVE_CONJUNCT
            or (party_end and head_end != end)
        ):
            return None
        if text[de + 1 : head_end] in self._bare_heads:
            return self.name(text[pos:head_end], pos)  # 负责审批的机构: the clause names it
        return self.name(text[de + 1 : head_end], de + 1)

    def _conjunct_before_coordinator(
        self, text: str, pos: int, de: int, tokens: Sequence[Token]
    ) -> Party | None:
        """An actor noun at ``pos`` closed by a coordinator before the next 的, or by a
        preposition opening its own predicate: a conjunct of its own, not the opening of a
        relative clause (…、排污单位和接诊病人的乙; …以及社区为有困难的老人…)."""
        first = bisect.bisect_left(tokens, pos, key=_START)
        words = [token for token in tokens[first:] if token[1] <= de]
        if not words:
            return None
        conjunct_end, index = self._actor_conjunct(text, words, 0)
        if not conjunct_end:
            return None
        after = text[words[index][0] : words[index][1]] if index < len(words) else ""
        if _coordinator_at(text, conjunct_end, de) or word_class(after) == "p":
            return self.name(text[pos:conjunct_end], pos)
        return None

    def _ending_at_shared_head(
        self,
        text: str,
        cursor: int,
        pending: list[tuple[str, int]],
        shared: tuple[int, int, int],
    ) -> list[Party]:
        """The head-less conjuncts and the last one at ``cursor``, each completed by the
        head after 等 they share; the last one's span runs to that head (水利等部门)."""
        word_end, head_start, head_end = shared
        conjuncts = [*pending, (text[cursor:word_end], cursor)]
        head = text[head_start:head_end]
        # 甲政府及其乙等有关行政部门: the party's own departments keep their full head
        owned = text.endswith(_ITS_OWN, 0, cursor)
        head = _bare_head_of_own(head) if owned else _bare_listed_head(head)
        parties = self._with_shared_head(conjuncts, head)
        last = parties[-1]
        parties[-1] = Party(last.text, last.label, last.cls, last.start, head_end)
        return parties

    def _departments_of_government(
        self, text: str, pos: int, end: int, tokens: Sequence[Token]
    ) -> list[Party]:
        """县人民政府卫生、公安等部门 → 县人民政府卫生部门 + 县人民政府公安部门: a
        government, then the fields of its departments listed before 等 and a bare head,
        or before the head of the last (县人民政府卫生、公安主管部门)."""
        if _GOVERNMENT_HEAD_RE.search(text, pos, min(end, pos + _MAX_NP)) is None:
            return []  # most groups name no government: no second phrase scan for them
        government_end = self._party_at(text, pos, end, tokens)
        if not government_end or not text[pos:government_end].endswith(_GOVERNMENT_HEADS):
            return []
        if text.startswith(_ADJECTIVE_SUFFIX, government_end):
            return []  # 政府性甲、乙机构: 政府性 (governmental) classifies, no government
        listed = self._listed_examples(text, government_end, end, tokens, qualified=True)
        if listed is None and not _coordinator_at(text, government_end, end):
            # 县人民政府卫生、公安主管部门: fields sharing the head after the last
            listed = self._coordinated_names(text, government_end, end, tokens)
            if listed and text.startswith(listed[0].text, government_end):
                return []  # 甲政府乙局、丙局: no ellipsis, the government is a name
        if not listed or len(listed) < 2:
            return []
        government = text[pos:government_end]
        return [
            Party(government + p.text, *self._label_cls(government + p.text), p.start, p.end)
            for p in listed
        ]

    def _with_earlier_level(self, text: str, pos: int, parties: list[Party]) -> list[Party]:
        """县级或者设有港口的市级人民政府甲、乙部门: a level of government joined before the
        level that opens the names, which shares what follows that level, and the second
        level's own qualifier (…的) kept on its names."""
        window = max(0, pos - _MAX_RELATIVE)
        if not parties or _LEVEL not in text[window:pos]:
            return parties
        matches = (_EARLIER_LEVEL_RE.match(text, start) for start in range(window, pos))
        match = next((m for m in matches if m and pos in (m.end(), _coordinated_end(m))), None)
        if match is None:
            return parties
        qualifier = match["qualifier"] or ""
        prefix = match["second"] if pos == match.end() else qualifier + match["second"]
        qualifier = qualifier if pos == match.end() else ""
        if not all(p.text.startswith(prefix) for p in parties):
            return parties
        earlier = match["level"] + _LEVEL
        shared = [p.text[len(prefix) :] for p in parties]
        first = [
            Party(earlier + rest, *self._label_cls(earlier + rest), match.start(), p.end)
            for rest, p in zip(shared, parties, strict=True)
        ]
        second = [
            Party(qualifier + p.text, *self._label_cls(qualifier + p.text), p.start, p.end)
            for p in parties
        ]
        return [*first, *second]

    def _levels_before_list(
        self, text: str, pos: int, end: int, tokens: Sequence[Token]
    ) -> list[Party]:
        """州和县、乡甲、乙等行政部门 → 州甲行政部门 + 州乙行政部门 + 县甲行政部门 + …:
        levels of government, alone or coordinated, before fields listed before 等 and a
        bare head; each level's department of each field, its head kept whole."""
        levels: list[tuple[str, int]] = []
        cursor = pos
        while division := _division_at(text, cursor):
            after = cursor + len(division)
            coordinator = _coordinator_at(text, after, end)
            if not coordinator and not _ends_token(tokens, after):
                return []  # 州立甲馆: the division opens a word
            levels.append((division, cursor))
            cursor = after
            if not coordinator or not _division_at(text, after + len(coordinator)):
                break
            cursor += len(coordinator)
        if not levels or _coordinator_at(text, cursor, end):
            return []
        fields = self._listed_examples(text, cursor, end, tokens, qualified=True)
        if not fields or len(fields) < 2:
            return []
        if any(_division_at(field.text, 0) for field in fields[1:]):
            return []  # 市甲局、市乙局等单位: each name has its own level, none is shared
        return [
            Party(level + field.text, *self._label_cls(level + field.text), field.start, field.end)
            for level, _ in levels
            for field in fields
        ]

    def _former_or_latter(self, text: str, pos: int, tokens: Sequence[Token]) -> list[Party]:
        """前者/后者: the first or the last of the two parties named just before."""
        named: list[Party] = []
        for party in self.mentions(text[:pos], [t for t in tokens if t[1] <= pos]):
            if party.text in _FORMER_LATTER:
                continue
            if not named or named[-1].label != party.label:
                named.append(party)
        if len(named) < 2:
            return []
        antecedent = named[-2] if text.startswith(_FORMER_LATTER[0], pos) else named[-1]
        return [Party(antecedent.text, antecedent.label, antecedent.cls, pos, pos + 2)]

    def _listed_examples(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], qualified: bool = False
    ) -> list[Party] | None:
        """甲、乙等部门 → 甲部门 + 乙部门; 甲、乙等新闻媒体 → 新闻媒体; 甲协会、乙委员会等
        社会团体 → 甲协会 + 乙委员会; else None.

        Why: before 等 and a bare head (部门, 单位), the words name each party; before a
        fuller name the list only gives examples of the one party the text binds, unless
        each item is the name of a body itself, which the text binds one by one. A bare
        head's qualifier (甲、乙等行政部门) is dropped, unless ``qualified``: the list
        follows a level of government, whose departments keep their full head.
        """
        deng = text.find("等", pos, min(end, pos + _MAX_LISTED))
        if deng <= pos or not _ends_token(tokens, deng):
            return None
        if any(_not_in_listed_item(text, s, e, pos) for s, e in _starting_in(tokens, pos, deng)):
            return None  # 甲方在乙、丙等情形下…, 甲应当督促乙、丙等部门: a clause, no list
        items = _listed_items(text, pos, deng)
        if not items:
            return None
        single = "、" not in text[pos:deng]  # 甲等乙类机构: one example of the class named
        named_end = self._party_at(text, deng + 1, end, tokens)
        head_end = named_end or _actor_run_end(text, deng + 1, end, tokens)
        if not head_end and not single and _thing_follows(text, deng + 1, end, tokens):
            return []  # 甲、乙等评选活动应当…: the list gives examples of a thing
        if not head_end or (single and not named_end):
            return None
        if not _closes_name(text, head_end, end, tokens):
            return []  # 甲、乙等人员密集场所: the list modifies a thing
        head = _LISTED_DETERMINER_RE.sub("", text[deng + 1 : head_end])
        if not single:
            head = _LISTED_COUNT_RE.sub("", head) or head
        if single and (head in LISTED_HEADS or head != text[deng + 1 : head_end] or len(head) < 2):
            # 甲等部门, 甲等有关单位: read as before, the example and the class; 王某等人:
            # a person and others, 人 names no class
            return None
        bare = head
        if not single and head not in LISTED_HEADS and head.endswith(_FIELD_HEADS):
            bare = _LISTED_QUALIFIER_RE.sub("", head)  # 甲、乙等行政部门: 甲部门 + 乙部门
        full = not single and head in _LISTED_FULL_HEADS  # 甲、乙等监督管理部门
        if bare in LISTED_HEADS or full:  # 甲、乙等(其他)(有关)部门: each word names a department
            if not single and _opens_with_party(items[0][0]):
                return None  # 甲局和乙、丙等部门: 甲局, then the departments of 乙 and 丙
            head = head if qualified or full else bare
            last = _headed(items[-1][0], head)
            return [
                *self._with_shared_head(items[:-1], head),
                Party(last, *self._label_cls(last), items[-1][1], head_end),
            ]
        if not single:
            listed = self._items_as_parties(text, items, head, (head_end, end), tokens)
            if listed:
                return listed
        return [self.name(head, deng + 1)]

    def _items_as_parties(
        self,
        text: str,
        items: Sequence[tuple[str, int]],
        head: str,
        bounds: tuple[int, int],
        tokens: Sequence[Token],
    ) -> list[Party]:
        """The items of a list before 等 and ``head`` (ending at ``bounds[0]``) as parties of
        their own, else []: after a label of no kind (甲厂商、乙用户等相关方), or when each item
        names a body (甲协会、乙委员会等社会团体(和机构)), which the labels only class.
        The first case is the one ``_labelled_items`` reads at a trigger; this reader serves
        such a list at positions away from the trigger (an object, a party after a verb)."""
        head_end, end = bounds
        label_end = 0
        if _without_actor_determiner(head) not in _SUBJECT_LABELS:  # (甲、乙等各类主体)
            if not self._items_name_parties(text, items, tokens):
                return []
            if head.endswith(STAFF_HEADS):  # 甲科、乙科等医师: each body's staff
                return [
                    Party(part + head, *self._label_cls(part + head), start, head_end)
                    for part, start in items
                ]
            joined = _coordinator_at(text, head_end, end)
            label_end = self._party_at(text, head_end + len(joined), end, tokens) if joined else 0
            if label_end and not text.endswith(_LONG_AGENT_ENDINGS, 0, label_end):
                label_end = 0  # …等新闻单位和志愿者: a party of another kind, no second label
        last, last_start = items[-1]
        return [
            *(self.name(part, start) for part, start in items[:-1]),
            Party(last, *self._label_cls(last), last_start, label_end or head_end),
        ]

    def _items_name_parties(
        self, text: str, items: Sequence[tuple[str, int]], tokens: Sequence[Token]
    ) -> bool:
        """Whether every item listed before 等 is by itself the name of a body, ending in
        an organisation's ending (甲协会, 乙委员会) or a body's short one (甲部, 乙联), not
        a medium, a place or a kind of shop giving an example of the class (广播、电视;
        书店、影院等经营者)."""
        return all(
            part.endswith(_LISTED_BODY_ENDINGS)
            and has_agentive_ending(part)
            and self._party_at(text, start, start + len(part), tokens) == start + len(part)
            for part, start in items
        )

    def object_group(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> list[Party]:
        """The parties a directive verb addresses (鼓励X…), also after a short relative
        clause or a list of fields (鼓励有条件的农户家庭…, 鼓励甲、乙等领域的企业…)."""
        group = self._group_at(text, pos, end, tokens)
        if group and text.startswith(_SUBJECT_COORDINATORS, group[-1].end):
            # 鼓励甲企业、乙卖场等设置…: everyday conjuncts after a known name
            listed = self._actor_object(text, pos, end, tokens)
            group = listed if len(listed) > len(group) else group
        if group:
            last = self._without_act(text, group[-1], tokens)
            if text.startswith(_PARTITIVE_DE, last.end):  # 鼓励甲、乙中的丙…: 丙 among 乙
                members = self._group_at(text, last.end + len(_PARTITIVE_DE), end, tokens)
                last = members[0] if len(members) == 1 else last
            return [*group[:-1], last]
        group = self._named_first_conjunct(text, pos, end, tokens, addressed=True)
        if group:
            return group
        de = text.find("的", pos, min(end, pos + _MAX_ADDRESSED_RELATIVE))
        if de > pos and _is_wordlike(text[pos:de].replace("、", "").replace("等", "")):
            group = self._group_at(text, de + 1, end, tokens)
            if group:
                return self._doers_of_thing(text, pos, tokens, group)
            # 鼓励有条件的园区建设…: an everyday noun after a qualifying relative clause
            if QUALIFYING_RELATIVE_RE.fullmatch(text, pos, de + 1):
                return self._actor_object(text, de + 1, end, tokens)
        return self._actor_object(text, pos, end, tokens)

    def _doers_of_thing(
        self, text: str, pos: int, tokens: Sequence[Token], group: list[Party]
    ) -> list[Party]:
        """渔船的承租者, 要求甲系统的开发者和使用者…: bare doer nouns (a verb + 者) after a
        noun phrase and 的 are named by the thing they act on, each kept whole; after a
        clause a verb opens (出租渔船的承租者, 要求有条件的使用者…) the 的-phrase is a
        relative clause and is dropped. A subject's reader asks this of one doer, a
        directive's of all the doers it addresses."""
        de = group[0].start - 1
        if not all(_is_bare_doer(party.text) for party in group) or text[de : de + 1] != "的":
            return group
        first = _first_word_within(text, tokens, pos, de)
        if not first or word_class(first) in _PREDICATE_CLASSES:
            return group
        owner = text[pos : de + 1]
        return [
            Party(owner + party.text, *self._label_cls(owner + party.text), start, party.end)
            for party, start in zip(
                group, [pos, *(party.start for party in group[1:])], strict=True
            )
        ]

    def _without_act(self, text: str, party: Party, tokens: Sequence[Token]) -> Party:
        """The directed party without the act glued to it (鼓励甲企业开发平台: 甲企业, its
        act 开发平台): a name with an agent ending followed by a verb and an object that
        ends in a party head (平台) inside the found name; a verbal noun needs a word of
        the object before the head (甲企业服务平台 stays one name)."""
        inner = [t for t in _starting_in(tokens, party.start, party.end) if t[1] <= party.end]
        for v_start, v_end in inner[1:-1]:
            verb_class = word_class(text[v_start:v_end])
            named = text[party.start : v_start]
            if verb_class not in VERB_CLASSES or not has_agentive_ending(named):
                continue
            if verb_class == "vn" and inner[-1][0] <= v_end:
                continue
            return self.name(named, party.start)
        return party

    def _actor_object(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> list[Party]:
        """Everyday nouns a directive addresses when a verb follows them: 鼓励园区建设…,
        引导社会组织加入… (X bears the act), also a list of them, closed by 等 or not
        (鼓励商场、卖场等设置…: each bears it); 鼓励材料研发 names no party."""
        first = bisect.bisect_left(tokens, pos, key=_START)
        words = [token for token in tokens[first : first + 16] if token[1] <= end]
        if not words or words[0][0] != pos:
            return []
        parties: list[Party] = []
        joints: set[str] = set()
        index = 0
        while True:
            start = words[index][0]
            conjunct_end, index = self._actor_conjunct(text, words, index, verb_modifier=False)
            if not conjunct_end or index >= len(words):
                return []
            parties.append(self.name(text[start:conjunct_end], start))
            word = text[words[index][0] : words[index][1]]
            if word not in _SUBJECT_COORDINATORS or index + 1 >= len(words):
                break
            joints.add(word)
            index += 1
        closed = word == _LIST_CLOSER and index + 1 < len(words)
        if closed:
            index += 1  # 甲、乙等|设置…: the list closed, its verb follows
            word = text[words[index][0] : words[index][1]]
        # a list of everyday nouns is one of parties only as a list of examples (甲、乙等)
        # or of 、 alone: 甲和乙存放… as often joins things an act is done to
        if len(parties) > 1 and not (closed or joints == {"、"}):
            return []
        if word_class(word) not in VERB_CLASSES or not _is_wordlike(word):
            return []
        return parties

    def _special_lists(
        self, pending: list[tuple[str, int]], last: str, last_start: int, after_party: bool
    ) -> list[Party]:
        """The lists ``_expand_ellipsis`` reads before any head is shared: sets of places
        beside bodies, divisions before fields, a seat word before divisions; else []."""
        return (
            self._place_sets(pending, last, last_start)
            or self._divisions_and_fields(pending, last, last_start)
            or self._seated_ellipsis(pending, last, last_start, after_party)
        )

    def _divisions_and_fields(
        self, pending: list[tuple[str, int]], last: str, last_start: int
    ) -> list[Party]:
        """市、区甲、乙主管部门 → 市甲主管部门 + 市乙主管部门 + 区甲… + 区乙…:
        divisions listed before fields listed before one head; each division has each
        field's department. The first field opens with the last division (区甲), a
        division glossed in brackets kept whole (区（县）); else []."""
        divisions = [word for word, _ in itertools.takewhile(lambda w: w[0] in _DIVISIONS, pending)]
        if not divisions or len(divisions) == len(pending):
            return []
        first, first_start = pending[len(divisions)]
        division = _glossed_division(first)
        head = self._head_of(last)
        fields = [first[len(division) :], *(word for word, _ in pending[len(divisions) + 1 :])]
        if not division or not head or not all(fields) or _DIVISIONS.intersection(fields):
            return []
        head = _longest_bare_head(last, head)
        fields.append(last[: -len(head)])
        if not fields[-1] or _division_at(fields[-1], 0):
            return []
        starts = [start for _, start in pending[: len(divisions)]] + [first_start]
        parties = [
            Party(name, *self._label_cls(name), start, start + len(place))
            for place, start in zip([*divisions, division], starts, strict=True)
            for field in fields
            for name in [place + field + head]
        ]
        parties[-1] = replace(parties[-1], end=last_start + len(last))  # where the head ends
        return parties

    def _place_sets(
        self, pending: list[tuple[str, int]], last: str, last_start: int
    ) -> list[Party]:
        """各地、各甲部门 → 各地 + 各甲部门: a set of places acts as a party of its own,
        no field of the head after it, when each conjunct has its own 各 (各省、市甲部门,
        whose 各 opens the list, shares the head as usual); else []."""
        if not last.startswith(_EACH) or not any(word in _PLACE_SETS for word, _ in pending):
            return []
        return [*(self.name(word, start) for word, start in pending), self.name(last, last_start)]

    def _seated_ellipsis(
        self, pending: list[tuple[str, int]], last: str, last_start: int, after_party: bool
    ) -> list[Party]:
        """所在地省、自治区、直辖市甲部门, 各市、区乙部门: a seat word or a determiner before the
        first division is set aside while the list is read as usual (``_expand_ellipsis``:
        the provincial formula stays one name), then kept on the first name; else []."""
        word, start = pending[0]
        lead = next((w for w in _LIST_LEADS if word.startswith(w)), "")
        if not lead or word[len(lead) :] not in _DIVISIONS:
            return []
        rest = [(word[len(lead) :], start + len(lead)), *pending[1:]]
        parties = self._expand_ellipsis(rest, last, last_start, after_party=after_party)
        name = lead + parties[0].text
        return [Party(name, *self._label_cls(name), start, parties[0].end), *parties[1:]]

    def _expand_ellipsis(
        self,
        pending: list[tuple[str, int]],
        last: str,
        last_start: int,
        *,
        after_party: bool = False,
    ) -> list[Party]:
        """水利、林业部门 → 水利部门 + 林业部门. Divisions share the rest of the last name
        (市、县人民政府 → 市人民政府 + 县人民政府); the legal formula of one level stays one
        name (省、自治区、直辖市). In a list a party opened (``after_party``), words that
        share no head with the last name are everyday parties of their own (甲馆、公园、乙站)."""
        special = self._special_lists(pending, last, last_start, after_party)
        if special:
            return special
        level = _level_of(last)
        if level and all(_level_of(word) == word for word, _ in pending):
            # 市级、县级人民政府负责甲工作的部门 → 市级… + 县级…: the levels share the rest
            return [
                *self._with_shared_head(pending, last[len(level) :]),
                self.name(last, last_start),
            ]
        if all(word in _DIVISIONS for word, _ in pending):
            return self._divisions_ellipsis(pending, last, last_start)
        shared = _after_place(last) if all(_is_place(word) for word, _ in pending) else ""
        if shared:  # 甲市、乙省通信管理局 → 甲市通信管理局 + 乙省通信管理局
            return [*self._with_shared_head(pending, shared), self.name(last, last_start)]
        if any(word.endswith(_NON_PARTY_FIELDS) for word, _ in pending):
            return []  # 会议的时间、地点、参会人员: things listed beside a party, no fields
        head = _parallel_rest(pending, last, self._head_of(last))
        if not head or _no_shared_head(last, head):
            actors = [
                self.name(word, start)
                for word, start in pending
                if after_party and is_actor_noun(word)
            ]
            return [*actors, self.name(last, last_start)]
        last = _without_count(last, head, len(pending) + 1)
        if last.endswith(head):
            # 甲、乙主管部门: the conjuncts share the longer head a list may close with
            head = _longest_bare_head(last, head)
        # 上级甲、乙部门: a relative level opening the first field holds for the others too,
        # and so does the object of the first of coordinated verbs (甲库运营、管理单位)
        level = next((lvl for lvl in _SHARED_LEVELS if pending[0][0].startswith(lvl)), "")
        level = level or _kind_opening(pending[0][0])  # 政府性甲、乙机构 → 政府性乙机构
        shared = level if not last.startswith(level) else ""
        shared = shared or _shared_object(pending, last[: -len(head)])
        expanded = [
            Party(name, *self._label_cls(name), start, start + len(word))
            for index, (word, start) in enumerate(pending)
            for name in [(shared if index else "") + word + head]
        ]
        last_name = shared + last
        last_party = Party(
            last_name, *self._label_cls(last_name), last_start, last_start + len(last)
        )
        return [*expanded, last_party]

    def _divisions_ellipsis(
        self, pending: list[tuple[str, int]], last: str, last_start: int
    ) -> list[Party]:
        """市、区民政部门 → 市民政部门 + 区民政部门: divisions share what follows the last
        name's own division; the legal formula of one level (省、自治区、直辖市…)
        stays one name, as does a list whose last word has no division to share."""
        qualifier = _after_division(last)
        provincial = any(word in _PROVINCIAL for word, _ in pending) or last.startswith(
            tuple(_PROVINCIAL)
        )
        if qualifier and not provincial:
            return [*self._with_shared_head(pending, qualifier), self.name(last, last_start)]
        whole = "、".join(word for word, _ in pending) + "、" + last
        return [self.name(whole, pending[0][1])]

    def _with_shared_head(self, conjuncts: list[tuple[str, int]], head: str) -> list[Party]:
        """Each head-less conjunct completed by the head they share (交通、园林绿化等部门)."""
        return [
            Party(_headed(word, head), *self._label_cls(_headed(word, head)), start,
                  start + len(word))
            for word, start in conjuncts
        ]  # fmt: skip

    def _shared_head(
        self,
        text: str,
        pos: int,
        end: int,
        tokens: Sequence[Token],
        pending: bool,
        parties: list[Party],
    ) -> tuple[int, int, int] | None:
        """The head after 等 that the conjuncts read so far share: after head-less ones
        (…、园林绿化等部门), or for a single field of a department (会同财政等部门)."""
        shared = self._shared_head_after_deng(text, pos, end, tokens)
        if shared and not pending and not text.endswith(_FIELD_HEADS, 0, shared[2]):
            return None  # 甲站等单位: the word before 等 exemplifies a class, no field
        return shared

    def _shared_head_after_deng(
        self, text: str, pos: int, end: int, tokens: Sequence[Token]
    ) -> tuple[int, int, int] | None:
        """The last conjunct of an elliptical list closed by 等 + head (…、园林绿化等部门).

        Returns (end of the conjunct, start and end of the head), or None.
        """
        deng = text.find("等", pos, min(end, pos + _MAX_LISTED_FIELD + 1))
        if deng <= pos or not _is_wordlike(text[pos:deng]) or not _ends_token(tokens, deng):
            return None
        head_end = self._party_at(text, deng + 1, end, tokens)
        if not head_end or head_end - deng - 1 > 6:
            return None
        return deng, deng + 1, head_end

    def _label_cls(self, surface: str) -> tuple[str, str]:
        party = self.name(surface)
        return party.label, party.cls

    def _head_of(self, phrase: str) -> str:
        # the longest head that ends the phrase and is not all of it (heads are longest first)
        return self._bare_head_index.longest_proper_suffix(phrase)

    def _bracketed_alternatives(
        self, text: str, pos: int, end: int, tokens: Sequence[Token]
    ) -> list[Party]:
        """居（村）民委员会 → 居民委员会 + 村民委员会: a first word with alternatives in
        brackets that each complete a dictionary word with the rest, one head word after
        it (居民, 村民: two bodies). Other alternatives name one party, as the text writes
        it: divisions glossing one level of government (州（县）林草主管部门: the
        prefecture-level government), whole words (新区（港区、园区）管理机构), and
        alternatives before a longer name (甲（乙）民公共服务站: one kind of place)."""
        # the bracket opens one to three characters in: without one there, no regex
        # (this runs for every conjunct of every group)
        place = _place_of_act_end(text, pos, end, tokens)
        window = text[place + 1 : min(place + 4, end)]
        if "（" not in window and "(" not in window:
            return []
        match = _BRACKETED_ALTERNATIVES_RE.match(text, place, end)
        determiner = _SET_DETERMINER_RE.match(text, place, end) if match is None else None
        if determiner is not None:  # 各省（区、市）人民政府: the set's determiner opens it
            place = determiner.end()
            match = _BRACKETED_ALTERNATIVES_RE.match(text, place, end)
        if not match or (place > pos and match.group(1) not in _DIVISIONS):
            return []
        rest_end = self._party_at(text, match.end(), end, tokens)
        rest = text[match.end() : rest_end]
        words = [match.group(1), *match.group(2).split("、")]
        if not rest_end:
            rest_end = _one_office_ending(text, match.end(), words, end)
            if rest_end:  # 处（科）室: a body's one-character ending completes each word
                whole = text[pos:rest_end]
                return [Party(whole, *self._label_cls(whole), pos, rest_end)]
        if not rest_end or rest_end - match.end() < 2:
            return []
        if place == pos and all(is_agentive_noun(word) for word in words[1:]):
            # 甲方（委托方）代表: the bracket names the first word's party again (not
            # 甲区（乙区、园区）管理机构: places, one of which may act as a body)
            name = words[0] + rest
            return [Party(name, *self._label_cls(name), pos, rest_end)]
        if (
            place > pos  # 事故发生地县（市）公安局: the place of the act opens the name
            or all(word in _DIVISIONS for word in words)
            or not all(in_dictionary(word + rest[0]) for word in words)
            or len(_starting_in(tokens, match.end() + 1, rest_end)) > 1
        ):
            whole = text[pos:rest_end]
            return [Party(whole, *self._label_cls(whole), pos, rest_end)]
        return [Party(word + rest, *self._label_cls(word + rest), pos, rest_end) for word in words]

    def _party_at(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
        """End of the longest party noun phrase starting at ``pos`` (0 if none).

        Candidate ends are token ends where the phrase ends in a known name or head;
        the phrase may not contain a break word (verbs, prepositions, 的 …).
        """
        ends = self._memo_for(text, tokens)[1]
        found = ends.get((pos, end))
        if found is None:
            first = bisect.bisect_left(tokens, pos, key=_START)
            found = ends[(pos, end)] = (
                0
                if _act_before_place(text, tokens, first, end)
                else self.charged_body_end(text, pos, end, tokens)
                or self._party_from(text, pos, end, tokens, first)
            )
        return found

    def charged_body_end(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
        """End of a body named by its charge from ``pos`` (负责乙工作的部门应当…; 向县级负责乙
        事务的机构备案), else 0: with no government before it the whole phrase is still
        one name, the way the text refers to that body."""
        if pos and text[pos - 1] == "的":
            return 0
        # the charging verb starts at ``end`` at the latest; most phrases hold none (no scan)
        verb = _CHARGING_VERB_RE.search(text, pos)
        if verb is None or verb.start() > end:
            return 0
        start, pos = pos, self._past_charge_scope(text, pos, end, tokens)
        if not text.startswith(_CHARGING_VERBS, pos):
            return 0
        stop = CLAUSE_BREAK_RE.search(text, pos, end)
        limit = min(stop.start() if stop else end, pos + _MAX_CHARGED_NAME)
        de = text.find("的", pos, limit)
        while de != -1:
            body = self._party_at(text, de + 1, limit, tokens)
            if body and text.endswith(_CHARGED_HEADS, de + 1, body):
                # (负责甲市的乙机构的建设, 负责本单位的乙机构建设: a task, no name; 负责甲事务
                # 的乙监管总局: a named body the clause only describes)
                if body - de - 1 > _MAX_CHARGED_HEAD:
                    return 0
                return body if _closes_charged_name(text, start, body, tokens) else 0
            de = text.find("的", de + 1, limit)
        return 0

    def _past_charge_scope(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
        """Where a charging verb follows the scope of the body it names (所在地县级|负责…的部门;
        甲市人民政府|负责…的部门), else ``pos``: the scope is part of the body's name."""
        first = bisect.bisect_left(tokens, pos, key=_START)
        index = first
        while index < len(tokens) and tokens[index][0] < min(end, pos + _MAX_RELATIVE):
            start, stop = tokens[index]
            word = text[start:stop]
            if text.startswith(_CHARGING_VERBS, start):
                return start if index > first else pos
            if not (word in _CHARGE_SCOPE_WORDS or word.endswith(_LEVEL) or word in _DIVISIONS):
                break
            index += 1
        if index == len(tokens):
            return pos
        owner = self._party_from(text, tokens[index][0], end, tokens, index)
        return owner if owner and text.startswith(_CHARGING_VERBS, owner) else pos

    def _party_from(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], first: int
    ) -> int:
        """``_party_at`` with ``first`` (the first token at or after ``pos``) known. It runs for
        most tokens of every sentence: what a word alone decides is ``_word_info``'s, once."""
        best, verb_first, verb_modifies = 0, False, False
        infos, index = self._infos, first
        gov = _GOVERNMENT_HEAD_RE.search(text, pos, end) is not None  # one search, not per token
        while index < len(tokens):
            tok_start, tok_end = tokens[index]
            if tok_end > end or tok_end - pos > _MAX_NP:
                break
            word = text[tok_start:tok_end]
            info = infos.get(word) or self._word_info(word)
            if (
                (info.breaks and not _verb_inside_compound(text, tokens, (first, index), end, best))
                or info.function_break  # and ABC|有权…: a modal ends even a headless name
                or (index > first and word in _MODALS)
                or (info.modifying_break and _stops_phrase(text, tokens, index, end, info))
                # 部门|指导监督…, 甲局|三部门, 甲局|处三千元: the name is complete
                or (best == tok_start and _opens_predicate(text, word, tok_end))
                or (word in _VERBAL_HEADS and _governs(text, tokens, index, end, best))
                or (gov and not info.modifier and _verb_before_government(text, tokens, index, end))
            ):
                break
            suffix = (
                info.suffix_character
                and index > first
                and is_agent_suffix(word, text[tokens[index - 1][0] : tok_start])
            )
            modifier = info.modifier or (index == first and _standing(text, tokens, index, end))
            if index == first and not modifier:
                verb_first = info.verb_first
                verb_modifies = info.modifier_verb  # it may modify a head (操控|人员)
            elif suffix and not verb_first:
                pass  # 生态环境 + 局: an ending the segmenter split off, not a verb (站)
            elif verb_first:  # a verb opens a predicate (履行消费者…) unless an agent follows
                best, goes_on = _agent_after_verb(text, tokens, first, index, end, best)
                if not goes_on:
                    break
            elif info.adverb or (  # an adverb inside (动态|更新|重点企业) ends the name
                info.unknown_verb
                and not (index == first and modifier)  # 相关/退休 + any agent noun
                and not self._names_body(text, tokens, index, end, best)
                and not self._verb_as_head(text, tokens, index, end, first)
            ):
                break  # a verb inside: 联合推广新款产品 is a predicate, not a name
            if (
                not verb_first
                and (info.agentive or suffix or self._head_ends.ends_phrase(text, pos, tok_end))
                and not _ends_in_pronoun_or_split(text, pos, tokens, index, end)
                # a head that is also a verb, followed by its object (每月组织安全培训)
                and not (info.unknown_verb and self._next_is(text, tokens, index, end, "nominal"))
            ):
                best = tok_end
            index += 1
        best = _verbs_head_end(
            text, tokens, (first, index), end, best, verb_first and verb_modifies
        )
        return self._longer_name_end(text, pos, end, tokens, best)

    def _longer_name_end(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], best: int
    ) -> int:
        """``best``, or the end of a longer name at ``pos``: an agency joined by 和
        (农业和农村局) or a known name the segmenter split into several tokens, or a
        listed body named in Latin letters."""
        if not best and text[pos : pos + 1].isascii():
            first = bisect.bisect_left(tokens, pos, key=_START)
            best = _latin_conjunct_end(text, pos, tokens, first, end)
        if _agency_joint(text, pos + 1, min(end, pos + _MAX_JOINED_PART + 3)) != -1:
            best = max(best, self._joined_agency_end(text, pos, end, tokens))
        if text[pos : pos + 1] in _SURNAMES and text.startswith("某", pos + 1):
            # 王某, 李某某: a person a court decision or a report names without a name
            person_end = pos + (3 if text.startswith("某", pos + 2) else 2)
            if person_end <= end and _ends_token(tokens, person_end):
                best = max(best, person_end)
        if not best:
            best = personal_name_end(text, pos, end, tokens)
        # a known name must still end on a token end; most positions open none (no probe)
        known_end, initial = -1, text[pos : pos + 1]
        if initial in self._known.by_initial or self._known.empty:
            known_end = self._known.longest_at(text, pos, end)
        if initial in self._defined.by_initial or self._defined.empty:
            known_end = max(known_end, self._defined.longest_at(text, pos, end))
        if known_end > best and _ends_token(tokens, known_end):
            best = known_end
        return best

    def _names_body(
        self, text: str, tokens: Sequence[Token], index: int, end: int, best: int
    ) -> bool:
        """The verb at ``index`` names what the body after it does (征信 + 中心); after a
        complete name (``best``) only a bare ending does so, a name after it is the
        object of the predicate the verb opens (甲公司|支付|小微企业货款)."""
        if (not best or best < tokens[index][0]) and self._verbs_before_agent(
            text, tokens, index, end
        ):  # (a name, then nouns it modifies: 甲居民|供水设施|运行|管理单位)
            return True
        if not self._next_is(text, tokens, index, end, "agent_follower"):
            return _object_party_head(text, tokens, index, end)
        if not best:
            return True
        # 甲方|使用|机构邮箱: a noun after the ending makes it a modifier of the verb's object
        return self._next_is(text, tokens, index, end, "bare_ending") and not (
            self._next_is(text, tokens, index + 1, end, "nominal")
            and not self._next_is(text, tokens, index + 1, end, "agentive")
        )

    def _verbs_before_agent(self, text: str, tokens: Sequence[Token], index: int, end: int) -> bool:
        """The verb at ``tokens[index]``, after a noun and maybe before another verb or a
        noun, is followed by an agent noun that closes the phrase (样本|采集|人员、…, 样本|
        采集|管理|负责人、…, 病毒|暴露|儿童应…, 水果|集中|批发市场|经营者应…): the verbs name
        what the person or body does."""
        if index == 0 or not word_class(text[slice(*tokens[index - 1])]).startswith("n"):
            return False
        head = index + 1
        if not self._next_is(text, tokens, index, end, "agentive"):
            head += 1  # a second verb (采集|管理|负责人) or a noun (集中|交易场所|开办者)
            if not self._next_is(text, tokens, index + 1, end, "agentive"):
                return False
            middle = text[slice(*tokens[index + 1])]
            if not _modifier_verb(middle):
                return self._verb_noun_agent(text, tokens, index, end)
        word = text[slice(*tokens[head])]
        if tokens[head][1] >= end:
            return True
        if head > index + 1 or word in _VERB_MODIFIED_HEADS:
            return _closes_compound(text, tokens, head + 1)
        # one verb before another agent noun is as often a predicate and its object
        # (甲方|邀请|专家、…): only a modal right after makes the words a name
        after = text[slice(*tokens[head + 1])] if head + 1 < len(tokens) else ""
        return after in _MODALS

    def _verb_noun_agent(self, text: str, tokens: Sequence[Token], index: int, end: int) -> bool:
        """A modifying verb, a noun and an agent noun that closes the phrase before a modal,
        a word that follows a subject or 、 (水果|集中|批发市场|经营者、…): the verb names the
        kind of place the party runs. Another word after the agent (…经营者|提供…) or the
        sentence's end (…抄送|乙办事处。) makes the verb a predicate and the rest its object,
        as a known name after it does (情况|抄送|街道办事处). (``_named_first_conjunct``
        reads a list's first name whose verb modifies its head from the other side.)"""
        verb = text[slice(*tokens[index])]
        noun_start, agent_end = tokens[index + 1][0], tokens[index + 2][1]
        return (
            _modifier_verb(verb)
            and text[slice(*tokens[index - 1])] not in _ENUMERATING_MARKERS  # 一是|联合…
            and self._next_is(text, tokens, index, end, "nominal")
            and agent_end <= end
            and index + 3 < len(tokens)
            and _subject_closer(text[slice(*tokens[index + 3])])
            and self._known.longest_at(text, noun_start, agent_end) == -1
        )

    def _verb_as_head(
        self, text: str, tokens: Sequence[Token], index: int, end: int, first: int
    ) -> bool:
        """A head the dictionary tags as a verb, closing a noun modifier and not followed
        by an object: 慈善组织应当…, but 车队组织司机… is a predicate."""
        tok_start, tok_end = tokens[index]
        if index == first or text[tok_start:tok_end] not in self._head_ends.words:
            return False
        before = text[tokens[index - 1][0] : tokens[index - 1][1]]
        return word_class(before).startswith(("n", "vn")) and not self._next_is(
            text, tokens, index, end, "nominal"
        )

    def _next_is(
        self, text: str, tokens: Sequence[Token], index: int, end: int, quality: str
    ) -> bool:
        """Whether the token after ``tokens[index]`` lies before ``end`` and has ``quality``
        (an attribute of its ``_WordInfo``)."""
        if index + 1 >= len(tokens):
            return False
        nxt_start, nxt_end = tokens[index + 1]
        if nxt_end > end:
            return False
        word = text[nxt_start:nxt_end]
        info = self._infos.get(word) or self._word_info(word)
        return bool(getattr(info, quality))

    def _word_info(self, word: str) -> _WordInfo:
        """What ``word`` alone tells the noun-phrase scan (cached per finder: it depends on
        the lexicon)."""
        infos = self._infos
        if len(infos) >= _MAX_CACHED_WORDS:
            infos.clear()
        wordlike = _is_wordlike(word)
        unknown = self.lexicon.lookup(word) is None
        tag = word_class(word)
        info = _WordInfo(
            breaks=not wordlike
            or (word in BREAK_WORDS and word not in _MODIFYING_BREAK_VERBS)
            or tag in _ASPECT_PARTICLE_TAGS  # 了, 着, 过 close a predicate, never a name
            or (len(word) == 1 and tag == "p")  # 运|至|甲馆: a preposition opens a complement
            or word in _TIME_UNITS  # 2020|年|甲部: a date before a name is none of it
            or word in _FRAME_CLOSERS  # 半年|后|甲署: a frame of time, then the name
            or word in _INCLUDING_VERBS  # 甲内容|包括|单位: what a thing holds, no name
            or word in _PERSONAL_PRONOUN_WORDS  # 他们|代表甲方: persons, never a name's word
            # 一是|甲高校, 一方面|乙编辑: a word numbering or linking points opens no name
            or (is_text_connective(word) and word not in _ORDINAL_MARKERS)
            or word in _PERMITTING_VERBS,  # 甲结论|有助于|乙管理者: a predicate and its object
            modifying_break=word in BREAK_WORDS and word in _MODIFYING_BREAK_VERBS,
            function_break=wordlike
            and word[0] in _FUNCTION_INITIALS
            and word not in NAME_MODIFIERS
            and not _is_compound_noun(word)
            and word not in _OBJECT_PARTY_ENDS
            and unknown
            and self._head_end_re.search(word) is None,
            suffix_character=word in SUFFIX_CHARACTERS,
            modifier=word in NAME_MODIFIERS,
            verb_first=tag in _NOT_NP_START
            or tag.startswith("u")  # particles: 了, 着, 的 (ul, uz, uj)
            or (len(word) > 1 and word.endswith(_ASPECT_ENDINGS))  # 扮演着, 增加了
            or word in DIRECTIVE_OPENERS
            or (word in PREDICATE_OPENERS and unknown),
            agent_suffix=word in _AGENT_SUFFIXES,
            unknown_verb=tag == "v" and unknown,
            # 甲局|统一|组织…: a word opening a predicate ends the name before it
            adverb=(tag == "d" or word in PREDICATE_OPENERS) and unknown,
            # 双方, 各方 stand for parties named elsewhere: no head of a name (甲资料|双方)
            agentive=is_agentive_noun(word) and word not in _COLLECTIVE_SET,
            nominal=wordlike and tag.startswith(("n", "vn")),
            agent_follower=word in _AGENT_SUFFIXES or word.endswith(_AGENT_FOLLOWER_ENDINGS),
            bare_ending=word in _AGENT_SUFFIXES or word in _AGENT_FOLLOWER_ENDINGS,
            modifier_verb=_modifier_verb(word),
        )
        infos[word] = info
        return info

    def _joined_agency_end(self, text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
        """End of a name whose modifiers are joined by 和 or 与 (县农业和农村局, 自然资源与规划局).

        Why: merged agencies are named "A和B" + a head (农业和农村部门, 科学和技术局),
        and two kinds of one party share a head (餐饮和住宿企业); when A alone names no
        party, 和 joins modifiers, it does not coordinate two parties (平台和监管部门
        stays two). Annotators keep such a name whole.
        """
        joint = _agency_joint(text, pos, min(end, pos + _MAX_JOINED_PART + 3))
        if joint <= pos or not _ends_token(tokens, joint) or _ends_in_level(text, pos, joint):
            return 0
        # the words before 和 are read first: they alone rule out most phrases (a verb and
        # its object: 加强政府和企业…), and the names on either side are parsed after
        with_verb = _joined_modifiers(text, tokens, pos, joint)
        if with_verb is None:
            return 0
        if self._party_at(text, pos, joint, tokens):
            return 0  # 平台和监管部门: two parties
        tail_end = self._party_at(text, joint + 1, end, tokens)
        tail = text[joint + 1 : tail_end]
        head = next((h for h in _AGENCY_HEADS if tail.endswith(h)), "") or self._head_of(tail)
        prepositional = text[joint] in COMITATIVES
        if not head and tail_end and prepositional:
            head = _institution_word_before(text, tokens, tail_end)  # 甲与乙研究院
        if len(head) < 2 and head not in _AGENCY_HEADS:
            return 0  # 保安和保洁员: a person's suffix joins two persons, not modifiers
        if not tail_end or not head or len(tail) - len(head) > _MAX_JOINED_PART:
            return 0
        if prepositional and head not in _AGENCY_HEADS and not _institution_head(head):
            return 0  # 行业与企业: two parties; 甲与乙研究院 joins two fields of one institute
        if prepositional and len(tail) == len(head):
            return 0  # 甲决策与智库: the head alone after 与 has no field of its own
        # a verb among the modifiers only before a head verbs modify (种植和养殖企业)
        verbs_modify = head in _VERB_MODIFIED_HEADS and not prepositional
        return 0 if with_verb and not verbs_modify else tail_end

    def _group_or_head(
        self, text: str, end: int, tokens: Sequence[Token], group: list[Party], relative: bool
    ) -> SubjectParse:
        """The subject a party group opens: the group, or at a trigger (``relative``) the
        head of the relative clause the group is the agent of."""
        headed = self._head_of_relative_clause(text, group[-1].end, end, tokens) if relative else []
        if headed:
            stop = _past_bracket(text, headed[-1].end)  # (a short name the bracket defines)
            return SubjectParse(SubjectKind.PARTY, tuple(headed), stop)
        return self._group_and_brackets(text, end, tokens, group)

    def _head_of_relative_clause(
        self, text: str, after: int, end: int, tokens: Sequence[Token]
    ) -> list[Party]:
        """甲公司出资设立的物流中心应当…: the party opening the subject is the agent of a
        relative clause (a verb before its 的); the party after the 的, right before the
        trigger, is the head and the subject. A conjunct (甲或者经其授权的乙) is none."""
        de = text.find("的", after, end)
        if de == -1 or de == after or not _ends_token(tokens, de + 1):
            return []
        if _coordinator_at(text, after, end):
            return []  # 甲或者经其授权的乙: a conjunct, not a relative clause
        if any(text[s:e] in OBJECT_PREPOSITIONS for s, e in _starting_in(tokens, after, after + 1)):
            return []  # 甲医院对受伤的来访人员应当…: the object of 甲医院's act
        if not any(
            _verbal(text[s:e]) or word_class(text[s:e]) == _DISTINGUISHING_TAG
            for s, e in tokens
            if after <= s and e <= de
        ):
            return []  # (委托 is a noun to the dictionary: 甲委托的乙应当…; 甲所属的乙: 所属 b)
        head = self._group_at(text, de + 1, end, tokens)
        if not head and self._fills_as_name(text, de + 1, end, tokens):
            head = [self.name(text[de + 1 : end], de + 1)]  # 甲确定的巡查管理人员 (a verb inside)
        if len(head) == 1 and head[0].end != end:
            short = self._defined_short_name(text, head[0].end, end)
            closed = _DEFINITION_RE.match(text, head[0].end, end)
            if short is not None and closed is not None and not text[closed.end() : end].strip():
                return [short]  # 甲政府管理乙工作的部门（以下简称乙部门）负责…
        if not head or head[-1].end != end:
            return []
        return head

    def _after_relative_clause(
        self, text: str, pos: int, end: int, tokens: Sequence[Token], at_trigger: bool = False
    ) -> list[Party]:
        """依照前条规定不需要办理登记的电子商务经营者在… → the party after 的.

        At a trigger the last 的 may also introduce an everyday noun (…的景区应当…).
        """
        index = text.find("的", pos, end)
        last = -1
        while index != -1:
            group = self._group_at(text, index + 1, end, tokens)
            if at_trigger:  # 受灾的甲单位、排污单位和乙单位应当…
                group = self._with_everyday_conjuncts(text, index + 1, end, tokens, group)
            if (
                group
                and at_trigger
                and group[-1].end < end
                and text.startswith("的", group[-1].end)
            ):
                # …的甲企业的投资者应…: the party owning the next party is no bearer; the
                # party its 的 leads to, right before the trigger, is
                owned = self._group_at(text, group[-1].end + 1, end, tokens)
                if owned and owned[-1].end == end:
                    index, group = group[-1].end, owned
            if group and at_trigger and _one_noun_to(text, group[-1].end, end, tokens):
                return []  # 重要的甲数据应…: the party names whose thing bears the duty
            if group:
                return self._with_noun_modifier(text, pos, index, group, tokens)
            last = index
            index = text.find("的", index + 1, end)
        if (
            at_trigger
            and last != -1
            and _ends_token(tokens, last + 1)
            and not _opens_with_preposition(text, pos, tokens)
        ):
            actors = self.actor_subject(text, last + 1, end, tokens)
            return self._with_noun_modifier(text, pos, last, actors, tokens)
        return []

    def _with_noun_modifier(
        self, text: str, pos: int, de: int, parties: list[Party], tokens: Sequence[Token]
    ) -> list[Party]:
        """…注册为营利性的|企业 → 营利性的企业: the nouns right before 的 (no verb among
        them) classify the one party after it; they belong to its name, the relative
        clause before them does not. After a verb of trade (从事甲仓储业务的|企业) the
        nouns are the trade, the verb's object, and no class of the party."""
        if not parties or parties[0].start != de + 1 or _opens_with_trade_verb(text, pos, tokens):
            return parties
        if len(parties) > 1 and not all(
            self._doer_of_act(party.text) or _doer_body(party.text) for party in parties
        ):
            return parties
        start = de
        before = ""
        preceding = [t for t in tokens if pos <= t[0] and t[1] <= de]
        for index in range(len(preceding) - 1, -1, -1):
            tok_start, tok_end = preceding[index]
            word = text[tok_start:tok_end]
            if tok_end == start < de and word in _SCOPE_MODIFIERS:
                start = tok_start  # 相关领域的企业: the scope the nouns name is the name's
                break
            if tok_end == start < de and _compound_verbal(text, preceding, index):
                start = tok_start  # 甲水文监测设施的所有人: a verbal noun inside the compound
                continue
            # (甲委托的乙: 委托 reads as a noun to jieba; 、 ends the run: see _listed_owners)
            if tok_end != start or not _noun_modifier(word):
                before = _word_before_modifiers(text, preceding, index) if tok_end == start else ""
                break
            start = tok_start
        longest = (  # (owners listed before 、 are nouns alone: see _listed_owners)
            _MAX_BARE_HEAD_MODIFIER
            if parties[0].text.endswith(tuple(LISTED_HEADS))
            or self._doer_of_act(parties[0].text)
            or before == "、"
            else _MAX_NOUN_MODIFIER
        )
        if start == de or de - start > longest or _object_of(text, preceding, index, before):
            return parties  # (携带儿童的|游客: the noun is the object of a verb, not a class)
        # 货架的承租人或者管理人: each doer of an act to the thing is named with it (one whose
        # head the next shares, 甲设施的管理、养护单位, by its whole name)
        owner = text[start : de + 1]
        first = parties[0]
        named = (
            self.name(text[start : first.end], start)
            if text[de + 1 : first.end] == first.text
            else self._owned_head(owner, first, start, first.end)
        )
        later = [self._owned_head(owner, party, party.start, party.end) for party in parties[1:]]
        if before != "、":
            return [named, *later]
        listed = _listed_owners(text, preceding, index, longest) if len(parties) == 1 else []
        if not listed:
            return parties  # (负责甲场、乙区的|管理者: owners that are a verb's object)
        # 甲场、乙区的管理者 → 甲场的管理者 + 乙区的管理者: each listed owner has the head
        return [*(self._owned_head(text[s:e] + "的", first, s, e) for s, e in listed), named]

    def _owned_head(self, owner: str, head: Party, start: int, end: int) -> Party:
        """The head named with its owner and 的 (乙区的|管理者), placed at ``start``–``end``."""
        return Party(owner + head.text, *self._label_cls(owner + head.text), start, end)

    def _doer_of_act(self, name: str) -> bool:
        """购买者, 管理人: a verb and 者/人 naming whoever does the act to a thing, which
        the nouns before its 的 name (仓库货架的承租人): they stay in the name however
        long. A party the lexicon knows (经营者) is one by itself: what comes before its
        的 (甲地的经营者) only describes it."""
        return (
            len(name) in (3, 4)
            and name.endswith(_ACT_DOER_ENDINGS)
            and word_class(name[:-1]) in _DOER_STEM_CLASSES
            and self.lexicon.lookup(name) is None
        )

    # --- all mentions ----------------------------------------------------------------

    def _opens_predicate(self, word: str) -> bool:
        """A verb right after a modal: the predicate's head, not a modifier of a name."""
        return (
            self.lexicon.lookup(word) is None
            and word not in NAME_MODIFIERS  # 需要|相关|部门…: 相关 opens a name
            and (word_class(word) in ("v", "vn", "vd") or word in DIRECTIVE_OPENERS)
        )

    def mentions(self, text: str, tokens: Sequence[Token]) -> list[Party]:
        """Every party named in the sentence: known names and head-ended noun phrases."""
        found: list[Party] = []
        # a party phrase ends in a head or name: only starts shortly before one can open it
        head_ends = self._head_ends_of(text, tokens)
        if not head_ends:
            return found
        last_head_end = head_ends[-1]
        taken_until = -1
        infos = self._infos
        initials = self._name_initials
        after_modal = False
        for tok_start, tok_end in tokens:
            if tok_start >= last_head_end:
                break  # no head after this word: no party phrase can open here or later
            follows_modal, after_modal = after_modal, text[tok_start:tok_end] in _MODALS
            if tok_start < taken_until:
                continue
            quoted = text[tok_start] in _QUOTE_OPENERS and self._quoted_party(
                text, tok_start, tokens
            )
            if quoted:
                found.append(self.name(text[tok_start + 1 : quoted], tok_start + 1))
                taken_until = quoted
                continue
            if follows_modal and self._opens_predicate(text[tok_start:tok_end]):
                continue  # 应当监督甲企业: the verb opens the predicate, not a name
            nearest = bisect.bisect_right(head_ends, tok_start)
            if nearest == len(head_ends) or head_ends[nearest] - tok_start > _MAX_NP:
                continue
            if initials is not None and text[tok_start] not in initials:
                # a break word (的, 应当, punctuation) opens no phrase; only a known name
                # could still start here, and none starts with this character
                word = text[tok_start:tok_end]
                if (infos.get(word) or self._word_info(word)).breaks and (
                    word not in _CHARGING_VERBS
                ):
                    continue
            party_end = self._party_at(text, tok_start, len(text), tokens)
            if not party_end:
                continue
            surface = text[tok_start:party_end]
            if surface in _PRONOUN_SET or surface in _COLLECTIVE_SET:
                continue
            named, taken_until = _with_trailing_alternatives(
                text, [self.name(surface, tok_start)], party_end, len(text)
            )
            found.extend(named)
        relative = [self._relative_named(text, tokens, party, found) for party in found]
        return self._lists_sharing_domain(text, tokens, [p for p in relative if p is not None])

    def _lists_sharing_domain(
        self, text: str, tokens: Sequence[Token], found: list[Party]
    ) -> list[Party]:
        """通知甲农机制造商、代理商 → 甲农机制造商 + 甲农机代理商: the bare role words of a
        list share the domain of its first name wherever the list stands, as in a subject
        (``_with_shared_modifier``)."""
        shared: list[Party] = []
        run: list[Party] = []
        for party in found:
            if run and text[run[-1].end : party.start] not in _SCOPE_JOINTS:
                shared.extend(self._with_shared_modifier(text, tokens, run))
                run = []
            run.append(party)
        shared.extend(self._with_shared_modifier(text, tokens, run))
        return shared

    def _relative_named(
        self, text: str, tokens: Sequence[Token], party: Party, found: Sequence[Party]
    ) -> Party | None:
        """由承办展会的单位收回…, 委托负责乙工程的单位…: a head that names no one without
        the relative clause before its 的 (单位, 人员, 经营人, 部门) is named with the clause,
        read back from the 的 to a punctuation mark, a preposition, a modal or another
        party; a clause with no verb (甲市的部门) or a long one leaves the head bare. A
        clause opened by a copula right after a party (甲企业|是服务的主体) is that party's
        predicate: the head describes it and names no party (None)."""
        de = party.start - 1
        if de < 1 or text[de] != "的" or not _relative_named_head(party.text):
            return party
        first = bisect.bisect_left(tokens, de, key=_START)
        if first >= len(tokens) or tokens[first][0] != de:
            return party
        ends = {other.end for other in found}
        start, verb = de, False
        for tok_start, tok_end in reversed(tokens[:first]):
            word = text[tok_start:tok_end]
            if (
                tok_end != start  # a gap (甲条 乙…): the clause began after it
                or tok_end in ends
                or not _is_wordlike(word)
                or word_class(word) == "m"
                or word in _MODALS
                or word in _CLAUSE_STOPS
                or de - tok_start > _MAX_RELATIVE_NAME
            ):
                break
            verb = verb or word_class(word) in VERB_CLASSES
            start = tok_start
        if start == de or not verb:
            return party
        if start in ends and text[start : tokens[first - 1][1]].startswith(_COPULA_WORDS):
            return None
        start = _past_governing_verb(text, tokens, start, de)
        return self.name(text[start : party.end], start)

    def _head_ends_of(self, text: str, tokens: Sequence[Token]) -> list[int]:
        """Where a party's phrase may end: after a head or known name, or after a word an
        agent ending makes a party (甲气象局, 乙研究院) that no head lists, unless a verb
        right before it, or a word ending in one, takes it for its object (征询|村民,
        书面通知|租客), save a modifier the dictionary tags as a verb (城区|留守|儿童: 留守儿童)
        and a verb of going to a body, whose object is a party (到|甲馆 投诉);
        or after a one-character ending the segmenter split off the noun
        before it (甲路 + 署, 乙河 + 局): the name ends there wherever it stands (向甲路署报告),
        not only where a later head brings its start within reach."""
        ends = {match.end() for match in self._head_any_re.finditer(text)}
        before = ""
        for start, end in tokens:
            word = text[start:end]
            info = self._infos.get(word) or self._word_info(word)
            if (
                info.agentive
                and (
                    before in NAME_MODIFIERS or before in _DESTINATIONS or not _ends_in_verb(before)
                )
            ) or (info.suffix_character and before and is_agent_suffix(word, before)):
                ends.add(end)
            before = word
        return sorted(ends)

    def _quoted_party(self, text: str, pos: int, tokens: Sequence[Token]) -> int:
        """End of a party's name quoted whole at ``pos`` (美国“甲乙研究院”), else 0: the
        quotes delimit the name, so words before its head that would open a predicate
        elsewhere (公开, 开放) stay in it; a head must close the quote, and a shorter
        party ending there was found inside it."""
        match = _QUOTED_NAME_RE.match(text, pos)
        if match is None or match.end() - pos > _MAX_NP:
            return 0
        close = match.end() - 1
        first = bisect.bisect_left(tokens, pos + 1, key=_START)
        inner = (start for start, _ in tokens[first:] if start < close)
        if any(self._party_at(text, start, close, tokens) == close for start in inner):
            return close
        return 0


def _joined_modifiers(text: str, tokens: Sequence[Token], pos: int, joint: int) -> bool | None:
    """Whether the words from ``pos`` to the 和 at ``joint`` may modify an agency's head
    (县农业|和, 种植|和): None where they may not (a break word, a word that opens no noun
    phrase, a verb and its object after it: 监管甲地乙企业, a date: 2020|年|甲部和乙部, whose
    parties are 甲部 and 乙部), else whether a bare verb is
    among them, which only a head that verbs modify accepts (种植和养殖企业)."""
    first = bisect.bisect_left(tokens, pos, key=_START)
    seen_verb = with_verb = False
    for tok_start, tok_end in tokens[first:]:
        if tok_end > joint:
            break
        word = text[tok_start:tok_end]
        if (
            word in BREAK_WORDS
            or not _is_wordlike(word)
            or word in DIRECTIVE_OPENERS
            or word in _TIME_UNITS
        ):
            return None
        tag = word_class(word)
        if tag in _NOT_NP_START:
            if tag != "v":
                return None
            with_verb = True
        if tag == "r" and not word.startswith("各"):
            return None  # 这与甲智库…: a pronoun the clause opens with, no field
        if seen_verb and tag.startswith("n"):
            return None  # 监管甲地乙企业: a verb and its object, not a modifier
        seen_verb = seen_verb or tag in VERB_CLASSES
    return with_verb


def _ends_in_level(text: str, pos: int, joint: int) -> bool:
    """Whether ``text[pos:joint]`` ends in a level of government (省级, 县级): 和 after it
    joins two levels, each with its own bodies (省级和设区的市级甲部门), no fields of one
    name (unlike two grades of one kind: 甲级及乙级机构)."""
    return text.startswith(_LEVEL, joint - 1) and text.endswith(
        _DIVISIONS_LONGEST_FIRST, pos, joint - 1
    )


def _one_office_ending(text: str, after: int, words: list[str], end: int) -> int:
    """The end of a one-character ending of a body after bracketed alternatives (``words``,
    closing at ``after``) that it completes into dictionary words each (处（科）室: 处室,
    科室), else 0: one office."""
    ending = text[after : after + 1]
    if after >= end or ending not in SUFFIX_CHARACTERS:
        return 0
    return after + 1 if all(in_dictionary(word[-1] + ending) for word in words) else 0


def _agency_joint(text: str, pos: int, end: int) -> int:
    """Where the first word joining two fields of a body's name (和, 与, 及) is in
    ``text[pos:end]``, else -1. 及其 (甲委员会及其常务委员会: a body and its own organ)
    joins two parties, no fields."""
    if _AGENCY_JOINER_RE.search(text, pos, end) is None:
        return -1
    found = [
        at
        for joiner in _AGENCY_JOINERS
        if (at := text.find(joiner, pos, end)) != -1 and not text.startswith("其", at + 1)
    ]
    return min(found, default=-1)


def _capitals(word: str) -> int:
    return sum(char.isupper() for char in word)


class _WordIndex:
    """Words indexed by their first and last characters and lengths: which word starts or
    ends at a position, in a dictionary probe per length where an alternation of the
    words tries each of them (these run for most tokens of every sentence)."""

    __slots__ = ("by_final", "by_initial", "empty", "words")

    def __init__(self, words: Collection[str]) -> None:
        self.words = frozenset(word for word in words if word)
        #: an empty word matches anywhere (a regex alternation with an empty branch)
        self.empty = len(self.words) < len(set(words))
        initials: dict[str, set[int]] = {}
        finals: dict[str, set[int]] = {}
        for word in self.words:
            initials.setdefault(word[0], set()).add(len(word))
            finals.setdefault(word[-1], set()).add(len(word))
        self.by_initial = {c: tuple(sorted(n, reverse=True)) for c, n in initials.items()}
        self.by_final = {c: tuple(sorted(n, reverse=True)) for c, n in finals.items()}

    def longest_at(self, text: str, pos: int, end: int) -> int:
        """End of the longest word at ``pos`` within ``text[:end]``, else -1 (what the
        match of the words' alternation, longest first, at ``pos`` gives)."""
        for length in self.by_initial.get(text[pos : pos + 1], ()):
            stop = pos + length
            if stop <= end and text[pos:stop] in self.words:
                return stop
        return pos if self.empty and pos <= min(end, len(text)) else -1

    def ends_at(self, text: str, pos: int, end: int) -> bool:
        """Whether a word is ``text[start:end]`` for some ``start >= pos``."""
        for length in self.by_final.get(text[end - 1 : end] if end > 0 else "", ()):
            start = end - length
            if start >= pos and text[start:end] in self.words:
                return True
        return False

    def ends_phrase(self, text: str, pos: int, end: int) -> bool:
        """Whether a word ends ``text[pos:end]``, as ``(?:words)$`` searched in it finds
        (``$`` also matches before a final line break)."""
        end = min(end, len(text))
        if pos > end:
            return False
        if self.empty or self.ends_at(text, pos, end):
            return True
        return end > pos and text[end - 1] == "\n" and self.ends_at(text, pos, end - 1)

    def longest_proper_suffix(self, phrase: str) -> str:
        """The longest word that ends ``phrase`` and is shorter than it, else ""."""
        for length in self.by_final.get(phrase[-1:], ()):
            if length < len(phrase) and phrase[-length:] in self.words:
                return phrase[-length:]
        return ""


def _latin_conjunct_end(text: str, pos: int, tokens: Sequence[Token], index: int, end: int) -> int:
    """End of a Latin name at ``pos`` (``tokens[index]``) that is a conjunct of a list of
    parties (ABC、XyZ和甲协会…), else 0: a coordinator right before or after it; a noun
    after it makes it a modifier (ABC标准), 的 a possessor."""
    if index >= len(tokens) or tokens[index][0] != pos:
        return 0
    tok_start, tok_end = tokens[index]
    if tok_end > end:
        return 0
    after = text[tokens[index + 1][0] : tokens[index + 1][1]] if index + 1 < len(tokens) else ""
    before = text[tokens[index - 1][0] : tokens[index - 1][1]] if index else ""
    if not LATIN_NAME_RE.fullmatch(text, tok_start, tok_end) and not (
        _CAPITALISED_RE.fullmatch(text, tok_start, tok_end)
        and _latin_neighbour(text, tokens, index, before, after)
    ):
        return 0
    if after in _SUBJECT_COORDINATORS or (
        before in _PARTY_PREPOSITIONS and _verb_after(text, tokens, index + 1)
    ):
        return tok_end
    if before not in _SUBJECT_COORDINATORS or after == "的":
        return 0
    return 0 if word_class(after).startswith(("n", "vn", "eng")) else tok_end


#: Prepositions whose object is a party the act is done with, for or to (与ABC合作,
#: 向ABC提交, 为ABC提供): a Latin name between one and a verb is that party.
_PARTY_PREPOSITIONS = _LANG.word_set("comitative_prepositions") | _LANG.word_set(
    "beneficiary_prepositions"
)


def _verb_after(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` opens a predicate: a verb, or a verbal noun that
    modifies no noun after it (合作开展…, 合作。; not 服务平台), and no agent noun
    follows it (为ABC感染者…, 向ABC参会人员…: the name goes on, ABC modifies it)."""
    if index >= len(tokens):
        return False
    word = text[slice(*tokens[index])]
    # a verb and its object the segmenter glued into one noun (签订协议) open one too
    glued = len(word) > 3 and word_class(word[:2]) == "v"
    tag = "v" if glued else word_class(word)
    nxt = text[slice(*tokens[index + 1])] if index + 1 < len(tokens) else ""
    if is_actor_noun(nxt) or has_agentive_ending(nxt):
        return False
    if tag == "v":
        return True
    return tag == "vn" and (not word_class(nxt).startswith(("n", "vn")) or not _is_wordlike(nxt))


def _latin_neighbour(
    text: str, tokens: Sequence[Token], index: int, before: str, after: str
) -> bool:
    """Whether a listing mark joins ``tokens[index]`` to another Latin name (Abc、Xyz、ABC
    listed: bodies, a journal's or a firm's name, not one cited author)."""
    for mark, other in ((after, index + 2), (before, index - 2)):
        if mark == "、" and 0 <= other < len(tokens):
            start, stop = tokens[other]
            if _CAPITALISED_RE.fullmatch(text, start, stop) or LATIN_NAME_RE.fullmatch(
                text, start, stop
            ):
                return True
    return False


def _after_actor(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Whether the token before ``tokens[index]`` is an actor noun right before it."""
    if not index or tokens[index - 1][1] != tokens[index][0]:
        return False
    return is_actor_noun(text[slice(*tokens[index - 1])])


def _governs(text: str, tokens: Sequence[Token], index: int, end: int, best: int) -> bool:
    """Whether the verbal head at ``tokens[index]``, right after a party's name (which
    ends at ``best``, or is the token before), acts as its verb: an object follows
    (甲政府领导全市的…), or a 、 and another noun and verb pair (甲政府领导、乙部门协作);
    an adverb between the name and the head (甲局直接领导, unless 的 follows it) or a verb
    coordinated after it (甲院领导和管理) makes it a verb too."""
    if _adverb_before(text, tokens, index, best):
        # 甲局直接领导乙…, not 甲局直接领导的丙中心 (a relative clause naming 丙中心)
        return not text.startswith(_POSSESSIVE_OPENINGS, tokens[index][1])
    if best != tokens[index][0] and not _after_actor(text, tokens, index):
        return False
    after = tokens[index + 1 : index + 4]
    if not after or after[0][1] > end:
        return False
    word = text[slice(*after[0])]
    if word in _VERB_JOINERS:
        return _coordinated_verb(text, after[1:], end)
    if word != "、":
        classes = _OBJECT_CLASSES | (
            VERB_CLASSES if text[slice(*tokens[index])] in _VERB_TAKING_HEADS else frozenset()
        )
        return _is_wordlike(word) and word_class(word) in classes and word not in _MODALS
    if len(after) < 3:
        return False
    noun, verb = text[slice(*after[1])], text[slice(*after[2])]
    if verb in _MODALS or is_actor_noun(verb):
        return False
    return is_actor_noun(noun) and word_class(verb) in VERB_CLASSES


#: Words joining a verbal head to another verb (领导和管理, 领导或监督): the joiners of
#: lists and of nouns (lang list_joiners, noun_joiners) but the enumeration comma.
_VERB_JOINERS = (_LANG.word_set("list_joiners") | _LANG.word_set("noun_joiners")) - {"、"}
#: 的, 之: after a verbal head they make it a relative clause.
_POSSESSIVE_OPENINGS = tuple(_POSSESSIVES)


def _adverb_before(text: str, tokens: Sequence[Token], index: int, best: int) -> bool:
    """Whether one adverb stands between a party's complete name (ending at ``best``) and
    the verbal head at ``tokens[index]`` (甲局|直接|领导): the head is the party's verb."""
    if not best or index < 1 or tokens[index - 1][0] != best:
        return False
    if tokens[index - 1][1] != tokens[index][0]:
        return False
    tag = word_class(text[slice(*tokens[index - 1])])
    return tag.startswith("d") or tag == "ad"


def _coordinated_verb(text: str, after: Sequence[Token], end: int) -> bool:
    """Whether ``after`` opens with a verb that no noun follows (…领导和|管理|。), so the
    head before the joiner is a verb as well, not one of two persons (领导和管理人员)."""
    if not after or after[0][1] > end:
        return False
    if word_class(text[slice(*after[0])]) not in VERB_CLASSES:
        return False
    if len(after) < 2 or after[1][0] >= end:
        return True
    word = text[slice(*after[1])]
    return not (_is_wordlike(word) and word_class(word).startswith("n"))


#: Verbal heads that take a verb as object too (甲部门组织实施…: 组织 governs 实施).
_VERB_TAKING_HEADS = _LANG.word_set("verb_taking_heads")
#: Word classes of what a governing verb takes as object (本行政区域, 全市, 本).
_OBJECT_CLASSES = frozenset({"n", "r"})


def _passive_agent(text: str, pos: int, tokens: Sequence[Token]) -> bool:
    """Whether the 被 at ``pos`` introduces a passive's agent after a quantifier (被许多
    学者认为…), not a role (被申请人) nor a participle (被委派机构)."""
    index = bisect.bisect_left(tokens, pos + 1, key=_START)
    return index < len(tokens) and word_class(text[slice(*tokens[index])]).startswith("m")


def _stops_phrase(
    text: str, tokens: Sequence[Token], index: int, end: int, info: _WordInfo
) -> bool:
    """Whether the word at ``tokens[index]`` ends a party's noun phrase before it: a break
    word (unless a verb modifying the head after it, 销售 + 企业) or a preposition or
    negation that opens a predicate (未为…, 为托育…)."""
    if info.breaks or info.function_break:
        return True
    if not info.modifying_break:
        return False
    nxt = index + 1
    return not (
        nxt < len(tokens)
        and tokens[nxt][1] <= end
        and text[tokens[nxt][0] : tokens[nxt][1]] in _VERB_MODIFIED_HEADS
    )


def _verb_inside_compound(
    text: str, tokens: Sequence[Token], first_and_index: tuple[int, int], end: int, best: int
) -> bool:
    """A content verb between a noun and a head that verbs modify, the head closing the
    phrase (课题|承担|单位应…, 数据|分析|人员、…): the verb names what the party does, it
    opens no predicate. A complete name before it (甲公司|承担|单位…) makes it one."""
    first, index = first_and_index
    if best or index == first or index + 1 >= len(tokens) or tokens[index + 1][1] > end:
        return False
    word = text[slice(*tokens[index])]
    before = text[slice(*tokens[index - 1])]
    head_end = tokens[index + 1][1]
    if (
        len(word) < 2
        or word in _MODALS
        or word in _DIRECTING_VERBS  # 以手段|引导|企业…: a verb directed at the party after it
        or word_class(word) not in VERB_CLASSES
        or not word_class(before).startswith("n")
        or text[slice(*tokens[index + 1])] not in _VERB_MODIFIED_HEADS
    ):
        return False
    return head_end >= end or _closes_compound(text, tokens, index + 2)


def _subject_closer(word: str) -> bool:
    """A modal, a word that follows a subject or the list separator 、 (a coordinator as
    often joins the object of a verb to another: 联合|产业|单位|与|学校)."""
    return word == "、" or word in _MODALS or word in AFTER_SUBJECT


def _closes_compound(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Whether the phrase ends before ``tokens[index]``: no word, punctuation, a modal,
    a word that follows a subject or a coordinator (…单位|应当, …人员|和)."""
    if index >= len(tokens):
        return True
    after = text[slice(*tokens[index])]
    return (
        not _is_wordlike(after)
        or after in _MODALS
        or after in AFTER_SUBJECT
        or after in _SUBJECT_COORDINATORS
    )


def _ends_in_verb(word: str) -> bool:
    """Whether ``word`` is a verb or ends in a two-character one (书面|通知)."""
    return word_class(word).startswith("v") or (
        len(word) > 2 and word_class(word[-2:]).startswith("v")
    )


def _verb_before_government(text: str, tokens: Sequence[Token], index: int, end: int) -> bool:
    """Whether ``tokens[index]`` is a verb right before a government's head (统筹|政府): a
    government is named by its place, never by an act, so the verb is a predicate whose
    object the government is, and no name runs over it."""
    if index + 1 >= len(tokens) or tokens[index + 1][1] > end:
        return False
    word = text[slice(*tokens[index])]
    return (
        text[slice(*tokens[index + 1])] in _GOVERNMENT_HEADS
        and word_class(word) in VERB_CLASSES
        and not is_agentive_noun(word)
    )


def _act_before_place(text: str, tokens: Sequence[Token], first: int, end: int) -> bool:
    """Whether the phrase at ``tokens[first]`` opens with a verb or verbal noun and a
    place name or the writer's polity after it (调查|乙市居民, 探究|我国甲方): a predicate
    and its object, for a name puts its place first (乙市建设局), never after an act."""
    if first + 1 >= len(tokens) or tokens[first + 1][1] > end:
        return False
    after = text[slice(*tokens[first + 1])]
    return word_class(text[slice(*tokens[first])]) in VERB_CLASSES and (
        word_class(after) == "ns" or after in _SELF_PREFIXES
    )


def _agent_after_verb(
    text: str, tokens: Sequence[Token], first: int, index: int, end: int, best: int
) -> tuple[int, bool]:
    """After a verb opening a phrase at ``first``: the phrase's end so far and whether
    the scan goes on. An agent suffix right after the verb (处理|者) or after its object
    (上传|图片|者) ends a name; the object goes on to the 者."""
    word = text[slice(*tokens[index])]
    if word in _AGENT_SUFFIXES and (index == first + 1 or word == "者"):
        if _opens_split_word(text, tokens, index, end):
            return best, False  # 扩大|人|脉: the segmenter split 人脉, no 扩大人 acts
        return tokens[index][1], False
    if index == first + 1 and _object_before_zhe(text, tokens, index, end):
        return best, True
    return best, False


def _ends_in_pronoun_or_split(
    text: str, pos: int, tokens: Sequence[Token], index: int, end: int
) -> bool:
    """Whether a name from ``pos`` may not end with ``tokens[index]``: it ends in a pronoun
    or in a non-agent ending cut as a word (甲、体育|动员、乙部门: 动员 heads no name), or
    the token opens a word the segmenter split (扩大|人|脉)."""
    tok_start, tok_end = tokens[index]
    return (
        _ends_in_pronoun(text, pos, tok_end)
        or text[tok_start:tok_end] in _NON_AGENT_WORDS
        or _opens_split_word(text, tokens, index, end)
    )


def _opens_split_word(text: str, tokens: Sequence[Token], index: int, end: int) -> bool:
    """Whether the one-character token at ``index`` and the one-character token after it
    make a dictionary word (人|脉 of 扩大人脉): the first opens a noun, ending no name."""
    if index + 1 >= len(tokens) or tokens[index + 1][1] > end:
        return False
    nxt = text[slice(*tokens[index + 1])]
    word = text[slice(*tokens[index])]
    return (
        len(word) == len(nxt) == 1
        and _is_wordlike(nxt)
        and nxt not in BREAK_WORDS
        and (in_dictionary(word + nxt))
    )


def _object_before_zhe(text: str, tokens: Sequence[Token], index: int, end: int) -> bool:
    """上传|图片|者: the token at ``index`` is a noun, the object of the verb before it,
    and 者 follows: the three words name the agent (an adverb first, 直接|产生|者, opens
    no such name, nor does a verbal noun after the verb)."""
    if index + 1 >= len(tokens) or tokens[index + 1][1] > end or index == 0:
        return False
    noun = word_class(text[slice(*tokens[index])])
    return (
        text[slice(*tokens[index + 1])] == "者"
        and noun.startswith("n")
        and word_class(text[slice(*tokens[index - 1])]) == "v"
    )


def _modifier_verb(word: str) -> bool:
    """A verb that may modify a head: not a directive (督促企业…), a copula (成为企业就
    意味着…: the clause is the subject) nor a function word."""
    if word in _MODIFYING_BREAK_VERBS:
        return True
    return (
        word not in DIRECTIVE_OPENERS
        and word not in COPULAS
        and word not in BREAK_WORDS
        and word_class(word) in VERB_CLASSES
        and not _adverb_and_judging_verb(word)
    )


@lru_cache(maxsize=1 << 14)
def _adverb_and_judging_verb(word: str) -> bool:
    """An adverb glued to a verb of saying or judging (明确指出, 特别强调): it opens a
    clause of what is said, it never modifies a party's name."""
    verb = next((v for v in _JUDGING_VERBS if word.endswith(v) and len(v) < len(word)), "")
    return bool(verb) and word_class(word[: -len(verb)]) in _ADVERBIAL_CLASSES


#: Verbs of saying, judging and studying (指出, 强调).
_JUDGING_VERBS = _LANG.words("judging_verbs")
_JUDGING_VERB_SET = frozenset(_JUDGING_VERBS)


def _verbal_noun_with_object(
    text: str, tokens: Sequence[Token], first: int, best: int, end: int
) -> bool:
    """教育|子女|节约…: a verbal noun, a person who is its object, then that person's
    own verb, thing or state; the verbal noun is the predicate, not part of a name.
    Heads that take a verbal modifier (管理人员, 教育部门, 服务企业) are names."""
    if not best or first + 2 >= len(tokens) or tokens[first + 1][1] != best:
        return False
    lead = text[tokens[first][0] : tokens[first][1]]
    person = text[tokens[first + 1][0] : best]
    after = text[tokens[first + 2][0] : tokens[first + 2][1]]
    return (
        tokens[first + 2][1] <= end
        and word_class(lead) == "vn"
        and len(person) >= 2  # 运营|方: a one-character ending the segmenter split off
        and person not in _VERB_MODIFIED_HEADS
        and person not in _PERSONNEL_HEADS
        and lead + person not in OBJECT_PARTY_HEADS  # 救助|对象
        and not person.endswith(_AGENCY_HEADS)
        and _is_wordlike(after)  # punctuation, tagged as a noun, ends the phrase
        # a predicate follows, or the person's own thing or state (威胁|住户|安全)
        and word_class(after).startswith(("v", "l", "i", "d", "n", "a"))
    )


def _verb_modified_head(word: str) -> bool:
    """A head a verb may modify (机构, 小组), or a noun ending in one that the segmenter
    keeps whole (工作部门, 管理机构): 向保护|工作部门 names a body as 向执法|部门 does."""
    return word in _VERB_MODIFIED_HEADS or (
        word.endswith(_VERB_MODIFIED_ENDINGS) and is_agentive_noun(word)
    )


def _verb_modified_head_end(text: str, tokens: Sequence[Token], first: int, end: int) -> int:
    """值班人员, 养殖加工企业: verbs naming what a party does, then its head; else 0.

    One verb may modify 人员 (值班人员); 企业/单位/机构 need two (养殖加工企业), since
    one verb before them is as often a predicate with its object (约谈企业) — unless a
    preposition, a list's comma or a verb taking a party (委托, 配合) before the verb
    (``marked``) makes the words a noun phrase (与租赁公司…, 向评估机构…, 委托鉴定机构):
    no predicate opens right after one.
    """
    following = tokens[first : first + 3]
    marked = first > 0 and (
        text[slice(*tokens[first - 1])] in _PARTY_OPENING_MARKS
        or _joined_to_head(text, tokens, first - 1)
    )
    words = [text[s:e] for s, e in following if e <= end]
    if len(words) < 2 or not _modifier_verb(words[0]):
        return 0
    if (
        words[1] in _PERSONNEL_HEADS
        or (marked and _verb_modified_head(words[1]))
        or words[0] + words[1] in OBJECT_PARTY_HEADS  # 救助|对象
    ):
        return following[1][1]
    if (
        len(words) == 3
        and _modifier_verb(words[1])
        and words[2] in _VERB_MODIFIED_HEADS
        and words[2] not in _PERSONNEL_HEADS  # 安排|值班人员: one verb names the person
    ):
        return following[2][1]
    return 0


def _joined_to_head(text: str, tokens: Sequence[Token], index: int) -> bool:
    """Whether ``tokens[index]`` is a coordinator right after a party's head (甲局或者|
    任免机关): a second name opens after it, where after a verb (检查或者|约谈企业) the
    words may be a second predicate."""
    return (
        index > 0
        and text[slice(*tokens[index])] in COORDINATORS
        and is_agentive_noun(text[slice(*tokens[index - 1])])
    )


def _verbs_head_end(
    text: str,
    tokens: Sequence[Token],
    first_and_stop: tuple[int, int],
    end: int,
    best: int,
    verb_modifies: bool,
) -> int:
    """``best``, or the end of a head that verbs modify: one the phrase opens with
    (``verb_modifies``: 值班人员), or the staff of the place or body whose name ends where
    the scan stopped (甲室|值班人员); 0 for a verbal noun with its object (see
    ``_verbal_noun_with_object``)."""
    first, stop = first_and_stop
    if verb_modifies:
        best = max(best, _verb_modified_head_end(text, tokens, first, end))
    elif best and stop < len(tokens) and tokens[stop][0] == best:
        best = max(best, _staff_after_name(text, tokens, stop, end))
    return 0 if best and _verbal_noun_with_object(text, tokens, first, best, end) else best


def _staff_after_name(text: str, tokens: Sequence[Token], index: int, end: int) -> int:
    """End of one or two verbs from ``tokens[index]`` and a personnel or unit head after
    them, right after a name: the staff or unit of the place or body named (甲室|巡检|人员,
    乙医院|投诉|管理人员, 丙医院|投诉|管理|部门), else 0; a verb whose object is staff
    opens the predicate (甲站|配备|巡检|人员)."""
    words = [text[s:e] for s, e in tokens[index : index + 3] if e <= end]
    if not words or words[0] in _STAFFING_VERBS or word_class(words[0]) != "v":
        return 0
    for count in (1, 2):
        if (
            len(words) > count
            and _staff_or_unit_head(words[count])
            and all(_modifier_verb(verb) for verb in words[:count])
        ):
            return tokens[index + count][1]
    return 0


def _staff_or_unit_head(word: str) -> bool:
    """人员 and the units of a body (部门, 科室), or a dictionary word a modifying verb
    and 人员 make (管理人员)."""
    if word in _PERSONNEL_HEADS or word in _UNIT_HEADS:
        return True
    return any(
        word.endswith(head) and _modifier_verb(word[: -len(head)]) for head in _PERSONNEL_HEADS
    )


def _object_party_head(text: str, tokens: Sequence[Token], index: int, end: int) -> bool:
    """The verb at ``tokens[index]`` and the word after it form a head naming the party
    an act is done for or to (甲类|救助|对象)."""
    if index + 1 >= len(tokens) or tokens[index + 1][1] > end:
        return False
    return text[tokens[index][0] : tokens[index + 1][1]] in OBJECT_PARTY_HEADS


def _is_compound_noun(word: str) -> bool:
    """A dictionary noun of three or more characters (无人机): its first character is no
    function word even if it could be one alone (无, 为)."""
    return len(word) >= 3 and in_dictionary(word) and word_class(word) in ("n", "nz", "l", "j")


def _thing_follows(text: str, pos: int, end: int, tokens: Sequence[Token]) -> bool:
    """A thing or abstraction right after a party, closing the subject (游客|数量不得…):
    the party only modifies it."""
    index = bisect.bisect_left(tokens, pos, key=_START)
    if index >= len(tokens) or tokens[index][0] != pos or tokens[index][1] > end:
        return False
    word = text[pos : tokens[index][1]]
    if not (
        _is_wordlike(word)
        and word_class(word).startswith("n")
        and not is_actor_noun(word)
        and in_dictionary(word)
    ):
        return False  # the cheap test of the first word first: most calls stop here
    # tokens are sorted and contiguous: none after the first past ``end`` ends by it
    spans = list(
        itertools.takewhile(lambda span: span[1] <= end, itertools.islice(tokens, index, None))
    )
    # 游客|数量还应…, 甲方|设备也须…: the adverbs a modal takes close the thing's phrase
    adverbs = _closing_adverbs_start(text, spans, end, tokens, index + len(spans))
    words = [text[start:stop] for start, stop in spans[:adverbs]]
    # a judging verb the dictionary reads as a noun opens a compound (甲|评估报告应…)
    thing = word not in BREAK_WORDS or (word in _JUDGING_VERB_SET and len(words) > 1)
    # 儿童|模式的页面设计要…: the thing heads a longer noun phrase that runs to the trigger;
    # a verb right after 的 is a noun there (游客|纠纷的调处应当…)
    return thing and all(
        _nominal_part(word) or (before == "的" and word_class(word) == "v")
        for before, word in itertools.pairwise(words)
    )


def _headless_relative_after(text: str, pos: int, end: int, tokens: Sequence[Token]) -> bool:
    """Whether nouns after a party close with 的 right before ``end`` (甲单位|资质条件的|
    可…): the party is the object inside a relative clause with no head."""
    de = len(text[:end].rstrip()) - 1
    if de <= pos or text[de] != "的" or not text.startswith(_MODAL_TUPLE, end):
        return False  # (甲角色的|任务是…: the 的 of a duty noun's owner)
    first = bisect.bisect_left(tokens, pos, key=_START)
    words = [text[start:stop] for start, stop in tokens[first:] if stop <= de]
    covered = sum(map(len, words)) == de - pos and tokens[first][0] == pos
    return covered and all(
        _is_wordlike(word) and word_class(word).startswith("n") for word in words
    )


def _closing_adverbs_start(
    text: str, spans: list[Token], end: int, tokens: Sequence[Token], after: int
) -> int:
    """Where the adverbs a modal takes (还, 也) that close ``spans`` up to ``end`` start, the
    first word aside (数量|还 → 1); ``len(spans)`` when none close them or the token after
    them (``tokens[after]``) runs past ``end``. Read back from the end, each word once:
    asking ``_only_adverbs`` from every start read the tail again for each word."""
    start = len(spans)
    if after < len(tokens) and tokens[after][0] < end:
        return start  # a word runs past ``end``: no run of adverbs closes there
    while start > 1 and _modal_adverb(text[slice(*spans[start - 1])]):
        start -= 1
    return start


def _modal_adverb(word: str) -> bool:
    """An adverb a modal takes: tagged so, or one the dictionary does not tag (既, 亦)."""
    return word_class(word) == "d" or word in ADVERB_PREFIXES


def _nominal_part(word: str) -> bool:
    """A word inside a noun phrase: 的, or a noun or verbal noun."""
    return word == "的" or word_class(word).startswith(("n", "vn"))


def _opens_with_preposition(text: str, pos: int, tokens: Sequence[Token]) -> bool:
    """对他人的合法财产…: a prepositional phrase, whose nouns are no subject."""
    index = bisect.bisect_left(tokens, pos, key=_START)
    if index >= len(tokens):
        return False
    return word_class(text[tokens[index][0] : tokens[index][1]]) == "p"


#: An adjective of kind (甲性, after a determiner: 各级乙性) opening a field.
_KIND_OPENING_RE = re.compile(
    f"(?:{_LANG.alternation('actor_determiners')})?[\u4e00-\u9fff]{{1,3}}{_ADJECTIVE_SUFFIX}"
)


def _kind_opening(field: str) -> str:
    """The adjective of kind opening the first field of an elliptical list (政府性甲、乙
    机构: both bodies are 政府性), if the field goes on past it; a field that is only the
    adjective (甲性、非甲性机构) shares nothing."""
    match = _KIND_OPENING_RE.match(field)
    return match.group() if match and match.end() < len(field) else ""


def _polity(text: str, token: Token) -> bool:
    """Whether the word names a country (甲国, lang country_names) standing alone as a
    subject: the country acting as a polity (甲国应当减少排放). A province or a city is
    left out: in a paper 某省要发展… speaks of the region's economy."""
    word = text[token[0] : token[1]]
    return word in _COUNTRY_NAMES or (word.endswith("国") and word_class(word) == "ns")


def _wordlike_noun(text: str, token: Token) -> bool:
    word = text[token[0] : token[1]]
    return _is_wordlike(word) and word not in BREAK_WORDS and word_class(word).startswith("n")


#: The start of a token, as a bisect key.
_START: Callable[[Token], int] = itemgetter(0)


def _token_at(tokens: Sequence[Token], position: int) -> int:
    """The index of the token that starts exactly at ``position``, else -1."""
    index = bisect.bisect_left(tokens, position, key=_START)
    return index if index < len(tokens) and tokens[index][0] == position else -1


def _first_word_within(text: str, tokens: Sequence[Token], start: int, end: int) -> str:
    """The first word starting at or after ``start`` if it ends by ``end``, else '' (tokens
    are sorted and contiguous, so no later word ends by ``end`` either)."""
    index = bisect.bisect_left(tokens, start, key=_START)
    if index < len(tokens) and tokens[index][1] <= end:
        return text[tokens[index][0] : tokens[index][1]]
    return ""


def _ends_token(tokens: Sequence[Token], position: int) -> bool:
    """Whether a token ends exactly at ``position`` (tokens are sorted and contiguous)."""
    index = bisect.bisect_left(tokens, position, key=_START) - 1
    return index >= 0 and tokens[index][1] == position


def personal_name_end(text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
    """End of a person's proper name that is one token at ``pos`` (0 if none; see
    ``is_personal_name``): 律师张明华向法院申请… names 张明华 as the one who acts. A name
    followed by 等 or a citation mark (张明华等指出, 张明华[3]) cites an author, no actor;
    one followed by a noun modifies it (高危|人群) and one followed by a name's part is
    a longer name the segmenter split (张明|华)."""
    if text[pos : pos + 1] not in _SURNAMES:
        return 0
    index = _token_at(tokens, pos)
    if index == -1 or tokens[index][1] > end:
        return 0
    name_end = tokens[index][1]
    if name_end == pos + 1 and index + 1 < len(tokens) and tokens[index + 1][1] <= end:
        given = text[slice(*tokens[index + 1])]
        if _given_name(given) and not _CITATION_RE.match(text, tokens[index + 1][1]):
            return tokens[index + 1][1]  # 赵|秀英: a surname the segmenter split off
        return 0
    if not is_personal_name(text[pos:name_end]) or _CITATION_RE.match(text, name_end):
        return 0
    if index + 1 < len(tokens):
        after = text[slice(*tokens[index + 1])]
        if _double_surname_name(text[pos:name_end], after) and tokens[index + 1][1] <= end:
            return tokens[index + 1][1]  # 陈李|美华: a married name of two surnames
        tag = word_class(after)
        if tag.startswith("nr") or (len(after) > 1 and tag.startswith(("n", "vn"))):
            return 0
    return name_end


def _given_name(word: str) -> bool:
    """Whether ``word``, right after a surname standing alone, is a given name of two
    characters: one the dictionary tags as a personal name or does not list."""
    if len(word) != 2 or not HAN_WORD_RE.fullmatch(word) or word.endswith(_NOT_NAME_ENDINGS):
        return False
    return not in_dictionary(word) or word_class(word) == "nr"


def _double_surname_name(first: str, after: str) -> bool:
    """Whether two words of two characters, neither listed by the dictionary, make one
    name of four that opens with two surnames (陈李|美华), as a married woman's is."""
    return (
        len(first) == len(after) == 2
        and first[1] in _SURNAMES
        and not in_dictionary(after)
        and HAN_WORD_RE.fullmatch(after) is not None
    )


def is_personal_name(word: str) -> bool:
    """Whether ``word`` reads as a person's proper name: two or three characters opening
    with a surname, neither a word the dictionary lists (陈述, 高校; of three, only one it
    tags as a personal name) nor one made of a listed word and a character (施工|图,
    胡杨|林) nor ending in an agent's or an abstract noun's ending (施政者, 鲁棒性); or a
    married name of four opening with two surnames (陈李美华)."""
    if len(word) == _MAX_PERSONAL_NAME + 1 and _double_surname_name(word[:2], word[2:]):
        return is_personal_name(word[:2])
    if not 2 <= len(word) <= _MAX_PERSONAL_NAME or word[0] not in _SURNAMES:
        return False
    if not HAN_WORD_RE.fullmatch(word) or word.endswith(_NOT_NAME_ENDINGS):
        return False
    if in_dictionary(word) and not (len(word) == _MAX_PERSONAL_NAME and word_class(word) == "nr"):
        return False
    if len(word) < _MAX_PERSONAL_NAME:
        return True
    given = word[1:]
    return not in_dictionary(word[:2]) and not (in_dictionary(given) and word_class(given) != "nr")


def _past_bracket(text: str, pos: int) -> int:
    """``pos``, or past the closing bracket right there (a short name's bracket)."""
    return pos + 1 if text.startswith(("）", ")"), pos) else pos


def _is_wordlike(word: str) -> bool:
    return word.isalnum()


def _ends_in_pronoun(text: str, pos: int, end: int) -> bool:
    """交由他人, 我们: a phrase ending in a personal pronoun names no party."""
    phrase = text[pos:end]
    return phrase in _PRONOUN_SET or phrase.endswith(_PERSONAL_PRONOUNS)


def _verb_inside(text: str, words: Sequence[Token]) -> bool:
    """Whether a verb stands inside a name's words, not first (甲类集中市场开办者)."""
    classes = [word_class(text[a:b]) for a, b in words]
    return len(classes) > 2 and classes[0] not in ("v", "vn", "vd") and "v" in classes[1:-1]


def _verb_follows(text: str, pos: int, tokens: Sequence[Token]) -> bool:
    """Whether a verb opens the text at ``pos`` (the act of a party a directive addresses)."""
    index = _token_at(tokens, pos)
    return index != -1 and word_class(text[slice(*tokens[index])]) in VERB_CLASSES


def _opens_with_trade_verb(text: str, pos: int, tokens: Sequence[Token]) -> bool:
    """The word at ``pos`` is a verb of trade read as a verb (从事|甲业务的…), not a verbal
    noun opening a compound (经营|场所的…: the premises, a thing the nouns name)."""
    spans = _starting_in(tokens, pos, pos + 1)
    word = text[slice(*spans[0])] if spans else ""
    return word in _TRADE_VERB_SET and word_class(word) == "v"


def _split_role(text: str, pair: Sequence[Token]) -> bool:
    """A verb and a one-character agent ending the segmenter split (注册|人, 备案|人): one
    role word naming whoever does the act."""
    (verb_start, verb_end), (end_start, end_end) = pair
    return (
        end_end - end_start == 1
        and text[end_start] in _AGENT_SUFFIXES
        and verb_end - verb_start == _ACT_STEM_LENGTH
        and word_class(text[verb_start:verb_end]) in _ACT_STEM_CLASSES
    )


def _one_role_word(text: str, tokens: Sequence[Token], party: Party) -> bool:
    """``party`` is one token, or a verb and its agent ending split off (备案|人)."""
    spans = list(_starting_in(tokens, party.start, party.end))
    one_word = len(spans) == 1 or (len(spans) == 2 and _split_role(text, spans))
    return one_word and spans[-1][1] == party.end


def _is_role_word(word: str) -> bool:
    """A word naming a role by its agent ending (生产者, 进口商, 备案人)."""
    return len(word) >= 2 and word[-1] in _AGENT_SUFFIXES


def _level_of(name: str) -> str:
    """The level of government that opens ``name`` (县级甲局 → 县级), else ""."""
    division = _division_at(name, 0)
    return division + _LEVEL if division and name.startswith(_LEVEL, len(division)) else ""


def _parallel_rest(pending: list[tuple[str, int]], last: str, head: str) -> str:
    """The head head-less conjuncts share with the last name: ``head``, or, where that is
    one character, the rest of the last name after a word as long as each conjunct
    (甲毒、乙毒农药使用者 → 甲毒农药使用者: the conjuncts stand for 乙毒, not for all
    before 者)."""
    width = len(pending[0][0])
    rest = last[width:]
    if (
        len(head) == 1
        and len(rest) >= 2
        and rest.endswith(head)
        and all(len(word) == width for word, _ in pending)
    ):
        return rest
    return head


def _after_division(last: str) -> str:
    """区民政部门 → 民政部门: the qualifier a division shares with the divisions before it
    (the caller keeps the provincial formula 省、自治区、直辖市… whole)."""
    division = _division_at(last, 0)
    return last[len(division) :] if division else ""


#: A level of government and a coordinator right before a second level, which may carry
#: a short qualifier of its own (县级和设有港口的|市级…); the second level is captured by
#: a lookahead so that the match ends where the names begin.
_EARLIER_LEVEL_RE = re.compile(
    rf"(?P<level>{_LANG.alternation('divisions')}){_LEVEL}"
    rf"(?:{_LANG.alternation('coordinators')})"
    rf"(?P<qualifier>[\u4e00-\u9fff]{{1,6}}的)?"
    rf"(?=(?P<second>(?:{_LANG.alternation('divisions')}){_LEVEL}))"
)


def _coordinated_end(match: re.Match[str]) -> int:
    """Where the coordinator of an earlier level's match ends (before any qualifier)."""
    return match.start("qualifier") if match["qualifier"] else match.end()


def _closes_charged_name(text: str, start: int, pos: int, tokens: Sequence[Token]) -> bool:
    """Whether a body named by its charge from ``start`` may end at ``pos``: at
    punctuation, a modal, a preposition or an adverb (负责甲工作的部门应当…|对乙…), or at a
    verb when a preposition governs the body (向负责甲工作的部门|报告); not before a noun
    or verb that makes the body part of a task (负责本单位的安全机构|建设)."""
    index = bisect.bisect_left(tokens, pos, key=_START)
    if index == len(tokens):
        return True
    if tokens[index][0] != pos:
        return False
    word = text[pos : tokens[index][1]]
    if not word[0].isalnum() or word in _MODALS or word_class(word)[:1] in {"p", "d", "c"}:
        return True
    before = bisect.bisect_left(tokens, start, key=_START) - 1
    return before >= 0 and word_class(text[slice(*tokens[before])]).startswith("p")


#: A division glossed with its alternatives in brackets (区（市）, 县（市、区）).
_GLOSSED_DIVISION_RE = re.compile(
    rf"(?:{_LANG.alternation('divisions')})"
    rf"(?:[（(](?:{_LANG.alternation('divisions')})(?:、(?:{_LANG.alternation('divisions')}))*[）)])?"
)


def _glossed_division(word: str) -> str:
    """The division opening ``word``, with a bracket glossing it (区（市）林业 → 区（市）)."""
    match = _GLOSSED_DIVISION_RE.match(word)
    return match.group() if match and match.end() < len(word) else ""


def _division_at(text: str, pos: int) -> str:
    """The longest division word at ``pos`` (市, 自治州), else ""."""
    for division in _DIVISIONS_BY_INITIAL.get(text[pos : pos + 1], ()):
        if text.startswith(division, pos):
            return division
    return ""


def _actor_run_end(text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
    """End of a run of nouns from ``pos`` whose last names actors (新闻媒体, 人民团体)."""
    first = bisect.bisect_left(tokens, pos, key=_START)
    if first >= len(tokens) or tokens[first][0] != pos:
        return 0
    run_end = 0
    for tok_start, tok_end in tokens[first : first + 4]:
        word = text[tok_start:tok_end]
        if tok_end > end or not (word_class(word).startswith("n") or word in NAME_MODIFIERS):
            break
        run_end = tok_end if is_actor_noun(word) else run_end
    return run_end if _closes_name(text, run_end, end, tokens) else 0


def _closes_name(text: str, pos: int, end: int, tokens: Sequence[Token]) -> bool:
    """Whether a name may end at ``pos``: no further word of a noun phrase follows
    (甲、乙等人员密集场所: 人员 modifies what follows)."""
    if not pos or pos >= end:
        return bool(pos)
    after = bisect.bisect_left(tokens, pos, key=_START)
    word = text[tokens[after][0] : tokens[after][1]] if after < len(tokens) else ""
    if (
        _is_wordlike(word)
        and word not in BREAK_WORDS
        and word not in DIRECTIVE_OPENERS  # 甲、乙等部门|指导…: the predicate follows
        # 甲、乙等部门|近日…, |共同…: a time word or an adverb, the name ends
        and word_class(word) not in ("v", "t", "d", "ad")
        and not _glued_predicate(word)
        and not _predicate_verbal_noun(text, word, tokens, after)
    ):
        return False
    if word_class(word) == "p":  # 甲、乙等部门|在各自的职责内…: an adverbial, the name ends
        return True
    if text.startswith(_VIOLATION_WORDS, pos):  # 甲、乙等单位|违反本法的: a violation's actor
        return True
    # 甲、乙等餐饮聚集区域的…: a 的 close behind makes the words a modifier
    return re.match(r"[^，,；;。的]{0,6}的", text[pos:end]) is None


def _predicate_verbal_noun(text: str, word: str, tokens: Sequence[Token], index: int) -> bool:
    """Whether a verbal noun after a name is its predicate: no noun follows it (甲、乙等
    机构|竞争、合作; |协作共享), where one before a noun (甲、乙等机构|服务中心) is a word
    of the name."""
    if word_class(word) != "vn":
        return False
    if index + 1 >= len(tokens):
        return True
    following = text[slice(*tokens[index + 1])]
    return not _is_wordlike(following) or not word_class(following).startswith("n")


#: Words opening the statement of a violation (违反, 擅自): the party before one is its actor.
_VIOLATION_WORDS = tuple(_LANG.words("violation_words"))


def _glued_predicate(word: str) -> bool:
    """Whether a longer token opens with a verb or an adverb the segmenter glued to what
    follows (甲、乙等部门|开展调查, |依法查处): a predicate, not a word of a name."""
    return len(word) > 2 and word_class(word[:2]) in ("v", "d")


def _not_in_listed_item(text: str, start: int, end: int, first: int) -> bool:
    """Whether the word at ``start:end`` is one no name listed before 等 holds: a
    preposition, an adverb or a modal, or a directive verb opening an item (甲政府应当
    指导、监督乙等部门: the clause is no list; 乙监督管理 is a field all the same)."""
    word = text[start:end]
    if word_class(word) in ("p", "d") or word in _MODALS:
        return True
    opens_item = start == first or text[start - 1] == "、"
    return opens_item and word in DIRECTIVE_OPENERS


def _after_gloss(text: str, pos: int, end: int) -> int:
    """Past a short bracket glossing the name that ends at ``pos`` when the list goes on
    after it (甲委员会（社区）、乙委员会…), else ``pos``; a bracket defining a short name
    (（以下简称甲）) is read where the group ends."""
    defining = text.startswith(_DEFINING_MARKERS, pos + 1)
    # 甲、乙部门（以下简称丙）和丁部门: a list going on after the short name defined for
    # its first names is read on past it (not after 与, which may open a partner: 丙与丁…)
    gloss = (_DEFINITION_RE if defining else _GLOSS_RE).match(text, pos, end)
    if gloss is None:
        return pos
    coordinator = _coordinator_at(text, gloss.end(), end)
    if defining and coordinator in COMITATIVES:
        return pos
    return gloss.end() if coordinator else pos


def _place_of_act_end(text: str, pos: int, end: int, tokens: Sequence[Token]) -> int:
    """Where a division opens after the place of an act that starts a name (事故|发生地|
    县（市）…, 所在地|区（县）…: one or two words, the last ending in 地), else ``pos``."""
    place = text.find("地", pos, min(pos + _MAX_PLACE_OF_ACT, end))
    if place == -1 or not _ends_token(tokens, place + 1) or not _starts_a_token(tokens, pos):
        return pos
    if len(_starting_in(tokens, pos, place + 1)) > _MAX_PLACE_WORDS:
        return pos
    return place + 1 if _division_at(text, place + 1) else pos


#: The longest place of an act before a name (事故发生地), and its most words.
_MAX_PLACE_OF_ACT = 6
_MAX_PLACE_WORDS = 2


def _with_trailing_alternatives(
    text: str, found: list[Party], party_end: int, end: int
) -> tuple[list[Party], int]:
    """甲加工厂（场）应当…: a name closed by a bracket of one-character alternatives to
    its head (厂（场）, 中心（站）, 厅（委、局）) names one party with the bracket, as the
    text writes it; the name reads on past it (to its trigger, or as a preposition's
    object). A longer gloss (甲委员会（社区）) or a party named again (甲方（买方）)
    stays out of the name."""
    match = _TRAILING_ALTERNATIVES_RE.match(text, party_end, end)
    if match is None or len(found) != 1 or found[0].end != party_end:
        return found, party_end
    words = match.group(1).split("、")
    if any(is_agentive_noun(word) for word in words):
        return found, party_end
    party = found[0]
    whole = party.text + text[party_end : match.end()]
    return [Party(whole, party.label, party.cls, party.start, match.end())], match.end()


#: A bracket of one-character alternatives right after a name (（场）, （委、局）).
_TRAILING_ALTERNATIVES_RE = re.compile(r"[（(]([\u4e00-\u9fff](?:、[\u4e00-\u9fff]){0,3})[）)]")


#: The longest field of a list closed by 等 and a head (甲、城乡建设综合行政执法监督等部门).
_MAX_LISTED_FIELD = 13
#: A short bracket after a name: a gloss or an alias (（社区）, （站）).
_GLOSS_RE = re.compile(r"[（(][^（(）)、，,。；;]{1,8}[）)]")


def _word_before_modifiers(text: str, words: Sequence[Token], index: int) -> str:
    """The word at ``index``, or, if it is an adjective or adverb, the first word before
    it and the modifiers after that (从事|具体|甲管理的乙: the verb whose object the nouns
    are)."""
    word = text[words[index][0] : words[index][1]]
    while word_class(word) in _ADVERBIAL_CLASSES and index > 0:
        index -= 1
        word = text[words[index][0] : words[index][1]]
    return word


#: Word classes of adjectives and adverbs, which may stand between a verb and its object.
_ADVERBIAL_CLASSES = frozenset({"a", "ad", "d"})


def _listed_owners(
    text: str, words: Sequence[Token], index: int, longest: int
) -> list[tuple[int, int]]:
    """The spans of the noun runs listed with 、 before the last run of a 的-phrase's
    modifiers (甲场、乙区、丙园的|管理者; ``index`` is the 、 before the last run), when
    the list fills the phrase from its first word and no run is longer than ``longest``:
    each owns the head as the last does (elliptical coordination); else []."""
    owners: list[tuple[int, int]] = []
    while index >= 0:
        if text[slice(*words[index])] != "、":
            return []
        first = index
        while first > 0 and _noun_modifier(text[slice(*words[first - 1])]):
            first -= 1
        run = (words[first][0], words[index][0])
        if first == index or run[1] - run[0] > longest:
            return []
        owners.append(run)
        index = first - 1
    return owners[::-1]


def _noun_modifier(word: str) -> bool:
    """A noun that may classify a party after 的 (甲场的|管理者), not a verbal one nor
    the list comma (which the dictionary tags as a noun)."""
    return word != "、" and word_class(word) in _NOUN_MODIFIER_CLASSES and not _verbal(word)


def _compound_verbal(text: str, words: Sequence[Token], index: int) -> bool:
    """Whether the word at ``index`` is a verbal noun between nouns of one compound (甲水文
    |监测|设施): it modifies the noun after it, as a noun does, and takes no object."""
    if index == 0 or word_class(text[slice(*words[index])]) != "vn":
        return False
    return word_class(text[slice(*words[index - 1])]) in _NOUN_MODIFIER_CLASSES


def _object_of(text: str, words: Sequence[Token], index: int, before: str) -> bool:
    """Whether ``before``, the word at ``index`` before the nouns of a 的-phrase, is a
    verb whose object they are (携带儿童的游客; 生产药品的企业, a verbal noun opening the
    phrase), not a verbal noun inside a compound after a noun or verb (甲监测设施的管理人).
    Nouns a quantity counts (保存三千份以上档案的机构, 收集一百条记录的公司) are an
    object too: a number or a range word before them names how many things, no class."""
    if word_class(before) == "v" or _counted_by_verb(text, words, index):
        return True
    if not _verbal(before):
        return False
    if index == 0:
        return True
    word = text[slice(*words[index - 1])]
    if word == "、":
        return True  # 生产、运输甲的单位: coordinated verbs share the object
    return word_class(word) not in _NOUN_MODIFIER_CLASSES and not _verbal(word)


def _counted_by_verb(text: str, words: Sequence[Token], index: int) -> bool:
    """Whether the words up to ``index`` end in a quantity (a number, a classifier, a
    range word) that a verb right before it takes (收集|一百条 …): the nouns after the
    quantity are the verb's object; a number modifying a noun (二次|供水) counts nothing."""
    count = index
    while count >= 0:
        word = text[slice(*words[count])]
        before = text[slice(*words[count - 1])] if count else ""
        # a number in digits, and the unit after one (100|万人)
        if not (
            word_class(word) in _QUANTITY_CLASSES
            or word in _RANGE_ENDINGS
            or word.isdigit()
            or before.isdigit()
        ):
            break
        count -= 1
    return count < index and count >= 0 and _verbal(text[slice(*words[count])])


#: Word classes of numerals and classifiers, and the words closing a range (以上).
_QUANTITY_CLASSES = frozenset({"m", "q", "mq"})
_RANGE_ENDINGS = _LANG.word_set("range_endings")


def _verbal(word: str) -> bool:
    """A verb or verbal noun, or a demand verb jieba tags as a noun (委托): what a relative
    clause before 的 needs, and what no noun modifier is."""
    if word_class(word) in VERB_CLASSES or word in _DEMAND_VERBS:
        return True
    # a set phrase ending in a verb (综合利用, 合理使用), which the dictionary tags idiom
    return len(word) == 4 and word_class(word) == "l" and word_class(word[2:]) == "v"


def _longest_bare_head(name: str, head: str) -> str:
    """The longest bare or shared head ``name`` ends in short of the whole name (主管部门,
    行政部门 rather than 部门), else ``head``."""
    bare = (h for h in _ELLIPSIS_HEADS if name.endswith(h) and len(h) < len(name))
    return max(bare, key=len, default=head)


#: The heads head-less conjuncts may share with the last one (交通、水利行政部门).
_ELLIPSIS_HEADS = LISTED_HEADS | _LANG.word_set("shared_heads")


#: A count closing the last field of a list before its head (甲、乙、丙三部门).
_FIELD_COUNT_RE = re.compile(rf"(?P<count>{COUNT_NUMBER}+){COUNT_CLASSIFIER}?$")


def _without_count(last: str, head: str, conjuncts: int) -> str:
    """The list's last name without the count of its conjuncts before the head (甲、乙、
    丙三部门 → 丙部门): the count sums up the list, it is no part of a field; a number that
    is not the list's length (甲、乙一部门) is left alone."""
    if not last.endswith(head):
        return last
    field = last[: -len(head)]
    count = _FIELD_COUNT_RE.search(field)
    if count is None or count.start() == 0 or chinese_numeral(count["count"]) != conjuncts:
        return last
    return field[: count.start()] + head


def _headed(word: str, head: str) -> str:
    """A listed word completed by the head after 等, unless it names a party itself
    (甲局、乙委等部门: 甲局, not 甲局部门; 交通、水利等部门: 交通部门)."""
    return word if is_agentive_noun(word) else word + head


def _listed_items(text: str, pos: int, deng: int) -> list[tuple[str, int]]:
    """The words of a list before 等 with their starts, split at 、 and at coordinators
    that join no field (甲、乙以及丙等部门 → 甲, 乙, 丙); [] if one is no plain word."""
    items: list[tuple[str, int]] = []
    cursor = pos
    for separator in [*_LISTED_SEPARATOR_RE.finditer(text, pos, deng), None]:
        stop = separator.start() if separator else deng
        part = text[cursor:stop]
        # (the last may hold two items and their joiner: see _with_last_item_split)
        longest = _MAX_LISTED_ITEM if separator else 2 * _MAX_LISTED_ITEM + 1
        if not (1 <= len(part) <= longest) or not _plain_item(part):
            return []
        items.append((part, cursor))
        cursor = separator.end() if separator else deng
    items = _with_last_item_split(items)
    return items if all(len(part) <= _MAX_LISTED_ITEM for part, _ in items) else []


def _with_last_item_split(items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """甲、乙和丙等部门 → 甲, 乙, 丙: the last item of a list of two or more holds the
    list's last joiner; it stays whole when it names one field a department covers (lang
    joined_fields: 文化和旅游)."""
    if len(items) < 2 or items[-1][0] in _JOINED_FIELDS:
        return items
    last, start = items[-1]
    joints = [i for i, ch in enumerate(last) if ch in _AGENCY_JOINERS]
    if len(joints) != 1 or not 2 <= joints[0] <= len(last) - 3:
        return items
    cut = joints[0]
    if is_agentive_noun(last[:cut]):
        return items  # 甲、乙政府及丙等部门: a party and a list, no two fields
    return [*items[:-1], (last[:cut], start), (last[cut + 1 :], start + cut + 1)]


#: Fields of administration whose names hold a joiner (文化和旅游).
_JOINED_FIELDS = _LANG.word_set("joined_fields")


def _plain_item(part: str) -> bool:
    """A list item before 等: Chinese characters only, no 的 (a clause), 和 at most inside
    (文化和旅游); or a name in Latin letters (Abc、XYZ等期刊: examples of the journals)."""
    if part.isascii() and part.isalpha():
        return True
    return (
        all("\u4e00" <= ch <= "\u9fff" for ch in part)
        and "的" not in part
        and not any(part.startswith(w) or part.endswith(w) for w in ("和", "及", "与"))
        # 甲政府及其乙、丙等部门: the government and its departments, no item 甲政府及其乙
        and "及其" not in part
    )


#: Coordinators that may join two words inside one listed field (文化和旅游).
_INNER_JOINERS = "和及与"


def _opens_with_party(item: str) -> bool:
    """Whether a listed item is a party's name, a coordinator and a field (甲局和乙 of
    甲局和乙、丙等部门): the party stands alone, the field opens the list of departments."""
    return any(has_agentive_ending(item[:at]) for at, ch in enumerate(item) if ch in _INNER_JOINERS)


def _is_place(word: str) -> bool:
    """A named place: jieba's place tag, or a name ending in a division (甲县, 乙自治州)."""
    return len(word) >= 2 and (word_class(word) == "ns" or word.endswith(tuple(_DIVISIONS)))


def _after_place(last: str) -> str:
    """乙省通信管理局 → 通信管理局: what a list of places shares after the last place."""
    ends = [
        at + len(division)
        for division in _DIVISIONS
        for at in range(1, min(len(last), 7))
        if last.startswith(division, at)
    ]
    place_end = max((end for end in ends if len(last) - end >= 2), default=0)
    return last[place_end:] if place_end else ""  # the longest place: 杭州市, not 杭州


def _doer_body(name: str) -> bool:
    """管理单位, 养护单位: a verb and a generic body head, the body doing an act to a thing;
    after the thing's nouns and 的 (甲设施的管理单位和养护单位) each is named with them."""
    head = name[-2:]
    return (
        len(name) == 4
        and is_generic_party(head)
        and head not in _BARE_PERSON_HEADS
        and word_class(name[:2]) in _DOER_STEM_CLASSES
    )


def _past_governing_verb(text: str, tokens: Sequence[Token], start: int, de: int) -> int:
    """Where a relative clause from ``start`` to its 的 at ``de`` begins once a verb of a
    relation cue that opens it and governs the name (委托|具备资格的单位, 通知|参加会议的
    人员) is left out: when another verb follows in the clause; a trigger (负责乙工程的单位)
    stays in."""
    first = bisect.bisect_left(tokens, start, key=_START)
    word = text[slice(*tokens[first])]
    # any cue word, not only a verb-frame cue (is_verb_cue): the verb of a preposition
    # frame (向甲|明确…) governs a name after it too (明确|乙在丙中的主体)
    if word in _TRIGGER_WORDS or not cue_table().prefilter.fullmatch(word):
        return start
    rest = (text[a:b] for a, b in tokens[first + 1 :] if b <= de)
    # a plain verb only, not VERB_CLASSES: a verbal noun after the cue verb is mostly
    # part of its object (组织|测绘作业的人员), and counting it changes names
    if any(word_class(other) == "v" for other in rest):
        return tokens[first][1]
    return start


def _relative_named_head(head: str) -> bool:
    """A head a relative clause before its 的 names in any position (see
    ``_relative_named``): the heads ``_named_by_clause`` lists and bodies of government
    named by their task (负责甲工作的部门)."""
    return _named_by_clause(head) or head in _TASK_NAMED_BODIES


def _named_by_clause(head: str) -> bool:
    """A head the relative clause before it names (进入园区的人员, 承办展会的单位, 代办甲
    手续的经营人): alone it names no one."""
    return is_generic_party(head) or head in _BARE_PERSON_HEADS or head in _CLAUSE_NAMED_HEADS


def is_generic_party(name: str) -> bool:
    """个人, 单位, 任何组织 …: a generic class of persons, no stakeholder by itself
    (the NONPARTY words of the relation cue table, shared by both readings)."""
    return name in cue_table().nonparties


def _without_actor_determiner(word: str) -> str:
    """``word`` without a determiner of a set of parties opening it (各类主体 → 主体)."""
    determiner = _SET_DETERMINER_RE.match(word)
    return word[determiner.end() :] if determiner and determiner.end() < len(word) else word


def _distributive(text: str, words: Sequence[Token], index: int) -> int:
    """The index of the word after 每 and a classifier of persons or bodies at ``index``
    (每位, 每家, 每|一名): "each of", a determiner of the parties after it, not a
    frequency (每学期); else 0. 每个 counts things as often (每个包装盒内应…): a name
    with an agent's ending after it is read as a known party is."""
    word = text[slice(*words[index])]
    if not word.startswith(_EVERY):
        return 0
    if word == _EVERY and index + 1 < len(words):
        word, index = word + text[slice(*words[index + 1])], index + 1
    return index + 1 if word[1:].removeprefix("一") in _PARTY_CLASSIFIERS else 0


#: 每, "each": before a verb the party before it acts each time (甲员工每完成…); with a
#: classifier it names each of the parties after it (每位甲人员).
_EVERY = "每"


def _agent_acts(text: str, party: Party, end: int, tokens: Sequence[Token]) -> bool:
    """Whether ``party``, a name with an agent's ending (员工, 管理人员), is followed by a
    verb of its own, no modal: it is a subject acting in the clause (a condition's), not
    a noun of a longer name; before a modal the owner's duty is read as ever."""
    after = bisect.bisect_left(tokens, party.end, key=_START)
    if after >= len(tokens) or tokens[after][0] != party.end or tokens[after][1] > end:
        return False
    word = text[slice(*tokens[after])]
    if word == _EVERY and after + 1 < len(tokens) and tokens[after + 1][1] <= end:
        word = text[slice(*tokens[after + 1])]  # 甲公司的员工每完成一项…: each time it acts
    # a verb and its object read as one noun (提出申请, 符合条件) is a predicate too
    verb = word_class(word) == "v" or (len(word) == 4 and word_class(word[:2]) == "v")
    return verb and word not in _TRIGGER_WORDS and has_agentive_ending(party.text)


def _adverbs_only(text: str, start: int, end: int, tokens: Sequence[Token]) -> bool:
    """Whether ``text[start:end]`` is empty or only adverbs that follow a subject (也, 还)."""
    words = [text[s:e] for s, e in tokens if s >= start and e <= end]
    covered = sum(len(word) for word in words)
    return covered == len(text[start:end].strip()) and all(w in AFTER_SUBJECT for w in words)


def _division_before_coordinator(text: str, pos: int, end: int) -> int:
    """End of a division word at ``pos`` joined by 和/或者 to a division that opens a
    party name (市和区民政部门, which the segmenter may read as one word), else 0."""
    division = _division_at(text, pos)
    word_end = pos + len(division)
    coordinator = _coordinator_at(text, word_end, end) if division else ""
    if coordinator in ("", "、"):
        return 0
    qualifier = _after_division(text[word_end + len(coordinator) : end])
    # (市和乡镇人民政府: 乡镇 is one level, no division with a shared name after it)
    return word_end if qualifier and not qualifier.startswith(tuple(_DIVISIONS)) else 0


def _divisions_only(conjuncts: list[tuple[str, int]]) -> bool:
    return all(word in _DIVISIONS for word, _ in conjuncts)


#: First characters of the coordinators: most positions hold none.
_COORDINATOR_INITIALS = frozenset(word[0] for word in COORDINATORS)


def _coordinator_at(text: str, pos: int, end: int) -> str:
    """The coordinator at ``pos``; 及 before 其他 (甲及其他乙: 及 + 其他, not 及其 + 他)."""
    if text[pos : pos + 1] not in _COORDINATOR_INITIALS:
        return ""
    for word in COORDINATORS:
        if text.startswith(word, pos) and pos + len(word) < end:
            return word[:-1] if text.startswith(_OTHER, pos + len(word) - 1) else word
    return ""


#: 其他 (other): after 及 it opens the next conjunct, though 及其 is a coordinator too.
_OTHER = "其他"


#: 及其: the departments after it are the preceding party's own.
_ITS_OWN = "及其"


def _bare_head_of_own(head: str) -> str:
    """The head a party's own departments share after 等, without its determiners only
    (甲政府及其乙等有关行政部门 → 乙行政部门, as a government's departments are named)."""
    bare = _LISTED_DETERMINER_RE.sub("", head)
    return bare if bare.endswith(_FIELD_HEADS) else head


def _bare_listed_head(head: str) -> str:
    """The head a list's words share after 等, without the determiners and qualifiers of
    a bare head (甲部门和乙、丙等有关行政部门 → 乙部门 + 丙部门, as 乙、丙等有关部门 is read)."""
    bare = _LISTED_DETERMINER_RE.sub("", head)
    if bare not in LISTED_HEADS and bare.endswith(_FIELD_HEADS):
        bare = _LISTED_QUALIFIER_RE.sub("", bare)
    return bare if bare in LISTED_HEADS else head


def _no_shared_head(last: str, head: str) -> bool:
    """Whether the words before a list's last name share no head with it: a one-character
    ending of a two-character word is no head (工作、律师 names no 工作师)."""
    return len(head) == 1 and len(last) - len(head) < 2


#: Words of a time, a place or an attribute (时间, 地点): a list's word ending in one
#: names no field of a kind of party (lang non_party_fields).
_NON_PARTY_FIELDS = tuple(_LANG.words("non_party_fields"))
#: The rest of a list after its first party: short plain words joined by 、, then 等.
_LISTED_TO_END_RE = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})*)等")
#: Heads after 等 that a single field before it shares (会同财政等部门: 财政部门); other
#: heads (甲站等单位) name a class the word before 等 is an example of.
_FIELD_HEADS = ("部门", "机关")
#: Agent endings of two or more characters, which close the names of bodies (…协会,
#: …委员会, …公司) rather than kinds of places or shops (…店, …院).
_LONG_AGENT_ENDINGS = tuple(ending for ending in AGENT_ENDINGS if len(ending) >= 2)
#: Those or the one-character endings of a body's short name (甲部, 乙联), not a shop's
#: (…店): the ending of a body listed before 等 and a label (甲协会、乙联等机构).
_LISTED_BODY_ENDINGS = (*_LONG_AGENT_ENDINGS, *BODY_ENDINGS)
#: Heads of two or more characters that close the name of a body of its own (乙机关).
_LONG_BODY_HEADS = tuple(h for h in (*_AGENCY_HEADS, *_FIELD_HEADS) if len(h) >= 2)


def _headless_conjunct_end(
    text: str,
    pos: int,
    end: int,
    tokens: Sequence[Token],
    listed: bool = False,
    *,
    opening: bool = False,
) -> int:
    """End of a short head-less conjunct directly followed by 、 (交通运输、), else 0; a
    list's ``opening`` conjunct may be a short field before 及 (教育及体育工作者).

    After another head-less conjunct (``listed``) a verb naming a trade may open it
    (甲加工、运输、仓储单位): only a list's first conjunct can open a predicate."""
    # a determiner opening the list (各级甲性乙、丙机构) is no part of the conjunct's length
    determiner = _SET_DETERMINER_RE.match(text, pos)
    lead = determiner.end() - pos if determiner else 0
    limit = min(end, pos + lead + _MAX_HEADLESS_CONJUNCT + 1)
    comma = text.find("、", pos, limit)
    if opening and not listed and not text.endswith("的", 0, pos):
        # (…的差异及甲医生: a noun 的 governs is no field of the name after 及)
        joined = _field_before_ji(text, pos, min(limit, pos + _MAX_FIELD_BEFORE_JI), tokens)
        comma = joined if joined > pos and (comma < 0 or joined < comma) else comma
    if comma <= pos:
        return 0
    first = bisect.bisect_left(tokens, pos, key=_START)
    for index, (tok_start, tok_end) in enumerate(tokens[first:]):
        if tok_end > comma:
            break
        word = text[tok_start:tok_end]
        if word in BREAK_WORDS:
            return 0
        opening = word_class(word) in _NOT_NP_START and word not in NAME_MODIFIERS
        if index == 0 and (
            (opening and not (listed and word_class(word) == "v")) or word in DIRECTIVE_OPENERS
        ):
            return 0  # 联合甲市、乙市…, 指导、监督甲方: the verb opens a predicate
    return comma if _is_wordlike(text[pos:comma]) else 0


#: The longest head-less conjunct before its 、 (交通运输、), past a determiner.
_MAX_HEADLESS_CONJUNCT = 8
#: The coordinators a head-less conjunct may stand before besides 、 (教育及体育工作者):
#: only where the name reader reads no name across them, so names it reads whole
#: (文化及体育部门) stay one party, unlike their 、 forms.
_ELLIPSIS_COORDINATORS = _LANG.word_set("ellipsis_coordinators")


def _ends_list(pending: list[tuple[str, int]], coordinator: str) -> bool:
    """Whether ``coordinator`` after head-less conjuncts ends the list: only 、 goes on
    (交通、水利部门), 及 after the first (教育及体育工作者), and 和 after divisions,
    which share their head across it (市和区民政部门)."""
    if not pending or coordinator == "、" or _divisions_only(pending):
        return False
    return not (coordinator in _ELLIPSIS_COORDINATORS and len(pending) == 1)


#: The longest field a first conjunct names before 及 (卫生健康及护理工作者).
_MAX_FIELD_BEFORE_JI = 4


def _field_before_ji(text: str, pos: int, limit: int, tokens: Sequence[Token]) -> int:
    """Where a 及 that is a word of its own starts at most at ``limit`` (after a
    field of at most ``limit - pos`` characters), else -1; not when the conjunct after it
    opens with the same field (文化及文化工作者 would name one party twice)."""
    first = bisect.bisect_left(tokens, pos, key=_START)
    for tok_start, tok_end in tokens[first:]:
        if tok_start > limit:
            break
        if text[tok_start:tok_end] in _ELLIPSIS_COORDINATORS:
            repeated = text.startswith(text[pos:tok_start], tok_end)
            return -1 if repeated else tok_start
    return -1


def _is_bare_doer(name: str) -> bool:
    """承租者, 购买者: a two-character verb and a doer ending, nothing before them (a
    verbal noun's doer, 经营者 or 管理者, names a trade or a role by itself)."""
    return len(name) == 3 and name.endswith(_DOER_ENDINGS) and word_class(name[:2]) == "v"
