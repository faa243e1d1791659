"""Mechanisms for news reports: what a speaker says, recommends and narrates.

Each row is (sentence, expected rows as (stakeholder, responsibility, modality)). The
sentences are invented for these tests and name no text zhkg is tuned on.
"""

from __future__ import annotations

import pytest

from zhkg.extract.document import document_from_text
from zhkg.extract.extractor import extract
from zhkg.extract.lexicon import Lexicon

NEWS_TITLE = "某局回应社区问题"

CASES = [
    # the speaker speaks again after a reported duty (又提醒…, 他批评…, 质疑…): no chain
    (
        "丙会表示，丁酒店须按时清洗空调，又提醒其他商户，于营业时间注意通风换气。",
        {("丁酒店", "按时清洗空调", "must")},
    ),
    (
        "丙协会指出，部分学校应加强管理，他批评有关安排过于官僚，对学生的支援不足。",
        {("部分学校", "加强管理", "must")},
    ),
    (
        "丁协会表示，物业公司应公开维修账目，又质疑账目是否真实。",
        {("物业公司", "公开维修账目", "must")},
    ),
    # a directing verb without 又 stays a chained duty
    (
        "戊公司应当建立安全制度，并提醒用户注意安全。",
        {("戊公司", "建立安全制度", "must"), ("戊公司", "提醒用户注意安全", "must")},
    ),
    # a voicing verb alone may open a chained duty
    (
        "网民要弘扬正气，抨击不良风气。",
        {("网民", "弘扬正气", "should"), ("网民", "抨击不良风气", "should")},
    ),
    # a speaker's name and a one-character verb of saying (甲署指，…) name no topic
    ("甲署指，乙屋苑属于私人物业，须受有关条例规管。", set()),
    ("戊处又指，丙公司须在三日内整改。", {("丙公司", "在三日内整改", "must")}),
    # 又/亦 a word of its own between the name and the verb (丁区议员又指，…)
    ("丁区议员又指，须在两日内完成整改。", set()),
    # a speaker's pronoun and a verb of saying (她表示…) end the chain as a voicing verb does
    (
        "丁协会指出，乙商户应公开价目，她表示价目不够清楚。",
        {("乙商户", "公开价目", "must")},
    ),
    # a verbal noun opening a clause before 也/都 is its subject; 故此 concludes
    (
        "丁中心应以匿名形式进行调查，调查也不是针对个别员工，故此不会构成压力。",
        {("丁中心", "以匿名形式进行调查", "must")},
    ),
    # a manner before 将 opens the chained act, it is no subject
    (
        "乙部门应当完善考核，优先将资源分配给基层团队。",
        {("乙部门", "完善考核", "must"), ("乙部门", "优先将资源分配给基层团队", "must")},
    ),
    # 并非 judges the act before it, no further duty
    (
        "甲站仍可安排保安留守现场，并非要求保安立即撤离。",
        {("甲站", "安排保安留守现场", "may")},
    ),
    # questions in Hong Kong usage: 甚么 (什么), and 需否/须否 ("whether it needs")
    ("乙会被问及场地可在甚么时段开放，未有答复。", set()),
    ("丁家长关心子女需否将作业交给丙校。", set()),
    ("丁会未说明借用时须否经业主大会表决。", set()),
    # "as needed" in Hong Kong usage (因应需要) and a need taken into account bind no one
    ("诊所因应需要决定怎样安排值班。", set()),
    ("乙会考虑到需要扩充展览场地而作调整。", set()),
    # 惟 ("but") and 不宜 (not advisable) open no further duty of the chain
    ("甲公司须公开资料，惟只限会员查阅。", {("甲公司", "公开资料", "must")}),
    ("学校应留意整体表现，不宜侧重个别题目。", {("学校", "留意整体表现", "must")}),
    # a past time (过往, 以往) opening the clause is no part of the party's name
    ("过往诊所须向戊局递交表格。", {("诊所", "向戊局递交表格", "must")}),
    # a recommendation's addressee bears the subjectless duties after it, not the speaker
    (
        "甲公署批评有关指标含糊，建议乙署订立新的指标，并应清楚说明理据，及定期作检讨。",
        {("乙署", "清楚说明理据", "must"), ("乙署", "定期作检讨", "must")},
    ),
    # 如果…则应…: the trigger after 则/便 opens the consequence, it is no condition
    (
        "公告提醒，建议丙馆馆长亲自核对清单，如果对数量有疑问则应该尽快联络丁处。",
        {("丙馆馆长", "尽快联络丁处", "must")},
    ),
    ("如果丙公司发现问题则应及时报告乙局。", {("丙公司", "及时报告乙局", "must")}),
    # a trigger inside the condition is still none
    ("如果丙公司须办理许可，则由乙局审批。", set()),
]


def _rows(text: str, lexicon: Lexicon) -> set[tuple[str, str, str]]:
    extraction = extract(document_from_text(text), lexicon)
    return {(s.holder.text, s.duty, s.modality.value) for s in extraction.responsibilities}


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_news_report_mechanism(
    sentence: str, expected: set[tuple[str, str, str]], lexicon: Lexicon
) -> None:
    assert _rows(f"{NEWS_TITLE}\n\n{sentence}\n", lexicon) == expected


def test_a_hong_kong_preposition_opens_no_party_name(lexicon: Lexicon) -> None:
    """因应 ("in response to", as 根据) before a time and a party: no name holds it."""
    text = f"{NEWS_TITLE}\n\n因应今年乙局要求学校制订课程框架，丙学校亦须提交报告。\n"
    extraction = extract(document_from_text(text), lexicon)
    names = [s.holder.text for s in extraction.responsibilities]
    names += [r.subject.text for r in extraction.relations]
    assert names and not any(name.startswith(("因应", "今年")) for name in names)
