"""A Chinese question -> one named query with its parameters, through the ontology's labels.

Each question form (谁负责X, Y应当做什么, Y和Z是什么关系 …) is a registered
``QuestionForm``: its shapes as regular expressions over the normalised
question, an example, and a function that turns a match into an
``Interpretation``. A new form is one ``register_form`` call; the forms are
tried in the order of their ``order`` number, so a specific shape (平台和主播谁负责X)
can come before a general one (谁负责X).

Content words are resolved with the domain Lexicon read from the ontology and
the stakeholders the graph holds: a class name covers its subclasses (平台 also
answers for a kind of platform the texts name), a named party answers for
itself only, and a name the texts use as written (a body the lexicon files
under a class) answers for the statements that name it so. A user who extends
the ontology extends what ``zhkg ask`` understands, without code changes.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

import opencc

from zhkg.errors import QueryError
from zhkg.extract.lexicon import Lexicon
from zhkg.graph.store import GraphStore, QueryRows
from zhkg.queries.library import run_named

__all__ = [
    "EXAMPLES",
    "FORMS",
    "Answer",
    "Interpretation",
    "Party",
    "QuestionForm",
    "answer_question",
    "forms_help",
    "interpret",
    "register_form",
    "shown_forms",
]

_PARTY = r"(?:主体|方面|方|人|机构|部门|单位|利益相关者|参与者)"
_WHAT = r"(?:什么|哪些|何事|啥)"
_DUTY_WORDS = "责任|义务|职责|任务"
_DUTY = rf"(?:{_DUTY_WORDS})"
_OBLIGED = ("must", "should")
_DUTIES = ("must", "should", "must_not")
#: A question's modal verb -> the modalities it asks about. 应当, 应该, 需要 and 必须
#: all ask what a party is obliged to do: texts say 应当 where people ask 应该.
_MODAL_WORDS: dict[str, tuple[str, ...]] = {
    "应当": _OBLIGED,
    "应该": _OBLIGED,
    "必须": _OBLIGED,
    "需要": _OBLIGED,
    "应": _OBLIGED,
    "须": _OBLIGED,
    "要": _OBLIGED,
    "可以": ("may",),
    "能": ("may",),
    "有权": ("may",),
    "不得": ("must_not",),
    "不能": ("must_not",),
    "不可以": ("must_not",),
    "不应当": ("must_not",),
    "不应该": ("must_not",),
    "不应": ("must_not",),
    "禁止": ("must_not",),
    "严禁": ("must_not",),
}
_MODALS = "|".join(sorted(_MODAL_WORDS, key=len, reverse=True))
_MODALITY_WORDS = {
    "must": "must",
    "should": "should",
    "must_not": "must not",
    "may": "may",
}
#: Relation verbs of the 谁监管Y / Y向谁报告 forms -> the relation type they ask about.
_RELATION_VERBS: dict[str, str] = {
    "监管": "SUPERVISES",
    "监督": "SUPERVISES",
    "监督管理": "SUPERVISES",
    "管理": "SUPERVISES",
    "服务": "SERVES",
    "报告": "REPORTS_TO",
    "汇报": "REPORTS_TO",
    "反馈": "GIVES_FEEDBACK_TO",
    "赔偿": "COMPENSATES",
}
_VERBS = "|".join(sorted(_RELATION_VERBS, key=len, reverse=True))
_TOPIC_NOISE = re.compile(
    rf"^(?:对|做好|履行|承担|处理|提供|的)+|(?:的)?(?:{_DUTY_WORDS}|工作|问题|事宜|方面|事务|呢|吗|呀|啊)+$"
)
_QUESTION_WORD = re.compile(rf"^(?:{_WHAT}|谁)?$")
_SENTENCE_END = re.compile(r"[?？!！。;；]")
_JOIN = re.compile(r"和|与|跟|同|及|以及|、|，|,")
_SHOWN = 40
_TRAILING = re.compile(r"[\s?？。!！,，.;；:：]+$")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


@dataclass(frozen=True, slots=True)
class Party:
    """A stakeholder phrase of a question and the graph's names it stands for."""

    phrase: str
    names: tuple[str, ...]
    surface: str = ""
    """Only statements whose holder the text names so (a body filed under a class)."""
    known: bool = True
    """In the graph or the lexicon; an unknown party gets an error naming close ones."""


@dataclass(frozen=True, slots=True)
class Interpretation:
    """Which named query answers a question, with what parameters, and why."""

    query: str
    params: dict[str, object]
    reading: str
    form: str = ""
    parties: tuple[Party, ...] = ()
    fallback: Interpretation | None = None
    """What to ask when this finds nothing (duty texts for a relation the edges lack)."""


@dataclass(frozen=True, slots=True)
class Answer:
    """A question, how it was read, the rows (each with its evidence) and, if none, why."""

    question: str
    interpretation: Interpretation
    rows: QueryRows = field(default_factory=list)
    note: str = ""

    def to_pandas(self) -> object:
        """The rows as a pandas DataFrame (needs the ``pandas`` extra)."""
        from zhkg.queries.frames import to_frame

        return to_frame(self.rows)


@cache
def _to_simplified() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


class Resolver:
    """Content words -> graph names (with the class hierarchy) and category terms."""

    def __init__(
        self,
        lexicon: Lexicon,
        names: Iterable[str] | Mapping[str, str],
        surfaces: Iterable[str] = (),
    ) -> None:
        self.lexicon = lexicon
        kinds = dict(names) if isinstance(names, Mapping) else dict.fromkeys(names, "")
        self.kinds = {name: kind for name, kind in kinds.items() if name}
        self.names = frozenset(self.kinds)
        self.surfaces = frozenset(surfaces)
        labels = {c.label for c in lexicon.categories}
        keywords = {keyword for c in lexicon.categories for keyword in c.keywords}
        # longest first; on a tie a category's own label beats another's keyword
        self.topic_terms = sorted(
            labels | keywords, key=lambda term: (-len(term), term not in labels, term)
        )
        known = set(self.names) | set(lexicon.parties)
        self.party_surfaces = sorted(known, key=lambda term: (-len(term), term))
        self.class_labels = {cls.label: cls.id for cls in lexicon.classes}

    def _descendants(self, class_id: str) -> set[str]:
        found = {class_id}
        changed = True
        while changed:
            changed = False
            for cls in self.lexicon.classes:
                if cls.parent in found and cls.id not in found:
                    found.add(cls.id)
                    changed = True
        return found

    def party(self, phrase: str) -> Party:
        """The graph names a party phrase stands for (see the module docstring)."""
        phrase = phrase.strip().removesuffix("的").strip()
        class_id = self.class_labels.get(phrase)
        if class_id is not None:  # a class: itself and every party of a subclass
            classes = self._descendants(class_id)
            members = {name for name, kind in self.kinds.items() if kind in classes}
            if phrase in self.names:
                members.add(phrase)
            return Party(phrase, tuple(sorted(members)) or (phrase,))
        if phrase in self.names:
            return Party(phrase, (phrase,))
        known = self.lexicon.lookup(phrase)
        if known is not None:
            if phrase in self.surfaces and known.canonical in self.names:
                return Party(phrase, (known.canonical,), surface=phrase)
            return self.party(known.canonical)
        for surface in self.party_surfaces:
            if surface in phrase and surface != phrase:
                return self.party(surface)
        return Party(phrase, (phrase,), known=False)

    def parties(self, phrase: str) -> tuple[Party, ...]:
        """Several parties joined by 和/与/、: 平台和主播."""
        return tuple(self.party(part) for part in _JOIN.split(phrase) if part.strip())

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


Build = Callable[[re.Match[str], Resolver], Interpretation]


@dataclass(frozen=True, slots=True)
class QuestionForm:
    """One kind of question: its shapes, how people see it, and what answers it."""

    name: str
    shape: str
    """The form as the help text shows it: 谁负责X / X由谁负责."""
    example: str
    patterns: tuple[re.Pattern[str], ...]
    build: Build
    order: int = 100
    """Where the form is tried: specific shapes before general ones."""
    shown: int = 100
    """Where the help lists it: the most asked first."""


FORMS: list[QuestionForm] = []
"""The registered forms, in the order they are tried."""


def register_form(
    name: str, shape: str, example: str, *patterns: str, order: int = 100, shown: int = 100
) -> Callable[[Build], Build]:
    """Register a question form; the decorated function builds its Interpretation."""

    def decorate(build: Build) -> Build:
        form = QuestionForm(
            name, shape, example, tuple(re.compile(p) for p in patterns), build, order, shown
        )
        FORMS.append(form)
        FORMS.sort(key=lambda f: f.order)
        return build

    return decorate


def _names(parties: Iterable[Party]) -> list[str]:
    return sorted({name for party in parties for name in party.names})


def _shown_party(party: Party) -> str:
    if party.surface:  # a body the texts name, filed under a class's canonical name
        return party.phrase
    extra = [name for name in party.names if name != party.phrase]
    return party.phrase + (f" (with {'、'.join(extra)})" if extra else "")


def _duties(
    match: re.Match[str], resolve: Resolver, modalities: tuple[str, ...], form: str
) -> Interpretation:
    party = resolve.party(match.group("a"))
    words = " or ".join(_MODALITY_WORDS[m] for m in modalities)
    reading = f"what {_shown_party(party)} {words} do"
    if party.surface:
        reading += f", where the text names it {party.surface}"
    return Interpretation(
        "duties_of",
        {
            "stakeholders": list(party.names),
            "modalities": list(modalities),
            "surface": party.surface,
        },
        reading,
        form,
        (party,),
    )


# --- the forms, most specific first ---------------------------------------------------


@register_form(
    "documents",
    "哪份文件规定了Y的X责任",
    "哪份文件规定了平台的信息保护责任？",
    rf"^哪(?:份|个|些|部|一份)?(?:文件|文档|法律|法规|规定|文本|材料|文献)(?:规定|要求|提到|写|说明)了?(?P<a>.+?)的(?P<topic>.+?){_DUTY}$",
    rf"^(?P<a>.+?)的(?P<topic>.+?){_DUTY}(?:是)?(?:由)?哪(?:份|个|些|部)?(?:文件|文档|法律|法规|文本)(?:规定|要求)的?$",
    order=10,
    shown=11,
)
def _documents(match: re.Match[str], resolve: Resolver) -> Interpretation:
    party = resolve.party(match.group("a"))
    topic = resolve.topic(match.group("topic"))
    return Interpretation(
        "documents_about",
        {"stakeholders": list(party.names), "topic": topic},
        f"which documents state {_shown_party(party)}'s duties about {topic}",
        "documents",
        (party,),
    )


@register_form(
    "relation",
    "Y和Z是什么关系",
    "主播和商家是什么关系？",
    rf"^(?P<a>.+?)(?:和|与|跟|同)(?P<b>.+?)(?:之间)?(?:是|有|存在){_WHAT}(?:样的)?(?:关系|联系|关联)$",
    order=20,
    shown=8,
)
def _relation(match: re.Match[str], resolve: Resolver) -> Interpretation:
    first, second = resolve.party(match.group("a")), resolve.party(match.group("b"))
    return Interpretation(
        "relations_between",
        {"stakeholders": list(first.names), "others": list(second.names)},
        f"relations between {_shown_party(first)} and {_shown_party(second)}",
        "relation",
        (first, second),
    )


@register_form(
    "relations",
    "Y与哪些主体有关系",
    "平台与哪些主体有关系？",
    rf"^(?P<a>.+?)(?:和|与|跟|同){_WHAT}{_PARTY}?(?:有|存在)?(?:关系|联系|关联)$",
    rf"^(?P<a>.+?)的(?:关系|联系)(?:是{_WHAT}|有{_WHAT})?$",
    order=21,
    shown=9,
)
def _relations(match: re.Match[str], resolve: Resolver) -> Interpretation:
    party = resolve.party(match.group("a"))
    return Interpretation(
        "relations_of",
        {"stakeholders": list(party.names)},
        f"relations of {_shown_party(party)}",
        "relations",
        (party,),
    )


@register_form(
    "related_by",
    "谁监管Y / Y由谁监管 / Y向谁报告",
    "谁监管平台内经营者？",
    rf"^(?:谁|{_WHAT}{_PARTY})(?:来|负责|应当|依法)?(?P<verb>{_VERBS})(?P<a>.+)$",
    rf"^(?P<a>.+?)(?:由|受)(?:谁|{_WHAT}{_PARTY})(?:来)?(?P<verb>{_VERBS})$",
    rf"^(?P<a>.+?)(?:应当|应该|需要|要)?(?:向|对|为)(?:谁|{_WHAT}{_PARTY})(?P<obj_verb>{_VERBS})$",
    # 谁对Y负赔偿责任 / Y应当对谁负赔偿责任: liability towards a party
    rf"^(?:谁|{_WHAT}{_PARTY})(?:应当|应该|需要|要|依法)?(?:对|向)(?P<a>.+?)"
    rf"(?:承担|负)(?:先行)?(?P<verb>赔偿)责任$",
    rf"^(?P<a>.+?)(?:应当|应该|需要|要|依法)?(?:对|向)(?:谁|{_WHAT}{_PARTY})"
    rf"(?:承担|负)(?:先行)?(?P<obj_verb>赔偿)责任$",
    order=30,
    shown=10,
)
def _related_by(match: re.Match[str], resolve: Resolver) -> Interpretation:
    groups = match.groupdict()
    verb = groups.get("verb") or groups.get("obj_verb") or ""
    relation = _RELATION_VERBS[verb]
    party = resolve.party(match.group("a"))
    role = "subject" if groups.get("obj_verb") else "object"
    reading = (
        f"to whom {_shown_party(party)} relates by {relation}"
        if role == "subject"
        else f"who relates to {_shown_party(party)} by {relation}"
    )
    fallback = Interpretation(
        "duties_with_verb",
        {"verb": verb, "stakeholders": list(party.names), "role": role},
        f"duties with {verb} "
        + ("held by " if role == "subject" else "of others naming ")
        + _shown_party(party),
        "related_by",
        (party,),
    )
    return Interpretation(
        "related_parties",
        {"relation": relation, "stakeholders": list(party.names), "role": role},
        reading,
        "related_by",
        (party,),
        fallback,
    )


@register_form(
    "shared",
    "哪些主体共同负责X",
    "哪些主体共同负责监督管理？",
    rf"^(?:谁|{_WHAT}{_PARTY})(?:共同|一起|都|同时)(?:来)?(?:负责|承担|应当|需要|要)(?P<topic>.+)$",
    rf"^(?P<topic>.+?)(?:由|归)(?:谁|{_WHAT}{_PARTY})共同(?:负责|承担)$",
    order=40,
    shown=6,
)
def _shared(match: re.Match[str], resolve: Resolver) -> Interpretation:
    topic = resolve.topic(match.group("topic"))
    return Interpretation(
        "shared_duties",
        {"topic": topic, "min_holders": 2},
        f"duties about {topic} shared",
        "shared",
    )


@register_form(
    "who_among",
    "Y和Z谁负责X",
    "平台和主播谁负责审核直播内容？",
    r"^(?P<parties>.+?(?:和|与|跟|及|、).+?)(?:之中|中间|中|里|当中)?(?:谁|哪个|哪一方|哪方)(?:来|应当|应该|需要)?(?:负责|承担|应当|应该|需要|管)(?P<topic>.+)$",
    order=50,
    shown=7,
)
def _who_among(match: re.Match[str], resolve: Resolver) -> Interpretation:
    parties = resolve.parties(match.group("parties"))
    topic = resolve.topic(match.group("topic"))
    shown = " or ".join(_shown_party(p) for p in parties)
    return Interpretation(
        "who_among",
        {"stakeholders": _names(parties), "topic": topic},
        f"which of {shown} is responsible for {topic}",
        "who_among",
        parties,
    )


@register_form(
    "who",
    "谁负责X / X由谁负责 / 谁应当X",
    "谁负责售后？",
    rf"^(?:谁|{_WHAT}{_PARTY})(?:来)?(?:负责|应当|应该|必须|需要|承担|管)(?P<topic>.+)$",
    r"^谁对(?P<topic>.+?)(?:负责|负有责任|承担责任)$",
    rf"^(?P<topic>.+?)(?:由|归)(?:谁|{_WHAT}{_PARTY})(?:来)?(?:负责|承担|管)$",
    rf"^(?P<topic>.+?)(?:是)?谁的{_DUTY}$",
    order=60,
    shown=1,
)
def _who(match: re.Match[str], resolve: Resolver) -> Interpretation:
    topic = resolve.topic(match.group("topic"))
    return Interpretation(
        "who_is_responsible", {"topic": topic}, f"who is responsible for {topic}", "who"
    )


@register_form(
    "must_not",
    "Y不得做什么",
    "商家不得做什么？",
    rf"^(?P<a>.+?)(?:不得|不能|不可以|不应当|不应该|不应|禁止|严禁)(?:做|干|从事|有)?{_WHAT}(?:事|事情|行为)?$",
    order=70,
    shown=3,
)
def _must_not(match: re.Match[str], resolve: Resolver) -> Interpretation:
    return _duties(match, resolve, ("must_not",), "must_not")


@register_form(
    "may",
    "Y可以做什么 / Y有哪些权利",
    "消费者有哪些权利？",
    rf"^(?P<a>.+?)(?:可以|能|有权)(?:做|干|要求|从事)?{_WHAT}(?:事|事情)?$",
    rf"^(?P<a>.+?)(?:有|享有|拥有)(?:{_WHAT})权利$",
    rf"^(?P<a>.+?)的权利(?:是{_WHAT}|有{_WHAT})?$",
    order=71,
    shown=4,
)
def _may(match: re.Match[str], resolve: Resolver) -> Interpretation:
    return _duties(match, resolve, ("may",), "may")


@register_form(
    "obliged",
    "Y应当(应该/需要/必须)做什么",
    "主播应当做什么？",
    rf"^(?P<a>.+?)(?:{_MODALS})(?:做|干|承担|履行|从事)?{_WHAT}(?:事|事情|{_DUTY})?$",
    order=72,
    shown=2,
)
def _obliged(match: re.Match[str], resolve: Resolver) -> Interpretation:
    return _duties(match, resolve, _OBLIGED, "obliged")


@register_form(
    "responsible",
    "Y负责什么 / Y的职责是什么",
    "监管部门负责什么？",
    rf"^(?P<a>.+?)(?:负责|管)(?:做)?{_WHAT}(?:事|事情|工作)?$",
    rf"^(?P<a>.+?)(?:有|负有|承担|需承担|要承担){_WHAT}{_DUTY}$",
    rf"^(?P<a>.+?)的{_DUTY}(?:是{_WHAT}|有{_WHAT}|是哪些)?$",
    order=73,
    shown=5,
)
def _responsible(match: re.Match[str], resolve: Resolver) -> Interpretation:
    return _duties(match, resolve, _DUTIES, "responsible")


def shown_forms() -> list[QuestionForm]:
    """The forms in the order the help lists them, the most asked first."""
    return sorted(FORMS, key=lambda form: form.shown)


EXAMPLES: tuple[str, ...] = tuple(form.example for form in shown_forms())
"""One example question per form, the most asked first."""


def forms_help() -> str:
    """The question forms zhkg understands, one per line with an example."""
    return "\n".join(f"  {form.shape}   e.g. {form.example}" for form in shown_forms())


def normalise(question: str) -> str:
    """Simplified characters, no spaces, no trailing punctuation."""
    text = _to_simplified().convert(question.strip())
    return _TRAILING.sub("", re.sub(r"\s+", "", text))


def _closest_form(text: str) -> QuestionForm:
    """The form whose shape or example reads most like the question."""

    def score(form: QuestionForm) -> float:
        shapes = [form.example, *form.shape.split(" / ")]
        return max(difflib.SequenceMatcher(None, text, shape).ratio() for shape in shapes)

    return max(FORMS, key=score)


def interpret(
    question: str,
    lexicon: Lexicon,
    names: Iterable[str] | Mapping[str, str] = (),
    surfaces: Iterable[str] = (),
) -> Interpretation:
    """The named query for ``question``; QueryError with the forms and the closest one if none fits.

    ``names`` are the graph's stakeholder names, or a mapping of them to their
    class ids (then a class name covers its subclasses); ``surfaces`` the ways the
    texts name holders.
    """
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
    resolver = Resolver(lexicon, names, surfaces)
    for form in FORMS:
        for pattern in form.patterns:
            match = pattern.match(text)
            if match is not None:
                return form.build(match, resolver)
    closest = _closest_form(text)
    raise QueryError(
        f"cannot map the question {_shown(question)!r} to a named query; "
        f"the closest form is {closest.shape} (e.g. {closest.example})",
        hint="questions understood: "
        + "; ".join(f"{form.shape} (e.g. {form.example})" for form in shown_forms()),
    )


def _shown(question: str) -> str:
    """The question as an error message quotes it: stripped, and clipped when long."""
    text = " ".join(question.split())
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def graph_parties(store: GraphStore) -> tuple[dict[str, str], set[str]]:
    """The graph's stakeholder names with their class ids, and the holders' surface forms."""
    kinds = {
        str(row["stakeholder"]): str(row.get("kind") or "")
        for row in run_named(store, "stakeholders")
    }
    surfaces = {
        str(row["surface"])
        for row in store.run(
            "MATCH (:Stakeholder)-[rf:RESPONSIBLE_FOR]->(:Responsibility) "
            "WHERE rf.surface IS NOT NULL RETURN DISTINCT rf.surface AS surface"
        )
    }
    return kinds, surfaces


def answer_question(store: GraphStore, question: str, lexicon: Lexicon) -> Answer:
    """Interpret ``question`` against the graph's stakeholders and run the query.

    An unknown stakeholder is a QueryError naming the closest ones; an empty
    answer about a known one comes with a note saying what the graph lacks.
    """
    kinds, surfaces = graph_parties(store)
    interpretation = interpret(question, lexicon, kinds, surfaces)
    _check_parties(interpretation, list(kinds))
    rows = run_named(store, interpretation.query, interpretation.params)
    if not rows and interpretation.fallback is not None:
        fallback_rows = run_named(
            store, interpretation.fallback.query, interpretation.fallback.params
        )
        if fallback_rows:
            interpretation, rows = interpretation.fallback, fallback_rows
    note = "" if rows else _why_empty(interpretation, set(kinds))
    return Answer(question=question, interpretation=interpretation, rows=rows, note=note)


def _nearest(phrase: str, names: list[str]) -> list[str]:
    """Graph names close to ``phrase``: sharing characters, then by similarity."""
    close = difflib.get_close_matches(phrase, names, n=5, cutoff=0.3)
    sharing = [name for name in names if set(name) & set(phrase) and name not in close]
    return (close + sorted(sharing, key=lambda n: -len(set(n) & set(phrase))))[:5]


def _check_parties(interpretation: Interpretation, names: list[str]) -> None:
    """No answer about a party neither the graph nor the lexicon knows: say so, not "no rows"."""
    for party in interpretation.parties:
        if not party.known:
            near = _nearest(party.phrase, names)
            raise QueryError(
                f"no stakeholder {party.phrase!r} in the graph or the lexicon",
                hint=(
                    "the nearest: " + "、".join(near)
                    if near
                    else "the stakeholders with most statements: " + "、".join(names[:8])
                )
                if names
                else "load a graph first",
            )


def _why_empty(interpretation: Interpretation, names: set[str]) -> str:
    """Why an answer is empty: the party is not in the graph, or it has no such fact."""
    missing = [p for p in interpretation.parties if not set(p.names) & names]
    if missing:
        return (
            "、".join(p.phrase for p in missing)
            + " is known to the lexicon, but no loaded document names it"
        )
    if interpretation.parties:
        shown = "、".join(_shown_party(p) for p in interpretation.parties)
        return f"{shown} is in the graph, but no statement answers: {interpretation.reading}"
    return f"no statement in the graph answers: {interpretation.reading}"
