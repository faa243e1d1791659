"""Party recognition and canonicalisation: known names, head nouns, coordination."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from zhkg.extract.responsibilities import SentenceAnalysis
from zhkg.extract.stakeholders import PartyFinder, SubjectKind, is_personal_name
from zhkg.extract.wordclass import _office_phrase, has_agentive_ending, word_class

Tokens = Callable[[str], list[tuple[int, int]]]

NAMES = [
    # surface, canonical label, class
    ("直播平台", "平台", "Platform"),
    ("平台内经营者", "平台内经营者", "PlatformMerchant"),
    ("电子商务平台经营者", "电子商务平台经营者", "PlatformOperator"),
    ("平台经营者", "电子商务平台经营者", "PlatformOperator"),
    ("该平台内经营者", "平台内经营者", "PlatformMerchant"),
    ("县级以上地方人民政府", "县级以上地方人民政府", "Government"),
    ("医疗器械生产企业", "医疗器械生产企业", "Stakeholder"),
    ("跨境电子商务经营者", "跨境电子商务经营者", "EcommerceOperator"),
    ("市场监督管理部门", "监管部门", "Regulator"),
    # 其 as a possessive is dropped from the label; 其他 (other) names another party
    ("其代理人", "代理人", "Stakeholder"),
    ("其他监护人", "其他监护人", "Stakeholder"),
]


@pytest.mark.parametrize(("surface", "label", "cls"), NAMES)
def test_canonical_names(finder: PartyFinder, surface: str, label: str, cls: str) -> None:
    party = finder.name(surface)
    assert (party.text, party.label, party.cls) == (surface, label, cls)


SUBJECTS = [
    # verbs of its task and a unit or staff head right after a body's name name that
    # body's unit or staff
    ("县医院投诉管理部门应当", SubjectKind.PARTY, ["县医院投诉管理部门"]),
    ("县医院投诉管理人员应当", SubjectKind.PARTY, ["县医院投诉管理人员"]),
    ("家庭医生签约服务团队应当", SubjectKind.PARTY, ["家庭医生签约服务团队"]),
    # a span of time closed by 后 opens the clause: the party after it is the subject;
    # a bare 之后 ("afterwards") is passed over too
    ("半年后区民政局应当", SubjectKind.PARTY, ["区民政局"]),
    ("之后区民政局应当", SubjectKind.PARTY, ["区民政局"]),
    ("学校应当", SubjectKind.PARTY, ["学校"]),
    ("国务院卫生健康主管部门应当", SubjectKind.PARTY, ["国务院卫生健康主管部门"]),
    ("主播、商家和平台应当", SubjectKind.PARTY, ["主播", "商家", "平台"]),
    ("各级人民政府及其有关部门应当", SubjectKind.PARTY, ["各级人民政府", "有关部门"]),
    ("市场监督管理、网信部门应当", SubjectKind.PARTY, ["市场监督管理部门", "网信部门"]),
    ("省、自治区、直辖市人民政府应当", SubjectKind.PARTY, ["省、自治区、直辖市人民政府"]),
    ("依照本办法不需要备案的托育机构在开业前", SubjectKind.PARTY, ["托育机构"]),
    ("同时，学校应当", SubjectKind.PARTY, ["学校"]),
    # a run-in item's number, with the space a colon left before it, opens no name
    (" ① 检测机构质量管理部门应当", SubjectKind.PARTY, ["检测机构质量管理部门"]),
    ("（二） 托育机构应当", SubjectKind.PARTY, ["托育机构"]),
    # nouns a quantity counts before 的 are an object of the relative clause, no class
    ("保存三千份以上档案的机构应当", SubjectKind.PARTY, ["机构"]),
    ("收集一百条记录的公司应当", SubjectKind.PARTY, ["公司"]),
    ("处理500万条以上日志的公司应当", SubjectKind.PARTY, ["公司"]),
    # a moment of a past story opening the clause (那时, 当时) is no part of the name
    ("那时酒店职员要求", SubjectKind.PARTY, ["酒店职员"]),
    ("当时物业公司要求", SubjectKind.PARTY, ["物业公司"]),
    # items that are bodies themselves are the parties; media or places exemplify the label
    (
        "农民协会、共产主义青年团等群众团体和机构应当",
        SubjectKind.PARTY,
        ["农民协会", "共产主义青年团"],
    ),
    ("广播、电视等新闻媒体应当", SubjectKind.PARTY, ["新闻媒体"]),
    # each name of the list keeps its own level: no level is shared, none doubled
    ("市商务局、市财政局等部门应当", SubjectKind.PARTY, ["市商务局", "市财政局"]),
    ("区卫生局、区教育局等单位应当", SubjectKind.PARTY, ["区卫生局", "区教育局"]),
    # bodies before 等 and a head naming staff: the staff of each body
    ("财务处、人事处等工作人员应当", SubjectKind.PARTY, ["财务处工作人员", "人事处工作人员"]),
    ("市商务局、市财政局等负责人应当", SubjectKind.PARTY, ["市商务局负责人", "市财政局负责人"]),
    # a preposition after a name (针对, 对于) ends it: what follows is the act's object
    ("研究人员针对图书馆的服务应当", SubjectKind.PARTY, ["研究人员"]),
    ("我们应当", SubjectKind.PRONOUN, []),
    # a causative verb after a pronoun is no part of a name (这使得…): no party opens it
    ("这使得物业公司应当", SubjectKind.OTHER, []),
    ("其应当", SubjectKind.PRONOUN, []),
    ("双方应当", SubjectKind.COLLECTIVE, []),
    ("相关方应当", SubjectKind.OTHER, []),
    ("修改内容应当", SubjectKind.OTHER, []),
    # a verb reporting or laying down the clause opens it: its party is the subject
    ("专家建议学校应当", SubjectKind.PARTY, ["学校"]),
    ("名称登记机关应当", SubjectKind.PARTY, ["名称登记机关"]),
    # 与 joining two fields before an institute's ending names one institute
    ("信息与通信研究院应当", SubjectKind.PARTY, ["信息与通信研究院"]),
    ("政治与公共管理学院应当", SubjectKind.PARTY, ["政治与公共管理学院"]),
    # …and before a think tank's or a committee's ending (甲与乙专业智库)
    ("能源与环境专业智库应当", SubjectKind.PARTY, ["能源与环境专业智库"]),
    ("水利与交通委员会应当", SubjectKind.PARTY, ["水利与交通委员会"]),
    # a count of people and a verb with 院 as its object name no party
    ("人数应当", SubjectKind.OTHER, []),
    ("出院手续应当", SubjectKind.OTHER, []),
    ("住院医师应当", SubjectKind.PARTY, ["住院医师"]),
    ("履行消费者权益保护义务", SubjectKind.OTHER, []),
    # a body of another ending in brackets is an alternative bearer; one of the same
    # ending, or a person's role, glosses the name
    ("甲乡人民政府（乙街道办事处）应当", SubjectKind.PARTY, ["甲乡人民政府", "乙街道办事处"]),
    ("甲局、乙镇人民政府（丙管委会）应当", SubjectKind.PARTY, ["甲局", "乙镇人民政府", "丙管委会"]),
    ("甲服务中心（乙中心）应当", SubjectKind.PARTY, ["甲服务中心"]),
    ("甲方（委托方）应当", SubjectKind.PARTY, ["甲方"]),
    # a delegate after 其 and a verb of delegating is a party of its own
    ("甲公司或者其委托的乙代理机构应当", SubjectKind.PARTY, ["甲公司", "乙代理机构"]),
    ("甲局或者经其授权的部门应当", SubjectKind.PARTY, ["甲局", "经其授权的部门"]),
]


@pytest.mark.parametrize(("text", "kind", "parties"), SUBJECTS)
def test_subjects(
    finder: PartyFinder, tokens_of: Tokens, text: str, kind: SubjectKind, parties: list[str]
) -> None:
    end = text.find("应当") if "应当" in text else len(text)
    parse = finder.subject(text, 0, end, tokens_of(text))
    assert (parse.kind, [p.text for p in parse.parties]) == (kind, parties)


def test_mentions_keep_surface_and_span(finder: PartyFinder, tokens_of: Tokens) -> None:
    text = "电子商务平台经营者应当向市场监督管理部门报送平台内经营者的身份信息。"
    found = [
        (p.text, p.label, text[p.start : p.end]) for p in finder.mentions(text, tokens_of(text))
    ]
    assert found == [
        ("电子商务平台经营者", "电子商务平台经营者", "电子商务平台经营者"),
        ("市场监督管理部门", "监管部门", "市场监督管理部门"),
        ("平台内经营者", "平台内经营者", "平台内经营者"),
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("课题承担单位和样本采集人员应当按期结题。", ["课题承担单位", "样本采集人员"]),
        # one verb before an agent noun and a coordinator: a predicate and its objects
        ("通过多种途径推进药师和医生协作。", ["药师", "医生"]),
    ],
)
def test_verbs_inside_a_name_and_before_its_object(
    finder: PartyFinder, tokens_of: Tokens, text: str, names: list[str]
) -> None:
    assert [p.text for p in finder.mentions(text, tokens_of(text))] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a name the dictionary lacks whose one-character ending the guesser glued to the
        # modal after it (局要, 方应) is read whole, as where no modal follows it
        ("白水局要加强河道巡查，青山局也要配合。", ["白水局", "青山局"]),
        ("样本提供方应接受样本使用方的监督。", ["样本提供方", "样本使用方"]),
    ],
)
def test_a_name_whose_ending_ran_into_a_modal(
    finder: PartyFinder, tokens_of: Tokens, text: str, names: list[str]
) -> None:
    assert [p.text for p in finder.mentions(text, tokens_of(text))] == names


def test_pronouns_are_not_mentions(finder: PartyFinder, tokens_of: Tokens) -> None:
    text = "我们认为他们应当承担责任。"
    assert finder.mentions(text, tokens_of(text)) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a copula right after a party opens its predicate: the head after 的 describes
        # the party, it names no other
        ("物业企业是服务的主体。", ["物业企业"]),
        ("社区医院作为诊疗的主体，应当配备医生。", ["社区医院"]),
        # a relative clause of its own still names its head
        ("由承办展会的单位收回。", ["承办展会的单位"]),
    ],
)
def test_a_predicate_noun_after_a_copula_is_no_mention(
    finder: PartyFinder, tokens_of: Tokens, text: str, names: list[str]
) -> None:
    assert [p.text for p in finder.mentions(text, tokens_of(text))] == names


# --- parties the domain lexicon does not know: agentive nouns -----------------------

AGENTIVE_SUBJECTS = [
    # a head that names no one alone keeps its relative clause before a named conjunct;
    # before a bare person (甲的单位和个人: anyone at all) it stays as it was
    ("安装设备的单位和监理单位应当", SubjectKind.PARTY, ["安装设备的单位", "监理单位"]),
    ("承办展会的单位和个人应当", SubjectKind.PARTY, ["单位", "个人"]),
    # a noun with an agentive or organisational ending is a party before a trigger
    ("司机应当", SubjectKind.PARTY, ["司机"]),
    ("市交通运输局应当", SubjectKind.PARTY, ["市交通运输局"]),
    ("托管银行应当", SubjectKind.PARTY, ["托管银行"]),
    ("县疾控中心应当", SubjectKind.PARTY, ["县疾控中心"]),
    ("社区药店应当", SubjectKind.PARTY, ["社区药店"]),
    # verbs and a personnel head after a place's name name its staff
    ("配电间值班操作人员应当", SubjectKind.PARTY, ["配电间值班操作人员"]),
    ("水泵房操作人员应当", SubjectKind.PARTY, ["水泵房操作人员"]),
    ("急诊科应当", SubjectKind.PARTY, ["急诊科"]),
    ("在职医生应当", SubjectKind.PARTY, ["在职医生"]),
    ("陪护家属应当", SubjectKind.PARTY, ["陪护家属"]),
    ("乘客应当", SubjectKind.PARTY, ["乘客"]),
    ("班主任应当", SubjectKind.PARTY, ["班主任"]),
    ("诊所应当", SubjectKind.PARTY, ["诊所"]),  # tagged as a verb by the dictionary
    ("市生态环境局应当", SubjectKind.PARTY, ["市生态环境局"]),  # 局 split off
    # a trader: 商 split off a verb of the trade, or a word the dictionary reads as a name
    ("装修商应当", SubjectKind.PARTY, ["装修商"]),
    ("古董商应当", SubjectKind.PARTY, ["古董商"]),
    # a works or a station the dictionary reads as a personal name is a body all the same
    ("汽车维修厂应当", SubjectKind.PARTY, ["汽车维修厂"]),
    ("街道宣传站应当", SubjectKind.PARTY, ["街道宣传站"]),
    # a verb naming what the trader after it does (回收 + 服务商)
    ("电池回收服务商应当", SubjectKind.PARTY, ["电池回收服务商"]),
    # a bare head keeps the nouns that own it: without them it names no one
    ("河道堤防设施的养护单位应当", SubjectKind.PARTY, ["河道堤防设施的养护单位"]),
    # a doer of an act to a thing (所有人, 管理人) keeps the thing however long; each
    # coordinated doer is named with it; a party the lexicon knows only is described by it
    ("校园消防设施的所有人应当", SubjectKind.PARTY, ["校园消防设施的所有人"]),
    (
        "社区健身器材的管理人或者使用人应当",
        SubjectKind.PARTY,
        ["社区健身器材的管理人", "社区健身器材的使用人"],
    ),
    ("边境口岸的经营者应当", SubjectKind.PARTY, ["经营者"]),
    # so is each body doing an act to it (管理单位), the head shared or not
    (
        "社区健身器材的管理、使用单位应当",
        SubjectKind.PARTY,
        ["社区健身器材的管理单位", "社区健身器材的使用单位"],
    ),
    (
        "社区健身器材的维护单位和使用单位应当",
        SubjectKind.PARTY,
        ["社区健身器材的维护单位", "社区健身器材的使用单位"],
    ),
    # a verbal noun opening the thing's name is no verb of trade (经营|场所的…)
    ("经营场所的维护单位应当", SubjectKind.PARTY, ["经营场所的维护单位"]),
    # departments of a government are no such bodies
    (
        "区人民政府的农业、科技行政管理部门应当",
        SubjectKind.PARTY,
        ["区人民政府的农业部门", "区人民政府的科技行政管理部门"],
    ),
    # things, abstractions and places are no party
    ("商品价格应当", SubjectKind.OTHER, []),
    ("培训内容应当", SubjectKind.OTHER, []),
    ("桶装水应当", SubjectKind.OTHER, []),
    ("门票收益应当", SubjectKind.OTHER, []),
    ("核心风控应当", SubjectKind.OTHER, []),
    # 甲等人: a person and others; 人 names no class of which 甲 is an example
    ("李某等人应当", SubjectKind.PARTY, ["李某"]),
    # a verb the dictionary tags as a noun ends the name before it (压实)
    ("乙方压实数据安全主体应当", SubjectKind.PARTY, ["乙方"]),
    ("游客意外事故的处理应当", SubjectKind.OTHER, []),
    ("乘客事故的责任人应当", SubjectKind.PARTY, ["乘客事故的责任人"]),
    ("管道燃气应当", SubjectKind.OTHER, []),
    ("公共场所应当", SubjectKind.OTHER, []),
    ("笔者应当", SubjectKind.PRONOUN, []),
    # the writer's polity or body before a name the segmenter splits: the party acts
    ("我国预注册平台应当", SubjectKind.PARTY, ["预注册平台"]),
    # a body speaking of itself (我 + an organisation's ending) names its own body; the
    # writer's polity and the plural pronoun stay pronouns
    ("我院应当", SubjectKind.PARTY, ["我院"]),
    ("我校应当", SubjectKind.PARTY, ["我校"]),
    ("我国应当", SubjectKind.PRONOUN, []),
    # a preposition after a name (针对, 对于) ends it: what follows is the act's object
    ("研究人员针对图书馆的服务应当", SubjectKind.PARTY, ["研究人员"]),
    ("我们应当", SubjectKind.PRONOUN, []),
    # a causative verb after a pronoun is no part of a name (这使得…): no party opens it
    ("这使得物业公司应当", SubjectKind.OTHER, []),
    # a side of an exchange named by what it does after its object (甲数据 + 提供/方)
    ("样本数据提供方应当", SubjectKind.PARTY, ["样本数据提供方"]),
    ("模型接收方应当", SubjectKind.PARTY, ["模型接收方"]),
    ("双方应当", SubjectKind.COLLECTIVE, []),
    ("相关方应当", SubjectKind.OTHER, []),
    # a team named by its task
    ("巡查队应当", SubjectKind.PARTY, ["巡查队"]),
    # a body named by what it does, or by what is done to it (被/受 + act + bare head)
    ("约谈单位应当", SubjectKind.PARTY, ["约谈单位"]),
    ("被约谈单位应当", SubjectKind.PARTY, ["被约谈单位"]),
    ("被立案调查单位应当", SubjectKind.PARTY, ["被立案调查单位"]),
    ("受委托单位应当", SubjectKind.PARTY, ["受委托单位"]),
    # a doer in 承担 is no trigger of bearing (课题承担者, 项目承担单位)
    ("课题承担者应当", SubjectKind.PARTY, ["课题承担者"]),
    # a sector its modifier names bears a duty; a bare sector does not
    ("物流行业应当", SubjectKind.PARTY, ["物流行业"]),
    ("行业应当", SubjectKind.OTHER, []),
    # roles the dictionary tags as an adverb, a modifier or a personal name
    ("特约顾问应当", SubjectKind.PARTY, ["特约顾问"]),
    ("博士生应当", SubjectKind.PARTY, ["博士生"]),
    ("主编应当", SubjectKind.PARTY, ["主编"]),
    # alternatives in brackets that a body's one-character ending completes: one office
    ("内设处（科）室应当", SubjectKind.PARTY, ["内设处（科）室"]),
    # the legal name of a city divided into districts holds a 的 that opens no relative
    # clause: the body named by its charge after its level keeps both
    ("设区的市级负责甲乙管理的部门应当", SubjectKind.PARTY, ["设区的市级负责甲乙管理的部门"]),
    # a unit named by the charge it bears (负有…职责/责任的, 负责…的) is one name
    ("负有甲乙管理职责的部门应当", SubjectKind.PARTY, ["负有甲乙管理职责的部门"]),
    ("负有甲乙养护责任的单位应当", SubjectKind.PARTY, ["负有甲乙养护责任的单位"]),
    ("负责安装的单位应当", SubjectKind.PARTY, ["负责安装的单位"]),
    # a journal acts as a party; a judging noun after it opens the journal's thing
    ("核心期刊应当", SubjectKind.PARTY, ["核心期刊"]),
    # a device that a guideline addresses acts as a party
    ("车载智能终端应当", SubjectKind.PARTY, ["车载智能终端"]),
    # a determiner of actors before a name whose first word the dictionary reads as a verb
    ("各大应用书店应当", SubjectKind.PARTY, ["各大应用书店"]),
    # a list that runs from a party to a party at the trigger names each item a party
    (
        "车载终端、导航软件以及软件分发平台应当",
        SubjectKind.PARTY,
        ["车载终端", "导航软件", "软件分发平台"],
    ),
    ("甲期刊评价方案应当", SubjectKind.OTHER, []),
    # verbs taking a clause or an object never open a name (指甲学生…, 运用乙平台…)
    ("指受助学生应当", SubjectKind.OTHER, []),
    ("运用信息服务平台应当", SubjectKind.OTHER, []),
    # a one-character preposition after a verb opens its complement, no name (运至甲馆的展品…)
    ("运至纪念馆的展品应当", SubjectKind.OTHER, []),
    # a content verb between a noun and a head that closes the phrase names what the party
    # does (课题|承担|单位); a directive verb there addresses the party after it
    ("课题承担单位应当", SubjectKind.PARTY, ["课题承担单位"]),
    ("样本分析人员和课题承担单位应当", SubjectKind.PARTY, ["样本分析人员", "课题承担单位"]),
    # so after 、 too: the last conjunct fills the rest before the trigger as one name
    ("检测机构、合规审计负责人应当", SubjectKind.PARTY, ["检测机构", "合规审计负责人"]),
    # and a first conjunct whose verb modifies its head before 、, when the rest is a name
    # that runs to the trigger (甲类集中批发市场开办者、博览会主办者应当…)
    (
        "农产品集中批发市场开办者、博览会主办者应当",
        SubjectKind.PARTY,
        ["农产品集中批发市场开办者", "博览会主办者"],
    ),
    # a bare role word after a first name made of a domain and a role shares the domain;
    # a short modifier (行业) is no domain
    ("家用燃气具生产者、销售商应当", SubjectKind.PARTY, ["家用燃气具生产者", "家用燃气具销售商"]),
    ("行业协会、学会应当", SubjectKind.PARTY, ["行业协会", "学会"]),
    # …also where the segmenter splits each role's act from its agent ending (登记|人)
    ("宠物芯片登记人、备案人应当", SubjectKind.PARTY, ["宠物芯片登记人", "宠物芯片备案人"]),
    # levels listed before one name share what follows the last level
    ("市级、县级人民政府应当", SubjectKind.PARTY, ["市级人民政府", "县级人民政府"]),
    # a body named by its charge alone (负责甲工作的部门), with no government before it
    ("负责养老服务管理的部门应当", SubjectKind.PARTY, ["负责养老服务管理的部门"]),
    (
        "负责养老服务管理的部门、专业机构及其工作人员应当",
        SubjectKind.PARTY,
        ["负责养老服务管理的部门", "专业机构", "工作人员"],
    ),
    ("以制度引导企业应当", SubjectKind.OTHER, []),
    ("法规研究部门应当", SubjectKind.PARTY, ["法规研究部门"]),
    # a verb of judging before a head verbs modify names what the body does (评价机构)
    ("安全评价机构应当", SubjectKind.PARTY, ["安全评价机构"]),
    ("评价机构应当", SubjectKind.PARTY, ["评价机构"]),
    # verbs between a noun and an agent noun closing the phrase name what the party does;
    # one verb before an agent noun that no modal closes is a predicate and its object
    ("样本采集管理负责人、质量授权人应当", SubjectKind.PARTY, ["样本采集管理负责人", "质量授权人"]),
    ("病毒暴露儿童应当", SubjectKind.PARTY, ["病毒暴露儿童"]),
    # a short clause of a verb closed by a time word glued to the subject is an adverbial
    ("登记时申请者应当", SubjectKind.PARTY, ["申请者"]),
    ("入住完成后住户应当", SubjectKind.PARTY, ["住户"]),
    # a frame opened by 在 before the subject with no comma is an adverbial too
    ("在报名后三日内学员应当", SubjectKind.PARTY, ["学员"]),
    # ... and a frame after the subject: a name whose modifier reads as a verb (干预) is
    # the subject before it as before the trigger; a verb and its object glued before a
    # name is no name
    ("危机干预专家在到达现场后应当", SubjectKind.PARTY, ["危机干预专家"]),
    ("组织在分配权力时应当", SubjectKind.PARTY, ["组织"]),
    ("使用公共交通大学生在外出旅游时应当", SubjectKind.OTHER, []),
    # a name the dictionary reads as a verb (该组织) fills the words before the trigger
    # but for the adverbs the modal takes
    ("该组织也应当", SubjectKind.PARTY, ["该组织"]),
    ("该组织既应当", SubjectKind.PARTY, ["该组织"]),
    ("管理也应当", SubjectKind.OTHER, []),
    ("售后服务商应当", SubjectKind.PARTY, ["售后服务商"]),
    # a place the dictionary tags as an adverb opens a name all the same (lang word_tags)
    ("首都文化建设委员会办事机构应当", SubjectKind.PARTY, ["首都文化建设委员会办事机构"]),
    ("约旦政府应当", SubjectKind.PARTY, ["约旦政府"]),
    # a prefix of repetition glued to the verb of a body's trade (再担保) opens its name;
    # an adjective of kind opening an elliptical list (政府性) is shared, no government;
    # a determiner before the list does not count in the length of its first field
    ("再担保机构应当", SubjectKind.PARTY, ["再担保机构"]),
    (
        "政府性融资担保、再担保机构应当",
        SubjectKind.PARTY,
        ["政府性融资担保机构", "政府性再担保机构"],
    ),
    (
        "各级政府性融资担保、再担保机构应当",
        SubjectKind.PARTY,
        ["各级政府性融资担保机构", "各级政府性再担保机构"],
    ),
    # a fund named by a trade of finance acts as a firm
    ("甲省融资担保基金应当", SubjectKind.PARTY, ["甲省融资担保基金"]),
    ("乙市产业投资基金应当", SubjectKind.PARTY, ["乙市产业投资基金"]),
    # a stage of life the dictionary tags as a time modifies a person all the same
    ("青年科技人才应当", SubjectKind.PARTY, ["青年科技人才"]),
    ("中年骨干应当", SubjectKind.PARTY, ["中年骨干"]),
    # a group named by its field (…团) is a body; an office the dictionary takes for a
    # set phrase (a noun and 处) is one too
    ("考察团应当", SubjectKind.PARTY, ["考察团"]),
    ("大厦业主法团应当", SubjectKind.PARTY, ["大厦业主法团"]),
    ("计划处应当", SubjectKind.PARTY, ["计划处"]),
    # an office named by the verb of its task, split off by the segmenter (统计|署): the
    # row fails without office_suffixes
    ("甲县统计署应当", SubjectKind.PARTY, ["甲县统计署"]),
    # guards, read without office_suffixes too: the dictionary takes 审计署 for one word,
    # and a noun before the verb (种子 + 检验 + 署) makes the name a noun phrase
    ("审计署应当", SubjectKind.PARTY, ["审计署"]),
    ("种子检验署应当", SubjectKind.PARTY, ["种子检验署"]),
]


@pytest.mark.parametrize(("text", "kind", "parties"), AGENTIVE_SUBJECTS)
def test_agentive_nouns_are_parties(
    finder: PartyFinder, tokens_of: Tokens, text: str, kind: SubjectKind, parties: list[str]
) -> None:
    end = text.find("应当")
    parse = finder.subject(text, 0, end, tokens_of(text), at_trigger=True)
    assert (parse.kind, [p.text for p in parse.parties]) == (kind, parties)


ELLIPSES = [
    # 等 + shared head closes an elliptical list; 等 is not part of any name
    (
        "生态环境、水利、农业农村等部门应当",
        ["生态环境部门", "水利部门", "农业农村部门"],
    ),
    ("交通、公安等机关应当", ["交通机关", "公安机关"]),
    # 及 + 其他: the next conjunct is another party, not 及其 + a bare 他…
    ("街道办事处及其他相关部门应当", ["街道办事处", "其他相关部门"]),
    # in a list a party opens, words sharing no head with the last name are parties
    ("图书馆、公园、码头、游客服务站应当", ["图书馆", "公园", "码头", "游客服务站"]),
    # a short bracket glossing a name does not end the list
    ("业主委员会（小区）、物业服务中心应当", ["业主委员会", "物业服务中心"]),
    # head-less conjuncts share a head of several words with the last conjunct
    ("林业、水利行政部门应当", ["林业行政部门", "水利行政部门"]),
    ("医疗、护理工作人员应当", ["医疗工作人员", "护理工作人员"]),
    # a short field before 及 opening the list shares the head too; 和 joins the fields
    # of one body's official name
    ("文化及体育工作者应当", ["文化工作者", "体育工作者"]),
    ("卫生健康及护理工作者应当", ["卫生健康工作者", "护理工作者"]),
    # ... but a field the next conjunct repeats is no ellipsis (no party twice), and a
    # noun 的 governs is no field
    ("文化及文化工作者应当", []),
    ("社区的差异及护理工作者应当", ["差异", "护理工作者"]),
    # names the name reader reads whole across 及 stay one party (unlike their 、 forms)
    ("文化及体育部门应当", ["文化及体育部门"]),
    ("卫生健康及民政部门应当", ["卫生健康及民政部门"]),
    ("餐饮及零售企业应当", ["餐饮及零售企业"]),
    ("能源和交通部门应当", ["能源和交通部门"]),
    # a verb naming a trade may open a head-less conjunct after the first
    (
        "锅炉制造、使用、维修保养单位应当",
        ["锅炉制造单位", "使用单位", "维修保养单位"],
    ),
    ("体育和文化、自然资源等部门应当", ["体育和文化部门", "自然资源部门"]),
    # before a fuller name the list gives examples of one party
    ("报纸、电台等新闻单位应当", ["新闻单位"]),
    ("书店、影院等文化经营者应当", ["文化经营者"]),
    ("学会、研究会等社会团体应当", ["社会团体"]),
    # a label of no kind (主体, 方) after 等 makes each item a party
    ("甲厂商、乙用户等相关主体共同应当", ["甲厂商", "乙用户"]),
    # bodies called by a short name (…部, …联, …办) are bodies of their own, each a party
    ("甲部、乙联等社会组织应当", ["甲部", "乙联"]),
    ("丙厅、丁署等政府机构应当", ["丙厅", "丁署"]),
    # a long list of examples before the class it names, and a list of things
    (
        "剧院、体育馆、游泳馆、科普基地、植物园、动物园、青少年宫、老年大学、工人俱乐部、"
        "职工书屋、社区活动室、农家书屋、文化礼堂等公益场所管理单位应当",
        ["公益场所管理单位"],
    ),
    ("平安社区、平安校园、平安单位等创建活动应当", []),
    # a run of nouns modifying something else is no name
    ("公园、广场等人员密集场所的管理单位应当", ["人员密集场所的管理单位"]),
    # one field before 等 + a bare head names a department; one party before it stays itself
    ("园林绿化等部门应当", ["园林绿化部门"]),
    ("兽医站等单位应当", ["兽医站"]),
    # a prepositional phrase after the head ends the name even with a 的 in it
    ("县林业、水务等有关部门在各自的权限内应当", ["县林业部门", "县水务部门"]),
    ("林业、水务等部门按照本级的分工应当", ["林业部门", "水务部门"]),
    # so does a time word (近日, 今年): the list is the subject of what follows
    ("林业、水务等部门近日应当", ["林业部门", "水务部门"]),
    # the staff 及其 adds after a list closed by 等 + its head are a party of the list
    ("装修、保洁等单位及其雇员应当", ["装修单位", "保洁单位", "雇员"]),
    # a violation after the head is the list's act, no word of a longer name (…的 after it)
    ("施工、监理等单位违反本办法的，应当", ["施工单位", "监理单位"]),
    # a qualifier of the bare head after 等 is dropped; 以及 separates the words as 、 does
    ("公安、交通运输、城市管理等行政部门应当", ["公安部门", "交通运输部门", "城市管理部门"]),
    # a department's whole head after 等 completes each word; 工商 is a field, no trader
    ("林业、工商等监督管理部门应当", ["林业监督管理部门", "工商监督管理部门"]),
    ("工商、税务等部门应当", ["工商部门", "税务部门"]),
    # without 等 the last conjunct is a department's full name of its own
    ("林业、安全生产监督管理部门应当", ["林业部门", "安全生产监督管理部门"]),
    ("林业、水务以及园林、文旅等有关部门应当", ["林业部门", "水务部门", "园林部门", "文旅部门"]),
    # so it is after a named party and a coordinator, where the list runs on
    (
        "甲区卫生健康管理部门和林业、水务等有关行政部门应当",
        ["甲区卫生健康管理部门", "林业部门", "水务部门"],
    ),
    # a party's name, a coordinator and fields listed before 等: the party alone, then
    # the departments, also of a single field; a party's own (及其) keep the full head
    ("甲区卫生部门和林业、水务等有关部门应当", ["甲区卫生部门", "林业部门", "水务部门"]),
    ("甲区政府及园林绿化等有关部门应当", ["甲区政府", "园林绿化部门"]),
    ("各级人民政府及其文化等有关行政部门应当", ["各级人民政府", "文化行政部门"]),
    # levels of government before such a list: each level's department of each field,
    # the head kept whole, also for the departments a government has (的)
    (
        "州和县林业、水务等行政管理部门应当",
        ["州林业行政管理部门", "州水务行政管理部门", "县林业行政管理部门", "县水务行政管理部门"],
    ),
    (
        "州和县人民政府的有关行政部门应当",
        ["州人民政府的有关行政部门", "县人民政府的有关行政部门"],
    ),
    (
        "州人民政府的林业、水务等行政部门应当",
        ["州人民政府的林业行政部门", "州人民政府的水务行政部门"],
    ),
    # divisions sharing a qualifier are expanded; the legal formula for governments is not
    ("省、市卫生健康部门应当", ["省卫生健康部门", "市卫生健康部门"]),
    ("县、乡教育行政部门应当", ["县教育行政部门", "乡教育行政部门"]),
    ("省、自治区、直辖市人民政府应当", ["省、自治区、直辖市人民政府"]),
    ("省、自治区、直辖市人民政府林业主管部门应当", ["省、自治区、直辖市人民政府林业主管部门"]),
    ("市、区人民政府应当", ["市人民政府", "区人民政府"]),
    # divisions listed before fields listed before one head: each division's department
    # of each field
    (
        "市、县农业、水利部门应当",
        ["市农业部门", "市水利部门", "县农业部门", "县水利部门"],
    ),
    # a set of places (各地) beside a set of bodies, each with its own 各, is a party of
    # its own, also glued to the bodies
    ("各地、各有关部门应当", ["各地", "各有关部门"]),
    ("各地区各部门应当", ["各地区", "各部门"]),
    # the count of a list's fields before their head sums the list up, no part of a field
    ("水利、林业、交通三部门应当", ["水利部门", "林业部门", "交通部门"]),
    ("水利、林业一部门应当", ["水利部门", "林业一部门"]),
    # a division of a minority area (民族乡) among them is one of the list's divisions
    ("乡、民族乡、镇人民政府应当", ["乡人民政府", "民族乡人民政府", "镇人民政府"]),
    # a modifying verb, a noun and an agent before a list's separator or a modal name
    # one party (the verb names the kind of place it runs)
    ("水果集中批发市场经营者、庙会主办者应当", ["水果集中批发市场经营者", "庙会主办者"]),
    ("水果集中批发市场经营者应当", ["水果集中批发市场经营者"]),
    # divisions before a bracket of alternative divisions share the name after it; the
    # bracketed division names one level of government, kept whole
    ("州、县（市）林草主管部门应当", ["州林草主管部门", "县（市）林草主管部门"]),
    # fields sharing the longer head of the last conjunct, after their government too
    ("水利、林业主管部门应当", ["水利主管部门", "林业主管部门"]),
    ("州人民政府水利、林业主管部门应当", ["州人民政府水利主管部门", "州人民政府林业主管部门"]),
    # the central government is a government too: its fields name its departments
    ("国务院水利、林业部门应当", ["国务院水利部门", "国务院林业部门"]),
    ("州人民政府水利局、林业局应当", ["州人民政府水利局", "林业局"]),
    # a bracket naming the first word's party again is an alias, no alternative
    ("承包方（施工方）项目负责人应当", ["承包方项目负责人"]),
    # a passive role (被 + a role noun) as a later conjunct, the list going on after it
    ("投诉人、被投诉人或者其他人员应当", ["投诉人", "被投诉人", "其他人员"]),
    # ... and opening the list (regression rows: the passive list reader already read
    # these): the role keeps its verb, the later conjuncts follow
    ("被评审单位和其他人员应当", ["被评审单位", "其他人员"]),
    ("被申请人、第三人应当", ["被申请人", "第三人"]),
    # a last conjunct after 和 whose verbs modify its head fills the rest as one name
    ("托育机构和餐具集中消毒单位应当", ["托育机构", "餐具集中消毒单位"]),
    # alternatives in brackets that do not complete a word with the rest: one name
    ("新区（港区、园区）管理机构应当", ["新区（港区、园区）管理机构"]),
    ("园区内（楼宇内）商户和物业公司应当", ["园区内（楼宇内）商户", "物业公司"]),
    # a field ending in a non-agent word (动员: to mobilise) shares the list's head too
    ("文化、体育动员、卫生部门应当", ["文化部门", "体育动员部门", "卫生部门"]),
    # a list goes on past the short name defined for its first names
    ("交通、水务部门（以下简称主管部门）和规划部门应当", ["交通部门", "水务部门", "规划部门"]),
    # a closed list keeps its members in the sentence defining its short name; an open
    # one (甲、乙等部门) goes by the short name of the class it samples
    ("交通局和水务局（以下统称主管部门）应当", ["交通局", "水务局"]),
    ("交通局、水务局等部门（以下统称主管部门）应当", ["主管部门"]),
    # a bare organ paired after a scoped one shares its scope; one with its own
    # determiner, or after 及其 (owned by the first), keeps its name
    ("乡级党委和政府应当", ["乡级党委", "乡级政府"]),
    ("所在地镇党委、政府和有关部门应当", ["所在地镇党委", "所在地镇政府", "有关部门"]),
    ("党委和政府应当", ["党委", "政府"]),
    ("乡级党委和相关政府应当", ["乡级党委", "相关政府"]),
    # a long field before 等 shares the head after it too
    (
        "卫生、城市管理综合行政执法监督等部门应当",
        ["卫生部门", "城市管理综合行政执法监督部门"],
    ),
]


EVERYDAY_CONJUNCTS = [
    # the rest of a list closed by 等 shares the kind of its first party
    ("县青年服务中心、文化宫、研学营地等应当", ["县青年服务中心", "文化宫", "研学营地"]),
    # an everyday conjunct after a relative clause's party, and before a later
    # conjunct's own relative clause, stays in the group
    ("出险的物业公司、排涝单位和医院应当", ["物业公司", "排涝单位", "医院"]),
    ("物业公司、排涝单位和承保车辆的保险公司应当", ["物业公司", "排涝单位", "保险公司"]),
    # a later conjunct's relative clause over a list that shares a head: each is a party,
    # the verbs' object shared too (锅炉检测、维修单位 → 锅炉检测单位 + 锅炉维修单位)
    ("锅炉厂或者经过备案的锅炉检测、维修单位应当", ["锅炉厂", "锅炉检测单位", "锅炉维修单位"]),
    # a level joined before a level with its own qualifier shares the name after it
    (
        "县级或者设有港口的市级人民政府渔业部门应当",
        ["县级人民政府渔业部门", "设有港口的市级人民政府渔业部门"],
    ),
    (
        "省级和设区的市级人民政府卫生、民政部门应当",
        [
            "省级人民政府卫生部门",
            "省级人民政府民政部门",
            "设区的市级人民政府卫生部门",
            "设区的市级人民政府民政部门",
        ],
    ),
    # a broad actor (国家, 社会, 市场) is a conjunct of a list that names a party, first,
    # last or between; alone, or modifying a noun after it, it is none
    ("国家、学校和家长应当", ["国家", "学校", "家长"]),
    ("医院、社会和家属应当", ["医院", "社会", "家属"]),
    ("物业公司与市场应当", ["物业公司", "市场"]),
    ("企业和社会资本应当", ["企业", "社会资本"]),
    ("国家和社会应当", []),
    # a demonstrative summing up the list is no part of the last conjunct's name
    ("学校、医院这两类机构应当", ["学校", "医院"]),
    ("物业公司、排涝单位这些单位应当", ["物业公司", "排涝单位"]),
    ("县级以上财政部门、县级以上网信部门应当", ["县级以上财政部门", "县级以上网信部门"]),
]


@pytest.mark.parametrize(("text", "parties"), [*ELLIPSES, *EVERYDAY_CONJUNCTS])
def test_coordinated_subjects_are_read_as_a_group(
    finder: PartyFinder, tokens_of: Tokens, text: str, parties: list[str]
) -> None:
    """Elliptical coordination expanded, everyday conjuncts kept in the group."""
    end = text.find("应当")
    parse = finder.subject(text, 0, end, tokens_of(text), at_trigger=True)
    assert [p.text for p in parse.parties] == parties


OBJECTS = [
    ("鼓励有条件的社区卫生服务中心开展家庭病床服务", ["社区卫生服务中心"]),
    ("鼓励民办学校开设课后服务", ["民办学校"]),
    ("鼓励社会力量参与河道保洁", ["社会力量"]),
    ("鼓励开展垃圾分类宣传", []),
    ("引导绿色出行", []),
    # a last conjunct opening its own predicate with a preposition is no relative clause
    ("鼓励养老机构以及社区为独居的老人提供助餐服务", ["养老机构", "社区"]),
    # a list closed by 等 and its label, then a party of another kind after 和
    ("鼓励报纸、电台等新闻单位和志愿者参与禁毒宣传", ["新闻单位", "志愿者"]),
    # a token opening with a verb that the segmenter glued to its object ends the list's name
    ("督促公安、消防等部门开展调查", ["公安部门", "消防部门"]),
    # words of a time or a place listed before a party name are no fields of it: the list
    # they open names things, the parties before it stay the objects
    ("告知甲方和乙方会谈的日期、地址、陪同人员等", ["甲方", "乙方"]),
]


@pytest.mark.parametrize(("text", "parties"), OBJECTS)
def test_directive_objects_may_follow_a_relative_clause(
    finder: PartyFinder, tokens_of: Tokens, text: str, parties: list[str]
) -> None:
    group = finder.object_group(text, 2, len(text), tokens_of(text))
    assert [p.text for p in group] == parties


MENTIONS_OF_OBJECT_PARTIES = [
    # a head that names no one alone (单位, 人员, 部门) is named with the relative clause
    # before its 的, read back to a preposition, a punctuation mark or another party; a
    # cue verb opening the clause governs the name (委托|具备资格的单位); a clause with no
    # verb leaves the head bare
    ("由承办展会的部门收回补贴。", ["承办展会的部门"]),
    ("甲公司应当委托具备资格的单位编制方案。", ["甲公司", "具备资格的单位"]),
    ("安装设备的单位和监理单位应当查验产品。", ["安装设备的单位", "监理单位"]),
    ("乙县的单位应当报告。", ["单位"]),
    # a word closing a time frame ends any name before it (三天后|区民政局); 前 opening a
    # name means "former"
    ("三天后区民政局才向养老院提供资料。", ["区民政局", "养老院"]),
    ("事发后区民政局向养老院提供资料。", ["区民政局", "养老院"]),
    ("前员工应当归还工作证。", ["前员工"]),
    # a list's bare role words share the domain of its first name in an object too
    ("甲局应当通知丙农机制造商、代理商。", ["甲局", "丙农机制造商", "丙农机代理商"]),
    # a verb and 对象 name the party the act is done for or to; 对象 alone names none
    ("民政局应当为救助对象发放补贴。", ["民政局", "救助对象"]),
    ("基金会应当与资助对象签订协议。", ["基金会", "资助对象"]),
    ("帮扶对象应当如实申报收入。", ["帮扶对象"]),
    ("协会应当确定研究对象。", ["协会"]),
    # the agent's 由, or a coordinator after a first body, opens a name as a preposition
    # does: a verb and a head verbs modify (机关, 部门) name the body; 原 (former) opens it
    ("甲公司违规的，由审批机关责令改正。", ["甲公司", "审批机关"]),
    ("由甲局或者登记机关给予处分。", ["甲局", "登记机关"]),
    ("由原审批部门撤销许可。", ["原审批部门"]),
    # a verb imposing a count in Arabic digits ends the name before it (…人员|处1万元…)
    ("对主管人员和其他直接责任人员处1万元罚款。", ["主管人员", "其他直接责任人员"]),
]


@pytest.mark.parametrize(("text", "parties"), MENTIONS_OF_OBJECT_PARTIES)
def test_a_verb_and_its_object_head_name_a_party(
    finder: PartyFinder, tokens_of: Tokens, text: str, parties: list[str]
) -> None:
    assert [p.text for p in finder.mentions(text, tokens_of(text))] == parties


@pytest.mark.parametrize(
    "text",
    [
        "降低担保公司进入本市市场的门槛，可以减少融资成本。",
        "引入担保公司进行合理竞争，可以降低费用。",
        "厘清科研机构、高校的功能定位，构建协同创新机制。",
        "加强人员车辆管理，定期巡检设备。",
        "优化机构设置，配齐专业人员。",
    ],
)
def test_a_verb_of_bringing_in_or_changing_opens_no_name(
    finder: PartyFinder, tokens_of: Tokens, text: str
) -> None:
    """降低甲公司…的门槛, 引入乙公司, 厘清丙机构的定位: the verb opens the predicate (lang
    ``directive_openers``), so the clause has no party for its subject."""
    parse = finder.subject(text, 0, len(text), tokens_of(text))
    assert parse.kind is not SubjectKind.PARTY, parse


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a head that is a verb of governing, right after a party's name, is its predicate
        ("坚持政府领导、部门协作的原则。", ["政府", "部门"]),
        ("县政府领导全县的植树工作。", ["县政府"]),
        ("单位领导和职工应当深入基层。", ["单位领导", "职工"]),  # before 和 or a modal, a name
        # 组织 governs an object or a verb after a party's name; it heads 社会组织
        ("区住建局会同有关部门组织实施方案。", ["区住建局", "有关部门"]),
        ("区住建局会同有关部门组织专家评审。", ["区住建局", "有关部门"]),
        ("社会组织应当配合区民政局开展工作。", ["社会组织", "区民政局"]),
        # a bare 报 the dictionary tags as a noun files with the body after it
        ("乡镇政府应当拟定方案，报本级人民政府备案。", ["乡镇政府", "本级人民政府"]),
        # 人 opening a word the segmenter split (扩大|人|脉) ends no name; after a verb, 人 does
        ("公司应当扩大人脉资源。", ["公司"]),
        ("管理人应当及时通知债权人。", ["管理人", "债权人"]),
        # a word opening a predicate (统一, 定期) ends the name before it, whatever its tag
        ("由乙局统一组织发布预警。", ["乙局"]),
        ("丙中心定期组织开展演练。", ["丙中心"]),
        # a verb before a place name takes it and its party for its object
        ("甲局负责调查北京市居民的意见。", ["甲局", "北京市居民"]),
    ],
)
def test_a_governing_verb_after_a_name_is_no_head_of_it(
    finder: PartyFinder, tokens_of: Tokens, text: str, parties: list[str]
) -> None:
    assert [p.text for p in finder.mentions(text, tokens_of(text))] == parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # names an agent ending makes parties, with no listed head in the sentence
        ("通过与水文局、海事局合作，该中心建成了浮标网。", ["水文局", "海事局", "该中心"]),
        # (a verb before one, or a word ending in a verb, takes it for its object)
        ("水文局应当定期征询渔民对站点布局的意见。", ["水文局"]),
        ("车主应当提前三天书面通知租客。", []),
        # 健全 (tagged as an adjective) opens a predicate, no part of a name
        ("健全养老企业服务管理制度。", ["养老企业"]),
        # a name in quotes is whole, the words before its head included
        ("甲国“开放海洋观测研究院”为沿海企业提供预报。", ["开放海洋观测研究院", "沿海企业"]),
        # a verb right before a government's head is a predicate, no part of its name
        ("合理统筹分配政府的投入力度。", ["政府"]),
        # a one-character ending split off the noun before it ends a name as the last
        # party of a sentence too, with no head after it to bring its start within reach
        ("该协会每年向海河局报告工作。", ["该协会", "海河局"]),
        # federations and associations by their short name (…联, …协); a link is none
        ("甲公司应当为社科联提供场地。", ["甲公司", "社科联"]),
        ("乙协应当向丙公司说明情况。", ["乙协", "丙公司"]),
        ("数据汇聚、关联后应当依法处理。", []),
        # a word numbering or linking the points of a text opens no name; an ordinal
        # numbering a party stays in it
        ("二是甲学院应当为学生提供服务。", ["甲学院", "学生"]),
        ("另一方面乙编辑要核实图片来源。", ["乙编辑"]),
        ("丙公司是第一责任人。", ["丙公司", "第一责任人"]),
        # a date before two bodies joined by 和 is no field of one body's name
        ("2020年水利部和农业部联合发布了名单。", ["水利部", "农业部"]),
        # a name modifier the dictionary tags as a verb (留守) takes no party for its
        # object: the party after it is read, with the modifier
        ("甲局每月走访乡村留守老人。", ["甲局", "留守老人"]),
        # a verb whose object is a party (允许, 有助于, 委任) is no part of a name after a
        # noun, as a verb of a trade is (样本采集人员): a predicate and its object
        ("该方法有助于甲管理者对员工进行考核。", ["甲管理者", "员工"]),
        ("该期刊允许作者提前公开稿件。", ["该期刊", "作者"]),
        ("乙公司委任专家开展调查。", ["乙公司", "专家"]),
        # a department the dictionary tags as a personal name is a body all the same
        ("甲公司应当向宣传部报告。", ["甲公司", "宣传部"]),
    ],
)
def test_mentions_of_names_no_head_lists(
    finder: PartyFinder, tokens_of: Tokens, text: str, parties: list[str]
) -> None:
    assert [p.text for p in finder.mentions(text, tokens_of(text))] == parties


def test_a_verb_before_a_verb_named_person_is_no_part_of_the_name(
    finder: PartyFinder, tokens_of: Tokens
) -> None:
    text = "安排服务人员提示顾客适量点餐。"
    assert [p.text for p in finder.mentions(text, tokens_of(text))][:1] == ["服务人员"]


def test_a_verbal_noun_before_a_person_and_the_person_s_verb_is_a_predicate(
    finder: PartyFinder, tokens_of: Tokens
) -> None:
    text = "教育护士进行自我控制。"
    assert "教育护士" not in [p.text for p in finder.mentions(text, tokens_of(text))]
    text = "管理人员进行巡查。"  # a head that takes a verbal modifier stays one name
    assert [p.text for p in finder.mentions(text, tokens_of(text))] == ["管理人员"]


def test_a_verbal_noun_before_a_person_and_the_person_s_state_is_a_predicate(
    analyse: Callable[[str], SentenceAnalysis],
) -> None:
    # 威胁|住户|安全: the verbal noun acts on the person, whose state follows
    assert [p.text for p in analyse("一些账号违法违规，威胁住户安全。").subjects] == []


@pytest.mark.parametrize(
    ("word", "agentive"),
    [
        ("茶户", True),  # a noun unknown to the dictionary with an agentive ending
        ("宣讲团", True),  # a group named by its task
        ("面团", False),  # a lump, no group (non_agent_nouns)
        ("连接处", False),  # a place where things are joined, no office
        ("住建局", True),
        ("出户", False),  # a verb and its object (携犬出户的，应当…)
        ("进户", False),
        ("开户", False),  # an act, listed in non_agent_nouns
        ("部署", False),
        ("共商", False),  # to consult together, an act
        ("残联", True),  # a federation by its short name
        ("互联", False),  # links and joins end in 联 and name no body
        ("妥协", False),
    ],
)
def test_agentive_endings_on_a_verb_and_its_object_name_no_one(word: str, agentive: bool) -> None:
    assert has_agentive_ending(word) is agentive


@pytest.mark.parametrize(
    ("word", "office"),
    [
        ("计划处", True),  # a noun and 处: an office
        ("落脚处", False),  # a verb and 处 (not in non_agent_nouns): a place, no office
        ("不同之处", False),  # a phrase that only ends in 处
    ],
)
def test_a_set_phrase_of_a_noun_and_an_office_ending_is_an_office(word: str, office: bool) -> None:
    assert _office_phrase(word) is office


@pytest.mark.parametrize(
    ("word", "tag"),
    [
        ("首都", "ns"),
        ("约旦", "ns"),
        ("首先", "d"),
        # verbs and adverbs of acts the dictionary tags as nouns
        ("依法", "d"),
        ("指导", "v"),
        ("利用", "v"),
        ("大力", "d"),
        # an office the dictionary reads as a verb is a noun; a verb phrase ending in a
        # role's character stays a verb
        ("审计署", "n"),
        ("禁毒署", "n"),
        ("伸出手", "v"),
        # an adverb glued to its verb, tagged as an organisation or a thing, is a verb; a
        # noun after the adverb keeps the tag (积极 + 分子)
        ("大力开展", "v"),
        ("大力推广", "v"),
        ("积极分子", "n"),
        ("迫切需要", "v"),
    ],
)
def test_corrected_dictionary_tags_are_read(word: str, tag: str) -> None:
    assert word_class(word) == tag


def test_the_word_index_answers_as_the_alternations_it_replaces() -> None:
    """Longest word at a position (the alternation's match, longest first), and a word
    ending a span (``(?:words)$`` searched in it, also before a final line break)."""
    import re

    from zhkg.extract.stakeholders import _WordIndex

    words = ["部门", "监管部门", "甲", "平台", "台"]
    index = _WordIndex(words)
    ordered = sorted(words, key=lambda w: (-len(w), w))
    starts = re.compile("|".join(ordered))
    ends = re.compile("(?:" + "|".join(ordered) + ")$")
    text = "甲监管部门和平台\n乙部门"
    for pos in range(len(text) + 2):
        for end in range(len(text) + 2):
            match = starts.match(text, pos, end)
            assert index.longest_at(text, pos, end) == (match.end() if match else -1)
            found = ends.search(text, pos, end) is not None
            assert index.ends_phrase(text, pos, end) == found, (pos, end)
    assert index.longest_proper_suffix("监管部门") == "部门"
    assert index.longest_proper_suffix("部门") == ""


def test_results_kept_per_sentence_follow_the_token_list(
    finder: PartyFinder, tokens_of: Tokens
) -> None:
    """A kept group is the answer for the same text and the same token list only: a
    caller's change to a returned list, another split of the text or another text
    gets its own answer."""
    text = "甲公司和乙平台应当公示信息"
    tokens = tokens_of(text)
    first = finder.group_at(text, 0, 7, tokens)
    first.clear()
    assert [p.text for p in finder.group_at(text, 0, 7, tokens)] == ["甲公司", "乙平台"]
    glued = [(0, 4), (4, 7), *tokens_of(text)[-3:]]  # 甲公司和|乙平台: no token ends at 司
    fresh = PartyFinder(finder.lexicon).group_at(text, 0, 7, glued)
    assert finder.group_at(text, 0, 7, glued) == fresh != finder.group_at(text, 0, 7, tokens)
    other = "丙平台应当公示信息"
    assert [p.text for p in finder.group_at(other, 0, 3, tokens_of(other))] == ["丙平台"]
    assert [p.text for p in finder.group_at(text, 0, 7, tokens)] == ["甲公司", "乙平台"]


def test_a_non_agent_noun_with_an_agent_head_opens_no_group(
    finder: PartyFinder, tokens_of: Tokens
) -> None:
    """跨平台 ends in an agent's head yet says how an act is done: the finder gives no
    group there, whoever asks (a need's list, a subject, an object)."""
    for text in ("此事需要跨平台协调", "此事需要跨平台和跨机构联动"):
        start = text.index("跨")
        assert finder.group_at(text, start, len(text), tokens_of(text)) == []
    text = "此事需要甲平台协调"
    assert [p.text for p in finder.group_at(text, 4, len(text), tokens_of(text))] == ["甲平台"]


def test_an_equal_token_list_shares_the_kept_results(
    finder: PartyFinder, tokens_of: Tokens, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A copy of a token list already asked (the relation reader's, when it splits no
    word) gets the answers kept for the original, not a second reading."""
    own = PartyFinder(finder.lexicon)
    text = "丁中心和戊协会应当登记会员"
    tokens = tokens_of(text)
    read: list[int] = []
    find_group = own._find_group
    monkeypatch.setattr(own, "_find_group", lambda *a: read.append(1) or find_group(*a))
    first = own.group_at(text, 0, 7, tokens)
    assert own.group_at(text, 0, 7, list(tokens)) == first
    assert len(read) == 1
    other = [(0, 2), (2, 3), *tokens[2:]] if tokens[0] == (0, 3) else [(0, 3), *tokens[2:]]
    own.group_at(text, 0, 7, other)
    assert len(read) == 2


def test_a_body_named_by_its_charge_needs_a_charging_verb_in_reach(
    finder: PartyFinder, tokens_of: Tokens, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A phrase with no charging verb up to its end names no body by its charge, and its
    scope is not read; with one, the whole phrase is the body's name."""
    own = PartyFinder(finder.lexicon)
    text = "县级负责丁工作的部门应当登记"
    tokens = tokens_of(text)
    assert own.charged_body_end(text, 0, len(text), tokens) == text.index("应当")
    scopes: list[int] = []
    past_scope = own._past_charge_scope
    monkeypatch.setattr(own, "_past_charge_scope", lambda *a: scopes.append(1) or past_scope(*a))
    plain = "县级戊部门应当登记"
    assert own.charged_body_end(plain, 0, len(plain), tokens_of(plain)) == 0
    assert own.charged_body_end(text, 0, 1, tokens) == 0  # 负责 starts past the end
    assert not scopes


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("丙县种植和养殖企业", 9),  # verbs modify the head: one name
        ("丙县审批和农业局", 0),  # a bare verb before a head verbs do not modify
        ("监管丙地和丁企业", 0),  # a verb and its object before 和: a predicate
    ],
)
def test_a_name_joined_by_he_keeps_modifiers_only(
    finder: PartyFinder, tokens_of: Tokens, text: str, end: int
) -> None:
    """Words joined by 和 before one head are one name only when the words before 和 can
    modify it (read before either side's name is parsed)."""
    assert finder._joined_agency_end(text, 0, len(text), tokens_of(text)) == end


@pytest.mark.parametrize(
    ("text", "joint"),
    [("丙县农业和农村局", 4), ("丁市规划与建设局", 4), ("戊委员会及其办公室", -1), ("己局", -1)],
)
def test_the_joint_of_a_body_s_fields(text: str, joint: int) -> None:
    """Where 和/与/及 joins the fields of one body's name (-1 without one; 及其 joins a
    body and its own organ, no fields)."""
    from zhkg.extract.stakeholders import _agency_joint

    assert _agency_joint(text, 0, len(text)) == joint


def test_a_verb_whose_object_is_staff_is_no_part_of_the_name(
    finder: PartyFinder, tokens_of: Tokens
) -> None:
    text = "服务站配备操作人员负责夜间巡查。"
    assert [p.text for p in finder.mentions(text, tokens_of(text))][:1] == ["服务站"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("林若谷", True),  # a surname and a given name no dictionary lists
        ("何思远", True),
        ("陈李若兰", True),  # a married name of two surnames
        ("陈述", False),  # a listed word of two that opens with a surname
        ("高校", False),
        ("施工图", False),  # a listed word and a character
        ("施政者", False),  # an agent's ending
        ("鲁棒性", False),  # an abstract noun's ending
        ("甲公司", False),
    ],
)
def test_a_personal_name_opens_with_a_surname_and_is_no_listed_word(
    word: str, expected: bool
) -> None:
    assert is_personal_name(word) is expected
