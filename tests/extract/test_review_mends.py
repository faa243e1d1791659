"""Mends of a review: words read as parts of other words, cues of one genre read in all.

Each row is (document title, sentence, expected responsibilities, expected relations as
(subject, kind, object)). The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from zhkg.extract.document import document_from_text
from zhkg.extract.extractor import extract
from zhkg.extract.lexicon import Lexicon
from zhkg.extract.model import Extraction

RULE_TITLE = "某市社区物业服务管理办法"
ESSAY_TITLE = "关于社区治理的几点思考"
NEWS_TITLE = "某局回应社区问题"

Rows = set[tuple[str, str, str]]

RESPONSIBILITY_CASES = [
    # 则/便 opens a consequence only as a word of its own (规则, 原则 end in 则), and not
    # in a condition that 的 closes
    (RULE_TITLE, "若乙方违背原则需要返工的，应当书面说明。", {("乙方", "书面说明", "must")}),
    (RULE_TITLE, "若甲方确有不便需要改期的，应当提前登记。", {("甲方", "提前登记", "must")}),
    (RULE_TITLE, "如果丙户有疑问则需要核查的，应当提前登记。", {("丙户", "提前登记", "must")}),
    (RULE_TITLE, "如果丁公司发现隐患则应及时报告甲局。", {("丁公司", "及时报告甲局", "must")}),
    # the 为 of 行为, 成为 is no frame 以…为…: the clause leads with a purpose, the
    # writer's advice, no duty of the party two sentences back
    (
        ESSAY_TITLE,
        "甲中心应当公开借阅记录。同时，加强馆舍巡查，完善借阅制度。"
        "为约束乙馆员行为，应当订立统一守则。",
        {("甲中心", "公开借阅记录", "must")},
    ),
    (
        ESSAY_TITLE,
        "甲中心应当公开借阅记录。同时，加强馆舍巡查，完善借阅制度。"
        "为尽快成为标杆，应当订立统一守则。",
        {("甲中心", "公开借阅记录", "must")},
    ),
    # 包括 before a noun lists the duty's objects: the "；"-part after goes on with the
    # chain; before a colon it opens a list of its own
    (
        RULE_TITLE,
        "甲中心应当公示借阅规则，包括逾期赔偿标准；按月清点馆藏。",
        {("甲中心", "公示借阅规则", "must"), ("甲中心", "按月清点馆藏", "must")},
    ),
    (
        ESSAY_TITLE,
        "甲中心应当完善借阅服务，包括：延长开放时间；增设自助设备。",
        None,
    ),
    # 包括 and a preposition list acts too: the "；"-part after them is one more of them
    (
        ESSAY_TITLE,
        "甲中心应当加强馆藏管理，包括对图书进行编目；定期清点库存。",
        {("甲中心", "加强馆藏管理", "must")},
    ),
    # a frame 以…为… whose 为 jieba glues to its object (为准, 为主) is an act of the chain
    (
        RULE_TITLE,
        "乙局应当加强巡查，以书面通知为准，完善台账。",
        {
            ("乙局", "加强巡查", "must"),
            ("乙局", "以书面通知为准", "must"),
            ("乙局", "完善台账", "must"),
        },
    ),
    # an adverb before a governing head makes it the party's verb, not before 的 (a
    # relative clause naming the party that bears the duty)
    (
        RULE_TITLE,
        "乙局直接领导的丙中心应当按月报告。",
        {("乙局直接领导的丙中心", "按月报告", "must")},
    ),
    # a verb of saying inside a clause is an act of it, no speaker's report
    (
        RULE_TITLE,
        "甲公司应当提出整改方案，又要求乙公司核对。",
        {("甲公司", "提出整改方案", "must"), ("甲公司", "又要求乙公司核对", "must")},
    ),
    # advice and 又 + a directing verb end the chain only in a speaker's report
    (
        RULE_TITLE,
        "甲站发现隐患后，建议乙公司停工，并应当向丙局通报。",
        {("甲站", "向丙局通报", "must")},
    ),
    (
        RULE_TITLE,
        "甲中心应当公示账目，又要求乙馆复核。",
        {("甲中心", "公示账目", "must"), ("甲中心", "又要求乙馆复核", "must")},
    ),
    (
        NEWS_TITLE,
        "丙协会批评收费过高，建议乙公司公开账目，并应定期接受审计。",
        {("乙公司", "定期接受审计", "must")},
    ),
    (
        NEWS_TITLE,
        "甲站表示，乙公司须按时清运垃圾，又要求其他单位，于夜间减少噪音。",
        {("乙公司", "按时清运垃圾", "must")},
    ),
    # a reminder is a speaker's report too (通告提醒，…，建议乙…，并应…)
    (
        NEWS_TITLE,
        "通告提醒，学校回应调查的意见可能列入报告，建议乙校校长亲自核对，并应及时回复丁署。",
        {("乙校校长", "及时回复丁署", "must")},
    ),
]

RELATION_CASES = [
    # the 得 of 不得 is no verb of obtaining: the request is the other's, made of 甲站
    (RULE_TITLE, "甲站对丙户的请求不得推诿办理。", {("丙户", "REQUIRES", "甲站")}),
    (RULE_TITLE, "甲站对丙户的请求未得到答复。", set()),
    # the possessors of one agreement are joined by 和/与/及; a 、 list after a verb names
    # the contracts of each, no agreement between them
    (
        RULE_TITLE,
        "丁署负责审查甲酒店、乙酒店的合同。",
        {("丁署", "SUPERVISES", "甲酒店"), ("丁署", "SUPERVISES", "乙酒店")},
    ),
    (RULE_TITLE, "甲方和乙方的书面约定应当载明期限。", {("甲方", "CONTRACTS_WITH", "乙方")}),
    # 供应商品 supplies goods (not 供应商, a supplier)
    (RULE_TITLE, "丙厂向乙学校供应商品。", {("丙厂", "SERVES", "乙学校")}),
    (RULE_TITLE, "丙厂向乙学校供应商提供样品。", {("丙厂", "SERVES", "乙学校供应商")}),
    # the modal 要 before 指示 leaves it a verb of directing; 按照 B 的指示 stays the noun
    # of an instruction received
    (RULE_TITLE, "丙署要指示丁队转移。", {("丙署", "REQUIRES", "丁队")}),
    (RULE_TITLE, "丙署按照甲站的指示转移。", {("甲站", "REQUIRES", "丙署")}),
]


def _extraction(title: str, sentence: str, lexicon: Lexicon) -> Extraction:
    return extract(document_from_text(f"{title}\n\n{sentence}\n"), lexicon)


@pytest.mark.parametrize(("title", "sentence", "expected"), RESPONSIBILITY_CASES)
def test_review_mend_responsibilities(
    title: str, sentence: str, expected: Rows | None, lexicon: Lexicon
) -> None:
    extraction = _extraction(title, sentence, lexicon)
    rows = {(s.holder.text, s.duty, s.modality.value) for s in extraction.responsibilities}
    if expected is None:  # a list of its own after 包括：: its items are read as items
        items = {("甲中心", "延长开放时间", "must"), ("甲中心", "增设自助设备", "must")}
        assert {("甲中心", "完善借阅服务", "must"), *items} <= rows
    else:
        assert rows == expected


@pytest.mark.parametrize(("title", "sentence", "expected"), RELATION_CASES)
def test_review_mend_relations(title: str, sentence: str, expected: Rows, lexicon: Lexicon) -> None:
    extraction = _extraction(title, sentence, lexicon)
    rows = {(r.subject.text, r.kind.value, r.object.text) for r in extraction.relations}
    assert rows == expected
