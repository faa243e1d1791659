"""Classes of relations the reader missed on unseen texts, each read by a general cue
or mechanism; every row is invented (甲局, 乙公司 …) and goes through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

RECALLED = [
    # a licence withdrawn or a body deregistered by the agent a sanction clause names
    # (…的，由乙局收回许可证书; …的，由乙局依法注销) supervises the violator of the condition
    (
        "丙公司连续六个月未营业的，由乙局收回许可证书。",
        [("乙局", "SUPERVISES", "丙公司")],
    ),
    ("丙公司违反规定的，由乙局依法注销。", [("乙局", "SUPERVISES", "丙公司")]),
]

NOT_RECALLED = [
    # a thing taken back that is no licence or standing sanctions no one
    "丙公司违约的，由乙局收回预付款项。",
]


@pytest.mark.parametrize(("sentence", "expected"), RECALLED)
def test_a_class_of_missed_relations_is_read(
    extraction_nlp: Language, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    found = extraction_nlp(sentence)._.zhkg_relations
    assert [(r.subject.text, r.kind.value, r.object.text) for r in found] == expected


@pytest.mark.parametrize("sentence", NOT_RECALLED)
def test_the_cue_of_a_recalled_class_keeps_its_bounds(
    extraction_nlp: Language, sentence: str
) -> None:
    assert extraction_nlp(sentence)._.zhkg_relations == []
