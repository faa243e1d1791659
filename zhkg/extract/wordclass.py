"""Word classes from the segmenter's own dictionary, looked up without tagging.

jieba's dictionary carries a part-of-speech tag for every entry; reading it is a
dictionary lookup, far cheaper than running a tagger over each sentence, and it
is enough to tell a verb that opens a predicate (履行…) from a modifier that opens
a name (跨境…, 各级…). Words not in the dictionary (domain terms) count as nouns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from zhkg.extract.lang import lang_data

__all__ = [
    "AGENT_ENDINGS",
    "NON_AGENT_NOUNS",
    "VERB_CLASSES",
    "has_agentive_ending",
    "in_dictionary",
    "is_actor_noun",
    "is_agent_suffix",
    "is_agentive_noun",
    "word_class",
]


_LANG = lang_data()
#: Endings that make a word the dictionary reads as a personal name an institution.
_INSTITUTION_ENDINGS = tuple(_LANG.words("institution_endings"))


@lru_cache(maxsize=1)
def _tags() -> _TagTable:
    """jieba's tags, with the corrections of lang ``word_tags`` (a noun the dictionary
    tags as an adverb opens names all the same)."""
    import jieba.posseg

    return _TagTable(jieba.posseg.dt.word_tag_tab, _tag_corrections())


def _tag_corrections() -> dict[str, str]:
    """The ``word tag`` pairs of lang ``word_tags``."""
    pairs = (entry.split() for entry in _LANG.words("word_tags"))
    return {cells[0]: cells[1] for cells in pairs if len(cells) == 2}


class _TagTable:
    """A read-only view of jieba's tag table with some tags corrected.

    Why a view: the table is jieba's own and process-global; the corrections must not
    change what jieba's tagger gives to other callers.
    """

    def __init__(self, table: dict[str, str], corrections: dict[str, str]) -> None:
        self._table = table
        self._corrections = corrections

    def get(self, word: str, default: str = "") -> str:
        tag = self._corrections.get(word)
        return tag if tag is not None else self._table.get(word, default)

    def __contains__(self, word: object) -> bool:
        return word in self._corrections or word in self._table


@lru_cache(maxsize=1 << 16)
def word_class(word: str) -> str:
    """The dictionary's tag of ``word`` (e.g. "v", "n", "vn"), "n" when unknown.

    A word made of an adverb and a verb (充分发挥, 大力推进), which the dictionary tags
    as a noun or an idiom, is a verb: it opens a predicate, never a party's name; so is
    a pair of verbs it tags as a personal name.
    """
    tags = _tags()
    tag = tags.get(word, "n")
    if tag == "nr" and len(word) == 4 and _verb_pair(tags, word):
        return "v"  # two verbs read as a name: 建立完善 is a verb all the same
    if tag == "nr" and len(word) >= 3 and word.endswith(_INSTITUTION_ENDINGS):
        return "n"  # an institution read as a name (疗养院) is a noun
    if tag == "v" and _task_named_office(word):
        return "n"  # an office read as a verb (审计署) is a noun
    if tag not in _ADVERB_VERB_MISTAGS or len(word) < 3:
        return tag
    for cut in range(1, min(len(word) - 1, 4)):
        if tags.get(word[:cut]) in ("d", "ad") and tags.get(word[cut:], "").startswith("v"):
            return "v"
    return tag


#: The tags the dictionary gives to an adverb glued to its verb: a noun, an idiom, or the
#: name of an organisation or a thing (大力推进 tagged nt or nz is a verb all the same).
_ADVERB_VERB_MISTAGS = frozenset({"n", "l", "i", "nt", "nz"})


def _verb_pair(tags: _TagTable, word: str) -> bool:
    """Whether a four-character word is a verb and a verb or adjective (加强保护)."""
    return tags.get(word[:2]) == "v" and tags.get(word[2:]) in ("v", "vn", "a", "ad")


def in_dictionary(word: str) -> bool:
    """Whether the segmenter's dictionary lists ``word`` (需求 yes, 需承担 no)."""
    return word in _tags()


#: Word classes of nouns that can name a party (common, organisation, other proper
#: nouns, abbreviations such as 环保局 tagged j); not personal names (nr), which the
#: dictionary also gives to some adverb-verb idioms (严格执行).
_NOUN_CLASSES = frozenset({"n", "ns", "nt", "nz", "j", "ng"})
#: The word class of place names (jieba's ns).
_PLACE_CLASS = "ns"
#: Suffixes deriving abstract nouns (经济性, 透明度), and the shortest word they derive.
_ABSTRACT_SUFFIXES = _LANG.words("abstract_suffixes")
_MIN_DERIVED = 3
#: Endings that make a noun an agent or an organisation: a person by role
#: (骑手, 教师, 业主), a body (…局, …委, …院, …中心) or a collective (…力量, …家庭).
AGENT_ENDINGS = _LANG.words("agent_endings")
#: Nouns with an agentive ending that name no one: places, events, abstractions.
NON_AGENT_NOUNS = _LANG.word_set("non_agent_nouns")

#: Endings that name a sector or trade rather than a party (直播电商 "live-stream e-commerce").
NON_AGENT_ENDINGS = _LANG.words("non_agent_endings")
#: A compound ending in a non-agent noun is none either (公共场所, 政府网站).
_NON_AGENT_ENDINGS = (*NON_AGENT_ENDINGS, *sorted(NON_AGENT_NOUNS))


#: One-character endings the segmenter may split off (市/生态环境/局, 护士/站).
SUFFIX_CHARACTERS = frozenset(ending for ending in AGENT_ENDINGS if len(ending) == 1) - {"人", "者"}


#: Word classes of the noun an ending was split from: nouns, idioms, verbal nouns, the
#: adjectives of agency names (卫生/健康 + 委) and words the dictionary takes for
#: personal names (安保 + 部).
_SUFFIX_BEFORE_CLASSES = _NOUN_CLASSES | {"l", "vn", "a", "an", "nr"}


#: Role endings a verb of the trade may precede (配送 + 员), offices' included (统计 + 署).
_ROLE_SUFFIXES = _LANG.word_set("role_suffixes")
#: Endings of an office the verb of its task may precede (统计 + 署, 审计署 tagged v).
_OFFICE_SUFFIXES = _LANG.word_set("office_suffixes")
#: Word classes of a verb, a verbal noun too (管理, 安装): a verb of a trade or task, and
#: what makes a relative clause or a governing verb; an adverbial verb (vd) is none.
VERB_CLASSES = frozenset({"v", "vn"})


def is_agent_suffix(word: str, before: str) -> bool:
    """A one-character agentive ending split from the noun before it (生态环境 + 局)."""
    if word not in SUFFIX_CHARACTERS:
        return False
    before_class = word_class(before)
    return before_class in _SUFFIX_BEFORE_CLASSES or (
        word in _ROLE_SUFFIXES and before_class in VERB_CLASSES and before not in NAME_MODIFIERS
    )


#: Modifiers the dictionary tags as verbs (相关, 有关): they open names (相关企业, 有关部门),
#: and name no act a side is named by (相关|方 is whoever is concerned, no named party).
NAME_MODIFIERS = _LANG.word_set("name_modifiers")


#: The fewest characters of the verb of a task before an office's ending.
_MIN_OFFICE_TASK = 2


def _task_named_office(word: str) -> bool:
    """Whether a word the dictionary tags as a verb is the verb of a task and an office's
    ending (审计署, 禁毒署): a body named by what it does, unlike a verb phrase ending in a
    role's character (伸出手)."""
    return (
        len(word) > _MIN_OFFICE_TASK
        and word[-1] in _OFFICE_SUFFIXES
        and word_class(word[:-1]) in VERB_CLASSES
    )


#: The word class jieba gives set phrases (l), and the agent endings of two or more
#: characters, which no set phrase ends in by chance (…中心, …机构, …委员会).
_IDIOM_CLASS = "l"
_LONG_AGENT_ENDINGS = tuple(ending for ending in AGENT_ENDINGS if len(ending) >= 2)


@lru_cache(maxsize=1 << 16)
def is_agentive_noun(word: str) -> bool:
    """Whether ``word`` is a noun that can bear a duty: 骑手, 市民政局, 职业院校, 社会力量.

    Why: texts of other domains name parties the domain lexicon has never seen;
    an agentive or organisational ending on a noun marks them, while
    商品/信息/制度 (no such ending) and 格局/场所 (listed exceptions) do not.
    """
    if word_class(word) == _IDIOM_CLASS:
        # the dictionary takes some names of bodies for set phrases (控制中心, tagged l):
        # a word ending in a body's name of two or more characters is one all the same,
        # and so is a noun with the one-character ending of an office (顾问处, 计划处)
        return has_agentive_ending(word) and (
            word.endswith(_LONG_AGENT_ENDINGS) or _office_phrase(word)
        )
    if word_class(word) == _DISTINGUISHING_CLASS and word in AGENT_ENDINGS:
        return True  # a title the dictionary tags as a distinguishing word (主任)
    return word_class(word) in _NOUN_CLASSES and has_agentive_ending(word)


def _office_phrase(word: str) -> bool:
    """Whether a set phrase is a noun of two characters (a verbal noun too) and a body's
    one-character ending (计划处, 顾问处): an office, unlike a place where an act happens
    (连接处, a verb and 处; the places a noun opens, 通风处, are non-agent nouns) or a
    phrase that only ends in the character (不同之处)."""
    return (
        len(word) == _OFFICE_PHRASE_LENGTH
        and word.endswith(BODY_ENDINGS)
        and word_class(word[:-1]) in _OFFICE_FIELD_CLASSES
    )


#: The length of such an office's name.
_OFFICE_PHRASE_LENGTH = 3
#: One-character endings that close the short name of a body (甲局, 乙部, 丙联), not a
#: shop's (…店).
BODY_ENDINGS = _LANG.words("body_endings")
_OFFICE_FIELD_CLASSES = _NOUN_CLASSES | {"vn"}


#: jieba's tag of distinguishing words (大型, 主任): modifiers, save agent endings.
_DISTINGUISHING_CLASS = "b"


@lru_cache(maxsize=1 << 16)
def has_agentive_ending(word: str) -> bool:
    """The ending test alone, for a word that stands alone as a subject (诊所, tagged v)."""
    return (
        len(word) >= 2
        and word.endswith(AGENT_ENDINGS)
        and not _non_agent_ending(word)
        and not _verb_object_pair(word)
    )


def _non_agent_ending(word: str) -> bool:
    """Whether ``word`` ends in a non-agent noun that is one of its words: 公共场所 does
    (公共 + 场所), 工业界 does not (工业 + 界, across the ending 业界)."""
    return any(
        _ends_in_word(word, ending) for ending in _NON_AGENT_ENDINGS if word.endswith(ending)
    )


def _ends_in_word(word: str, ending: str) -> bool:
    """Whether ``ending`` is a word of ``word``, not cut across a noun and its agent ending
    (工业 + 界, not 工 + 业界) or across a dictionary word and a one-character ending
    (食品安全 + 局, not 食品安 + 全局)."""
    if len(word) == len(ending) or word[-1] not in SUFFIX_CHARACTERS:
        return True
    head, rest = word[: -len(ending)], word[:-1]
    if len(ending) == _MIN_WORD and in_dictionary(rest[-_MIN_WORD:]):
        return False  # the ending's first character closes a word: the ending is one character
    return (
        len(head) >= _MIN_WORD or not in_dictionary(rest) or word_class(rest) not in _NOUN_CLASSES
    )


#: The fewest characters of a word standing before a non-agent ending.
_MIN_WORD = 2


#: Endings that also stand as a verb's object (出户, 进户); not 局 or 处, which end the
#: pieces the segmenter cuts out of names.
_OBJECT_LIKE_ENDINGS = tuple(_LANG.words("object_like_endings"))


def _verb_object_pair(word: str) -> bool:
    """A two-character word unknown to the dictionary, a verb and an object-like ending
    (出户, 进户): an act with its object, not a name of a party."""
    return (
        len(word) == 2
        and word.endswith(_OBJECT_LIKE_ENDINGS)
        and not in_dictionary(word)
        and word_class(word[0]) == "v"
    )


#: Heads of nouns that name things, acts and abstractions, never a party, even as the
#: subject of a deontic (信息应当…, 押金应当…, 收费标准要…): what a party must do is
#: stated about them, they bear nothing.
NON_ACTOR_HEADS = _LANG.words("non_actor_heads")
#: Determiners that make the noun after them a set of parties (各园区, 各级养老机构, 有关单位).
ACTOR_DETERMINERS = _LANG.words("actor_determiners")
#: Words that link or frame a text's sentences (总而言之, 换言之) or number its steps (三是):
#: some are tagged as nouns, none names a party.
_TEXT_CONNECTIVES = (
    frozenset(_LANG.words("discourse_markers"))
    | frozenset(_LANG.words("connectives"))
    | frozenset(_LANG.words("enumerating_markers"))
)


#: Endings of a place that, after a verb, name an area by what is done there (隔离区).
_AREA_ENDINGS = tuple(_LANG.words("area_endings"))
#: Tags of a word naming a state or an act as a noun (卫生, 宣教): a compound ending in
#: one names a field or an activity, never a party.
_ACTIVITY_CLASSES = ("an", "vn")
#: Verbs closing a glued noun-verb word that states a finding or a verdict (结果表明).
_VERDICT_ENDINGS = tuple(verb for verb in _LANG.words("verdict_endings") if len(verb) >= 2)
#: A frame's opener and closer (在…中, 当…时): a word they enclose is a frame, no party.
_FRAME_PREPOSITIONS = tuple(_LANG.words("frame_prepositions"))
_CIRCUMSTANCE_ENDINGS = tuple(_LANG.words("circumstance_endings"))


@lru_cache(maxsize=1 << 16)
def is_text_connective(word: str) -> bool:
    """Whether ``word`` links or numbers a text's sentences (因此, 二是): tagged as a noun
    at times, it never opens or modifies a party's name."""
    return word in _TEXT_CONNECTIVES


def is_actor_noun(word: str) -> bool:
    """Whether ``word``, standing as the subject of a deontic, can name a party.

    Why: a regulation addresses everyday nouns as parties (景区, 导游, 新闻媒体,
    社会资本) that carry no agentive ending; in subject position before 应当/要 a
    common, organisation or proper noun is a party unless it names a thing, an
    act or an abstraction (NON_ACTOR_HEADS), e.g. 信息, 押金, 收费标准.
    """
    if is_agentive_noun(word):
        return True
    if word_class(word) not in _NOUN_CLASSES or len(word) < 2 or word in _TEXT_CONNECTIVES:
        return False
    if word_class(word) == _PLACE_CLASS:
        return False  # 甲省要…, 乙国应…: a polity or a place; its bodies bear duties
    if len(word) >= _MIN_DERIVED and word.endswith(_ABSTRACT_SUFFIXES):
        return False  # 经济性要…, 透明度应…: a quality of something, not a party
    if len(word) > 2 and word_class(word[-2:]) in _ACTIVITY_CLASSES:
        return False  # 环境卫生要…, 社区宣教应…: its last word names a state or an act
    if len(word) > 2 and word.endswith(_VERDICT_ENDINGS):
        return False  # 结果表明：甲可以…, 关键在于要…: a finding or a verdict, no party
    if (
        len(word) > 2
        and word.startswith(_FRAME_PREPOSITIONS)
        and word.endswith(_CIRCUMSTANCE_ENDINGS)
    ):
        return False  # 在实践中，甲应…: one word of a frame, no party
    if len(word) > 2 and word.endswith(_AREA_ENDINGS) and word_class(word[:-1]).startswith("v"):
        return False  # 隔离区应…: an area named by what is done there
    return not word.endswith(NON_ACTOR_HEADS) and not word.endswith(_NON_AGENT_ENDINGS)


# Word classes that several readers test, defined here once so that no reader keeps a
# copy of its own.

#: 将, 把: marks that front the object of an act (甲部将会同乙…, 把甲…).
DISPOSAL_MARKS = _LANG.word_set("disposal_marks")
#: Adverbs of habit (经常, 往往): the sentence says what a party does as a rule.
HABITUAL_ADVERB_RE = _LANG.regex("habitual_adverbs")
#: 在, the first of the frame prepositions, opens a frame of place or time (在甲发布商品
#: 时，…); a word of time closes it as a token of its own (发布|时, 到达|后).
FRAME_PREPOSITION = _LANG.words("frame_prepositions")[0]
TIME_FRAME_WORDS = _LANG.word_set("time_frame_words")
#: Words that may stand between a subject and its verb or modal: adverbs and adverbial
#: openers (甲也要…, 乙依法…, 丙在台风来临前应当…), no act of the party's own.
AFTER_SUBJECT = _LANG.word_set("after_subject")
#: Modifiers that make a name another party than the same name without them (其他学员).
OTHER_PARTY_MARKS = _LANG.words("other_party_marks")
#: Indefinite or relational persons (他人, 对方, 专人): no named party.
PERSONAL_PRONOUNS = _LANG.word_set("personal_pronouns")
#: 个人, 人员: joined to a generic body (相关单位或者人员) or closing a list, anyone.
ANYONE_MEMBERS = _LANG.word_set("anyone_members")
#: Heads naming the staff of a body (人员, 医师, 负责人): after listed bodies each body's
#: staff; in a sanction's list, the boilerplate discipline of staff.
STAFF_HEADS = tuple(_LANG.words("staff_heads"))
#: Negations ending the word before a modal (并未禁止, 没有要求): the modal is denied.
NEGATORS = _LANG.words("negators")
#: Adverbs of likelihood before a modal (可能需要): what is likely, no duty.
EPISTEMIC_ADVERBS = _LANG.word_set("epistemic_adverbs")
#: Prepositions of company (与, 同): 甲与乙订立合同 names 乙 the partner of 甲's act.
COMITATIVES = _LANG.word_set("comitative_prepositions")
#: 对, 对于: they open the object of an act (对甲单位…), not its actor.
OBJECT_PREPOSITIONS = _LANG.word_set("object_prepositions")
#: A relative clause that only picks out which parties of a kind a directive addresses
#: (鼓励有条件的甲企业…): lang qualifying_relatives and its 的.
QUALIFYING_RELATIVE_RE = re.compile(f"(?:{_LANG.alternation('qualifying_relatives')})的")
#: A verb and 对象 naming the party an act is done for or to (服务对象): party heads.
OBJECT_PARTY_HEADS = _LANG.word_set("object_party_heads")
#: Words of a condition stating a violation (违反…的): the ground of a sanction.
VIOLATION_RE = _LANG.regex("violation_words")
#: Verbs linking a subject to a noun phrase (是, 成为): they modify no head (成为企业).
COPULAS = _LANG.word_set("copulas")
#: Demonstratives that point back to a party named before (该, 上述).
ANAPHORIC_DEMONSTRATIVES = _LANG.word_set("anaphoric_demonstratives")
#: Generic heads of bodies (机构, 部门, 企业): after 等 each listed word completes one
#: (交通、水利等部门 → 交通部门 …).
LISTED_HEADS = _LANG.word_set("listed_heads")
#: Words right before a verb that make it a predicate (主动, 统一, 定期), whatever their
#: tags: never inside a name.
PREDICATE_OPENERS = _LANG.word_set("predicate_openers")
#: Words announcing a list (下列, 如下): 遵守下列要求, 下列机构.
LIST_INTRO_RE = _LANG.regex("list_intro_words")
#: One-character adverbs a modal takes that the dictionary does not tag as adverbs (既要,
#: 亦可, 还需).
ADVERB_PREFIXES = _LANG.chars("adverb_prefixes")
#: Verbs taking a party as object that the dictionary may tag as nouns (指导, 报, 委托):
#: they open a predicate (指导甲机构…), never a party's name.
DIRECTIVE_OPENERS = _LANG.word_set("directive_openers")
#: Unnamed sides that stand for all the parties named before (双方, 各方).
COLLECTIVES = _LANG.words("collectives")
#: Coordinators between the parties of a group (甲、乙和丙), longer ones first.
COORDINATORS = _LANG.words("coordinators")
#: Word classes of an adverb (jieba d, ad).
ADVERB_CLASSES = frozenset({"d", "ad"})
