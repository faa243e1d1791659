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
    # a verb of receiving (接获, as 收到 and 接到) names the sender of the complaint or notice
    ("甲中心接获居民举报，随即派员核查。", [("居民", "GIVES_FEEDBACK_TO", "甲中心")]),
    ("甲中心接获乙公司的通知后，应当立即处理。", [("乙公司", "INFORMS", "甲中心")]),
    # a claim of one's rights or a question put to a party is feedback to it
    ("丙用户可以向乙商户发起维权。", [("丙用户", "GIVES_FEEDBACK_TO", "乙商户")]),
    ("学员可以向乙讲师提问。", [("学员", "GIVES_FEEDBACK_TO", "乙讲师")]),
    # a warning or a description given to a party informs it; a case sent on to a body
    # (分送, as 转送) informs the body; goods handed over (交付 B) serve the party
    ("乙协会应当及时向会员单位进行风险警示。", [("乙协会", "INFORMS", "会员单位")]),
    ("甲店铺应当如实向顾客描述商品的瑕疵。", [("甲店铺", "INFORMS", "顾客")]),
    ("甲局应当及时将投诉分送乙局处理。", [("甲局", "INFORMS", "乙局")]),
    ("甲公司应当将商品交付乙方。", [("甲公司", "SERVES", "乙方")]),
    # a third-person 他/她 after a cue stands for the party named before it, as 其 does;
    # 他人 (others) is no pronoun
    ("陈大文表示，有多名居民向他投诉。", [("多名居民", "GIVES_FEEDBACK_TO", "陈大文")]),
    ("乙公司可以委托他人向丙局投诉。", [("乙公司", "GIVES_FEEDBACK_TO", "丙局")]),
    # a demand a party follows or handles: one put forward on some ground (按照 B 根据…提出
    # 的要求), one named without 的 after 按 (按 B 要求), one answered (响应了 B 的要求), and
    # one the subject handles after 对于/对 (对于 B 提出的要求，A 应当…)
    ("甲单位应当按照乙公司根据检查结果提出的要求整改。", [("乙公司", "REQUIRES", "甲单位")]),
    ("丙站应按乙公司要求更换设备。", [("乙公司", "REQUIRES", "丙站")]),
    ("甲公司及时响应了乙协会的要求，调整了价格。", [("乙协会", "REQUIRES", "甲公司")]),
    ("对于丙户就维修提出的要求，乙物业公司应当及时答复。", [("丙户", "REQUIRES", "乙物业公司")]),
    ("甲局对乙户的请求应当及时答复。", [("乙户", "REQUIRES", "甲局")]),
    # a name a verb opens after a determiner (各承建单位, 其他受托机构) is the cue's object
    ("乙公司应当督促各承建单位落实责任。", [("乙公司", "REQUIRES", "承建单位")]),
    ("乙局应当对各承建单位进行检查。", [("乙局", "SUPERVISES", "承建单位")]),
    # an explicit demand (提出明确要求) tells no one anything: REQUIRES only
    ("乙局对各施工单位提出明确要求。", [("乙局", "REQUIRES", "施工单位")]),
    # a broad actor closing a list of named parties is an end too (接受 A 和社会的监督);
    # after 为 it still means "publicly" and is none
    (
        "甲公司应当接受乙局和社会的监督。",
        [("乙局", "SUPERVISES", "甲公司"), ("社会", "SUPERVISES", "甲公司")],
    ),
    ("乙局应当为企业和社会提供服务。", [("乙局", "SERVES", "企业")]),
    # information passed on to a party one way (同步给, 共享给, 转发给) informs it
    ("乙银行应当将可疑交易信息同步给丙分局。", [("乙银行", "INFORMS", "丙分局")]),
    # the states party to a convention or a union (缔约国, 成员国) are parties
    ("乙委员会建议缔约国修订本国法律。", [("乙委员会", "REQUIRES", "缔约国")]),
    ("乙机构应当通知各成员国。", [("乙机构", "INFORMS", "成员国")]),
    # a channel a party opens for others' complaints or feedback: they give it feedback
    (
        "乙平台应当建立商户和顾客投诉渠道。",
        [("商户", "GIVES_FEEDBACK_TO", "乙平台"), ("顾客", "GIVES_FEEDBACK_TO", "乙平台")],
    ),
    ("甲局应当畅通居民投诉举报渠道。", [("居民", "GIVES_FEEDBACK_TO", "甲局")]),
    ("乙医院应当建立健全患者投诉渠道。", [("患者", "GIVES_FEEDBACK_TO", "乙医院")]),
    # letting a party know (让 B 知道/知悉) tells it, as 告知 does
    ("丙导游应当将集合时间让游客知道。", [("丙导游", "INFORMS", "游客")]),
    # a licence handed back to the body that issued it (向 B 交还/交回/缴回) reports to it,
    # as the bare verbs (交回 B) do
    ("丙公司停业后应当向乙局交回营业执照。", [("丙公司", "REPORTS_TO", "乙局")]),
    # a penalty ruled (被 B 判处/判令) makes the court supervise the party, as a sanction
    # suffered does
    ("丙公司因违法经营被乙区法院判处罚金。", [("乙区法院", "SUPERVISES", "丙公司")]),
    # (a warning with 对 stays a sanction)
    ("乙局应当对违规商户进行警示。", [("乙局", "SUPERVISES", "违规商户")]),
    # a request the subject handles (对 B 的请求予以答复) is B's demand on it
    ("乙公司对甲户的请求予以答复。", [("甲户", "REQUIRES", "乙公司")]),
    # 责令 after a list closed by 等 and a head opens the predicate: the agent 由 names
    # each listed department, which sanctions the party the clause after it fines
    (
        "违反规定的，由网信、电信等部门责令改正，对直接负责的主管人员处1万元罚款。",
        [("网信部门", "SUPERVISES", "主管人员"), ("电信部门", "SUPERVISES", "主管人员")],
    ),
    # an existential 有 opening the clause introduces its actor (如果有甲会要求乙…)
    ("近日有家长要求学校公开收费明细。", [("家长", "REQUIRES", "学校")]),
    (
        "如果现在有业主委员会要求物业公司停止收费，实属不当。",
        [("业主委员会", "REQUIRES", "物业公司")],
    ),
    # support lent as a standing effect (对 B 形成支撑) and a benefit returned (回馈 B) serve B
    ("甲基金会在资金方面对乙协会形成支撑。", [("甲基金会", "SERVES", "乙协会")]),
    ("乙协会在声誉方面对甲基金会进行回馈。", [("乙协会", "SERVES", "甲基金会")]),
    ("甲公司每年回馈老客户。", [("甲公司", "SERVES", "老客户")]),
    # 之间 marks a group's joint work across a longer phrase before the verb
    (
        "越来越多的学会、医院、企业之间围绕同一课题开展合作研究。",
        [
            ("学会", "COLLABORATES_WITH", "医院"),
            ("学会", "COLLABORATES_WITH", "企业"),
            ("医院", "COLLABORATES_WITH", "企业"),
        ],
    ),
    # a list closed by 等 and its head, then verbal nouns with no noun after them: the
    # head closes the list, the verbal nouns are the predicate
    (
        "甲中心承担着枢纽的功能，与乙协会、丙基金会等机构竞争、合作，形成合力。",
        [("甲中心", "COLLABORATES_WITH", "乙协会"), ("甲中心", "COLLABORATES_WITH", "丙基金会")],
    ),
    # an agent 由 names urges a party: no sanction, a demand (责令 in such a clause is one)
    ("检查中发现的问题，由甲局督促乙公司限期整改。", [("甲局", "REQUIRES", "乙公司")]),
    ("丙公司逾期不改正的，由甲局责令停业。", [("甲局", "SUPERVISES", "丙公司")]),
    # a short topic before the agent's 由, whose party acts in the clause chained after it
    (
        "此次评估由甲研究所牵头，联合乙大学共同完成。",
        [("甲研究所", "COLLABORATES_WITH", "乙大学")],
    ),
    # supervision received in one of B's fields of work
    ("甲馆依法接受乙局的有关业务指导。", [("乙局", "SUPERVISES", "甲馆")]),
    # a mechanism of coordination with B, B's fields sharing one head
    (
        "甲局要建立与交通、水利等部门的沟通协调机制。",
        [("甲局", "COLLABORATES_WITH", "交通部门"), ("甲局", "COLLABORATES_WITH", "水利部门")],
    ),
    # verbs of staffing the dictionary tags as an adjective and a noun open a predicate,
    # no name: the zero subject stays the party before
    (
        "甲局要保障经费，配齐配强工作人员，建立与乙局的协调机制。",
        [("甲局", "COLLABORATES_WITH", "乙局")],
    ),
    # 报送给 as the segmenter cuts it (报|送给), before divisions sharing a body's name
    (
        "甲局应当将有关信息报送给市、区卫生部门。",
        [("甲局", "REPORTS_TO", "市卫生部门"), ("甲局", "REPORTS_TO", "区卫生部门")],
    ),
    # a modal the guesser glued to 报 (需报): the verb reports to the bodies after it, whose
    # fields share the relative level that opens the first
    (
        "甲局调整标准的，需报上级财政、卫生部门备案。",
        [("甲局", "REPORTS_TO", "上级财政部门"), ("甲局", "REPORTS_TO", "上级卫生部门")],
    ),
    # a body with its alternative in brackets: both act
    (
        "甲镇人民政府（乙街道办事处）应当督促丙公司整改。",
        [("甲镇人民政府", "REQUIRES", "丙公司"), ("乙街道办事处", "REQUIRES", "丙公司")],
    ),
]

NOT_RECALLED = [
    # a thing taken back that is no licence or standing sanctions no one
    "丙公司违约的，由乙局收回预付款项。",
    # the effect of teaching on a party (使 B 了解) tells it nothing
    "乙校应当开展宣传，使家长了解防护知识。",
    # a channel with no party named for it
    "乙平台应当建立投诉渠道。",
    # a demand made of a party (对 B 的要求), and a demand of no one named (按照要求)
    "乙学会公布了对丙医生的要求。",
    "甲单位应当按照要求接入乙平台。",
    # after a subject, 对于 B 提出的要求 is the subject's demand of B, no demand it handles
    "甲局对于乙公司提出的要求应当公开。",
    "甲部门对乙公司提出的请求应当公开。",
    # a request the subject made of another, with no verb of handling after it
    "居民对物业公司的请求越来越多。",
    # the effect of teaching with a verb of knowing (使 B 知悉) is no notice either
    "乙校开展宣传，使家长知悉防护知识。",
    # a ruling in a party's favour is no penalty
    "丙公司被乙法院判决胜诉。",
    # a request that obtains (or does not obtain) the handling is the subject's own, made
    # of B: B demands nothing of the subject
    "甲户对乙公司的请求未得到答复。",
    "甲户对乙公司的请求一直得不到处理。",
    # a thing's noun right before 建议 makes one noun of them (政策建议): no one advises
    "专家提出了政策建议和咨询服务的需求方。",
    # a negation opening the words after the partner (缺乏, 缺少) states no joint work
    "甲学会与乙医院之间缺乏有效的合作。",
    "甲学会与乙医院缺少合作。",
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
