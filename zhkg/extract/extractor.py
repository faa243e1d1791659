"""Stage 2: a Document -> an Extraction (stakeholders, responsibilities, relations).

Two spaCy components, registered with ``Language.factory`` and keyword-only
settings, do the per-sentence work on the stage-1 pipeline (zh + jieba + domain
dictionary): ``zhkg_stakeholders`` finds party mentions, ``zhkg_responsibilities``
finds deontic statements and relations. ``extract`` runs the pipeline once per
document over the sentences that contain a trigger or relation cue (the rest
cannot hold a statement), then does what needs the whole document: zero subjects
from the article / heading / previous sentence, permission vs ability readings
of 可以 by genre and context, heading duties, categories and provenance.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Any, TypeVar

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from zhkg.extract.categories import CategoryMatcher
from zhkg.extract.lang import lang_data
from zhkg.extract.lexicon import Lexicon
from zhkg.extract.model import (
    PAPER_KINDS,
    Document,
    Extraction,
    Modality,
    RelationKind,
    ResponsibilityStatement,
    Section,
    Sentence,
    StakeholderMention,
    StakeholderRelation,
)
from zhkg.extract.nlp import TOKEN_SPANS, listed_by_chance, token_spans
from zhkg.extract.numbering import ITEM_NUMBER, ITEM_NUMBER_RE
from zhkg.extract.paper import affiliation_line
from zhkg.extract.relation_cues import cue_table, holds_cue
from zhkg.extract.relations import (
    OUTSIDE_ACTORS,
    PART_AGENT,
    SANCTION_RULE,
    TOPIC_OVERSIGHT_RULE,
    RelationCandidate,
    can_be_end,
    find_relations,
    reported_finding,
    rule_parts,
    same_kind,
    same_party,
)
from zhkg.extract.responsibilities import (
    CHAIN_RULE,
    DIRECTING_RULES,
    ENCOURAGING_RULE,
    NEED_WORDS,
    ONE_CHARACTER_MODALS,
    SAYING_VERB,
    THING_ZERO,
    TRIGGER_RE,
    TRIGGERS,
    DutyCandidate,
    SentenceAnalysis,
    analyse_sentence,
    closes_condition,
    definition_duties,
    heading_duties,
    imposed_duties,
    list_item,
    may_state_duty,
    purpose_led,
    step_item,
)
from zhkg.extract.stakeholders import (
    BROAD_ACTORS,
    COUNT_PREFIX,
    LISTED_DIVISION_RE,
    Party,
    PartyFinder,
    Token,
    asks,
    clause_opening,
    is_generic_party,
    is_personal_name,
    subject_start,
)
from zhkg.extract.wordclass import (
    ADVERB_CLASSES,
    AFTER_SUBJECT,
    ANYONE_MEMBERS,
    COLLECTIVES,
    COPULAS,
    DISPOSAL_MARKS,
    EPISTEMIC_ADVERBS,
    HABITUAL_ADVERB_RE,
    NEGATORS,
    OTHER_PARTY_MARKS,
    PERSONAL_PRONOUNS,
    QUALIFYING_RELATIVE_RE,
    SUFFIX_CHARACTERS,
    VERB_CLASSES,
    in_dictionary,
    is_agentive_noun,
    word_class,
)

__all__ = [
    "DUTIES_COMPONENT",
    "STAKEHOLDERS_COMPONENT",
    "add_extraction_components",
    "doc_tokens",
    "extract",
    "party_finder",
    "pipeline_for",
]

STAKEHOLDERS_COMPONENT = "zhkg_stakeholders"
DUTIES_COMPONENT = "zhkg_responsibilities"
#: Sentences matching none of these cannot hold a statement: they skip the pipeline.
_DUTY_NOUN_RE = re.compile(
    f"{lang_data().alternation('duty_nouns')}|{lang_data().alternation('including_verbs')}"
)

#: The extension attributes the components set and the document pass reads.
_EXTENSIONS = (
    "zhkg_body",
    "zhkg_text",
    "zhkg_tokens",
    "zhkg_parties",
    "zhkg_analysis",
    "zhkg_relations",
    "zhkg_context_relations",
)
for _name in _EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class _Ext:
    """``doc._`` for the extension attributes above: read and written in ``doc.user_data``
    under spaCy's own keys, so ``doc._.zhkg_parties`` reads what the components set.

    Why: spaCy builds an Underscore on each ``doc._`` and resolves each attribute through
    its extension table; the components and the document pass read these attributes
    several times per sentence. Each of them defaults to None, and is a property of this
    class (``__getattr__`` runs only after the failed lookup of an unknown name).
    """

    __slots__ = ("data",)

    def __init__(self, doc: Doc | _Read) -> None:
        object.__setattr__(self, "data", doc.user_data)

    def __getattr__(self, name: str) -> Any:
        return self.data.get(("._.", name, None, None))

    def __setattr__(self, name: str, value: Any) -> None:
        self.data[("._.", name, None, None)] = value


def _extension_property(name: str) -> property:
    key = ("._.", name, None, None)

    def read(ext: _Ext) -> Any:
        return ext.data.get(key)

    return property(read)


for _name in _EXTENSIONS:
    setattr(_Ext, _name, _extension_property(_name))


def _text(doc: Doc | _Read, ext: _Ext | None = None) -> str:
    """The Doc's text, kept once (spaCy rebuilds ``doc.text`` from the tokens on each access).

    ``ext`` is the Doc's ``_Ext`` if the caller holds one.
    """
    if ext is None:
        ext = _Ext(doc)
    text: str | None = ext.zhkg_text
    if text is None:
        text = doc.text
        ext.zhkg_text = text
    return text


def _tokens(doc: Doc | _Read, ext: _Ext | None = None) -> list[Token]:
    """Token spans, computed once per Doc (the components and the document pass share them)."""
    if ext is None:
        ext = _Ext(doc)
    cached: list[Token] | None = ext.zhkg_tokens
    if cached is None:
        spans: list[Token] | None = doc.user_data.get(TOKEN_SPANS)
        if spans is None:  # the tokenizer did not give them (a _Read always has them)
            assert isinstance(doc, Doc)
            spans = [(s, s + length) for s, length in doc.to_array([IDX, LENGTH]).tolist()]
        cached = _unglued_modals(_text(doc, ext), spans)
        ext.zhkg_tokens = cached
    return cached


#: One-character modals the segmenter's guesser may glue to an unknown word before them
#: (not relations' ``glued_modals``, glued to a preposition after them).

#: A modal the dictionary joins with 有 (应有); before 的 it means "due" (应有的权利).
_MODAL_HAVE = lang_data().word_set("modal_haves")


#: The last characters of the tokens ``_unglued_modals`` may split: a glued modal, the
#: 有 of 应有 and the 等 after an agent ending (a token ending otherwise stays whole).
_UNGLUE_FINALS = (
    ONE_CHARACTER_MODALS | frozenset(word[-1] for word in _MODAL_HAVE) | {"等"} | DISPOSAL_MARKS
)


def _glued_mark(text: str, start: int, end: int) -> bool:
    """A pair of a one-character agent ending and 将/把 that a name runs into (甲部|将会同
    乙…, read 部将): the ending belongs to the name before, the mark opens the predicate."""
    return (
        end - start == 2
        and text[start + 1] in DISPOSAL_MARKS
        and text[start] in SUFFIX_CHARACTERS
        and start > 0
        and "\u4e00" <= text[start - 1] <= "\u9fff"
    )


def _glued_deng(word: str) -> bool:
    """An out-of-dictionary pair of a one-character agent ending and the 等 closing a
    list (某保健/院等), which the guesser glued: the ending belongs to the name before."""
    return (
        len(word) == 2
        and word[1] == "等"
        and word[0] in SUFFIX_CHARACTERS
        and not in_dictionary(word)
    )


def _unglued_modals(text: str, tokens: list[Token]) -> list[Token]:
    """Split a one-character modal off an out-of-dictionary token it closes (巡检员应 → 巡检员/应),
    and a one-character agent ending off the 等 glued to it (保健/院等 → 保健/院/等).

    Why: jieba's guesser for unknown words glues a following modal to a new noun
    (an unlisted role noun + 应 becomes one "word"), hiding both the party and the trigger.
    A dictionary word that ends in such a character (反应, 必需) is left whole. Only the
    tokens of two or more characters that end where the text holds such a character are
    looked at (found by one regex scan); the runs of tokens between them are copied whole.
    The pairs glued at a word's start are split after that (a modal and its verb, a modal
    and a preposition, 各 and a division).
    """
    result: list[Token] = []
    done = 0  # the tokens before this index are in ``result``
    for final in _UNGLUE_FINAL_RE.finditer(text):
        end = final.end()
        index = bisect.bisect_left(tokens, end, done, key=_token_end)
        if index == len(tokens) or tokens[index][1] != end or end - tokens[index][0] < 2:
            continue  # no token of two or more characters ends here: nothing glued
        result += tokens[done:index]
        result += _unglued(text, *tokens[index])
        done = index + 1
    result += tokens[done:]
    result = _split_leading_modals(text, result)
    # 甲局可同乙局… (a guessed 可同 → 可 + 同): both readers look for the trigger and the
    # preposition at word starts, and the name before would run on into the pair
    result = _split_first_character(
        text, result, _MODAL_PREPOSITION_RE, lambda pair: not in_dictionary(pair)
    )
    # 各市、县人民政府 → 各/市、县…: the division opens the list of levels, as it does
    # without 各, so each level is read with the name after the list
    return _split_first_character(text, result, LISTED_DIVISION_RE, lambda _: True)


#: A one-character modal and a preposition glued to it (可同, 应跟).
_MODAL_PREPOSITION_RE = re.compile(
    f"[{''.join(sorted(ONE_CHARACTER_MODALS))}]"
    f"[{''.join(sorted(w for w in lang_data().words('glued_prepositions') if len(w) == 1))}]"
)


def _split_first_character(
    text: str, tokens: list[Token], pattern: re.Pattern[str], glued: Callable[[str], bool]
) -> list[Token]:
    """Split the first character off every token that is exactly a match of ``pattern``
    and that ``glued`` says the segmenter joined (a modal and a preposition, 各 and a
    division): the two are words of their own."""
    result: list[Token] = []
    done = 0
    for match in pattern.finditer(text):
        start = match.start()
        index = bisect.bisect_left(tokens, start, done, key=_token_start)
        if index == len(tokens) or tokens[index] != match.span() or not glued(match.group()):
            continue
        result += [*tokens[done:index], (start, start + 1), (start + 1, match.end())]
        done = index + 1
    return [*result, *tokens[done:]] if done else tokens


#: Modals of duty the guesser may glue to an unknown verb after them (应倒查).
_LEADING_MODAL_RE = re.compile(lang_data().alternation("leading_glued_modals"))


def _split_leading_modals(text: str, tokens: list[Token]) -> list[Token]:
    """Split a modal off an out-of-dictionary token of three or more characters it opens
    (甲部门应倒查乙… → 应/倒查): the guesser joined the modal to an unknown verb, hiding
    the trigger, so the subject before it ran on into the predicate. Only the tokens
    starting where the text holds such a modal are looked at (one regex scan)."""
    result: list[Token] = []
    done = 0
    for modal in _LEADING_MODAL_RE.finditer(text):
        start = modal.start()
        index = bisect.bisect_left(tokens, start, done, key=_token_start)
        if index == len(tokens) or tokens[index][0] != start:
            continue
        end = tokens[index][1]
        if not _glued_leading_modal(text, start, end):
            continue
        result += tokens[done:index]
        result += [(start, modal.end()), (modal.end(), end)]
        done = index + 1
    if not done:
        return tokens
    result += tokens[done:]
    return result


def _glued_leading_modal(text: str, start: int, end: int) -> bool:
    """Whether the token ``text[start:end]``, opened by a modal of duty, is the modal glued
    to the verb after it: an unknown word of three or more characters (应倒查), or a pair
    the dictionary lacks or lists only by chance whose second character is a verb (甲方
    须持证件…, read 须持; 甲局需报乙局…, a guessed 需报); not before 的 (甲方应尽的义务:
    what is due, no modal)."""
    word = text[start:end]
    if len(word) >= 3:
        return not in_dictionary(word)
    return (
        len(word) == 2
        and not text.startswith("的", end)
        and word_class(word[1]).startswith("v")
        and word[1] not in COPULAS  # (a guessed 应是: "should be", a judgement, no duty)
        and listed_by_chance(word)
    )


#: Any character ``_unglued`` may split off or apart.
_UNGLUE_FINAL_RE = re.compile("[" + re.escape("".join(sorted(_UNGLUE_FINALS))) + "]")


def _token_end(token: Token) -> int:
    return token[1]


def _token_start(token: Token) -> int:
    return token[0]


def _unglued(text: str, start: int, end: int) -> list[Token]:
    """The token ``text[start:end]`` (two or more characters, its last one of
    ``_UNGLUE_FINALS``), its glued modal, 有 or 等 split off where it is glued."""
    if text[start:end] in _MODAL_HAVE and not text.startswith("的", end):
        return [(start, start + 1), (start + 1, end)]  # 应有一份记录: 应 + 有
    pieces: list[Token] = []
    modal = None
    if text[end - 1] in ONE_CHARACTER_MODALS and not in_dictionary(text[start:end]):
        modal, end = (end - 1, end), end - 1
    if end - start == 2 and text[start + 1] == "等" and _glued_deng(text[start:end]):
        pieces += [(start, start + 1), (start + 1, end)]  # 保健/院等 → 院 + 等
    elif _glued_mark(text, start, end):
        pieces += [(start, start + 1), (start + 1, end)]  # 甲/部将 → 部 + 将
    else:
        pieces.append((start, end))
    if modal is not None:
        pieces.append(modal)
    return pieces


class StakeholderRecognizer:
    """Sets ``doc._.zhkg_parties``: every party the sentence names.

    Its party finder is set by ``add_extraction_components`` (a component's config
    must be JSON, so a lexicon cannot be passed through it).
    """

    finder: PartyFinder | None = None

    def __call__(self, doc: DocT) -> DocT:
        assert self.finder is not None, "add the component with add_extraction_components"
        ext = _Ext(doc)
        ext.zhkg_parties = self.finder.mentions(_text(doc, ext), _tokens(doc, ext))
        return doc


class ResponsibilityRecognizer:
    """Sets ``doc._.zhkg_analysis`` (duties) and ``doc._.zhkg_relations``, and apart from
    them ``doc._.zhkg_context_relations``: those with an end only the document gives (the
    duty bearer of a list's item, the zero subject that receives 接受乙的监督).

    ``doc._.zhkg_body`` (if set) is where the sentence proper starts after a
    heading that runs into it. Its party finder is set by ``add_extraction_components``.
    """

    finder: PartyFinder | None = None

    def __call__(self, doc: DocT) -> DocT:
        assert self.finder is not None, "add the component with add_extraction_components"
        ext = _Ext(doc)
        tokens = _tokens(doc, ext)
        text = _text(doc, ext)
        start = ext.zhkg_body or 0
        analysis = analyse_sentence(text, tokens, self.finder, start=start)
        ext.zhkg_analysis = analysis
        # the stakeholder component has found the sentence's parties: the reader reuses them
        relations = find_relations(
            text,
            tokens,
            self.finder,
            analysis,
            start=_relation_start(text, start),
            mentions=ext.zhkg_parties,
        )
        ext.zhkg_relations = [r for r in relations if not (r.bearer or r.zero_object)]
        ext.zhkg_context_relations = [r for r in relations if r.bearer or r.zero_object]
        return doc


def _relation_start(text: str, body: int) -> int:
    """Where a sentence's relations are read: after a run-in title (the title names a
    topic), or from the start when the title is the whole sentence (3.2 鼓励甲委托乙开展
    评估: a heading that is a clause states its relations as a sentence does); past an
    item number that opens it (三、甲会同乙…: the subject follows the number), also when
    a title after an item's number was guessed with no mark closing it (三、甲会同|乙…,
    （二）为甲提供|乙…: the item runs on; a section's 2、 or 2. may open a glued title)."""
    unclosed = text[body - 1 : body] not in _TITLE_CLOSERS and _ITEM_RE.match(text)
    start = 0 if body and (not text[body:].strip() or unclosed) else body
    number = ITEM_NUMBER_RE.match(text, start)
    return number.end() if number and number.end() < len(text) else start


def _described_oversight(relation: RelationCandidate, text: str) -> bool:
    """Whether prose describes an inspection or a management with no modal and no actor in
    its sentence (甲研究院提供咨询。组建队伍对乙方进行检查，…): outside a regulation that
    tells a procedure or an account, not oversight by the party of an earlier sentence.

    Why: in papers and news such a clause mostly says what is done to someone, by the
    authors or nobody in particular; a duty (对乙方应当进行检查), a subject named earlier
    in the sentence (甲医院提供随访，并对乙方进行考核) or an article's bearer still acts,
    and a cue read from the overseen side (受甲监督, 由甲吊销…) takes the overseen party
    from the context, not the actor."""
    how = rule_parts(relation.rule)[1]
    return (
        relation.kind is RelationKind.SUPERVISES
        and relation.modality is None
        and TRIGGER_RE.search(text, relation.start, relation.end) is None
        and not relation.received
        and not OUTSIDE_ACTORS.isdisjoint(how)
    )


def _part_sanction(relation: RelationCandidate) -> bool:
    """Whether a sanction's agent acts on no party its clause names, one the sentence's
    earlier "；"-parts sanction (…；情节严重的，由甲局吊销其执照)."""
    return (
        relation.zero_object and bool(relation.bearer) and relation.rule.startswith(SANCTION_RULE)
    )


#: What closes a run-in title (（一）总体要求。…, 1. 平台责任 …, 二、职责：…).
_TITLE_CLOSERS = frozenset("。.．：:；;！!？? \u3000\t）)」】")
#: The number of a list item, not of a section: bracketed, or a Chinese numeral with 、.
_ITEM_RE = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)")


@Language.factory(STAKEHOLDERS_COMPONENT)
def make_stakeholder_recognizer(nlp: Language, name: str) -> StakeholderRecognizer:
    return StakeholderRecognizer()


@Language.factory(DUTIES_COMPONENT)
def make_responsibility_recognizer(nlp: Language, name: str) -> ResponsibilityRecognizer:
    return ResponsibilityRecognizer()


def add_extraction_components(nlp: Language, lexicon: Lexicon) -> Language:
    """Add the two components to ``nlp`` (once) and point them at ``lexicon``'s party finder.

    The finder is built once per lexicon and kept on the components, so a
    pipeline shared by callers with the same lexicon reuses it.
    """
    present = nlp.pipe_names  # (spaCy builds the list on each access)
    for name in (STAKEHOLDERS_COMPONENT, DUTIES_COMPONENT):
        if name not in present:
            nlp.add_pipe(name)
    finders = [nlp.get_pipe(name).finder for name in (STAKEHOLDERS_COMPONENT, DUTIES_COMPONENT)]  # type: ignore[attr-defined]
    finder = next((f for f in finders if f is not None and f.lexicon is lexicon), None)
    if finder is None:
        finder = PartyFinder(lexicon)
    for name in (STAKEHOLDERS_COMPONENT, DUTIES_COMPONENT):
        nlp.get_pipe(name).finder = finder  # type: ignore[attr-defined]
    return nlp


def _finder_of(nlp: Language) -> PartyFinder:
    finder: PartyFinder | None = nlp.get_pipe(DUTIES_COMPONENT).finder  # type: ignore[attr-defined]
    assert finder is not None
    return finder


def pipeline_for(lexicon: Lexicon) -> Language:
    """The spaCy pipeline (segmenter and the two extraction components) for ``lexicon``."""
    from zhkg.extract.nlp import make_nlp

    return add_extraction_components(make_nlp(_lexicon_tables(lexicon).vocabulary), lexicon)


class _LexiconTables:
    """What every document's extraction derives from its lexicon alone: the category
    matcher (one compiled alternation of every keyword), the category labels and
    keywords, and the segmenter's vocabulary.

    Why: building them took about a millisecond per document; a lexicon is immutable.
    """

    __slots__ = ("categories", "category_labels", "lexicon", "vocabulary")

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.categories = CategoryMatcher(lexicon)
        self.category_labels = tuple(c.label for c in lexicon.categories) + tuple(
            k for c in lexicon.categories for k in c.keywords
        )
        self.vocabulary = frozenset(lexicon.vocabulary())


#: Tables per lexicon, by identity (the entry keeps its lexicon, so the id is not reused);
#: a few lexicons at a time, as pipelines are (tests and user extensions build more).
_LEXICON_TABLES: dict[int, _LexiconTables] = {}
_MAX_LEXICON_TABLES = 8


def _lexicon_tables(lexicon: Lexicon) -> _LexiconTables:
    tables = _LEXICON_TABLES.get(id(lexicon))
    if tables is None or tables.lexicon is not lexicon:
        if len(_LEXICON_TABLES) >= _MAX_LEXICON_TABLES:
            _LEXICON_TABLES.clear()
        tables = _LEXICON_TABLES[id(lexicon)] = _LexiconTables(lexicon)
    return tables


def party_finder(lexicon: Lexicon) -> PartyFinder:
    """The party finder the components use for ``lexicon``."""
    return _finder_of(pipeline_for(lexicon))


def doc_tokens(doc: Doc) -> list[Token]:
    """The token spans the extraction reads (modals split off unknown words)."""
    return _tokens(doc)


# --- the document pass ----------------------------------------------------------------


def _heading_end(document: Document, starts: Sequence[int], sentence: Sentence) -> int:
    """Sentence-local end of the heading(s) opening the sentence (0 if none).

    ``starts`` are the sections' start offsets, sorted. Headings run into each
    other ("(三)物业的职责1、物业的管理责任…"), so the chain is followed.
    """
    end = 0
    index = bisect.bisect_left(starts, sentence.start)
    while index < len(starts) and starts[index] - sentence.start <= end:
        section = document.sections[index]
        if starts[index] >= sentence.end:
            break
        local = starts[index] - sentence.start
        if _is_numbered_norm(section, sentence):
            # 1.不得发布虚假信息。 is a list item the structure took for a heading: only its
            # number is cut, the norm is the sentence body
            number = ITEM_NUMBER_RE.match(sentence.text, max(local, 0))
            end = max(end, number.end() if number else local)
            break
        end = max(end, min(section.end, sentence.end) - sentence.start)
        index += 1
    return end


def _is_numbered_norm(section: Section, sentence: Sentence) -> bool:
    """A numbered "heading" that is a whole norm: a trigger in it, and nothing after it in
    the sentence but its full stop (a run-in heading is followed by the sentence body)."""
    rest = sentence.text[max(section.end - sentence.start, 0) :].strip()
    return bool(
        section.number
        and section.title
        and TRIGGER_RE.search(section.title)
        and rest in ("。", "；", ";", "！")
    )


def _sentence_at(document: Document, starts: Sequence[int], position: int) -> Sentence | None:
    """The sentence holding ``position`` (a heading), else the first one after it."""
    index = bisect.bisect_right(starts, position) - 1
    if index >= 0 and document.sentences[index].end > position:
        return document.sentences[index]
    if index + 1 < len(document.sentences):
        return document.sentences[index + 1]
    return None


#: The number of a regulation's first article (第一条, 第1条).
_FIRST_ARTICLE_RE = re.compile(r"第\s*[一1]\s*条")


#: A clause opening with a goal (想要…, 要想…) up to a position: lang goal_openers.
_GOAL_CLAUSE_RE = re.compile(
    f"(?:^|[，,；;：:。！？\\n])\\s*(?:{lang_data().alternation('goal_openers')})[^，,；;：:。！？\\n]*$"
)


def _in_goal_clause(text: str, position: int) -> bool:
    """Whether ``position`` (a party's start) lies in a clause stating a goal (想要成为
    合格的甲…, 要想办好乙…): the party is what the goal is about, no subject of a duty."""
    return _GOAL_CLAUSE_RE.search(text, max(0, position - 40), position) is not None


def _is_regulation(document: Document) -> bool:
    """Whether ``document`` is a regulation: it has articles (第X条), and the first opens
    the numbering (第一条) or the title names a rule (…办法: an excerpt of one). Why: a
    report or an essay that quotes a law's articles as paragraphs of their own (…：\n
    第四条 甲…\n第十条 乙…) is prose around citations; read as a regulation, each
    article would carry its party to the prose after it."""
    articles = [section for section in document.sections if section.kind == "article"]
    return bool(articles) and (
        _FIRST_ARTICLE_RE.match(articles[0].number) is not None
        or _NORMATIVE_TITLE_RE.search(document.title) is not None
    )


def _scope(document: Document, section: int | None, regulation: bool) -> int | None:
    """The section that bounds context: the article in a regulation, else the innermost
    section that is not a numbered item (an item continues the paragraph that leads it)."""
    if section is None:
        return section
    path = document.section_path(section)
    for current in reversed(path):
        if (regulation and current.kind == "article") or (
            not regulation and current.kind != "item"
        ):
            return current.index
    return section


Holders = tuple[StakeholderMention, ...]


def _affiliation_heading(document: Document, index: int) -> bool:
    """Whether heading ``index`` is an author's affiliation read as a numbered heading
    (1.甲大学图书馆 北京 100871): the body it names is the authors', no party of the text,
    so it gives the sentences under it no holder."""
    start = document.sections[index].start
    end = document.text.find("\n", start)
    return affiliation_line(document.text[start : end if end >= 0 else len(document.text)])


class _Context:
    """Holders remembered per scope, and each section's heading party."""

    def __init__(
        self,
        document: Document,
        finder: PartyFinder,
        heading_docs: dict[int, Segmented],
        run_in_docs: dict[int, tuple[Segmented, int]],
    ) -> None:
        self.document = document
        self.last: dict[int | None, Holders] = {}
        #: the sentence a zero subject last took ``last`` in, by scope
        self.last_taken: dict[int | None, int] = {}
        self.heading_party: dict[int, Holders] = {}
        self.heading_rows: dict[int, list[tuple[DutyCandidate, Holders]]] = {}
        #: headings whose party is the subject of a topic (甲医院主动融入…的路径) or of a duty
        #: (甲医院必须…), not an address: the party lapses where no paragraph near names it
        self.topic_headings: set[int] = set()
        #: headings that are nothing but the names of parties (（二）访客。): they address
        #: their section, whose sentences about things (每次来访不得…) bind those parties
        self.address_headings: set[int] = set()
        starts = [sentence.start for sentence in document.sentences]
        # a rule's or a policy's directive heading (三、引导甲参与) labels the section that
        # sets out the measures; an essay's or a paper's recommends the act it names
        recommends = not _NORMATIVE_TITLE_RE.search(document.title)
        for index, (title, tokens) in heading_docs.items():
            if _affiliation_heading(document, index):
                continue  # 1.甲大学图书馆 北京 100871: an affiliation names no party of the text
            duties = heading_duties(title, tokens, finder, numbered_only=False)
            clause_duties = (
                []
                if duties
                else _heading_clause_duties(title, tokens, finder, recommends=recommends)
            )
            duties = duties or _stated_duties(clause_duties)
            if not duties:
                self._subjectless_heading(index, clause_duties)
                named = _heading_names_parties(title, tokens, finder)
                if named:
                    self.heading_party[index] = self._anchor(index, title, named, starts)
                    if not _names_only(title, tokens, finder):
                        self.topic_headings.add(index)
                    if _addresses(title, tokens, finder):
                        self.address_headings.add(index)
                continue
            holders = self._anchor(index, title, duties[0].holders, starts)
            self.heading_rows[index] = [(duty, holders) for duty in duties]
            if all(duty.rule.startswith(ENCOURAGING_RULE) for duty in duties):
                continue  # 鼓励甲…: the party it directs is no topic of the section's advice
            self.heading_party[index] = holders
            addresses = _addresses(title, tokens, finder)
            if addresses or _subject_of_duty(title, tokens, duties[0]):
                self.address_headings.add(index)  # 甲方：管理和引导; 甲方应承担乙责任
            self.topic_headings.update(() if addresses else (index,))  # 甲方必须…: a topic too
        for index, ((title, tokens), base) in run_in_docs.items():
            if index in self.heading_party or _affiliation_heading(document, index):
                continue  # the structure's own title already names the parties
            named = _heading_names_parties(title, tokens, finder)
            if named:
                self.heading_party[index] = self._anchor(index, title, named, starts, base)
                if _addresses(title, tokens, finder):
                    self.address_headings.add(index)

    def _subjectless_heading(self, index: int, duties: list[DutyCandidate]) -> None:
        """4.2 禁止兼职 under a heading that names the party: the heading states that
        party's duty (the enclosing heading is read first, in document order)."""
        zero = [duty for duty in duties if not duty.holders and duty.zero == "none"]
        parent = self.document.sections[index].parent
        party = self.party_of_heading(parent) if zero and parent is not None else ()
        if party:
            self.heading_rows[index] = [(duty, party) for duty in zero]

    def _anchor(
        self,
        index: int,
        title: str,
        parties: Sequence[Party],
        starts: Sequence[int],
        base: int | None = None,
    ) -> Holders:
        """The heading's parties as mentions in document offsets."""
        section = self.document.sections[index]
        if base is None:
            base = max(section.start, section.end - len(title))
        anchor = _sentence_at(self.document, starts, section.start)
        return tuple(
            StakeholderMention(
                p.text, p.label, p.cls, base + p.start, base + p.end, anchor.index if anchor else -1
            )
            for p in parties
        )

    def _nearest_party_heading(self, section: int | None) -> int | None:
        """The index of the nearest heading over ``section`` that names a party."""
        for current in reversed(self.document.section_path(section)):
            if current.index in self.heading_party:
                return current.index
        return None

    def party_of_heading(self, section: int | None) -> Holders:
        index = self._nearest_party_heading(section)
        return () if index is None else self.heading_party[index]

    def party_addressed(self, section: int | None) -> Holders:
        """The party of the nearest heading naming one, when that heading is nothing but
        the party's name (（二）访客。); a heading stating a duty or a topic (甲馆需…,
        甲馆的转型路径) says what its section is about, not whom each sentence binds."""
        index = self._nearest_party_heading(section)
        return self.heading_party[index] if index in self.address_headings else ()

    def topic_out_of_sight(self, holders: Holders, position: int) -> bool:
        """Whether ``holders`` are the party of a topic heading (甲医院主动融入…的路径) that
        neither the paragraph up to ``position`` nor the paragraph before it names.

        Why: a topic heading says what its section is about, not whom each sentence
        addresses; a subjectless 要… paragraphs later, with the party out of sight, is
        the author's general advice (甲医院…的路径 …\n思想是先导。要加强学习…). A
        heading that is nothing but the party's name (（二）访客。) addresses its section.
        """
        starts = {h.start for h in holders}
        if not any(starts == {p.start for p in self.heading_party[i]} for i in self.topic_headings):
            return False
        return self.out_of_sight(holders, position)

    def out_of_sight(self, holders: Holders, position: int) -> bool:
        """Whether neither the paragraph up to ``position`` nor the one before it names
        any of ``holders`` (in full or by a shorter name they end with)."""
        text = self.document.text
        end = text.rfind("\n", 0, position) + 1  # the paragraph's start
        while end and text[end - 1] in "\n \t\u3000":
            end -= 1  # (blank lines between paragraphs)
        window = text[text.rfind("\n", 0, end) + 1 : position]
        return not any(_named_in(holder.text, window) for holder in holders)


def extract(document: Document, lexicon: Lexicon, *, nlp: Language | None = None) -> Extraction:
    """Stakeholders, responsibilities and relations of ``document``, with provenance."""
    pipeline = add_extraction_components(nlp, lexicon) if nlp is not None else pipeline_for(lexicon)
    finder = _finder_of(pipeline)
    finder.begin_document(document.text)
    reading = _DocumentReading(document, lexicon, finder, pipeline)
    section_starts = [section.start for section in document.sections]
    selected = [
        (sentence, _heading_end(document, section_starts, sentence))
        for sentence in document.sentences
        if (_worth_reading(sentence.text) or _continued(document, sentence) is not None)
        and document.minable(sentence)
    ]
    # every titled heading is read: a heading may name the parties of its section
    # (not the parts a paper names with fixed words: 参考文献, 关键词 …)
    headings = [
        s
        for s in document.sections
        if s.title and len(s.title) <= _MAX_HEADING and s.kind not in PAPER_KINDS
    ]
    untitled = _untitled_run_in_titles(document)
    # headings first: their parties are the context of the sentences. A heading is read
    # from its words alone, so it is only segmented; the sentences then stream through
    # the components one by one, so no sentence's Doc outlives its turn
    heading_docs = {section.index: _segmented(pipeline, section.title) for section in headings}
    run_in_docs = {
        section.index: (_segmented(pipeline, lead), base) for section, lead, base in untitled
    }
    reading.context = _Context(document, reading.finder, heading_docs, run_in_docs)
    reading.read_headings(headings)
    texts = [sentence.text for sentence, _ in selected]
    docs = _read_sentences(pipeline, texts, [body for _, body in selected])
    for (sentence, body), doc in zip(selected, docs, strict=True):
        reading.read_sentence(sentence, body, doc)
    return reading.build()


class _DocumentReading:
    """The document pass: sentence findings resolved against their context, in order.

    Why a class: zero subjects take the holder remembered for their article or
    section, list items take their lead-in's, and a sentence's modals read as norms
    when another duty of the document makes it normative; that shared state is kept
    here, and each step is one method.
    """

    def __init__(
        self, document: Document, lexicon: Lexicon, finder: PartyFinder, nlp: Language
    ) -> None:
        self.document = document
        self.finder = finder
        self.nlp = nlp
        #: the parties each read sentence names as subjects (a zero subject's antecedent)
        self.sentence_subjects: dict[int, Holders] = {}
        #: the parties a read sentence only directs (鼓励甲…, 引导乙…), by sentence
        self.directed: dict[int, set[str]] = {}
        #: the parties a read sentence's sanction clauses name as sanctioned, by sentence
        #: (甲违反…的，由乙局责令改正: 甲), for the "；"-parts after it
        self.sanctioned: dict[int, Holders] = {}
        #: the agents a read sentence's sanction clauses name with 由, by sentence (…，由甲局
        #: 责令改正: 甲局), for the "；"-parts after it (拒不改正的，对乙处罚款: 甲局 fines 乙)
        self.sanctioning: dict[int, Holders] = {}
        self._init_parts()
        tables = _lexicon_tables(lexicon)
        self.category_labels = tables.category_labels
        self.regulation = _is_regulation(document)
        self.builder = _Builder(document, tables.categories)
        self.context: _Context | None = None
        self.candidates: list[Candidate] = []
        self.sentence_starts = [sentence.start for sentence in document.sentences]
        #: the last party named as a subject in the current paragraph (a zero subject's
        #: antecedent for relations: 甲局将…。督促乙企业… → 甲局 directs 乙企业)
        self.paragraph_subject: Holders = ()
        #: whether the paragraph opened with a speaker's label (王某某：建议…): its
        #: subjectless clauses are the speaker's advice, with no zero subject for relations
        self.speech_paragraph = False
        #: sentences whose subjectless duty a cited rule or speech states (会议强调，要…)
        self.cited: set[int] = set()
        #: the holders and sentence of the last duty that opened a list of items
        self.list_lead: tuple[Holders, Sentence] | None = None
        #: whether that lead-in addresses its list to a party (甲局提醒广大居民：…), whose
        #: items may be numbered sections of their own
        self.addressed_lead = False
        #: the lead-in's holders while the sentence being read is one of its items
        self.item_bearer: Holders = ()
        #: the spans of the sentence's duties whose subject is a thing (展板内容应…), kept
        #: from its duties to its relations
        self.thing_spans: list[tuple[int, int]] = []
        #: sentences whose list's items follow inline, in "；"-parts (甲负责：A；B。)
        self.inline_lists: set[int] = set()
        #: a research paper's subjectless sentences speak in the author's voice (a literature
        #: review names scholars as subjects), so only other texts read them that way
        self.paragraph_antecedents = not any(
            section.kind in ("abstract", "references") for section in document.sections
        )
        #: each section's scope (``_scope``), kept: the sentences of a section share it
        self.scopes: dict[int | None, int | None] = {}
        #: the clause analyses of the last few sentences, whole (no heading run into them),
        #: with their segmentation: the one the components gave a read sentence, or the one
        #: made on demand for a sentence the components skipped (``_analysis_of``)
        self.analyses: dict[int, tuple[Segmented, SentenceAnalysis]] = {}

    def _init_parts(self) -> None:
        """The state of "；"-parts that go on with the duty before them."""
        #: the holders and modality of the last duty read, for a "；"-part that goes on
        self.part_holders: Holders = ()
        self.part_modality = Modality.MUST
        #: the sentence whose duty set ``part_holders`` (a later "；"-part of it goes on)
        self.part_sentence = -1
        #: whether the sentence's parts named ``part_holders`` (甲应…；…), not its context
        self.part_named = False
        #: the "；"-part whose opening directive ``_part_directive`` gave to the part's
        #: party, and the labels of the parties it directs
        self.part_directed: tuple[int, tuple[str, ...]] = (-1, ())

    def _scope_of(self, section: int | None) -> int | None:
        """``_scope`` of ``section`` in this document, kept per section."""
        if section not in self.scopes:
            self.scopes[section] = _scope(self.document, section, self.regulation)
        return self.scopes[section]

    def read_headings(self, headings: Sequence[Section]) -> None:
        """Duties that headings state (2、物业的管理责任), at the sentence they open."""
        assert self.context is not None
        for section in headings:
            sentence = _sentence_at(self.document, self.sentence_starts, section.start)
            if sentence is None:
                continue
            # the title's duties are read from the title alone: at the sentence, their
            # spans are where the title stands in it (（4）甲可以…: after the number)
            at = sentence.text.find(section.title, max(section.start - sentence.start, 0))
            for duty, holders in self.context.heading_rows.get(section.index, ()):
                duty = _shifted(duty, at) if at > 0 else duty
                self.candidates.append((sentence, duty, holders, duty.rule))

    def read_sentence(self, sentence: Sentence, body: int, doc: Doc | _Read) -> None:
        """One sentence's mentions, duties (holders resolved) and relations."""
        context = self.context
        assert context is not None
        ext = _Ext(doc)
        scope = self._scope_of(sentence.section)
        for party in ext.zhkg_parties or ():
            if party.start >= body:
                self.builder.mention(party, sentence)
        self._keep_reading(sentence, body, doc, ext)
        resolved: Holders = ()
        self.item_bearer = self._item_bearer(sentence)
        lead: Holders = ()  # the holders of a duty that opens a list (甲应当做到下列几点：)
        needed = False  # the chain being read goes on from a 需要甲… duty
        head = 0  # where the duty the chain goes on from starts
        for duty in self._duties(sentence, body, doc, ext):
            duty = self._part_directive(duty, sentence)
            rule = duty.rule
            if rule != CHAIN_RULE:
                needed = rule.startswith("need.")
                head = duty.start
            holders = tuple(self.builder.anchored(p, sentence) for p in duty.holders)
            # a holder the parts before named goes on named (甲应…；完善…；在冬季应…)
            kept = duty.zero == "continued" or self._goes_on_in_part(duty, sentence)
            if duty.zero == "continued":
                holders = self.part_holders  # …；引导…: the chain of the part before
                resolved = resolved or holders  # (…；对乙进行检查: its relations' actor)
            if not holders:
                holders, rule = self._zero_subject(duty, sentence, scope, head, _tokens(doc))
                if context.topic_out_of_sight(holders, sentence.start + duty.start):
                    continue
                if not holders:
                    continue
                resolved = holders
                if self._topic_only(rule, (sentence, duty, head), holders, scope):
                    continue
            holders = _not_addressees(duty.duty, holders)
            if not holders:
                continue
            self.candidates.append((sentence, duty, holders, rule))
            if duty.opens_list or duty.rule == "list.item":
                lead = self._list_opened(sentence, holders)
            # (鼓励甲…。要…: a directed party is no topic the advice after it goes on with)
            directed = self._only_directed(duty, holders, sentence)
            if not duty.rule.startswith(DIRECTING_RULES) and not directed and not needed:
                self.part_named = bool(duty.holders) or (kept and self.part_named)
                self.part_holders, self.part_modality = holders, duty.modality
                self.part_sentence = sentence.index
            if duty.rule not in ("heading.duty", "impose.must") and not needed and not directed:
                # (对甲施加…义务, 需要甲、乙共同…，再…；…: 甲 is the object of the sentence,
                # also in the chain or the part after it, not the topic it goes on with)
                context.last[scope] = holders
                if rule.startswith("zero-subject"):
                    context.last_taken[scope] = sentence.index
        self._open_list(sentence, body, doc, ext, lead)
        self._read_relations(
            sentence, body, ext, resolved, scope, self.item_bearer, self._part_bearer(sentence)
        )

    def _item_bearer(self, sentence: Sentence) -> Holders:
        """The holders of the open list's lead-in if ``sentence`` is one of its items (in
        its scope, numbered or in an item's paragraph), else nothing; a sentence that is
        no item closes the list."""
        if self.list_lead is None:
            return ()
        holders, opener = self.list_lead
        document = self.document
        scope = self._scope_of(opener.section)
        path = document.section_path(sentence.section)
        # an item the structure made a section of its own goes on with the list too
        item = bool(path) and path[-1].kind == "item"
        below = scope is None or item or scope in {s.index for s in path}
        before = document.sentences[sentence.index - 1] if sentence.index else None
        # the "；"-part of an item goes on with it (（一）设立甲岗；乙岗负责…)
        part = before is not None and before.text.rstrip().endswith(("；", ";"))
        # (an addressed list's items may be numbered sections beside the lead-in's own)
        if (self.addressed_lead and _in_numbered_section_after(document, sentence, opener)) or (
            below
            and (
                _numbered_item(document, sentence) or part or _in_item_paragraph(document, sentence)
            )
        ):
            return holders
        self.list_lead = None
        return ()

    def _part_bearer(self, sentence: Sentence) -> Holders:
        """The parties named as subjects in the "；"-parts ``sentence`` goes on from (甲应当
        …；引导乙…: 甲 directs 乙): one sentence for its relations, however it was split."""
        return self._nearest_in_parts(sentence, self.sentence_subjects)

    def _part_sanctioned(self, sentence: Sentence) -> Holders:
        """The parties the "；"-parts ``sentence`` goes on from sanction (甲违反…的，由乙局
        责令改正；情节严重的，由丙局吊销其执照: 丙 sanctions 甲 too)."""
        return self._nearest_in_parts(sentence, self.sanctioned)

    def _part_agents(self, sentence: Sentence) -> Holders:
        """The agents the "；"-parts ``sentence`` goes on from name for their sanctions
        (…，由甲局责令改正；拒不改正的，对乙处罚款: 甲局 fines 乙 too)."""
        return self._nearest_in_parts(sentence, self.sanctioning)

    def _nearest_in_parts(self, sentence: Sentence, by_part: Mapping[int, Holders]) -> Holders:
        """The first parties ``by_part`` holds for a "；"-part ``sentence`` goes on from,
        the nearest part first."""
        parts = _sentence_parts(self.document, sentence)
        next(parts)  # (the part itself holds no earlier party)
        return next((by_part[p.index] for p in parts if by_part.get(p.index)), ())

    def _open_list(
        self, sentence: Sentence, body: int, doc: Doc | _Read, ext: _Ext, lead: Holders
    ) -> None:
        """Open the list ``sentence`` leads in, if any: the holders of a duty that opens
        it (``lead``), the parties a described list's lead-in names, or the party a lead-in
        addresses its list to."""
        lead = lead or self._described_list(sentence, body, ext)
        addressed = () if lead else self._addressed_list(sentence, body, doc, ext)
        lead = lead or tuple(self.builder.anchored(p, sentence) for p in addressed)
        if lead:
            self.list_lead, self.addressed_lead = (lead, sentence), bool(addressed)

    def _addressed_list(
        self, sentence: Sentence, body: int, doc: Doc | _Read, ext: _Ext
    ) -> list[Party]:
        """The parties a lead-in addresses its list to (甲局提醒广大居民：…): its items'
        subjectless duties are theirs, as a heading's party is its section's."""
        lead = _ADVICE_LEAD_RE.search(sentence.text, body)
        if lead is None:
            return []
        start, end = lead.span("party")
        group = self.finder.group_at(sentence.text, start, end, _tokens(doc, ext))
        words = sentence.text[start:end]
        if not group and any(  # 倡议全体市民：: society's broad actors, addressed as a whole
            words.removeprefix(determiner) in BROAD_ACTORS
            for determiner in _ADDRESSED_DETERMINERS
            if words.startswith(determiner)
        ):
            group = [self.finder.name(words, start)]
        if not group or group[-1].end != end or not all(can_be_end(p.text) for p in group):
            return []
        return group

    def _described_list(self, sentence: Sentence, body: int, ext: _Ext) -> Holders:
        """The parties named as subjects before a lead-in that announces a list with no
        modal (甲中心的做法如下：…): the items that follow describe what they do."""
        intro = _DESCRIBED_LIST_RE.search(sentence.text, body)
        if intro is None or "之一" in intro.group():
            return ()  # (甲有下列情形之一的，…：: the items are cases of a penalty, no acts)
        return tuple(
            self.builder.anchored(p, sentence)
            for p in _analysis_subjects(ext)
            if body <= p.start and p.end <= intro.start() and can_be_end(p.text)
        )

    def _includes_acts(self, part: Sentence) -> bool:
        """Whether ``part`` lists, after 包括 and a verb or a preposition, the acts its duty
        includes (…，包括制定甲，确立乙；; 包括对甲进行…), so that the "；"-parts after it
        list more of them; not the duty's objects (…，包括逾期赔偿标准；)."""
        text, tokens = self._segmentation_of(part)
        for found in _INCLUDING_RE.finditer(text):
            word = next((t for t in tokens if t[0] >= found.end()), None)
            tag = "" if word is None else word_class(text[word[0] : word[1]])
            if tag.startswith(("v", "p")):
                return True
        return False

    def _goes_on(self, sentence: Sentence, body: int, doc: Doc | _Read) -> bool:
        """The sentence is the next "；"-part of one whose last duty was just read, and
        opens with a predicate or an adverbial (…；开展…, …；在…设置…), not a subject."""
        before = _continued(self.document, sentence)
        if before is None or not self.part_holders or not self.candidates:
            return False
        if _EXAMPLES_RE.search(before.text) or self._includes_acts(before):
            return False  # …，如列出甲；准备乙；: the parts after go on with the examples
        if self.candidates[-1][0].index != before.index or not self._in_parts(before):
            return False
        tokens = [t for t in _tokens(doc) if t[0] >= body]
        if _hedged_modal(sentence.text, tokens):
            return False  # …；却可能需要…: the part states its own (hedged) modal
        numbered = list_item(sentence.text, body, len(sentence.text)) or step_item(
            sentence.text, body, len(sentence.text)
        )  # (一是…；二是…: numbered parts are the list's items, read as such)
        if tokens and not numbered and self._inline_list_in_parts(before):
            return True  # 甲负责：制定计划；监督检查…；年底前报告…: every part is an item
        if not tokens or word_class(sentence.text[tokens[0][0] : tokens[0][1]]) not in (
            _PREDICATE_OPENING
        ):
            return False
        # …；同时，《某法》强调…: past the connectives a cited text is the part's subject,
        # as is a quoted term (…；另外，“甲乙”的做法依然存在; the quote is passed over)
        opening = subject_start(sentence.text, body, len(sentence.text), tokens)
        quoted = sentence.text[body:opening].rstrip().endswith("“")
        return not (quoted or sentence.text.startswith(_TITLE_OPENERS, opening))

    def _list_opened(self, sentence: Sentence, holders: Holders) -> Holders:
        """The holders of a lead-in read in ``sentence`` (one that holds its first item
        inline goes on too); a list whose items follow inline is remembered for its
        "；"-parts."""
        if not sentence.text.rstrip().endswith(("：", ":")):
            self.inline_lists.add(sentence.index)
        return holders

    def _inline_list_in_parts(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` or a "；"-part before it opened a list whose items follow
        inline (甲负责：A；B。), so each later part is an item whatever word opens it."""
        return any(p.index in self.inline_lists for p in _sentence_parts(self.document, sentence))

    def _topic_only(
        self,
        rule: str,
        where: tuple[Sentence, DutyCandidate, int],
        holders: Holders,
        scope: int | None,
    ) -> bool:
        """Whether a zero subject's holder bears no row here: a thing's duty or the writer's
        own advice keep it the topic (for the relations and sentences after it); after a
        paper's finding it is only the actor of the sentence's own relations."""
        if rule == _FACT_TOPIC:
            return True
        if rule == _THING_DUTY or self._writers_own(rule, where, holders):
            assert self.context is not None
            self.context.last[scope] = holders  # the topic goes on, for relations too
            return True
        return False

    def _writers_advice(self, sentence: Sentence, duty: DutyCandidate, head: int) -> bool:
        """Whether a subjectless duty opens its sentence or clause with a connective, the
        modal right after it (因此，应当…; 此外，还要…; …很重要，因此要…): in prose the
        writer's own advice, which no party named before bears (甲常…。因此，要完善…:
        not 甲's)."""
        start = _clause_start(duty, head)
        opening = _INFERENCE_OPENING_RE.match(sentence.text[:start])
        return not self.regulation and opening is not None

    def _duty_just_before(self, sentence: Sentence, holders: Holders) -> bool:
        """Whether the sentence right before gave one of ``holders`` a duty."""
        labels = {holder.label for holder in holders}
        return any(
            earlier.index == sentence.index - 1 and labels & {h.label for h in bearers}
            for earlier, _, bearers, _ in reversed(self.candidates)
        )

    def _adds_to_duty_before(
        self, where: tuple[Sentence, DutyCandidate, int], holders: Holders
    ) -> bool:
        """Whether a subjectless duty whose modal an additive adverb leads (此外，还可以…;
        另外，也要…) follows a sentence that gave one of ``holders`` a duty: one more act of
        that party's, no advice of the writer's own (甲应当…。此外，还可以…: 甲's)."""
        sentence, duty, head = where
        start = _clause_start(duty, head)
        if _ADDED_MODAL_RE.search(sentence.text, 0, start) is None:
            return False
        return self._duty_just_before(sentence, holders)

    def _writers_own(
        self, rule: str, where: tuple[Sentence, DutyCandidate, int], holders: Holders
    ) -> bool:
        """Whether a holder carried from a sentence before meets the writer's own advice or
        list, which it does not bear."""
        sentence, duty, head = where
        return rule == "zero-subject.previous" and (
            (
                self._writers_advice(sentence, duty, head)
                and not self._adds_to_duty_before(where, holders)
            )
            or self._writers_list(duty)
        )

    def _writers_list(self, duty: DutyCandidate) -> bool:
        """Whether a subjectless duty leads in a list outside regulations (为提高效率，应
        做好如下几项：): the writer's agenda, whose items name their own parties or none;
        a party named sentences before does not bear them."""
        return not self.regulation and duty.opens_list

    def _in_parts(self, sentence: Sentence) -> bool:
        """Whether the chain's holders were read in ``sentence`` or a "；"-part before it
        in the same sentence: a chain read sentences before does not go on here (甲应当…。
        乙…；鼓励丙…；开展…: the parts direct 丙, no chain of 甲's is open)."""
        return _in_same_sentence(self.document, sentence, self.part_sentence)

    def _zero_subject(
        self,
        duty: DutyCandidate,
        sentence: Sentence,
        scope: int | None,
        head: int = 0,
        tokens: Sequence[Token] = (),
    ) -> tuple[Holders, str]:
        """The holder of a duty whose clause names none, and the rule that found it.

        Outside regulations a subjectless 需要 is impersonal (需要加强监管: "it takes"),
        so only a heading that names the section's party gives it a holder, and so for
        the clauses its chain goes on with (``head`` is where the chain's duty starts);
        other modals continue the topic of the sentence right before, else the
        article's, section's or heading's party.
        """
        context = self.context
        assert context is not None
        if not self.regulation and duty.zero == "cited":
            self.cited.add(sentence.index)
            return (), ""  # 《某规范》规定，应当…: the cited rule names no party
        if not self.regulation and self._continues_cited(sentence):
            return (), ""  # 会议强调，要…；对乙，要…: the cited directive goes on
        if self._thing_duty(duty, sentence, head, tokens):
            # (its clause's relations take no zero subject either: see _read_relations)
            self.thing_spans.append((duty.start, duty.end))
            return (), ""  # 该方案要…, 培训课程应…: what a thing must be, no party's duty
        if not self.regulation and _demonstrative_opens(sentence.text, tokens):
            return (), ""  # 这不是…，而应当…: what the thing named before must be
        if self._goes_on_in_part(duty, sentence):
            return self.part_holders, "zero-subject.previous"  # 甲应…；乙…；在冬季应…
        if self.item_bearer and duty.zero != "other":
            # 甲应当做到以下几点：…（二）对新员工，要先行培训: an item's own subjectless
            # modal is the lead-in party's, in any kind of text
            return self.item_bearer, "zero-subject.list"
        if not self.regulation and duty.zero != "other":
            heading = context.party_of_heading(sentence.section)
            start = _clause_start(duty, head)
            if _IMPERSONAL_NEED_RE.search(sentence.text, 0, start):
                return (heading, "zero-subject.heading") if heading else ((), "")
            if _CITED_BASIS_RE.match(sentence.text[:start]):
                return (), ""  # 依据《某意见》，应…: what the cited text directs, no party's
            before = self._subjects_just_before(sentence)
            if before and not context.last.get(scope) and _same_parties(before, heading):
                return heading, "zero-subject.heading"  # the section's first duty
            if before and self._states_a_fact(before, sentence):
                # 甲往往重视效率。应加强监督。: a finding about 甲 right before, no duty
                holders, rule = _resolve(duty, context, scope, sentence, self.regulation)
                return (holders, rule) if holders else (before, _FACT_TOPIC)
            if before:
                return before, "zero-subject.previous"
        return _resolve(
            duty,
            context,
            scope,
            sentence,
            self.regulation,
            bridges=lambda holders: self._predicates_since(holders, sentence),
        )

    def _predicates_since(self, holders: Holders, sentence: Sentence) -> bool:
        """Whether, in prose, at most two sentences stand between the one naming
        ``holders`` and ``sentence``, in the same paragraph, and each opens with a
        predicate, states no duty and names no subject (甲应当…。同时，加强…。还应…): a
        sentence with no subject of its own goes on with the topic and shifts it to no
        one, so a subjectless duty after it still takes the holder (the topic has not
        lapsed)."""
        named = holders[0].sentence
        if self.regulation or named < 0 or not 1 < sentence.index - named <= 3:
            return False
        if purpose_led(*self._segmentation_of(sentence), self.finder):
            return False  # 为保证…，应…: the writer's advice towards an aim, no party's
        if _paragraph_between(self.document, named, sentence):
            return False
        between = self.document.sentences[named + 1 : sentence.index]
        return all(self._bare_predicate(other) for other in between)

    def _keep_reading(self, sentence: Sentence, body: int, doc: Doc | _Read, ext: _Ext) -> None:
        """Keep the subjects of a read sentence and the analysis the components made of it
        if whole (no heading run into it), for the sentences after it that look back."""
        self.sentence_subjects[sentence.index] = tuple(
            self.builder.anchored(p, sentence) for p in _analysis_subjects(ext) if p.start >= body
        )
        if not body:
            self._keep_analysis(sentence, (sentence.text, _tokens(doc, ext)), ext.zhkg_analysis)

    def _keep_analysis(
        self, sentence: Sentence, segmented: Segmented, analysis: SentenceAnalysis
    ) -> None:
        """Keep ``sentence``'s analysis while a later sentence may look back at it (the
        bridge looks back three sentences at most)."""
        self.analyses[sentence.index] = (segmented, analysis)
        for index in [i for i in self.analyses if i < sentence.index - _ANALYSES_KEPT]:
            del self.analyses[index]

    def _analysis_of(self, sentence: Sentence) -> tuple[Segmented, SentenceAnalysis]:
        """The clause analysis of the whole ``sentence`` and its segmentation: the one
        kept from its reading, or one made now (the duty reader alone) and kept."""
        kept = self.analyses.get(sentence.index)
        if kept is None:
            segmented = _segmented(self.nlp, sentence.text)
            kept = (segmented, analyse_sentence(*segmented, self.finder))
            self._keep_analysis(sentence, *kept)
        return kept

    def _segmentation_of(self, sentence: Sentence) -> Segmented:
        """``sentence`` and its tokens: kept with its analysis, or segmented now."""
        kept = self.analyses.get(sentence.index)
        return kept[0] if kept is not None else _segmented(self.nlp, sentence.text)

    def _bare_predicate(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` opens with a verb (after connectives and adverbs), states
        no duty and names no subject: a predicate going on with the topic before it (a
        modal of its own that took no holder is the writer's, and breaks the topic:
        甲应当…。因此，应当考虑…。要…); a numbered or enumerated point (三是发挥…)
        opens a point of the writer's own."""
        (text, tokens), analysis = self._analysis_of(sentence)
        if _ENUMERATED_OPENING_RE.match(text) or list_item(text, 0, len(text)):
            return False
        pos = subject_start(text, 0, len(text), tokens)
        words = [word_class(text[s:e]) for s, e in tokens if s >= pos][:3]
        while words and words[0] in ADVERB_CLASSES:
            words.pop(0)
        if not words or not words[0].startswith("v") or words[0] == "vn":
            return False
        return not analysis.duties and not analysis.subjects

    def _thing_duty(
        self, duty: DutyCandidate, sentence: Sentence, head: int, tokens: Sequence[Token]
    ) -> bool:
        """Whether outside a regulation the duty's clause (or, for a chained duty, the
        clause of the duty it goes on from) opens with a thing as its subject (培训课程应…,
        该方案要…，并…): what the thing must be or do, no elided party's."""
        return (
            not self.regulation
            and duty.zero == "other"
            and _thing_opens_clause(sentence.text, _clause_start(duty, head), tokens)
        )

    def _states_a_fact(self, before: Holders, sentence: Sentence) -> bool:
        """Whether in a research paper the sentence right before names ``before`` only in
        a statement of fact, giving none of them a duty (甲往往重视效率。应加强监督。): the
        paper's subjectless advice after a finding is the author's, addressed to the party
        the section or its last duty is about, not to the party the finding named; after a
        duty of that party (甲应…。还要…) the advice goes on with it."""
        if self.regulation or self.paragraph_antecedents:
            return False
        if self._defines(before, sentence):
            return False  # 甲是一种乙机构。必须坚持…: the norm goes on with what was defined
        return not self._duty_just_before(sentence, before)

    def _defines(self, before: Holders, sentence: Sentence) -> bool:
        """Whether the sentence right before opens with one of ``before`` and 是 (甲是…的
        机构): it defines that party, whose norms a subjectless duty after it goes on with,
        unless the duty names the party again (甲是…。要提高甲的能力: advice about it)."""
        earlier = self.document.sentences[sentence.index - 1]
        opening = earlier.start + len(earlier.text) - len(earlier.text.lstrip())
        return any(
            holder.start == opening
            and earlier.text.startswith(_DEFINING_COPULAS, holder.end - earlier.start)
            and holder.text not in sentence.text
            for holder in before
        )

    def _part_directive(self, duty: DutyCandidate, sentence: Sentence) -> DutyCandidate:
        """A "；"-part that opens with 鼓励/引导/支持 X… after a part whose named party bears
        a duty (甲局应当制定政策；引导乙企业开放场地): the directive is 甲局's own duty, as
        in the chain of one part (应当…，引导乙…), not the advice 乙 bears; the chain after
        it (…，纠正浪费) is 甲局's too."""
        directed = self.part_directed
        labels = tuple(p.label for p in duty.holders)
        if directed[0] == sentence.index and duty.rule == CHAIN_RULE and labels:
            if labels == directed[1]:
                return replace(duty, holders=(), zero="continued", modality=self.part_modality)
            return duty
        if not (
            duty.rule.startswith(ENCOURAGING_RULE)
            and duty.holders
            and self.part_named
            and self.part_holders
            and _continued(self.document, sentence) is not None
            and self._in_parts(sentence)
        ):
            return duty
        match = _OPENING_DIRECTIVE_RE.match(sentence.text)
        if match is None or duty.holders[0].start != match.end():
            return duty
        self.part_directed = (sentence.index, labels)
        verb = match.start("verb")
        return replace(
            duty,
            holders=(),
            zero="continued",
            duty=sentence.text[verb : duty.end],
            start=verb,
            modality=self.part_modality,
            rule=CHAIN_RULE,
        )

    def _goes_on_in_part(self, duty: DutyCandidate, sentence: Sentence) -> bool:
        """Whether a duty whose clause opens with no party (an adverbial: 在冬季应…,
        另一方面，还要…) in a later "；"-part of a prose sentence goes on with the holders
        its earlier parts name (甲应当…；完善…；在冬季应…: 甲's), not with the heading's; a
        holder the parts only took from the context does not go on."""
        return (
            not self.regulation
            and duty.zero == "other"
            and self.part_named
            and _continued(self.document, sentence) is not None
            and self._in_parts(sentence)
        )

    def _continues_cited(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` is a later "；"-part of one whose subjectless duty a cited
        rule or speech stated (会议强调，要甲；对乙，要丙): its duties are the cited ones."""
        before = _continued(self.document, sentence)
        while before is not None:
            if before.index in self.cited:
                return True
            before = _continued(self.document, before)
        return False

    def _subjects_just_before(self, sentence: Sentence) -> Holders:
        """The subjects of the sentence right before, in the same paragraph: in prose a
        subjectless duty continues its topic (医生常接诊老人。问诊时要放慢语速 → 医生).

        A sentence with no modal was not read; it is read here, on demand.
        """
        if _opens_paragraph(self.document, sentence):
            return ()
        before = self.document.sentences[sentence.index - 1]
        subjects = self._subjects_of(before)
        if not subjects and self._continues_part(before) and self.candidates:
            # 甲应…；以至…。同时要…: a part after ； whose duty went on with the party
            # before it hands that party on, unless the writer advises towards an aim
            last = self.candidates[-1]
            if last[0].index == before.index and not purpose_led(
                *self._segmentation_of(sentence), self.finder
            ):
                subjects = last[2]
        directed = self.directed.get(before.index, set())
        return tuple(
            p
            for p in subjects
            if not _in_conceded_clause(self.document.text, p.start) and p.label not in directed
        )

    def _continues_part(self, sentence: Sentence) -> bool:
        """Whether ``sentence`` follows a part closed by ； in the same paragraph."""
        return not _opens_paragraph(self.document, sentence) and self.document.sentences[
            sentence.index - 1
        ].text.rstrip().endswith(("；", ";"))

    def _subjects_of(self, sentence: Sentence) -> Holders:
        """The parties a sentence names as its subjects, read on demand."""
        if sentence.index not in self.sentence_subjects:
            if not self.document.minable(sentence):
                return ()
            # only its subjects are wanted: the duty reader alone, not the components
            analysis = self._analysis_of(sentence)[1]
            self.sentence_subjects[sentence.index] = tuple(
                self.builder.anchored(p, sentence) for p in analysis.subjects
            )
        return self.sentence_subjects[sentence.index]

    def _only_directed(self, duty: DutyCandidate, holders: Holders, sentence: Sentence) -> bool:
        """Whether outside a regulation ``duty`` is one a directive gives the party it
        directs (鼓励甲…, 引导乙…): the directed party is the object of the writer's advice,
        no topic a subjectless duty after it goes on with (要鼓励甲开展…。要完善…: not 甲's);
        recorded for the sentence, unless a duty of its own names the party too; the chain
        after a directive (鼓励甲开展…，完善…) goes on with the same advice."""
        if (
            not self.regulation
            and duty.rule == CHAIN_RULE
            and holders
            and all(_addressed_by_directive(sentence, holder) for holder in holders)
        ):
            self.directed.setdefault(sentence.index, set()).update(h.label for h in holders)
            return True
        if self.regulation or not duty.rule.startswith(DIRECTING_RULES):
            if duty.holders:
                named = {holder.label for holder in holders}
                self.directed[sentence.index] = self.directed.get(sentence.index, set()) - named
            return False
        for c in itertools.islice(reversed(self.candidates), 1, None):
            if c[0].index != sentence.index:
                break  # (a sentence's candidates are read together, the last at the end)
            if c[2] == holders and not c[3].startswith(DIRECTING_RULES):
                return False
        self.directed.setdefault(sentence.index, set()).update(h.label for h in holders)
        return True

    def _read_relations(
        self,
        sentence: Sentence,
        body: int,
        ext: _Ext,
        resolved: Holders,
        scope: int | None,
        bearer: Holders = (),
        part: Holders = (),
    ) -> None:
        """The sentence's relations; a zero subject takes the sentence's resolved holder,
        the article's or section's, the paragraph's last named subject or the heading's. A
        cue that needs a named actor takes the list item's bearer or, in a "；"-part, the
        party the sentence's earlier parts name (``part``)."""
        context = self.context
        assert context is not None
        own, wider = self._stated_relations(sentence, ext, duty_read=bool(resolved))
        relations = own + [
            r
            for r in wider
            if bearer or part or not r.bearer or _part_sanction(r) or r.bearer == PART_AGENT
        ]
        if _opens_paragraph(self.document, sentence):
            self.paragraph_subject = ()
            self.speech_paragraph = self.finder.opens_with_speaker(sentence.text)
        if self.speech_paragraph:  # 王某某：为丙提供… — the speaker advises; no one acts
            resolved, relations = _in_speech(sentence, resolved, relations)
            bearer = part = ()
        elif not resolved and any(r.subject is None for r in relations):
            resolved = self._relation_zero_subject(sentence, scope)
        named = [p for p in _analysis_subjects(ext) if p.start >= body and can_be_end(p.text)]
        if named and self.paragraph_antecedents:
            self.paragraph_subject = tuple(self.builder.anchored(p, sentence) for p in named)
        # 督促甲…，鼓励乙…: a party a later cue of the sentence directs is no zero subject
        # of an earlier one
        later = {(r.object.label, r.start) for r in own + wider}
        # 要求甲、乙…: a zero subject is never one of the parties its own cue addresses
        addressed: dict[tuple[int, int], set[str]] = {}
        for relation in relations:
            addressed.setdefault((relation.start, relation.end), set()).add(relation.object.label)
        for relation in relations:
            if self._zero_object_read(relation, sentence, resolved):
                continue
            cued = addressed[(relation.start, relation.end)] if relation.subject is None else set()
            owned_cued = tuple("的" + label for label in cued)
            # 报甲局批准 read as a holder's name: the name of cue and object acts on no one
            glued = sentence.text[relation.start : relation.object.end]
            subjects = tuple(
                h
                for h in self._relation_actors(relation, sentence, resolved, (bearer, part))
                # (named whole after its possessor, 要求甲系统的开发者…: still the addressee)
                if h.label not in cued
                and not h.label.endswith(owned_cued)
                and h.text != glued
                and not _directed_later(h, relation, sentence, later)
                and not (relation.subject is None and self._kin_of_object(h, relation, sentence))
            )
            self.builder.relation(relation, sentence, subjects)
        self.thing_spans = []

    def _relation_actors(
        self,
        relation: RelationCandidate,
        sentence: Sentence,
        resolved: Holders,
        bearer_and_part: tuple[Holders, Holders],
    ) -> Holders:
        """The parties that may act in a relation whose cue names no subject: the agents of
        the sentence's parts, the item's bearer or the part's party for a cue that needs a
        named actor, else the zero subject resolved for the sentence."""
        bearer, part = bearer_and_part
        if relation.subject is None and self._in_thing_clause(relation):
            return ()  # 展板内容应…，帮助乙…: the thing helps, no party of the context
        if relation.bearer == PART_AGENT:
            return self._part_agents(sentence)
        if relation.bearer:
            return _bearers(bearer or part, relation.bearer)
        return resolved or bearer

    def _stated_relations(
        self, sentence: Sentence, ext: _Ext, *, duty_read: bool = False
    ) -> tuple[list[RelationCandidate], list[RelationCandidate]]:
        """The sentence's relations whose ends it names, and those that need an end from
        the context; outside a regulation none inside a finding a study reports (研究发现，
        甲向乙…), while a regulation's 调查发现，… is the organ's own inquiry, and no
        oversight a subjectless clause only describes (_described_oversight) unless the
        duty reader read the clause as a duty whose bearer it resolved (``duty_read``: 甲
        要…；对乙进行检查)."""
        own: list[RelationCandidate] = ext.zhkg_relations or []
        wider: list[RelationCandidate] = ext.zhkg_context_relations or []
        if not self.regulation:
            own = [r for r in own if not reported_finding(sentence.text, r.start)]
            wider = [r for r in wider if not reported_finding(sentence.text, r.start)]
            if not duty_read:
                own = [r for r in own if not _described_oversight(r, sentence.text)]
                wider = [r for r in wider if not _described_oversight(r, sentence.text)]
        return own, wider

    def _kin_of_object(
        self, holder: StakeholderMention, relation: RelationCandidate, sentence: Sentence
    ) -> bool:
        """Whether in prose a zero subject from the context is of the very kind of the
        party the relation acts on (…慢性病患者…。应告知患者…: see same_kind); a
        regulation's article names its actor (平台经营者 may well inform 经营者), and so
        does the sentence itself or a "；"-part it goes on from (为甲经营者提供服务的
        经营者，应当…; 甲机构应…；对乙机构进行检查)."""
        if self.regulation or _in_same_sentence(self.document, sentence, holder.sentence):
            return False
        return same_kind(sentence.text, holder.text, relation.object)

    def _in_thing_clause(self, relation: RelationCandidate) -> bool:
        """Whether the relation's cue is in a duty whose subject is a thing."""
        return any(start <= relation.start < end for start, end in self.thing_spans)

    def _zero_object_read(
        self, relation: RelationCandidate, sentence: Sentence, resolved: Holders
    ) -> bool:
        """Add a relation whose object is the zero subject and say so (接受乙的监督: 乙 acts
        on the duty's resolved bearer; …；…的，由乙局吊销其执照: on the party the earlier
        parts sanction); else note the party a sanction or an oversight of a topic names,
        for the parts after it. The agent a sanction names (由甲局责令改正) is noted first,
        for the parts after it whose sanction names none (…；拒不改正的，对乙处罚款)."""
        if relation.rule.startswith(SANCTION_RULE) and relation.subject is not None:
            self.sanctioning[sentence.index] = (
                *self.sanctioning.get(sentence.index, ()),
                self.builder.anchored(relation.subject, sentence),
            )
        if relation.zero_object:
            objects = self._part_sanctioned(sentence) if _part_sanction(relation) else resolved
            self.builder.relation(relation, sentence, objects=objects)
            return True
        if (
            relation.rule.startswith((SANCTION_RULE, TOPIC_OVERSIGHT_RULE))
            and relation.subject is not None
        ):
            self.sanctioned[sentence.index] = (
                *self.sanctioned.get(sentence.index, ()),
                self.builder.anchored(relation.object, sentence),
            )
        return False

    def _relation_zero_subject(self, sentence: Sentence, scope: int | None) -> Holders:
        """The zero subject of a sentence's relations that no duty resolved: the article's
        or section's last holder, the paragraph's last named subject or the heading's party;
        none where the sentence reports what a rule or a speaker says (通知提出，…，督促乙…;
        会议强调，要…): its subjectless directives are the cited text's, no party's; nor
        where prose opens with the study or its author (本研究分析…，为乙提供依据).

        Outside regulations, as for duties, the topic lapses: a holder named more than a
        sentence before, in this paragraph or an earlier one, is not the actor
        (甲应当…。乙…。为丙提供…)."""
        context = self.context
        assert context is not None
        if not self.regulation and (
            sentence.index in self.cited
            or self._continues_cited(sentence)
            or _SAYING_OPENS_RE.match(sentence.text)
            or _AUTHOR_OPENS_RE.match(sentence.text)
            or _inside_open_quote(self.document, sentence)
        ):
            return ()
        last = context.last.get(scope)
        if (
            last
            and not self.regulation
            and _topic_lapsed(self.document, last, sentence)
            and not _leads_items(self.document, last, sentence)
        ):
            last = ()
        if last or self.paragraph_subject:
            return last or self.paragraph_subject
        heading = context.party_of_heading(sentence.section)
        if heading and not self.regulation and not _named_here(self.document, heading, sentence):
            return ()  # a heading's party the paragraph does not name is a topic, no actor
        return heading

    def _duties(
        self, sentence: Sentence, body: int, doc: Doc | _Read, ext: _Ext
    ) -> list[DutyCandidate]:
        """The sentence's duty candidates: numbered headings, definitions, deontic clauses."""
        analysis: SentenceAnalysis = ext.zhkg_analysis
        if analysis.sanction:
            return []
        tokens = _tokens(doc, ext)
        if not analysis.duties and self._goes_on(sentence, body, doc):
            # 甲应当…；引导…: a "；"-part with no modal of its own goes on with the chain
            analysis = analyse_sentence(
                sentence.text, tokens, self.finder, start=body, continues=self.part_modality
            )
        found: list[DutyCandidate] = []
        if not body:  # a numbered heading the structure did not recognise
            found += heading_duties(sentence.text, tokens, self.finder, numbered_only=True)
        body_tokens = _shift(tokens, body) if body else tokens
        found += [
            _shifted(duty, body)
            for duty in definition_duties(
                sentence.text[body:], body_tokens, self.finder, self.category_labels
            )
        ]
        found += [
            _shifted(duty, body)
            for duty in imposed_duties(sentence.text[body:], body_tokens, self.finder)
        ]
        return found + analysis.duties

    def build(self) -> Extraction:
        """The responsibilities that hold in context, each once, in document order."""
        document, regulation = self.document, self.regulation
        candidates = _with_list_items(document, self.candidates, regulation)
        candidates.sort(key=lambda candidate: candidate[0].index)  # headings first
        # a sentence with an unambiguous duty of a named party (应当, 不得) is a norm
        # throughout: its 要/可以 clauses (…应当…；公安等部门要…) are deontic too
        normative_sentences = {
            sentence.index
            for sentence, duty, _, rule in candidates
            if not duty.ambiguous and duty.holders and rule != "heading.duty"
        }
        # a rule or notice gives a thing's duty (方案应当…) to the party before it, prose not
        normative_text = bool(_NORMATIVE_TITLE_RE.search(document.title))
        seen: set[tuple[str, str, str, int]] = set()
        #: the holders of the duties kept in each sentence, a zero subject's antecedent
        kept: dict[int, set[str]] = {}
        for sentence, duty, holders, rule in candidates:
            if not regulation and _ability(sentence.text, duty):
                continue  # 甲可以有效…, 甲不仅可以…，还能…: what a party is able to do
            if duty.zero == THING_ZERO and not (regulation or normative_text):
                continue  # 甲要制定方案，方案应分步实施: what the thing must be
            if (
                duty.ambiguous
                and not regulation
                and not _in_normative_sentence(document, sentence, normative_sentences)
                and not _in_normative_paragraph(document, sentence, duty, normative_sentences)
                and not _normative(document, sentence, duty, rule)
                and not _continues_a_kept_duty(sentence, duty, holders, rule, kept)
            ):
                continue
            if duty.duty.startswith(_CAPACITY_OPENERS):
                continue  # 甲馆应当作为主办方，…: a capacity, the acts after it are the duties
            if duty.modality is Modality.SHOULD and _JUDGED_DIFFICULT_RE.search(duty.duty):
                continue  # 要做到甲还很艰巨: 要 opens an aim whose difficulty is judged
            if _names_a_thing(duty.duty) or duty.duty.startswith(_CONTENT_VERBS):
                continue  # 编写、修订的教材; 甲表应当载明…: a thing or what a document holds
            kept.setdefault(sentence.index, set()).update(holder.label for holder in holders)
            anyone = _anyone_pair(holders)
            for holder in holders:
                if holder.text in anyone or _in_goal_clause(document.text, holder.start):
                    continue  # 相关单位或者人员: anyone at all; 想要成为甲…: a goal's party
                if regulation and holder.text.endswith(_VEHICLE_HEADS):
                    continue  # 货车应当定期检验: what a vehicle must be, its keeper unnamed
                if _names_no_stakeholder(holder, holders, rule):
                    continue  # 个人, 任何单位, 公民: a generic class of persons
                if is_personal_name(holder.text):
                    continue  # 张明华应当…: a person by name acts in relations, bears no duty
                if document.text.startswith(_SPEAKER_LABEL_ENDS, holder.end):
                    continue  # 受访者甲：“要…”: the speaker's words, no duty of the speaker
                key = (holder.text, duty.duty, duty.modality.value, sentence.index)
                if key not in seen:
                    seen.add(key)
                    self.builder.responsibility(holder, duty, rule, sentence)
        return self.builder.build()


Candidate = tuple[Sentence, DutyCandidate, Holders, str]
#: How many sentences back a kept clause analysis stays (the bridge of a subjectless
#: sentence to its topic looks back three at most).
_ANALYSES_KEPT = 3

#: A colon and an opening quote right after a name: the name labels the speaker of the
#: quoted words (an interviewee's code, 访谈对象甲：“…”), not the subject of their modals.
_SPEAKER_LABEL_ENDS = tuple(
    f"{colon}{quote}" for colon in "：:" for quote in lang_data().words("speech_quotes")
)

#: An enumerating marker opening a sentence (三是…, 其次，…): a point of the writer's list.
_ENUMERATED_OPENING_RE = re.compile(rf"\s*(?:{lang_data().alternation('enumerating_markers')})")
#: Heads of vehicles (货车, 渡船): in a regulation a vehicle bears no row.
_VEHICLE_HEADS = tuple(lang_data().words("vehicle_heads"))
#: The public at large as persons (公民): bears no responsibility row, as 个人 does not.
_PUBLIC_PERSONS = lang_data().word_set("public_persons")
#: 有关, 其他, 任何 …: the determiners before a generic body (任何其他单位), longest first.
_GENERIC_DETERMINERS_RE = re.compile(
    "^(?:"
    + "|".join(
        re.escape(word)
        for word in sorted(
            {
                *lang_data().words("actor_determiners"),
                *lang_data().words("listed_determiners"),
                *lang_data().words("quantifiers"),
            },
            key=lambda word: (-len(word), word),
        )
    )
    + ")*"
)


def _names_no_stakeholder(holder: StakeholderMention, holders: Holders, rule: str) -> bool:
    """个人, 任何单位, 公民: a generic class of persons names no stakeholder; a broad actor
    does as a conjunct of parties a need names (需要国家和…) or of a list of parties
    (国家、医院和家属应当…)."""
    if not (
        is_generic_party(holder.text)
        or holder.text in _PUBLIC_PERSONS
        or holder.text in PERSONAL_PRONOUNS
    ):
        return False
    return not (
        holder.text in BROAD_ACTORS and (rule.startswith("need.") or _listed_with_party(holders))
    )


def _listed_with_party(holders: Holders) -> bool:
    """Whether a list of holders names a party that is neither a broad actor nor a generic
    class (国家、医院和家属: 医院), so its broad actors are parties of the list."""
    return len(holders) > 1 and any(
        holder.text not in BROAD_ACTORS and not is_generic_party(holder.text) for holder in holders
    )


def _generic_body(name: str) -> bool:
    """有关单位, 任何其他单位: determiners before a generic class of bodies."""
    bare = _GENERIC_DETERMINERS_RE.sub("", name, count=1)
    return bool(bare) and is_generic_party(bare)


def _anyone_pair(holders: Holders) -> frozenset[str]:
    """The conjuncts of a pair of a generic body and bare persons (相关单位或者人员,
    其他单位或者人员), which means anyone at all; empty for any other list."""
    texts = [holder.text for holder in holders]
    members = [text for text in texts if text in ANYONE_MEMBERS]
    bodies = [text for text in texts if text not in ANYONE_MEMBERS and _generic_body(text)]
    return frozenset(members + bodies) if members and bodies else frozenset()


#: 载明: what a document states (甲表应当载明乙事项), no act of a party.
_CONTENT_VERBS = lang_data().words("content_verbs")
#: Verbs closed by 的 and a noun, the whole duty (编写、修订的教材).
_QUALIFIED_NOUN_RE = re.compile("(.+?)的([\u4e00-\u9fff]{1,6})")
#: What joins the verbs of such a phrase (编写、修订; 编写和修订).
_VERB_JOINERS_RE = re.compile(f"(?:{lang_data().alternation('list_joiners')}|或者|以及)")


def _names_a_thing(duty: str) -> bool:
    """Whether a duty is only a list of verbs closed by 的 and a noun (编写、修订的教材):
    a noun phrase the verbs qualify, no act of the party (one verb before 的 may take its
    object there: 选用合适的工具)."""
    match = _QUALIFIED_NOUN_RE.fullmatch(duty)
    noun = match.group(2) if match else ""
    if not in_dictionary(noun) or not word_class(noun).startswith("n"):
        return False
    verbs = [word for word in _VERB_JOINERS_RE.split(duty[: -len(noun) - 1]) if word]
    return len(verbs) > 1 and all(
        in_dictionary(word) and word_class(word) in VERB_CLASSES for word in verbs
    )


#: A judgement of difficulty closing what 要 opens (…还很艰巨, …实属不易): an adverb of
#: degree or judgement first, so that an object (克服困难) is no judgement.
_JUDGED_DIFFICULT_RE = re.compile(
    "(?:{}|{})+(?:{})[。，；]?$".format(
        lang_data().alternation("judging_adverbs"),
        lang_data().alternation("quality_degree_words"),
        lang_data().alternation("difficulty_words"),
    )
)
#: 作为, 身为: a duty of taking a capacity (应当作为甲方的补充) states a role, no act
_CAPACITY_OPENERS = lang_data().words("capacity_openers")


def _bearers(holders: Holders, kind: str) -> Holders:
    """The holders of a list's lead-in that a relation needing a bearer admits: all, or
    only authorities, or only others (an authority's 指导 supervises, a parent's guides)."""
    if kind == "any":
        return holders
    authorities = cue_table().authorities
    return tuple(h for h in holders if (h.cls in authorities) == (kind == "authority"))


def _clause_start(duty: DutyCandidate, head: int) -> int:
    """Where the clause of ``duty`` opens: for a chained duty, the clause of the duty it
    goes on from (``head``, when known)."""
    return head if duty.rule == CHAIN_RULE and head else duty.start


def _heading_clause_duties(
    title: str, tokens: list[Token], finder: PartyFinder, *, recommends: bool
) -> list[DutyCandidate]:
    """The duties a heading states as a clause with a modal (3.2 学校应加强巡查; 4.2 禁止
    兼职), read as the duties component reads a sentence (headings are only segmented).

    With ``recommends`` (outside a rule or a policy), a directive heading that names whom
    it encourages (3.2 鼓励甲企业参与乙项目, 二、引导乙类人员参加培训) is the writer's own
    recommendation of that party's act; else, or naming no party (二、引导志愿服务), or a
    requirement (要求…), it labels its section and states no duty; a heading without a
    trigger (一、总体要求) states none and is not read.
    """
    if not may_state_duty(title):
        return []
    analysis = analyse_sentence(title, tokens, finder, start=0)
    if analysis.sanction:
        return []
    duties: list[DutyCandidate] = []
    for duty in analysis.duties:
        if recommends and duty.rule.startswith(ENCOURAGING_RULE) and duty.holders:
            duties.append(replace(duty, ambiguous=False))
        elif not duty.rule.startswith(DIRECTING_RULES):
            duties.append(duty)
    return duties


def _stated_duties(duties: list[DutyCandidate]) -> list[DutyCandidate]:
    """The heading's duties when one named party bears them all."""
    named = [duty for duty in duties if duty.holders]
    return named if named and len({duty.holders for duty in named}) == 1 else []


def _addressed_by_directive(sentence: Sentence, holder: StakeholderMention) -> bool:
    """Whether a directive (鼓励, 引导) in its own clause addresses ``holder`` (要鼓励甲
    和乙，开展…: 甲 and 乙 bear the chain after it as the writer's advice, no topic)."""
    at = holder.start - sentence.start
    if holder.sentence != sentence.index or not 0 <= at <= len(sentence.text):
        return False
    clause = clause_opening(sentence.text, at)
    return any(
        TRIGGERS[match.group()][1] == "encourage"
        for match in TRIGGER_RE.finditer(sentence.text, clause, at)
    )


def _analysis_subjects(ext: _Ext) -> tuple[Party, ...]:
    """The parties a sentence names as subjects (from its clause analysis); ``ext`` is
    the sentence Doc's ``_Ext``."""
    analysis: SentenceAnalysis | None = ext.zhkg_analysis
    return analysis.subjects if analysis is not None else ()


def _in_speech(
    sentence: Sentence, resolved: Holders, relations: list[RelationCandidate]
) -> tuple[Holders, list[RelationCandidate]]:
    """The zero subject and relations of a sentence of a speaker's speech (王某某：…): only
    a party the sentence names acts (建议甲局为乙提供…); subjectless advice has no actor."""
    resolved = tuple(h for h in resolved if _named_in(h.text, sentence.text))
    return resolved, relations if resolved else [r for r in relations if r.subject is not None]


_OPENING_QUOTES = tuple(lang_data().words("opening_quotes"))
_CLOSING_QUOTES = tuple(lang_data().words("closing_quotes"))
#: How many sentences back a paragraph's open quotation is looked for.
_QUOTE_REACH = 8


def _inside_open_quote(document: Document, sentence: Sentence) -> bool:
    """Whether a quotation opened in an earlier sentence of the paragraph is still open
    (甲文件指出：“加强乙工作。督促丙单位…”): a subjectless directive in it is the quoted
    text's, as after 指出, so no party of the context acts in it."""
    depth = 0
    current = sentence
    for _ in range(_QUOTE_REACH):
        if _opens_paragraph(document, current):
            break
        current = document.sentences[current.index - 1]
        depth += _quote_balance(current.text)
    return depth > 0


@lru_cache(maxsize=4096)
def _quote_balance(text: str) -> int:
    """How many more quotations ``text`` opens than it closes: counted once for a sentence,
    not again for each later sentence that looks back over it."""
    return sum(text.count(q) for q in _OPENING_QUOTES) - sum(text.count(q) for q in _CLOSING_QUOTES)


def _opens_paragraph(document: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` is the document's first or a line break separates it from the
    one before it."""
    return sentence.index == 0 or _paragraph_between(document, sentence.index - 1, sentence)


#: Headings longer than this are sentences the structure took for headings.
_MAX_HEADING = 40


def _untitled_run_in_titles(document: Document) -> list[tuple[Section, str, int]]:
    """Run-in titles of numbered sections: (section, title, document offset of the title).

    A numbered section without a title whose first sentence is short ("（二）应急管理、
    水利等部门。" read as a number and a sentence), and a titled section whose title
    the structure cut short inside the lead phrase closed by a full stop
    ("（二）县交通局、县财政局。", cut at "、"): the whole lead phrase is the title.
    """
    found: list[tuple[Section, str, int]] = []
    starts = [sentence.start for sentence in document.sentences]
    for section in document.sections:
        if not section.number:
            continue
        if section.title:
            lead = _cut_lead_phrase(document, starts, section)
            if lead is not None:
                found.append((section, *lead))
            continue
        index = bisect.bisect_left(starts, section.end)
        if index == len(starts):
            continue
        sentence = document.sentences[index]
        gap = document.text[section.end : sentence.start]
        if gap.strip() or len(sentence.text) > _MAX_HEADING:
            continue
        if sentence.text.rstrip().endswith(("。", ".")):
            found.append((section, sentence.text, sentence.start))
    return found


def _cut_lead_phrase(
    document: Document, starts: Sequence[int], section: Section
) -> tuple[str, int] | None:
    """The lead phrase of a titled section when its title stops inside it, else None."""
    index = bisect.bisect_right(starts, section.start) - 1
    if index < 0:
        return None
    sentence = document.sentences[index]
    title_at = document.text.find(section.title, section.start, section.end + 1)
    if title_at < sentence.start or not sentence.text.rstrip().endswith(("。", ".")):
        return None
    lead = document.text[title_at : sentence.end]
    if len(lead.rstrip("。. ")) <= len(section.title) or len(lead) > _MAX_HEADING:
        return None
    return lead, title_at


def _named_in(name: str, text: str) -> bool:
    """Whether ``text`` names the party ``name``, in full or by a shorter name it ends with
    (新型智库 as 智库), not by a generic head alone (科研机构 as 机构)."""
    return any(
        name[i:] in text and (i == 0 or not is_generic_party(name[i:]))
        for i in range(len(name) - 1)
    )


def _addresses(title: str, tokens: Sequence[Token], finder: PartyFinder) -> bool:
    """Whether a heading is nothing but the names of parties, opens with them before a
    colon, or names their side of a question or the advice for them (（二）访客。; 甲方：
    管理和引导; 乙方的对策): it addresses them."""
    colon = min((title.find(mark) for mark in "：:" if mark in title), default=-1)
    head = title[: colon + 1] if colon > 0 else title
    end = len(title.rstrip("。.：: \u3000"))
    return _names_only(head, [t for t in tokens if t[1] <= len(head)], finder) or bool(
        _party_of_aspect(title, end, tokens, finder)
    )


def _subject_of_duty(title: str, tokens: Sequence[Token], duty: DutyCandidate) -> bool:
    """Whether the parties of a heading's duty are its whole subject (甲方应承担乙责任),
    no noun of an activity between them and the trigger (甲方建设应…: the activity's)."""
    if not duty.holders:
        return False
    gap = [title[a:b] for a, b in tokens if a >= duty.holders[-1].end and b <= duty.start]
    return not any(word_class(word).startswith(("n", "vn")) for word in gap)


def _names_only(title: str, tokens: Sequence[Token], finder: PartyFinder) -> bool:
    """Whether a heading is nothing but the names of parties (（四）甲方和乙方。)."""
    end = len(title.rstrip("。.：: \u3000"))
    group = finder.group_at(title, 0, end, tokens)
    return bool(group and group[-1].end == end) or bool(
        end and _fills_heading_as_name(title, end, tokens, finder)
    )


def _fills_heading_as_name(
    title: str, end: int, tokens: Sequence[Token], finder: PartyFinder
) -> bool:
    """Whether a heading as a whole is one party's name (探视人员: a verb-modified agent
    noun), not a verb and the party it acts on (联系甲方公司, 成立工作组): after the
    opening verb the rest names a party of its own, not a bare generic head (人员)."""
    if not finder.fills_as_name(title, 0, end, tokens):
        return False
    verb_end = tokens[0][1] if tokens and word_class(title[: tokens[0][1]]) == "v" else 0
    return not (
        0 < verb_end < end
        and finder.fills_as_name(title, verb_end, end, tokens)
        and not is_generic_party(title[verb_end:end])
    )


def _heading_names_parties(title: str, tokens: Sequence[Token], finder: PartyFinder) -> list[Party]:
    """The parties a run-in heading names when it is nothing but their names.

    "（四）社区居委会和物业公司。" sets the subject of its section; a topic
    heading ("（一）支持托育机构建设") names none.
    """
    end = len(title.rstrip("。.：: \u3000"))
    group = finder.group_at(title, 0, end, tokens)
    if asks(group):
        return []  # 如何办好某类中心: a heading asking how to act names no party
    if group and group[-1].end == end:
        return group
    if end and _fills_heading_as_name(title, end, tokens, finder):
        return [finder.name(title[:end], 0)]  # 探视人员: a verb-modified agent noun
    return _subject_of_heading(title, end, tokens, finder) or _party_of_aspect(
        title, end, tokens, finder
    )


#: A heading that names a party's side of a question or the advice for it (甲方层面,
#: 乙方方面的对策, 对丙方的建议, 丙方自身角度): the party (an emphatic reflexive may follow
#: it), then a word of aspect or of advice.
#: (Not a word of duty, 责任 or 要求: 甲方的责任 states the party's duty as a heading.)
_ADVICE_WORDS = "|".join(
    sorted(
        lang_data().word_set("normative_heading_words")
        - lang_data().word_set("duty_nouns")
        - {"要求"},
        key=lambda word: (-len(word), word),
    )
)
_ASPECT_HEADING_RE = re.compile(
    f"(?:{lang_data().alternation('topic_prepositions')})?(?P<party>.+?)"
    f"(?:{lang_data().alternation('reflexives')})?的?"
    f"(?:(?:{lang_data().alternation('aspect_nouns')})(?:的?(?:{_ADVICE_WORDS})){{0,2}}|(?:{_ADVICE_WORDS}){{1,2}})$"
)


def _party_of_aspect(
    title: str, end: int, tokens: Sequence[Token], finder: PartyFinder
) -> list[Party]:
    """The parties a heading of a party's aspect or advice names (政府层面, 企业方面的
    对策, 对行业协会的建议): its subjectless duties are theirs. A generic class of
    persons (个人, 机构) names no one."""
    found = _ASPECT_HEADING_RE.fullmatch(title, 0, end)
    if found is None:
        return []
    start, party_end = found.span("party")
    group = finder.group_at(title, start, party_end, tokens)
    if not group or group[0].start != start or group[-1].end != party_end:
        return []
    return [] if any(is_generic_party(p.text) for p in group) else group


#: Words closing a heading that names what its section analyses (…的原因分析, …面临的问题).
_ANALYSIS_HEADING_ENDS = tuple(lang_data().words("analysis_heading_ends"))


def _subject_of_heading(
    title: str, end: int, tokens: Sequence[Token], finder: PartyFinder
) -> list[Party]:
    """The party a topic heading makes the subject of its verb (社区医院主动融入健康网络):
    the section is about what that party does."""
    verb = next(
        (i for i, (s, e) in enumerate(tokens[:5]) if e <= end and word_class(title[s:e]) == "v"),
        None,
    )
    if not verb or title[:end].endswith(_ANALYSIS_HEADING_ENDS):
        return []  # 甲拒缴费用的原因分析: 甲 is the topic of an analysis, no addressee
    ends = [tokens[verb][0]]
    between = title[tokens[verb - 1][0] : tokens[verb - 1][1]]
    if word_class(between) in ("d", "ad", "b") or between in AFTER_SUBJECT:
        ends.append(tokens[verb - 1][0])  # at most one adverb between (甲方主动…)
    for subject_end in ends:
        # named parties only: an everyday noun before a verb is as often a thing (供应链协同)
        group = finder.group_at(title, 0, subject_end, tokens)
        if group and group[-1].end == subject_end:
            return group
    return []


def _with_list_items(
    document: Document, candidates: list[Candidate], regulation: bool
) -> list[Candidate]:
    """ "X应当做到下列几点：" followed by items （一）…；（二）… → one duty per item.

    The items are the sentences after the introducer in the same article (or
    section) that are numbered or sit in an item section; the introducer itself
    gives way to them.
    """
    # a sentence that opens a list, or already holds its first items inline
    openers = {c[0].index: c for c in candidates if c[1].opens_list or c[1].rule == "list.item"}
    if not openers:
        return candidates
    items: list[Candidate] = []
    # a thing's list (合同应当具备以下条款：) names its contents, no one's duties
    replaced = {id(c[1]) for c in openers.values() if c[1].opens_list and c[1].zero == "other"}
    own = _own_readings(candidates)
    current: Candidate | None = None
    outlined: bool | None = None
    for sentence in document.sentences:
        if sentence.index in openers:
            current = openers[sentence.index]
            current = None if id(current[1]) in replaced else current
            outlined = None  # are the items numbered as an outline (1.1, 1.2)?
            continue
        if current is None:
            continue
        opener_scope = _scope(document, current[0].section, regulation)
        # (a step its marker opens goes on with the items: …：第一，…；第二，…)
        span = list_item(sentence.text, 0, len(sentence.text)) or step_item(
            sentence.text, 0, len(sentence.text)
        )
        in_item = _in_item_paragraph(document, sentence)
        # the items sit in the opener's scope or in item sections below it
        below = opener_scope is None or opener_scope in {
            s.index for s in document.section_path(sentence.section)
        }
        outline = bool(span) and _OUTLINE_NUMBER_RE.match(sentence.text) is not None
        if not below or not (span or in_item) or (outline and outlined is False):
            current = None  # (1）…；2）…。2.2 某节: an outline number heads a section)
            continue
        outlined = outline if outlined is None else outlined
        if sentence.index in own:
            continue  # an item with its own modal (3、不得…) keeps its own reading
        if _RESIDUAL_ITEM_RE.search(sentence.text[span[0] if span else 0 :].rstrip("；;。 ")):
            continue  # （五）上级规定的其他职责: the rest of the rules, no duty
        items.append(_list_item_candidate(sentence, span, current))
        if current[1].opens_list:
            replaced.add(id(current[1]))
    # (a lead-in with no words of its own, 甲负责：, is never a row)
    return [c for c in candidates if id(c[1]) not in replaced and c[1].duty] + items


#: An item that only refers to the rest of what rules lay down (上级规定的其他职责), or
#: closes a list with the rest of its kind (（五）违反甲规定的其他行为; （六）其他乙工作).
_RESIDUAL_ITEM_RE = re.compile(
    f"规定的(?:{lang_data().alternation('residual_markers')})"
    f"(?:{lang_data().alternation('duty_nouns')})$"
    f"|(?:^|的)(?:{lang_data().alternation('residual_markers')})[^，,；;]*$"
)


#: An outline number (2.1, 3.2.1) opening a sentence: a section's heading among items.
_OUTLINE_NUMBER_RE = re.compile(r"\s*\d{1,2}(?:[.．]\d{1,2}){1,3}(?=\s|[\u4e00-\u9fff])")


def _own_readings(candidates: list[Candidate]) -> set[int]:
    """The sentences whose items keep their own reading: the first clause holds a modal
    (（三）不得…) or only a condition stands before it (（四）发现甲的，应当…); a modal
    further on (（五）建立…，鼓励…) adds to the item's lead-in duty."""
    return {
        c[0].index
        for c in candidates
        if c[1].rule != "list.item"
        and (
            not _after_first_clause(c[0].text, c[1].start)
            or _after_condition_only(c[0].text, c[1].start)
        )
    }


def _after_first_clause(text: str, position: int) -> bool:
    comma = re.search(r"[，,；;]", text)
    return comma is not None and position > comma.start()


def _after_condition_only(text: str, position: int) -> bool:
    """Only a condition (…的，, …时，) stands before ``position``, in the clause before it."""
    comma = re.search(r"[，,]", text)
    return (
        comma is not None
        and comma.start() < position
        and closes_condition(text[: comma.start()])
        and re.search(r"[，,；;]", text[comma.end() : position]) is None
    )


def _list_item_candidate(
    sentence: Sentence, span: tuple[int, int] | None, lead: Candidate
) -> Candidate:
    """The lead-in's duty given to one item; an item's own modal (（三）不得…) wins."""
    start, end = span or (0, len(sentence.text.rstrip("；;。 ")))
    _, duty, holders, _ = lead
    modality = duty.modality
    own_modal = TRIGGER_RE.match(sentence.text, start, end)
    if own_modal and own_modal.group() in TRIGGERS:
        modality = TRIGGERS[own_modal.group()][0]
        start = own_modal.end()
    item = replace(
        duty,
        duty=sentence.text[start:end],
        modality=modality,
        rule="list.item",
        start=start,
        end=end,
        opens_list=False,
    )
    return sentence, item, holders, "list.item"


_SENTENCE_END_RE = re.compile(r"[。！？!?]")


def _hedged_modal(text: str, tokens: Sequence[Token]) -> bool:
    """Whether a trigger in ``tokens`` follows a negation or an adverb of likelihood
    (并未要求…, 可能需要…): the clause speaks of the modal itself, it goes on with no chain."""
    return any(
        text[s:e] in TRIGGERS
        and (text[ps:pe].endswith(NEGATORS) or text[ps:pe] in EPISTEMIC_ADVERBS)
        for (ps, pe), (s, e) in pairwise(tokens)
    )


def _in_item_paragraph(document: Document, sentence: Sentence) -> bool:
    """The sentence belongs to a numbered item: it sits in the item's own paragraph.

    Why: an item section runs on to the next heading, but the lines after an item's
    paragraph (a new unnumbered paragraph) are body text again, not more items; after
    items run into a paragraph (…：（1）…。（2）…。以此…) its last sentences are prose.
    """
    if sentence.section is None:
        return False
    section = document.sections[sentence.section]
    if section.kind != "item":
        return False
    text = document.text
    within = text[section.start : sentence.start]
    before = text[max(0, section.start - 80) : section.start].rstrip(" \t\u3000")
    opens_line = (section.start < 80 and not before) or before.endswith("\n")
    return "\n" not in within and (opens_line or not _SENTENCE_END_RE.search(within))


def _continues_a_kept_duty(
    sentence: Sentence, duty: DutyCandidate, holders: Holders, rule: str, kept: dict[int, set[str]]
) -> bool:
    """A subjectless 要/需要 right after a sentence that gave its antecedent a duty goes on
    with that duty's reading (甲应当…。要…。): a recommendation, not a description. A
    subjectless 可以 still says what could be done, unless an additive adverb ties it to
    that duty as one more option of the same party (甲应当…。还可以…; 也可…)."""
    return (
        rule == "zero-subject.previous"
        and (duty.modality is not Modality.MAY or _adds_an_option(sentence.text, duty))
        and bool(holders)
        and {holder.label for holder in holders} <= kept.get(sentence.index - 1, set())
    )


def _adds_an_option(text: str, duty: DutyCandidate) -> bool:
    """Whether an additive adverb right before 可以 opens the duty's clause or the clause
    its chain goes on from (还可以…, 也可…): one more option of the party named before."""
    return _ADDED_OPTION_RE.search(text, 0, duty.start + 1) is not None


#: An additive adverb right before 可以 or 可 (还可以, 也可, 同时可以).
_ADDED_OPTION_RE = re.compile("(?:" + lang_data().alternation("additive_adverbs") + ")(?:可以|可)")


def _in_normative_sentence(document: Document, sentence: Sentence, normative: set[int]) -> bool:
    """The sentence, or the "；"-part before it of the same sentence, holds a clear norm."""
    return any(part.index in normative for part in _sentence_parts(document, sentence))


def _in_normative_paragraph(
    document: Document, sentence: Sentence, duty: DutyCandidate, normative: set[int]
) -> bool:
    """A sentence before this one in its paragraph holds a clear norm of a named party
    (甲应当…。乙还可以…): the paragraph recommends, its named parties' 可以/要 are deontic,
    unless the sentence gives an example, a habit or someone's view (乙认为…).

    Only in a text without headings (a commentary): a text with headings marks its
    normative parts by them (…的对策), and its other paragraphs describe."""
    if (
        not duty.holders
        or any(section.title for section in document.sections)
        or _EXAMPLE_MARKER_RE.search(sentence.text)
        or HABITUAL_ADVERB_RE.search(sentence.text)
        or _OPINION_RE.search(sentence.text, 0, duty.start)
    ):
        return False
    while not _opens_paragraph(document, sentence):
        sentence = document.sentences[sentence.index - 1]
        if sentence.index in normative:
            return True
    return False


def _in_same_sentence(document: Document, sentence: Sentence, index: int) -> bool:
    """Whether sentence ``index`` is ``sentence`` or a "；"-part it goes on from (甲应…；
    对乙进行检查: 甲 is named in the same sentence)."""
    return any(part.index == index for part in _sentence_parts(document, sentence))


def _sentence_parts(document: Document, sentence: Sentence) -> Iterator[Sentence]:
    """``sentence`` and the "；"-parts of the same sentence it goes on from, nearest first."""
    part: Sentence | None = sentence
    while part is not None:
        yield part
        part = _continued(document, part)


def _continued(document: Document, sentence: Sentence) -> Sentence | None:
    """The sentence this one continues after a "；" in the same paragraph, else None."""
    if _opens_paragraph(document, sentence):
        return None
    before = document.sentences[sentence.index - 1]
    return before if before.text.rstrip().endswith(("；", ";")) else None


def _normative(document: Document, sentence: Sentence, duty: DutyCandidate, rule: str) -> bool:
    """Whether 可以/不能/要 outside a regulation grant or deny rather than describe ability.

    First the framing of the party: after a view, a finding, a cause, a result or a
    means (某人认为，甲可以…; 通过某措施，乙可以…), or in an example or a habit that
    gives no advised act, a 可以 is no leave; a party that heads its own clause as the
    subject of 可以 (or, after a connective, of 不能) is given leave or forbidden the act
    outside a section on the state. Then recommendations, proposals, numbered steps and
    directives; normative documents (…办法, …指引 by their title) are normative
    throughout; other texts in their sections on duties and recommendations (…的责任,
    …的对策).
    """
    own = _own_clause_leave(sentence.text, duty)
    if _framed_as_no_leave(sentence.text, duty) or (
        _describes(sentence.text, duty)
        and not (own and _example_of_advised_act(document, sentence, duty))
    ):
        return False
    if own and not _in_state_section(document, sentence):
        return True  # 如果…，甲可以…; 但乙可…: the party's own leave
    if duty.holders and _RECOMMENDATION_RE.search(sentence.text, 0, duty.start):
        return True  # 专家建议，各地要…: a recommendation is a norm, an opinion (认为) is not
    if duty.holders and _PROPOSED_DIRECTIVE_RE.search(sentence.text, 0, duty.start):
        return True  # 有学者提出鼓励教师…: a proposed measure recommends the act
    if _ENUMERATED_STEP_RE.search(sentence.text, 0, duty.start):
        return True  # 首先要…；其次要…: numbered steps of a recommendation
    if rule.startswith(ENCOURAGING_RULE) and _DIRECTED_FOSTERING_RE.search(
        sentence.text, 0, duty.start
    ):
        return True  # 要…，鼓励甲…; 乙要引导甲…: the advice goes on to foster 甲's act
    if duty.holders and _opens_with_directive(sentence.text, duty):
        return True  # 同时，鼓励甲参与…，…: the writer's own directive opens the sentence
    if _NORMATIVE_TITLE_RE.search(document.title):
        # a zero subject counts when its section or heading names the party
        return bool(duty.holders) or rule.startswith("zero-subject")
    if rule == "zero-subject.list" and duty.modality is not Modality.MAY:
        return True  # 甲可以从以下方面入手：…②要核实…: an item's own modal advises 甲
    if not duty.holders and not (
        rule.startswith("zero-subject") and duty.modality is not Modality.MAY
    ):
        return False  # a subjectless 可以 in an essay says what could be done
    if duty.holders and _reports_a_rule(document, sentence):
        return True
    if duty.modality is Modality.MAY and duty.holders and _exercises_an_act(sentence.text, duty):
        return True  # 甲可以解除合同, 乙可向丙申请…: leave for an act on others, no mere chance
    if (
        duty.modality is Modality.MAY
        and not any(s.title for s in document.section_path(sentence.section))
        and _party_leads(sentence.text, duty)
    ):
        return True  # 甲可以…，…: outside titled sections, a party opening the sentence
    if (
        duty.modality is Modality.MUST_NOT
        and _subject_right_before(sentence.text, duty)
        and not _in_state_section(document, sentence)
    ):
        return True  # 乙不能…: outside a section on the state, the modal's own subject
    return any(
        _NORMATIVE_HEADING_RE.search(s.title) for s in document.section_path(sentence.section)
    ) or _announced_advice(document, sentence)


def _announced_advice(document: Document, sentence: Sentence) -> bool:
    """Whether the sentence opening a section over this one announces the writer's advice
    (由此可得到以下几点启示。, 本文提出如下建议：): what the section goes on to say
    recommends, as under a heading of 对策; the announcing sentence itself is none.

    Why: a paper's closing section (结语, 讨论) carries no heading that marks it normative,
    yet its numbered items after such a lead advise their parties."""
    for section in document.section_path(sentence.section):
        opening = _section_opening(document, section, sentence)
        if (
            opening is not None
            and not opening.citations
            and _ADVICE_ANNOUNCED_RE.search(opening.text)
        ):
            return True
    return False


def _section_opening(document: Document, section: Section, sentence: Sentence) -> Sentence | None:
    """The first sentence after ``section``'s heading, when it comes before ``sentence``."""
    index = sentence.index
    while index > 0 and document.sentences[index - 1].start >= section.end:
        index -= 1
    opening = document.sentences[index]
    return opening if opening.index < sentence.index and opening.start >= section.end else None


#: A verb of causing opening the act, perhaps after the means (通过某机制导致…, 引发…).
_CAUSED_EFFECT_RE = re.compile(
    rf"(?:通过[^，,。；;]{{1,12}}?)?(?:{lang_data().alternation('causing_verbs')})"
)
#: Advice taken in as the act's object (从中得到一些启示, 汲取乙的建议): a lesson learnt.
_LEARNED_ADVICE_RE = re.compile(
    rf"(?:{lang_data().alternation('learning_verbs')})[^，,。；;]{{0,8}}?"
    rf"(?:{lang_data().alternation('advice_nouns')})$"
)
#: A sentence closed by naming the advice it gives (…可得出几点启示。, …建议如下：).
_ADVICE_ANNOUNCED_RE = re.compile(
    rf"(?:{lang_data().alternation('advice_nouns')})(?:如下)?[：:。.]?\s*$"
)


def _in_state_section(document: Document, sentence: Sentence) -> bool:
    """Whether a heading over the sentence announces a description (…的现状, 存在的问题)."""
    return any(_STATE_HEADING_RE.search(s.title) for s in document.section_path(sentence.section))


def _example_of_advised_act(document: Document, sentence: Sentence, duty: DutyCandidate) -> bool:
    """Whether an example marker opens the clause right before a party's own clause of
    可以, at most a frame of circumstance between (例如，甲可以…; 比如，当…时，乙可以…), in a
    text part that does not describe: no titled section, or one on recommendations
    (asked only when the party opens its own clause of 可以: ``_own_clause_leave``).

    Why: there the example names one of the acts the writer advises the party, no habit
    of parties in general; under a heading of its own that is no recommendation (…的表现)
    an example describes what parties do.
    """
    first = min(holder.start for holder in duty.holders)
    if _EXAMPLE_LEAD_RE.search(sentence.text, 0, first) is None:
        return False
    titles = [s.title for s in document.section_path(sentence.section) if s.title]
    return not titles or any(_NORMATIVE_HEADING_RE.search(title) for title in titles)


#: A frame of time or circumstance and its comma (在停电时，; 当…时，; 在…情况下，).
_CIRCUMSTANCE_FRAME = (
    f"(?:{lang_data().alternation('frame_prepositions')})[^，,。；;：:“”]{{1,20}}?"
    f"(?:{lang_data().alternation('circumstance_endings')})[，,]"
)
#: A frame naming the topic the act concerns and its comma (对于甲类人员，; 针对乙问题，).
_TOPIC_FRAME = f"(?:{lang_data().alternation('topic_prepositions')})[^，,。；;：:“”]{{1,20}}?[，,]"
#: An example marker and its comma right before a party, at most a frame of circumstance
#: or topic between (例如，; 比如，在…情况下，; 比如，对于…，).
_EXAMPLE_LEAD_RE = re.compile(
    rf"(?:{lang_data().alternation('example_markers')})[，,]\s*"
    rf"(?:(?:{_CIRCUMSTANCE_FRAME}|{_TOPIC_FRAME})\s*)?$"
)


def _framed_as_no_leave(text: str, duty: DutyCandidate) -> bool:
    """Whether a party's 可以 stands after a view, a finding, a cause or a result before
    the party (某人认为，甲可以…; 研究证实，乙可以…; 这样丙可以…), or after a phrase of
    means opening the sentence (通过某项措施，丁可以…): what someone thinks or what a means
    lets the party do, also in a section of recommendations (使乙可以…, 从而乙可以…: what
    an act makes the party able to do, a result)."""
    if duty.modality is not Modality.MAY or not duty.holders:
        return False
    first = min(holder.start for holder in duty.holders)
    return bool(
        _NO_LEAVE_BEFORE_RE.search(text, 0, first)
        or _CAUSED_BEFORE_RE.search(text, 0, first)
        or _CAUSED_OPENS_RE.match(text, first)
        or (first and _MEANS_OPENS_RE.match(text))
    )


def _own_clause_leave(text: str, duty: DutyCandidate) -> bool:
    """Whether a party of a 可以 (or 不能) duty opens its own clause, after at most
    connectives (…，但甲可以…; 如果…，乙可以…; 为此，丙可…; …，但丁不能…; before 不能 a
    clause before the party's needs a connective: 由于…，甲不能… is an inability), as the
    modal's subject with only adverbs between (甲还可以…, 乙都可…), no state already
    reached before it (某处已经开通热线，乙可以…), no adverb of result (这样丁就可以…), no
    manner of ease after the modal (戊可以轻松…) and no amount right after the verb
    (己可容纳三百人). A view, a cause or a means before the party is refused before this
    is asked (``_framed_as_no_leave``).

    Why: in a paper or a commentary, a party that heads its clause as the own subject of
    可以 is given leave or advice, also after a condition (the case the leave is for);
    what a thing or a state of things lets a party do, or what someone thinks it can do,
    is no leave.
    """
    if duty.modality not in _OWN_MODAL_RES or not duty.holders:
        return False
    if duty.rule != CHAIN_RULE and _CAPACITY_ACT_RE.match(duty.duty):
        return False  # 甲可容纳三百人: an amount right after the verb, a capacity
    first = min(holder.start for holder in duty.holders)
    modal = _OWN_MODAL_RES[duty.modality].match(text, max(h.end for h in duty.holders))
    if modal is None or _ABILITY_MANNER_RE.match(text, modal.end()):
        return False
    opens = clause_opening(text, first, "，,；;：:")
    lead = _CLAUSE_LEAD_RE.fullmatch(text, opens, first)
    if lead is None or (duty.modality is Modality.MUST_NOT and opens and not lead.group().strip()):
        return False  # 由于经费有限，甲不能…: after a clause of cause, 不能 is an inability
    return not _PERFECTIVE_RE.search(text, 0, first) and not HABITUAL_ADVERB_RE.search(
        text, 0, modal.start()
    )


#: 可/可以 (not 可能, a likelihood) or 不能 right after its subject, only adverbs between
#: that keep it a leave or a prohibition (还, 都, 仍).
_OWN_MODAL_RES = {
    modality: re.compile(f"(?:{lang_data().alternation('subject_modal_adverbs')})*(?:{modal})")
    for modality, modal in ((Modality.MAY, "可以|可(?!能)"), (Modality.MUST_NOT, "不能"))
}
#: What may open a clause before its subject: connectives and openers of an inference
#: (但, 因此, 为此).
_CLAUSE_LEAD_RE = re.compile(
    r"(?:\s*(?:"
    f"{lang_data().alternation('connectives')}|{lang_data().alternation('inference_openers')}"
    r"))*\s*"
)
#: A phrase of means opening the sentence (通过某功能，…; 借助某平台，…).
_MEANS_OPENS_RE = re.compile(rf"\s*(?:{lang_data().alternation('means_prepositions')})")
#: Before a party, a verb of view or finding, or a result demonstrative, that closes its
#: clause or stands right before the party (某人认为，…; 研究证实甲…; 这样，乙…): what the
#: party can do is someone's view or a result. (A verb inside a clause of its own, 如发现…,
#: is a condition; 这样的 a determiner.)
_NO_LEAVE_BEFORE_RE = re.compile(
    f"(?:{lang_data().alternation('opinion_verbs')}|{lang_data().alternation('report_verbs')}"
    f"|{lang_data().alternation('result_demonstratives')})"
    r"(?=[，,：:“\"]|$)"
)


def _exercises_an_act(text: str, duty: DutyCandidate) -> bool:
    """Whether a party's 可以 opens an act on others or on a legal relation, or a measure
    (甲可以解除合同, 乙可向丙申请复议, 丙可对设施进行维修), not in someone's view (某人
    认为，甲可以…).

    Why: outside a regulation 可以 mostly says what is possible (甲可以帮助乙…, 甲可以
    成为…); an act that grants, ends, limits or applies, or acts on another party, is
    what a rule lets that party do or what the writer proposes it do."""
    if _EXERCISED_ACT_RE.search(duty.duty) is None or _OPINION_RE.search(text, 0, duty.start):
        return False
    # 使乙可以…, 从而乙可以… (a result) is refused before, by ``_framed_as_no_leave``
    return not _PERFECTIVE_RE.search(text, 0, duty.start)  # 甲已经建立了平台，乙可以…


#: An act of leave near the start of a 可以 duty, after at most a short frame that is no
#: beneficiary or agent (为乙, 由乙) or a longer means (通过甲系统的多个入口提交…), or
#: after 向/对 and the party acted on (then also the light verb 进行: 对乙进行检查, which
#: alone at the start acts on no one).
_EXERCISED_ACT_RE = re.compile(
    f"^[^，,。；;为由]{{0,8}}?(?:{lang_data().alternation('exercised_acts')})"
    f"|^(?:{lang_data().alternation('means_prepositions')})[^，,。；;为由]{{1,14}}?"
    f"(?:{lang_data().alternation('exercised_acts')})"
    f"|^[^，,。；;为由]{{0,10}}?[向对][^，,。；;]{{1,16}}?"
    f"(?:{lang_data().alternation('exercised_acts')}|进行)"
)

#: A consequence opener right before a party, or opening what was read as its name
#: (使乙, 使得乙, 从而乙).
_CAUSED_BEFORE_RE = re.compile(f"(?:{lang_data().alternation('consequence_openers')})$")
_CAUSED_OPENS_RE = lang_data().regex("consequence_openers")
#: An adverb reporting what has already come about (已经).
_PERFECTIVE_RE = lang_data().regex("perfective_adverbs")


def _describes(text: str, duty: DutyCandidate) -> bool:
    """Whether an example or habit marker qualifies the duty's own clause: one before
    its end and outside brackets (例如，甲可以…; 甲通常要…), a habit only in the clause of
    the duty's named party (甲往往…，乙可以… is 乙's leave), not one in a bracketed aside
    (当…时（比如…），甲可以…) or in a later clause that illustrates the act (甲可以…，例如…),
    nor one opening a clause right before a modal of its own (甲可以…，例如可以…): that
    example is one more act of the party's, so it is blanked like a bracketed aside."""
    text = _EXAMPLE_ACT_RE.sub(_blank, _BRACKETED_RE.sub(_blank, text[: duty.end]))
    if _EXAMPLE_MARKER_RE.search(text):
        return True
    # a habit qualifies its own clause's verb: 甲往往…，乙可以… leaves 乙's leave as it is
    own = clause_opening(text, duty.holders[0].start) if duty.holders else 0
    return HABITUAL_ADVERB_RE.search(text, own) is not None


def _blank(match: re.Match[str]) -> str:
    """The matched text as spaces, so offsets after it stay where they were."""
    return " " * len(match.group())


#: A bracketed aside (（比如…）, (e.g. …)).
_BRACKETED_RE = re.compile(r"[（(][^（()）]*[)）]")
#: An example marker after a clause and right before a modal of its own (甲可以…，例如可
#: 将…): the example is one more act the party may do, no description of what it does.
_EXAMPLE_ACT_RE = re.compile(
    rf"(?<=[，,])\s*(?:{lang_data().alternation('example_markers')})"
    rf"(?=[，,]?\s*(?:{lang_data().alternation('plain_modals')}))"
)


def _party_leads(text: str, duty: DutyCandidate) -> bool:
    """Whether the party of a 可以 duty opens its sentence, after at most a short opener
    (此外，甲可以…), and 可 follows it at once or after an adverbial of capacity,
    setting or means (甲作为主办方，可以…; 乙在…基础上，可以…; 丙通过…，可以…).

    Why: outside a regulation, a sentence that starts with the party and goes on with
    what it can do proposes that party's acts (the recommending voice of an essay or a
    paper's discussion); a 可以 after a clause of its own (甲建立…，可以…) or after
    a condition or a report (如果…，甲可以…; 某人指出，甲可以…) describes an effect
    or a view. Only outside titled sections (a commentary without headings, a text's
    lead): a section's heading tells whether its part describes (…的现状) or
    recommends (…的对策)."""
    opening = _opening_parties(text, duty)
    if opening is None:
        return False
    modal = text.find("可", opening[0].end)
    if modal < 0:
        return False
    between = text[opening[0].end : modal]
    return not re.search("[，,；;：:]", between) or _ADVERBIAL_OPENER_RE.match(between) is not None


#: Adverbs between a subject and its modal (甲还可以…).
_PRE_MODAL_ADVERBS_RE = re.compile(f"(?:{lang_data().alternation('pre_modal_adverbs')})*")


#: Connectives that may open a sentence before its subject (此外, 同时).
_CONNECTIVES = lang_data().word_set("connectives")


def _subject_right_before(text: str, duty: DutyCandidate) -> bool:
    """Whether a party opening its sentence is the grammatical subject of a 不能 right
    after it, only adverbs between (此外，乙不能只…): a prohibition. Only a connective may
    open the sentence: after a clause of cause (由于…，乙不能…) it says what 乙 is unable
    to do. (A party's own 可以 is read by ``_own_clause_leave``, which also finds the party
    heading a later clause.)

    Why: in a paper's titled sections 不能 mostly says what cannot happen; a party named
    as the modal's own subject forbids that party's act as the writer's advice.
    """
    opening = _opening_parties(text, duty)
    if opening is None:
        return False
    first, last = opening
    opener = text[: first.start].rstrip("，, ")
    if opener and opener not in _CONNECTIVES:
        return False  # 由于经费有限，甲不能…: what a cause keeps 甲 from, an inability
    modal = text.find("不能", last.end)
    return modal >= 0 and _PRE_MODAL_ADVERBS_RE.fullmatch(text, last.end, modal) is not None


def _opening_parties(text: str, duty: DutyCandidate) -> tuple[Party, Party] | None:
    """The first and the last of a 可以 duty's parties when they open its sentence (after
    at most a short opener, no condition) and its act is no capacity (甲可容纳三百人: an
    amount) or ability (甲可以很快…: a manner of ease); else None."""
    if not duty.holders or _AMOUNT_RE.search(duty.duty):
        return None
    first = min(duty.holders, key=lambda holder: holder.start)
    if not _SHORT_OPENER_RE.fullmatch(text, 0, first.start) or _CONDITION_RE.match(text):
        return None

    if _ABILITY_MANNER_RE.match(text, duty.start):
        return None
    return first, max(duty.holders, key=lambda holder: holder.end)


#: Nothing, or a short opener and its comma (此外，; 今后，) before a sentence's subject,
#: then perhaps a frame of time or circumstance (在停电时，; 当…时，).
_SHORT_OPENER_RE = re.compile(f"(?:[^，,。；;：:“”]{{1,6}}[，,])?(?:{_CIRCUMSTANCE_FRAME})?")
#: A condition or concession opening the sentence (如果…，; 虽然…，).
_CONDITION_RE = re.compile(
    f"(?:{lang_data().alternation('conditional_conjunctions')}"
    f"|{lang_data().alternation('conceding_conjunctions')})"
)
#: A degree or ease word that opens the act after 可以 (很快, 更好地, 轻松).
_ABILITY_MANNER_RE = lang_data().regex("ability_manners")
#: 不仅 + 可/能 (甲不仅可以…): the first half of a frame listing what a party is able to do.
_ADDITIVE_ABILITY_RE = re.compile(
    f"(?:{lang_data().alternation('additive_frame_openers')})[^，,。；;]{{0,4}}?[可能]"
)


def _ability(text: str, duty: DutyCandidate) -> bool:
    """Whether a 可以 duty says what its party is able to do, no leave: its act opens with
    a manner of degree or ease (甲可以有效减少…, 甲可以更好地…), or the modal stands in a
    frame of 不仅 + 可以 (甲不仅可以…，还能…), whose halves list benefits."""
    if duty.modality is not Modality.MAY:
        return False
    if _ABILITY_MANNER_RE.match(duty.duty) or _RESULT_MAY_RE.search(text, 0, duty.start):
        return True
    if _LEARNED_ADVICE_RE.search(duty.duty):
        return True  # 甲可从中得到启示: what the party can learn
    if _CAUSED_EFFECT_RE.match(duty.duty):
        return True  # 甲可导致乙后果: a possible effect, no leave
    frame = _ADDITIVE_ABILITY_RE.search(text, 0, duty.end)
    return frame is not None and frame.start() <= duty.start


#: A result demonstrative right before 可以: what the act just named makes possible (甲开设
#: 专栏，这样就可以吸引读者), a result, no leave.
_RESULT_MAY_RE = re.compile(
    f"(?:{lang_data().alternation('result_demonstratives')})"
    r"(?:一来)?[，,]?(?:就|也|便|才)?(?:可以|可)\s*$"
)
#: An amount (三百, 20): what a party can hold or reach, a capacity.
_AMOUNT_RE = re.compile(r"\d|[一二三四五六七八九两][十百千万]")
#: An amount right after a two-character verb opening the act (容纳三百人, 达到90%): a
#: capacity, not a measure with a time or a quantity later in it (在术前6小时进食…).
_CAPACITY_ACT_RE = re.compile(rf"[\u4e00-\u9fff]{{2}}(?:{_AMOUNT_RE.pattern})")
#: An adverbial of capacity, setting or means right after a subject (作为…，; 通过…，).
_ADVERBIAL_OPENER_RE = re.compile(
    f"(?:{lang_data().alternation('subject_adverbials')}"
    f"|{lang_data().alternation('adverbial_openers')})"
)


#: Verbs of telling or directing a person (告诉, 提醒).
_ADDRESSING_VERBS = lang_data().words("addressing_verbs")


def _not_addressees(duty: str, holders: Holders) -> Holders:
    """The holders but those a duty addresses as its first object (告诉甲…: 甲 is told).

    Why: a duty opening with a verb of telling (应告诉住户…，提醒住户…) is the unnamed
    speaker's; the party told, or a party whose name ends in the one told (老年住户),
    does not tell itself.
    """
    verb = next((v for v in _ADDRESSING_VERBS if duty.startswith(v)), "")
    if not verb:
        return holders
    told = duty[len(verb) :]
    return tuple(
        h for h in holders if not any(told.startswith(h.text[i:]) for i in range(len(h.text) - 1))
    )


#: A recommendation that introduces the clause holding the modal (专家建议，…; 呼吁：…),
#: or opens a clause before the party and its modal (由此提示甲方可…，…; 这提示乙可以…).
_RECOMMENDATION_RE = re.compile(
    rf"(?:{lang_data().alternation('recommending_verbs')})[，,：:]"
    rf"|(?:^|[，,；;：:])(?:{lang_data().alternation('recommendation_openers')})?"
    rf"(?:{lang_data().alternation('recommending_verbs')})"
)
#: A verb of proposing right before a directive (提出鼓励甲…, 建议引导乙…).
_PROPOSED_DIRECTIVE_RE = re.compile(
    rf"(?:{lang_data().alternation('proposing_verbs')})[，,：:]?(?:要)?"
    rf"(?:{lang_data().alternation('fostering_verbs')})"
)
#: A modal of advice (not of leave) that opens the clause right before the one of an
#: encouragement, or right before its verb of fostering (…，要…，鼓励甲…; 乙要引导甲…):
#: the encouragement is advice too.
_STRONG_MODAL = (
    rf"(?:{lang_data().alternation('pre_modal_adverbs')})*"
    rf"(?!可)(?:{lang_data().alternation('plain_modals')})"
)
_DIRECTED_FOSTERING_RE = re.compile(
    rf"(?:^|[，,；;：:]){_STRONG_MODAL}[^，,；;：:。]*[，,；;：:][^，,；;：:。]*$"
    rf"|{_STRONG_MODAL}(?:{lang_data().alternation('fostering_verbs')})"
)
#: A phrase of means that may open a directive (通过某渠道，引导甲…; 可以借助某方式，鼓励乙…;
#: 采取某办法，还引导丙…): it says how the writer's directive is carried out and names no
#: encourager. A modal glued to the phrase and the verb with no comma between (可借助某方式
#: 鼓励乙…) is read as the modal's own clause before this pattern is asked, so no row.
#: Wider than the chained means of ``responsibilities._CHAINED_MEANS_MAX`` (12 characters,
#: 通过/借助 only, no comma) on purpose: that phrase sits inside a clause after a named
#: party's duty, where a long span or a verb of means (采取…) is more often an act of its
#: own; this one opens the sentence, where no other act precedes the directive.
_MEANS_OPENER = (
    rf"(?:{lang_data().alternation('plain_modals')})?"
    rf"(?:{lang_data().alternation('means_prepositions')}|{lang_data().alternation('means_verbs')})"
    rf"[^，,。；;：:、]{{1,20}}?[，,]?(?:{lang_data().alternation('pre_modal_adverbs')})*"
)
#: A verb of fostering that opens a sentence, after at most an item number, a short
#: connective and its comma, a modal and a phrase of means (引导甲…; 同时，鼓励乙…; 应鼓励丙…;
#: （2）鼓励丁…; 通过某渠道，引导戊…): no encourager is named, so the writer directs; a
#: "；"-part opening so (also after a means phrase) after a part whose named party bears a
#: duty is that party's directive (``_part_directive``).
_OPENING_DIRECTIVE_RE = re.compile(
    rf"\s*(?:{ITEM_NUMBER})?\s*(?:[\u4e00-\u9fff]{{1,4}}[，,])?(?:{_STRONG_MODAL})?"
    rf"(?:{_MEANS_OPENER})?(?P<verb>{lang_data().alternation('fostering_verbs')})"
)


def _opens_with_directive(text: str, duty: DutyCandidate) -> bool:
    """Whether the encouragement's verb opens the sentence and its first party follows
    it at once (鼓励甲…, not 鼓励在…的甲…): a directive of the writer's, which the
    guidelines give to the party directed, also in an essay (引导公众理性表达). So does
    one that opens a later clause of a sentence the writer's directive opens (支持甲…，
    鼓励乙…): the chain of measures goes on."""
    match = _OPENING_DIRECTIVE_RE.match(text)
    if match is None:
        return False
    first = duty.holders[0].start
    if _directs(text, match.end(), first):
        return True
    chained = _FOSTERING_VERB_RE.match(text, clause_opening(text, first, "，,；;"))
    return chained is not None and _directs(text, chained.end(), first)


def _directs(text: str, verb_end: int, party: int) -> bool:
    """Whether the directive's verb ending at ``verb_end`` addresses the party starting at
    ``party``: right after it, or after a relative clause that only picks out which of
    the kind it addresses (鼓励有条件的甲企业…; lang qualifying_relatives)."""
    if party == verb_end:
        return True
    return QUALIFYING_RELATIVE_RE.fullmatch(text, verb_end, party) is not None


#: A fostering verb opening a clause (，鼓励乙…), spaces before it.
_FOSTERING_VERB_RE = re.compile(rf"\s*(?:{lang_data().alternation('fostering_verbs')})")


#: A modal right after a marker that numbers a step (首先，要…; 其次也要…; 二是可以…).
_ENUMERATED_STEP_RE = re.compile(
    rf"(?:^|[，,：:；;])\s*(?:{lang_data().alternation('enumerating_markers')})[，,、]?\s*"
    rf"(?:{lang_data().alternation('pre_modal_adverbs')})*"
    rf"(?:{lang_data().alternation('plain_modals')})"
)
#: A sentence that reports what a rule says (办法规定，…; 新规明确，…): its modals are norms
#: even in a news report or an essay.
_RULE_SHORT_NAME = f"(?:{lang_data().alternation('rule_short_names')})"
_REPORTED_RULE_RE = re.compile(
    rf"^[^。；]{{0,12}}?{_RULE_SHORT_NAME}》?"
    rf"(?:{lang_data().alternation('additive_adverbs')})?"
    rf"(?:{lang_data().alternation('stipulating_verbs')})"
    # 《规定》还对主管部门的职责作了规定
    rf"|^[^。；]{{0,12}}?{_RULE_SHORT_NAME}》?"
    rf"[^。；]{{0,24}}?(?:{lang_data().alternation('making_verbs')})(?:了|出了?)[^。；]{{0,6}}?"
    rf"(?:{lang_data().alternation('arrangement_nouns')})"
)


def _reports_a_rule(document: Document, sentence: Sentence) -> bool:
    """The sentence, or the one opening its paragraph before it, reports a rule."""
    if _REPORTED_RULE_RE.search(sentence.text):
        return True
    while (continued := _continued(document, sentence)) is not None:
        sentence = continued  # the "；"-parts of one sentence share its report
        if _REPORTED_RULE_RE.search(sentence.text):
            return True
    if sentence.index == 0:
        return False
    before = document.sentences[sentence.index - 1]
    between = document.text[before.end : sentence.start]
    return "\n" not in between and _REPORTED_RULE_RE.search(before.text) is not None


#: Titles of normative documents (rules, guidelines, measures, notices).
_NORMATIVE_TITLE_RE = lang_data().regex("normative_titles")
#: Headings of the normative parts of an essay: recommendations and duties.
_NORMATIVE_HEADING_RE = lang_data().regex("normative_heading_words")
#: Words of a heading announcing a description (…的现状, 存在的问题).
_STATE_HEADING_RE = lang_data().regex("state_heading_words")
#: A verb of opinion (认为): what follows is a view, not a recommendation.
_OPINION_RE = lang_data().regex("opinion_verbs")
#: Sentences that give examples (or habits: HABITUAL_ADVERB_RE) describe what parties can do.
_EXAMPLE_MARKER_RE = lang_data().regex("example_markers")


def _worth_reading(text: str) -> bool:
    # the cue test last: it is the slow one (``holds_cue`` answers as RELATION_CUE_RE)
    # (a lead-in announcing a list names the party of the items after it)
    return bool(
        TRIGGER_RE.search(text)
        or _DUTY_NOUN_RE.search(text)
        or _DESCRIBED_LIST_RE.search(text)
        or holds_cue(cue_table(), text)
    )


class _Read:
    """A sentence as the extraction components read it: its text and the ``user_data``
    its Doc would hold (token spans, body start, then the components' findings).

    Why: building a spaCy Doc costs about as much per word as segmenting the text, and
    the components read nothing of a Doc but its ``user_data``; where the pipeline holds
    them alone and its tokenizer gives the spans, ``extract`` runs them on this instead.
    """

    __slots__ = ("text", "user_data")

    def __init__(self, text: str, spans: list[Token]) -> None:
        self.text = text
        self.user_data: dict[Any, Any] = {TOKEN_SPANS: spans}


#: What the components are called on: a Doc, or a ``_Read`` where ``extract`` needs no Doc.
DocT = TypeVar("DocT", Doc, _Read)


def _read_sentences(
    nlp: Language, texts: Sequence[str], bodies: Sequence[int]
) -> Iterable[Doc | _Read]:
    """Each text through the pipeline's components, its body start marked: spaCy's
    ``pipe`` over Docs, or the extraction components called in turn, on a ``_Read``
    where the tokenizer gives the spans (a Doc where not), if the pipeline holds only them."""
    components = [component for _, component in nlp.pipeline]
    ours = (StakeholderRecognizer, ResponsibilityRecognizer)
    if not all(isinstance(component, ours) for component in components):
        return nlp.pipe(_with_bodies(nlp, texts, bodies))
    return _read_directly(nlp, components, texts, bodies)


def _read_directly(
    nlp: Language, components: list[Any], texts: Sequence[str], bodies: Sequence[int]
) -> Iterator[Doc | _Read]:
    for text, body in zip(texts, bodies, strict=True):
        spans = token_spans(nlp, text)
        doc: Doc | _Read = _Read(text, spans) if spans is not None else nlp.make_doc(text)
        _mark_body(doc, text, body)
        for component in components:
            doc = component(doc)
        yield doc


def _with_bodies(nlp: Language, texts: Sequence[str], bodies: Sequence[int]) -> Iterable[Doc]:
    """Tokenise each text and mark where its body starts, before the components run."""
    for text, body in zip(texts, bodies, strict=True):
        doc = nlp.make_doc(text)
        _mark_body(doc, text, body)
        yield doc


def _mark_body(doc: Doc | _Read, text: str, body: int) -> None:
    """Keep the text and where its body starts on the Doc, for the components."""
    ext = _Ext(doc)
    ext.zhkg_body = body
    ext.zhkg_text = text


#: A text read from its words alone: the text and its token spans (``_tokens`` of its Doc).
Segmented = tuple[str, list[Token]]


def _segmented(nlp: Language, text: str) -> Segmented:
    """``text`` and its tokens as the pipeline segments it, without running its
    components, nor building a Doc where the tokenizer gives the spans alone."""
    spans = token_spans(nlp, text)
    if spans is not None:
        return text, _unglued_modals(text, spans)
    doc = nlp.make_doc(text)
    _Ext(doc).zhkg_text = text
    return text, _tokens(doc)


def _shift(tokens: Sequence[Token], offset: int) -> list[Token]:
    return [(s - offset, e - offset) for s, e in tokens if s >= offset]


def _shifted(duty: DutyCandidate, offset: int) -> DutyCandidate:
    holders = tuple(
        Party(p.text, p.label, p.cls, p.start + offset, p.end + offset) for p in duty.holders
    )
    return DutyCandidate(
        holders,
        duty.duty,
        duty.modality,
        duty.rule,
        duty.confidence,
        duty.start + offset,
        duty.end + offset,
        duty.ambiguous,
        duty.zero,
    )


def _resolve(
    duty: DutyCandidate,
    context: _Context,
    scope: int | None,
    sentence: Sentence,
    regulation: bool,
    *,
    bridges: Callable[[Holders], bool] | None = None,
) -> tuple[Holders, str]:
    """A zero subject's holder: previous holder in the article/section, else the heading's
    party. ``bridges`` is asked (only when ``_carried`` says no: it analyses the sentences
    between again) whether only subjectless predicates stand between the holder's sentence
    and this one."""
    if duty.zero == "other" and not regulation:
        # a non-party subject (合作各方可以…) is no row, unless the section's heading names
        # the party the whole section addresses (（二）访客。… 每次来访不得超过3人)
        heading = context.party_addressed(sentence.section) or _named_before(
            context.party_of_heading(sentence.section), sentence.text[: duty.start]
        )
        return (heading, "zero-subject.heading") if heading else ((), "")
    previous = context.last.get(scope)
    # a run of subjectless sentences goes on with the topic the one before it took
    # (甲应当…。要…。要…: the second 要 takes the holder the first took)
    taken = context.last_taken.get(scope, -1)
    if previous and (
        _carried(context.document, previous, taken, sentence, regulation)
        or (bridges is not None and bridges(previous))
    ):
        if (
            regulation
            and duty.zero == "other"
            and not _thing_of_holder(duty, previous, sentence, context.document)
        ):
            return previous, _THING_DUTY  # 灭火器应当放置在…: what a thing must be
        return previous, "zero-subject.article" if regulation else "zero-subject.previous"
    heading = context.party_of_heading(sentence.section)
    if heading:
        return heading, "zero-subject.heading"
    return (), ""


#: The rule of a regulation's duty whose subject is a thing, which the party named
#: before does not bear (``_thing_of_holder``): no row, though that party stays the topic
#: and the actor of the sentence's relations (经费应当公开，并接受乙的监督).
_THING_DUTY = "zero-subject.thing"
#: The rule of a paper's subjectless duty after a sentence that states a fact about a
#: party (``_states_a_fact``) when nothing else gives it a holder: no row, and no topic
#: for the sentences after it, though that party is the actor of the sentence's relations.
_FACT_TOPIC = "zero-subject.fact"
#: 是, 系 right after a sentence's opening party: the sentence defines that party (甲是…).
_DEFINING_COPULAS = tuple(lang_data().words("defining_copulas"))
#: Verbs that list what a document holds (申请书应当包括…): its maker's duty in a regulation.
_INCLUDING_VERBS = tuple(lang_data().words("including_verbs"))


def _thing_of_holder(
    duty: DutyCandidate, previous: Holders, sentence: Sentence, document: Document
) -> bool:
    """Whether a regulation's duty whose subject is a thing (灭火器应当…, 充电桩应当…)
    still binds the party named before it: one named in the same sentence or the "；"-part
    it goes on from (甲应当…；未…的，承担…) or by the sides (交接资料双方均应…), one whose
    frequency opens the clause (每次送修不得…), one whose lead-in the duty is an item of
    (甲负有下列责任：…), or the maker of a document whose contents it lists (申请书应当包括…).
    Why: otherwise a thing's duty is what the thing must be, and the party of the
    article's sentence before (乙应当配备灭火器。灭火器应当放置在…) does not bear it; in the
    generalisation texts the party bore such a duty in about a quarter of the cases."""
    source = previous[0].sentence
    before = _continued(document, sentence)
    if source == sentence.index or (before is not None and source == before.index):
        return True
    text = sentence.text
    if any(word in text[: duty.start] for word in COLLECTIVES):
        return True  # 交接资料双方均应…: the sides stand for the parties named before
    clause_start = clause_opening(text, duty.start)
    if text[clause_start : duty.start].lstrip().startswith("每"):
        return True  # 每次送修不得…: a frequency, the party's act
    if document.sentences[source].text.rstrip().endswith(("：", ":")):
        return True
    return duty.duty.startswith(_INCLUDING_VERBS)


def _named_before(holders: Holders, text: str) -> Holders:
    """``holders`` if each is named in ``text`` (the sentence before its duty: 甲方开展乙
    业务应…, the party opening a subject that is its activity), else none."""
    return holders if holders and all(h.text in text for h in holders) else ()


#: Word classes of a noun opening a clause as its subject (a place: 甲省要…, no elided party).
_THING_OPENING = ("n", "nz", "ns")
#: Demonstratives opening a subject (该方案, 这些措施), not a distributive (每次来访).
_DEMONSTRATIVE_RE = lang_data().regex("subject_demonstratives")


def _thing_opens_clause(text: str, duty_start: int, tokens: Sequence[Token]) -> bool:
    """The clause of the trigger before ``duty_start`` opens with a noun or a demonstrative
    (课程设置要…, 该规范应…): outside a regulation its non-party subject is the thing the
    modal binds, not an elided party of the section, unlike an adverbial (在…之前要…)."""
    clause_start = clause_opening(text, duty_start)
    first = next((t for t in tokens if t[0] >= clause_start and text[t[0] : t[1]].strip()), None)
    if first is None or first[0] >= duty_start:
        return False
    word = text[first[0] : first[1]]
    if word.startswith("每"):
        return False  # 每学期不得…: a frequency, the duty of the section's party
    if word_class(word) in _THING_OPENING or _DEMONSTRATIVE_RE.match(word) is not None:
        return True
    return _noun_closes_subject(text, first[0], duty_start, tokens)


#: Word classes of the head closing a subject that names a thing or an activity (好的
#: 宣传要…: 宣传 vn), and of the words that may stand between it and the trigger's end.
_THING_HEADS = ("n", "nz", "vn")
_BEFORE_TRIGGER = ("d", "c")
#: Word classes opening a clause with no subject (a preposition, a verb).
_NOT_OPENING = ("p", "v")
_FRAME_ENDINGS = frozenset(lang_data().words("frame_endings"))


def _noun_closes_subject(text: str, start: int, duty_start: int, tokens: Sequence[Token]) -> bool:
    """The words before the trigger from ``start`` (no preposition opening them) close
    with a noun or a verbal noun, only adverbs between it and the trigger (良好的宣传
    应该…, 良好的服务并不一定要…): the subject is that thing or activity, no elided party."""
    words = [text[a:b] for a, b in tokens if start <= a and b <= duty_start]
    words = [word for word in words if word.strip()]
    if len(words) < _SUBJECT_AND_TRIGGER or word_class(words[0]).startswith(_NOT_OPENING):
        return False  # 对甲…要, 遇到乙应: an object fronted, an act's condition
    index = len(words) - 2  # the last word is the trigger
    while index > 0 and word_class(words[index]).startswith(_BEFORE_TRIGGER):
        index -= 1
    return (
        word_class(words[index]) in _THING_HEADS
        and words[index] not in _FRAME_ENDINGS  # 引用甲时要…: a time frame
        and not any(is_agentive_noun(word) for word in words[: index + 1])
    )


#: The fewest words of a subject and its trigger.
_SUBJECT_AND_TRIGGER = 2


def _demonstrative_opens(text: str, tokens: Sequence[Token]) -> bool:
    """The sentence opens with a demonstrative pronoun (这, 这些) as its subject: in prose a
    subjectless modal later in it (这不是一时之举，而应当…) goes on with that thing, not
    with the party of the sentence before."""
    first = next((t for t in tokens if text[t[0] : t[1]].strip()), None)
    if first is None:
        return False
    word = text[first[0] : first[1]]
    return word_class(word) == "r" and _DEMONSTRATIVE_RE.match(word) is not None


_CONCEDING_RE = lang_data().regex("conceding_conjunctions")


def _in_conceded_clause(text: str, start: int) -> bool:
    """Whether the party at ``start`` stands in a clause a conceding conjunction opens
    (…，尽管甲做了…，但…): granted in passing, it is no topic of the sentences after."""
    clause = clause_opening(text, start)
    return _CONCEDING_RE.match(text, clause) is not None


def _same_parties(some: Holders, others: Holders) -> bool:
    return {p.label for p in some} == {p.label for p in others}


#: A lead-in that addresses the list after it to a party (甲局提醒广大居民：): the verb, then
#: the party's words up to the colon that closes the sentence.
_ADVICE_LEAD_RE = re.compile(
    rf"(?:{lang_data().alternation('advice_lead_verbs')})(?P<party>[^，,。；;：:]{{1,20}})[：:]\s*$"
)


#: Words before society's broad actors that a lead-in addresses (广大村民, 全体市民).
_ADDRESSED_DETERMINERS = frozenset({"", *lang_data().words("addressed_determiners")})

#: A lead-in announcing a list (…如下：, …以下几点：), a citation mark allowed before the colon;
#: at the sentence's end, a longer one (甲公司开展下列活动的，适用本办法：).
_DESCRIBED_LIST_RE = re.compile(
    "(?:"
    + lang_data().alternation("list_intro_words")
    + r")(?:[^，。；：:]{0,6}?|[^。；：:]{0,30}?(?=[：:]\s*$))(?:\[[\d,，\-–]*\])?[：:]"
)
#: A clause giving examples (…，如…; …，例如…): the "；"-parts after it list more of them
#: (not 如果, 如何, 如此, 如同).
#: So does a description of where a thing shows itself (乙方的长处表现为：参与甲；确立乙；).
_EXAMPLES_RE = re.compile(
    rf"[，,：:]\s*(?:如|{lang_data().alternation('example_markers')})(?![果若何此同])"
    rf"|的[^，。；：的]{{1,6}}?(?:{lang_data().alternation('manifesting_verbs')})[：:]"
)
#: A clause listing what the duty before includes (…，包括制定甲，确立乙；推动丙；): with
#: a verb after it, the "；"-parts after list more of the acts; not before a colon opening
#: a list of its own (…，包括：), nor before a noun (…，包括乙费用；检修…: the objects).
_INCLUDING_RE = re.compile(rf"[，,]\s*(?:{lang_data().alternation('including_verbs')})(?![：:])")
#: Marks opening the title of a cited text (《某法》): a subject, no predicate.
_TITLE_OPENERS = ("《", "〈")
#: Word classes that open a clause with its predicate or an adverbial, not a subject.
_PREDICATE_OPENING = frozenset({"v", "vn", "vd", "p", "d", "ad", "a", "c"})

#: A connective opening the sentence or a clause of it, then within a few characters
#: the modal (因此，应当…; 此外，还要…; …很重要，因此要…).
_INFERENCE_OPENING_RE = re.compile(
    r"(?:.*[，,；;]\s*)?(?:"
    + lang_data().alternation("inference_openers")
    + r")[，,]?\s*"
    # (a frame of time or circumstance may stand before the modal: 因此在…时，要…)
    + r"(?:(?:"
    + lang_data().alternation("frame_prepositions")
    + r")[^，,。；;：:]{1,16}?(?:"
    + lang_data().alternation("circumstance_endings")
    + r")[，,]?)?[^，,。；;：:]{0,4}$"
)

#: An additive adverb right before the modal (还可以, 也要, 还应): one more act of a party.
_ADDED_MODAL_RE = re.compile(
    "(?:"
    + lang_data().alternation("additive_adverbs")
    + ")(?:"
    + lang_data().alternation("plain_modals")
    + r")\s*$"
)

#: A sentence whose subject is the study or its author (本研究分析…，为甲提供依据; 但是
#: 笔者认为…): its subjectless clauses are the study's acts or the author's advice.
_AUTHOR_OPENS_RE = re.compile(
    rf"\s*(?:(?:{lang_data().alternation('connectives')})[，,]?)?"
    rf"(?:{lang_data().alternation('self_references')})"
)
#: A sentence opening with what a text or a speaker says (通知提出，…; 会议强调：…).
_SAYING_OPENS_RE = re.compile(f"[^，。；：,;:]{{1,24}}?{SAYING_VERB}[，：,:]")
#: A sentence opened by the text it goes by (依据《某意见》，应…), the modal right after.
_CITED_BASIS_RE = re.compile(
    r"\s*(?:"
    + lang_data().alternation("adverbial_openers")
    + r")《[^》]{1,60}》[，,]\s*[^，,。；;：:]{0,4}$"
)

_IMPERSONAL_NEED_RE = re.compile(
    "(?:" + "|".join(sorted(NEED_WORDS, key=len, reverse=True)) + r")\s*$"
)


def _directed_later(
    holder: StakeholderMention,
    relation: RelationCandidate,
    sentence: Sentence,
    later: set[tuple[str, int]],
) -> bool:
    """Whether ``holder`` is a party that a cue after ``relation``'s in the same sentence
    addresses (督促甲…，鼓励乙…: 乙 does not direct 甲)."""
    if relation.subject is not None or holder.sentence != sentence.index:
        return False
    return any(label == holder.label and start > relation.start for label, start in later)


def _named_here(document: Document, holders: Holders, sentence: Sentence) -> bool:
    """Whether the paragraph up to and with ``sentence`` names any of ``holders``."""
    text = document.text
    window = text[text.rfind("\n", 0, sentence.start) + 1 : sentence.start + len(sentence.text)]
    return any(_named_in(holder.text, window) for holder in holders)


def _carried(
    document: Document, previous: Holders, taken: int, sentence: Sentence, regulation: bool
) -> bool:
    """Whether a zero subject goes on with the holder named or taken before: in a
    regulation always; in prose from the sentence right after the holder's, or in a run
    of subjectless sentences that goes on with the topic the one before it took (甲应当…。
    要…。要…, and the chain of one such sentence: 要…，再…), though a run does not cross a
    paragraph break, unless the holder is a heading's or the sentence a numbered item
    (甲应当…。要…。\n要…: the new paragraph's advice is the author's, 甲 is two sentences
    back)."""
    if regulation or not _topic_lapsed(document, previous, sentence):
        return True
    if not (taken >= previous[0].sentence and sentence.index - taken in (0, 1)):
        return False
    return (
        _in_heading(document, previous[0].start)
        or _numbered_item(document, sentence)
        or not _paragraph_between(document, taken, sentence)
    )


def _in_numbered_section_after(document: Document, sentence: Sentence, opener: Sentence) -> bool:
    """Whether ``sentence`` sits in a numbered section that opened after ``opener``, under
    its section or beside it (甲局提醒广大居民：一、…。…。二、…): the structure made each
    item a section of its own, a part or heading."""
    path = document.section_path(sentence.section)
    if not path or not path[-1].number or path[-1].start < opener.end:
        return False
    parent = path[-1].parent
    if opener.section is None or parent == opener.section:
        return True
    # the lead-in closing a section of the same level (…四、某类。…提醒居民：一、…)
    return parent == document.sections[opener.section].parent


def _numbered_item(document: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a numbered item (1.不得…), one line of a list whose lines
    all go on with the party before them."""
    path = document.section_path(sentence.section)
    if path and path[-1].kind == "item":
        return True
    return bool(list_item(sentence.text, 0, len(sentence.text)))


def _in_heading(document: Document, offset: int) -> bool:
    """Whether ``offset`` lies in a section's heading."""
    return any(section.start <= offset < section.end for section in document.sections)


def _paragraph_between(document: Document, since: int, sentence: Sentence) -> bool:
    """Whether a line break separates sentence ``since`` from ``sentence``."""
    if since < 0 or since >= sentence.index:
        return False
    return "\n" in document.text[document.sentences[since].end : sentence.start]


def _topic_lapsed(document: Document, previous: Holders, sentence: Sentence) -> bool:
    """Whether other sentences stand between a zero subject and the holder it would take,
    outside its "；"-parts (which share its topic: 首先要…；其次要…): in prose each may
    shift the topic, so the holder is no longer the antecedent (甲应当…。乙…。丙…。要…:
    the author's voice, not 甲's duty). A paragraph break between them keeps nothing
    either: a new paragraph's subjectless advice (…。\n乙…。要…) is the author's, not
    the duty of a party named paragraphs before.
    """
    before = previous[0].sentence
    while sentence.index - before > 1 and (part := _continued(document, sentence)) is not None:
        sentence = part
    return before >= 0 and sentence.index - before > 1


def _leads_items(document: Document, previous: Holders, sentence: Sentence) -> bool:
    """Whether the holder was named in the lead-in of the numbered items ``sentence`` is in:
    the last sentence before the section's first item (甲要加强领导。\n1.严格标准。督促乙…
    \n2.强化联动。加强与丙…): every item goes on with the lead-in's party, whatever the
    items' run-in titles and bodies put between them."""
    path = document.section_path(sentence.section)
    if len(path) < 2 or path[-1].kind != "item" or previous[0].sentence < 0:
        return False
    lead = document.sentences[previous[0].sentence]
    if lead.section != path[-2].index:
        return False
    first = min(
        (s.start for s in document.sections if s.parent == lead.section and s.kind == "item"),
        default=-1,
    )
    following = (
        document.sentences[lead.index + 1] if lead.index + 1 < len(document.sentences) else None
    )
    return first >= lead.end and following is not None and following.start >= first


#: A demonstrative before a party's name: one pointing back (该小组) or naming a kind
#: (这样一个联盟); two characters of name at least must follow.
_DEMONSTRATIVE_NAME_RE = re.compile(
    "^(?:(?P<kind>{}|{})|(?P<back>{}))(?=.{{2}})".format(
        lang_data().alternation("kind_demonstratives"),
        COUNT_PREFIX,  # 一名代表: a count names no other party than the name after it
        lang_data().alternation("anaphoric_demonstratives"),
    )
)
#: A demonstrative pointing back right before a party read without it (…，该|小组…),
#: opening its clause: after a character of a word it may end that word (因此|部门).
_DEMONSTRATIVE_BEFORE_RE = re.compile(
    "(?<![\u4e00-\u9fff])(?:{})$".format(lang_data().alternation("anaphoric_demonstratives"))
)
#: How far before a name such a demonstrative may start: its longest word and a line break
#: (``$`` holds before one); the search starts there, its lookbehind sees the text before.
_DEMONSTRATIVE_REACH = max(map(len, lang_data().words("anaphoric_demonstratives")), default=0) + 1
#: How many sentences back a demonstrative's party may have been named.
_ANAPHORA_SENTENCES = 2


class _Builder:
    """Turns sentence-local findings into model objects with document offsets."""

    def __init__(self, document: Document, categories: CategoryMatcher) -> None:
        self.document = document
        self.categories = categories
        self.mentions: dict[tuple[int, int], StakeholderMention] = {}
        self.responsibilities: list[ResponsibilityStatement] = []
        self.relations: list[StakeholderRelation] = []
        self.relation_keys: set[tuple[int, str, RelationKind, str]] = set()

    def anchored(self, party: Party, sentence: Sentence) -> StakeholderMention:
        """The mention of a sentence-local party, in document offsets."""
        start = sentence.start + party.start
        end = sentence.start + party.end
        mention = self.mentions.get((start, end))
        if mention is None or mention.text != party.text:
            mention = StakeholderMention(
                party.text, party.label, party.cls, start, end, sentence.index
            )
        reach = max(0, party.start - _DEMONSTRATIVE_REACH)
        if _DEMONSTRATIVE_BEFORE_RE.search(sentence.text, reach, party.start):
            # 该|研究院 read without its demonstrative: still the party named before
            return self._earlier(mention, mention.text) or mention
        return self._without_demonstrative(mention)

    def _earlier(self, mention: StakeholderMention, bare: str) -> StakeholderMention | None:
        """The nearest party named before ``mention``, in its sentence or just before,
        whose name ends in ``bare`` and is longer (该小组 → 甲协调小组), if any."""
        earlier = [
            other
            for other in self.mentions.values()
            if other.end <= mention.start
            and other.sentence >= mention.sentence - _ANAPHORA_SENTENCES
            and len(other.text) > len(bare)
            and other.text.endswith(bare)
            and _DEMONSTRATIVE_NAME_RE.match(other.text) is None
        ]
        return max(earlier, key=lambda other: other.end) if earlier else None

    def _without_demonstrative(self, mention: StakeholderMention) -> StakeholderMention:
        """该小组 → 甲协调小组, the nearest party named before, in the same sentence or
        just before, whose name ends in the words after 该; else 小组 alone. A
        demonstrative naming a kind (这样一个联盟) is dropped and resolves to none."""
        match = _DEMONSTRATIVE_NAME_RE.match(mention.text)
        if match is None:
            return mention
        bare = mention.text[match.end() :]
        if match.lastgroup == "back":
            earlier = self._earlier(mention, bare)
            if earlier is not None:
                return earlier
        label = mention.label
        label = label[match.end() :] if label.startswith(match[0]) else label
        return StakeholderMention(
            bare,
            label or bare,
            mention.cls,
            mention.start + match.end(),
            mention.end,
            mention.sentence,
        )

    def mention(self, party: Party, sentence: Sentence) -> None:
        mention = self.anchored(party, sentence)
        self.mentions.setdefault((mention.start, mention.end), mention)

    def responsibility(
        self, holder: StakeholderMention, duty: DutyCandidate, rule: str, sentence: Sentence
    ) -> None:
        self.responsibilities.append(
            ResponsibilityStatement(
                holder=holder,
                duty=duty.duty,
                modality=duty.modality,
                category=self.categories.categorise(duty.duty),
                sentence=sentence.index,
                confidence=duty.confidence if rule == duty.rule else min(duty.confidence, 0.6),
                rule=rule,
            )
        )

    def relation(
        self,
        relation: RelationCandidate,
        sentence: Sentence,
        zero_subject: Holders = (),
        *,
        objects: Holders = (),
    ) -> None:
        """Add a relation; one without a subject takes the sentence's resolved zero subject,
        one whose object is the zero subject (``zero_object``) takes ``objects``."""
        if relation.zero_object and relation.subject is not None:
            for obj in objects:
                self._relation(
                    relation, sentence, (self.anchored(relation.subject, sentence),), obj
                )
            return
        if relation.subject is not None:
            subjects: Holders = (self.anchored(relation.subject, sentence),)
        else:
            subjects = zero_subject
        self._relation(relation, sentence, subjects, self.anchored(relation.object, sentence))

    def _marked_other(self, obj: StakeholderMention) -> bool:
        """Whether a mark of another party stands right before the object's name (甲智库
        为其他|智库提供…): the name was read without it, yet it names no party the subject
        is."""
        text = self.document.text
        return any(text.endswith(mark, 0, obj.start) for mark in OTHER_PARTY_MARKS)

    def _relation(
        self,
        relation: RelationCandidate,
        sentence: Sentence,
        subjects: Holders,
        obj: StakeholderMention,
    ) -> None:
        for subject in subjects:
            key = (sentence.index, subject.label, relation.kind, obj.label)
            if key in self.relation_keys:
                continue  # one relation per sentence, ends and type (its IRI)
            self.relation_keys.add(key)
            if relation.kind.symmetric:
                self.relation_keys.add((sentence.index, obj.label, relation.kind, subject.label))
            if (not same_party(subject.text, obj.text) or self._marked_other(obj)) and can_be_end(
                subject.text
            ):
                self.relations.append(
                    StakeholderRelation(
                        subject=subject,
                        kind=relation.kind,
                        object=obj,
                        sentence=sentence.index,
                        confidence=relation.confidence,
                        rule=relation.rule,
                        modality=relation.modality,
                        start=sentence.start + relation.start if relation.start >= 0 else -1,
                        end=sentence.start + relation.end if relation.end >= 0 else -1,
                    )
                )

    def build(self) -> Extraction:
        mentions = tuple(sorted(self.mentions.values(), key=lambda m: (m.start, m.end)))
        return Extraction(
            document=self.document,
            mentions=mentions,
            responsibilities=tuple(self.responsibilities),
            relations=tuple(self.relations),
        )
