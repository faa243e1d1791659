"""General mechanisms for texts zhkg has not seen, on invented sentences of each class.

Each row is (sentence, expected rows as (stakeholder, responsibility, modality)).
The sentences are invented for these tests and name no text zhkg is tuned on.
"""

from __future__ import annotations

import pytest

from zhkg.extract.document import document_from_text
from zhkg.extract.extractor import extract
from zhkg.extract.lexicon import Lexicon

ESSAY_TITLE = "关于社区治理的几点思考"

CASES = [
    # 需要 as the noun "need" (在需要时; 甲的需要和乙的便利) binds no one; 需要和乙… still does
    (
        "在数字时代，居民已经可以通过网络预约服务，但由于规模经济的需要和避免个人付费的不便等，"
        "社区订购服务的主流方式仍然是统一采购，以保证居民在需要时通过网络即时获得服务。",
        set(),
    ),
    ("出于成本的需要和居民的便利，物业公司应当集中采购。", {("物业公司", "集中采购", "must")}),
    ("物业公司需要和业主委员会协商。", {("物业公司", "和业主委员会协商", "should")}),
    # a verb improving what a party has before a bare head (加强人员管理) goes on with
    # the chain: the head is its object's modifier, no new subject
    (
        "物业公司要建立投诉处理机制，加强人员车辆管理，定期巡检设备。",
        {
            ("物业公司", "建立投诉处理机制", "should"),
            ("物业公司", "加强人员车辆管理", "should"),
            ("物业公司", "定期巡检设备", "should"),
        },
    ),
    # adverbs between a party and its 不能 (都, 当然也) leave the party its subject
    ("物业公司当然也不能忽视业主的意见。", {("物业公司", "忽视业主的意见", "must_not")}),
    # a state of working life before a person's noun (退役, 离职) names persons in it
    ("鼓励退役运动员担任社区体育指导员。", {("退役运动员", "担任社区体育指导员", "should")}),
    ("鼓励离职教师参与社区服务。", {("离职教师", "参与社区服务", "should")}),
    # a relative clause that only picks out which of them (有条件的) leaves it addressed
    ("鼓励有条件的园区建设停车场。", {("园区", "建设停车场", "should")}),
    (
        "支持符合条件的医院开展远程会诊，鼓励有条件的企业建设研发中心。",
        {("企业", "建设研发中心", "should")},
    ),
    # a partitive (甲中的乙: the 乙 among 甲) names 乙 as its party, as a subject and as
    # the party a directive addresses
    ("退休人员中的党员要带头参加社区服务。", {("党员", "带头参加社区服务", "should")}),
    (
        "鼓励志愿者、居民中的党员参加社区服务。",
        {("志愿者", "参加社区服务", "should"), ("党员", "参加社区服务", "should")},
    ),
    # a classification after 可以 (可以定义为…) grants no leave
    ("物业公司可以定义为服务者。", set()),
    # 要 opening an aim whose difficulty the clause judges (要做到甲还很艰巨) is no duty;
    # a difficulty as the object of the act (克服困难) leaves the duty
    ("物业公司制定了整治方案，而要实现全面整治的任务还很艰巨。", set()),
    ("物业公司要说服业主按时缴费实属不易。", set()),
    ("物业公司要帮助业主克服困难。", {("物业公司", "帮助业主克服困难", "should")}),
    # a demand's addressee right before the modal (甲要求乙要…) is read as it is read
    # with the modal after it: 乙 bears the act, not the party that demands it
    ("街道办主任要求各地要加强巡查。", {("各地", "加强巡查", "should")}),
    ("区长要求各地要加强巡查。", {("各地", "加强巡查", "should")}),
    # supervisory commissions named short (甲监会) are bodies, also where the dictionary
    # reads one as a personal name
    ("银保监会应当加强对银行的监管。", {("银保监会", "加强对银行的监管", "must")}),
    ("银监会应当加强对银行的监管。", {("银监会", "加强对银行的监管", "must")}),
    # a proposing verb and a comma before the directive (文件提出，鼓励甲…) propose it
    ("新文件还提出，鼓励金融机构加大信贷投放。", {("金融机构", "加大信贷投放", "should")}),
    # an encouragement whose encourager is named (甲部鼓励乙…) gives the encouraged party its
    # should in any genre (GUIDELINES: 鼓励 X … , X bears it), as one with none named does
    ("在新的指南中，卫生部鼓励研究人员公开原始数据。", {("研究人员", "公开原始数据", "should")}),
    ("近年来，鼓励研究人员公开原始数据。", {("研究人员", "公开原始数据", "should")}),
    # a "；"-part whose subject is a quoted term (…；另外，“甲乙”的观念…) is no act going on
    (
        "各地政府要保障供水；另外，“要速度，要规模”的观念依然存在。",
        {("各地政府", "保障供水", "should")},
    ),
    # ... its name ending in 国 or listed in lang country_names
    ("日本必须减少碳排放。", {("日本", "减少碳排放", "must")}),
    ("浙江要加快产业升级。", set()),
    # a denied view (并不是认为甲应…, 不认为乙应当…) binds no one
    ("这样说并不是认为物业公司应该包揽一切。", set()),
    ("笔者不认为业主委员会应当承担全部费用。", set()),
    ("但并不是所有的社区服务都需要物业公司直接提供。", set()),
    ("所有物业公司都应当公开收费标准。", {("物业公司", "公开收费标准", "must")}),
    # an adverb before a need (依然需要甲…) opens the clause as a time word does
    ("如今，依然需要社区居委会组织志愿服务。", {("社区居委会", "组织志愿服务", "should")}),
    # 由 + party + 负责/承担 after nothing but a manner (原则上, 一般): the clause before is borne
    ("社区的日常保洁工作，原则上由物业公司负责。", {("物业公司", "社区的日常保洁工作", "must")}),
    ("小区绿化的养护费用，一般由业主委员会承担。", {("业主委员会", "小区绿化的养护费用", "must")}),
    # a party after a short relative clause, its own predicate after it, is the topic of
    # the subjectless duty after it; one a preposition opens (跟…的甲协调) is no topic
    (
        "新成立的物业公司缺乏管理经验，需要引进专业人才。",
        {("物业公司", "引进专业人才", "should")},
    ),
    # a party stating its own goal (甲要实现…，就需要…) is the topic of the duty after it;
    # 可持续 (sustainable) is one word, no modal 可
    (
        "物业公司要实现可持续发展，就需要加强品牌的塑造。",
        {("物业公司", "加强品牌的塑造", "should")},
    ),
    # a party inside a clause stating a goal (想要成为甲…, 要想办好乙…) bears no duty
    ("想要成为一名合格的社区医生必须掌握沟通技巧，熟悉居民情况。", set()),
    ("要想办好一家社区医院，需要充分考虑居民需求。", set()),
    # 可以 + a manner of degree, or 不仅可以…，还…: what a party is able to do, no leave
    ("物业公司可以有效降低维修成本。", set()),
    ("物业公司不仅可以降低维修成本，还可以提高业主满意度。", set()),
    ("物业公司可以降低维修收费。", {("物业公司", "降低维修收费", "may")}),
    (
        "学校可以开设人文讲座，既能丰富校园生活，也可以拓展学生视野。",
        {("学校", "开设人文讲座", "may")},
    ),
    # a chained clause whose verb is the copula says what the duties are, no duty
    (
        "街道办事处应当引导居民参与议事，而不是代替居民作出决定。",
        {("街道办事处", "引导居民参与议事", "must")},
    ),
    ("图书馆应当开放自习空间，将是读者学习的重要场所。", {("图书馆", "开放自习空间", "must")}),
    (
        "物业公司要公开维修账目，接受业主监督，维修记录是业主信任的重要基础。",
        {("物业公司", "公开维修账目", "should"), ("物业公司", "接受业主监督", "should")},
    ),
    # a chained clause preparing the ground for something (为…奠定基础) is the chain's result
    (
        "街道办事处应当建立议事制度，培育社区社会组织，为居民自治奠定坚实的基础。",
        {
            ("街道办事处", "建立议事制度", "must"),
            ("街道办事处", "培育社区社会组织", "must"),
        },
    ),
    # a last clause bringing a state about (形成…合力, 营造…氛围) is the chain's result
    (
        "街道办事处应当建立联席会议制度，定期通报工作进展，形成整治合力。",
        {
            ("街道办事处", "建立联席会议制度", "must"),
            ("街道办事处", "定期通报工作进展", "must"),
        },
    ),
    (
        "街道办事处应当建立联席会议制度，形成会议纪要。",
        {("街道办事处", "建立联席会议制度", "must"), ("街道办事处", "形成会议纪要", "must")},
    ),
    # a clause judging the act before it (不利于…, 不适合…) is no further duty of the chain
    (
        "物业公司要承担全部维修费用，不利于调动业主参与的积极性。",
        {("物业公司", "承担全部维修费用", "should")},
    ),
    # 旨在 opens an aim that runs to the end of its part: the clauses after it are no duties
    (
        "物业公司应当建立维修基金，旨在解决设施老化问题，降低维修成本，提升服务质量。",
        {("物业公司", "建立维修基金", "must")},
    ),
    # a negation ending the word before a trigger denies it; likelihood hedges a modal
    ("该条例并未禁止商户延长营业时间。", set()),
    # 避免, 实现 open a result even amid a chain of duties (…，避免…，再…)
    (
        "社区医院应当加强随访，避免漏诊误诊，定期更新健康档案。",
        {("社区医院", "加强随访", "must"), ("社区医院", "定期更新健康档案", "must")},
    ),
    (
        "社区医院应当整合随访资源，实现慢病管理全覆盖，定期更新健康档案。",
        {("社区医院", "整合随访资源", "must"), ("社区医院", "定期更新健康档案", "must")},
    ),
    # a document's contents (甲表应当载明…) are no party's act
    (
        "物业公司应当建立维修台账，台账应当载明维修日期和费用。",
        {("物业公司", "建立维修台账", "must")},
    ),
    # …，方可…: what the party may do only once the duty is done, no further duty
    (
        "新入职的保洁人员必须进行健康检查，方可上岗。",
        {("保洁人员", "进行健康检查", "must")},
    ),
    ("场馆应当经主管部门批准，方可开放。", {("场馆", "经主管部门批准", "must")}),
    # …，甚至… (an escalation) and …，希望… (a wish) close the chain: what the act may
    # lead to or what the party wishes, no further duty
    ("图书馆可以开放自习场馆，甚至全面提升读者素养。", {("图书馆", "开放自习场馆", "may")}),
    (
        "开发企业需要分别同许多部门打交道，希望可以享受一站式服务。",
        {("开发企业", "分别同许多部门打交道", "should")},
    ),
    # 可以 right before a verb of causing (使, 让) says what the act can bring about,
    # no leave; 可以 before any other verb (使用 is no 使) still grants one
    ("家长可以使孩子们学会沟通的技巧。", set()),
    ("培训师通过分组讨论可以让学员发现问题。", set()),
    ("用户可以使用电子证件登录。", {("用户", "使用电子证件登录", "may")}),
    # a party inside a 对-phrase that opens the clause and runs to the modal is the object
    # fronted (对…的用户要依法处理): whoever acts is unnamed; before 对 it is the subject
    ("对违规登载信息的注册用户要依法处理。", set()),
    ("对贡献较大的企业应当给予奖励。", set()),
    ("平台对违规的注册用户应当依法处理。", {("平台", "依法处理", "must")}),
    # a list of verbs closed by 的 and a noun names a thing, no act (编写、修订的教材)
    ("二是出版社和书店不得编写、销售的读物。", set()),
    ("出版社应当编写、修订教材。", {("出版社", "编写、修订教材", "must")}),
    ("出版社应当公开新出版的书目。", {("出版社", "公开新出版的书目", "must")}),
    ("该条例并非必须由商户执行。", set()),
    ("对非必须设置岗亭的路口的设置权限进行严格限制。", set()),
    ("物业公司对非必须公开的信息应当保密。", {("物业公司", "保密", "must")}),
    ("物业公司可能需要更换老旧电梯。", set()),
    # a conditional conjunction before a modal states the condition's aim
    (
        "物业公司如果要扩大服务规模，则需要招聘更多保洁人员。",
        {("物业公司", "招聘更多保洁人员", "should")},
    ),
    # a long prepositional clause closed by 等 and a noun lists the means of the next act
    (
        "社区医院应当加强宣传，通过开设健康讲座、发放宣传手册、组织上门义诊等方式，"
        "开展慢性病筛查。",
        {
            ("社区医院", "加强宣传", "must"),
            (
                "社区医院",
                "通过开设健康讲座、发放宣传手册、组织上门义诊等方式，开展慢性病筛查",
                "must",
            ),
        },
    ),
    # a discourse marker the dictionary tags as a noun (综上) names no party
    ("综上，完善社区调解机制需要发挥居委会的作用，构建多方参与的调解模式。", set()),
    # records, keys, papers and dwellings before a modal are things a rule speaks of
    ("毕业论文应当提交查重报告。", set()),
    ("会议底稿应当保存在档案室。", set()),
    # words of manner the dictionary tags as nouns name no party a directive addresses
    ("情节严重的，全网禁止注册新账号。", set()),
    # a feature or a right in a thing is no party
    ("药物研发投入大的特点必须引起重视。", set()),
    ("商品的标价应当清晰醒目。", set()),
    # an era is no party, though the dictionary tags the verb before it as a noun
    ("面向新时代，必须加快培养青年人才。", set()),
    # a broad actor (国家, 社会) as a clause's own subject: it acts, not the topic's party
    ("另外，设计师为其作品投入了大量心血，社会应当充分尊重原创。", set()),
    # 从而 opens a consequence that runs to the end of its part: no further duties
    (
        "企业应当将环保与业务紧密结合，使减排成果支撑业务，从而实现环保促进业务，"
        "业务反过来支撑环保投入，形成良性循环。",
        {("企业", "将环保与业务紧密结合", "must")},
    ),
    # a subjectless 要求 in a sentence citing no rule reports its actor's demand
    ("去年三月，市长主持召开座谈会，要求各区政府加快老旧小区改造。", set()),
    (
        "《养犬管理规定》划定红线，要求养犬人及时清理犬只粪便。",
        {("养犬人", "及时清理犬只粪便", "should")},
    ),
    # a rule as the subject of 要求 (某守则要求甲…) reports the rule; only the required
    # party's own modal binds it
    ("该行业守则要求会员单位公开收费标准。", set()),
    ("《航运条例》第九条要求船东及时申报航线。", set()),
    ("《航运条例》第九条要求船东不得超载运营。", {("船东", "超载运营", "must_not")}),
    # a situation's demand states what it takes; it binds the party after it only in
    # that party's own modal
    ("冷链运输的扩张要求仓储企业具备温控能力。", set()),
    ("冷链运输的扩张要求仓储企业不得中断供电。", {("仓储企业", "中断供电", "must_not")}),
    # a clause of a lone connective is no duty; a concluding one (因此) ends the chain
    ("物业公司应当加强巡查，因此，业主满意度提高。", {("物业公司", "加强巡查", "must")}),
    (
        "物业公司应当加强巡查，同时，做好记录。",
        {("物业公司", "加强巡查", "must"), ("物业公司", "做好记录", "must")},
    ),
    # a need of parties whose act opens with an adverbial adjective (积极, 密切)
    (
        "治理河道污染，需要环保部门和水利部门认真排查。",
        {("环保部门", "认真排查", "should"), ("水利部门", "认真排查", "should")},
    ),
    # 各主体 stands for the parties the sentence named, as a topic or as those a need named
    (
        "学校、家长和医院都是儿童健康的重要防线，各主体应加强沟通。",
        {("学校", "加强沟通", "must"), ("家长", "加强沟通", "must"), ("医院", "加强沟通", "must")},
    ),
    (
        "推进垃圾分类，需要物业公司、环卫部门等多方积极配合，各主体要相互监督。",
        {
            ("物业公司", "积极配合", "should"),
            ("环卫部门", "积极配合", "should"),
            ("物业公司", "相互监督", "should"),
            ("环卫部门", "相互监督", "should"),
        },
    ),
    # a frame of level or angle names the party of the duties after it; a thing names none
    ("在物业公司层面，要定期检修电梯。", {("物业公司", "定期检修电梯", "should")}),
    ("从业主委员会的角度看，应当公开账目。", {("业主委员会", "公开账目", "must")}),
    ("养老机构方面，要提供闲置场地。", {("养老机构", "提供闲置场地", "should")}),
    ("在技术层面，要定期检修电梯。", set()),
    # 成立/设立 X，负责…: the body set up bears the 负责, not the founder
    (
        "市政府应当成立河道管理中心，负责河道日常巡查。",
        {("市政府", "成立河道管理中心", "must"), ("河道管理中心", "河道日常巡查", "must")},
    ),
    (
        "市政府应当加强管理，负责河道日常巡查。",
        {("市政府", "加强管理", "must"), ("市政府", "河道日常巡查", "must")},
    ),
    # …in a numbered item, in the same clause, or after a relative clause; a platform
    # set up is the founder's instrument
    ("（1）成立安全管理机构，负责协调各区排涝。", {("安全管理机构", "协调各区排涝", "must")}),
    ("物流公司设立专门委员会负责审核运单。", {("专门委员会", "审核运单", "must")}),
    (
        "水利厅创立隶属于省政府的巡查中心，负责监测水位。",
        {("巡查中心", "监测水位", "must")},
    ),
    (
        "区政府应当建立垃圾分类信息平台，负责统计投放量。",
        {("区政府", "建立垃圾分类信息平台", "must"), ("区政府", "统计投放量", "must")},
    ),
    # an adverb before the verb makes 需要 + …的 + noun an act, not a thing needed
    (
        "物业公司需要及时公开已掌握的故障记录。",
        {("物业公司", "及时公开已掌握的故障记录", "should")},
    ),
    ("物业公司和业主需要共同遵守的规则。", set()),
    # a last clause that meets a need or lessens a named harm is the purpose of the acts
    # before it; first in the chain it is a duty
    (
        "物业公司应当加装隔音设施，减少噪声对住户的干扰。",
        {("物业公司", "加装隔音设施", "must")},
    ),
    # …and so does one lessening a bare harm or cost
    ("车队应当优化配送路线，降低运输成本。", {("车队", "优化配送路线", "must")}),
    ("食堂要按需备餐，减少浪费。", {("食堂", "按需备餐", "should")}),
    (
        "车队应当降低运输成本，优化配送路线。",
        {("车队", "降低运输成本", "must"), ("车队", "优化配送路线", "must")},
    ),
    ("物业公司应当延长开放时间，满足住户的健身需求。", {("物业公司", "延长开放时间", "must")}),
    (
        "物业公司应当满足住户的健身需求，延长开放时间。",
        {("物业公司", "满足住户的健身需求", "must"), ("物业公司", "延长开放时间", "must")},
    ),
    # a causative (…，使乙…) states a result up to the end of its part, clause after clause
    (
        "物业公司应当定期组织培训，使员工熟悉消防器材，遇险不慌。",
        {("物业公司", "定期组织培训", "must")},
    ),
    ("物业公司应当公开收费标准，让业主放心，监督到位。", {("物业公司", "公开收费标准", "must")}),
    # …and before a closing clause that is no purpose opener's, it is a result all the same
    (
        "物业公司应当公开维修规则，使业主可以熟悉报修的流程，推动维修工作顺利开展。",
        {("物业公司", "公开维修规则", "must")},
    ),
    # …but a word the character opens (使用) is a further duty
    (
        "物业公司应当加强管理，使用节能灯具。",
        {("物业公司", "加强管理", "must"), ("物业公司", "使用节能灯具", "must")},
    ),
    # a purpose that ends in a noun 需要 (…，以满足乙的需要。) holds no modal: no duty
    ("物业公司应加强夜间巡查，以满足业主的需要。", {("物业公司", "加强夜间巡查", "must")}),
    # one example before 等 and a party's name: the class named bears it, not the example
    ("电视台等宣传机构应当加强宣传。", {("宣传机构", "加强宣传", "must")}),
    # 有必要 recommends as 需要 does: a party's duty, impersonal without one, denied by 没
    ("物业公司有必要建立养犬户档案。", {("物业公司", "建立养犬户档案", "should")}),
    ("物业公司没有必要建立养犬户档案。", set()),
    ("因此，有必要制定统一的养犬规范。", set()),
    # 既要…又要…: two modals paired by correlatives state two duties
    (
        "养殖户既要做好防疫又要保护水源。",
        {("养殖户", "做好防疫", "should"), ("养殖户", "保护水源", "should")},
    ),
    # a discourse marker glued to the party is not part of its name
    ("那么农户需要提高防范意识。", {("农户", "提高防范意识", "should")}),
    ("重要的是社区医生要定期随访老人。", {("社区医生", "定期随访老人", "should")}),
    ("鉴此，物业公司应当加强对电梯的日常检查。", {("物业公司", "加强对电梯的日常检查", "must")}),
    # a time adverb glued to the party (目前甲…) is not part of its name
    ("目前养殖户应当做好防疫登记。", {("养殖户", "做好防疫登记", "must")}),
    # a rule-giver's 规定 reports the duty of the party after it; …界 names a profession
    ("省政府明确规定市政府每年必须公开预算。", {("市政府", "公开预算", "must")}),
    (
        "教育界、新闻界应当共同努力。",
        {("教育界", "共同努力", "must"), ("新闻界", "共同努力", "must")},
    ),
    ("两者应当相互配合。", set()),
    # a bank keeping samples acts as a body (…库); a store of things does not
    ("血液样本库应当建立捐献登记制度。", {("血液样本库", "建立捐献登记制度", "must")}),
    ("该数据库应当每年更新。", set()),
    # a word of a 甲、乙等部门 list may join two fields with 和; a clause is no list
    (
        "民政、住房保障和城乡建设等部门应当加强指导。",
        {
            ("民政部门", "加强指导", "must"),
            ("住房保障和城乡建设部门", "加强指导", "must"),
        },
    ),
    ("社区医生在老人有发热、咳嗽等症状时需要及时上报。", {("社区医生", "及时上报", "should")}),
    # a time frame glued to the subject is no part of its name
    ("保修期内维修者应当免费更换零件。", {("维修者", "免费更换零件", "must")}),
    ("活动期间主办单位应当维持秩序。", {("主办单位", "维持秩序", "must")}),
    # a verb of including opens what a thing holds: no party's name runs across it
    ("申请事项包括机构基本情况等，登记资料有改动的，须尽快更新。", set()),
    # a speaker's label opening an interview's answer names the person speaking, no party;
    # the parties of the answer are still read
    ("赵晓东：新规对此作出了规定，应结合实际情况理解适用。", set()),
    ("赵晓东：物业公司应当及时维修电梯。", {("物业公司", "及时维修电梯", "must")}),
    # 轻则 / 重则 (at the least / at worst) link clauses, they name no party
    ("违规操作的行为，轻则承担赔偿责任，重则构成犯罪。", set()),
    # （以下统称…）: a list of parties goes by the short name it is given; one party keeps
    # its full name, and the brackets are no part of its duty
    (
        "交通、水利等部门（以下统称工程主管部门）负责监督工程质量。",
        {("工程主管部门", "监督工程质量", "must")},
    ),
    (
        "省卫生健康委员会（以下简称省卫健委）负责指导全省工作。",
        {("省卫生健康委员会", "指导全省工作", "must")},
    ),
    # a closed list (甲和乙) defining a short name bears the duty member by member
    (
        "市文化局和市体育局（以下统称主管部门）负责指导场馆建设。",
        {("市文化局", "指导场馆建设", "must"), ("市体育局", "指导场馆建设", "must")},
    ),
    # a party a relative clause describes goes by the short name the bracket defines,
    # whether the clause opens the subject or a government before it is the clause's agent
    (
        "经营渡运业务的单位（以下简称渡运单位）应当建立安全台账。",
        {("渡运单位", "建立安全台账", "must")},
    ),
    (
        "省、市人民政府管理水利工作的部门（以下简称水利部门）负责本区域的河道管理工作。",
        {("水利部门", "本区域的河道管理工作", "must")},
    ),
    # what listed possessors have bears the duty, also when it is a topic before a comma
    (
        "村民委员会、物业公司以及企业事业单位的人民调解组织，应当及时调解邻里纠纷。",
        {("人民调解组织", "及时调解邻里纠纷", "must")},
    ),
    # a count opening a party's name is no part of it (names carry no quantifiers)
    ("每一届理事长需要签署年度报告。", {("理事长", "签署年度报告", "should")}),
    ("多家物流公司应当公示收费标准。", {("物流公司", "公示收费标准", "must")}),
    # nor is a word of quantity; 所有人 (the owner) stays one name
    ("不同的供应商应当提供发票。", {("供应商", "提供发票", "must")}),
    ("所有居民都有权提出修改意见。", {("居民", "提出修改意见", "may")}),
    ("所有人应当及时维修房屋。", {("所有人", "及时维修房屋", "must")}),
    ("企业必须要加强安全管理。", {("企业", "加强安全管理", "must")}),
    ("当养老机构发现老人身体不适时，应当及时通知家属。", {("养老机构", "及时通知家属", "must")}),
    ("这表明物业公司应当承担更多的维修义务。", {("物业公司", "承担更多的维修义务", "must")}),
    # 有…的义务 (GUIDELINES: 有…义务/责任): what stands between 有 and the duty noun is the duty
    (
        "物业公司有对公共设施进行定期维护的法律义务。",
        {("物业公司", "对公共设施进行定期维护的法律义务", "must")},
    ),
    ("这些问题有深层次的原因和责任。", set()),
    # 禁止他们…: the pronoun is the subject's, not part of the prohibited act
    (
        "退休官员离职后，禁止他们在相关企业兼职。",
        {("退休官员", "在相关企业兼职", "must_not")},
    ),
    # 应由 B…: the segmenter glues 由 to the modal; 甚至 coordinates parties
    (
        "发生争议时，应由甲方、乙方甚至监理单位共同进行论证。",
        {
            ("甲方", "共同进行论证", "must"),
            ("乙方", "共同进行论证", "must"),
            ("监理单位", "共同进行论证", "must"),
        },
    ),
    # 甲、乙等其他有关部门: the determiners leave the head bare, each word names a department
    (
        "公安、消防等其他有关部门应当加强检查。",
        {("公安部门", "加强检查", "must"), ("消防部门", "加强检查", "must")},
    ),
    # a generic class of persons is no stakeholder, unless a relative clause qualifies it
    ("任何单位和个人不得破坏公共设施。", set()),
    # a capacity phrase of a noun, a verb and a personnel head names a role (作为甲编写人员)
    (
        "作为标准编写人员，应当认识到标准的重要性。",
        {("标准编写人员", "认识到标准的重要性", "must")},
    ),
    # a 对-phrase right after the subject names the object of its act, even with a 的
    # inside (甲对受伤的乙应当…), and opens no relative clause of the subject
    ("物业公司对受灾的住户应当及时救助。", {("物业公司", "及时救助", "must")}),
    ("物业公司对住户应当及时救助。", {("物业公司", "及时救助", "must")}),
    # …nor is the public at large (公民), whom a rule addresses or encourages
    ("鼓励公民参加社区植树活动。", set()),
    ("公民和社区服务中心应当爱护公共绿地。", {("社区服务中心", "爱护公共绿地", "must")}),
    # 可以是 classifies (甲可以是乙), it permits nothing
    ("项目负责人可以是物业公司的员工，也可以是业主委员会的成员。", set()),
    # so do 可(以)分为/理解为/视为 and 可以认为 (one may say), and 可以被 is a passive
    ("物业公司可分为国有企业和民营企业两类。", set()),
    ("物业公司可以理解为业主的管家。", set()),
    ("物业公司可以被业主委员会解聘。", set()),
    # …nor an indefinite or relational person (对方, 另一方)
    ("尽管合同由物业公司拟定，但另一方有权提出修改意见。", set()),
    # …nor a generic body joined to bare persons (有关单位和个人): anyone at all
    ("相关单位和个人应当爱护公共绿地。", set()),
    ("其他任何单位或者人员不得占用消防通道。", set()),
    ("园林公司及有关单位和个人应当爱护公共绿地。", {("园林公司", "爱护公共绿地", "must")}),
    ("有关单位应当爱护公共绿地。", {("有关单位", "爱护公共绿地", "must")}),
    ("承办展会的单位应当制定安全预案。", {("承办展会的单位", "制定安全预案", "must")}),
    # …so is a bare person head (人员, 人)
    ("进入园区的人员应当佩戴工作证。", {("进入园区的人员", "佩戴工作证", "must")}),
    # …and a doer head (经营人): the clause is its name, and trades listed after one
    # verb of trade name one party each, alone or after other conjuncts
    (
        "提供冷库租赁服务的经营人，应当公示收费标准。",
        {("提供冷库租赁服务的经营人", "公示收费标准", "must")},
    ),
    (
        "从事快递分拣、电梯设备维修的经营人应当建立服务台账。",
        {
            ("从事快递分拣的经营人", "建立服务台账", "must"),
            ("从事电梯设备维修的经营人", "建立服务台账", "must"),
        },
    ),
    (
        "物流公司以及从事冷链仓储、车辆租赁的单位应当公开服务规范。",
        {
            ("物流公司", "公开服务规范", "must"),
            ("从事冷链仓储的单位", "公开服务规范", "must"),
            ("从事车辆租赁的单位", "公开服务规范", "must"),
        },
    ),
    # a doer head opening a list keeps its clause, which names no other conjunct
    (
        "从事渡口代办的经营人和物流公司应当建立服务台账。",
        {
            ("从事渡口代办的经营人", "建立服务台账", "must"),
            ("物流公司", "建立服务台账", "must"),
        },
    ),
    (
        "从事冷链仓储、车辆租赁的经营人以及物流公司名称发生变更的，应当办理变更登记。",
        {
            ("从事冷链仓储的经营人", "办理变更登记", "must"),
            ("从事车辆租赁的经营人", "办理变更登记", "must"),
            ("物流公司", "办理变更登记", "must"),
        },
    ),
    # …but persons doing several tasks stay one party, and a list summed up by 等 one kind
    (
        "从事样品登记、保管工作的人员应当接受培训。",
        {("从事样品登记、保管工作的人员", "接受培训", "must")},
    ),
    (
        "从事冷链仓储、车辆租赁等物流服务的单位应当公开服务规范。",
        {("从事冷链仓储、车辆租赁等物流服务的单位", "公开服务规范", "must")},
    ),
    # a doer the lexicon knows (企业) keeps its bare name: the nouns before 的 are the
    # trade the verb names, no class of the party
    ("从事冷链仓储业务的企业应当建立温度记录。", {("企业", "建立温度记录", "must")}),
    # in an object the clause names no bearer
    (
        "物流公司应当向提供检测服务的经营人通报情况。",
        {("物流公司", "向提供检测服务的经营人通报情况", "must")},
    ),
    # the party a possessor has is the subject, named whole (…的工作人员, …的管理层)
    (
        "物业公司的工作人员应当引导业主有序撤离。",
        {("物业公司的工作人员", "引导业主有序撤离", "must")},
    ),
    ("企业的管理层应当定期披露财务信息。", {("企业的管理层", "定期披露财务信息", "must")}),
    # …also when an adverb stands before the trigger
    ("企业的管理层也要定期披露财务信息。", {("企业的管理层", "定期披露财务信息", "should")}),
    # the law's generic classes of persons (自然人、法人和非法人组织) name no party; the
    # segmenter keeps 非法人组织 whole, so no 非法人 is read off it
    ("鼓励自然人、法人和非法人组织投资建设停车设施。", set()),
    # a chained clause of a want of approval (…，未经甲同意，…) frames the duty after it
    (
        "托管机构应当妥善保管档案，未经家长同意，不得向他人提供。",
        {("托管机构", "妥善保管档案", "must"), ("托管机构", "向他人提供", "must_not")},
    ),
    # adjectives alone after the modal say what a thing must be like (枕套应柔软干净): no
    # one's duty, also when the noun has no agent's ending; a person's manner is a duty
    ("枕套应柔软干净。", set()),
    # …nor the topic a subjectless duty after it goes on with
    ("枕套及毛毯应柔软干净，每日更换。换药前，应洗手消毒。", set()),
    ("陪护员应耐心细致。", {("陪护员", "耐心细致", "must")}),
    # a verb modifies 医师 after a coordinator that follows a party's head (甲及接诊医师),
    # not as a predicate's object (配合医师)
    (
        "护士及接诊医师核对无误后，应帮助老人离开诊室。",
        {("护士", "帮助老人离开诊室", "must"), ("接诊医师", "帮助老人离开诊室", "must")},
    ),
    # a document's verb of saying after an adverb (报告最后建议…) still reports the rule
    (
        "审查报告最后建议登记事务处应尽快修订工作指引。",
        {("登记事务处", "尽快修订工作指引", "must")},
    ),
    # a part after ； whose duty went on with its party hands it to the next sentence
    (
        "报告建议区民政局应检讨安排；以至引入新的技术。同时必须改善其仓储系统。",
        {
            ("区民政局", "检讨安排", "must"),
            ("区民政局", "以至引入新的技术", "must"),
            ("区民政局", "改善其仓储系统", "must"),
        },
    ),
    # a modal and an adverb the dictionary lists only by chance (可先) are two words
    ("分馆可先将旧书移至二楼。", {("分馆", "先将旧书移至二楼", "may")}),
    # a system of responsibility (岗位负责制) is a noun, no one's charge; 负责|制定 is one
    ("物业公司改革是岗位负责制的重要内容之一，涉及面广。", set()),
    ("物业公司负责制定维修计划。", {("物业公司", "制定维修计划", "must")}),
    # 各 glued to the first of a list of levels (各市、县…) opens the list, as without 各
    (
        "各市、县（市、区）民政部门要加强督查。",
        {("市民政部门", "加强督查", "should"), ("县（市、区）民政部门", "加强督查", "should")},
    ),
    # a thing 由 its bearer carries after a chain (…，恢复费用由甲承担) is that party's
    # burden, no act the chain's party is told; what a fund is used for is no further act
    (
        "住户可以自行维修，拆除和恢复费用由住户承担。",
        {("住户", "自行维修", "may"), ("住户", "拆除和恢复费用", "must")},
    ),
    (
        "区政府应当设立养老补贴资金，专项用于补贴护理机构。",
        {("区政府", "设立养老补贴资金", "must")},
    ),
    # the last item of a list closed by 等 holds the list's last joiner (甲、乙和丙等部门),
    # unless it names one field a department covers (文化和旅游)
    (
        "教育、民政和体育等部门应当加强巡查。",
        {
            ("教育部门", "加强巡查", "must"),
            ("民政部门", "加强巡查", "must"),
            ("体育部门", "加强巡查", "must"),
        },
    ),
    (
        "教育、公安、市场监督管理和交通运输等部门应当加强巡查。",
        {
            ("教育部门", "加强巡查", "must"),
            ("公安部门", "加强巡查", "must"),
            ("市场监督管理部门", "加强巡查", "must"),
            ("交通运输部门", "加强巡查", "must"),
        },
    ),
    (
        "教育、文化和旅游等部门应当加强巡查。",
        {("教育部门", "加强巡查", "must"), ("文化和旅游部门", "加强巡查", "must")},
    ),
    # a remedy or formula ends in the ending of sides (方) and names no party (偏方, 秘方)
    ("含有甲类成分的秘方不得使用。", set()),
    # a topic told by a verb of telling and a pronoun (甲体温高，应嘱其…) is the one told,
    # not the one who tells; a subject of its own tells
    ("本例老人体温偏高，应嘱其多饮温水。", set()),
    ("护理员应嘱其多饮温水。", {("护理员", "嘱其多饮温水", "must")}),
    # 每 and a classifier of persons or bodies (每位, 每一名) determine the subject, 每个
    # only before a name with an agent's ending (it counts things as often); a span of
    # time (每学期) does not
    ("每位陪诊人士都应当佩戴工作证。", {("每位陪诊人士", "佩戴工作证", "must")}),
    ("每一名陪诊人士都应当佩戴工作证。", {("陪诊人士", "佩戴工作证", "must")}),
    ("每学期不得少于两次。", set()),
    ("每个调解中心都不能拒绝受理。", {("每个调解中心", "拒绝受理", "must_not")}),
    ("每个最小包装盒内均应附有说明书。", set()),
    # …and when it acts each time in a topic clause before the trigger (…每完成一项…)
    (
        "物业公司的保洁员每完成一次清扫，都需要及时登记。",
        {("物业公司的保洁员", "及时登记", "should")},
    ),
    # a company named after an institute keeps the 所 the segmenter cut off (…清算|所|
    # 股份有限公司), and a treasury at each level is a body
    (
        "甲市票据清算所股份有限公司要简化业务流程。",
        {("甲市票据清算所股份有限公司", "简化业务流程", "should")},
    ),
    ("各级国库要及时办理退库。", {("各级国库", "及时办理退库", "should")}),
    # a list of everyday nouns before 等 and a label of parties with its determiner
    # (各类主体) names each party
    (
        "家政、物业等各类主体应当参与社区服务。",
        {("家政", "参与社区服务", "must"), ("物业", "参与社区服务", "must")},
    ),
    # a park of industry is run by a body that acts (甲产业园, 乙工业园区)
    (
        "甲市医疗器械产业园应当建立入园企业台账。",
        {("甲市医疗器械产业园", "建立入园企业台账", "must")},
    ),
    ("各产业园区要做好安全生产工作。", {("各产业园区", "做好安全生产工作", "should")}),
    # a list of everyday nouns a directive addresses, as examples (甲、乙等) or joined by
    # 、, bears the act each; 甲和乙 + a verb as often joins things, and names no one
    (
        "鼓励商场、家居卖场等设置休息座椅。",
        {("商场", "设置休息座椅", "should"), ("家居卖场", "设置休息座椅", "should")},
    ),
    (
        "鼓励企业、家居卖场等设置休息座椅。",
        {("企业", "设置休息座椅", "should"), ("家居卖场", "设置休息座椅", "should")},
    ),
    ("禁止墓穴和骨灰存放格位的买卖活动。", set()),
    # an encouragement that opens a later clause of a sentence the writer's directive
    # opens is the writer's too: the chain of measures goes on
    (
        "支持行业协会制定服务标准，鼓励物业公司提供上门维修服务。",
        {("物业公司", "提供上门维修服务", "should")},
    ),
    # a party inside a relative clause with no head (符合…条件的可…) is its object, no
    # subject: the clause's topic bears the leave
    (
        "物业公司在招聘前，符合开设单位专户条件的可申请补贴。",
        {("物业公司", "申请补贴", "may")},
    ),
    # …and when it acts in a condition of its own, which hands it the duty after it
    (
        "物业公司的工作人员发现险情的，应当及时报告。",
        {("物业公司的工作人员", "及时报告", "must")},
    ),
    (
        "市、区学校的教职工符合申请条件的，可以申请补贴。",
        {("教职工", "申请补贴", "may")},
    ),
    # 禁止 after a content verb or a preposition names a kind of thing; after a verb
    # taking a verb phrase it still forbids
    (
        "图书馆应当在馆内划定禁止吸烟区域，设置禁止吸烟标志。",
        {
            ("图书馆", "在馆内划定禁止吸烟区域", "must"),
            ("图书馆", "设置禁止吸烟标志", "must"),
        },
    ),
    (
        "商场应当对在禁止停车区域内的车主予以劝阻。",
        {("商场", "对在禁止停车区域内的车主予以劝阻", "must")},
    ),
    ("市政府决定禁止销售烟花。", {("市政府", "销售烟花", "must_not")}),
    # a subjectless need of parties lays the act on them, after a connective too
    (
        "因此需要物业公司介入，调解邻里纠纷。",
        {("物业公司", "介入", "should"), ("物业公司", "调解邻里纠纷", "should")},
    ),
    # 应对 after a preposition is the verb "cope with", not 应 + a 对-phrase
    ("建议相关部门借鉴国际上将应对气候变化加以重视的经验。", set()),
    # divisions joined by 和 share the name after them, as with 、
    (
        "市和区民政部门应当定期走访独居老人。",
        {("市民政部门", "定期走访独居老人", "must"), ("区民政部门", "定期走访独居老人", "must")},
    ),
    # a compound division (区县, 乡镇) is one level that shares the name after it
    (
        "县和乡镇人民政府应当定期走访独居老人。",
        {("县人民政府", "定期走访独居老人", "must"), ("乡镇人民政府", "定期走访独居老人", "must")},
    ),
    (
        "市、区县民政部门应当定期走访独居老人。",
        {("市民政部门", "定期走访独居老人", "must"), ("区县民政部门", "定期走访独居老人", "must")},
    ),
    # police officers are persons by role (民警, 警察)
    (
        "民警和商场保安人员应当及时疏散人群。",
        {("民警", "及时疏散人群", "must"), ("商场保安人员", "及时疏散人群", "must")},
    ),
    # 应当有权 grants a right: the permission of 有权 decides, not the 应当 before it
    ("居民应当有权查阅社区账目。", {("居民", "查阅社区账目", "may")}),
    # 应 opening an accounting noun (应纳税所得额, 应付账款) is no modal
    ("小微企业的扣除标准一般都在应纳税所得额的百分之十以上。", set()),
    # an adverb of emphasis may open the clause before the verb of saying
    ("突出强调物业公司有义务维护公共设施。", {("物业公司", "维护公共设施", "must")}),
    # several parties a possessor has bear the duty each, named as written after 的
    (
        "老人的子女或者其他赡养人应当定期探望老人。",
        {("子女", "定期探望老人", "must"), ("其他赡养人", "定期探望老人", "must")},
    ),
    # a verb of saying or judging is no part of a name; the reported subject bears the duty
    ("学者提出养老机构应当建立评估制度。", {("养老机构", "建立评估制度", "must")}),
    # a cited text or article reports the rule of the party after its 规定; an author's
    # view of a thing reports none
    (
        "《社区管理条例》中规定物业公司应当定期公示账目。",
        {("物业公司", "定期公示账目", "must")},
    ),
    ("该公约第三条规定缔约方必须提交年度报告。", {("缔约方", "提交年度报告", "must")}),
    ("笔者认为健全制度的现实路径应包括三点。", set()),
    ("精准评价物业的责任需要考虑多种因素。", set()),
    # 应 + a party + 之邀: "at the invitation of", no modal
    ("专家应市政府之邀参加论证。", set()),
    # 应 + a party + (的) + a noun of asking: "at the request of"; a preposition or a verb
    # after 应 keeps the modal
    ("某公司已应区政府要求，委任独立顾问开展调查。", set()),
    ("专家组应主办单位的邀请，出席评审会。", set()),
    ("甲公司应按照乙方的要求提供资料。", {("甲公司", "按照乙方的要求提供资料", "must")}),
    ("物业公司应满足业主要求。", {("物业公司", "满足业主要求", "must")}),
    # 需要 + 时间 is a need of time, no duty
    ("某公司需要时间核实数据，希望公众理解。", set()),
    # a speaker's name glued to a one-character verb of saying (某某指，…; 某署续，…)
    # reports the duty of the party named after it and bears none
    ("王某某指，承建商应当保存施工纪录。", {("承建商", "保存施工纪录", "must")}),
    # a person by name acts in relations but bears no duty row; a thing carried bears none
    ("林若谷认为，区政府应当公开账目。", {("区政府", "公开账目", "must")}),
    ("林若谷应当提交材料。", set()),
    # a modal inside a view binds only the party the view names: the one who holds the
    # view (觉得, 认同, 反映) bears none of it, a view that names no party lays nothing on
    # anyone, and a view held by a share of a group (六成受访者认为…) is a survey's finding
    ("物业公司则觉得大家须一起缴费。", set()),
    ("业主委员会觉得有责任维护公共设施，有责任监督物业公司。", set()),
    (
        "物业公司应当定期开会。多数业主觉得有责任维护公共设施，有责任监督物业公司。",
        {("物业公司", "定期开会", "must")},
    ),
    ("研究者普遍认同在试点中需要取得居民同意。", set()),
    ("施工单位反映也应当延长工期。", set()),
    ("某大学教授在会上发表观点，认为该项目的资金不应挪作他用。", set()),
    ("六成受访者认为区政府应当承担维修费用。", set()),
    ("62%的受访者认为区政府应当承担维修费用。", set()),
    ("多数业主认为物业公司应当公开账目。", set()),
    (
        "物业公司应当公示账目，业主要求保密或者区政府认为应当保密的除外。",
        {("物业公司", "公示账目", "must")},
    ),
    # a verb of belief chained after the party's own modal is a duty like any other
    (
        "物业公司应当充分认同业主的意见，相信业主能够监督。",
        {
            ("物业公司", "充分认同业主的意见", "must"),
            ("物业公司", "相信业主能够监督", "must"),
        },
    ),
    # a named voice's or the study's own view binds the party it names
    ("张教授认为物业公司应当公开账目。", {("物业公司", "公开账目", "must")}),
    (
        "本共识认为社区医生应为独居老人提供上门随访。",
        {("社区医生", "为独居老人提供上门随访", "must")},
    ),
    (
        "本文通过分析认为物业公司应该公开维修资金账目。",
        {("物业公司", "公开维修资金账目", "must")},
    ),
    ("托运的箱包应当单独过磅。", set()),
    ("某某署续，监理公司应当在三日内提交报告。", {("监理公司", "在三日内提交报告", "must")}),
    # 需要 + a preposition of the party addressed: an act even with a noun-tagged verb
    ("某监理公司需要向上级报告。", {("某监理公司", "向上级报告", "should")}),
    ("该项目需要对社区的持续投入。", set()),
    (
        "某手册指出：全科医生需要与患者同心协力，应关注患者安全。",
        {("全科医生", "与患者同心协力", "should"), ("全科医生", "关注患者安全", "must")},
    ),
    # a clause reporting what the party did not or could not do ends the chain of duties
    (
        "某署称，监理公司需要向施工方收集资料，未能在月底提交报告。",
        {("监理公司", "向施工方收集资料", "should")},
    ),
    # classification, questions under discussion and a modal in a relative clause are no duties
    ("平台应当履行的义务包括审核义务。", set()),
    ("该行为应当认定为违约行为。", set()),
    ("物业公司应当承担何种赔偿义务？", set()),
    ("物业公司是否应当承担维修费用？", set()),
    ("物业公司应当明确如何处理投诉。", {("物业公司", "明确如何处理投诉", "must")}),
    # parties known by their endings only: …主体, …客, …部, firms and associations
    ("行政主体应当依法公开执法信息。", {("行政主体", "依法公开执法信息", "must")}),
    (
        "访客应当遵守参观秩序，不得喧哗。",
        {("访客", "遵守参观秩序", "must"), ("访客", "喧哗", "must_not")},
    ),
    ("安保部应当加强夜间巡逻。", {("安保部", "加强夜间巡逻", "must")}),
    ("某某县委网信办应当加强网络巡查。", {("某某县委网信办", "加强网络巡查", "must")}),
    ("某某科技有限公司应当建立投诉机制。", {("某某科技有限公司", "建立投诉机制", "must")}),
    # in an essay, 要 right after a named party recommends; a question or concession does not
    (
        "居民要节约用水，爱护公共设施。",
        {("居民", "节约用水", "should"), ("居民", "爱护公共设施", "should")},
    ),
    ("物业公司要半小时内到场吗？", set()),
    # …and so does 要 after the party's conduct and a marker numbering the step
    ("物业公司的运营首先要遵守消防规定。", {("物业公司", "遵守消防规定", "should")}),
    # …and so does 要 after the comma that closes its topic party
    ("特别是从外地迁来的企业，要加快技术改造。", {("企业", "加快技术改造", "should")}),
    ("社区干部在走访群众时，一定要耐心倾听。", {("社区干部", "耐心倾听", "should")}),
    ("即使一些业主发现问题，也要花很多时间投诉。", set()),
    # a directive inside a story describes; a purpose opener with 以 is a purpose
    ("有的商家利用模糊的提示引导顾客继续消费。", set()),
    ("物业公司应当公示收费标准，以示公开。", {("物业公司", "公示收费标准", "must")}),
    # an everyday noun whose modal follows after a comma is the subject (X在…中，有权…)
    ("村委会在日常工作中，有权调解邻里纠纷。", {("村委会", "调解邻里纠纷", "may")}),
    # 由 X 负责 V: X bears the predicate, not the topic before 由
    ("县里由水利局负责组织防汛演练。", {("水利局", "组织防汛演练", "must")}),
    # a province or a city is a place, not a party: its bodies, named by their heads, bear
    # duties; a country standing alone as the subject acts as a polity (as annotators of
    # papers on international affairs read 甲国应…)
    ("河北省必须加快产业转型。", set()),
    ("法国应当鼓励企业创新。", {("法国", "鼓励企业创新", "must")}),
    ("河北省政府必须加快产业转型。", {("河北省政府", "加快产业转型", "must")}),
    # a clause whose noun subject has or contains something comments, it is no chained duty
    (
        "社区医生应当定期随访老人，病历档案具有重要的参考价值。",
        {("社区医生", "定期随访老人", "must")},
    ),
    (
        "物业公司应当公示收费标准，其中包括停车费的计算方法。",
        {("物业公司", "公示收费标准", "must")},
    ),
    (
        "物业公司应当采取有效措施，防止事故发生。",
        {("物业公司", "采取有效措施", "must"), ("物业公司", "防止事故发生", "must")},
    ),
    # 承担 + 职责 is a duty like 承担 + 责任; the aspect particle 着 is no part of the duty
    (
        "物业公司承担着小区安全管理的职责。",
        {("物业公司", "承担着小区安全管理的职责", "must")},
    ),
    ("物业公司承担着小区安全管理的责任。", {("物业公司", "小区安全管理", "must")}),
    # a clause ending in a word like 目的 (not the particle 的) is no condition
    (
        "物业公司应当将维修资金用于公益目的，并定期公示账目。",
        {("物业公司", "将维修资金用于公益目的", "must"), ("物业公司", "定期公示账目", "must")},
    ),
    # a directive whose party owns the thing directed (鼓励 X 的发展) gives X no act
    ("鼓励社会组织的发展。", set()),
    ("禁止物业公司的员工收取红包。", set()),
    # a capacity clause (作为 X，…) names the subject of the duties after it
    ("作为监管者，要严格执法。", {("监管者", "严格执法", "should")}),
    # a connective may open the capacity clause, also with no comma before the modal
    ("因此作为监管者应当严格执法。", {("监管者", "严格执法", "must")}),
    ("作为一项长期任务，要持续推进。", set()),
    # a chained clause opened by a party's name whose first word is a verb (巡逻民警) and
    # its own modal names a new subject; a verb of telling and its object do not
    (
        "所长要合理排班，而巡逻民警应佩戴执法记录仪。",
        {("所长", "合理排班", "should"), ("巡逻民警", "佩戴执法记录仪", "must")},
    ),
    (
        "馆方应当公示规则，并告知读者可以续借。",
        {("馆方", "公示规则", "must"), ("馆方", "告知读者可以续借", "must")},
    ),
    # a verb of caring for a party and its object (体谅顾客) is a predicate, no name
    ("体谅顾客，也要体谅自己。", set()),
    # 按要求 "as required" is an adverbial: 要求 after a preposition directs no one
    (
        "各街道应当加强巡查，按要求组织志愿者参与值守。",
        {("各街道", "加强巡查", "must"), ("各街道", "按要求组织志愿者参与值守", "must")},
    ),
    # 只有…，才… states a condition of success, no further duty of the chain
    (
        "调解员要耐心倾听，只有赢得双方信任，才能化解矛盾。",
        {("调解员", "耐心倾听", "should")},
    ),
    # a run-in label of a party's duties names the party as a subject before a modal
    # would, also one the segmenter splits (受|捐助者)
    (
        "③ 受捐助者的义务：结项时，应该公开资金用途，可以申请延期；",
        {("受捐助者", "公开资金用途", "must"), ("受捐助者", "申请延期", "may")},
    ),
    # a denied necessity before a verb of bearing lifts the burden: no duty, and no
    # party read from the object of 对
    ("在这种情况下，商户不需要对顾客的损失承担责任。", set()),
    ("此时，房东无需对租客的损失承担赔偿责任。", set()),
    ("保管人不必为寄存物的自然损耗负责，但应当妥善保管。", {("保管人", "妥善保管", "must")}),
    # 现行 "current" ends in the 行 of banks but names no one
    ("现行以社区为主的收费模式不能满足居民需求，迫切需要改革。", set()),
    # a closing clause opened by the causative 让 states the result, as one by 使 does
    (
        "社区医院应当简化挂号流程，让老年患者能尽快就诊。",
        {("社区医院", "简化挂号流程", "must")},
    ),
    # an emphatic reflexive after the party (作为 X 本人) is the party itself
    ("作为驾驶员本人，应定期检查车辆。", {("驾驶员", "定期检查车辆", "must")}),
    ("作为出版社自身，要严格审核选题。", {("出版社", "严格审核选题", "should")}),
    # a derived abstract noun names a quality, not a party; a lexical word keeps its reading
    ("经济性：要充分考虑财政的承受能力，合理测算成本。", set()),
    ("服务的透明度应当进一步提高。", set()),
    ("女性应当定期参加体检。", {("女性", "定期参加体检", "must")}),
    # numbering of every style is cut off the party; 一是/二是 points are items of the lead-in
    ("④家长应当监督孩子上网时间。", {("家长", "监督孩子上网时间", "must")}),
    ("3.2 物业公司应当定期检修电梯。", {("物业公司", "定期检修电梯", "must")}),
    ("3.2. 物业公司应当定期检修电梯。", {("物业公司", "定期检修电梯", "must")}),
    (
        "4.1. 业主装修房屋的，应当事先告知物业公司。",
        {("业主", "事先告知物业公司", "must")},
    ),
    (
        "学校要做好以下工作：一是加强校园巡查；二是完善应急预案。",
        {("学校", "加强校园巡查", "should"), ("学校", "完善应急预案", "should")},
    ),
    # a verb before an organisation ending modifies it (征信 + 中心, 使用 + 单位)
    (
        "某市征信中心、物业公司应当核实信息。",
        {("某市征信中心", "核实信息", "must"), ("物业公司", "核实信息", "must")},
    ),
    ("电梯使用单位应当定期检修电梯。", {("电梯使用单位", "定期检修电梯", "must")}),
    # a no-break space after an article number does not hide the party after it
    (
        "第十二条\u00a0某某征信中心、物业公司应当核实信息。",
        {("某某征信中心", "核实信息", "must"), ("物业公司", "核实信息", "must")},
    ),
    # a modal before a verb of noticing is the author's aside (也应注意到，…), not a duty
    ("平台发展很快。同时也应注意到，部分平台存在漏洞。", set()),
    ("我们要看到，企业承担了大量成本。", set()),
    ("经营者应当注意保护消费者隐私。", {("经营者", "注意保护消费者隐私", "must")}),
    # a document or a consideration says or weighs; it bears nothing (委托书必须写明…)
    ("委托书必须写明委托事项和期限。", set()),
    ("伦理问题的考量应当基于科学证据。", set()),
    ("受托人必须写明委托事项和期限。", {("受托人", "写明委托事项和期限", "must")}),
    # a body's name the dictionary takes for a set phrase (…控制中心), and a list's 等
    # glued to the one-character ending before it (…保健院等应…), still name the parties
    (
        "某市疾病预防控制中心、某区妇幼保健院等应加强疫情监测。",
        {
            ("某市疾病预防控制中心", "加强疫情监测", "must"),
            ("某区妇幼保健院", "加强疫情监测", "must"),
        },
    ),
    # 应该已经: what someone has presumably done by now, no duty
    ("一些大型企业应该已经意识到这一风险。", set()),
    # a modal the segmenter glues to an unknown verb after it (应倒查) is a trigger still,
    # and the party before it ends there
    (
        "各级住建部门应倒查企业隐患报告工作落实情况。",
        {("各级住建部门", "倒查企业隐患报告工作落实情况", "must")},
    ),
    # a preposition the segmenter glues to the modal (应从) leaves the modal a trigger
    (
        "物业公司应从业主需求出发，梳理服务内容。",
        {("物业公司", "从业主需求出发", "must"), ("物业公司", "梳理服务内容", "must")},
    ),
    # 甲政府负责乙工作的部门: the body a government charges is one party, and 负责 in its
    # name states no duty of the government
    (
        "甲市人民政府负责养老服务的部门应当建立投诉渠道。",
        {("甲市人民政府负责养老服务的部门", "建立投诉渠道", "must")},
    ),
    ("甲市人民政府负责养老服务的部门对养老机构进行监督检查。", set()),
    ("甲市人民政府负责本地区的养老服务。", {("甲市人民政府", "本地区的养老服务", "must")}),
    # levels of government listed before one charged body each have it, and a frame
    # between the body and its modal leaves 负责 in the name
    (
        "市级、县级人民政府负责文物保护的部门根据工作安排，可以组织开展古建筑巡查。",
        {
            ("市级人民政府负责文物保护的部门", "组织开展古建筑巡查", "may"),
            ("县级人民政府负责文物保护的部门", "组织开展古建筑巡查", "may"),
        },
    ),
    # a directive addresses a list whose first name holds a verb (集中), up to their act;
    # not a list a verb opens, nor one without such a verb
    (
        "鼓励二手车集中交易市场开办者、车展主办者公开车辆检测报告。",
        {
            ("二手车集中交易市场开办者", "公开车辆检测报告", "should"),
            ("车展主办者", "公开车辆检测报告", "should"),
        },
    ),
    ("鼓励充分调动行业协会和志愿组织积极性，推动垃圾分类。", set()),
    # the persons a listed possessor has bear the duty a preposition's frame comes before
    (
        "养老机构、护理站的法定代表人、主要负责人对服务安全全面负责。",
        {
            ("法定代表人", "对服务安全全面负责", "must"),
            ("主要负责人", "对服务安全全面负责", "must"),
        },
    ),
    # a charge whose object runs on past the body's head is no body's name (…机构建设)
    ("负责本单位的安全机构建设应当加强。", set()),
    # without a government before it the charged body is still one party
    (
        "负责河道管理的部门应当定期清理河道。",
        {("负责河道管理的部门", "定期清理河道", "must")},
    ),
    # after a complete name a verb opens the predicate, even before another name
    # (大型企业|支付|民营企业款项), while before a bare ending it names a body (征信中心)
    (
        "物业公司和大型企业迟延支付民营企业款项的，应当赔偿损失。",
        {("物业公司", "赔偿损失", "must"), ("大型企业", "赔偿损失", "must")},
    ),
    # 甲与乙、丙订立合同时，应当…: the partners of a comitative 与 bear nothing, unless a
    # collective (双方) names them all
    (
        "物业公司与业主、租户订立合同时，应当主动告知收费标准。",
        {("物业公司", "主动告知收费标准", "must")},
    ),
    (
        "物业公司与业主协议设立维修基金的，双方应当约定使用办法。",
        {("物业公司", "约定使用办法", "must"), ("业主", "约定使用办法", "must")},
    ),
    # a straight quote closes a curly one, and an unclosed quote hides no clause
    (
        '业主认可了“共管"规则，物业公司要清理垃圾，以确保环境整洁。',
        {("物业公司", "清理垃圾", "should")},
    ),
    (
        "业主认可了“共管规则，物业公司要清理垃圾，以确保环境整洁。",
        {("物业公司", "清理垃圾", "should")},
    ),
    # a subjectless need of parties to act lays the act on them (…，需要甲和乙共同…);
    # a need of a party's thing stays none
    (
        "社区安全涉及面广，需要物业公司、业主和保安人员共同维护。",
        {
            ("物业公司", "共同维护", "should"),
            ("业主", "共同维护", "should"),
            ("保安人员", "共同维护", "should"),
        },
    ),
    ("退出该模式，需要家长进行验证。", {("家长", "进行验证", "should")}),
    # in such a list a broad actor (国家, 社会) is a party beside named ones, and 等多方
    # closes the list; a clause of level (…层面，) names no party
    (
        "乡村振兴涉及面广，需要国家、银行和合作社共同推动。",
        # (国家, generic alone, gives a row as a conjunct of the needed parties)
        {
            ("国家", "共同推动", "should"),
            ("银行", "共同推动", "should"),
            ("合作社", "共同推动", "should"),
        },
    ),
    (
        "区县层面，需要街道办事处、物业公司、社会等多方筹集经费。",
        {
            ("街道办事处", "筹集经费", "should"),
            ("物业公司", "筹集经费", "should"),
            ("社会", "筹集经费", "should"),
        },
    ),
    ("区县层面，要完善养老服务平台。", set()),
    # a broad actor coordinated with a named party in a subject is a bearer of the list
    # (in the clause, or opening a condition the duty follows); a list of broad actors
    # alone, or one owning a thing (国家和社会的发展), names none
    (
        "国家、学校和家长在开展劳动教育时，需要加强沟通。",
        {
            ("国家", "加强沟通", "should"),
            ("学校", "加强沟通", "should"),
            ("家长", "加强沟通", "should"),
        },
    ),
    (
        "学校、家庭和社会应当共同关心青少年的心理健康。",
        {
            ("学校", "共同关心青少年的心理健康", "must"),
            ("家庭", "共同关心青少年的心理健康", "must"),
            ("社会", "共同关心青少年的心理健康", "must"),
        },
    ),
    (
        "医院和社会都要关注独居老人。",
        {("医院", "关注独居老人", "should"), ("社会", "关注独居老人", "should")},
    ),
    ("国家和社会应当关注老人。", set()),
    ("国家和社会的发展需要企业承担更多责任。", {("企业", "承担更多责任", "should")}),
    # a need of persons a relative clause of having or knowing describes (需要具备…的
    # 人才) is no act; a verb acting on them (需要培养…的人才) is
    ("物业公司需要熟悉设备维护的专业人员。", set()),
    (
        "物业公司需要培养熟悉设备维护的专业人员。",
        {("物业公司", "培养熟悉设备维护的专业人员", "should")},
    ),
    # a modal whose last character opens an idiom (应|当仁不让, 应|当机立断) is the modal
    # before it; 应|当事人要求 reads "at the request of"
    (
        "物业公司应当机立断，启动应急预案。",
        {("物业公司", "当机立断", "must"), ("物业公司", "启动应急预案", "must")},
    ),
    ("物业公司应当事人要求出具证明。", set()),
    # 要 before an adjective and 得多 compares, it recommends nothing; 一点 may close a
    # recommendation
    ("与保洁员相比，物业经理要辛苦得多。", set()),
    ("物业公司要做得更好一点。", {("物业公司", "做得更好一点", "should")}),
    # a verb of ability the dictionary tags as a noun (无法) opens a predicate, no party
    ("在跨部门的团队中，无法通过行政手段管理，需要通过文化建设统一思想。", set()),
    # 这需要… with no party after it: what the situation before needs, no duty of the
    # party the sentence opened with
    ("物业公司的长远目标是建成智慧社区，这需要建立稳定的志愿者队伍。", set()),
    # 这需要甲…: the situation (这) needs the party to act
    ("这需要护林员对火情保持很高的警觉。", {("护林员", "对火情保持很高的警觉", "should")}),
    ("这项工作需要物业公司的支持。", set()),
    # a party modifying a thing that heads the whole subject bears nothing (儿童|模式的…)
    ("儿童模式的页面设计应当简洁。", set()),
    # a list closed by 等 + a subject label (等市场主体) names each item a party
    (
        "移动终端、应用软件和分发平台等市场主体均应当加强管理。",
        {
            ("移动终端", "加强管理", "must"),
            ("应用软件", "加强管理", "must"),
            ("分发平台", "加强管理", "must"),
        },
    ),
    # one item before 等 + a label is an example of the class the text binds
    ("景区等责任主体应当及时发布预警信息。", {("责任主体", "及时发布预警信息", "must")}),
    # alternatives in brackets completing a word name one party each (see below); a
    # division glossed by other divisions names one level of government, kept whole
    (
        "乡（镇）人民政府、物业公司应当组织居民开展活动。",
        {
            ("乡（镇）人民政府", "组织居民开展活动", "must"),
            ("物业公司", "组织居民开展活动", "must"),
        },
    ),
    (
        "居（村）民委员会应当召集业主会议。",
        {("居民委员会", "召集业主会议", "must"), ("村民委员会", "召集业主会议", "must")},
    ),
    # a bracket of one- or two-character alternatives to a name's head (厂（场）,
    # 中心（站）) belongs to the name, as subject and in a list; one naming a party
    # again (甲方（买方）) stays out of it
    ("肉品加工厂（场）应当建立检验制度。", {("肉品加工厂（场）", "建立检验制度", "must")}),
    (
        "养殖户、肉品加工厂（场）和经营户应当遵守防疫规定。",
        {
            ("养殖户", "遵守防疫规定", "must"),
            ("肉品加工厂（场）", "遵守防疫规定", "must"),
            ("经营户", "遵守防疫规定", "must"),
        },
    ),
    (
        "街道养老服务中心（站）应当提供助餐服务。",
        {("街道养老服务中心（站）", "提供助餐服务", "must")},
    ),
    ("甲方（买方）应当按期付款。", {("甲方", "按期付款", "must")}),
    # a party named right before a body's name that runs to the trigger says whom the body
    # serves: one name (残疾人|就业服务机构)
    ("残疾人就业服务机构应当提供职业指导。", {("残疾人就业服务机构", "提供职业指导", "must")}),
    ("退役军人公共就业服务机构应当提供咨询。", {("退役军人公共就业服务机构", "提供咨询", "must")}),
    # the place of an act opens a bracketed name as it opens a plain one (事故发生地县…)
    (
        "事故发生地县（市）公安机关可以书面通知保险机构。",
        {("事故发生地县（市）公安机关", "书面通知保险机构", "may")},
    ),
    # a factory the dictionary reads as a personal name (…厂) is a body all the same
    ("定点毛巾厂应当按期缴纳排污费。", {("定点毛巾厂", "按期缴纳排污费", "must")}),
    # before a longer name (a modifier and a head) they gloss one kind of place
    (
        "居（村）民健身活动中心应当免费开放。",
        {("居（村）民健身活动中心", "免费开放", "must")},
    ),
    # a list of cases closed by 等情形 in a condition names no party: the subject bears it
    (
        "物业公司出现停业、转让等情形导致服务中断的，应当及时告知业主。",
        {("物业公司", "及时告知业主", "must")},
    ),
    # a party acting in a condition after another party's duty or topic bears the
    # subjectless duty after it; a party inside a judgement (…是不够的) or a list (如甲、乙)
    # does not, and a body part (手部) is no party
    (
        "由于各地区垃圾种类的差异性显著存在，因而物业公司无法对分类方式作出统一的要求，"
        "并且业主在选择适合的回收站点投放垃圾时，需要遵守回收站点的分类要求。",
        {("业主", "遵守回收站点的分类要求", "should")},
    ),
    (
        "业主委员会应当公开账目，首先物业公司和业主在签订合同后，应当按约定缴纳费用。",
        {
            ("业主委员会", "公开账目", "must"),
            ("物业公司", "按约定缴纳费用", "must"),
            ("业主", "按约定缴纳费用", "must"),
        },
    ),
    (
        "学校应当开设课程，仅仅聘用有经验的教师是不够的，还应当完善培训制度。",
        {("学校", "开设课程", "must"), ("学校", "完善培训制度", "must")},
    ),
    (
        "护理人员在进行换药操作时，若手部皮肤存在破损时，必须戴双层手套。",
        {("护理人员", "戴双层手套", "must")},
    ),
    # 双方 after a condition naming two parties, as subject and as object, stands for both
    (
        "物业公司为业主委员会提供保洁服务的，双方应当协商确定服务费用。",
        {("物业公司", "协商确定服务费用", "must"), ("业主委员会", "协商确定服务费用", "must")},
    ),
    # a clause of parties alone, then the trigger's own group: all bear the duty
    (
        "区林业局与水务局，林场与护林站应当建立联防制度。",
        {(party, "建立联防制度", "must") for party in ("区林业局", "水务局", "林场", "护林站")},
    ),
    # (not a capacity clause before the subject)
    (
        "作为行业自律组织，养蜂协会要制定养殖规范。",
        {("养蜂协会", "制定养殖规范", "should")},
    ),
    # a list of parties runs on over commas up to its last conjunct before the trigger
    (
        "环保、交通等部门，工会、妇女联合会，以及街道办事处应当协同做好养犬工作。",
        {
            (party, "协同做好养犬工作", "must")
            for party in ("环保部门", "交通部门", "工会", "妇女联合会", "街道办事处")
        },
    ),
    # a step number right before the modal (一是要…) is no party
    ("一是要公开物业账目。", set()),
    # couples and spouses are persons: 夫妻, 夫妇, 配偶 end a party's name
    (
        "新婚夫妻、物业公司应当参加社区培训。",
        {("新婚夫妻", "参加社区培训", "must"), ("物业公司", "参加社区培训", "must")},
    ),
    # a demonstrative before a name points back at the party just named (该委员会 is the
    # 航运协调委员会 set up); one naming a kind (这样一个) is dropped, resolved to none
    (
        "甲国于去年设立了航运协调委员会，该委员会负责协调各方的行动。",
        {("航运协调委员会", "协调各方的行动", "must")},
    ),
    ("这样一个委员会应当对上级负责。", {("委员会", "对上级负责", "must")}),
    ("此类机构须公开收费标准。", {("机构", "公开收费标准", "must")}),
    # a compound ending in a word that names a state or an act (卫生, 宣教) is a field
    ("因此，在社区工作中，环境卫生应当常抓不懈。", set()),
    # a word glued from a noun and a finding or saying verb (结果表明, 关键在于) states a
    # finding or a verdict: it bears nothing
    ("要办好夜校，关键在于要有稳定的师资。", set()),
    # things and products (游戏, 年龄) are no parties before a modal
    ("手机游戏应当限制夜间时长。", set()),
    # a bare doer (a verb + 者) is named by the thing it acts on (渔船的承租者); after a
    # clause a verb opens, the 的-phrase is a relative clause and is dropped
    ("渔船的承租者应当按期缴纳租金。", {("渔船的承租者", "按期缴纳租金", "must")}),
    ("从事近海捕捞的承租者应当按期缴纳租金。", {("承租者", "按期缴纳租金", "must")}),
    # 相关/有关 + the nouns of a field before 的 name the party's scope (相关行业的协会), no
    # verb taking them as its object: the scope stays in the name; 与…相关的 stays a clause
    ("相关行业的协会要制定自律公约。", {("相关行业的协会", "制定自律公约", "should")}),
    ("有关学科的学者应当参与评审。", {("有关学科的学者", "参与评审", "must")}),
    ("与本案相关的律师应当回避。", {("律师", "回避", "must")}),
    # right after a modal, a verb then a noun and a party's name: the verb is the duty's,
    # the party its object (no party bears the need); a verb modifying a bare head stays
    ("运输成本将大幅增加，需要核查货运平台经营者是否具备相应资质。", set()),
    ("需要监管部门加强巡查。", {("监管部门", "加强巡查", "should")}),
    # adverbials chained after the modal (根据…，按照…的原则，) join the act they modify
    (
        "街道办事处应当根据居民需要，按照就近便利的原则，设置社区食堂，并定期公示菜价。",
        {
            ("街道办事处", "根据居民需要，按照就近便利的原则，设置社区食堂", "must"),
            ("街道办事处", "定期公示菜价", "must"),
        },
    ),
    # a bare chained clause whose first words are a verb and the party it acts on (集中精力
    # 做好甲企业…) goes on with the chain; a name followed by its own verb is a new subject
    (
        "诊所应当加强服务，集中精力做好患者服务。",
        {("诊所", "加强服务", "must"), ("诊所", "集中精力做好患者服务", "must")},
    ),
    (
        "研究院应当明确方向，集中精力做好企业和行业的技术支撑。",
        {("研究院", "明确方向", "must"), ("研究院", "集中精力做好企业和行业的技术支撑", "must")},
    ),
    ("卫生局应当制定方案，甲联络部门牵头落实。", {("卫生局", "制定方案", "must")}),
    # a chained 根据… clause with a verb of its own before its last 的, followed only by a
    # purpose clause, modifies no act after it: it is a chained duty
    (
        "社区医院应当盘点现有床位，根据病人数量调整值班的护理人员，以缩短候诊时间。",
        {
            ("社区医院", "盘点现有床位", "must"),
            ("社区医院", "根据病人数量调整值班的护理人员", "must"),
        },
    ),
    # a time frame opened by 自 (自…之日起十日内), an object closed by 要求 and a quoted
    # slogan before 的原则 are adverbials of the act after them, as 根据… is
    (
        "物业公司应当自收到投诉之日起五日内，按照有关要求，处理投诉。",
        {("物业公司", "自收到投诉之日起五日内，按照有关要求，处理投诉", "must")},
    ),
    (
        "物业公司应当按照“谁使用、谁负责、谁维护、谁清理”的原则，管理公共设施。",
        {("物业公司", "按照“谁使用、谁负责、谁维护、谁清理”的原则，管理公共设施", "must")},
    ),
    # 采取/采用 + a means closed by a manner noun is how the next clause's act is done
    (
        "物业公司应当采取张贴公告等方式，将停水时间告知业主。",
        {("物业公司", "采取张贴公告等方式，将停水时间告知业主", "must")},
    ),
    # 尤其是 + a noun narrows the object of the duty before it; 尤其是 + a verb stresses an act
    (
        "物业公司应当加强对保安的培训，尤其是新入职的保安，定期组织消防演练。",
        {
            ("物业公司", "加强对保安的培训，尤其是新入职的保安", "must"),
            ("物业公司", "定期组织消防演练", "must"),
        },
    ),
    # a chained clause a question adverb opens (如何…) says what is to be worked out, no
    # act; the chain goes on after it
    (
        "旅行社需要做好出发前的准备工作，如何安排好游客的食宿，并核实签证材料。",
        {("旅行社", "做好出发前的准备工作", "should"), ("旅行社", "核实签证材料", "should")},
    ),
    # taking a capacity (应当作为主办方) is a role, no duty; the acts chained after it are
    (
        "文化馆应当作为主办方，组织读书活动。",
        {("文化馆", "组织读书活动", "must")},
    ),
    # a chained duty closed by a colon leads in numbered items: it stays a duty, each item
    # (its clauses up to the next number, and the "；"-parts numbered after it) is one more
    (
        "物业公司应当定期检修电梯，完善服务体系：一是设立报修热线，及时回应业主；"
        "二是公开收费标准。",
        {
            ("物业公司", "定期检修电梯", "must"),
            ("物业公司", "完善服务体系", "must"),
            ("物业公司", "设立报修热线，及时回应业主", "must"),
            ("物业公司", "公开收费标准", "must"),
        },
    ),
    # a step marker standing alone numbers the clauses after it, in the first "；"-part
    # and in the parts it opens after it
    (
        "物业公司应当完善服务体系：第一，设立报修热线，及时回应业主；第二，公开收费标准。",
        {
            ("物业公司", "完善服务体系", "must"),
            ("物业公司", "设立报修热线，及时回应业主", "must"),
            ("物业公司", "公开收费标准", "must"),
        },
    ),
    # a clause with a modal of its own inside an item is read on its own
    (
        "物业公司应当完善服务体系：一是设立报修热线，业主委员会应当监督；二是公开收费标准。",
        {
            ("物业公司", "完善服务体系", "must"),
            ("物业公司", "设立报修热线", "must"),
            ("业主委员会", "监督", "must"),
            ("物业公司", "公开收费标准", "must"),
        },
    ),
    # so does the duty of the modal's own clause
    (
        "物业公司应当完善服务体系：一是设立报修热线；二是公开收费标准。",
        {
            ("物业公司", "完善服务体系", "must"),
            ("物业公司", "设立报修热线", "must"),
            ("物业公司", "公开收费标准", "must"),
        },
    ),
    # a duty telling its own holder (应当告诉住户…) is the unnamed speaker's
    (
        "老年住户应该定期检查燃气阀门。应该告诉住户独居时不要反锁房门。",
        {("老年住户", "定期检查燃气阀门", "must")},
    ),
    # a purpose a conjunction opens runs on to the end of the part; ，并… is a duty again
    (
        "物业公司要公开收费账目，以便业主监督，形成合力，并定期报告维修情况。",
        {("物业公司", "公开收费账目", "should"), ("物业公司", "定期报告维修情况", "should")},
    ),
    # a first conjunct whose verb modifies its head, a known party after 和
    (
        "小区停车设施管理者和物业服务企业应当予以劝阻。",
        {("小区停车设施管理者", "予以劝阻", "must"), ("物业服务企业", "予以劝阻", "must")},
    ),
    # …but an act with a count (做一个…) names no one
    ("做一个文明人和守法人必须成为共识。", set()),
    # a word of time before the party frames the clause (现在|有关部门要…)
    ("如今物业公司要定期公开账目。", {("物业公司", "定期公开账目", "should")}),
    # a reason, a format, a type: things whose treatment is stated, no party
    ("延期提交的原因必须详细说明。", set()),
    ("表格格式要统一。", set()),
    # 供…, 用于…: what the act's product is for, no further duty
    ("物业公司应当公布维修清单，供业主查阅。", {("物业公司", "公布维修清单", "must")}),
    ("业委会应当设立维修基金，用于公共设施维修。", {("业委会", "设立维修基金", "must")}),
    # a clause of contrast (…却…) states what is the case, no further duty
    ("物业公司应当公开账目，部分小区却迟迟没有公开。", {("物业公司", "公开账目", "must")}),
    # a reason after a duty (，因为…) explains it, no further duty
    ("物业公司应当每日清运垃圾，因为夏季容易滋生蚊虫。", {("物业公司", "每日清运垃圾", "must")}),
    # a step of the writer's (二是…，要…) names no party, whatever its words are tagged
    ("二是科学决策，要全面评估风险。", set()),
    # a verb reporting or laying down the clause (建议, 表明, 明确了) is no part of its party
    ("专家建议物业公司应当公开账目。", {("物业公司", "公开账目", "must")}),
    ("调查结果表明物业公司应当公开账目。", {("物业公司", "公开账目", "must")}),
    ("该办法明确了业主委员会应当公开账目。", {("业主委员会", "公开账目", "must")}),
    # a frame the dictionary reads as one noun (在实践中) is no co-subject
    ("在实践中，物业公司应当公开账目。", {("物业公司", "公开账目", "must")}),
    # a party after a relative clause that one noun follows names whose thing it is
    ("重要的业主数据应当加密保存。", set()),
    ("受灾的物业公司应当及时报告。", {("物业公司", "及时报告", "must")}),
    # 负责任 'responsible' is an adjective, no 负责 duty (负责人 likewise)
    (
        "物业公司要全面评估风险，负责任地作出决策。",
        {("物业公司", "全面评估风险", "should"), ("物业公司", "负责任地作出决策", "should")},
    ),
]

#: A regulation's preamble: a directive among its purposes is no duty.
PREAMBLE = "社区管理办法\n\n为了规范社区管理，引导居民文明养犬，根据有关法律，制定本办法。\n"


def _rows(text: str, lexicon: Lexicon) -> set[tuple[str, str, str]]:
    extraction = extract(document_from_text(text), lexicon)
    return {(s.holder.text, s.duty, s.modality.value) for s in extraction.responsibilities}


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_general_mechanism(
    sentence: str, expected: set[tuple[str, str, str]], lexicon: Lexicon
) -> None:
    assert _rows(f"{ESSAY_TITLE}\n\n{sentence}\n", lexicon) == expected


def test_a_phrase_holding_a_verb_of_including_is_no_name(lexicon: Lexicon) -> None:
    """甲局的意见包括乙平台要…: what the opinion includes is a clause, so 意见包括乙平台 is
    no party's name."""
    rows = _rows(f"{ESSAY_TITLE}\n\n乙局的意见包括平台要公开数据。\n", lexicon)
    assert not any("包括" in holder for holder, _, _ in rows), rows


def test_a_collective_after_a_thing_stands_for_the_article_parties(lexicon: Lexicon) -> None:
    """甲资料双方均应…: 双方 stands for the sides named before, it heads no name."""
    text = "管理办法\n\n第九条 医院和处置单位应当登记交接情况。交接资料双方均应保存三年。\n"
    rows = {(holder, duty) for holder, duty, _ in _rows(text, lexicon)}
    assert ("医院", "保存三年") in rows
    assert ("处置单位", "保存三年") in rows
    assert not any(holder.endswith("双方") for holder, _ in rows)


def test_an_outline_number_after_items_heads_a_section_not_an_item(lexicon: Lexicon) -> None:
    text = (
        f"{ESSAY_TITLE}\n\n物业公司负责小区的日常维护，具体包括：1）检修电梯；\n"
        "2）清扫道路。\n3.2 业主委员会\n"
    )
    rows = {duty for _, duty, _ in _rows(text, lexicon)}
    assert "业主委员会" not in rows


def test_unnumbered_lines_after_a_list_are_no_items(lexicon: Lexicon) -> None:
    text = (
        "管理规定\n\n经营者不得实施下列行为：\n1. 虚构原价；\n2. 隐瞒费用。\n"
        "本文对此进行简要分析。\n"
    )
    rows = {(holder, duty) for holder, duty, _ in _rows(text, lexicon)}
    assert rows == {("经营者", "虚构原价"), ("经营者", "隐瞒费用")}


def test_a_list_of_what_another_party_does_is_no_list_of_duties(lexicon: Lexicon) -> None:
    text = (
        "管理规定\n\n第九条 监护人应当预防和制止被监护人有下列行为：\n（一）逃学；\n"
        "（二）夜不归宿。\n"
    )
    rows = {(holder, duty) for holder, duty, _ in _rows(text, lexicon)}
    assert rows == {("监护人", "预防和制止被监护人有下列行为")}


def test_a_directive_among_the_purposes_of_a_preamble_is_no_duty(lexicon: Lexicon) -> None:
    assert _rows(PREAMBLE, lexicon) == set()


def test_items_without_their_own_subject_take_the_party_of_their_lead_paragraph(
    lexicon: Lexicon,
) -> None:
    text = (
        "平台管理指南\n\n（一）内容要求\n在日常运营中，平台运营者应当加强内容管理：\n"
        "1.不得发布虚假信息。\n2.不得诱导用户打赏。\n"
    )
    rows = {(holder, duty) for holder, duty, _ in _rows(text, lexicon)}
    assert ("平台运营者", "发布虚假信息") in rows
    assert ("平台运营者", "诱导用户打赏") in rows


def test_a_subjectless_duty_continues_the_topic_of_the_sentence_before(
    lexicon: Lexicon,
) -> None:
    text = f"{ESSAY_TITLE}\n\n社区医生经常接诊独居老人。问诊时，必须放慢语速。\n"
    assert _rows(text, lexicon) == {("社区医生", "放慢语速", "must")}


def test_a_subjectless_duty_after_a_comment_on_a_thing_takes_no_party_from_before(
    lexicon: Lexicon,
) -> None:
    """甲…。技术无法…，必须…: the sentence opens on a thing, not on 甲's acts."""
    text = (
        f"{ESSAY_TITLE}\n\n社区医生经常接诊独居老人。"
        "技术永远无法解决复杂的问题，必须多与老人交流。\n"
    )
    assert _rows(text, lexicon) == set()


def test_a_numbered_step_recommends_even_outside_a_section_of_recommendations(
    lexicon: Lexicon,
) -> None:
    text = f"{ESSAY_TITLE}\n\n社区医生经常接诊独居老人。在问诊时，首先要耐心倾听，仔细询问病史。\n"
    assert _rows(text, lexicon) == {
        ("社区医生", "耐心倾听", "should"),
        ("社区医生", "仔细询问病史", "should"),
    }
    plain = f"{ESSAY_TITLE}\n\n社区医生经常接诊独居老人。在问诊时，要耐心倾听。\n"
    assert _rows(plain, lexicon) == set()


def test_the_semicolon_parts_of_a_sentence_share_its_topic(lexicon: Lexicon) -> None:
    text = (
        f"{ESSAY_TITLE}\n\n社区医生经常接诊独居老人。"
        "在问诊时，首先要耐心倾听；其次要详细记录病史；最后要做好随访。\n"
    )
    assert _rows(text, lexicon) == {
        ("社区医生", "耐心倾听", "should"),
        ("社区医生", "详细记录病史", "should"),
        ("社区医生", "做好随访", "should"),
    }


def test_a_section_on_implications_recommends_and_a_section_on_the_state_does_not(
    lexicon: Lexicon,
) -> None:
    def text(heading: str) -> str:
        return (
            f"社区治理研究\n\n一、引言\n\n社区治理日益重要。\n\n二、{heading}\n\n"
            "物业公司可以引入智能门禁系统。\n"
        )

    assert _rows(text("对社区治理的启示"), lexicon) == {("物业公司", "引入智能门禁系统", "may")}
    assert _rows(text("社区治理的现状"), lexicon) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "通过这些改造措施，物业公司可以引入智能门禁系统。",  # what a means lets it do
        "多项调查证实，物业公司可以引入智能门禁系统。",  # a finding reported
        "街道办补贴了部分费用。这样，物业公司可以引入智能门禁系统。",  # a result
    ],
)
def test_ke_yi_framed_as_a_view_a_means_or_a_result_is_no_leave_in_any_section(
    sentence: str, lexicon: Lexicon
) -> None:
    text = f"社区治理研究\n\n一、引言\n\n社区治理日益重要。\n\n二、对社区治理的启示\n\n{sentence}\n"
    assert _rows(text, lexicon) == set()


def test_an_example_of_a_party_s_own_act_is_advice_where_the_part_does_not_describe(
    lexicon: Lexicon,
) -> None:
    """例如，甲可以…: an example of the acts advised to 甲, in a commentary without headings
    or under a heading of recommendations; under a heading of its own it describes."""
    sentence = "例如，在停电的时候，物业公司可以启用备用电源。"
    assert _rows(f"{ESSAY_TITLE}\n\n{sentence}\n", lexicon) == {("物业公司", "启用备用电源", "may")}

    def text(heading: str) -> str:
        return f"社区治理研究\n\n一、引言\n\n社区治理日益重要。\n\n二、{heading}\n\n{sentence}\n"

    assert _rows(text("社区治理的对策"), lexicon) == {("物业公司", "启用备用电源", "may")}
    assert _rows(text("门禁系统的运行"), lexicon) == set()
    # an example that states something else first describes (例如，某物是…，甲可以…)
    other = f"{ESSAY_TITLE}\n\n例如，备用电源是新装的，物业公司可以随时启用。\n"
    assert _rows(other, lexicon) == set()
    # a frame naming the act's topic may stand between, as one of circumstance may
    topic = f"{ESSAY_TITLE}\n\n比如，对于年迈的住户，物业公司可以上门收取快递。\n"
    assert _rows(topic, lexicon) == {("物业公司", "上门收取快递", "may")}


def test_a_verb_of_finding_inside_a_condition_frames_no_view(lexicon: Lexicon) -> None:
    """如发现…，甲可以…: the finding is the case the leave is for, no report of a view."""
    text = (
        "社区治理研究\n\n一、引言\n\n社区治理日益重要。\n\n二、门禁系统的运行\n\n"
        "一旦发现门禁故障，物业公司可以启用备用电源。\n"
    )
    assert _rows(text, lexicon) == {("物业公司", "启用备用电源", "may")}


def test_a_party_as_the_subject_of_ke_yi_in_a_titled_section_is_given_leave(
    lexicon: Lexicon,
) -> None:
    def text(sentence: str) -> str:
        return (
            f"社区治理研究\n\n一、引言\n\n社区治理日益重要。\n\n二、智能门禁的应用\n\n{sentence}\n"
        )

    assert _rows(text("此外，物业公司还可以引入智能门禁系统。"), lexicon) == {
        ("物业公司", "引入智能门禁系统", "may")
    }
    # a condition or a state of things before the party's own clause: the case the leave is for
    assert _rows(text("如果资金充足，物业公司可以引入智能门禁系统。"), lexicon) == {
        ("物业公司", "引入智能门禁系统", "may")
    }
    # a frame of circumstance after the opener (在…情况下，) leaves the party leading
    assert _rows(text("此外，在停电的情况下，物业公司还可以启用备用电源。"), lexicon) == {
        ("物业公司", "启用备用电源", "may")
    }
    assert _rows(text("此外，资金较为充足，物业公司还可以启用备用电源。"), lexicon) == {
        ("物业公司", "启用备用电源", "may")
    }
    # a connective may open the party's clause after another one (…，但甲可以…; …，因此乙可…)
    assert _rows(text("资金来源有限，但物业公司可以申请专项补贴。"), lexicon) == {
        ("物业公司", "申请专项补贴", "may")
    }
    # 不能 likewise after a connective (…，但甲不能…: a prohibition), not after a clause of
    # cause (由于…，乙不能…: an inability)
    assert _rows(text("维修人手有限，但物业公司不能拒绝报修。"), lexicon) == {
        ("物业公司", "拒绝报修", "must_not")
    }
    assert _rows(text("由于维修人手有限，物业公司不能及时上门。"), lexicon) == set()
    # what a thing lets the party do, a result, a view or a habit is no leave
    assert _rows(text("通过小区新装的门禁系统，业主可以远程开门。"), lexicon) == set()
    assert _rows(text("门禁系统联网后，业主就可以远程开门。"), lexicon) == set()
    assert _rows(text("有几位小区居民认为，物业公司可以引入智能门禁系统。"), lexicon) == set()
    assert _rows(text("门禁系统很方便，业主通常可以远程开门。"), lexicon) == set()
    assert _rows(text("门禁系统很方便，业主可以轻松开门。"), lexicon) == set()


def test_ke_yi_with_an_act_on_others_is_leave_after_a_condition(lexicon: Lexicon) -> None:
    """如果…，甲可以解除合同 / 可以向乙投诉: an act that ends a relation or addresses another
    party is what a rule lets the party do, even where a bare 可以 only says what could be."""

    def text(sentence: str) -> str:
        return (
            f"社区治理研究\n\n一、引言\n\n社区治理日益重要。\n\n二、物业服务的现状\n\n{sentence}\n"
        )

    assert _rows(text("如果物业公司长期失职，业主委员会可以解除服务合同。"), lexicon) == {
        ("业主委员会", "解除服务合同", "may")
    }
    assert _rows(text("如果维修迟迟不到位，业主可以向街道办投诉。"), lexicon) == {
        ("业主", "向街道办投诉", "may")
    }
    # a measure it may take: to provide a service, hold an event, draw up a plan
    assert _rows(text("如果老人行动不便，社区医院可以提供上门服务。"), lexicon) == {
        ("社区医院", "提供上门服务", "may")
    }
    # the act may come after a longer means (通过…)
    assert _rows(text("当维修不到位时，业主可以通过社区的多个热线提交报修。"), lexicon) == {
        ("业主", "通过社区的多个热线提交报修", "may")
    }
    # a view, a result or a state of things already reached: no leave
    assert _rows(text("有学者认为，如果物业公司失职，业主可以解除合同。"), lexicon) == set()
    assert _rows(text("街道办开通了热线，使业主可以向物业公司投诉。"), lexicon) == set()
    assert _rows(text("部分小区已经开通了热线，业主可以向物业公司投诉。"), lexicon) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("物业公司需要有效的管理方案。", set()),
        ("物业公司和业主需要共同遵守的规则。", set()),
        ("物业公司需要采取有效的措施。", {("物业公司", "采取有效的措施", "should")}),
        # acts listed after 的 are named as things: the need of others' acts
        ("物业公司需要业主的理解、支持和配合。", set()),
        (
            "物业公司需要及时回应业主的投诉和建议。",
            {("物业公司", "及时回应业主的投诉和建议", "should")},
        ),
    ],
)
def test_a_need_of_a_thing_named_by_a_noun_phrase_is_no_duty(
    sentence: str, expected: set[tuple[str, str, str]], lexicon: Lexicon
) -> None:
    assert _rows(f"社区服务指南\n\n{sentence}\n", lexicon) == expected


def test_a_duty_laid_on_a_party_is_that_partys_duty(lexicon: Lexicon) -> None:
    text = f"{ESSAY_TITLE}\n\n法律对物业公司、业委会施加了一定的告知义务。此后双方多次协商。\n"
    assert _rows(text, lexicon) == {
        ("物业公司", "一定的告知义务", "must"),
        ("业委会", "一定的告知义务", "must"),
    }
    assert _rows(f"{ESSAY_TITLE}\n\n法律对物业收费施加了限制。\n", lexicon) == set()


def test_a_subjectless_recommendation_goes_on_with_the_duty_before_it(lexicon: Lexicon) -> None:
    text = f"{ESSAY_TITLE}\n\n社区医生应当定期随访独居老人。要耐心倾听老人的诉求。\n"
    assert _rows(text, lexicon) == {
        ("社区医生", "定期随访独居老人", "must"),
        ("社区医生", "耐心倾听老人的诉求", "should"),
    }
    described = f"{ESSAY_TITLE}\n\n社区医生经常接诊独居老人。要耐心倾听老人的诉求。\n"
    assert _rows(described, lexicon) == set()


def test_a_numbered_directive_in_an_essay_is_the_writers_advice(lexicon: Lexicon) -> None:
    """（2）鼓励甲…: an item number before the directive that opens the sentence keeps it
    the writer's own advice, which the directed party bears, as without the number."""
    text = f"{ESSAY_TITLE}\n\n（2）鼓励物业公司公开收费标准。\n"
    assert _rows(text, lexicon) == {("物业公司", "公开收费标准", "should")}


def test_a_party_a_directive_names_is_no_topic_of_the_advice_after_it(lexicon: Lexicon) -> None:
    """要鼓励甲…。要…: the directed party bears only its own act; the subjectless advice
    after it is the writer's, no duty of the party encouraged."""
    text = "社区治理工作指引\n\n鼓励志愿者参与社区巡逻。要完善邻里互助的激励办法。\n"
    assert _rows(text, lexicon) == {("志愿者", "参与社区巡逻", "should")}
    named = "社区治理工作指引\n\n志愿者应当参与社区巡逻。要完善邻里互助的激励办法。\n"
    assert ("志愿者", "完善邻里互助的激励办法", "should") in _rows(named, lexicon)
    # the directive's own clause may hold no act: the chain after it is still the advice
    # to the directed party, and the next "；"-part does not go on with that party
    apart = (
        "社区治理工作指引\n\n要鼓励志愿者和物业公司，定期开展社区巡逻；要完善邻里互助的激励办法。\n"
    )
    assert _rows(apart, lexicon) == {
        ("志愿者", "定期开展社区巡逻", "should"),
        ("物业公司", "定期开展社区巡逻", "should"),
    }


def test_a_paragraph_that_recommends_makes_its_parties_ke_yi_a_permission(
    lexicon: Lexicon,
) -> None:
    # (the party does not open its sentence: a long adverbial stands before it)
    later = "每逢春节等传统节日，街道办还可以组织志愿者上门陪伴。"
    text = f"{ESSAY_TITLE}\n\n社区医生应当定期随访独居老人。{later}\n"
    assert _rows(text, lexicon) == {
        ("社区医生", "定期随访独居老人", "must"),
        ("街道办", "组织志愿者上门陪伴", "may"),
    }
    # in a paragraph of its own the party heading its clause after the frame is its
    # modal's own subject: the leave holds there too
    apart = f"{ESSAY_TITLE}\n\n社区医生应当定期随访独居老人。\n{later}\n"
    assert _rows(apart, lexicon) == {
        ("社区医生", "定期随访独居老人", "must"),
        ("街道办", "组织志愿者上门陪伴", "may"),
    }
    # a state already reached before the party (已经…) says what it lets the party do
    stated = (
        f"{ESSAY_TITLE}\n\n社区医生应当定期随访独居老人。\n"
        "节日里街道办已经联系了志愿者，志愿者可以上门陪伴。\n"
    )
    assert _rows(stated, lexicon) == {("社区医生", "定期随访独居老人", "must")}
    # a party that opens its sentence is granted its 可以 acts in a paragraph of its own
    leading = f"{ESSAY_TITLE}\n\n社区医生应当定期随访独居老人。\n街道办还可以组织志愿者上门陪伴。\n"
    assert _rows(leading, lexicon) == {
        ("社区医生", "定期随访独居老人", "must"),
        ("街道办", "组织志愿者上门陪伴", "may"),
    }


def test_a_subjectless_need_is_impersonal_outside_regulations(lexicon: Lexicon) -> None:
    text = f"{ESSAY_TITLE}\n\n社区医生应当定期随访独居老人。需要加强慢性病知识的宣传。\n"
    assert _rows(text, lexicon) == {("社区医生", "定期随访独居老人", "must")}


def test_a_topic_lapses_over_the_sentences_of_a_paragraph(lexicon: Lexicon) -> None:
    text = (
        f"{ESSAY_TITLE}\n\n物业公司应当定期检修电梯。电梯老化的问题由来已久。"
        "维修资金的使用程序也很复杂。必须简化审批程序。\n"
    )
    assert _rows(text, lexicon) == {("物业公司", "定期检修电梯", "must")}


def test_a_heading_that_states_a_duty_gives_it_and_its_party_to_the_section(
    lexicon: Lexicon,
) -> None:
    text = (
        "社区养老服务研究\n\n1 引言\n养老问题日益突出。\n\n2 对策建议\n\n"
        "2.1 物业公司应承担安全巡查责任\n小区情况复杂。夜间必须加强巡查。\n\n"
        "2.2 引导社会组织参与\n社区资源有限。要完善激励机制。\n"
    )
    # a heading that encourages a named party (引导乙…) recommends its act, as the
    # sentence would; the party it directs is no topic the section's advice goes on with
    assert _rows(text, lexicon) == {
        ("物业公司", "承担安全巡查责任", "must"),
        ("物业公司", "加强巡查", "must"),
        ("社会组织", "参与", "should"),
    }


def test_a_policys_directive_heading_only_labels_its_section(lexicon: Lexicon) -> None:
    # 三、引导甲参与 in a policy (…意见) names the section whose articles set out the measures
    text = (
        "关于推进社区养老服务发展的指导意见\n\n一、总体要求\n各区要加强统筹。\n\n"
        "二、引导社会组织参与\n各区民政部门要完善扶持政策。\n"
    )
    assert _rows(text, lexicon) == {
        ("各区", "加强统筹", "should"),
        ("各区民政部门", "完善扶持政策", "should"),
    }


def test_a_topic_headings_party_lapses_in_paragraphs_that_do_not_name_it(
    lexicon: Lexicon,
) -> None:
    """甲…的路径 says what the section is about: a subjectless 要 two paragraphs on, with
    甲 named in neither its paragraph nor the one before, is the author's general advice."""
    text = (
        "社区健康服务研究\n\n一、社区医院主动融入健康网络的路径\n"
        "社区医院的作用日益重要。必须建立双向转诊机制。\n"
        "理念是行动的先导。要加强健康理念的宣传。\n"
        "考核是管理的抓手。要完善绩效考核办法。\n"
    )
    assert _rows(text, lexicon) == {
        ("社区医院", "建立双向转诊机制", "must"),
        ("社区医院", "加强健康理念的宣传", "should"),
    }
    named = text.replace("考核是管理的抓手", "社区医院的考核是管理的抓手")
    assert ("社区医院", "完善绩效考核办法", "should") in _rows(named, lexicon)


def test_a_duty_headings_party_lapses_in_paragraphs_that_do_not_name_it(
    lexicon: Lexicon,
) -> None:
    """A heading stating its party's duty (甲必须…) is a topic too: a subjectless 应 two
    paragraphs on, with 甲 named in neither its paragraph nor the one before, is the
    author's general advice."""
    text = (
        "社区健康服务研究\n\n一、社区医院必须主动融入健康网络\n"
        "社区医院的作用日益重要。必须建立双向转诊机制。\n"
        "理念是行动的先导。应加强健康理念的宣传。\n"
        "考核是管理的抓手。应完善绩效考核办法。\n"
    )
    assert _rows(text, lexicon) == {
        ("社区医院", "主动融入健康网络", "must"),
        ("社区医院", "建立双向转诊机制", "must"),
        ("社区医院", "加强健康理念的宣传", "must"),
    }


def test_articles_quoted_out_of_sequence_make_no_regulation(lexicon: Lexicon) -> None:
    """A report quoting a law's articles (第五条…\n第九条…) is prose around citations: the
    party of the last article quoted is no holder of a rule cited after it; a text whose
    articles open with 第一条 is a regulation, where it is."""
    quoted = (
        "社区快讯\n\n条例的相关条款如下：\n第五条　业主有权查阅物业账目。\n"
        "第九条　业主有权监督物业服务。\n条例还规定，不得妨碍居民通行。\n"
    )
    assert _rows(quoted, lexicon) == {
        ("业主", "查阅物业账目", "may"),
        ("业主", "监督物业服务", "may"),
    }
    regulation = quoted.replace("第五条", "第一条").replace("第九条", "第二条")
    assert ("业主", "妨碍居民通行", "must_not") in _rows(regulation, lexicon)


def test_the_semicolon_parts_of_a_cited_directive_bind_no_one_named(lexicon: Lexicon) -> None:
    """会议强调，要…；对乙，要…: the later parts go on with the cited directive, not with the
    party named as a subject a paragraph before."""
    text = (
        "3月5日，市文旅局召开行业工作会议。\n会议要求，旅行社要规范经营。\n"
        "会议强调，要加大执法力度；对屡次违规的导游，要暂停其带团资格。\n"
        "关于开展专项整治的通知\n一、工作目标\n规范市场。\n"
    )
    assert _rows(text, lexicon) == {("旅行社", "规范经营", "should")}


def test_a_semicolon_part_goes_on_only_with_a_chain_of_its_own_sentence(
    lexicon: Lexicon,
) -> None:
    """甲应当…。…；鼓励乙…；加强…: the part before directs 乙, and 甲's chain ended a
    sentence before, so the last part is no duty of 甲's."""
    text = (
        "关于科技工作的几点建议\n\n市科技局应当加强统筹协调。\n加强人才支撑。"
        "组织开展专题培训，督促企业提升技术水平；推进学科建设，鼓励高校与企业建立合作机制；"
        "加强科普教育，提升公众科学素养。\n"
    )
    rows = _rows(text, lexicon)
    assert ("市科技局", "加强统筹协调", "must") in rows
    assert not any(duty == "加强科普教育" for _, duty, _ in rows)


def test_a_directive_after_an_encouragement_is_the_encouragers_act(lexicon: Lexicon) -> None:
    """鼓励甲…，推动乙…: the unnamed issuer pushes on; the encouraged party bears only its own
    act."""
    text = "社区治理工作指引\n\n鼓励物业公司开展智慧社区建设，推动物业服务标准互认。\n"
    assert _rows(text, lexicon) == {("物业公司", "开展智慧社区建设", "should")}


def test_an_essay_sentence_opened_by_a_directive_directs_its_party(lexicon: Lexicon) -> None:
    """同时，引导甲…，…: no encourager is named, so the writer directs the party, which bears
    the act and its chain, also in an essay; a party after a description does not."""
    text = f"{ESSAY_TITLE}\n\n引导居民理性表达诉求，自觉遵守公约。\n"
    assert _rows(text, lexicon) == {
        ("居民", "理性表达诉求", "should"),
        ("居民", "自觉遵守公约", "should"),
    }
    later = f"{ESSAY_TITLE}\n\n同时，鼓励居民参与楼道议事。\n"
    assert _rows(later, lexicon) == {("居民", "参与楼道议事", "should")}
    inside = f"{ESSAY_TITLE}\n\n这些活动有时会引导居民理性表达诉求。\n"
    assert _rows(inside, lexicon) == set()


def test_a_directive_opened_by_a_means_phrase_directs_its_party(lexicon: Lexicon) -> None:
    """通过某渠道，引导甲…: a phrase of means says how the writer's directive is carried
    out and names no encourager, so the directed party bears the act as after 同时，."""
    text = f"{ESSAY_TITLE}\n\n通过议事平台，引导居民参与楼道治理。\n"
    assert _rows(text, lexicon) == {("居民", "参与楼道治理", "should")}
    glued = f"{ESSAY_TITLE}\n\n借助积分奖励鼓励居民分类投放垃圾。\n"
    assert _rows(glued, lexicon) == {("居民", "分类投放垃圾", "should")}
    named = f"{ESSAY_TITLE}\n\n街道办通过议事平台引导居民参与楼道治理。\n"
    assert ("居民", "参与楼道治理", "should") not in _rows(named, lexicon)
    # each part of the opener is needed: a modal of leave before it (可以), a verb of means
    # (采取), an adverb after its comma (还)
    for opener in ("可以通过议事平台，", "采取积分奖励的方式，", "通过议事平台，还"):
        text = f"{ESSAY_TITLE}\n\n{opener}引导居民参与楼道治理。\n"
        assert _rows(text, lexicon) == {("居民", "参与楼道治理", "should")}, opener


def test_a_subjectless_duty_in_an_unnamed_voices_view_binds_no_one(lexicon: Lexicon) -> None:
    """笔者认为，应…: the author's view, not a further duty of the party before."""
    text = f"{ESSAY_TITLE}\n\n物业公司应当定期检修电梯。笔者认为，应简化维修资金的审批程序。\n"
    assert _rows(text, lexicon) == {("物业公司", "定期检修电梯", "must")}


def test_a_chained_duty_can_lead_in_the_items_that_follow(lexicon: Lexicon) -> None:
    text = (
        "餐馆管理规定\n\n第五条 餐馆经营者应当建立采购制度，并遵守下列规定：\n"
        "（一）按需采购食材；\n（二）定期清洗设备。\n"
    )
    assert _rows(text, lexicon) == {
        ("餐馆经营者", "建立采购制度", "must"),
        ("餐馆经营者", "按需采购食材", "must"),
        ("餐馆经营者", "定期清洗设备", "must"),
    }


def test_a_semicolon_part_without_a_modal_goes_on_with_the_duty_chain(
    lexicon: Lexicon,
) -> None:
    text = "社区安全管理办法\n\n街道办事处应当建立巡查制度；定期组织安全检查，及时消除隐患。\n"
    assert _rows(text, lexicon) == {
        ("街道办事处", "建立巡查制度", "must"),
        ("街道办事处", "定期组织安全检查", "must"),
        ("街道办事处", "及时消除隐患", "must"),
    }


def test_a_modal_inside_a_definition_binds_no_one(lexicon: Lexicon) -> None:
    text = (
        "养老服务补贴办法\n\n营养费，指受助老人为恢复健康确实需要补充营养所支付的费用。"
        "照护机构是指养老院等，应当建立照护档案。\n"
    )
    assert _rows(text, lexicon) == {("照护机构", "建立照护档案", "must")}


def test_a_verb_joined_to_encourage_directs_the_party_after_the_pair(lexicon: Lexicon) -> None:
    text = "社区管理办法\n\n鼓励和支持物业公司开展垃圾分类宣传。鼓励、引导业主委员会参与监督。\n"
    assert _rows(text, lexicon) == {
        ("物业公司", "开展垃圾分类宣传", "should"),
        ("业主委员会", "参与监督", "should"),
    }


def test_a_bound_on_a_quantity_is_no_duty_of_the_articles_party(lexicon: Lexicon) -> None:
    text = (
        "汽车维修管理办法\n\n第五条 修理者应当建立修理记录。修理记录保存期限不得少于三年。"
        "每次送修不得超过两辆。\n"
    )
    assert _rows(text, lexicon) == {
        ("修理者", "建立修理记录", "must"),
        ("修理者", "超过两辆", "must_not"),
    }


def test_a_word_that_holds_ke_as_a_prefix_is_no_permission(lexicon: Lexicon) -> None:
    # 可 + 回收/支配 makes an adjective (recyclable, disposable), not 可 "may"
    text = "社区垃圾管理办法\n\n餐馆产生的可回收物，应当交由回收企业处理。\n"
    assert _rows(text, lexicon) == {("餐馆", "交由回收企业处理", "must")}


def test_a_semicolon_part_opened_by_a_manner_adjective_goes_on_with_the_duty_chain(
    lexicon: Lexicon,
) -> None:
    text = "社区安全管理办法\n\n街道办事处应当建立巡查制度；准确登记住户信息，妥善保管档案。\n"
    assert _rows(text, lexicon) == {
        ("街道办事处", "建立巡查制度", "must"),
        ("街道办事处", "准确登记住户信息", "must"),
        ("街道办事处", "妥善保管档案", "must"),
    }


def test_a_semicolon_part_with_its_own_subject_does_not_go_on(lexicon: Lexicon) -> None:
    text = "社区安全管理办法\n\n街道办事处应当建立巡查制度；各楼栋配备灭火器材。\n"
    assert _rows(text, lexicon) == {("街道办事处", "建立巡查制度", "must")}


def test_encouragement_without_a_named_party_goes_to_the_party_of_the_article(
    lexicon: Lexicon,
) -> None:
    text = (
        "餐馆管理规定\n\n第五条 集体用餐配送单位应当加强管理。鼓励采用新技术，严控食材损耗。\n\n"
        "第六条 餐馆经营者应当遵守下列规定：\n（一）公示菜品价格，鼓励标注菜品分量；\n"
    )
    assert _rows(text, lexicon) == {
        ("集体用餐配送单位", "加强管理", "must"),
        ("集体用餐配送单位", "采用新技术", "should"),
        ("集体用餐配送单位", "严控食材损耗", "should"),
        ("餐馆经营者", "公示菜品价格，鼓励标注菜品分量", "must"),
        ("餐馆经营者", "标注菜品分量", "should"),
    }


def test_a_directive_amid_other_acts_gives_its_party_only_its_own_act(lexicon: Lexicon) -> None:
    text = (
        "社区养老服务管理办法\n\n"
        "鼓励志愿者参与助老服务，提供上门陪护。\n"
        "同时，完善服务网络，鼓励居民参与，建立评价机制。\n"
    )
    rows = _rows(text, lexicon)
    assert ("志愿者", "提供上门陪护", "should") in rows  # a directive opening the sentence
    assert not any(holder == "居民" and duty == "建立评价机制" for holder, duty, _ in rows)


def test_a_subjectless_heading_states_a_duty_of_the_party_of_its_parent(
    lexicon: Lexicon,
) -> None:
    text = (
        "行业协会研究\n\n1 引言\n正文。\n\n2 行业协会应履行的义务\n\n"
        "2.1 禁止垄断定价\n正文内容。\n\n2.2 禁止强制入会\n正文。\n"
    )
    rows = _rows(text, lexicon)
    assert ("行业协会", "垄断定价", "must_not") in rows
    assert ("行业协会", "强制入会", "must_not") in rows


def test_a_topic_frame_names_the_subject_of_the_duties_after_it(lexicon: Lexicon) -> None:
    """对于 X 而言，要… / 就 X 来说，…: the framed party, not the party of the sentence
    before, bears the subjectless duties; a need of what a verb phrase names stays none."""
    text = (
        f"{ESSAY_TITLE}\n\n业主委员会应当监督物业服务。对于物业公司而言，要加强巡查，及时维修设施。"
        "就保安公司来说，要想赢得信任必须规范招聘。\n"
    )
    assert _rows(text, lexicon) == {
        ("业主委员会", "监督物业服务", "must"),
        ("物业公司", "加强巡查", "should"),
        ("物业公司", "及时维修设施", "should"),
        ("保安公司", "规范招聘", "must"),
    }
    need = (
        f"{ESSAY_TITLE}\n\n业主委员会应当监督物业服务。对于物业公司而言，开展业务需要投入资金。\n"
    )
    assert _rows(need, lexicon) == {("业主委员会", "监督物业服务", "must")}


def test_the_list_of_a_thing_names_its_contents_not_duties(lexicon: Lexicon) -> None:
    """合同应当具备以下条款：（一）…: the items say what the contract holds; the party of
    the article bears none of them (a party's list still gives one duty per item)."""
    text = (
        "物业管理办法\n第七条 业主应当签订书面服务合同。服务合同应当具备以下主要条款：\n"
        "（一）服务的内容；\n（二）服务的期限。\n"
        "第八条 物业公司应当做到以下几点：\n（一）公开收费标准；\n（二）定期检修电梯。\n"
    )
    assert _rows(text, lexicon) == {
        ("业主", "签订书面服务合同", "must"),
        ("物业公司", "公开收费标准", "must"),
        ("物业公司", "定期检修电梯", "must"),
    }


def test_a_party_list_of_things_names_them_not_duties(lexicon: Lexicon) -> None:
    """甲应当具备下列条件：（一）…: a party's lead-in announcing things (条件, 材料, 内容)
    is its duty; the items name the things, no acts (a list of losses to make good still
    gives one duty per item)."""
    text = (
        "物业管理办法\n第七条 物业公司应当具备下列条件：\n"
        "（一）有固定的办公场所；\n（二）有专业的维修人员。\n"
        "第八条 物业公司应当赔偿业主下列费用：\n（一）维修费用；\n（二）误工费用。\n"
    )
    assert _rows(text, lexicon) == {
        ("物业公司", "具备下列条件", "must"),
        ("物业公司", "维修费用", "must"),
        ("物业公司", "误工费用", "must"),
    }


def test_the_chain_after_a_need_of_parties_leaves_them_no_topic(lexicon: Lexicon) -> None:
    """需要甲和乙共同…，再… names 甲 and 乙 as objects of a need, in the chained duties too:
    a subjectless duty paragraphs later is not theirs."""
    text = (
        f"{ESSAY_TITLE}\n\n乡村振兴涉及面广，需要银行和合作社共同推动，加大资金投入。\n"
        "当前试点仍在推进。资金缺口较大。一是要完善土地流转制度。\n"
    )
    assert _rows(text, lexicon) == {
        ("银行", "共同推动", "should"),
        ("合作社", "共同推动", "should"),
        ("银行", "加大资金投入", "should"),
        ("合作社", "加大资金投入", "should"),
    }


def test_a_goal_before_then_and_a_modal_is_no_duty(lexicon: Lexicon) -> None:
    """甲要…，就必须…: the first 要 sets a goal ("if 甲 is to…"); the modal after 就 binds."""
    text = f"{ESSAY_TITLE}\n\n合作社要守住本地市场，就必须严格把控蔬菜品质。\n"
    assert _rows(text, lexicon) == {("合作社", "严格把控蔬菜品质", "must")}


def test_an_adverb_of_fact_before_bu_neng_states_inability(lexicon: Lexicon) -> None:
    """已不能, 并不能: the party is no longer (or not) able; a recommendation section
    does not make that a prohibition."""
    text = (
        f"{ESSAY_TITLE}\n\n二、对策建议\n传统物业公司已不能满足业主的需求。"
        "物业公司并不能解决全部的问题。业主委员会应当监督物业服务。\n"
    )
    assert _rows(text, lexicon) == {("业主委员会", "监督物业服务", "must")}


def test_a_section_on_the_techniques_of_a_task_recommends(lexicon: Lexicon) -> None:
    """…的沟通技巧: a section on how to do a task well recommends; its 可以 is a norm."""
    text = f"{ESSAY_TITLE}\n\n二、入户走访的沟通技巧\n社区网格员可以先询问老人的饮食起居。\n"
    assert _rows(text, lexicon) == {("社区网格员", "先询问老人的饮食起居", "may")}


def test_a_section_on_the_way_ahead_recommends(lexicon: Lexicon) -> None:
    """…的未来走向, 今后的发展方向: a section on where a field should go recommends; an
    encouragement with no named encourager there gives the encouraged party its duty."""
    text = f"{ESSAY_TITLE}\n\n三、社区养老服务的未来走向\n鼓励社会组织参与上门助餐服务。\n"
    assert _rows(text, lexicon) == {("社会组织", "参与上门助餐服务", "should")}


def test_a_point_numbered_in_latex_gives_its_own_party_the_duty(lexicon: Lexicon) -> None:
    """$\\textcircled{2}$ (a converted paper's ②) numbers a run-in point; the party of
    the point's own lead bears its duty."""
    text = (
        f"{ESSAY_TITLE}\n\n分工如下：$\\textcircled{{1}}$ 街道办事处的责任：负责统筹。"
        "$\\textcircled{2}$ 物业公司的责任：负责巡查楼道。\n"
    )
    rows = {(holder, duty) for holder, duty, _ in _rows(text, lexicon)}
    assert ("物业公司", "巡查楼道") in rows


def test_the_speaker_a_clause_cites_bears_nothing(lexicon: Lexicon) -> None:
    """如甲所讲：“要…”: 如 cites a speaker here, it sets no condition on a party; the
    speaker bears none of what is cited."""
    text = (
        f"{ESSAY_TITLE}\n\n二、对策建议\n如街道书记所讲：“要耐心倾听居民的诉求。”"
        "物业公司应当公开收费标准。\n"
    )
    assert _rows(text, lexicon) == {("物业公司", "公开收费标准", "must")}


def test_the_head_of_a_relative_clause_is_the_subject_not_its_agent(lexicon: Lexicon) -> None:
    """区政府兴办的福利院应当…: 区政府 is the agent of the relative clause, 福利院 the head
    that the modal binds."""
    text = f"{ESSAY_TITLE}\n\n区政府兴办的福利院应当为孤儿提供照料。\n"
    assert _rows(text, lexicon) == {("福利院", "为孤儿提供照料", "must")}


def test_as_needed_is_an_adverbial_not_a_modal(lexicon: Lexicon) -> None:
    """根据需要 "as needed" names no need of the party: the item keeps the lead's 应当."""
    text = (
        "社区管理办法\n\n第五条 社区医院应当为老人提供下列服务：\n"
        "（一）建立健康档案；\n（二）根据需要与托老所开展合作。\n"
    )
    assert _rows(text, lexicon) == {
        ("社区医院", "建立健康档案", "must"),
        ("社区医院", "根据需要与托老所开展合作", "must"),
    }


def test_a_duty_in_a_relative_clause_describes_the_party(lexicon: Lexicon) -> None:
    """…负有监护义务的人，应当…: 负有 describes the party of a relative clause, no duty of
    its own; 负有遵守纪律的义务 still states one."""
    text = (
        f"{ESSAY_TITLE}\n\n父母及其他负有监护义务的人，应当履行监护职责。"
        "志愿者负有遵守纪律的义务。\n"
    )
    assert _rows(text, lexicon) == {
        ("父母", "履行监护职责", "must"),
        ("志愿者", "遵守纪律的义务", "must"),
    }


def test_what_a_party_has_may_serve_but_the_party_is_granted_nothing(lexicon: Lexicon) -> None:
    """甲的经验可以为乙提供借鉴: 可以 says what 甲's experience may do, no permission of 甲's."""
    text = (
        f"{ESSAY_TITLE}\n\n二、对策建议\n物业公司的维修经验可以为业主委员会提供借鉴。"
        "物业公司可以聘请专业机构。\n"
    )
    assert _rows(text, lexicon) == {("物业公司", "聘请专业机构", "may")}


def test_what_a_party_built_up_may_serve_but_the_party_is_granted_nothing(
    lexicon: Lexicon,
) -> None:
    """甲多年积累的经验可以…: a relative clause of 甲's, then its noun, is the subject; a
    time or a case closing an adverbial (在必要的时候) keeps 甲 the subject."""
    text = (
        f"{ESSAY_TITLE}\n\n二、对策建议\n物业公司多年积累的维修数据可以为业主委员会所用。"
        "物业公司在必要的时候可以聘请专业机构。\n"
    )
    assert _rows(text, lexicon) == {("物业公司", "聘请专业机构", "may")}


def test_what_a_thing_of_a_party_s_needs_is_no_duty_of_the_party(lexicon: Lexicon) -> None:
    """甲的设施需要更新: 需要 is said of a thing of 甲's (a plain noun), no act of 甲's; an
    act of 甲's before it (甲的建设需要…) keeps 甲 the one who is to act."""
    text = (
        f"{ESSAY_TITLE}\n\n二、对策建议\n养老机构的消防设施需要定期更新。"
        "养老机构的建设需要征求老年人意见。\n"
    )
    assert _rows(text, lexicon) == {("养老机构", "征求老年人意见", "should")}


def test_what_a_thing_needs_is_no_duty_of_the_party_before_it(lexicon: Lexicon) -> None:
    """甲要…，设备需要…: 需要 after a noun naming no party is said of the thing, not of
    甲; a time before 需要 (…出现故障时需要…) is an adverbial and 甲 goes on acting."""
    text = (
        f"{ESSAY_TITLE}\n\n二、对策建议\n养老机构要加强管理，消防设备需要定期检修。"
        "养老机构要配备值班人员，设备出现故障时需要及时报修。\n"
    )
    assert _rows(text, lexicon) == {
        ("养老机构", "加强管理", "should"),
        ("养老机构", "配备值班人员", "should"),
        ("养老机构", "及时报修", "should"),
    }


def test_what_a_party_s_act_may_achieve_grants_the_party_nothing(lexicon: Lexicon) -> None:
    """居民参与可以…: a bare verb after the party makes its act the subject; a modal
    between (居民应当有权…) or an adverb (居民也可以…) keeps the party the subject."""
    text = (
        f"{ESSAY_TITLE}\n\n二、对策建议\n居民参与可以为社区治理提供宝贵意见。"
        "居民也可以提出书面建议。\n"
    )
    assert _rows(text, lexicon) == {("居民", "提出书面建议", "may")}


def test_a_necessary_condition_describes_no_duty(lexicon: Lexicon) -> None:
    """只有…，甲才可能承担…: what 甲 could bear under a condition, no duty of 甲's."""
    text = (
        f"{ESSAY_TITLE}\n\n二、对策建议\n只有在严格的监管下，物业公司才可能承担起维修责任。"
        "物业公司应当公开收费标准。\n"
    )
    assert _rows(text, lexicon) == {("物业公司", "公开收费标准", "must")}


def test_a_later_conjunct_with_its_own_relative_clause_names_its_head(
    lexicon: Lexicon,
) -> None:
    """甲、乙和接收伤员的丙，除…外，应当…: the last conjunct's relative clause restricts
    丙, it is no party of its own (接收伤员) nor the end of the list; a bare head keeps
    its clause (负责托育工作的机构), and so does a delegate (经其授权的部门), a party of
    its own beside the one it acts for."""
    text = (
        "燃气安全管理办法\n\n第一条 发生燃气泄漏的供气设施的运营单位、施工单位和接收伤员的"
        "医疗机构，除采取应急措施外，应当及时向应急管理部门报告。\n"
        "第二条 区县教育部门或者负责托育工作的机构可以委托服务单位。\n"
        "第三条 市人民政府或者经其授权的部门可以划定临时管控区域。\n"
    )
    assert _rows(text, lexicon) == {
        ("运营单位", "及时向应急管理部门报告", "must"),
        ("施工单位", "及时向应急管理部门报告", "must"),
        ("医疗机构", "及时向应急管理部门报告", "must"),
        ("区县教育部门", "委托服务单位", "may"),
        ("负责托育工作的机构", "委托服务单位", "may"),
        ("市人民政府", "划定临时管控区域", "may"),
        ("经其授权的部门", "划定临时管控区域", "may"),
    }


def test_a_lead_in_after_a_comment_gives_its_inline_items_to_the_duty_party(
    lexicon: Lexicon,
) -> None:
    """甲应…，包括…等，具体做法如下：（1）…。（2）…。以此…: the lead-in introduces 甲's
    items, run into the paragraph; the prose after the last item is no item."""
    text = (
        f"{ESSAY_TITLE}\n\n二、对策建议\n"
        "物业公司应重视楼道安全，包括检修照明、清理杂物等，具体做法如下：（1）设立巡查小组，"
        "定期检查消防通道。（2）增加监控设备的投入。以此营造安心的居住环境。\n"
    )
    assert _rows(text, lexicon) == {
        ("物业公司", "重视楼道安全", "must"),
        ("物业公司", "设立巡查小组", "must"),
        ("物业公司", "定期检查消防通道", "must"),
        ("物业公司", "增加监控设备的投入", "must"),
    }


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("物业公司层面", {("物业公司", "定期检修电梯", "should")}),
        ("对物业公司的建议", {("物业公司", "定期检修电梯", "should")}),
        ("物业公司自身角度", {("物业公司", "定期检修电梯", "should")}),
        ("技术层面", set()),
        # a verb and the party it acts on: the heading names a measure, not its party
        ("联系物业公司", set()),
        ("维修人员", {("维修人员", "定期检修电梯", "should")}),
    ],
)
def test_a_heading_of_a_partys_aspect_or_advice_names_the_party_of_its_section(
    heading: str, expected: set[tuple[str, str, str]], lexicon: Lexicon
) -> None:
    text = (
        "社区电梯安全研究\n\n一、引言\n\n老旧小区的电梯故障频发。\n\n二、对策建议\n\n"
        f"（一）{heading}\n\n要定期检修电梯。\n"
    )
    assert _rows(text, lexicon) == expected


def test_what_is_needed_is_no_modal(lexicon: Lexicon) -> None:
    """所需 "what is needed" names a thing, not a duty: a description of what a party's
    system does states none."""
    text = f"{ESSAY_TITLE}\n\n某档案馆的检索系统将读者所需资料压缩后在线发送。\n"
    assert _rows(text, lexicon) == set()


def test_providing_what_is_needed_is_a_duty_not_its_purpose(lexicon: Lexicon) -> None:
    """…，保障所需器材。 provides the needed things: a chained duty, not a purpose."""
    text = f"{ESSAY_TITLE}\n\n县卫生部门应当将饮水检测工作纳入年度计划，保障所需器材。\n"
    assert _rows(text, lexicon) == {
        ("县卫生部门", "将饮水检测工作纳入年度计划", "must"),
        ("县卫生部门", "保障所需器材", "must"),
    }


def test_having_no_choice_is_no_prohibition(lexicon: Lexicon) -> None:
    """不得已 "having no choice" holds 不得 without forbidding anything."""
    text = f"{ESSAY_TITLE}\n\n社区医院转诊病人应该是不得已而为之。\n"
    assert _rows(text, lexicon) == set()


def test_a_subjectless_duty_a_cited_text_states_is_no_duty_of_the_topic(
    lexicon: Lexicon,
) -> None:
    # the text cited is the source of the saying, whoever issued it (乙印发的《…》指出)
    text = (
        f"{ESSAY_TITLE}\n\n环卫部门应当加强河道巡查。"
        "市政府印发的《关于加强河道管理的意见》指出，要定期清理河道淤泥。\n"
    )
    assert _rows(text, lexicon) == {("环卫部门", "加强河道巡查", "must")}


def test_the_chain_of_an_impersonal_need_stays_impersonal(lexicon: Lexicon) -> None:
    # 还需要…，…: "it takes"; the clause the need's chain goes on with names no one either
    text = f"{ESSAY_TITLE}\n\n物业公司应当加强巡查。还需要进一步完善收费制度，公开账目明细。\n"
    assert _rows(text, lexicon) == {("物业公司", "加强巡查", "must")}


def test_parts_after_a_semicolon_go_on_with_the_duty_without_a_modal_of_their_own(
    lexicon: Lexicon,
) -> None:
    # each "；"-part is read even with no trigger of its own, so the chain reaches the last
    text = f"{ESSAY_TITLE}\n\n物业公司应当加强夜间巡查；安排专人值守；定期检修电梯。\n"
    assert _rows(text, lexicon) == {
        ("物业公司", "加强夜间巡查", "must"),
        ("物业公司", "安排专人值守", "must"),
        ("物业公司", "定期检修电梯", "must"),
    }
    # a part that opens with a directive goes on with the duty too: the named party
    # directs, and the directed party bears nothing (without a named party, it does)
    text = f"{ESSAY_TITLE}\n\n区人民政府应当整合资源；引导企业开放闲置场地，为老人提供服务。\n"
    assert _rows(text, lexicon) == {
        ("区人民政府", "整合资源", "must"),
        ("区人民政府", "引导企业开放闲置场地", "must"),
        ("区人民政府", "为老人提供服务", "must"),
    }
    # …also after a phrase of means opening the part (…；通过某渠道，引导甲…)
    text = f"{ESSAY_TITLE}\n\n区人民政府应当整合资源；通过议事平台，引导企业开放闲置场地。\n"
    assert _rows(text, lexicon) == {
        ("区人民政府", "整合资源", "must"),
        ("区人民政府", "引导企业开放闲置场地", "must"),
    }
    text = f"{ESSAY_TITLE}\n\n鼓励志愿者参与社区巡逻；引导居民文明养犬。\n"
    assert _rows(text, lexicon) == {
        ("志愿者", "参与社区巡逻", "should"),
        ("居民", "文明养犬", "should"),
    }
    # …but after examples (…，如…；) the parts list more examples
    text = f"{ESSAY_TITLE}\n\n物业公司应当加强夜间巡查，如安排专人值守；定期检修电梯。\n"
    assert _rows(text, lexicon) == {("物业公司", "加强夜间巡查", "must")}


def test_a_sector_named_with_the_ending_of_a_community_is_a_party(lexicon: Lexicon) -> None:
    # 工业界 is 工业 + 界 (a community), not 工 + the non-agent noun 业界
    text = f"{ESSAY_TITLE}\n\n工业界应当推广节能技术。\n"
    assert _rows(text, lexicon) == {("工业界", "推广节能技术", "must")}
    # 食品安全局 is 食品安全 + 局 (a body), not 食品安 + the non-agent noun 全局
    text = f"{ESSAY_TITLE}\n\n食品安全局应当抽检进口食品。\n"
    assert _rows(text, lexicon) == {("食品安全局", "抽检进口食品", "must")}


def test_a_modal_read_across_two_words_is_none(lexicon: Lexicon) -> None:
    # 许可 + 以及: the characters 可以 straddle two words and are no modal
    text = f"{ESSAY_TITLE}\n\n三、对策建议\n\n物业公司签约时，就停车许可以及收费标准与业主商定。\n"
    assert _rows(text, lexicon) == set()


def test_a_demand_closing_an_adverbial_joins_the_clause_it_modifies(lexicon: Lexicon) -> None:
    # 要求 after 按照 is the preposition's object (a noun), not a predicate of its own
    text = "物业公司应当按照业主委员会要求，公开维修资金账目。\n"
    assert _rows(text, lexicon) == {("物业公司", "按照业主委员会要求，公开维修资金账目", "must")}


def test_an_item_referring_to_the_rest_of_the_rules_is_no_duty(lexicon: Lexicon) -> None:
    """（三）上级规定的其他职责 closing a list refers to other rules and names no duty."""
    text = (
        "公园管理办法\n第五条 园林管理站应当履行下列职责：\n（一）巡查园内设施；\n"
        "（二）组织绿化养护；\n（三）市有关规定的其他职责。\n"
    )
    assert _rows(text, lexicon) == {
        ("园林管理站", "巡查园内设施", "must"),
        ("园林管理站", "组织绿化养护", "must"),
    }
    # …and so does an item naming the rest of its kind (其他…工作, 违反…的其他行为)
    text = (
        "公园管理办法\n第五条 园林管理站应当履行下列职责：\n（一）巡查园内设施；\n"
        "（二）其他园林养护工作。\n第六条 游客不得有下列行为：\n（一）攀折花木；\n"
        "（二）违反园内秩序的其他行为。\n"
    )
    assert _rows(text, lexicon) == {
        ("园林管理站", "巡查园内设施", "must"),
        ("游客", "攀折花木", "must_not"),
    }


def test_a_short_name_the_document_defines_names_its_party_in_later_articles(
    lexicon: Lexicon,
) -> None:
    """从事受理工作的单位（以下简称受理单位）: 受理单位 is a verb and a head, no name the
    finder knows; defined, it is the party of every later article, and only in that text."""
    text = (
        "管理办法\n\n第三条 从事样本受理工作的单位（以下简称受理单位），应当建立登记制度。\n"
        "第八条 受理单位收到申请后，应当及时登记。\n"
    )
    assert ("受理单位", "及时登记", "must") in _rows(text, lexicon)
    other = "管理办法\n\n第八条 受理单位收到申请后，应当及时登记。\n"
    assert not any(holder == "受理单位" for holder, _, _ in _rows(other, lexicon))


def test_a_trade_s_body_a_modal_binds_names_its_party_where_no_modal_follows(
    lexicon: Lexicon,
) -> None:
    """甲行业协会 after the verb of its trade (运输, 种植) reads as a verb and its object;
    bound to a modal once in the text, it names the body where no modal follows too
    (…依法对乙进行监督). A verb and any other noun before a head (期望 + 公职 + 人员) is
    a verb and its object, no name, even bound to a modal: the field must be a trade noun."""
    text = (
        "管理办法\n\n第三条 运输行业协会应当制定行业规范。\n"
        "第八条 运输行业协会依法对会员企业进行监督。\n"
        "第九条 期望公职人员应当遵守规定。\n"
        "第十条 期望公职人员依法对会员企业进行监督。\n"
    )
    extraction = extract(document_from_text(text), lexicon)
    relations = {(r.subject.text, r.kind.value, r.object.text) for r in extraction.relations}
    assert ("运输行业协会", "SUPERVISES", "会员企业") in relations
    assert not any(r.subject.text == "期望公职人员" for r in extraction.relations)


def test_a_latin_short_name_a_bracket_gives_a_party_names_it_later(lexicon: Lexicon) -> None:
    """甲委员会（ABC）: a paper calls the body ABC from then on, also where a clause before
    its duty stands between (ABC具有…，是…，主要负责…); a bracket after a name with no agent
    head (甲模型（XYZ）) and a Latin word defined nowhere name no party."""
    text = (
        f"{ESSAY_TITLE}\n\n美国设立了甲乙技术咨询委员会（Tech Advisory Board，ABC）。\n"
        "丙丁统计模型（XYZ）用于预测。\n"
        "ABC具有独立地位，是政府的咨询机构，主要负责评估科技计划。\n"
        "XYZ具有较高精度，是常用的工具，主要负责预测人口。\n"
    )
    holders = {holder for holder, _, _ in _rows(text, lexicon)}
    assert ("ABC", "主要负责评估科技计划", "must") in _rows(text, lexicon)
    assert "XYZ" not in holders
    extraction = extract(document_from_text(text), lexicon)
    assert {"ABC", "XYZ"} & {m.text for m in extraction.mentions} == {"ABC"}


def test_a_place_opening_the_clause_is_no_elided_party_of_the_heading(lexicon: Lexicon) -> None:
    """2 甲机构必须… / 英国必须…: a place name (a country, a province) is the subject of
    its clause; the party of the section's heading does not bear what the place is to do
    (a country bears it itself)."""
    text = (
        "社区养老服务的几点思考\n张三\n摘要：养老问题日益突出。\n关键词：养老\n1 引言\n"
        "养老问题日益突出。\n2 养老机构必须完善服务\n服务质量有待提高。"
        "英国必须继续完善养老服务体系，加大财政投入。\n"
    )
    assert _rows(text, lexicon) == {
        ("养老机构", "完善服务", "must"),
        ("英国", "继续完善养老服务体系", "must"),
        ("英国", "加大财政投入", "must"),
    }


def test_a_subjectless_lead_in_of_prose_gives_its_items_to_no_party_named_before(
    lexicon: Lexicon,
) -> None:
    # the writer's agenda: its items name their own parties (2) or none (1)
    text = (
        f"{ESSAY_TITLE}\n\n物业公司还需要加强巡查。为了提高住户满意度，应采取如下措施：\n"
        "（1）完善收费制度。\n（2）业委会可以定期公开账目。\n"
    )
    rows = _rows(text, lexicon)
    assert ("业委会", "定期公开账目", "may") in rows
    assert not any(holder == "物业公司" and "收费" in duty for holder, duty, _ in rows)


def test_a_dotted_number_heads_the_outline_numbers_under_it(lexicon: Lexicon) -> None:
    """ "2.…的对策" over "2.1": the dotted number heads its outline sections, so what its
    title says (a section of measures) reaches the 要 of a heading under it."""
    text = (
        "社区养老服务的困境与对策\n1.引言\n社区养老日益重要。\n2.社区养老服务的对策\n"
        "2.1养老服务中心的工作要有前瞻性\n老人的需求变化很快。\n"
        "2.2养老服务中心的人员要有耐心\n老人的需求变化很快。\n"
    )
    assert _rows(text, lexicon) == {
        ("养老服务中心", "有前瞻性", "should"),
        ("养老服务中心的人员", "有耐心", "should"),
    }


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1.某某大学图书馆 北京 100871摘要：本文探讨预印本平台。", True),
        ("1.某某大学图书馆的服务转型", False),
        ("一、物业公司的义务：缴纳不少于100000元的保证金", False),
    ],
)
def test_an_affiliation_line_read_as_a_heading_names_no_party(line: str, expected: bool) -> None:
    """An author's affiliation (a body's name and a postcode on the line) that the
    structure takes for a numbered heading names no party; an amount of money does not
    make a heading an affiliation."""
    from zhkg.extract.paper import affiliation_line

    assert affiliation_line(line) is expected


def test_the_sentences_under_an_affiliation_read_as_a_heading_get_no_holder(
    lexicon: Lexicon,
) -> None:
    text = "甲平台的治理研究\n1.乙大学图书馆 北京 100871\n应当加强数据管理。\n"
    assert not any(holder == "乙大学图书馆" for holder, _, _ in _rows(text, lexicon))


def test_an_amount_on_a_headings_line_keeps_its_party(lexicon: Lexicon) -> None:
    text = "甲平台的治理研究\n1.物业公司 保证金100000元\n应当加强数据管理。\n"
    assert ("物业公司", "加强数据管理", "must") in _rows(text, lexicon)


def test_a_lead_in_that_addresses_a_list_gives_its_items_duties_to_the_party(
    lexicon: Lexicon,
) -> None:
    """甲局提醒广大居民：一、…。应…: the subjectless duties of the items are the addressed
    party's, though the structure makes each item a numbered part of its own; a lead-in
    that addresses no party (甲局发布以下提示：) gives them to no one."""
    items = "一、保护个人信息。应妥善保管银行卡密码。\n二、谨慎转账。应核对收款人身份。\n"
    addressed = f"防诈骗提示\n近来诈骗频发。为此，甲局提醒广大居民：\n{items}"
    assert _rows(addressed, lexicon) == {
        ("广大居民", "妥善保管银行卡密码", "must"),
        ("广大居民", "核对收款人身份", "must"),
    }
    unaddressed = f"防诈骗提示\n近来诈骗频发。为此，甲局发布以下提示：\n{items}"
    assert _rows(unaddressed, lexicon) == set()


def test_yao_after_the_time_of_its_party_s_own_act_recommends(lexicon: Lexicon) -> None:
    """甲出门时要…: in prose 要 after its named party and the time of that party's own act
    recommends the act, as 甲要… does."""
    text = f"{ESSAY_TITLE}\n\n在制度上，甲平台发布信息时要核实来源。\n"
    assert _rows(text, lexicon) == {("甲平台", "核实来源", "should")}


def test_verbs_coordinated_before_one_head_share_its_object_and_head(lexicon: Lexicon) -> None:
    """甲库运营、管理单位: the object of the first verb and the head are both shared, so each
    verb names a party of its own (GUIDELINES: elliptical coordination is expanded); a
    facility (油库) is no party; verbs sharing an object before 的 name one party, also a
    set phrase of four characters among them (综合利用); a list of parties runs on over a
    comma and 以及."""
    regulation = "油库管理办法\n第五条 油库运营、管理单位应当定期检查设备。\n"
    assert _rows(regulation, lexicon) == {
        ("油库运营单位", "定期检查设备", "must"),
        ("油库管理单位", "定期检查设备", "must"),
    }
    clause = "废渣管理办法\n第三条 生产、运输、综合利用废渣的单位，以及物业公司，应当采取措施。\n"
    assert _rows(clause, lexicon) == {
        ("生产、运输、综合利用废渣的单位", "采取措施", "must"),
        ("物业公司", "采取措施", "must"),
    }


def test_punishing_under_a_party_s_own_modal_is_its_duty(lexicon: Lexicon) -> None:
    """甲局应当依照某规定进行处罚: a party named before its own modal must punish, a duty of
    that party (annotators keep such rows); a sanction a rule imposes through an agent
    (由甲局责令改正), on no one named (…的，应当予以处罚) or as a penalty it fixes (给予行政
    处罚) is no row (GUIDELINES); nor is 应 inside a word (相应) a modal."""
    text = (
        "处罚办法\n第五条 环保部门应当依照有关规定进行处罚。\n"
        "第六条 违反本办法规定的，由市场监管部门责令改正，处以罚款。\n"
        "第七条 物业公司同时有两项违法行为的，应当分别作出相应处罚。\n"
        "第八条 教育行政部门可以依法给予行政处罚。\n"
    )
    assert _rows(text, lexicon) == {("环保部门", "依照有关规定进行处罚", "must")}


def test_a_topic_clause_of_a_relative_phrase_names_its_head(lexicon: Lexicon) -> None:
    """甲局认定的乙机构，要…: the clause before the comma is one noun phrase, a relative
    clause and the party it ends in; that party bears the duty, not the agent the clause
    opens with. A copula and its complement (甲是…的乙，应当…) is no such phrase."""
    text = (
        "招生工作方案\n区教育局认定的民办幼儿园，要优先招收军人子女。\n"
        "物业公司是小区垃圾分类的管理责任人，应当建立管理制度。\n"
    )
    assert _rows(text, lexicon) == {
        ("民办幼儿园", "优先招收军人子女", "should"),
        ("物业公司", "建立管理制度", "must"),
    }


def test_a_long_relative_clause_before_an_addressed_party_is_read(lexicon: Lexicon) -> None:
    """鼓励具有甲、乙和丙的企业…: a relative clause of up to 24 characters before the party
    a directive addresses, its verb bounding it on the left, leaves the party named."""
    plan = "社区治理工作方案\n\n鼓励具有专业资质、服务能力和良好信誉的物业公司参与社区治理。\n"
    assert _rows(plan, lexicon) == {("物业公司", "参与社区治理", "should")}


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a set of policy measures is a normative document: its encouragement binds
        ("甲市关于促进养老服务发展的若干措施", {("物业公司", "开展上门服务", "should")}),
        # an essay's encouragement after a clause of its own is the writer's musing
        (ESSAY_TITLE, set()),
    ],
)
def test_a_set_of_policy_measures_is_normative(
    title: str, expected: set[tuple[str, str, str]], lexicon: Lexicon
) -> None:
    text = f"{title}\n\n拓宽服务供给渠道，鼓励物业公司开展上门服务。\n"
    assert _rows(text, lexicon) == expected


def test_a_section_opened_by_announced_advice_recommends(lexicon: Lexicon) -> None:
    def text(opening: str) -> str:
        return (
            "社区治理研究\n\n一、引言\n\n社区治理日益重要。\n\n二、结语\n\n"
            f"{opening}\n已有研究对此关注较少，根据本文结论，物业公司在日常巡查时，"
            "可以通过张贴告示等方式提醒业主。\n"
        )

    # the announcing sentence's own 可 is what the parties can learn, no leave
    announced = _rows(text("基于以上结论，物业公司和业委会可从中得到一些启示和建议。"), lexicon)
    assert announced == {("物业公司", "通过张贴告示等方式提醒业主", "may")}
    # an opening that states a finding announces no advice: the 可以 describes a means
    assert _rows(text("研究发现，小区安全感与门禁的使用密切相关。"), lexicon) == set()


@pytest.mark.parametrize(
    ("line", "title"),
    [
        # a modal joins the party before it to the verb after it: a numbered sentence
        ("(1）物业公司可从门禁和巡逻两方面入手，提升小区安全感。", ""),
        ("(2）业委会方可从维修和养护入手，定期公示账目。", ""),
        ("(4）社区食堂可从采购和储存环境两方面入手，保障用餐安全。", ""),
        # a noun phrase or a question after the modal closes a title
        ("(3）物业公司应承担的安全责任在巡逻和门禁方面尤为突出。", "物业公司应承担的安全责任"),
    ],
)
def test_a_modal_binds_a_run_in_title_into_its_clause(line: str, title: str) -> None:
    document = document_from_text(f"社区治理研究\n\n一、对策\n\n{line}\n")
    items = [section for section in document.sections if section.kind == "item"]
    assert [section.title for section in items] == [title]


def test_nouns_glued_to_a_party_name_a_thing_the_modal_binds(lexicon: Lexicon) -> None:
    text = (
        "某市供水管理办法\n\n第一条 居民二次供水设施应当独立设置。"
        "居民二次供水设施运行维护单位应当定期清洗水箱。居民在装修期间应当保护供水管道。\n"
    )
    assert _rows(text, lexicon) == {
        ("居民二次供水设施运行维护单位", "定期清洗水箱", "must"),
        ("居民", "保护供水管道", "must"),
    }


def test_a_demanded_party_bears_the_modal_after_what_its_act_is_done_to(lexicon: Lexicon) -> None:
    text = "某市金融服务工作要点\n\n要求甲银行对暂时困难的小微企业，不得随意抽贷断贷。\n"
    assert _rows(text, lexicon) == {("甲银行", "随意抽贷断贷", "must_not")}


def test_a_frequency_after_an_act_bounds_it_and_is_no_prohibition(lexicon: Lexicon) -> None:
    text = (
        "某市供水条例\n\n第十五条 运行维护单位应当履行下列义务：\n"
        "（一）定期清洗消毒水箱，每半年不得少于一次；\n"
        "第十六条 物业公司应当定期巡查泵房，每月不得少于两次。物业公司每月巡查不得少于两次。\n"
    )
    assert _rows(text, lexicon) == {
        ("运行维护单位", "定期清洗消毒水箱，每半年不得少于一次", "must"),
        ("物业公司", "定期巡查泵房", "must"),
        ("物业公司", "少于两次", "must_not"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "甲综合征可通过多种机制导致不孕。",  # a disease is no party
        "乙类药物可引起胃肠道不适。",  # a cause's possible effect is no leave
        "网络谣言可引发社会恐慌。",
    ],
)
def test_a_possible_effect_is_no_leave_and_a_disease_no_party(
    sentence: str, lexicon: Lexicon
) -> None:
    assert _rows(f"{ESSAY_TITLE}\n\n{sentence}\n", lexicon) == set()


def test_acts_after_an_encouraged_list_closed_by_its_comma_are_all_encouraged(
    lexicon: Lexicon,
) -> None:
    title = "关于发展社区商业的指导意见"
    listed = "鼓励物业公司、快递企业等，整合社区服务资源，推动驿站升级。"
    assert _rows(f"{title}\n\n{listed}\n", lexicon) == {
        (party, duty, "should")
        for party in ("物业公司", "快递企业")
        for duty in ("整合社区服务资源", "推动驿站升级")
    }
    # an act after the encouraged party's own first act is still the issuer's
    own = "鼓励物业公司整合社区服务资源，推动驿站升级。"
    assert _rows(f"{title}\n\n{own}\n", lexicon) == {("物业公司", "整合社区服务资源", "should")}


@pytest.mark.parametrize("remark", ["必须承认，", "应当指出，", "应该看到，"])
def test_a_subjectless_modal_of_remark_opening_a_sentence_is_no_duty(
    remark: str, lexicon: Lexicon
) -> None:
    text = f"{ESSAY_TITLE}\n\n物业公司应当履行管理义务。{remark}这些规则曾起到重要作用。\n"
    assert _rows(text, lexicon) == {("物业公司", "履行管理义务", "must")}


def test_a_lead_in_naming_those_its_act_is_done_to_keeps_its_own_duty(lexicon: Lexicon) -> None:
    text = (
        "某市药品管理条例\n\n第九条 零售药店不得向下列人员出售处方药：\n"
        "（一）未满十八周岁的；\n（二）不能出示处方的。\n"
    )
    assert _rows(text, lexicon) == {("零售药店", "向下列人员出售处方药", "must_not")}


def test_an_object_frame_before_a_duty_of_its_own_is_no_duty_of_the_chain(
    lexicon: Lexicon,
) -> None:
    text = (
        "某市农药管理条例\n\n第八条 农业部门应当组织抽检，对检出农药残留的蔬菜，应当追查其来源。\n"
    )
    assert _rows(text, lexicon) == {
        ("农业部门", "组织抽检", "must"),
        ("农业部门", "追查其来源", "must"),
    }


def test_a_set_determiner_before_a_division_with_alternatives_names_the_bodies(
    lexicon: Lexicon,
) -> None:
    text = "关于发展社区商业的指导意见\n\n各县（市、区）人民政府要加强组织领导。\n"
    assert _rows(text, lexicon) == {("各县（市、区）人民政府", "加强组织领导", "should")}


def test_markets_and_stores_run_by_an_operator_are_parties(lexicon: Lexicon) -> None:
    text = "关于发展社区商业的指导意见\n\n鼓励蔬菜批发市场、社区超市采取订单模式。\n"
    assert _rows(text, lexicon) == {
        ("蔬菜批发市场", "采取订单模式", "should"),
        ("社区超市", "采取订单模式", "should"),
    }


def test_head_less_conjuncts_stand_for_the_first_word_of_the_last_name(lexicon: Lexicon) -> None:
    text = "某市农药管理条例\n\n第九条 甲类、乙类农药使用者应当遵守安全规定。\n"
    assert _rows(text, lexicon) == {
        ("甲类农药使用者", "遵守安全规定", "must"),
        ("乙类农药使用者", "遵守安全规定", "must"),
    }
