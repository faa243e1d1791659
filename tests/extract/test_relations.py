"""Relations between parties stated in one sentence, through the real pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

RELATIONS = [
    ("品牌方应当与供应商共同协作，保障产品质量。", [("品牌方", "COLLABORATES_WITH", "供应商")]),
    (
        "学校应当为学生和家长提供心理咨询服务。",
        [("学校", "SERVES", "学生"), ("学校", "SERVES", "家长")],
    ),
    (
        "市场监督管理部门应当对食品生产企业进行监督检查。",
        [("市场监督管理部门", "SUPERVISES", "食品生产企业")],
    ),
    ("消费者向商家反馈商品质量问题。", [("消费者", "GIVES_FEEDBACK_TO", "商家")]),
    (
        "网络平台未采取必要措施的，依法与该经营者承担连带责任。",
        [("网络平台", "JOINTLY_LIABLE_WITH", "该经营者")],
    ),
    ("平台应当要求主播如实介绍商品。", [("平台", "REQUIRES", "主播")]),
    ("学校应当定期检查消防设施。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), RELATIONS)
def test_relations(
    extraction_nlp: Language, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    found = extraction_nlp(sentence)._.zhkg_relations
    assert [(r.subject.text, r.kind.value, r.object.text) for r in found] == expected


def test_telling_verbs_hand_the_relation_to_another_party(extraction_nlp: Language) -> None:
    found = extraction_nlp("平台应当告知其可以向有关部门投诉。")._.zhkg_relations
    assert found == []


def test_a_zero_subject_relation_takes_the_articles_party() -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text(
        "保险条例\n\n第九条 保险代理机构应当核实投保人身份；未核实的，与保险公司承担连带责任。\n"
    )
    relations = extract(document, load_lexicon()).relations
    assert [(r.subject.text, r.kind.value, r.object.text) for r in relations] == [
        ("保险代理机构", "JOINTLY_LIABLE_WITH", "保险公司")
    ]
