"""Relations between stakeholders stated in one sentence.

Each relation is a cue word, a party group after it and a verb after the group:
与/和/同 X (共同)协作 → COLLABORATES_WITH, 为 X 提供 → SERVES, 对 X 进行监管 →
SUPERVISES, 向 X 反馈/投诉 → GIVES_FEEDBACK_TO, 与 X 承担连带责任 →
JOINTLY_LIABLE_WITH; 应当要求 X … (a nested modal) → REQUIRES. The subject is the
party that opens the clause, else the holder of the duty the cue sits in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from zhkg.extract.model import RelationKind
from zhkg.extract.responsibilities import SentenceAnalysis, split_clauses
from zhkg.extract.stakeholders import Party, PartyFinder, SubjectKind, Token

__all__ = ["RELATION_CUE_RE", "RelationCandidate", "find_relations"]

#: (cue characters before the object group, verb pattern after it, relation)
_PATTERNS: tuple[tuple[str, re.Pattern[str], RelationKind], ...] = (
    ("与和同及", re.compile(r"[^，。；]{0,4}?承担连带责任"), RelationKind.JOINTLY_LIABLE_WITH),
    (
        "与和同跟",
        re.compile(
            r"(?:之间)?(?:共同|加强|密切|深度|紧密|积极|开展|进行|建立)?(?:的)?(?:协作|合作|配合|协同)"
        ),
        RelationKind.COLLABORATES_WITH,
    ),
    ("为", re.compile(r"提供"), RelationKind.SERVES),
    (
        "对",
        re.compile(r"(?:进行|实施|加强|开展|依法)?(?:监管|监督|监督管理|监督检查)"),
        RelationKind.SUPERVISES,
    ),
    (
        "向",
        re.compile(r"(?:及时)?(?:反馈|投诉|举报|提出(?:意见|建议))"),
        RelationKind.GIVES_FEEDBACK_TO,
    ),
)
_CUES = frozenset("".join(cues for cues, _, _ in _PATTERNS))
#: Verbs that hand the rest of the clause to another agent (告知其…, 要求X…).
_OTHER_AGENT_RE = re.compile(r"告知|通知|提示|要求|请求|督促|允许|委托")
#: Sentences without any of these words hold no relation (a cheap prefilter).
RELATION_CUE_RE = re.compile(r"协作|合作|配合|协同|提供|监管|监督|反馈|投诉|举报|连带责任|要求")


@dataclass(frozen=True, slots=True)
class RelationCandidate:
    """A relation with sentence-local parties; no subject = the clause's zero subject."""

    subject: Party | None
    kind: RelationKind
    object: Party
    rule: str
    confidence: float


def find_relations(
    text: str,
    tokens: Sequence[Token],
    finder: PartyFinder,
    analysis: SentenceAnalysis,
    *,
    start: int = 0,
) -> list[RelationCandidate]:
    """Relations stated in ``text[start:]`` (the sentence body)."""
    found: list[RelationCandidate] = []
    for link in analysis.requires:
        for holder in link.holders:
            for obj in link.objects:
                found.append(
                    RelationCandidate(holder, RelationKind.REQUIRES, obj, "relation.requires", 0.85)
                )
    if not RELATION_CUE_RE.search(text, start):
        return found
    clauses = [c for c in split_clauses(text) if c.end > start]
    for clause in clauses:
        c_start = max(clause.start, start)
        subjects: tuple[Party | None, ...] = _clause_subjects(
            text, c_start, clause.end, tokens, finder, analysis
        )
        if not subjects and _zero_subject_duty(analysis, c_start, clause.end):
            subjects = (None,)  # the document pass knows who it is
        if not subjects:
            continue
        for pos in range(c_start, clause.end):
            if text[pos] not in _CUES:
                continue
            if _OTHER_AGENT_RE.search(text, c_start, pos):
                break  # 告知其可以向…投诉: what follows is another party's act
            group = finder.group_at(text, pos + 1, clause.end, tokens)
            if not group:
                continue
            for cues, verb, kind in _PATTERNS:
                if text[pos] in cues and verb.match(text, group[-1].end, clause.end):
                    for subject in subjects:
                        for obj in group:
                            if subject is None or obj.label != subject.label:
                                rule = f"relation.{kind.value.lower()}"
                                found.append(RelationCandidate(subject, kind, obj, rule, 0.75))
                    break
    return _unique(found)


def _clause_subjects(
    text: str,
    start: int,
    end: int,
    tokens: Sequence[Token],
    finder: PartyFinder,
    analysis: SentenceAnalysis,
) -> tuple[Party, ...]:
    parse = finder.subject(text, start, end, tokens, relative=False)
    if parse.kind is SubjectKind.PARTY:
        return parse.parties
    for duty in analysis.duties:
        if duty.holders and duty.start <= end and duty.end >= start:
            return duty.holders
    return analysis.subjects[:1] if analysis.subjects else ()


def _zero_subject_duty(analysis: SentenceAnalysis, start: int, end: int) -> bool:
    return any(not d.holders and d.start <= end and d.end >= start for d in analysis.duties)


def _unique(relations: list[RelationCandidate]) -> list[RelationCandidate]:
    seen: set[tuple[str, RelationKind, str]] = set()
    unique: list[RelationCandidate] = []
    for relation in relations:
        subject = relation.subject.text if relation.subject else ""
        key = (subject, relation.kind, relation.object.text)
        if key not in seen:
            seen.add(key)
            unique.append(relation)
    return unique
