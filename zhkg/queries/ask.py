"""A Chinese question -> one named query with its parameters, through the ontology's labels.

Question shapes are recognised by their function words (谁负责…, …由谁负责,
X应当做什么, X不得做什么, X有哪些责任, 哪些主体共同负责…, X和Y是什么关系 …);
the content words are resolved with the domain Lexicon read from the ontology
(stakeholder names and synonyms, category labels and keywords) and with the
stakeholder names the graph actually holds. So a user who extends the ontology
extends what ``zhkg ask`` understands, without code changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

import opencc

from zhkg.errors import QueryError
from zhkg.extract.lexicon import Lexicon
from zhkg.graph.store import GraphStore, QueryRows
from zhkg.queries.library import run_named
from zhkg.queries.relation_questions import read_relation_question

__all__ = ["EXAMPLES", "Answer", "Interpretation", "answer_question", "interpret"]

EXAMPLES: tuple[str, ...] = (
    "谁负责售后？",
    "退换货由谁负责？",
    "主播应当做什么？",
    "商家不得做什么？",
    "平台有哪些责任？",
    "消费者可以做什么？",
    "哪些主体共同负责合规？",
    "主播和商家是什么关系？",
    "平台与哪些主体有关系？",
    "谁监管平台？",
    "平台需要向谁报告？",
    "谁对消费者承担赔偿责任？",
)

_PARTY = r"(?:主体|方面|方|人|机构|部门|单位|利益相关者|参与者)"
_WHAT = r"(?:什么|哪些|何事|啥)"
_DUTY_WORDS = "责任|义务|职责|任务"
_DUTY = rf"(?:{_DUTY_WORDS})"
_MODAL_WORDS = {
    "应当": "must",
    "必须": "must",
    "应": "must",
    "须": "must",
    "应该": "should",
    "需要": "should",
    "要": "should",
    "可以": "may",
    "能": "may",
    "不得": "must_not",
    "不能": "must_not",
    "不可以": "must_not",
    "不应当": "must_not",
    "不应": "must_not",
    "禁止": "must_not",
    "严禁": "must_not",
}
_MODALS = "|".join(sorted(_MODAL_WORDS, key=len, reverse=True))
_TOPIC_NOISE = re.compile(
    rf"^(?:对|做好|履行|承担|处理|提供|的)+|(?:的)?(?:{_DUTY_WORDS}|工作|问题|事宜|方面|事务|呢|吗|呀|啊)+$"
)
_QUESTION_WORD = re.compile(rf"^(?:{_WHAT}|谁)?$")
_SENTENCE_END = re.compile(r"[?？!！。;；]")
_SHOWN = 40
_TRAILING = re.compile(r"[\s?？。!！,，.;；:：]+$")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Interpretation:
    """Which named query answers a question, with what parameters, and why."""

    query: str
    params: dict[str, object]
    reading: str


@dataclass(frozen=True, slots=True)
class Answer:
    """A question, how it was read and the rows (each with its evidence)."""

    question: str
    interpretation: Interpretation
    rows: QueryRows = field(default_factory=list)


@cache
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


class _Resolver:
    """Content words -> graph names / category terms."""

    def __init__(self, lexicon: Lexicon, names: Iterable[str]) -> None:
        self.lexicon = lexicon
        self.names = frozenset(name for name in names if name)
        labels = {c.label for c in lexicon.categories}
        keywords = {keyword for c in lexicon.categories for keyword in c.keywords}
        # longest first; on a tie a category's own label beats another's keyword
        self.topic_terms = sorted(
            labels | keywords, key=lambda term: (-len(term), term not in labels, term)
        )
        surfaces = set(self.names) | set(lexicon.parties)
        self.party_surfaces = sorted(surfaces, key=lambda term: (-len(term), term))

    def stakeholder(self, phrase: str) -> str:
        """The graph's name for a party phrase (as written, else its canonical name)."""
        phrase = phrase.strip().removesuffix("的").strip()
        if phrase in self.names:
            return phrase
        known = self.lexicon.lookup(phrase)
        if known is not None:
            return known.canonical
        for surface in self.party_surfaces:
            if surface in phrase:
                return self.stakeholder(surface) if surface != phrase else surface
        return phrase

    def kinds(self, name: str) -> list[str]:
        """The class a name labels and its subclasses (平台: every kind of platform)."""
        classes = self.lexicon.class_by_id
        named = [c.id for c in classes.values() if c.label == name]
        found: list[str] = []
        while named:
            current = named.pop(0)
            if current not in found:
                found.append(current)
                named += [c.id for c in classes.values() if c.parent == current]
        return found

    def is_party(self, name: str) -> bool:
        """Whether the graph or the lexicon knows ``name`` as a stakeholder."""
        return name in self.names or self.lexicon.lookup(name) is not None

    def topic(self, phrase: str) -> str:
        """The category term the phrase names (longest), else the phrase without filler."""
        for term in self.topic_terms:
            if term in phrase:
                return term
        previous = None
        cleaned = phrase.strip()
        while cleaned != previous:
            previous = cleaned
            cleaned = _TOPIC_NOISE.sub("", cleaned).strip()
        if _QUESTION_WORD.match(cleaned):  # 谁负责什么？ 谁来负责呢？ name no topic
            raise QueryError(
                f"the question names no topic ({phrase.strip()!r} is only a question word)",
                hint="name what the duty is about, e.g.: 谁负责售后？",
            )
        return cleaned


_Rule = tuple[re.Pattern[str], Callable[[re.Match[str], _Resolver], Interpretation]]


def _relations(match: re.Match[str], resolve: _Resolver) -> Interpretation:
    subject = resolve.stakeholder(match.group("a"))
    other = resolve.stakeholder(match.group("b")) if match.groupdict().get("b") else ""
    reading = f"relations of {subject}" + (f" with {other}" if other else "")
    return Interpretation(
        "stakeholder_relations", {"stakeholder": subject, "other": other}, reading
    )


def _shared(match: re.Match[str], resolve: _Resolver) -> Interpretation:
    topic = resolve.topic(match.group("topic"))
    return Interpretation(
        "shared_duties", {"topic": topic, "min_holders": 2}, f"duties about {topic} shared"
    )


def _who(match: re.Match[str], resolve: _Resolver) -> Interpretation:
    topic = resolve.topic(match.group("topic"))
    return Interpretation("who_is_responsible", {"topic": topic}, f"who is responsible for {topic}")


def _duties(match: re.Match[str], resolve: _Resolver) -> Interpretation:
    stakeholder = resolve.stakeholder(match.group("a"))
    modal = match.groupdict().get("modal") or ""
    modality = _MODAL_WORDS.get(modal, "")
    reading = f"what {stakeholder} " + (modality.replace("_", " ") if modality else "is to") + " do"
    return Interpretation(
        "stakeholder_duties", {"stakeholder": stakeholder, "modality": modality}, reading
    )


_RULES: tuple[_Rule, ...] = (
    (
        re.compile(
            rf"^(?P<a>.+?)(?:和|与|跟|同)(?P<b>.+?)(?:之间)?(?:是|有|存在){_WHAT}(?:样的)?(?:关系|联系|关联)$"
        ),
        _relations,
    ),
    (
        re.compile(rf"^(?P<a>.+?)(?:和|与|跟|同){_WHAT}{_PARTY}?(?:有|存在)?(?:关系|联系|关联)$"),
        _relations,
    ),
    (re.compile(rf"^(?P<a>.+?)的(?:关系|联系)(?:是{_WHAT}|有{_WHAT})?$"), _relations),
    (
        re.compile(
            rf"^(?:谁|{_WHAT}{_PARTY})(?:共同|一起|都|同时)(?:来)?(?:负责|承担|应当|需要|要)(?P<topic>.+)$"
        ),
        _shared,
    ),
    (re.compile(rf"^(?P<topic>.+?)(?:由|归)(?:谁|{_WHAT}{_PARTY})共同(?:负责|承担)$"), _shared),
    (
        re.compile(
            rf"^(?:谁|{_WHAT}{_PARTY})(?:来)?(?:负责|应当|应该|必须|需要|承担|管)(?P<topic>.+)$"
        ),
        _who,
    ),
    (re.compile(r"^谁对(?P<topic>.+?)(?:负责|负有责任|承担责任)$"), _who),
    (re.compile(rf"^(?P<topic>.+?)(?:由|归)(?:谁|{_WHAT}{_PARTY})(?:来)?(?:负责|承担|管)$"), _who),
    (re.compile(rf"^(?P<topic>.+?)(?:是)?谁的{_DUTY}$"), _who),
    (
        re.compile(
            rf"^(?P<a>.+?)(?P<modal>{_MODALS})(?:做|干|承担|负责|履行)?{_WHAT}(?:事|事情|{_DUTY})?$"
        ),
        _duties,
    ),
    (re.compile(rf"^(?P<a>.+?)(?:有|负有|承担|需承担){_WHAT}{_DUTY}$"), _duties),
    (re.compile(rf"^(?P<a>.+?)的{_DUTY}(?:是{_WHAT}|有{_WHAT})?$"), _duties),
)


def normalise(question: str) -> str:
    """Simplified characters, no spaces, no trailing punctuation."""
    text = _to_simplified().convert(question.strip())
    return _TRAILING.sub("", re.sub(r"\s+", "", text))


def interpret(question: str, lexicon: Lexicon, names: Iterable[str] = ()) -> Interpretation:
    """The named query for ``question``; QueryError with examples if none fits."""
    text = normalise(question)
    if not text:
        raise QueryError(
            "the question is empty", hint="ask in Chinese, e.g.: " + " ".join(EXAMPLES[:3])
        )
    if not _HAN.search(text):
        raise QueryError(
            f"the question {_shown(question)!r} has no Chinese in it",
            hint="zhkg answers questions in Chinese, e.g.: " + " ".join(EXAMPLES[:3]),
        )
    if _SENTENCE_END.search(text):  # 谁负责售后？谁负责退货？ would answer only the first
        raise QueryError(
            f"the text {_shown(question)!r} holds more than one question",
            hint="ask one question at a time",
        )
    resolver = _Resolver(lexicon, names)
    relation = read_relation_question(text, resolver.stakeholder, resolver.is_party)
    if relation is not None:  # 谁监管X？ X需要向谁报告？: one relation type, one role
        return Interpretation(
            "stakeholder_relations",
            {"stakeholder": relation.party, "other": "", "relation": relation.kind.value}
            | {"role": relation.role, "kinds": resolver.kinds(relation.party)},
            relation.reading,
        )
    for pattern, build in _RULES:
        match = pattern.match(text)
        if match is not None:
            return build(match, resolver)
    raise QueryError(
        f"cannot map the question {_shown(question)!r} to a named query",
        hint="questions understood, e.g.: " + " ".join(EXAMPLES),
    )


def _shown(question: str) -> str:
    """The question as an error message quotes it: stripped, and clipped when long."""
    text = " ".join(question.split())
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def answer_question(store: GraphStore, question: str, lexicon: Lexicon) -> Answer:
    """Interpret ``question`` against the graph's stakeholder names and run the query."""
    names = [str(row["stakeholder"]) for row in run_named(store, "stakeholders")]
    interpretation = interpret(question, lexicon, names)
    rows = run_named(store, interpretation.query, interpretation.params)
    if not rows:
        _check_parties(interpretation, lexicon, names)
    return Answer(question=question, interpretation=interpretation, rows=rows)


def _check_parties(interpretation: Interpretation, lexicon: Lexicon, names: list[str]) -> None:
    """No answer about a party neither the graph nor the lexicon knows: say so, not "no rows"."""
    for key in ("stakeholder", "other"):
        party = str(interpretation.params.get(key) or "")
        if party and party not in names and lexicon.lookup(party) is None:
            shown = "、".join(sorted(names)[:8]) + ("…" if len(names) > 8 else "")
            raise QueryError(
                f"no stakeholder {party!r} in the graph or the lexicon",
                hint=f"stakeholders in the graph: {shown}" if names else "load a graph first",
            )
