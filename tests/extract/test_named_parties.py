"""Parties the lexicon does not know: everyday nouns, verb-modified heads, names with 和.

Each table holds sentences of domains other than the development and held-out
texts; a row that names no party (a thing, an abstraction, a clause) must stay
without a holder.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from zhkg.extract.responsibilities import SentenceAnalysis
from zhkg.extract.stakeholders import PartyFinder, SubjectKind
from zhkg.extract.wordclass import is_actor_noun

Rows = list[tuple[str, str, str]]
Tokens = Callable[[str], list[tuple[int, int]]]


def rows(analysis: SentenceAnalysis) -> Rows:
    return [(p.text, d.duty, d.modality.value) for d in analysis.duties for p in d.holders]


ACTOR_NOUNS = [
    ("网点", True),
    ("业委会", True),
    ("民间资本", True),
    ("报告", False),
    ("收费标准", False),
    ("困境", False),
    ("建立健全", False),  # a verb idiom the dictionary tags as a name
    ("主任", True),  # a title the dictionary tags as a distinguishing word
    ("大型", False),  # a distinguishing word that is no agent ending
    ("情形", False),  # a case a rule covers (甲、乙等情形), never a party
    ("量具", False),  # a tool or utensil, a thing
    ("结果表明", False),  # a noun glued to a finding verb states a finding
    ("关键在于", False),  # glued to 在于, a verdict
    ("网络舆情", False),  # what is observed (舆情, 数值) is a thing
    ("监测数值", False),
    ("在实践中", False),  # one word of a frame (在…中), no party
    ("用地性质", False),
    ("废弃物", False),  # waste, matter and what a party knows are things (物, 技能)
    ("排泄物", False),
    ("急救技能", False),
    ("专业知识", False),
]


@pytest.mark.parametrize(("word", "expected"), ACTOR_NOUNS)
def test_actor_nouns(word: str, expected: bool) -> None:
    assert is_actor_noun(word) is expected


SUBJECTS = [
    # everyday nouns and 各 + noun before a deontic
    ("各乡镇要", SubjectKind.PARTY, ["各乡镇"]),
    ("车间主任应当", SubjectKind.PARTY, ["车间主任"]),
    ("仓库主任应当", SubjectKind.PARTY, ["仓库主任"]),
    ("各级电视台也要", SubjectKind.PARTY, ["各级电视台"]),
    ("保安和保洁员不得", SubjectKind.PARTY, ["保安", "保洁员"]),
    ("物业公司和业委会应当", SubjectKind.PARTY, ["物业公司", "业委会"]),
    # …also after a group whose levels the everyday reading does not take
    ("市、县民政部门、社区要", SubjectKind.PARTY, ["市民政部门", "县民政部门", "社区"]),
    # a subject followed by its time adverbial
    ("网点在节假日期间应当", SubjectKind.PARTY, ["网点"]),
    # verbs modifying a personnel or organisation head
    ("从事高空作业的安装人员须", SubjectKind.PARTY, ["安装人员"]),
    ("维修保养企业应当", SubjectKind.PARTY, ["维修保养企业"]),
    # owners listed before 的 each have the head (elliptical coordination), unless the
    # list is a verb's object
    (
        "码头、仓库、货运堆场的经营管理者应当",
        SubjectKind.PARTY,
        ["码头的经营管理者", "仓库的经营管理者", "货运堆场的经营管理者"],
    ),
    # agency names joined by 和; two parties stay two
    ("区住房和城乡建设局要", SubjectKind.PARTY, ["区住房和城乡建设局"]),
    ("市人力资源和社会保障局应当", SubjectKind.PARTY, ["市人力资源和社会保障局"]),
    ("平台和监管部门应当", SubjectKind.PARTY, ["平台", "监管部门"]),
    # two kinds of one party sharing a head stay one name, as annotators keep them
    ("种植和养殖企业应当", SubjectKind.PARTY, ["种植和养殖企业"]),
    ("科学和信息化部应当", SubjectKind.PARTY, ["科学和信息化部"]),
    # 及 joins two kinds before one head as 和 does; two parties stay two
    ("甲级及乙级检测机构应当", SubjectKind.PARTY, ["甲级及乙级检测机构"]),
    ("省级及以上调度机构应当", SubjectKind.PARTY, ["省级及以上调度机构"]),
    ("学校及培训机构应当", SubjectKind.PARTY, ["学校", "培训机构"]),
    # 与 joins the fields of an agency's name too; before another
    # head (行业与企业) it still coordinates two, and 平台与监管部门 stay two parties
    ("市自然资源与规划局应当", SubjectKind.PARTY, ["市自然资源与规划局"]),
    ("信息管理与技术部门应当", SubjectKind.PARTY, ["信息管理与技术部门"]),
    ("平台与监管部门应当", SubjectKind.PARTY, ["平台", "监管部门"]),
    # a park acts as a body (甲园区应当…), whatever modifies it; a bracket listing places
    # after a first word, one of them a park, keeps the name whole
    ("海外园区应当", SubjectKind.PARTY, ["海外园区"]),
    ("高新技术园区要", SubjectKind.PARTY, ["高新技术园区"]),
    ("开发区（集聚区、园区）管理机构应当", SubjectKind.PARTY, ["开发区（集聚区、园区）管理机构"]),
    # named places sharing an agency: each place gets the agency
    ("江苏省、浙江省生态环境厅应当", SubjectKind.PARTY, ["江苏省生态环境厅", "浙江省生态环境厅"]),
    ("南京市、杭州市人民政府应当", SubjectKind.PARTY, ["南京市人民政府", "杭州市人民政府"]),
    # an example marker before a list of parties, and a closing 等
    ("如教育局、体育局等应当", SubjectKind.PARTY, ["教育局", "体育局"]),
    # the issuer speaking of itself with 本 is no named party; with 我 it names its body
    ("本局将", SubjectKind.PRONOUN, []),
    ("我局将", SubjectKind.PARTY, ["我局"]),
    # a head the dictionary tags as a verb, before a list comma
    ("科研组织、学会应当", SubjectKind.PARTY, ["科研组织", "学会"]),
    # a modifier the dictionary tags as a verb before any agent noun
    ("实名投诉人应当", SubjectKind.PARTY, ["实名投诉人"]),
    ("退休教师应当", SubjectKind.PARTY, ["退休教师"]),
    # the other side of a procedure, and a party a passive participle describes; before a
    # bare head (单位) a verb after 被 stays in the name: the head alone names no one
    ("被申请人应当", SubjectKind.PARTY, ["被申请人"]),
    # a level and the range after it (及以上, 及以下: one word) open the name as 以上 does
    ("县级及以上人民政府应当", SubjectKind.PARTY, ["县级及以上人民政府"]),
    ("二级及以上医院应当", SubjectKind.PARTY, ["二级及以上医院"]),
    # a passive participle before a bare head stays in the name (the head alone names no
    # one), as 被检查单位 does; before a full name it only describes it
    ("被委派机构应当", SubjectKind.PARTY, ["被委派机构"]),
    ("受委托甲检测公司应当", SubjectKind.PARTY, ["甲检测公司"]),
    ("被检查单位应当", SubjectKind.PARTY, ["被检查单位"]),
    ("甲公司和被评估单位应当", SubjectKind.PARTY, ["甲公司", "被评估单位"]),
    # a passive role opening a list keeps its verb, and its conjuncts follow it
    ("被评估单位和甲公司应当", SubjectKind.PARTY, ["被评估单位", "甲公司"]),
    ("被抽查单位和相关人员应当", SubjectKind.PARTY, ["被抽查单位", "相关人员"]),
    ("受委托保洁公司应当", SubjectKind.PARTY, ["保洁公司"]),
    ("受委托人应当", SubjectKind.PARTY, ["受委托人"]),
    # what possessors have bears the duty: named whole after one, alone after a list; a
    # distinguishing word (所属) opens a relative clause as a verb does
    ("物业公司的人民调解组织应当", SubjectKind.PARTY, ["物业公司的人民调解组织"]),
    (
        "村民委员会、物业公司以及企业事业单位的人民调解组织应当",
        SubjectKind.PARTY,
        ["人民调解组织"],
    ),
    ("水务主管机构所属的监测站应当", SubjectKind.PARTY, ["监测站"]),
    # the head of a relative clause a party opens may hold a verb (停车|管理人员)
    ("街道办事处确定的停车管理人员应当", SubjectKind.PARTY, ["停车管理人员"]),
    # a copula opens a clause that is the subject, no name it modifies
    ("成为企业就意味着不得", SubjectKind.OTHER, []),
    # a directive verb opens a predicate whose object is a party, no name
    ("指导住户不得", SubjectKind.OTHER, []),
    # the legal formula of the provincial level stays one name
    ("省、自治区、直辖市林业局应当", SubjectKind.PARTY, ["省、自治区、直辖市林业局"]),
    # a collective name followed by the parties it stands for, in brackets
    ("参与方（出租人、承租人和中介机构）应当", SubjectKind.PARTY, ["出租人", "承租人", "中介机构"]),
    # an adverb and a verb before an agent noun make a predicate, not a name
    ("已经成为广大医护工作者应当", SubjectKind.OTHER, []),
    # things, abstractions, frequencies and clauses are no party
    ("相关文书要", SubjectKind.OTHER, []),
    ("检测报告应当", SubjectKind.OTHER, []),
    ("收费标准应当", SubjectKind.OTHER, []),
    ("每学年不得", SubjectKind.OTHER, []),
    ("破解这一困境需要", SubjectKind.OTHER, []),
    ("电梯应当", SubjectKind.OTHER, []),
    ("游客数量不得", SubjectKind.OTHER, []),  # a known party modifying a thing
    ("游客数量也不得", SubjectKind.OTHER, []),  # ... with the adverbs the modal takes
    ("政府政策既要", SubjectKind.OTHER, []),
    ("政府也要", SubjectKind.PARTY, ["政府"]),
    # methods of care, a technology, a rank, a wish: what a duty is stated about
    ("新型疗法需要", SubjectKind.OTHER, []),
    ("术后护理应当", SubjectKind.OTHER, []),
    ("人工智能不得", SubjectKind.OTHER, []),
    ("条例的位阶应当", SubjectKind.OTHER, []),
    ("心理治疗需要", SubjectKind.OTHER, []),
    ("甲类手术应当", SubjectKind.OTHER, []),
    ("乙方意愿应当", SubjectKind.OTHER, []),
    # an event of going live, a meal: what happens or is served, no one
    ("甲系统上线应当", SubjectKind.OTHER, []),
    ("工作餐应当", SubjectKind.OTHER, []),
    ("对损害的扩大部分应当", SubjectKind.OTHER, []),
]


@pytest.mark.parametrize(("text", "kind", "parties"), SUBJECTS)
def test_subjects_at_a_trigger(
    finder: PartyFinder, tokens_of: Tokens, text: str, kind: SubjectKind, parties: list[str]
) -> None:
    end = next(text.rfind(w) for w in ("应当", "不得", "需要", "要", "须", "将") if w in text)
    parse = finder.subject(text, 0, end, tokens_of(text), at_trigger=True)
    assert (parse.kind, [p.text for p in parse.parties]) == (kind, parties)


SENTENCES = [
    ("各乡镇要建立防汛物资储备。", [("各乡镇", "建立防汛物资储备", "should")]),
    (
        "保安和保洁员不得向住户索要财物。",
        [("保安", "向住户索要财物", "must_not"), ("保洁员", "向住户索要财物", "must_not")],
    ),
    ("检测报告应当载明检测日期。", []),
    # directives address everyday nouns followed by their act; not things
    ("引导民间资本投资养老设施。", [("民间资本", "投资养老设施", "should")]),
    ("鼓励技术创新。", []),
    # a copular first clause names the topic of the duties after it
    ("社区是疫情防控的第一道防线，要落实网格化管理。", [("社区", "落实网格化管理", "should")]),
    # 由X承担 + liability: the object is the duty, the condition before it is not
    ("因设备故障造成事故的，由承租单位承担全部责任。", [("承租单位", "全部责任", "must")]),
    # a 在…时 time frame and a …的 condition inside a chain govern the next duty
    (
        "出租单位应当定期检查设备，在交付使用时，提供维护记录。",
        [
            ("出租单位", "定期检查设备", "must"),
            ("出租单位", "在交付使用时，提供维护记录", "must"),
        ],
    ),
    (
        "物业公司应当定期巡查电梯，发现故障的，立即停用。",
        [("物业公司", "定期巡查电梯", "must"), ("物业公司", "立即停用", "must")],
    ),
    # a time frame inside a predicate does not swallow the next clause
    (
        "药店需要在售药时核对处方，并提醒顾客用药禁忌。",
        [("药店", "在售药时核对处方", "should"), ("药店", "提醒顾客用药禁忌", "should")],
    ),
    # 负责 inside the subject's relative clause is no duty; 负责 as the predicate is
    ("负责消毒的保洁员应当佩戴口罩。", [("保洁员", "佩戴口罩", "must")]),
    (
        "卫生部门负责辖区的监督检查，企业应当配合。",
        [("卫生部门", "辖区的监督检查", "must"), ("企业", "配合", "must")],
    ),
    # a directive inside a frame 在…的同时 binds no one: the party before the frame is the
    # topic of the modal after it; a modal before 在 is the party's own
    ("管理者在鼓励员工创新的同时，要注意控制风险。", [("管理者", "注意控制风险", "should")]),
    ("学校在引导学生阅读的同时，应当提供场地。", [("学校", "提供场地", "must")]),
    # (the 在 of 正在 opens the frame as well)
    ("管理者正在鼓励员工创新的同时，要注意控制风险。", [("管理者", "注意控制风险", "should")]),
    (
        "护士长应当在强化自身能力的同时，教育护士遵守规范。",
        [("护士长", "在强化自身能力的同时，教育护士遵守规范", "must")],
    ),
    # 负责, its task, 的 and a person with a predicate of its own names the person in
    # charge: no duty of the party before (no modal binds the person either)
    ("协会成立了评审组，负责选题的编辑作为召集人。", []),
    ("讨论通常由委员会负责撰写报告的成员进行展示。", []),
    # (a noun going on after the person, or a verb read as 组织, keeps 负责 the predicate)
    (
        "区人民政府负责本区的居民住宅区安全工作。",
        [("区人民政府", "本区的居民住宅区安全工作", "must")],
    ),
    (
        "街道办事处负责辖区内养老服务的组织实施。",
        [("街道办事处", "辖区内养老服务的组织实施", "must")],
    ),
    # a purpose after an adverbial of level or root is no duty; as the duty itself it is
    ("学校应当完善采购制度，从源头上保障饮食安全。", [("学校", "完善采购制度", "must")]),
    ("企业应当从源头上减少污染物排放。", [("企业", "从源头上减少污染物排放", "must")]),
    # a noun subject with a copula ends the chain: a comment, not a duty
    (
        "卫生部门要开展年度检查，检查结果作为评优的依据。",
        [("卫生部门", "开展年度检查", "should")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_sentences_with_unknown_parties(
    analyse: Callable[[str], SentenceAnalysis], sentence: str, expected: Rows
) -> None:
    assert rows(analyse(sentence)) == expected


DOCUMENTS = [
    # a run-in heading naming two parties, cut by the structure at 、, sets the subject
    (
        "关于推进社区医疗服务的实施意见\n\n一、部门职责\n"
        "（一）区卫生健康委。负责社区医疗机构的监督管理。\n"
        "（二）区医保局、区财政局。要加大对家庭医生签约服务的资金支持。\n",
        [
            ("区卫生健康委", "社区医疗机构的监督管理", "must", "zero-subject.heading"),
            ("区医保局", "加大对家庭医生签约服务的资金支持", "should", "zero-subject.heading"),
            ("区财政局", "加大对家庭医生签约服务的资金支持", "should", "zero-subject.heading"),
        ],
    ),
    # news: 要 after a "；" that ends a clear duty of the same sentence is a norm too
    (
        "电梯新规出台\n\n新规同时对部门职责作了规定。区人民政府应当统筹电梯安全工作；"
        "市场监管、住房等部门要加强日常检查。\n\n维修工人要三分钟到场吗？多数人不清楚。\n",
        [
            ("区人民政府", "统筹电梯安全工作", "must", "deontic.must"),
            ("市场监管部门", "加强日常检查", "should", "deontic.should"),
            ("住房部门", "加强日常检查", "should", "deontic.should"),
        ],
    ),
    # news: a recommendation is a norm, and so is a view that names the party it binds
    # (甲认为，乙要…; GUIDELINES: 要, 需要 X bears it); a view naming none binds no one
    (
        "养老观察\n\n专家建议，各街道要建立老人助餐点。业内人士认为，养老院要增加护理员。"
        "学者表示，社区需要增加助老员。有人认为，需要增加床位。\n",
        [
            ("各街道", "建立老人助餐点", "should", "deontic.should"),
            ("养老院", "增加护理员", "should", "deontic.should"),
            ("社区", "增加助老员", "should", "deontic.should"),
        ],
    ),
    # paper: a name, a colon and an opening quote label the speaker of an interview
    # excerpt; the modals inside the quote are no duties of the speaker (the code K2
    # would otherwise bear the subjectless 需要 of the quoted words)
    (
        "家属访谈\n\n访谈结果如下。\nK2：“从入院到第二天，护工只说需要进一步的观察。”\n"
        "医院应当加强沟通。\n",
        [("医院", "加强沟通", "must", "deontic.must")],
    ),
    # (any opening quote of lang opening_quotes, 『 as well)
    (
        "家属访谈\n\n访谈结果如下。\nK2：『从入院到第二天，护工只说需要进一步的观察。』\n"
        "医院应当加强沟通。\n",
        [("医院", "加强沟通", "must", "deontic.must")],
    ),
    # essay: a verb of recommending opening the clause of a party's 可 makes it a norm,
    # also through the chain after it; 可 after a plain statement stays ability
    (
        "社区养老观察\n\n由此提示，街道办一方面可招募志愿者。"
        "提示年轻学者可走访养老院，整理护理案例。养老院可容纳三百人。\n",
        [
            ("街道办", "招募志愿者", "may", "deontic.may"),
            ("年轻学者", "走访养老院", "may", "deontic.may"),
            ("年轻学者", "整理护理案例", "may", "deontic.chain"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_documents_with_unknown_parties(
    extraction_nlp: object, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    extraction = extract(document_from_text(text), load_lexicon())
    found = [(s.holder.text, s.duty, s.modality.value, s.rule) for s in extraction.responsibilities]
    assert found == expected
