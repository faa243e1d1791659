"""Questions about one relation type: 谁监管X？ X需要向谁报送？ 谁对X负赔偿责任？

The question's verb names the relation type (``relation_words.tsv``, data a user can
extend); where 谁 stands says whether the known party is the relation's subject
(X向谁报送, X监管谁) or its object (谁监管X, 谁对X负赔偿责任, X由谁监管). The
answer is the named query ``stakeholder_relations`` restricted to that type and role;
for a symmetric type (合作, 签约, 连带责任) the role is left open.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources

from zhkg.errors import QueryError
from zhkg.extract.model import RelationKind

__all__ = ["RelationQuestion", "read_relation_question", "relation_words"]

_MODAL = r"(?:应当|应该|必须|需要|可以|能够|会|要|应|须|能|需)?"
_PREP = r"(?:对|向|为|给|与|和|跟|同)"
_LIGHT = r"(?:进行|实施|开展|承担起?|负有|提供)?"


@cache
def relation_words() -> dict[str, RelationKind]:
    """Question word -> relation type, from the packaged ``relation_words.tsv``."""
    text = resources.files("zhkg.queries").joinpath("relation_words.tsv").read_text("utf-8")
    kinds = {kind.value: kind for kind in RelationKind}
    words: dict[str, RelationKind] = {}
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        name, _, listed = line.partition("\t")
        if name.strip() not in kinds:
            raise QueryError(
                f"relation_words.tsv: line {line_no}: {name.strip()!r} is not a relation type",
                hint="use one of " + ", ".join(kinds),
            )
        for word in listed.split():
            words[word] = kinds[name.strip()]
    return words


class RelationQuestion:
    """What a relation question asks: the known party, its role and the relation type."""

    def __init__(self, party: str, role: str, kind: RelationKind) -> None:
        self.party = party
        self.role = "" if kind.symmetric else role
        self.kind = kind

    @property
    def reading(self) -> str:
        verb = self.kind.value.lower().replace("_", " ")
        if self.role == "subject":
            return f"whom {self.party} {verb}"
        return f"who {verb} {self.party}"


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    verbs = "|".join(sorted(relation_words(), key=lambda w: (-len(w), w)))
    verb = rf"(?P<verb>{verbs})"
    return (
        # 谁对X负赔偿责任, 谁向X报送, 谁与X合作: X is the object
        (re.compile(rf"^谁{_MODAL}{_PREP}(?P<party>.+?){_MODAL}{_LIGHT}{verb}$"), "object"),
        # 谁监管X, 谁赔偿X
        (re.compile(rf"^谁{_MODAL}{_LIGHT}{verb}(?P<party>.+)$"), "object"),
        # X由谁监管, X受谁的监督
        (re.compile(rf"^(?P<party>.+?)(?:由|受|接受)谁(?:来)?(?:的)?{verb}$"), "object"),
        # X需要向谁报告, X对谁承担赔偿责任
        (re.compile(rf"^(?P<party>.+?){_MODAL}{_PREP}谁{_MODAL}{_LIGHT}{verb}$"), "subject"),
        # X监管谁, X需要赔偿谁
        (re.compile(rf"^(?P<party>.+?){_MODAL}{_LIGHT}{verb}谁$"), "subject"),
    )


def read_relation_question(
    text: str, stakeholder: Callable[[str], str], known: Callable[[str], bool]
) -> RelationQuestion | None:
    """The relation question ``text`` asks (normalised, no final ？), or None.

    ``stakeholder`` maps a phrase to the graph's name; a phrase that ``known`` does
    not accept as a party (谁检查消防设施？ names a thing) makes no relation question.
    """
    if "谁" not in text:
        return None
    for pattern, role in _patterns():
        match = pattern.match(text)
        if match is not None:
            party = match.group("party")
            if not party or "谁" in party or not known(stakeholder(party)):
                continue
            return RelationQuestion(stakeholder(party), role, relation_words()[match["verb"]])
    return None
