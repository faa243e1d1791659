"""Deontic statements of single sentences, through the real spaCy + jieba pipeline.

The sentences are written for these tests in the style of regulations, guidelines
and essays about food safety, health care, education and data protection.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from zhkg.extract.responsibilities import (
    SentenceAnalysis,
    clause_words_end,
    definition_duties,
    heading_duties,
    split_clauses,
)
from zhkg.extract.stakeholders import PartyFinder

Rows = list[tuple[str, str, str]]


def rows(analysis: SentenceAnalysis) -> Rows:
    return [(p.text, d.duty, d.modality.value) for d in analysis.duties for p in d.holders]


TRIGGERS = [
    ("学校应当建立安全检查制度。", [("学校", "建立安全检查制度", "must")]),
    ("医院应及时上报传染病疫情。", [("医院", "及时上报传染病疫情", "must")]),
    ("供应商须提供产品合格证明。", [("供应商", "提供产品合格证明", "must")]),
    ("教师必须持证上岗。", [("教师", "持证上岗", "must")]),
    # a bound whose subject is the party itself stays its duty
    ("驾驶员不得超过规定时速行驶。", [("驾驶员", "超过规定时速行驶", "must_not")]),
    ("餐饮服务提供者负责食品原料的进货查验。", [("餐饮服务提供者", "食品原料的进货查验", "must")]),
    ("运营单位依法承担赔偿责任。", [("运营单位", "依法承担赔偿责任", "must")]),
    # 负总责/负直接责任 bear a burden as 负责 does, also ending the clause
    ("区政府对辖区的防汛工作负总责。", [("区政府", "对辖区的防汛工作负总责", "must")]),
    ("物业公司对电梯安全负直接责任。", [("物业公司", "对电梯安全负直接责任", "must")]),
    ("数据处理者有义务保护用户数据的安全。", [("数据处理者", "保护用户数据的安全", "must")]),
    ("快递企业不得私自开拆用户的邮件。", [("快递企业", "私自开拆用户的邮件", "must_not")]),
    ("禁止培训机构进行虚假宣传。", [("培训机构", "进行虚假宣传", "must_not")]),
    ("严禁食品生产者使用非食用物质。", [("食品生产者", "使用非食用物质", "must_not")]),
    ("企业需要定期开展员工培训。", [("企业", "定期开展员工培训", "should")]),
    ("学生需遵守实验室的安全规则。", [("学生", "遵守实验室的安全规则", "should")]),
    ("学校还需承担食品留样责任。", [("学校", "承担食品留样责任", "should")]),  # 需承担: one token
    ("街道办事处理应整合社区的服务资源。", [("街道办事处", "整合社区的服务资源", "must")]),  # 理应
    # 经理 + 应当 reads 理应: the modal is 应当, not the adverb-led 理应
    ("物业公司经理应当定期公开账目。", [("物业公司经理", "定期公开账目", "must")]),
    ("托育机构宜配备专职保健人员。", [("托育机构", "配备专职保健人员", "should")]),
    ("鼓励行业协会制定团体标准。", [("行业协会", "制定团体标准", "should")]),
    ("患者可以查阅本人的病历资料。", [("患者", "查阅本人的病历资料", "may")]),
    # a one-character modal the segmenter glues to the preposition after it (应以)
    ("卫生院应于每月底前报送报表。", [("卫生院", "于每月底前报送报表", "must")]),
    # 可对 glued by the segmenter is the modal and a preposition; 应对 ("cope with") is a verb
    ("研究院可对所设课题开展评估。", [("研究院", "对所设课题开展评估", "may")]),
    ("政府积极应对突发的自然灾害。", []),
    # a sanction word before 的 and a noun names the sanction's procedure, it imposes none
    (
        "执法部门应当对行政处罚的全过程进行记录。",
        [("执法部门", "对行政处罚的全过程进行记录", "must")],
    ),
    # a verb after 的 names an act, and the one-character modal after it stays a modal
    ("卫生局对于药品的抽检应制定统一标准。", [("卫生局", "制定统一标准", "must")]),
    # a party's name the dictionary tags as a verb does not make 要 after it a verb's object
    ("试点单位要按月报送台账。", [("试点单位", "按月报送台账", "should")]),
    ("个人有权要求处理者删除其个人信息。", [("个人", "要求处理者删除其个人信息", "may")]),
    ("受访者有权利随时撤回同意。", [("受访者", "随时撤回同意", "may")]),
    # 有职责 binds as 有责任 does; 没有职责 binds no one
    ("社区医生有职责定期随访老人。", [("社区医生", "定期随访老人", "must")]),
    # a duty noun the segmenter glues to its adjective (主要职责 + 是) still defines a duty
    ("质控小组的主要职责是审核检验报告。", [("质控小组", "审核检验报告", "must")]),
    ("质控小组的职能包括审核检验报告。", [("质控小组", "审核检验报告", "must")]),
    ("质控小组的职责包括但不限于审核检验报告。", [("质控小组", "审核检验报告", "must")]),
    ("社区医生没有职责定期随访老人。", []),
    ("图书馆应多加开发馆藏的地方文献。", [("图书馆", "多加开发馆藏的地方文献", "must")]),
    ("我们建议博物馆应该设立一个观众反馈渠道。", [("博物馆", "设立一个观众反馈渠道", "must")]),
    # 亟需 urges, 必需 and 务必(要) bind, 切忌, 切勿 and 不要 forbid
    ("社区卫生站亟需补充专业护士。", [("社区卫生站", "补充专业护士", "should")]),
    ("承包商必需在开工前缴纳保证金。", [("承包商", "在开工前缴纳保证金", "must")]),
    ("值班人员务必要核对来访者身份。", [("值班人员", "核对来访者身份", "must")]),
    ("驾驶员切忌疲劳驾驶。", [("驾驶员", "疲劳驾驶", "must_not")]),
    ("游客切勿投喂野生动物。", [("游客", "投喂野生动物", "must_not")]),
    ("投稿人不要轻信代发广告。", [("投稿人", "轻信代发广告", "must_not")]),
    ("这种仪器是实验室必需的设备。", []),
    # 无论是甲还是乙: both are the subject
    (
        "无论是出租方还是承租方都应妥善保管合同。",
        [("出租方", "妥善保管合同", "must"), ("承租方", "妥善保管合同", "must")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), TRIGGERS)
def test_every_trigger_gives_its_modality(
    analyse: Callable[[str], SentenceAnalysis], sentence: str, expected: Rows
) -> None:
    assert rows(analyse(sentence)) == expected


STRUCTURES = [
    # 鼓励甲、乙等 + a label of the list: the act is the clause after the comma
    (
        "鼓励物业公司、业主委员会等社区服务机构，组织居民开展垃圾分类。",
        [
            ("物业公司", "组织居民开展垃圾分类", "should"),
            ("业主委员会", "组织居民开展垃圾分类", "should"),
        ],
    ),
    # a run-in label in brackets of mixed width ([…］) closes there: the clauses are read
    (
        "[方法/过程］该体系具有规范化等特点，交通部门利用信息系统，负责日常巡查。",
        [("交通部门", "日常巡查", "must")],
    ),
    # a third-person pronoun opening a clause names the topic, or the body set up before
    (
        "甲伦理小组由五位专家和患者代表共同组成，他们负责监督研究的全流程。",
        [("甲伦理小组", "监督研究的全流程", "must")],
    ),
    (
        "该署在各地设立地区委员会，它们负责划定养护区的边界。",
        [("地区委员会", "划定养护区的边界", "must")],
    ),
    # the body set up keeps the duty when a bracket defines its short name
    (
        "省水利厅组建了河道管理中心（以下简称河道中心），负责河道的日常巡查。",
        [("河道管理中心", "河道的日常巡查", "must")],
    ),
    # 由…组成的 + a party before a comma: a relative clause, the party is the topic
    (
        "由居民代表、学者等组成的评审小组，负责年度绩效评价，并督促有关部门整改。",
        [("评审小组", "年度绩效评价", "must"), ("评审小组", "督促有关部门整改", "must")],
    ),
    # so is 在…V的 + a party: 在 frames the verb's place inside the relative clause
    ("在本市从事餐饮服务的企业，应当公示食品安全等级。", [("企业", "公示食品安全等级", "must")]),
    # a range as the whole duty is a condition; a verb before a range keeps the act
    (
        "甲会员必须六十岁以上，乙会员须提供证明，丙公司应当从事养护工作三年以上。",
        [("乙会员", "提供证明", "must"), ("丙公司", "从事养护工作三年以上", "must")],
    ),
    # coordinated subjects: one row each, elliptical coordination expanded
    (
        "学校、家长和教师应当共同关注学生的心理健康。",
        [
            ("学校", "共同关注学生的心理健康", "must"),
            ("家长", "共同关注学生的心理健康", "must"),
            ("教师", "共同关注学生的心理健康", "must"),
        ],
    ),
    (
        "县级以上人民政府和有关部门不得干预学校的正常教学。",
        [
            ("县级以上人民政府", "干预学校的正常教学", "must_not"),
            ("有关部门", "干预学校的正常教学", "must_not"),
        ],
    ),
    (
        "卫生健康、教育部门应当建立信息通报机制。",
        [
            ("卫生健康部门", "建立信息通报机制", "must"),
            ("教育部门", "建立信息通报机制", "must"),
        ],
    ),
    # right before a trigger only a subject can stand, whatever the dictionary says of 外卖
    ("外卖平台应当合理确定配送时限。", [("外卖平台", "合理确定配送时限", "must")]),
    # chained predicates under one trigger, split at "，" and "，并"
    (
        "医院应当建立病历管理制度，配备专职人员，并定期检查病历质量。",
        [
            ("医院", "建立病历管理制度", "must"),
            ("医院", "配备专职人员", "must"),
            ("医院", "定期检查病历质量", "must"),
        ],
    ),
    # purpose and result clauses are not duties; 确保 is one unless it closes the sentence
    (
        "企业应当建立数据安全管理制度，保障用户的合法权益。",
        [("企业", "建立数据安全管理制度", "must")],
    ),
    ("学校应当定期检查消防设施，确保师生安全。", [("学校", "定期检查消防设施", "must")]),
    (
        "学校应当组织疏散演练，确保每名学生掌握逃生路线，避免发生踩踏事故。",
        [("学校", "组织疏散演练", "must"), ("学校", "确保每名学生掌握逃生路线", "must")],
    ),
    # a purpose verb after an adverb of degree, and verbs of convenience, close a duty too
    (
        "图书馆应当延长开放时间，不断提高读者满意度。",
        [("图书馆", "延长开放时间", "must")],
    ),
    (
        "物业公司应当设置快递存放点，方便业主取件。",
        [("物业公司", "设置快递存放点", "must")],
    ),
    # "，由 X …" in a chain: X bears what follows, under the sentence's modal
    (
        "学校应当建立巡查制度，并由保卫处每日巡查校园。",
        [("学校", "建立巡查制度", "must"), ("保卫处", "每日巡查校园", "must")],
    ),
    (
        "本地区应当完善扶持政策，并由农业农村部门、行业协会合力对农户进行培训。",
        [
            ("农业农村部门", "合力对农户进行培训", "must"),
            ("行业协会", "合力对农户进行培训", "must"),
        ],
    ),
    # a clause whose verb carries the perfective 了 reports what was done: no chained duty;
    # 了 before an interrogative (发生了什么) asks what was done, the chain goes on
    (
        "省政府应当每年拨付专项资金，对资金用途作了严格限定。",
        [("省政府", "每年拨付专项资金", "must")],
    ),
    (
        "协会应当帮助会员了解发生了什么，及时通报处理结果。",
        [("协会", "帮助会员了解发生了什么", "must"), ("协会", "及时通报处理结果", "must")],
    ),
    # a bare "…的 + head" after a duty ending in the same head is one more object of its
    # verb (elided), not a new subject: the chain goes on after it
    (
        "学校要加强自身能力建设，突出课程与行业需求的对接，实习基地与用人单位的对接，"
        "建立灵活的合作机制。",
        [
            ("学校", "加强自身能力建设", "should"),
            ("学校", "突出课程与行业需求的对接", "should"),
            ("学校", "建立灵活的合作机制", "should"),
        ],
    ),
    # 如 before a list closed by 等 gives examples (such as), not a condition (if)
    (
        "本办法对各方的责任作出规定，如物业公司应履行巡查设施、清运垃圾等义务。",
        [("物业公司", "履行巡查设施、清运垃圾等义务", "must")],
    ),
    # a subjectless 可以 after a clause reporting a thing made (开发了…系统) says what the
    # thing can do; after a duty it still grants the party an option
    ("甲公司开发了一套监测系统，可以自动识别违规行为。", []),
    (
        "甲公司应当建立监测系统，可以委托专业机构运营。",
        [("甲公司", "建立监测系统", "must"), ("甲公司", "委托专业机构运营", "may")],
    ),
    # a manner word (牵头, 具体, 统一) beside 由 X: X bears the task, not the subject before
    (
        "区政府应当编制防汛预案，由应急管理局牵头负责，具体由街道办事处、社区服务中心实施。",
        [
            ("区政府", "编制防汛预案", "must"),
            ("应急管理局", "牵头负责", "must"),
            ("街道办事处", "实施", "must"),
            ("社区服务中心", "实施", "must"),
        ],
    ),
    ("防汛物资由应急管理局统一负责调配。", [("应急管理局", "调配", "must")]),
    # ... other manner words (统筹, 自行, 依法) leave the party the thing named before 由
    (
        "园区的绿化养护由物业服务企业统筹负责，报管委会备案。",
        [("物业服务企业", "园区的绿化养护", "must"), ("物业服务企业", "报管委会备案", "must")],
    ),
    ("保修责任由销售者依法承担。", [("销售者", "保修责任", "must")]),
    # a modal before 由 (and the ground of the burden) goes to the bearer after it: the
    # thing named before the modal, or the act after 负责, is its duty, at its modality
    ("场地损坏的风险，应由承租单位负责。", [("承租单位", "场地损坏的风险", "must")]),
    ("相关税费应按规定由乙公司自行承担。", [("乙公司", "相关税费", "must")]),
    ("设备的维修保养必须由本单位技术人员负责。", [("本单位技术人员", "设备的维修保养", "must")]),
    # ... but a thing borne that opens with a ground word (按, 根据) is no ground: one
    # with 的 in it, or one leaving nothing before 由 without a modal, is what is borne
    ("按季结算的仓储费由丙公司承担。", [("丙公司", "按季结算的仓储费", "must")]),
    ("根据抽检结果产生的差旅费由乙公司负责。", [("乙公司", "根据抽检结果产生的差旅费", "must")]),
    ("按揭利息由甲公司承担。", [("甲公司", "按揭利息", "must")]),
    # a modal, a ground and 由 before an act: the party after 由 bears the act, not the
    # owner of the thing before the modal
    ("甲单位的报名材料应当依照章程由丙协会审核。", [("丙协会", "审核", "must")]),
    ("日常巡查宜由物业服务企业负责组织。", [("物业服务企业", "组织", "should")]),
    # ... also a body the chunker does not know, after the modal the segmenter glued to 由;
    # a class opener (一类是) is no part of the thing borne
    (
        "事故风险分为两类：一类是设计缺陷的风险，应由技术提供方负责；"
        "另一类是操作不当的风险，宜由使用方负责。",
        [
            ("技术提供方", "设计缺陷的风险", "must"),
            ("使用方", "操作不当的风险", "should"),
        ],
    ),
    # a short name in brackets after the bearer is no part of its name
    ("该数据库转而由某某大学信息学院（ABC）负责运营。", [("某某大学信息学院", "运营", "must")]),
    # a body the chunker does not know (a division named by its field, a Latin acronym)
    # still bears what 由 X 负责 gives it; a question, a list or 专人 is no such body
    ("年度预算由基础研究司负责编制。", [("基础研究司", "编制", "must")]),
    ("补贴额度由ABC负责核定。", [("ABC", "核定", "must")]),
    # 由此 (thus) names no bearer; a person word closing the name after 由 is the party's
    # own staff: the party bears it
    (
        "如由此导致甲公司承担连带责任，乙公司须赔偿甲公司的损失。",
        [("乙公司", "赔偿甲公司的损失", "must")],
    ),
    ("系统管理权限必须由本单位技术人员专人负责。", [("本单位技术人员", "系统管理权限", "must")]),
    # a pronoun owning the thing before 由 is no subject: the party after 由 bears it
    ("其管理规范由基础研究司负责制定。", [("基础研究司", "制定", "must")]),
    ("究竟由哪个部门负责审批，各地做法不一。", []),
    ("评估工作通常由当地高校等机构承担。", []),
    # an approval frame (经…批准) opening the modal's clause names who approves, not who
    # acts: the condition's party keeps the permission, a pronoun inside the frame too;
    # a guessed word gluing 经 to a determiner (经本) is split
    (
        "市场监管部门无法按期办结的，经本部门负责人批准可以延长办理期限。",
        [("市场监管部门", "延长办理期限", "may")],
    ),
    (
        "市场监管部门无法按期办结的，经上级机关或者其授权的机构同意可以延长办理期限。",
        [("市场监管部门", "延长办理期限", "may")],
    ),
    ("经营者同意可以退货。", [("经营者", "退货", "may")]),
    # 否则 opens the clause of what follows a failure: a party named after it with a modal
    # of its own bears that (a permission, mostly); 否则 alone is no duty of the chain
    (
        "会员应当遵守俱乐部章程，否则俱乐部有权暂停其会员资格。",
        [("会员", "遵守俱乐部章程", "must"), ("俱乐部", "暂停其会员资格", "may")],
    ),
    ("馆员须有耐心，否则，读者体验无法保证。", [("馆员", "有耐心", "must")]),
    # a negation before the prepositional phrase of a verb of bearing is a disclaimer, no
    # duty; 不对称 is one word and negates no frame
    ("“甲商城”不对买卖双方的纠纷承担责任。", []),
    ("俱乐部不向会员承担违约责任。", []),
    # 由 before a pronoun (由您, 由你): the reader addressed bears it, no party and not the
    # subject named before
    ("俱乐部仅提供场地，器材费用均应由您自行负担。", []),
    ("使用器材产生的风险，由您自行承担。", []),
    ("因信息不对称造成的损失，由俱乐部承担。", [("俱乐部", "因信息不对称造成的损失", "must")]),
    # a contrast or an example after the duty ends its chain; 如实 is a manner, not 如
    (
        "博物馆应当建立访客登记制度，但无需公开登记内容。",
        [("博物馆", "建立访客登记制度", "must")],
    ),
    (
        "协会应当完善内部管理制度，包括会费收支和换届办法。",
        [("协会", "完善内部管理制度", "must")],
    ),
    (
        "合作社应当建立生产台账，并如实记录用药情况。",
        [("合作社", "建立生产台账", "must"), ("合作社", "如实记录用药情况", "must")],
    ),
    # 当事人 is a party, not 当 ("when") opening a condition
    ("当事人应当按时缴纳仲裁费用。", [("当事人", "按时缴纳仲裁费用", "must")]),
    # 当然 ("of course") opens no condition either; it, a moment (此时, 必要时) and the first
    # half of a "not only" frame (不仅, 再加上) stand before the subject, no part of it
    ("当然托管机构也应当公开收费标准。", [("托管机构", "公开收费标准", "must")]),
    ("必要时街道办事处可以组织临时安置。", [("街道办事处", "组织临时安置", "may")]),
    (
        "不仅生产企业应当严把质量关，销售门店也应当加强进货查验。",
        [("生产企业", "严把质量关", "must"), ("销售门店", "加强进货查验", "must")],
    ),
    # 无论 before parties alone makes them the topic; before a party's act it supposes
    # any case of it, and its party bears nothing
    (
        "无论学校还是幼儿园，均须公示收费标准。",
        [("学校", "公示收费标准", "must"), ("幼儿园", "公示收费标准", "must")],
    ),
    ("无论家长是否同意，均应保留学生的学籍。", []),
    ("无论家长是否同意，学校均应保留学生的学籍。", [("学校", "保留学生的学籍", "must")]),
    # 在 opening a frame of time round a party and its act (在甲…时，应…) names the party
    # acting, as 当甲…时 does; a place (在甲平台上…时) names none
    ("在医生接诊患者时，必须核对患者身份。", [("医生", "核对患者身份", "must")]),
    ("在教师布置作业后，他们应当及时批改。", [("教师", "及时批改", "must")]),
    ("在家长会上讨论课程时，应当听取意见。", []),
    # a party a demand or advice addresses, before its time frame and a comma, is the topic
    # of the modal after it, whoever speaks (本研究建议甲在…时，应…)
    (
        "本研究建议医院在开展健康宣教时，应当注重隐私保护。",
        [("医院", "注重隐私保护", "must")],
    ),
    # "，并确保…" is coordinated with the duty; rights and exceptions are not duties
    (
        "检验机构应当记录检验数据，并确保数据真实可靠。",
        [("检验机构", "记录检验数据", "must"), ("检验机构", "确保数据真实可靠", "must")],
    ),
    ("纳税人应当按期申报纳税，并依法享受减免优惠。", [("纳税人", "按期申报纳税", "must")]),
    (
        "保险公司应当承担赔偿责任，但能够证明损失系投保人故意造成的除外。",
        [("保险公司", "承担赔偿责任", "must")],
    ),
    # a modal inside what is told belongs to the telling party's duty
    (
        "平台应当将投诉转交商家，并告知消费者可以申请调解。",
        [("平台", "将投诉转交商家", "must"), ("平台", "告知消费者可以申请调解", "must")],
    ),
    # leading conditions and relative clauses are not part of the party or the duty
    ("发现食品存在安全隐患的，生产者应当立即停止生产。", [("生产者", "立即停止生产", "must")]),
    ("未取得许可证的经营者应当停止经营活动。", [("经营者", "停止经营活动", "must")]),
    (
        "餐饮服务提供者发现原料变质的，应当立即停止使用。",
        [("餐饮服务提供者", "立即停止使用", "must")],
    ),
    # an adverbial clause joins the clause it modifies
    (
        "学校应当根据学生的年龄特点，开展适当的安全教育。",
        [("学校", "根据学生的年龄特点，开展适当的安全教育", "must")],
    ),
    # a capacity phrase right before the trigger names the subject (no comma)
    ("作为护理员应热爱本职工作。", [("护理员", "热爱本职工作", "must")]),
    # a topic clause: a party with a relative clause, then a prepositional phrase
    (
        "设区的市级以上林业主管部门对于珍稀树种，可以增加保护措施。",
        [("设区的市级以上林业主管部门", "增加保护措施", "may")],
    ),
    # 与甲合作的乙，…: a comitative relative clause names the topic after its 的
    (
        "与物流公司开展冷链配送合作的仓储企业，应向物流公司提供温控数据。",
        [("仓储企业", "向物流公司提供温控数据", "must")],
    ),
    # a demand verb that describes the subject demands nothing of another party
    ("受委托的测绘单位负责现场勘查。", [("测绘单位", "现场勘查", "must")]),
    ("村委会委托的保洁公司负责垃圾清运。", [("保洁公司", "垃圾清运", "must")]),
    # 除…外 encloses a duty of its own, without the 外
    (
        "承运人除应当退还票款外，还应当赔偿损失。",
        [("承运人", "退还票款", "must"), ("承运人", "赔偿损失", "must")],
    ),
    # a topic clause of one party may end in the bracket that gives its short name; a
    # party a relative clause describes goes by that short name (the text's own name)
    (
        "取得许可的渡船经营者（以下简称渡运人），未经批准不得擅自停航。",
        [("渡运人", "擅自停航", "must_not")],
    ),
    (
        "县林业局应当会同县水务局，做好护林防火工作。",
        [("县林业局", "会同县水务局，做好护林防火工作", "must")],
    ),
    (
        "县人民政府应当根据村民的实际需要，在村内配置健身器材。",
        [("县人民政府", "根据村民的实际需要，在村内配置健身器材", "must")],
    ),
    (
        "养殖场应当按照有关规程，及时处理病死畜禽。",
        [("养殖场", "按照有关规程，及时处理病死畜禽", "must")],
    ),
    # a situation's demand (…发展要求X…) describes what it takes, no duty of X's; X's own
    # modal after it binds X
    ("直播行业的快速发展要求主播具备专业知识。", []),
    ("这就要求甲公司的检测方案能够覆盖全部批次。", []),
    ("冷库的扩建要求承包商必须先取得许可。", [("承包商", "先取得许可", "must")]),
    # a bare doer noun the demand addresses keeps the thing it acts on before 的, each
    # conjunct too; a verb before 的 opens a relative clause, dropped
    (
        "该守则要求甲系统的开发者和使用者应当定期更新数据。",
        [
            ("甲系统的开发者", "定期更新数据", "must"),
            ("甲系统的使用者", "定期更新数据", "must"),
        ],
    ),
    ("该守则要求有资质的使用者应当定期更新数据。", [("使用者", "定期更新数据", "must")]),
    # a party's demand puts the modal after it on the party it addresses, also past a
    # time frame; a subjectless demand (…，要求X必须…) does so too
    (
        "这些协会要求会员在续期时必须提交年度报告。",
        [("会员", "提交年度报告", "must")],
    ),
    ("该基金会也要求申请人不得重复申报。", [("申请人", "重复申报", "must_not")]),
    # …and past the comma of a clause that holds only the demand and a time frame
    (
        "该基金会要求申请人在结题之后，应当公开研究数据。",
        [("申请人", "公开研究数据", "must")],
    ),
    (
        "在开展动物实验时，要求研究者必须说明伦理审批情况。",
        [("研究者", "说明伦理审批情况", "must")],
    ),
    # "X的(主要)责任是…" defines duties
    (
        "医院的主要责任是为患者提供安全、有效的诊疗服务，并保护患者隐私。",
        [("医院", "为患者提供安全、有效的诊疗服务", "must"), ("医院", "保护患者隐私", "must")],
    ),
    # nested modal: a row for the party that must require, not for the required party
    ("平台应当要求入驻商家提供营业执照。", [("平台", "要求入驻商家提供营业执照", "must")]),
    # the scope of 不得 runs over a bare clause after it
    ("经营者不得虚构交易，误导消费者。", [("经营者", "虚构交易，误导消费者", "must_not")]),
    # 承担起X的责任 → X; "…，由X承担" → X bears what precedes
    ("物业公司需要承担起设施维修的责任。", [("物业公司", "设施维修", "should")]),
    ("因产品缺陷造成的损失，由生产者承担。", [("生产者", "因产品缺陷造成的损失", "must")]),
    # a text of rules that says what a party must do binds that party
    (
        "该手册特别指出导游要提前核实行程，应妥善保管游客证件。",
        [("导游", "提前核实行程", "should"), ("导游", "妥善保管游客证件", "must")],
    ),
    # a one-character modal the segmenter glued to a preposition (应视, 视 = depending on)
    # or to a preposition and the start of the next word (应由多|学科) is still the trigger
    ("监理人应视情况要求施工方暂停作业。", [("监理人", "视情况要求施工方暂停作业", "must")]),
    ("术后评估应由多学科团队完成。", [("多学科团队", "完成", "must")]),
    ("施工单位需经监理验收后进入下一工序。", [("施工单位", "经监理验收后进入下一工序", "should")]),
    # a one-character modal glued to an adverb or a verb into no dictionary word (应先,
    # 应多, 应使, 应倒查) stands alone; glued to a copula (应是) it says what is likely
    ("承包商应先取得业主同意。", [("承包商", "先取得业主同意", "must")]),
    ("护理人员应多关注老人情绪。", [("护理人员", "多关注老人情绪", "must")]),
    ("学校应使学生掌握基本技能。", [("学校", "使学生掌握基本技能", "must")]),
    ("监管部门应倒查企业的整改情况。", [("监管部门", "倒查企业的整改情况", "must")]),
    # a modal glued to a comitative into a guessed word (可同, 应同) is the modal still
    ("甲局可同公安部门建立联动机制。", [("甲局", "同公安部门建立联动机制", "may")]),
    ("乙中心应跟街道办事处做好对接。", [("乙中心", "跟街道办事处做好对接", "must")]),
    # a pair of a modal and a verb the dictionary lists only by chance (须持, 应持) is the
    # modal and the verb; a due thing before 的 (应尽的义务) stays no duty
    ("会员须持本人会员卡入场。", [("会员", "持本人会员卡入场", "must")]),
    ("承租人应持有效证件办理登记。", [("承租人", "持有效证件办理登记", "must")]),
    ("甲方应尽的义务已列明。", []),
    # a chained clause giving a noun of its own an amount through 为 is an attribute of
    # what the duty sets up, no act; after a verb 为 belongs to the act
    ("乙馆应当向读者出借期刊，借阅期限为三十天。", [("乙馆", "向读者出借期刊", "must")]),
    ("丙公司应当保存交易记录，保存时间为五年。", [("丙公司", "保存交易记录", "must")]),
    (
        "承租人应当办理续租手续，并将租期延长为两年。",
        [("承租人", "办理续租手续", "must"), ("承租人", "将租期延长为两年", "must")],
    ),
    ("政府应是最大的受益者。", []),
    # a collective (双方, 各方) after a duty of several parties stands for them
    (
        "学校和家长应密切配合，双方均应关注学生的心理健康。",
        [
            ("学校", "密切配合", "must"),
            ("家长", "密切配合", "must"),
            ("学校", "关注学生的心理健康", "must"),
            ("家长", "关注学生的心理健康", "must"),
        ],
    ),
    # 方可 (only then may) grants leave; after a binding duty of the sentence it says what
    # that duty allows once done, no row of its own
    ("款项经确认后，丙方方可申请提取资金。", [("丙方", "申请提取资金", "may")]),
    ("经营者应当取得许可，方可营业。", [("经营者", "取得许可", "must")]),
    # words quoted after a verb of saying lay the duty on the party opening them, whoever
    # says them; the closing quote is no word of the duty, a quoted purpose no duty
    ("某批示指出“财政部应负责审查”，“以便统一安排”。", [("财政部", "审查", "must")]),
    ("该意见明确指出：“作者必须公开原始数据”。", [("作者", "公开原始数据", "must")]),
    # a verb laying a rule down (明确) right after a cited text lays it on the party after
    # it, as 规定 does; adverbs may stand between an article and its verb of saying
    ("《某条例》明确托育机构应当配备保健人员。", [("托育机构", "配备保健人员", "must")]),
    # the verb's aspect particle is no part of the party's name (规定了甲应…); a bill (法案)
    # is a text of rules
    ("该法案规定了养殖户应当登记圈舍。", [("养殖户", "登记圈舍", "must")]),
    # a clause opening with an additive adverb and a verb of saying reports the source
    # named before once more (亦指出甲应…): the party after the verb bears it
    ("亦同时指出缔约国应保障儿童受教育的权利。", [("缔约国", "保障儿童受教育的权利", "must")]),
    # a pseudo-cleft after the modal (甲要做的就是…) states the party's duty after 是, and its
    # chain goes on; a modal before 的 and another noun (应当注意的问题是…) describes the noun
    (
        "托育机构首先要做的就是完善安全制度，定期组织应急演练。",
        [("托育机构", "完善安全制度", "should"), ("托育机构", "定期组织应急演练", "should")],
    ),
    ("托育机构应当注意的问题是食品安全。", []),
    # 既 of a paired frame may stand between the party a demand addresses and its modal
    (
        "章程要求托育机构既要保障幼儿安全，也要保障饮食卫生。",
        [("托育机构", "保障幼儿安全", "should"), ("托育机构", "保障饮食卫生", "should")],
    ),
    (
        "公约第九条亦同时指出缔约国应保障儿童受教育的权利。",
        [("缔约国", "保障儿童受教育的权利", "must")],
    ),
    # nouns right before 的 classify the party and stay in its name; the relative clause
    # before them, or a verb's object (携带宠物的), does not
    ("登记为非营利的社团应当公开年度财务报告。", [("非营利的社团", "公开年度财务报告", "must")]),
    ("携带宠物的游客须看管好宠物。", [("游客", "看管好宠物", "must")]),
    # a verbal noun opening the phrase takes the nouns as its object too; inside a
    # compound after a noun (河道监测设施的) it does not
    ("销售农药的商店应当建立进货台账。", [("商店", "建立进货台账", "must")]),
    # a sanction word right before a binding modal is the topic of a procedural duty
    ("文旅部门实施行政处罚时应当出示执法证件。", [("文旅部门", "出示执法证件", "must")]),
    # (the whole compound then names the thing, and the owner with it)
    (
        "河道监测设施的所有人应当定期校准仪器。",
        [("河道监测设施的所有人", "定期校准仪器", "must")],
    ),
    # the object of a verb stays a verb's object with an adjective between them
    ("从事具体档案管理的职员须按时提交报告。", [("职员", "按时提交报告", "must")]),
    # a plural pronoun is no word of a name; an adverb and a verb of saying open none
    ("他们代表甲方负责现场的协调。", []),
    ("并明确指出承办者必须是市政府。", []),
    # a party whose clause ends in a verb of saying speaks, it is not the topic after it
    ("同年，行业协会在年度报告中指出，上报的数据必须真实可靠。", []),
    # a group (…小组, …工作组) is one body, not the members it is named after
    ("评审专家小组应当公开评分标准。", [("评审专家小组", "公开评分标准", "must")]),
    # a burden caused on another party, or borne willingly, is no duty of the subject
    ("园区管委会通过减免租金促使入驻企业承担环保责任。", []),
    # a verb governing another party's clause (确保, 避免, 提高) opens a predicate, no name:
    # the clause after a duty states its aim, the burden in it is the other party's
    ("港务局应当完善登记制度，确保托运人承担申报责任。", [("港务局", "完善登记制度", "must")]),
    ("港务局应当完善登记制度，避免收货人承担额外费用。", [("港务局", "完善登记制度", "must")]),
    ("应当扩大合作社规模，提高社员承担市场风险的能力。", []),
    ("港务局应当确保托运人承担申报责任。", [("港务局", "确保托运人承担申报责任", "must")]),
    # 要 after a party and the phrase naming whom its act concerns still recommends
    ("辅导员对新生要多一些耐心。", [("辅导员", "多一些耐心", "should")]),
    # after a relative clause, a party owning the party right before the trigger is no
    # bearer: the owned party is (…的甲企业的投资者应…)
    ("申请许可的企业的投资者应当具备相应条件。", [("企业的投资者", "具备相应条件", "must")]),
    # a clause of examples of a thing named before it (…的账号，如甲、乙机构等，) names no
    # topic for the duty after it; examples of a party topic leave that topic the subject
    ("对于需要备案的账号，如银行、学校和报社等，还需审核相关资质证明。", []),
    (
        "相关部门，如市场监管部门、网信部门等，应当加强协作。",
        [("相关部门", "加强协作", "must")],
    ),
    ("物业公司愿意承担全部维修费用的责任。", []),
    # an embedded question (为什么要…) asks, it binds no one
    ("家长常常不明白为什么要接种疫苗。", []),
    # 筑牢…防线 closing a chain states what the acts before it achieve
    (
        "社区可以开展消防演练，筑牢居民安全防线。",
        [("社区", "开展消防演练", "may")],
    ),
    # 可以 after a wrongdoer describes what it is able to do, it gives no leave
    ("不法分子可以伪造快递单号，骗取顾客信任。", []),
    # a clause opening with a comitative after a one-party topic names its partner
    (
        "承运人明知托运人隐瞒危险品，未采取必要措施的，与该托运人承担连带责任。",
        [("承运人", "与该托运人承担连带责任", "must")],
    ),
    # an act after an adverbial of root closing a chain is the aim of the acts before it
    (
        "渔业部门应当加强捕捞监管，从源头上遏制滥捕行为。",
        [("渔业部门", "加强捕捞监管", "must")],
    ),
    # a verb before 的需要 closes a relative clause: 需要 stays the modal
    ("乙公司按照合同约定的需要向甲方提供发票。", [("乙公司", "向甲方提供发票", "should")]),
    # a sentence ending in a question mark asks what a duty is, it states none; a title
    # ending in one is no question
    ("对于书店来说，怎样承担好选书责任，进一步做好服务？", []),
    ("书店应当推荐《明天去哪里？》", [("书店", "推荐《明天去哪里？》", "must")]),
    # 负责同志 ("the comrade in charge") names a person, it states no duty
    ("各级干部特别是主要负责同志，要深入基层调研。", [("各级干部", "深入基层调研", "should")]),
    # an opening quote stands before the subject of a quoted passage
    (
        "“村委会要定期公开财务收支，接受村民监督。",
        [("村委会", "定期公开财务收支", "should"), ("村委会", "接受村民监督", "should")],
    ),
    # 既要…又要…: both halves are recommendations
    (
        "乡镇干部既要懂农业，又要懂经营。",
        [("乡镇干部", "懂农业", "should"), ("乡镇干部", "懂经营", "should")],
    ),
    # 前/后 closing the place a placing verb names is no time frame of a condition
    (
        "调查员应当将问卷材料放在访谈之后，以减少干扰。",
        [("调查员", "将问卷材料放在访谈之后", "must")],
    ),
    # 不要 in a chain of recommendations forbids, each clause it opens on its own
    (
        "家长要耐心倾听孩子，多给予鼓励，不要动辄批评，不要随意翻看日记。",
        [
            ("家长", "耐心倾听孩子", "should"),
            ("家长", "多给予鼓励", "should"),
            ("家长", "动辄批评", "must_not"),
            ("家长", "随意翻看日记", "must_not"),
        ],
    ),
    # a duty that only names its basis (结合…) needs a main act: the next clause is a duty
    (
        "图书馆应当结合馆藏特色，提升读者服务质量。",
        [("图书馆", "结合馆藏特色", "must"), ("图书馆", "提升读者服务质量", "must")],
    ),
    # a party, then a basis ending in 规定 (a noun after 依照, not a verb of saying): the
    # party is the topic of the duty after the comma
    (
        "文化部门依照本办法的规定，负责图书馆的监督管理。",
        [("文化部门", "图书馆的监督管理", "must")],
    ),
    # a bracketed aside after 由X负责 is no object: the topic before 由 is what X bears
    (
        "年度考核由人事部门负责（日常由各科室协助）。",
        [("人事部门", "年度考核", "must")],
    ),
    # a rule reported with 明确了 + a party and the object of its act, the modal after the comma
    (
        "三是在附则中明确了物业公司对在巡查中发现的安全隐患，应当及时上报。",
        [("物业公司", "及时上报", "must")],
    ),
    # a need opened by a time word, laid on a list whose first name opens with 相关
    (
        "今后还需要相关部门、物业公司等都积极参与治理。",
        [("相关部门", "都积极参与治理", "should"), ("物业公司", "都积极参与治理", "should")],
    ),
    # a long relative clause opened by 为 (为…提供…的乙，应当…) names its party the topic
    (
        "为辖区内独居老人提供助餐、助浴、理发、陪护、代购、家电维修、心理慰藉等上门服务的"
        "社区养老服务机构，应当建立服务台账，定期回访服务对象。",
        [
            ("社区养老服务机构", "建立服务台账", "must"),
            ("社区养老服务机构", "定期回访服务对象", "must"),
        ],
    ),
    # a sanction another party imposes after the duty (…，由乙局吊销…) leaves the duty
    (
        "园林、水务等部门要加强河道巡查，对情节严重的，由市执法局吊销其许可证。",
        [("园林部门", "加强河道巡查", "should"), ("水务部门", "加强河道巡查", "should")],
    ),
    # an approval frame closed right before a one-character modal: the modal is the
    # party's (经…批准可…), not glued to the verb before it
    ("经营者经批准可设置户外广告。", [("经营者", "设置户外广告", "may")]),
    ("物业公司经区房管局同意可调整收费标准。", [("物业公司", "调整收费标准", "may")]),
    ("管理单位经授权可查阅相关记录。", [("管理单位", "查阅相关记录", "may")]),
    # the first half of a paired frame (既…也…, 不仅…还…, 一方面…另一方面…) between an
    # everyday subject and its modal leaves the subject named
    (
        "景区既要完善安全设施，也要加强游客引导。",
        [("景区", "完善安全设施", "should"), ("景区", "加强游客引导", "should")],
    ),
    (
        "景区不仅要完善安全设施，还要加强游客引导。",
        [("景区", "完善安全设施", "should"), ("景区", "加强游客引导", "should")],
    ),
    (
        "景区不但要完善安全设施，还要加强游客引导。",
        [("景区", "完善安全设施", "should"), ("景区", "加强游客引导", "should")],
    ),
    (
        "景区一方面应完善安全设施，另一方面应加强游客引导。",
        [("景区", "完善安全设施", "must"), ("景区", "加强游客引导", "must")],
    ),
    # a thing or an activity (no 的 needed) that needs a list of parties and their act
    # lays the act on each of them, also after an adverb (至少, 更) before 需要
    (
        "该预警机制至少需要市场监管部门、网信部门和行业协会介入。",
        [
            ("市场监管部门", "介入", "should"),
            ("网信部门", "介入", "should"),
            ("行业协会", "介入", "should"),
        ],
    ),
    ("政策试点需要区政府统筹考虑各方诉求。", [("区政府", "统筹考虑各方诉求", "should")]),
    (
        "开展居家康复需要社区医生有足够的耐心，定期上门随访。",
        [("社区医生", "有足够的耐心", "should"), ("社区医生", "定期上门随访", "should")],
    ),
    ("设计交底需要由设计单位组织施工单位参加。", [("设计单位", "组织施工单位参加", "should")]),
    # (及时 after the list opens the act: its 及 joins no further party)
    (
        "应对此类纠纷更需要物业公司和街道办及时介入。",
        [("物业公司", "及时介入", "should"), ("街道办", "及时介入", "should")],
    ),
    # a ground or a manner word and then the modal before 由 close the thing borne
    (
        "这些数据的保存责任，依法应由运营公司和物业公司承担。",
        [("运营公司", "这些数据的保存责任", "must"), ("物业公司", "这些数据的保存责任", "must")],
    ),
    ("相关费用原则上应由建设单位承担。", [("建设单位", "相关费用", "must")]),
    # a need of parties whose act opens with a frame of time (在…时，…) is no condition,
    # also after a situation the sentence has described (…，这就需要甲…)
    (
        "居民诉求日益多样，这就需要区政府在制定规划时，优先保障公共服务。",
        [("区政府", "在制定规划时，优先保障公共服务", "should")],
    ),
    # an official (…官) is a party: the subject before 作为 bears the duty, not the role
    # named after 作为 (…的联系人)
    (
        "首席数据官作为企业和监管部门的联系人，需要了解系统的工作方式。",
        [("首席数据官", "了解系统的工作方式", "should")],
    ),
    # an aside naming the parties a subject includes (，包括甲在内，) adds them to the
    # topic; they are the topic when the subject names no party
    (
        "各类市场主体，包括电商平台在内，应当遵守本规定。",
        [("各类市场主体", "遵守本规定", "must"), ("电商平台", "遵守本规定", "must")],
    ),
    (
        "各类相关主体，包括物业公司在内，在执行新规的过程中，需要主动公开收费标准。",
        [("物业公司", "主动公开收费标准", "should")],
    ),
    # 将 or 把 after 需要 opens an act, even when its verb is glued to a noun
    (
        "社区医院需要将健康档案与技术相结合。",
        [("社区医院", "将健康档案与技术相结合", "should")],
    ),
    # a comment between a topic frame and a modal opening its clause (对于甲来说，某事是
    # …，需要…) leaves the modal to the framed party; a need of what the clause names
    # (…，慢性病管理需要…) stays no duty of it
    (
        "对于社区医生来说，慢性病管理是一项长期工作，需要主动联系患者家属。",
        [("社区医生", "主动联系患者家属", "should")],
    ),
    ("对于社区医生来说，慢性病管理需要长期的投入。", []),
    # a capacity phrase after a discourse marker (那么作为甲应该…) names the subject
    ("那么作为社区医生应该主动联系患者家属。", [("社区医生", "主动联系患者家属", "must")]),
    # a thing's modal with 由 and a party after it is that party's leave
    ("委托检修的，检修记录可以由物业公司保存。", [("物业公司", "保存", "may")]),
    # acts of working together the segmenter tags as nouns or fixed phrases (共同努力,
    # 齐心协力, 通力合作) are the parties' act
    (
        "建设健康社区需要街道办、物业公司和社区医院共同努力。",
        [
            ("街道办", "共同努力", "should"),
            ("物业公司", "共同努力", "should"),
            ("社区医院", "共同努力", "should"),
        ],
    ),
    (
        "建设健康社区需要街道办、物业公司和社区医院齐心协力。",
        [
            ("街道办", "齐心协力", "should"),
            ("物业公司", "齐心协力", "should"),
            ("社区医院", "齐心协力", "should"),
        ],
    ),
    (
        "建设健康社区需要街道办、物业公司和社区医院通力合作。",
        [
            ("街道办", "通力合作", "should"),
            ("物业公司", "通力合作", "should"),
            ("社区医院", "通力合作", "should"),
        ],
    ),
    # verbs the segmenter tags as adjectives or nouns (落实, 牢记, 陪伴) open an act after
    # a modal of need: no thing needed
    ("乙公司需要落实主体责任。", [("乙公司", "落实主体责任", "should")]),
    ("甲单位需牢记安全生产的要求。", [("甲单位", "牢记安全生产的要求", "should")]),
    ("家长需要陪伴孩子。", [("家长", "陪伴孩子", "should")]),
    ("乙公司需要高度重视安全问题。", [("乙公司", "高度重视安全问题", "should")]),
    # any preposition after 需要 opens a phrase that modifies an act, also when the
    # segmenter glues it to the modal (需以) or does not know the verb after it
    ("甲机构需要以诚信筑牢公信力。", [("甲机构", "以诚信筑牢公信力", "should")]),
    ("乙机构则需以诚信筑牢公信力。", [("乙机构", "以诚信筑牢公信力", "should")]),
    # an adjective that makes the noun after it its object (健全, 平衡) opens an act
    ("甲单位需要健全管理制度。", [("甲单位", "健全管理制度", "should")]),
    ("乙单位需要平衡内部各个要素。", [("乙单位", "平衡内部各个要素", "should")]),
    # so does a verb the segmenter tags as a noun (规范, 细化), before a Latin name too
    ("丙医院需要规范ABC体制。", [("丙医院", "规范ABC体制", "should")]),
    # a skill or knowledge after 的 is the object of the verb before it, no person needed
    ("护士需要掌握必要的急救技能。", [("护士", "掌握必要的急救技能", "should")]),
]


@pytest.mark.parametrize(("sentence", "expected"), STRUCTURES)
def test_sentence_structures(
    analyse: Callable[[str], SentenceAnalysis], sentence: str, expected: Rows
) -> None:
    assert rows(analyse(sentence)) == expected


NOT_DUTIES = [
    # an amount closing a list (甲、乙等过量) names no party, whatever modal follows
    "化肥、农药等过量施用，亟需实行轮作。",
    "丙公司需要充足资金。",  # an adjective of quality before a noun: a need
    "丁公司需要稳定的收入。",  # 的 after it: a thing needed
    "丁公司需要专业服务。",  # nouns closed by a verbal noun: a kind of service needed
    "丙公司需要关于市场的信息。",  # a preposition in a noun phrase (关于…的): a need
    "卫生间应设置紧急呼叫按钮。",  # a room, what a duty is stated about, bears nothing
    # a bound on a thing the party only qualifies (its quantity, its speed)
    "每名驾驶员驾驶的车辆数量不得超过两辆。",
    "运输危险品的货车的行驶速度不得高于六十公里。",
    # a reported finding, a citation mark before its verb: what can be done, no leave
    "有研究[4]表明，住院者可以参加音乐放松训练。",
    "维修企业需要花费三天才能完成检修。",  # 需要 + a verb of spending: a cost, no duty
    "经营者知道或者应当知道产品存在缺陷。",  # constructive knowledge, not a duty
    "我们需要重视食品安全问题。",  # pronoun subject
    "我们需要区政府加大投入。",  # the speaker's need: no party's duty is stated
    "移植器官应当在六小时内送达。",  # an organ (器官) ends in 官 but names no official
    "该项改革需要跨部门协调。",  # 跨部门 says how the act is done, it names no one
    "违反本条规定的，由卫生健康部门责令改正，可以处五千元以下罚款。",  # a sanction
    # the sanctioner's own acts after a violation, the sanction among them
    "违反本办法的，甲监管局可以提出整改要求，或者进行行政处罚。",
    # 应对 after the clause's 对-phrase names the work, 实际需要 a need: no modal
    "市政府对防汛应对工作作出部署，根据实际需要设立指挥部。",
    "街道办根据实际需要招募志愿者。",
    # 负责 before 、 is one item of a list of roles, no burden
    "构建街道领导、物业公司负责、居民参与的治理格局。",
    "按照街道统一领导、物业公司全面负责、居民积极参与的原则，实行安全责任制。",
    # 负责的 + a noun names a person, no duty; an exception (除…外) binds no one
    "对负责的值班经理，由乙公司给予记过处分。",
    "乙公司再次违约的，除承担赔偿甲方损失的责任外，由甲局责令改正。",
    "国家推动数字经济健康发展。",  # no trigger
    "为了鼓励学生参与体育锻炼，学校通常会组织运动会。",  # 鼓励 inside a purpose clause
    "这些政策还能有效引导中小企业创新。",  # 引导 under an ability reading
    "消费者要求物业公司承担维修费用。",  # a burden demanded of another party
    "土地所有权归集体经济组织。",  # 所有权 holds 有权 but is no permission
    "居民有权利和义务参与社区议事。",  # 有权利和义务: the nouns, no permission
    "商家不得不降低商品价格。",  # 不得不: forced to, a description
    "区气象台根据工作需要设立观测点。",  # 根据工作需要: "as the work needs", no duty
    # 的需要 closing a framing preposition's object: the need is the act's basis
    "区文化馆根据当时的需要调整开放时间。",
    "区文化馆从群众生活的需要出发，增设阅览座位。",
    "（三）应当由承运人承担费用的其他情形。",  # a case a rule covers, described
    "诊疗费参照本省有关规定进行计算。",  # a sum and how it is reckoned
    "农场的效益应当逐年提高。",  # a result of a party's work, not the party
    "即使甲公司承担全部损失，乙公司的负担仍然很重。",  # a burden supposed, not imposed
    "报名的学员必须十八岁以上。",  # a range to fall in: a condition, no act
    "申请人的月收入须在本地标准的两倍以下。",  # the same, opened by 在
    "软件设计必须经过专家确认。",  # a plan of a thing
    "去年保险公司承担了大部分维修损失。",  # 承担了: a burden borne, a past fact
    "独居老人是社区的重点关爱对象，要定期为老人上门送餐。",  # the topic is served
    # a marker numbering a step (三是) is no party, though the dictionary tags it a noun
    "三是在师资建设上，要培养骨干教师。",
    # 可以 + a verb of seeing or saying opens the writer's comment, no permission
    "物业公司可以看到，业主的满意度逐年提高。",
    "可以说，社区的面貌焕然一新。",
    # a substance, an instrument, a mark or a period is no party (non_actor_heads endings)
    "开封后的消毒剂应当密封保存。",
    "冲洗液不得重复使用。",
    "检测仪器应当每年校准。",
    "签名笔迹应当清晰可辨。",
    "隔离区应当与病房保持距离。",  # an area named by what is done there (area_endings)
    "学生交流可以通过组织联谊活动开展。",  # an exchange between parties is an act, not a party
    "社区赋权可以降低居民的参与成本。",  # 赋权 (empowering) is an act, not a party
    "甲协会可以免征营业税，也免征印花税。",  # an exemption enjoyed, a right, no leave
    "乙图书馆可供读者查阅古籍。",  # 可供: available for, no leave of the library's
    "甲平台可供用户免费下载资料。",
    # a title of a modal, a verb, 的 and a noun phrase names what is due, no duty stated
    "社区护士应具备的知识与能力",
    # a modal inside a cited title, even where its question mark ends the sentence
    "丙同志在2019年发表了《乙书目可供：何去何从？》",
    "丙同志在2019年发表了《乙书目可供：何去何从？",
    # 需要 before 、 is a noun in a list, no modal
    "独居老人是社区的重点关爱对象，要定期为老人上门送餐，满足老人的饮食需要、医疗需要。",
]


@pytest.mark.parametrize("sentence", NOT_DUTIES)
def test_non_deontic_sentences_give_no_rows(
    analyse: Callable[[str], SentenceAnalysis], sentence: str
) -> None:
    assert rows(analyse(sentence)) == []


def test_zero_subject_is_left_to_context(analyse: Callable[[str], SentenceAnalysis]) -> None:
    analysis = analyse("修改内容应当至少在实施前七日予以公示。")
    assert [(d.holders, d.duty, d.zero) for d in analysis.duties] == [
        ((), "至少在实施前七日予以公示", "other")
    ]


def test_permission_is_marked_ambiguous(analyse: Callable[[str], SentenceAnalysis]) -> None:
    """可以 may be ability; the document pass decides by genre (see test_extractor)."""
    (duty,) = analyse("观众可以实时提出问题。").duties
    assert duty.ambiguous and duty.modality.value == "may"


@pytest.mark.parametrize("sentence", ["学员对甲教练要有信心。", "甲方及家属对乙方要有充分的信任。"])
def test_yao_after_a_party_and_its_object_frame_is_no_ambiguous_will(
    analyse: Callable[[str], SentenceAnalysis], sentence: str
) -> None:
    """要 after a party and the 对 phrase naming whom its act concerns recommends in any
    genre: the duty is not left for the document pass to drop as a described will."""
    duties = analyse(sentence).duties
    assert duties and not any(d.ambiguous for d in duties)


@pytest.mark.parametrize(
    "sentence",
    ["甲协会就是要团结会员、服务行业。", "乙县政府一方面要保障供水，另一方面要节约用地。"],
)
def test_yao_after_an_emphatic_copula_or_one_side_is_no_ambiguous_will(
    analyse: Callable[[str], SentenceAnalysis], sentence: str
) -> None:
    """甲就是要…, 乙一方面要…: an emphatic copula or the first of two sides between a
    party and its 要 recommends like 一定; the duty is no described will."""
    duties = analyse(sentence).duties
    assert duties and not any(d.ambiguous for d in duties)


def test_yao_after_a_topic_closed_by_an_emphatic_copula_stays_ambiguous(
    analyse: Callable[[str], SentenceAnalysis],
) -> None:
    """After a comma 就是要 may close a thing named as the topic (甲院，其目标，就是要…:
    the goal is to), so the document pass decides."""
    duties = analyse("作为示范单位的甲院，其发展目标，就是要产出成果。").duties
    assert all(d.ambiguous for d in duties)


def test_a_quoted_slogan_modifying_a_noun_binds_no_one(
    analyse: Callable[[str], SentenceAnalysis],
) -> None:
    """“要甲，要乙”的观念 names a view; its 要 states no duty of anyone."""
    assert analyse("另外，“要速度，要规模”的观念依然存在。").duties == []


@pytest.mark.parametrize(
    "sentence", ["该守则要求甲系统的开发者要定期更新数据。", "这要求带教老师要耐心引导学员。"]
)
def test_yao_a_demand_puts_on_its_addressee_is_no_ambiguous_will(
    analyse: Callable[[str], SentenceAnalysis], sentence: str
) -> None:
    """要求X要…: the 要 a rule's or situation's demand puts on X binds X in any genre, as
    要求X必须… does; the document pass must not drop it as a described will."""
    duties = analyse(sentence).duties
    assert duties and not any(d.ambiguous for d in duties)


def test_nested_modal_records_the_requirement(analyse: Callable[[str], SentenceAnalysis]) -> None:
    analysis = analyse("平台应当要求入驻商家提供营业执照。")
    assert [
        ([h.text for h in r.holders], [o.text for o in r.objects]) for r in analysis.requires
    ] == [(["平台"], ["入驻商家"])]


def test_traditional_sentence_after_normalisation_matches(
    analyse: Callable[[str], SentenceAnalysis],
) -> None:
    import opencc

    simplified = opencc.OpenCC("t2s").convert("醫院應當建立病歷管理制度，並定期檢查病歷質量。")
    assert rows(analyse(simplified)) == [
        ("医院", "建立病历管理制度", "must"),
        ("医院", "定期检查病历质量", "must"),
    ]


HEADINGS = [
    ("1、学校的安全管理责任", [("学校", "安全管理责任")]),
    ("（二）家长的监护责任与教育责任", [("家长", "监护责任"), ("家长", "教育责任")]),
    ("三、平台的角色与责任", []),
    ("二、校园安全问题的现状", []),
    # a party, a colon and its part
    ("3.1学校：管理和服务", [("学校", "管理和服务")]),
    ("（二）学校：应当做好安全教育", []),
]


@pytest.mark.parametrize(("heading", "expected"), HEADINGS)
def test_headings_that_name_a_duty(
    finder: PartyFinder,
    tokens_of: Callable[[str], list[tuple[int, int]]],
    heading: str,
    expected: list[tuple[str, str]],
) -> None:
    duties = heading_duties(heading, tokens_of(heading), finder, numbered_only=True)
    assert [(p.text, d.duty) for d in duties for p in d.holders] == expected
    assert all(d.rule == "heading.duty" and d.modality.value == "must" for d in duties)


DEFINITIONS = [
    (
        "物业公司的售后服务包括但不限于维修公共设施、处理业主投诉等。",
        [("物业公司", "维修公共设施"), ("物业公司", "处理业主投诉")],
    ),
    ("医院的历史可以追溯到清朝。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), DEFINITIONS)
def test_definitions_of_duties(
    finder: PartyFinder,
    tokens_of: Callable[[str], list[tuple[int, int]]],
    sentence: str,
    expected: list[tuple[str, str]],
) -> None:
    duties = definition_duties(sentence, tokens_of(sentence), finder, ("售后服务",))
    assert [(p.text, d.duty) for d in duties for p in d.holders] == expected


def test_clauses_do_not_split_inside_quotes() -> None:
    text = "应当标明“广告，推广”字样，并公示。"
    assert [text[c.start : c.end] for c in split_clauses(text)] == [
        "应当标明“广告，推广”字样",
        "并公示。",
    ]


def test_clauses_do_not_split_inside_numbers() -> None:
    """A comma or a colon between digits separates thousands or hours, no clauses."""
    text = "甲方可申请5,000元补贴，于8:30前提交。"
    assert [text[c.start : c.end] for c in split_clauses(text)] == [
        "甲方可申请5,000元补贴",
        "于8:30前提交。",
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("甲方应当公示，乙方应当监督。", ["甲方应当公示", "乙方应当监督"]),
        ("甲方负责登记；", ["甲方负责登记"]),
        ("甲方负责登记 \u3000", ["甲方负责登记"]),
    ],
)
def test_clause_words_end_leaves_off_closing_marks(text: str, words: list[str]) -> None:
    """The span both readers ask the party finder about: a clause's words, no closing mark."""
    found = [text[c.start : clause_words_end(text, c.start, c.end)] for c in split_clauses(text)]
    assert found == words


# --- generalisation: readings that are not duties, chains that go on or stop ---------

NOT_DEONTIC = [
    # a modal's characters across the end of the word before (护理|应用): no trigger
    ("社区医院的护理应用了新方法。", []),
    # 可 + verb + 性 split by the segmenter: one noun naming a quality (可追溯性)
    ("档案馆中馆藏的可发现性较高。", []),
    # ability, not permission: a degree adverb, a quantified subject, an enabling means,
    # a feat of speed
    ("公交公司完全可以缩短发车间隔。", []),
    ("一些医院可以当天出具检验报告。", []),
    ("借助智能调度系统，公交公司可以实时调整发车间隔。", []),
    ("随着网上银行的普及，储户可以随时办理转账。", []),
    ("患者可以在几分钟内完成挂号。", []),
    # "only need to" is no requirement
    ("患者只需扫描二维码。", []),
    # 禁止 inside the modifier of a later trigger's subject names a place, not a ban
    ("禁止垂钓水域的管理单位应当设置明显标志。", [("管理单位", "设置明显标志", "must")]),
    (
        "禁止燃放烟花爆竹区域的物业服务企业负有下列责任：（一）设置明显的标志；（二）劝阻燃放者。",
        [
            ("物业服务企业", "设置明显的标志", "must"),
            ("物业服务企业", "劝阻燃放者", "must"),
        ],
    ),
    ("禁止经营者销售过期的食品。", [("经营者", "销售过期的食品", "must_not")]),
    # a modal inside the relative clause of a later modal's subject says which party it
    # binds (有权…的机关应当…); a later 需要 after 的 is a noun (关注乙的心理需要)
    ("有权审批的机关应当及时作出决定。", [("机关", "及时作出决定", "must")]),
    (
        "救援机构应当关注游客的心理需要。",
        [("救援机构", "关注游客的心理需要", "must")],
    ),
    # 应当由 B 审批: the party after 由 bears the act
    ("设立托育机构应当由区卫生健康委审批。", [("区卫生健康委", "审批", "must")]),
    # … and after 的 the persons the party owns bear it (应由甲中心的工作人员实施)
    ("巡查工作应当由物业公司的保安人员实施。", [("保安人员", "实施", "must")]),
    # a burden denied, and a modal inside the relative clause of a subject of 是
    ("一般情况下，承包户并不需要承担检测费用。", []),
    ("首先应当明确的原则是，安全第一。", []),
    # 前者/后者 take the first and the last of the two parties named before; what a
    # directive requires keeps the required party's own modal
    (
        "该条例明确了出租人和承租人的义务，要求前者不得擅自改变房屋结构，后者应当按时缴纳租金。",
        [
            ("出租人", "擅自改变房屋结构", "must_not"),
            ("承租人", "按时缴纳租金", "must"),
        ],
    ),
    # 应该 binds as 应当 does; its epistemic readings (应该是, 应该会) do not
    ("行业协会应该加强自律。", [("行业协会", "加强自律", "must")]),
    ("这个结论应该是可靠的。", []),
    # a saying verb with no speaker opens the reported clause, whose subject bears it
    ("基于调查结果，提出社区医院应当配备全科医生。", [("社区医院", "配备全科医生", "must")]),
    # 应有 joins the modal to 有; before 的 it means "due" and binds no one
    ("物业公司应有完整的维修记录。", [("物业公司", "有完整的维修记录", "must")]),
    ("这是业主应有的权利。", []),
    # a need of something is no duty; nor is a right, whatever its modal
    ("社区养老的发展需要各方的支持。", []),
    # one verb after 的 names the act as a thing; a quantity counts the thing needed
    ("渔业公司的转型需要行业协会等的配合。", []),
    ("渔业公司需要一批驾驶远洋渔船的船长。", []),
    # a word of manner or time opening what 需要 governs makes it an act, even when the
    # dictionary reads the verb after it as a noun (认真决策, 及时补位)
    ("农业部门需要认真决策。", [("农业部门", "认真决策", "should")]),
    (
        "物业公司需要及时补位，研究并提出整改方案。",
        [
            ("物业公司", "及时补位", "should"),
            ("物业公司", "研究并提出整改方案", "should"),
        ],
    ),
    ("借款企业需要客观评价自身风险。", [("借款企业", "客观评价自身风险", "should")]),
    # the adverbial 地 after a manner word marks an act, and a verb the dictionary glues
    # to its object (利用网络) still opens one
    (
        "甲协会需要更加积极主动地利用网络。",
        [("甲协会", "更加积极主动地利用网络", "should")],
    ),
    (
        "甲协会需要充分利用网络，宣传成果。",
        [
            ("甲协会", "充分利用网络", "should"),
            ("甲协会", "宣传成果", "should"),
        ],
    ),
    ("甲公司需要两地的支持。", []),
    # an order a named party must or may give is its duty; one a rule gives through the
    # agent 由 is a sanction, no row
    ("甲局应当视情况责令乙公司整改。", [("甲局", "视情况责令乙公司整改", "must")]),
    ("乙公司违反本规定的，由甲局责令改正。", []),
    # a body a party has set up (设有, 下设) bears the bare 负责 after it
    ("甲国设有专门的乙监管机构，负责监督平台运营。", [("乙监管机构", "监督平台运营", "must")]),
    ("甲局下设乙中心，负责监督平台运营。", [("乙中心", "监督平台运营", "must")]),
    # a bare head coordinated after a body named by its charge shares the charge
    (
        "甲市政府负责道路管理的部门或者机构应当公开信息。",
        [
            ("甲市政府负责道路管理的部门", "公开信息", "must"),
            ("甲市政府负责道路管理的机构", "公开信息", "must"),
        ],
    ),
    # a need of support from others, whoever gives it, is no duty; a verb makes it an act
    ("甲协会需要乙公司的持续投入。", []),
    ("甲协会的发展需要专家作支撑。", []),
    ("甲协会需要加大对会员的支持。", [("甲协会", "加大对会员的支持", "should")]),
    # the writing, a chosen topic's focus and a party's advice are things, no parties
    ("行文要简洁明了。", []),
    ("选题的关注点要贴近实际。", []),
    ("甲智库谏言需要占有大量资料。", []),
    # … but not one that modifies a thing needed (…的 + noun)
    ("工作人员需要认真的态度。", []),
    ("民办学校也应享有同等的政策待遇。", []),
    # a modal before 的 modifies a noun
    ("数据安全已成为社会最迫切需要的公共议题。", []),
    # a right is no permission to act
    ("符合条件的托育机构可以享受税收优惠。", []),
    # a thing that must go through a procedure bears nothing
    ("转基因作物要经过安全评价。", []),
    # after a verb, 可 forms an adjective (可推广的), it is no modal
    ("目前各地的托育机构缺乏可推广的运营经验。", []),
    # an adverb and a verb the dictionary joins (充分发挥) open a predicate, not a name
    ("鼓励职业院校充分发挥实训基地作用。", [("职业院校", "充分发挥实训基地作用", "should")]),
    # a permission stays one
    ("患者可以在出院后复印病历。", [("患者", "在出院后复印病历", "may")]),
    # 甲有乙负责…: the body after 有 is in charge, not 甲
    ("各区政府也有相关机构负责推进道路养护。", []),
    # a modal + 包括 states the members or parts of its subject, no party's act
    ("社区议事机构应当包括业主代表和物业代表。", []),
    ("物业公司系统梳理了管理经验，提出评估报告应包括风险分析。", []),
    # …, unless the subject is a party's duties
    ("物业公司的职责中应当包括巡查消防通道。", [("物业公司", "包括巡查消防通道", "must")]),
    # a thing as the subject of 可以 (使用台账可以…) grants the topic's party nothing
    ("对物业公司而言，使用电子台账可以快速核对费用。", []),
    # a prepositional phrase before 可以 is no subject: the topic's party may
    (
        "对物业公司而言，在旺季可以增派保安。",
        [("物业公司", "增派保安", "may")],
    ),
    # 不能 + a verb of reaching a result (满足, 解决) says what a party fails to achieve;
    # 不能 + another act still forbids it
    ("目前很多行业协会的服务能力较低，不能满足会员的需求。", []),
    ("行业协会不能解决会员之间的纠纷。", []),
    ("行业协会不能泄露会员信息。", [("行业协会", "泄露会员信息", "must_not")]),
]


@pytest.mark.parametrize(("sentence", "expected"), NOT_DEONTIC)
def test_ability_and_restrictive_modals_are_no_duty(
    analyse: Callable[[str], SentenceAnalysis], sentence: str, expected: Rows
) -> None:
    assert rows(analyse(sentence)) == expected


CHAINS = [
    # what a body may be made of (可由甲、乙等组成) is no one's duty, and the body stays the
    # topic of the clauses after it
    (
        "社区医疗服务团队可由全科医生、社区护士等组成，可吸收药师加入团队。",
        [("社区医疗服务团队", "吸收药师加入团队", "may")],
    ),
    # a word of time or manner opening what 需要 governs (事先, 提前) makes it an act, a 的
    # later in its object notwithstanding; 的 right after it names a thing
    (
        "采样人员需要事先考量当地的风俗习惯。",
        [("采样人员", "事先考量当地的风俗习惯", "should")],
    ),
    ("采样人员需要事先的准备。", []),
    # a verb of saying after a list's joiner or 的 is a noun (…的意见和建议，), no report:
    # the party before it stays the topic of the modal after the comma
    (
        "窗口人员对群众提出的意见和建议，应当耐心解释。",
        [("窗口人员", "耐心解释", "must")],
    ),
    # a variation told with 有的 (有的由甲承担，有的由乙负责) names no burden, and a clause
    # opening with a quantifier has a subject of its own
    ("具体的支持方式比较多样，有的由县财政局承担，有的由乡镇政府负责。", []),
    (
        "县财政局应当设立专项资金，部分资金用于奖励先进。",
        [("县财政局", "设立专项资金", "must")],
    ),
    # what a thing just set up is made of (由甲、乙等组成) is no act of its members, nor a
    # further duty of the chain
    (
        "研究院要建立研究员队伍，主要由研究员、研究助理等组成。",
        [("研究院", "建立研究员队伍", "should")],
    ),
    (
        "市政府应当成立工作专班，由市民政局、市财政局组成。",
        [("市政府", "成立工作专班", "must")],
    ),
    # a clause closing with a restating predicate (尤其如此, 如图所示) comments on the duty
    # before it and is none
    (
        "社区医院要为老人建立健康档案，对独居老人来说尤其如此。",
        [("社区医院", "为老人建立健康档案", "should")],
    ),
    (
        "社区医院要为老人建立健康档案，其流程如图2所示。",
        [("社区医院", "为老人建立健康档案", "should")],
    ),
    # a sentence's last clause has no colon: 如下 there (如下图所示) leads in no list
    (
        "读者须先行登记后方可借阅图书，流程如下图所示。",
        [("读者", "先行登记后方可借阅图书", "must")],
    ),
    # a clause bringing a state about is a result also before the purpose that closes the part
    ("各科室要加强沟通协调，形成工作合力，确保措施到位。", [("各科室", "加强沟通协调", "should")]),
    # a clause bringing about more of the encouraged party is the issuer's act: the chain ends
    (
        "鼓励物流企业参与标准制定，开展试点示范，培育一批骨干物流企业，完善配送网络。",
        [("物流企业", "参与标准制定", "should"), ("物流企业", "开展试点示范", "should")],
    ),
    # …but a clause where the encouraged party only modifies a noun is still its own act
    (
        "鼓励物流企业参与标准制定，打通物流企业运力和订单数据。",
        [
            ("物流企业", "参与标准制定", "should"),
            ("物流企业", "打通物流企业运力和订单数据", "should"),
        ],
    ),
    # an example marker before a one-character modal is no verb that tells (…，例如可将…)
    (
        "甲公司可以提供指导，例如可将规则汇编成册，引导乙公司遵循。",
        [
            ("甲公司", "提供指导", "may"),
            ("甲公司", "将规则汇编成册", "may"),
            ("甲公司", "引导乙公司遵循", "may"),
        ],
    ),
    # an encouraged party is no name with the act glued to it (鼓励甲企业开发乙平台)
    (
        "鼓励物流企业开发配送平台，缩短配送时间。",
        [("物流企业", "开发配送平台", "should"), ("物流企业", "缩短配送时间", "should")],
    ),
    (
        "鼓励物流企业建设共享仓储平台。",
        [("物流企业", "建设共享仓储平台", "should")],
    ),
    ("鼓励物流企业服务平台提供咨询。", [("物流企业服务平台", "提供咨询", "should")]),
    # a directed list goes on past an item the segmenter splits (创新|主体, 再|保险公司): each
    # party bears the act, no act opens with the list's joiner
    (
        "鼓励各类市场主体、创新主体基于自身优势提供科普服务。",
        [
            ("各类市场主体", "基于自身优势提供科普服务", "should"),
            ("创新主体", "基于自身优势提供科普服务", "should"),
        ],
    ),
    (
        "鼓励保险公司、再保险公司建立理赔数据库。",
        [
            ("保险公司", "建立理赔数据库", "should"),
            ("再保险公司", "建立理赔数据库", "should"),
        ],
    ),
    # an item that is neither a party nor anyone leaves the list as it was read
    (
        "鼓励金融机构和社会资本投向养老产业。",
        [("金融机构", "和社会资本投向养老产业", "should")],
    ),
    # …also after a modifier and before a verb with a longer object (协同|配送|平台)
    (
        "鼓励以冷链为代表的物流企业建设协同配送平台，强化配送协同。",
        [("物流企业", "建设协同配送平台", "should"), ("物流企业", "强化配送协同", "should")],
    ),
    # the words before a capacity opener name the party, whatever their first word's class
    ("应用商店作为下载渠道，也应履行审核义务。", [("应用商店", "履行审核义务", "must")]),
    # a demand chained to a permission is the permitted party's act, no duty of the party asked
    (
        "卫生局可以开展抽查，要求药店提供进货记录。",
        [("卫生局", "开展抽查", "may"), ("卫生局", "要求药店提供进货记录", "may")],
    ),
    # 对于 opens the object of a chained act, no condition (a condition ends in 的)
    (
        "患者要按时服药，对于不适症状要及时就医。",
        [("患者", "按时服药", "should"), ("患者", "及时就医", "should")],
    ),
    (
        "卫生局应当定期抽查，对于违规的药店进行严格管理。",
        [("卫生局", "定期抽查", "must"), ("卫生局", "对于违规的药店进行严格管理", "must")],
    ),
    # a party modifying the thing that is the modal's subject is no topic of the duties after it
    (
        "车载终端软件收费行为应遵循公开透明的原则，依据谁收费、谁负责的要求，落实企业责任，维护用户知情权。",
        [],
    ),
    # a modal with no party before it only stresses a directive: the directed party bears
    # it; a party that opens the clause must direct (row above); a pair's noun is no party
    (
        "应鼓励社区卫生站延长服务时间，增设夜间门诊。",
        [
            ("社区卫生站", "延长服务时间", "should"),
            ("社区卫生站", "增设夜间门诊", "should"),
        ],
    ),
    ("还要鼓励和引导物业公司公开收费标准。", [("物业公司", "公开收费标准", "should")]),
    ("要鼓励高校之间的学术交流。", []),
    # a directive chained to a modal duty is the holder's duty, not the directed party's
    (
        "文旅局应当完善景区标准，引导景区经营者提升服务质量，推动夜间消费。",
        [
            ("文旅局", "完善景区标准", "must"),
            ("文旅局", "引导景区经营者提升服务质量", "must"),
            ("文旅局", "推动夜间消费", "must"),
        ],
    ),
    # a modal inside the object of a chained act describes the noun: the act goes on
    (
        "物业公司应当定期巡查，及时维修不能使用的设施。",
        [("物业公司", "定期巡查", "must"), ("物业公司", "及时维修不能使用的设施", "must")],
    ),
    # …also after an adverb of manner (积极引导乙…): the directive still opens its clause
    (
        "教师应当认真倾听学生的讨论，积极引导学生，大力鼓励学生，创造良好的学习气氛。",
        [
            ("教师", "认真倾听学生的讨论", "must"),
            ("教师", "积极引导学生", "must"),
            ("教师", "大力鼓励学生", "must"),
            ("教师", "创造良好的学习气氛", "must"),
        ],
    ),
    # …and after a short phrase of means (通过…鼓励乙…)
    (
        "政府应当完善扶持政策，通过奖励制度鼓励企业参与创新。",
        [
            ("政府", "完善扶持政策", "must"),
            ("政府", "通过奖励制度鼓励企业参与创新", "must"),
        ],
    ),
    # …also one chained to a permission: the party that may act is the one encouraging
    (
        "物业公司可以设立奖励制度，鼓励业主参与监督。",
        [
            ("物业公司", "设立奖励制度", "may"),
            ("物业公司", "鼓励业主参与监督", "may"),
        ],
    ),
    # a comment with a new topic ends the chain
    (
        "学校应当公开收费项目，这一做法应该会得到家长支持。",
        [("学校", "公开收费项目", "must")],
    ),
    (
        "银行应当核实客户身份，关键在于落实到每个网点。",
        [("银行", "核实客户身份", "must")],
    ),
    # a prohibition continued by 也不能, with a quoted term that only looks like a sanction
    (
        "物业公司不得收取“罚款”，也不能擅自停水停电。",
        [
            ("物业公司", "收取“罚款”", "must_not"),
            ("物业公司", "擅自停水停电", "must_not"),
        ],
    ),
    # a second party with an adverb before its own modal (相关…也应该) bears its own duty
    (
        "书店应严格核对进货单，相关部门也应该加强抽查。",
        [("书店", "严格核对进货单", "must"), ("相关部门", "加强抽查", "must")],
    ),
    # a procedural noun (处罚决定) and a cited title (《…处罚办法》) impose no sanction
    (
        "依照《某市处罚办法》，税务局应当在三十日内作出处罚决定。",
        [("税务局", "在三十日内作出处罚决定", "must")],
    ),
    # nor does a means (处罚手段) or a list of kinds (行政处罚、刑事处罚) it names
    (
        "税务局应当区分情节轻重，合理选用处罚手段。",
        [("税务局", "区分情节轻重", "must"), ("税务局", "合理选用处罚手段", "must")],
    ),
    (
        "税务局应当做好行政处罚和刑事处罚的衔接。",
        [("税务局", "做好行政处罚和刑事处罚的衔接", "must")],
    ),
    # ... nor kinds listed and closed by 等 before a noun (…、行政处罚等信息), while a list
    # closed by 等 that is the sanction itself (给予警告、罚款等处罚) still imposes it
    (
        "税务局应当及时公开税务登记、行政处罚等信息。",
        [("税务局", "及时公开税务登记、行政处罚等信息", "must")],
    ),
    ("纳税人逾期不改正的，由税务局给予警告、罚款等处罚。", []),
    # ... also its last kind, when no 的 follows it (…纪律处罚相互衔接)
    (
        "税务局应当完善行政处罚和纪律处罚相互衔接的移送制度。",
        [("税务局", "完善行政处罚和纪律处罚相互衔接的移送制度", "must")],
    ),
    # manner adverbs are not conditions (如实) nor chain connectives (及时)
    (
        "诊所应当查验处方，如实登记购药人信息，及时清理医疗废物。",
        [
            ("诊所", "查验处方", "must"),
            ("诊所", "如实登记购药人信息", "must"),
            ("诊所", "及时清理医疗废物", "must"),
        ],
    ),
    # a verb with a party as its object continues the chain (记录机构的…, 指导…机构…)
    (
        "卫生部门应当建立诚信档案，记录机构的违规行为。",
        [("卫生部门", "建立诚信档案", "must"), ("卫生部门", "记录机构的违规行为", "must")],
    ),
    (
        "卫生部门要完善分级诊疗制度，指导基层医疗机构开展慢病管理。",
        [
            ("卫生部门", "完善分级诊疗制度", "should"),
            ("卫生部门", "指导基层医疗机构开展慢病管理", "should"),
        ],
    ),
    # a verbless adverbial before a clause with its own trigger is no duty
    (
        "档案馆应当完善查档流程，在服务的每个环节，均要核对来访者身份。",
        [("档案馆", "完善查档流程", "must"), ("档案馆", "核对来访者身份", "should")],
    ),
    # 以 and a noun phrase with 的 is the manner of the next clause's act
    (
        "博物馆要丰富展陈内容，以生动的方式，讲好文物故事。",
        [("博物馆", "丰富展陈内容", "should"), ("博物馆", "以生动的方式，讲好文物故事", "should")],
    ),
    # a result opener amid the chain (便于, 从而) gives no row; the chain goes on after it
    (
        "档案馆应当建立查询系统，便于读者检索，定期更新馆藏目录。",
        [("档案馆", "建立查询系统", "must"), ("档案馆", "定期更新馆藏目录", "must")],
    ),
    # 以/为 and a verb amid the chain state its aim (no row); 以…为… frames an act (a row)
    (
        "剧院应当丰富演出剧目，以更好地满足观众需求，以观众评价为参考，为推广本地戏曲，"
        "完善售票服务。",
        [
            ("剧院", "丰富演出剧目", "must"),
            ("剧院", "以观众评价为参考", "must"),
            ("剧院", "完善售票服务", "must"),
        ],
    ),
    # a weak purpose (满足, 确保) right before a consequence (从而…) closes the chain too
    (
        "书店应当延长营业时间，满足夜读者的需求，从而吸引更多顾客。",
        [("书店", "延长营业时间", "must")],
    ),
    # a clause of examples closed by 等 (…，如甲、乙等) is no further act, though the
    # segmenter glues 如 to the first example (如意 / 饼)
    (
        "糕点铺应当推出节令点心，如意饼、桂花糕等。",
        [("糕点铺", "推出节令点心", "must")],
    ),
    # 助力, 充实 closing the part state what the acts before achieve, not a further act
    (
        "农场应当引进新型农机，助力乡村产业振兴。",
        [("农场", "引进新型农机", "must")],
    ),
    (
        "剧团应当招聘青年演员，充实演出阵容。",
        [("剧团", "招聘青年演员", "must")],
    ),
    (
        "剧团应当充实演出阵容，招聘青年演员。",
        [("剧团", "充实演出阵容", "must"), ("剧团", "招聘青年演员", "must")],
    ),
    # a purpose opened by 以 + a verb goes on over the bare clauses after it, to the
    # end of the part (…，以扩大影响，提升知名度，吸引读者): one aim, no further duty
    (
        "书店应当开设读书专栏，以进一步扩大影响，提升书店的知名度，吸引更多读者。",
        [("书店", "开设读书专栏", "must")],
    ),
    # …, but 为 + a verb frames the acts after it, which stay duties (为办好节会，…)
    (
        "行业协会应当共同努力，为办好节会，营造良好环境，担负起各自的责任。",
        [
            ("行业协会", "共同努力", "must"),
            ("行业协会", "营造良好环境", "must"),
            ("行业协会", "担负起各自的责任", "must"),
        ],
    ),
    # 以此 + a verb (thereby…) is a purpose, also where it closes the sentence
    (
        "班主任应当及时与学生谈心，以此缓解学生的压力。",
        [("班主任", "及时与学生谈心", "must")],
    ),
    # (…, and mid-chain 以此 + a verb runs on over the bare clauses after it: one aim)
    (
        "甲馆应当定期走访乙户，以此缓解乙户的压力，提升服务效率，并建立走访台账。",
        [("甲馆", "定期走访乙户", "must"), ("甲馆", "建立走访台账", "must")],
    ),
    # 赢得, 带动, 造福 closing the part state what the acts before achieve
    (
        "商会应当完善服务制度，赢得会员的信任。",
        [("商会", "完善服务制度", "must")],
    ),
    (
        "合作社应当推广新品种，带动周边农户增收。",
        [("合作社", "推广新品种", "must")],
    ),
    # 达到 + a state closing the part (…的目的, …效果) is the result of the acts before
    (
        "图书馆应当节约用电，达到节能的目的。",
        [("图书馆", "节约用电", "must")],
    ),
    # a verb of knowing closing a duty before "，" takes the next clause as its object: one
    # row, and the clauses after it go on with what is known, not with the chain
    (
        "企业必须认识到，客户往往已有固定的供应商，争取这样的客户非常困难。",
        [("企业", "认识到，客户往往已有固定的供应商", "must")],
    ),
    (
        "管理者不仅应关注员工的压力，更应注意到，加班会增加员工的疲劳，对专注度有消极影响。",
        [
            ("管理者", "关注员工的压力", "must"),
            ("管理者", "更应注意到，加班会增加员工的疲劳", "must"),
        ],
    ),
    # a thing, 由 and another party acting on it says who handles the thing: the chain ends
    (
        "主管部门应当建立评价制度，考核结果由市统计局统一发布。",
        [("主管部门", "建立评价制度", "must")],
    ),
    # (a verb of the chain's party opening the clause keeps it a duty: 将…由甲转给乙)
    (
        "中介机构应当收取押金，将押金由银行托管。",
        [("中介机构", "收取押金", "must"), ("中介机构", "将押金由银行托管", "must")],
    ),
    # a numbered duty whose object restates its party opens no run-in title (学校应完善|学校…)
    (
        "（3）学校应完善学校安全制度，以保障学生安全。",
        [("学校", "完善学校安全制度", "must")],
    ),
    # a modal before the passive 被 says what is done to its subject: no duty of it
    (
        "驿站应当延长服务时间，驿站站长应被给予必要的休息。",
        [("驿站", "延长服务时间", "must")],
    ),
    # a consequence (因此…, 因而…) is no further duty of the chain
    (
        "住院学员要遵守宿舍作息，因而作息较为规律。",
        [("住院学员", "遵守宿舍作息", "should")],
    ),
    # an adverb of conjecture (或许, 也许) opens a comment, no further duty
    (
        "书店应当延长营业时间，增设阅读角，或许更受读者欢迎。",
        [("书店", "延长营业时间", "must"), ("书店", "增设阅读角", "must")],
    ),
    # 要不 is "otherwise" only before 然, 是, …; 要不断… is a modal and its verb
    (
        "园区要不断优化营商环境，要不然会流失企业。",
        [("园区", "不断优化营商环境", "should")],
    ),
    # 即 opens a restatement of what came before, no further duty
    (
        "物流公司应当设置两类仓库，即普通仓库和冷藏仓库。",
        [("物流公司", "设置两类仓库", "must")],
    ),
    # 鼓励 addresses a party after a short relative clause
    (
        "鼓励有条件的社区卫生服务中心开展家庭病床服务。",
        [("社区卫生服务中心", "开展家庭病床服务", "should")],
    ),
    # an adverb the segmenter glued to its verb (定期检查) opens a predicate, no new subject
    (
        "市场监管局应当建立巡查制度，定期检查企业对安全规定的落实情况。",
        [
            ("市场监管局", "建立巡查制度", "must"),
            ("市场监管局", "定期检查企业对安全规定的落实情况", "must"),
        ],
    ),
    # 以 + a phrase closed by a noun of manner + a verb is how an act is done: a duty;
    # 以 + a verb is the purpose
    (
        "物业公司应当公开收费标准，以公告等方式告知业主。",
        [("物业公司", "公开收费标准", "must"), ("物业公司", "以公告等方式告知业主", "must")],
    ),
    (
        "物业公司应当公开收费标准，以保障业主知情权。",
        [("物业公司", "公开收费标准", "must")],
    ),
    # (a stance or capacity closes such a phrase too: 以独立立场提出…, 以业主名义签订…)
    (
        "评估专家应当审阅申报材料，以独立立场提出评审意见。",
        [("评估专家", "审阅申报材料", "must"), ("评估专家", "以独立立场提出评审意见", "must")],
    ),
    # a clause that is a verb and a party as its object, or opens with an adverb, is no
    # new subject: the chain goes on
    (
        "护士应当耐心解释病情，关心患者。",
        [("护士", "耐心解释病情", "must"), ("护士", "关心患者", "must")],
    ),
    (
        "税务局应当简化办税流程，主动联系企业。",
        [("税务局", "简化办税流程", "must"), ("税务局", "主动联系企业", "must")],
    ),
    # after a directive amid an unnamed issuer's acts, a clause joined by 并 or opening
    # an adverbial goes on with the directed party's acts; a bare verb is the issuer's
    (
        "完善评价办法，鼓励青年教师参加教学竞赛，并定期分享授课经验。",
        [
            ("青年教师", "参加教学竞赛", "should"),
            ("青年教师", "定期分享授课经验", "should"),
        ],
    ),
    (
        "修订人才规划，引导企业和高校合作，通过共建实验室等方式，培养数据安全人才。",
        [
            ("企业", "合作", "should"),
            ("高校", "合作", "should"),
            ("企业", "通过共建实验室等方式，培养数据安全人才", "should"),
            ("高校", "通过共建实验室等方式，培养数据安全人才", "should"),
        ],
    ),
    (
        "修订课程标准，鼓励中学开设研学课程，推进教材改革。",
        [("中学", "开设研学课程", "should")],
    ),
    # a thing opens the clause as its subject (库存数据将…): what happens to it, no duty
    (
        "仓储企业应当定期盘点库存，库存数据将按月汇总上报。",
        [("仓储企业", "定期盘点库存", "must")],
    ),
    # a quality and 的 before the thing (较低的满意度不利于…), or a verbal noun after 的
    # (…的分工…), still name a thing that the clause judges: no further duty
    (
        "居民应当按时缴纳物业费，过高的费用不利于小区的管理。",
        [("居民", "按时缴纳物业费", "must")],
    ),
    (
        "学校要培养学生的卫生习惯，良好的卫生习惯有利于学生成长。",
        [("学校", "培养学生的卫生习惯", "should")],
    ),
    # a demonstrative and a preposition (这对于…) comment on the duty before
    (
        "卫生院应当建立随访档案，这对于慢性病患者的康复具有重要作用。",
        [("卫生院", "建立随访档案", "must")],
    ),
    # a manner noun (定期) or a party after a verb (指导乙机构为…) opens no thing's clause
    (
        "卫生部门要加强培训，指导社区卫生机构为老人提供上门服务。",
        [
            ("卫生部门", "加强培训", "should"),
            ("卫生部门", "指导社区卫生机构为老人提供上门服务", "should"),
        ],
    ),
    # a directing verb before a party (并倡导乙协会…) is the chain's next duty, no new subject
    (
        "图书馆应当开放馆藏目录，并倡导相关机构共享书目。",
        [
            ("图书馆", "开放馆藏目录", "must"),
            ("图书馆", "倡导相关机构共享书目", "must"),
        ],
    ),
    # a phrase of means (通过…) before a purpose verb says how that act is done: the act
    # is one more duty; with no means before it, the purpose verb stays a purpose
    (
        "博物馆应开设线上展厅，通过短视频等渠道，提高藏品知名度。",
        [
            ("博物馆", "开设线上展厅", "must"),
            ("博物馆", "通过短视频等渠道，提高藏品知名度", "must"),
        ],
    ),
    (
        "博物馆应开设线上展厅，提高藏品知名度。",
        [("博物馆", "开设线上展厅", "must")],
    ),
    # a filing verb the segmenter glues to the joiner (并报|有关部门) still opens the
    # chain's next duty: the body after it is where the duty files, no new subject
    (
        "甲物业公司应当编制消防预案，并报有关部门备案。",
        [("甲物业公司", "编制消防预案", "must"), ("甲物业公司", "报有关部门备案", "must")],
    ),
    # a verb or an adverb the dictionary tags as a noun or an idiom (重塑, 无条件) opens
    # the chain's next duty, not the name of a new subject (lang word_tags)
    (
        "社区医院应当完善信息系统，重塑患者服务体系，优化诊疗流程。",
        [
            ("社区医院", "完善信息系统", "must"),
            ("社区医院", "重塑患者服务体系", "must"),
            ("社区医院", "优化诊疗流程", "must"),
        ],
    ),
    (
        "乙商家须遵守平台的配送规范，并无条件接受平台安排的检查。",
        [("乙商家", "遵守平台的配送规范", "must"), ("乙商家", "无条件接受平台安排的检查", "must")],
    ),
    # a clause whose own subject needs a thing (但康复需要…陪伴) ends the chain; 需要 as
    # a noun joined to another (贴合居民需要和意愿的课程) is part of the chained act
    (
        "康复师需要有足够的耐心，定期上门随访，但康复需要家人的陪伴。",
        [("康复师", "有足够的耐心", "should"), ("康复师", "定期上门随访", "should")],
    ),
    # …，而且治疗需要…关系: the need of the clause's own subject is no act chained onto
    # the holder of the acts before it
    (
        "甲医师需要有高度的责任感，抽出额外的时间，而且治疗需要稳定的关系。",
        [("甲医师", "有高度的责任感", "should"), ("甲医师", "抽出额外的时间", "should")],
    ),
    (
        "社区学校应当结合老人的兴趣，开设贴合居民需要和意愿的课程。",
        [
            ("社区学校", "结合老人的兴趣", "must"),
            ("社区学校", "开设贴合居民需要和意愿的课程", "must"),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CHAINS)
def test_chains_continue_or_stop(
    analyse: Callable[[str], SentenceAnalysis], sentence: str, expected: Rows
) -> None:
    assert rows(analyse(sentence)) == expected


ZERO_KINDS = [
    # a non-party subject carries to the next modal of the sentence: no party is guessed
    ("存管资金应当专户管理，不得挪用。", ["other", "other"]),
    ("应当专户管理，不得挪用。", ["none", "none"]),
    # a reporting verb's subject is not the topic of what it reports
    ("专家认为，需要加强数据治理。", ["none"]),
    # a rule cited by its source binds no one named; a view (认为) is left to context
    ("该技术规范明确规定，应当每年校准仪器。", ["cited"]),
    # the noun inside a prepositional phrase is no topic
    ("通过建立统一的信息平台，可以共享库存数据。", ["none"]),
    # a frame of time or circumstance (在…时/中) reaching the modal leaves no subject,
    # as it does with a comma after it
    ("在交接班时要核对药品数量。", ["none"]),
    ("在验收过程中也应当核对货物清单。", ["none"]),
    # (a word the segmenter glues to the modal, 亦可, is no subject either)
    ("在紧急时亦可启用备用电源。", ["none"]),
]


@pytest.mark.parametrize(("sentence", "zeros"), ZERO_KINDS)
def test_zero_subject_kinds(
    analyse: Callable[[str], SentenceAnalysis], sentence: str, zeros: list[str]
) -> None:
    duties = analyse(sentence).duties
    assert [d.zero for d in duties] == zeros
    assert all(not d.holders for d in duties)


# --- the document pass: context, genre, provenance -------------------------------------

DOCUMENTS = [
    # a "；"-part opening with a verb used as an adverb (持续) goes on with the duty before
    (
        "社区物业管理研究\n\n三、对策\n\n物业公司应当公开收费标准；持续改进保洁服务；定期检修电梯。\n",
        [
            ("物业公司", "公开收费标准", "must", "deontic.must"),
            ("物业公司", "持续改进保洁服务", "must", "deontic.chain"),
            ("物业公司", "定期检修电梯", "must", "deontic.chain"),
        ],
    ),
    # ... also when it opens with a verb or adverb the dictionary tags as a noun (依法, 指导)
    (
        "物业服务管理办法\n\n第五条 物业公司应当定期检查消防设施；依法对违规停车进行劝阻；"
        "指导业主安全用电。\n",
        [
            ("物业公司", "定期检查消防设施", "must", "deontic.must"),
            ("物业公司", "依法对违规停车进行劝阻", "must", "deontic.chain"),
            ("物业公司", "指导业主安全用电", "must", "deontic.chain"),
        ],
    ),
    # a later "；"-part with a subjectless modal of its own after an adverbial (在…, 另一方面)
    # goes on with the party of the parts before
    (
        "社区物业管理研究\n\n三、对策\n\n物业公司应当公开收费标准；完善保洁制度；在台风季节应及时检修电梯。\n",
        [
            ("物业公司", "公开收费标准", "must", "deontic.must"),
            ("物业公司", "完善保洁制度", "must", "deontic.chain"),
            ("物业公司", "及时检修电梯", "must", "zero-subject.previous"),
        ],
    ),
    (
        "社区物业管理研究\n\n三、对策\n\n物业公司应当公开收费标准，注意保洁服务的质量；"
        "另一方面，更要及时检修电梯。\n",
        [
            ("物业公司", "公开收费标准", "must", "deontic.must"),
            ("物业公司", "注意保洁服务的质量", "must", "deontic.chain"),
            ("物业公司", "及时检修电梯", "should", "zero-subject.previous"),
        ],
    ),
    # in a paper's section on neither duties nor the state, a party opening the sentence
    # (a connective aside) as the own subject of 不能 is forbidden the act; after a cause
    # (由于…，) or with a habit (往往) 不能 says what the party is unable to do
    (
        "社区慢病管理研究\n\n二、社区医生的角色\n\n此外，社区医生不能只关注药物治疗。\n\n"
        "由于人手不足，护士不能及时回应每位患者。\n\n家属往往不能理解医嘱。\n",
        [("社区医生", "只关注药物治疗", "must_not", "deontic.must_not")],
    ),
    # the writer's own advice (因此，应当…) bears no party named before, also with a frame
    # of time between the connective and the modal (因此在…时应当…)
    (
        "社区物业管理研究\n\n二、物业现状\n\n物业公司常常忽视设备维护。因此在汛期检查时应当及时检修电梯。\n",
        [],
    ),
    # a frame of time (在…时) right before the modal is no subject: the sentence's duty
    # goes on with the topic of the sentence before
    (
        "社区物业管理研究\n\n三、对策\n\n物业公司应当公开收费标准。在汛期检查时要及时检修电梯。\n",
        [
            ("物业公司", "公开收费标准", "must", "deontic.must"),
            ("物业公司", "及时检修电梯", "should", "zero-subject.previous"),
        ],
    ),
    # ... but not with a holder the parts before only took from the context
    (
        "社区物业管理研究\n\n三、对策\n\n物业公司应当公开收费标准。"
        "在收费之外，还要完善保洁制度；在台风季节应及时检修电梯。\n",
        [
            ("物业公司", "公开收费标准", "must", "deontic.must"),
            ("物业公司", "完善保洁制度", "should", "zero-subject.previous"),
        ],
    ),
    # a numbered line whose opening words are a known party and a modal is a duty, not
    # a run-in title (养老机构应|完善…)
    (
        "城市养老服务研究\n\n三、对策\n\n养老机构的服务质量有待提高，为此提出以下建议。\n"
        "(1）养老机构应从老人需求出发，完善护理服务。\n"
        "(2）养老机构应完善机构评价机制，以提升服务质量。\n",
        [
            ("养老机构", "从老人需求出发", "must", "deontic.must"),
            ("养老机构", "完善护理服务", "must", "deontic.chain"),
            ("养老机构", "完善机构评价机制", "must", "deontic.must"),
        ],
    ),
    # a directive whose clause ends with its parties: the clauses after it are theirs,
    # also after a list of fields closed by 的
    (
        "科技创新工作方案\n\n鼓励医药、食品等领域的龙头企业和高校，面向新场景，搭建中试平台。\n",
        [
            ("龙头企业", "面向新场景", "should", "deontic.chain"),
            ("高校", "面向新场景", "should", "deontic.chain"),
            ("龙头企业", "搭建中试平台", "should", "deontic.chain"),
            ("高校", "搭建中试平台", "should", "deontic.chain"),
        ],
    ),
    # in an essay, the party's own conduct before 要 stands for the party recommending
    (
        "社区食堂观察\n\n社区食堂越来越多。社区食堂的运营要公开透明。\n",
        [("社区食堂", "公开透明", "should", "deontic.should")],
    ),
    # in an essay's recommendations, a subjectless 要 takes the party of its context;
    # a subjectless 可以 says what could be done and is no row
    (
        "社区养老的困境与出路\n\n三、对策建议\n养老驿站要完善服务清单。"
        "要建立志愿者积分制度。在资金方面，可以引入社会捐助。\n",
        [
            ("养老驿站", "完善服务清单", "should", "deontic.should"),
            ("养老驿站", "建立志愿者积分制度", "should", "zero-subject.previous"),
        ],
    ),
    # in an essay, 要 after the party itself and the domain of its conduct recommends
    (
        "社区食堂观察\n\n社区食堂自身在菜品搭配上也要不断调整。\n",
        [("社区食堂", "不断调整", "should", "deontic.should")],
    ),
    # a subjectless duty of a rule cited by its source is no duty of the previous party
    (
        "计量管理研究\n\n检测站要完善台账。该技术规范明确规定，应当每年校准仪器。\n",
        [("检测站", "完善台账", "should", "deontic.should")],
    ),
    # a subjectless duty right after a connective set off by a comma is the writer's
    # advice, not a duty of the party of the sentence before
    (
        "社区养老研究\n\n养老驿站要规范收费。因此，应当完善运营补贴机制。\n",
        [("养老驿站", "规范收费", "should", "deontic.should")],
    ),
    (
        "社区养老研究\n\n养老驿站要规范收费。做好收费公示十分必要，因此要完善公示制度。\n",
        [("养老驿站", "规范收费", "should", "deontic.should")],
    ),
    # a sentence opened by the text it goes by states what that text directs, no duty of
    # the party of the sentence before
    (
        "社区养老研究\n\n养老驿站要规范收费。依据《养老服务指南》，应建立公示制度。\n",
        [("养老驿站", "规范收费", "should", "deontic.should")],
    ),
    # a party named paragraphs before, other sentences between, is no topic of a new
    # paragraph's subjectless advice; the sentence right after its duty still is
    (
        "社区养老研究\n\n养老驿站要规范收费，提高服务质量。老人的需求日益多样，服务内容不断丰富。"
        "\n其次，要加强宣传引导。\n",
        [("养老驿站", "规范收费", "should", "deontic.should")],
    ),
    (
        "社区养老研究\n\n养老驿站要规范收费。\n要建立公示制度。\n",
        [
            ("养老驿站", "规范收费", "should", "deontic.should"),
            ("养老驿站", "建立公示制度", "should", "zero-subject.previous"),
        ],
    ),
    # a run of subjectless advice goes on with the party named before it, but not across
    # a paragraph break: the new paragraph's advice is the author's
    (
        "社区养老研究\n\n养老驿站要规范收费。要公开收费标准。\n要建立公示制度。\n",
        [
            ("养老驿站", "规范收费", "should", "deontic.should"),
            ("养老驿站", "公开收费标准", "should", "zero-subject.previous"),
        ],
    ),
    (
        "社区养老研究\n\n养老驿站要规范收费。要公开收费标准。要建立公示制度。\n",
        [
            ("养老驿站", "规范收费", "should", "deontic.should"),
            ("养老驿站", "公开收费标准", "should", "zero-subject.previous"),
            ("养老驿站", "建立公示制度", "should", "zero-subject.previous"),
        ],
    ),
    # a party granted in a conceding clause (尽管甲…，但…) is no topic of the next sentence
    (
        "社区养老研究\n\n长期以来，尽管养老驿站做了不少工作，但仍存在不少问题。"
        "应全面开展服务需求调查。\n",
        [],
    ),
    # a sentence opened by a demonstrative pronoun: its subjectless modal goes on with
    # that thing, not with the party of the sentence before
    (
        "社区养老研究\n\n养老驿站要重视服务质量。这不是一时之举，而应当融入日常管理之中。\n",
        [("养老驿站", "重视服务质量", "should", "deontic.should")],
    ),
    # a topic heading whose subject is a named party gives that party to its section
    (
        "社区健康服务研究\n\n一、社区医院主动融入健康网络\n"
        "社区医院的作用日益重要。在转诊过程中，必须建立双向转诊机制。\n",
        [("社区医院", "建立双向转诊机制", "must", "zero-subject.heading")],
    ),
    # a topic heading that closes with a word of analysis (…的原因分析) makes its party the
    # topic of a description: the section's subjectless advice is not that party's
    (
        "社区健康服务研究\n\n一、社区医院拒收转诊患者的原因分析\n"
        "转诊患者日益增多。在转诊过程中，必须建立双向转诊机制。\n",
        [],
    ),
    # "应当履行下列义务：" — the numbered items are the duties, in item sections or inline
    (
        "养老机构服务管理办法\n\n第二条 养老机构应当履行下列义务：\n（一）建立入住评估制度；\n"
        "（二）配备护理人员。\n\n"
        "第三条 护理人员不得有下列行为：（一）虐待老年人；（二）索取财物。\n\n"
        "第四条 养老机构有下列行为之一的，由民政部门责令改正：\n（一）未建立入住评估制度的。\n",
        [
            ("养老机构", "建立入住评估制度", "must", "list.item"),
            ("养老机构", "配备护理人员", "must", "list.item"),
            ("护理人员", "虐待老年人", "must_not", "list.item"),
            ("护理人员", "索取财物", "must_not", "list.item"),
        ],
    ),
    # the lead-in may close in the clause its modal's adverbial joins (应当根据…，作出如下
    # 处理：); a lead-in of kinds of award (给予下列奖励：) stays a duty, its items name kinds
    (
        "养老机构服务管理办法\n\n第二条 民政部门应当根据检查结果，分别作出如下处理：\n"
        "（一）对养老机构进行约谈；\n（二）向社会公开检查结果。\n\n"
        "第三条 民政部门应当对护理人员给予下列奖励：\n（一）通报表扬；\n（二）发放奖金。\n",
        [
            ("民政部门", "对养老机构进行约谈", "must", "list.item"),
            ("民政部门", "向社会公开检查结果", "must", "list.item"),
            ("民政部门", "对护理人员给予下列奖励", "must", "deontic.must"),
        ],
    ),
    # a verb of bearing or a duty noun closed by a colon names no duty itself: the items
    # after it, inline or on lines of their own, are the party's duties
    (
        "水务管理办法\n\n第六条 河湖管理中心负责：制定年度巡查计划；组织日常巡查；处理投诉举报。\n",
        [
            ("河湖管理中心", "制定年度巡查计划", "must", "deontic.chain"),
            ("河湖管理中心", "组织日常巡查", "must", "deontic.chain"),
            ("河湖管理中心", "处理投诉举报", "must", "deontic.chain"),
        ],
    ),
    # (each "；"-part of an inline list is an item, whatever word opens it)
    (
        "水务管理办法\n\n第六条 河湖管理中心应当做好以下工作：制定年度计划；监督检查资金使用；"
        "每年年底前提交工作报告。\n",
        [
            ("河湖管理中心", "做好以下工作", "must", "deontic.must"),
            ("河湖管理中心", "制定年度计划", "must", "deontic.chain"),
            ("河湖管理中心", "监督检查资金使用", "must", "deontic.chain"),
            ("河湖管理中心", "每年年底前提交工作报告", "must", "deontic.chain"),
        ],
    ),
    # a lead-in announcing kinds (分为以下三类：) is no list of acts
    (
        "水务管理办法\n\n第六条 管理中心应当将河道分为以下三类：\n（一）行洪河道；\n"
        "（二）灌溉河道；\n（三）景观河道。\n",
        [("管理中心", "将河道分为以下三类", "must", "deontic.must")],
    ),
    (
        "水务管理办法\n\n第六条 河湖管理中心的具体职责包括：\n（一）制定年度巡查计划；\n"
        "（二）组织日常巡查。\n",
        [
            ("河湖管理中心", "制定年度巡查计划", "must", "list.item"),
            ("河湖管理中心", "组织日常巡查", "must", "list.item"),
        ],
    ),
    (
        "水务管理办法\n\n第六条 河湖管理中心的主要职责是：（一）制定年度巡查计划；"
        "（二）组织日常巡查。\n",
        [
            ("河湖管理中心", "制定年度巡查计划", "must", "list.item"),
            ("河湖管理中心", "组织日常巡查", "must", "list.item"),
        ],
    ),
    # (a hedge or a list intro before the colon is no duty: 职责包括但不限于：, 包括以下方面：)
    (
        "水务管理办法\n\n第六条 河湖管理中心的职责包括但不限于：制定年度计划；组织巡查。\n",
        [
            ("河湖管理中心", "制定年度计划", "must", "deontic.chain"),
            ("河湖管理中心", "组织巡查", "must", "deontic.chain"),
        ],
    ),
    (
        "水务管理办法\n\n第六条 河湖管理中心的职责包括以下方面：制定年度计划；组织巡查。\n",
        [
            ("河湖管理中心", "制定年度计划", "must", "deontic.chain"),
            ("河湖管理中心", "组织巡查", "must", "deontic.chain"),
        ],
    ),
    # ... also when the duty noun opens a clause after the party's own (甲由乙任命，职责是：)
    (
        "水务合作研究\n\n首席工程师由市长任命，具体职责是：就治水议题向市长提出建议；"
        "组织专家论证。\n",
        [
            ("首席工程师", "就治水议题向市长提出建议", "must", "deontic.chain"),
            ("首席工程师", "组织专家论证", "must", "deontic.chain"),
        ],
    ),
    # a chained lead-in announcing things (提交下列材料：) is a duty; its items name things
    (
        "水务管理办法\n\n第六条 申请人应当填写申请表，并提交下列材料：\n（一）身份证明；\n"
        "（二）场地使用证明。\n",
        [
            ("申请人", "填写申请表", "must", "deontic.must"),
            ("申请人", "提交下列材料", "must", "deontic.chain"),
        ],
    ),
    # a lead-in with no modal that lists a party's duties (甲履行下列职责：) gives its
    # items; an item's own subjectless modal is the lead-in party's, after a condition
    # too (…；劝阻无效的，应当…: that reading alone), and in a paper's advice
    (
        "河道管理办法\n\n第九条 村级河长履行下列主要职责：\n（一）开展日常巡河；\n"
        "（二）及时劝阻违法行为；劝阻无效的，应当及时向上级河长报告。\n",
        [
            ("村级河长", "开展日常巡河", "must", "list.item"),
            ("村级河长", "及时劝阻违法行为", "must", "list.item"),
            ("村级河长", "及时向上级河长报告", "must", "zero-subject.list"),
        ],
    ),
    # 履行 with any other object is no trigger, nor a lead-in of things (履行下列手续：)
    (
        "河道管理办法\n\n第九条 村级河长履行巡河职责。承包人履行下列手续：\n（一）登记。\n",
        [],
    ),
    (
        "投稿指南研究\n\n3 对策\n投稿人可以从以下几个方面防范虚假期刊：\n"
        "（1）对于新创办的期刊，要从官方网站查询出版信息。\n（2）不要轻信代发广告。\n",
        [
            ("投稿人", "从官方网站查询出版信息", "should", "zero-subject.list"),
            ("投稿人", "对于新创办的期刊，要从官方网站查询出版信息", "may", "list.item"),
            ("投稿人", "轻信代发广告", "must_not", "zero-subject.list"),
        ],
    ),
    # an item opened by 一是 before a quoted word (二是“…”) is an item: the list goes on
    (
        "社区治理研究\n\n3 对策\n街道办事处应做好以下工作：一是整合服务资源；"
        "二是“网格化”管理，划分责任片区；三是建立居民议事会。\n",
        [
            ("街道办事处", "整合服务资源", "must", "list.item"),
            ("街道办事处", "“网格化”管理，划分责任片区", "must", "list.item"),
            ("街道办事处", "建立居民议事会", "must", "list.item"),
        ],
    ),
    # lists in a guideline: items in item sections below the lead-in's section; an item
    # with its own modal keeps it
    (
        "关于规范托育服务的实施意见\n\n一、托育机构的责任\n托育机构应当做到以下几点：\n"
        "1、建立入托健康检查制度；\n2、配备专职保健人员；\n3、不得体罚婴幼儿。\n",
        [
            ("托育机构", "建立入托健康检查制度", "must", "list.item"),
            ("托育机构", "配备专职保健人员", "must", "list.item"),
            ("托育机构", "体罚婴幼儿", "must_not", "zero-subject.list"),
        ],
    ),
    # a zero subject takes the article's party (regulations) ...
    (
        "托育服务管理办法\n\n第三条 托育机构应当立即报告疫情。报告应当包括发病时间和主要症状。\n",
        [
            ("托育机构", "立即报告疫情", "must", "deontic.must"),
            ("托育机构", "包括发病时间和主要症状", "must", "zero-subject.article"),
        ],
    ),
    # ... but a thing as the subject binds no party named before it: what the thing must
    # be (a document's contents are its maker's: 报告应当包括…, above) ...
    (
        "学校安全管理办法\n\n第五条 学校应当配备灭火器。灭火器应当放置在便于取用的位置。\n",
        [("学校", "配备灭火器", "must", "deontic.must")],
    ),
    (
        "学校安全管理办法\n\n第五条 学校应当配备灭火器。公共停车设施应当配建充电桩。\n",
        [("学校", "配备灭火器", "must", "deontic.must")],
    ),
    # ... and a sentence that opens with a noun phrase naming a thing (…的器材，) before
    # its subjectless trigger clause: that thing is the subject, no party carried to it
    (
        "学校安全管理办法\n\n第五条 学校应当配备灭火器。过期的灭火器，应当及时更换。\n",
        [("学校", "配备灭火器", "must", "deontic.must")],
    ),
    (
        "仓储管理办法\n\n第六条 仓储企业应当建立台账。用于销售的粮食，必须附有质量检验报告。\n",
        [("仓储企业", "建立台账", "must", "deontic.must")],
    ),
    # a vehicle in a regulation bears no row: what it must be, its keeper's duty unnamed
    (
        "货运管理办法\n\n第七条 运输企业应当建立台账。货车应当每年进行一次安全检验。\n",
        [("运输企业", "建立台账", "must", "deontic.must")],
    ),
    # (a 的 condition is no thing: the party is carried)
    (
        "仓储管理办法\n\n第六条 仓储企业应当建立台账。发现霉变的，应当立即报告。\n",
        [
            ("仓储企业", "建立台账", "must", "deontic.must"),
            ("仓储企业", "立即报告", "must", "zero-subject.article"),
        ],
    ),
    # ... unless the party is named in the "；"-part the clause goes on from
    (
        "网络交易管理办法\n\n第九条 平台经营者应当及时删除侵权信息；"
        "未及时删除的，与侵权人承担连带责任。\n",
        [
            ("平台经营者", "及时删除侵权信息", "must", "deontic.must"),
            ("平台经营者", "与侵权人承担连带责任", "must", "zero-subject.article"),
        ],
    ),
    # ... or the party of the heading that names a duty
    (
        "校园安全随笔\n\n一、学校的安全管理责任\n\n应当定期检查消防设施。\n",
        [
            ("学校", "安全管理责任", "must", "heading.duty"),
            ("学校", "定期检查消防设施", "must", "zero-subject.heading"),
        ],
    ),
    # 可以 in a descriptive passage of an essay is ability, in its recommendations permission
    ("直播观察\n\n一、互动的现状\n\n观众可以实时提出问题。\n", []),
    (
        "直播观察\n\n二、提升服务的对策\n\n平台可以开通在线客服。\n",
        [("平台", "开通在线客服", "may", "deontic.may")],
    ),
    # an example of the party's own act under a heading of recommendations is advice too
    (
        "直播观察\n\n二、提升服务的对策\n\n例如，平台可以开通在线客服。\n",
        [("平台", "开通在线客服", "may", "deontic.may")],
    ),
    ("直播观察\n\n一、互动的现状\n\n例如，观众可以实时提出问题。\n", []),
    # ... and throughout a normative document, an emergency plan (…预案) as a rule or notice
    (
        "某市防汛应急预案\n\n一、应急响应\n\n区人民政府可以调用社会物资。\n",
        [("区人民政府", "调用社会物资", "may", "deontic.may")],
    ),
    # the writer's polity and its 的 before a party: the party is the subject
    (
        "社区通则\n\n我国的物业公司应当公开收费标准。\n",
        [("物业公司", "公开收费标准", "must", "deontic.must")],
    ),
    # 甚至 opening a clause is a connective, not part of the subject after it
    (
        "社区通则\n\n居委会应当张贴通知，甚至物业公司也要派人上门说明。\n",
        [
            ("居委会", "张贴通知", "must", "deontic.must"),
            ("物业公司", "派人上门说明", "should", "deontic.should"),
        ],
    ),
    # a time frame with no comma before the subject is an adverbial, the party the subject
    (
        "物业通则\n\n在收到投诉后三日内物业服务企业应当书面答复业主。\n",
        [("物业服务企业", "书面答复业主", "must", "deontic.must")],
    ),
    # a frame closing the clause after its party, before the comma: the party acts in it
    # and bears the duty after it, though the dictionary reads its modifier as a verb
    (
        "救援通则\n\n危机干预专家在到达现场后，首先应与救援指挥部门取得联系。\n",
        [("危机干预专家", "与救援指挥部门取得联系", "must", "deontic.must")],
    ),
    (
        "管理札记\n\n研究表明，组织在分配权力时，应当考虑候选人的声望。\n",
        [("组织", "考虑候选人的声望", "must", "deontic.must")],
    ),
    (
        "管理札记\n\n因此，组织既要公开评价标准，也要听取员工意见。\n",
        [
            ("组织", "公开评价标准", "should", "deontic.should"),
            ("组织", "听取员工意见", "should", "deontic.should"),
        ],
    ),
    # an example in a bracketed aside or a later clause does not make the act an example
    (
        "直播观察\n\n二、提升服务的对策\n\n高峰时（比如晚间），平台可以开通在线客服，例如语音客服。\n",
        [("平台", "开通在线客服", "may", "deontic.may")],
    ),
    # ... but an example after a clause, under a modal of its own, is one more act the party
    # may do, and the chain goes on from it
    (
        "社区养老杂谈\n\n社区居委会可以组织志愿服务，例如可将探访排成轮值表，"
        "引导居民参与，支持社工开展活动。\n",
        [
            ("社区居委会", "组织志愿服务", "may", "deontic.may"),
            ("社区居委会", "将探访排成轮值表", "may", "deontic.may"),
            ("社区居委会", "引导居民参与", "may", "deontic.chain"),
            ("社区居委会", "支持社工开展活动", "may", "deontic.chain"),
        ],
    ),
    (
        "社区养老杂谈\n\n社区居委会可以改进服务，比如可以开通热线电话，从而方便老人求助。\n",
        [
            ("社区居委会", "改进服务", "may", "deontic.may"),
            ("社区居委会", "开通热线电话", "may", "deontic.may"),
        ],
    ),
    # parts that open with a class opener describe what each class of cases carries:
    # a verb of bearing there is no duty of the party named before; one after 由 still is
    (
        "金融观察\n\n科技公司参与金融业务的方式各不相同。有些是部分出资，承担金融风险；"
        "有些是技术开发，承担技术风险。\n",
        [],
    ),
    (
        "金融观察\n\n风险分为两类：一类是设计缺陷的风险，由技术提供方承担；"
        "另一类是操作风险，由使用方负责。\n",
        [
            ("技术提供方", "设计缺陷的风险", "must", "bear.must"),
            ("使用方", "操作风险", "must", "bear.must"),
        ],
    ),
    # a commentary without headings: a party that opens its sentence, or heads its own
    # clause after a condition, is granted the 可以 acts; not one after a clause of its
    # own, nor one that a view or a result frames
    (
        "社区养老杂谈\n\n社区居委会作为组织者，可以招募志愿者，定期上门探访老人。\n",
        [
            ("社区居委会", "招募志愿者", "may", "deontic.may"),
            ("社区居委会", "定期上门探访老人", "may", "deontic.chain"),
        ],
    ),
    (
        "社区养老杂谈\n\n如果经费充足，社区居委会可以招募志愿者。\n",
        [("社区居委会", "招募志愿者", "may", "deontic.may")],
    ),
    ("社区养老杂谈\n\n等到专项经费充足以后，社区居委会就可以招募志愿者。\n", []),
    ("社区养老杂谈\n\n不少老人表示，如果经费充足，社区居委会可以招募志愿者。\n", []),
    (
        "社区养老杂谈\n\n社区居委会通过入户走访，可以建立老人健康档案。\n",
        [("社区居委会", "建立老人健康档案", "may", "deontic.may")],
    ),
    # a run of subjectless 要 sentences goes on with the holder the first one took
    (
        "社区消防随笔\n\n物业公司应当组织消防培训。要建立巡查台账。要定期检查灭火器。\n",
        [
            ("物业公司", "组织消防培训", "must", "deontic.must"),
            ("物业公司", "建立巡查台账", "should", "zero-subject.previous"),
            ("物业公司", "定期检查灭火器", "should", "zero-subject.previous"),
        ],
    ),
    ("社区养老杂谈\n\n社区居委会建立探访台账，可以掌握老人近况。\n", []),
    # a run-in heading that names parties gives its section's zero subjects; a topic
    # heading below it inherits from it; a non-party subject goes to the heading's party
    (
        "关于加强校园交通安全的指导意见\n\n一、职责分工\n"
        "（一）公安交管部门和教育部门。要加强校门口交通疏导。\n"
        "（二）学校。\n1、日常管理。需要建立接送车辆登记制度。\n"
        "2、应急处置。每学期不得少于两次疏散演练。\n",
        [
            ("公安交管部门", "加强校门口交通疏导", "should", "zero-subject.heading"),
            ("教育部门", "加强校门口交通疏导", "should", "zero-subject.heading"),
            ("学校", "建立接送车辆登记制度", "should", "zero-subject.heading"),
            ("学校", "少于两次疏散演练", "must_not", "zero-subject.heading"),
        ],
    ),
    # the next sentence of a section inherits the party of the one before
    (
        "关于发展社区食堂的实施意见\n\n一、区人民政府。区人民政府要统筹食堂布点。"
        "要建立运营补贴制度。\n",
        [
            ("区人民政府", "统筹食堂布点", "should", "deontic.should"),
            ("区人民政府", "建立运营补贴制度", "should", "zero-subject.previous"),
        ],
    ),
    # a topic heading names no party: its zero subjects stay without a row
    (
        "关于发展社区食堂的实施意见\n\n一、支持食堂发展。要建立运营补贴制度。\n",
        [],
    ),
    # a news report: 要/可以 are norms where the sentence (or the one before it in its
    # paragraph) reports what a rule says, ability elsewhere
    (
        "新规观察\n\n交通部门表示，新规明确，出租车公司要定期检修车辆。\n"
        "新规同样作出了安排。乘客可以拒付超时费用。\n\n司机可以很快找到乘客。\n",
        [
            ("出租车公司", "定期检修车辆", "should", "deontic.should"),
            ("乘客", "拒付超时费用", "may", "deontic.may"),
        ],
    ),
    # a news report: a clause that opens with a marker and a verb of stipulating (二是明确了…;
    # 即明确…) names the party that bears the rule's duty right after the verb
    (
        "新规观察\n\n文旅部门介绍了新规的内容。二是明确了景区经营单位应当公示门票价格。\n"
        "新规同样作出了安排，即明确区文旅局可以抽查景区台账。\n",
        [
            ("景区经营单位", "公示门票价格", "must", "deontic.must"),
            ("区文旅局", "抽查景区台账", "may", "deontic.may"),
        ],
    ),
    # …and a bare verb of stipulating opening a clause (…，明确甲应当…) before a binding
    # modal (应当, 不得) does so too
    (
        "新规观察\n\n新规完善了投诉制度，明确景区经营单位应当公示门票价格。\n",
        [("景区经营单位", "公示门票价格", "must", "deontic.must")],
    ),
    # an essay: an encouragement in the clause right after a subjectless 要 is advice
    # too (its parties should act; the act starts after the 等 closing their list), one
    # after 可以 is not
    (
        "论景区治理\n\n此外，要充分发挥社会监督作用，鼓励媒体、游客等对景区乱收费现象进行监督。\n\n"
        "此外，可以发挥社会监督作用，鼓励媒体监督景区收费。\n",
        [
            ("媒体", "对景区乱收费现象进行监督", "should", "encourage.should"),
            ("游客", "对景区乱收费现象进行监督", "should", "encourage.should"),
        ],
    ),
    # a clause opened by an adverbial the dictionary tags as a noun (定期查看…) is an act,
    # not a comment on a thing: the subjectless 要 after it goes on with the party before
    (
        "论景区治理\n\n游客要提高警惕。定期查看账单，发现异常时，要及时投诉。\n",
        [
            ("游客", "提高警惕", "should", "deontic.should"),
            ("游客", "及时投诉", "should", "zero-subject.previous"),
        ],
    ),
    # a generic 专人 after 由 is how the duty is done, not another party
    (
        "药品管理办法\n\n第三条 药店应当建立进货台账，由专人负责台账审核。\n",
        [
            ("药店", "建立进货台账", "must", "deontic.must"),
            ("药店", "由专人负责台账审核", "must", "bear.must"),
        ],
    ),
    # a run-in title the structure reads as a sentence (a list with 等) still names the
    # section's parties; a noun-phrase clause (…的学校，) is the topic of what follows
    (
        "关于做好汛期安全工作的通知\n\n一、部门职责\n（一）应急管理、水利等部门。"
        "应当加强堤防巡查。\n\n二、工作要求\n各区教育局需要及时上报险情。"
        "确有困难的学校，可以推迟报送。\n",
        [
            ("应急管理部门", "加强堤防巡查", "must", "zero-subject.heading"),
            ("水利部门", "加强堤防巡查", "must", "zero-subject.heading"),
            ("各区教育局", "及时上报险情", "should", "deontic.should"),
            ("学校", "推迟报送", "may", "deontic.may"),
        ],
    ),
    # a sentence that reports what a cited rule demands (按照《…条例》要求，…) grants a
    # permission even in an essay
    (
        "城市养犬问题的几点思考\n\n一、现状\n\n按照《养犬管理条例》要求，养犬人可以申请免费疫苗。\n",
        [("养犬人", "申请免费疫苗", "may", "deontic.may")],
    ),
    # the parties a need is laid on are its object, not the topic a later zero subject
    # takes; nor is a party named a paragraph and a sentence before
    (
        "社区治理的几点对策\n\n一、物业管理对策\n\n物业公司应当公开收费标准。"
        "社区安全涉及面广，需要业主和保安人员共同维护。\n\n同时，要定期检查消防设施。\n",
        [
            ("物业公司", "公开收费标准", "must", "deontic.must"),
            ("业主", "共同维护", "should", "need.should"),
            ("保安人员", "共同维护", "should", "need.should"),
        ],
    ),
    # nor does the next "；"-part go on with them (…，还需要乙…；既需要…)
    (
        "社区治理的几点对策\n\n一、垃圾分类\n\n"
        "分类推广既需要政府的支持，还需要街道办加强宣传；既需要完善设施，还需要加强督导。\n",
        [("街道办", "加强宣传", "should", "need.should")],
    ),
    # a thing's course (…的推广) that needs parties to act lays the act on them
    (
        "社区治理的几点对策\n\n一、垃圾分类\n\n"
        "垃圾分类的推广不仅需要街道办加强宣传，还需要物业公司积极配合。\n",
        [
            ("街道办", "加强宣传", "should", "need.should"),
            ("物业公司", "积极配合", "should", "need.should"),
        ],
    ),
    # a need of a party whose act opens with an adverb of manner and a preposition is an
    # act even when the segmenter tags its verb as a noun
    (
        "社区治理的几点对策\n\n一、垃圾分类\n\n分类标准较为复杂，需要居民严格按照社区的指引行事。\n",
        [("居民", "严格按照社区的指引行事", "should", "need.should")],
    ),
    # the party a recommending verb opens a clause with (建议甲…的同时，也应…) is the
    # subject of the subjectless duties after it
    (
        "居家养老随笔\n\n二、对策\n\n因此，建议社区医生在开展随访的同时，也应关注老人的心理状态，"
        "定期上门走访。\n",
        [
            ("社区医生", "关注老人的心理状态", "must", "deontic.must"),
            ("社区医生", "定期上门走访", "must", "deontic.chain"),
        ],
    ),
    # a directive right after a verb of proposing (提出鼓励…) is a recommended measure even
    # in a section that reports research; an opinion's 可以 (认为…可以) stays none
    (
        "教育随笔\n\n一、研究现状\n\n有学者提出鼓励青年教师到工厂挂职锻炼。有学者认为教师可以兼职。\n",
        [("青年教师", "到工厂挂职锻炼", "should", "encourage.should")],
    ),
    # 负责 after a number and a measure word describes the counted body: no duty
    (
        "调研随笔\n\n二、监管部门的对策\n\n监管部门应当简化审批流程。"
        "调查组走访了5家养殖场、2个负责资金审批的政府部门。\n",
        [("监管部门", "简化审批流程", "must", "deontic.must")],
    ),
    # 需要 after 的 and a modifier (的迫切需要) is a noun: no duty for the heading's party
    (
        "灌区随笔\n\n二、农户的对策\n\n农户应当节约用水。修建水渠是推进灌溉现代化的迫切需要和长期愿望。\n",
        [("农户", "节约用水", "must", "deontic.must")],
    ),
    # in an essay a clause opened by a thing (a noun, a demonstrative) binds that thing, not
    # the party of the heading; a distributive (每次) or an adverbial opener leaves it to him
    (
        "社区养老随笔\n\n二、养老机构的对策\n\n养老机构应当配备护理人员。课程内容要贴近老人需求。"
        "该方案需要兼顾夜间值守。每次探访不得超过2人。在入住之前要了解老人的病史。\n",
        [
            ("养老机构", "配备护理人员", "must", "deontic.must"),
            ("养老机构", "超过2人", "must_not", "zero-subject.heading"),
            ("养老机构", "了解老人的病史", "should", "zero-subject.previous"),
        ],
    ),
    # a subject closed by a noun or a verbal noun (良好的宣传应该…) is that thing or act,
    # no elided party of the heading; a fronted object (对…) or a time frame (…时) is none
    (
        "社区养老随笔\n\n二、养老机构的对策\n\n养老机构应当配备护理人员。良好的宣传应该兼顾老人感受。"
        "探访老人时要保持耐心。\n",
        [
            ("养老机构", "配备护理人员", "must", "deontic.must"),
            ("养老机构", "保持耐心", "should", "zero-subject.heading"),
        ],
    ),
    # a clause whose subject is a thing binds the party of a heading only when the heading
    # addresses it: nothing but its name, or its name before a colon; a topic heading that
    # names it in passing (…的变化趋势) binds no one
    (
        "社区养老研究\n\n二、老人需求的变化趋势\n\n对于服务中的不足应该高度重视。\n",
        [],
    ),
    (
        "社区养老研究\n\n（二）护理员。\n\n对于服务中的不足应该高度重视。\n",
        [("护理员", "高度重视", "must", "zero-subject.heading")],
    ),
    (
        "社区养老研究\n\n# 4.2建议\n\n# 4.2.1护理员：培训和考核\n\n"
        "在开展护理工作之前要了解老人的病史。\n",
        [
            ("护理员", "培训和考核", "must", "heading.duty"),
            ("护理员", "了解老人的病史", "should", "zero-subject.heading"),
        ],
    ),
    # a condition opened by 为 names whom the act serves, no topic of the duty after it
    (
        "养老随笔\n\n养老机构不得为无人担保的老人办理入住；"
        "为有担保的老人办理入住时，应当核验其身份证件。\n",
        [
            ("养老机构", "为无人担保的老人办理入住", "must_not", "deontic.must_not"),
            ("养老机构", "核验其身份证件", "must", "zero-subject.previous"),
        ],
    ),
    # a run of subjectless sentences goes on with the topic, the chain of each too
    (
        "水务随笔\n\n水务局可以开展巡查，整治违规取水。要联合环保部门，定期抽检水质。"
        "要提升应急处置的能力，审慎对待特殊情形。\n",
        [
            ("水务局", "开展巡查", "may", "deontic.may"),
            ("水务局", "整治违规取水", "may", "deontic.chain"),
            ("水务局", "联合环保部门", "should", "zero-subject.previous"),
            ("水务局", "定期抽检水质", "should", "zero-subject.previous"),
            ("水务局", "提升应急处置的能力", "should", "zero-subject.previous"),
            ("水务局", "审慎对待特殊情形", "should", "zero-subject.previous"),
        ],
    ),
    # a subject that is no party, in an essay, gives no row
    (
        "供应链随笔\n\n一、协同\n\n平台应当共享库存信息。供应链各方可以实时共享数据。\n",
        [
            ("平台", "共享库存信息", "must", "deontic.must"),
        ],
    ),
    # a system's parts are things, no parties, as subjects of a deontic (模块, 指令, 通信)
    ("系统安全随笔\n\n业务模块应当按照安全要求部署，控制指令需要进行身份认证。\n", []),
    # in prose a thing as the subject of a modal in the sentence of a party's duty is what
    # the thing must be, not the party's duty; the clauses its chain goes on with too ...
    (
        "社区养老随笔\n\n服务站要制定巡访计划，计划应当分片实施，逐户登记。\n",
        [("服务站", "制定巡访计划", "should", "deontic.should")],
    ),
    (
        "社区养老随笔\n\n服务站要更新服务档案，档案既要完整，又要及时。\n",
        [("服务站", "更新服务档案", "should", "deontic.should")],
    ),
    # ... but a party after 由 bears the act, and a party after a moment (必要时服务机构应…)
    # is the subject of its own modal
    (
        "社区养老随笔\n\n服务站要制定巡访计划，计划应由社工逐户落实。\n",
        [
            ("服务站", "制定巡访计划", "should", "deontic.should"),
            ("社工", "逐户落实", "must", "deontic.must"),
        ],
    ),
    (
        "社区养老随笔\n\n服务站要制定巡访计划，必要时服务机构应上门核查。\n",
        [
            ("服务站", "制定巡访计划", "should", "deontic.should"),
            ("服务机构", "上门核查", "must", "deontic.must"),
        ],
    ),
    # ... and so is a thing of the party's named after 的 (甲的档案应当…), unlike the
    # party's own conduct (甲的运营应当…)
    ("社区养老随笔\n\n服务站的登记表应当逐项填写。\n", []),
    (
        "社区养老随笔\n\n服务站的运营应当公开透明。\n",
        [("服务站", "公开透明", "must", "deontic.must")],
    ),
    # ... and a notice, like a regulation, gives the thing's duty to the party before it
    (
        "关于做好巡访工作的通知\n\n服务站的登记表应当逐项填写。\n",
        [("服务站", "逐项填写", "must", "deontic.must")],
    ),
    (
        "关于做好巡访工作的通知\n\n一、工作要求\n\n服务站要制定巡访计划，计划应当分片实施。\n",
        [
            ("服务站", "制定巡访计划", "should", "deontic.should"),
            ("服务站", "分片实施", "must", "deontic.must"),
        ],
    ),
    # an adverb of habit before 需要/要 says what a party usually does, and so do the clauses
    # after it; a duty after it with a modal of its own stays one
    (
        "社区养老随笔\n\n社工经常需要走访老人，记录需求，服务站应当及时回应。\n",
        [("服务站", "及时回应", "must", "deontic.must")],
    ),
    # a clause opened by a cause or a consequence (由于…, 所以…) is no further duty of the
    # chain, and 由于 is no agent preposition: 由于老人… names no party 于老人
    (
        "社区养老随笔\n\n服务站要上门送餐，由于老人行动不便，所以订餐量很大。\n",
        [("服务站", "上门送餐", "should", "deontic.should")],
    ),
    (
        "社区养老随笔\n\n服务站要上门送餐，由于路途较远，倘若天气恶劣，改为电话问候。\n",
        [("服务站", "上门送餐", "should", "deontic.should")],
    ),
    # 这样可以… after an act says what the act makes possible, no leave
    (
        "社区养老随笔\n\n服务站应当开设热线，这样就可以及时了解老人需求。\n",
        [("服务站", "开设热线", "must", "deontic.must")],
    ),
    # the units a notice addresses (各单位要…) are no named party: the party they guide is
    (
        "关于做好安全工作的通知\n\n一、提高认识\n\n各单位要高度重视安全工作，引导企业加强培训。\n",
        [("企业", "加强培训", "should", "encourage.should")],
    ),
    # the addressed reader 您 (as 你) is no party: a duty of 您 is no row, and it never
    # goes to the party named before it
    (
        "用户服务协议\n\n一、服务\n\n本平台提供多种版本，您应当根据设备安装合适的版本。\n",
        [],
    ),
    # …的风险，由X自行承担: 自行 is how X takes the burden on, no part of its name; X bears
    # what stands before 由
    (
        "用户服务协议\n\n一、风险\n\n用户访问外部网站时，因外部网站内容导致的风险，由用户自行承担。\n",
        [("用户", "因外部网站内容导致的风险", "must", "bear.must")],
    ),
    # in a research paper a subjectless duty right after a finding about a party (甲往往…)
    # is the author's advice, not that party's duty; after a duty of the party it goes on
    # with it; outside papers the finding's party is the topic the advice goes on with
    (
        "社区养老服务研究\n摘要：本文讨论社区养老。\n一、对策\n"
        "调查显示，养老机构往往重视硬件投入。应加强护理人员培训，完善服务评价。\n",
        [],
    ),
    (
        "社区养老服务研究\n摘要：本文讨论社区养老。\n一、对策\n"
        "养老机构应当完善服务评价。还要加强护理人员培训。\n",
        [
            ("养老机构", "完善服务评价", "must", "deontic.must"),
            ("养老机构", "加强护理人员培训", "should", "zero-subject.previous"),
        ],
    ),
    (
        "社区养老服务随笔\n\n调查显示，养老机构往往重视硬件投入。应加强护理人员培训，完善服务评价。\n",
        [
            ("养老机构", "加强护理人员培训", "must", "zero-subject.previous"),
            ("养老机构", "完善服务评价", "must", "zero-subject.previous"),
        ],
    ),
    # a habit (往往) describes only its own clause: a named party's 可以 after it keeps
    # its leave
    (
        "社区养老服务研究\n摘要：本文讨论社区养老。\n一、对策\n"
        "街道往往按户籍分配名额，养老驿站可以自主安排服务时段。\n",
        [("养老驿站", "自主安排服务时段", "may", "deontic.may")],
    ),
    # 尤其, 更加 between a party (or the frame after it) and 要 leave 要 a recommendation
    (
        "社区养老服务随笔\n\n养老驿站在招聘护理员的过程中，更加要重视从业经验。\n",
        [("养老驿站", "重视从业经验", "should", "deontic.should")],
    ),
    # a paper's sentence defining a party (甲是…) leaves it the topic: the subjectless
    # norms right after it are its own, unless they name it again (advice about it)
    (
        "社区养老服务研究\n摘要：本文讨论社区养老。\n一、对策\n"
        "养老驿站是街道兴办的非营利服务机构。必须坚持公益方向，完善服务评价。\n",
        [
            ("养老驿站", "坚持公益方向", "must", "zero-subject.previous"),
            ("养老驿站", "完善服务评价", "must", "zero-subject.previous"),
        ],
    ),
    (
        "社区养老服务研究\n摘要：本文讨论社区养老。\n一、对策\n"
        "养老驿站是街道兴办的非营利服务机构。要提高养老驿站的服务能力。\n",
        [],
    ),
    # 此外 + 还/也 + modal right after a duty of the party named before adds one more act of
    # that party's; 此外 + a bare modal stays the writer's own advice
    (
        "社区养老服务随笔\n\n养老机构应当完善服务评价。此外，还可以通过问卷收集老人意见。\n",
        [
            ("养老机构", "完善服务评价", "must", "deontic.must"),
            ("养老机构", "通过问卷收集老人意见", "may", "zero-subject.previous"),
        ],
    ),
    (
        "社区养老服务随笔\n\n养老机构应当完善服务评价。此外，应当加强行业监管。\n",
        [("养老机构", "完善服务评价", "must", "deontic.must")],
    ),
    # a name of a verb and an agent head (承办单位) that the text binds to a modal once is a
    # party of the text, also where it opens a frame of time (承办单位收到…后，应当…)
    (
        "代表建议办理办法\n\n第一条 承办单位应当建立办理台账。\n"
        "第二条 承办单位收到代表建议后，应当及时研究办理。\n",
        [
            ("承办单位", "建立办理台账", "must", "deontic.must"),
            ("承办单位", "及时研究办理", "must", "deontic.must"),
        ],
    ),
    # a subjectless 还可以/也可 right after a duty of the party named before is one more
    # option of that party; a bare 可以 there still says what could be done
    (
        "社区养老服务随笔\n\n养老机构应当完善服务评价。除定期回访外，还可以通过问卷收集老人意见。\n",
        [
            ("养老机构", "完善服务评价", "must", "deontic.must"),
            ("养老机构", "通过问卷收集老人意见", "may", "zero-subject.previous"),
        ],
    ),
    (
        "社区养老服务随笔\n\n养老机构应当完善服务评价。在条件允许时，可以通过问卷收集老人意见。\n",
        [("养老机构", "完善服务评价", "must", "deontic.must")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_document_context(
    extraction_nlp: object, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    from zhkg.extract.document import document_from_text
    from zhkg.extract.extractor import extract
    from zhkg.ontology.lexicon import load_lexicon

    document = document_from_text(text)
    extraction = extract(document, load_lexicon())
    found = [(s.holder.text, s.duty, s.modality.value, s.rule) for s in extraction.responsibilities]
    assert found == expected
    for statement in extraction.responsibilities:  # provenance: the evidence holds the duty
        evidence = document.sentences[statement.sentence].text
        heading = document.section_path(document.sentences[statement.sentence].section)
        assert statement.duty in evidence or any(statement.duty in s.title for s in heading)


def test_a_longer_relative_clause_subject_before_a_comma_is_the_topic(
    analyse: Callable[[str], SentenceAnalysis],
) -> None:
    """从事…活动的企业，应当…: a clause that is one noun phrase names the topic even when
    its relative clause is long (up to a short sentence's length)."""
    sentence = (
        "从事餐厨垃圾收集、运输、分拣、暂存和无害化处理活动的企业，应当制定防止二次污染的措施。"
    )
    assert rows(analyse(sentence)) == [("企业", "制定防止二次污染的措施", "must")]
